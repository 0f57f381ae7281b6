# decorators without functools: wrappers, stacking, order of application
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f'call {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        log.append(f'ret {result}')
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
print(log)
print(add.__name__)
def bold(fn):
    def w():
        return '<b>' + fn() + '</b>'
    return w
def italic(fn):
    def w():
        return '<i>' + fn() + '</i>'
    return w
@bold
@italic
def text():
    return 'hi'
print(text())
@italic
@bold
def text2():
    return 'hi'
print(text2())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print(noop.calls)
order = []
def deco(name):
    order.append('factory ' + name)
    def d(fn):
        order.append('apply ' + name)
        return fn
    return d
@deco('outer')
@deco('inner')
def f():
    pass
print(order)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return 'class-deco(' + str(self.fn(*a)) + ')'
@Deco
def g(x):
    return x * 2
print(g(21))
