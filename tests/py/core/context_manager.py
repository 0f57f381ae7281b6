# with statement: __enter__/__exit__, exception info, suppression, multiple items
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with CM('x') as x, CM('y') as y:
    print('both', x, y)
try:
    with CM('outer'), CM('inner', suppress=False):
        1 / 0
except ZeroDivisionError:
    print('zde propagated through both')
with CM('outer2'), CM('inner2', suppress=True):
    1 / 0
print('inner suppressed')
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            break
class NoReturn:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoReturn() as n:
    print('as value', n)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Res:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.closed = True
with Res() as r:
    r.closed = False
print(r.closed)
