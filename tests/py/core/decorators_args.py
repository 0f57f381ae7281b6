# decorators with arguments, preserving name manually, decorating methods
def repeat(n):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'), hello.__name__)
def prefix(p, sep=': '):
    def deco(fn):
        def wrapper(*a):
            return p + sep + fn(*a)
        return wrapper
    return deco
@prefix('LOG')
@prefix('DEBUG', sep=' - ')
def msg(s):
    return s.upper()
print(msg('started'))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f'{fn.__name__}: expected {t.__name__}, got {type(a).__name__}')
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def combine(n, s):
    return s * n
print(combine(2, 'ab'))
try:
    combine('2', 'ab')
except TypeError as e:
    print('TypeError:', e)
def method_deco(fn):
    def wrapper(self, *a):
        return f'[{type(self).__name__}] ' + fn(self, *a)
    return wrapper
class Greeter:
    def __init__(self, name):
        self.name = name
    @method_deco
    def greet(self, other):
        return f'{self.name} greets {other}'
print(Greeter('A').greet('B'))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
