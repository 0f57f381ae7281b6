# compile(): the three modes, filenames in code objects and tracebacks, and errors.
try:
    compile('1+', 'myfile', 'exec')
except SyntaxError as e: print(type(e).__name__, e.filename, e.lineno)
try: compile('1', 's', 'bad')
except ValueError as e: print(e)
try: compile(5, 's', 'exec')
except TypeError as e: print(e)
try: compile('x=1', 's')
except TypeError as e: print(e)
c = compile('x = 5\nprint(x)', 'f', 'exec'); print(type(c).__name__, c.co_filename, c.co_name); exec(c)
print(eval(compile('x', 'f', 'eval'), {'x': 9}))
exec(compile('3+4', 'f', 'single'))
print(compile(b'1+1', 'f', 'eval').co_filename)
print(eval(compile('1+1', 'f', 'exec')))
d = {}
exec(compile("def g(a):\n    return a * 2\n", "<gen>", "exec"), d)
print(d['g'](21), d['g'].__code__.co_filename)
print(compile(source='1', filename='k', mode='eval').co_filename)
try:
    exec(compile("def f():\n    raise ValueError('in compiled')\nf()\n", "<compiled>", "exec"))
except ValueError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-4:])
