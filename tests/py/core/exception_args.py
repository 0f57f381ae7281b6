# exception args, str() and repr() of builtin exceptions
cases = [ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(42), ValueError(None),
         KeyError('x'), KeyError(), KeyError(1, 2), KeyError(''), IndexError('idx'),
         Exception('e'), TypeError(['list']), RuntimeError('multi\nline'), StopIteration(7),
         SystemExit(3), KeyboardInterrupt(), ZeroDivisionError('division by zero'),
         OSError('disk error'), AssertionError()]
for c in cases:
    print(type(c).__name__, '|', str(c), '|', repr(c), '|', c.args)
e = ValueError('changeable')
e.args = ('changed',)
print(e, e.args)
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, SystemExit('m').code)
err = OSError(2, 'No such file')
print(err.errno, err.strerror, err.filename)
try:
    open('/nonexistent/definitely/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(str(KeyError('x')) == "'x'", str(ValueError('x')) == 'x')
print(len(Exception(1, 2, 3).args), Exception().args)
print(BaseException('base'), repr(BaseException('base')))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
