# SyntaxError: 'continue' not properly in loop
# check: stderr
def f():
    continue
