import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering, cmp_to_key, cached_property

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5, d=6), p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=9)
print(p2(), p2.func is f, p2.args, p2.keywords)
print(repr(partial(max, 1, key=None)))
print(partial(int, base=2)('101'))
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)

print(reduce(lambda x, y: x + y, [1, 2, 3, 4]))
print(reduce(lambda x, y: x + y, [], 10))
print(reduce(lambda x, y: x * y, [5], 2))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print('TypeError', e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def hello(x):
    """Say hello."""
    return 'hello ' + x
print(hello('w'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(hello.__qualname__)

def w(): pass
def target(): 'tdoc'
target.extra = 5
update_wrapper(w, target)
print(w.__name__, w.__doc__, w.extra, w.__wrapped__ is target)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().currsize)
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
print(fib.__name__)

@lru_cache(maxsize=None)
def ident(x, y=0):
    return (x, y)
print(ident(1), ident(1), ident(1, y=2), ident(x=1), ident.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@lru_cache()
def u(x):
    return type(x).__name__
print(u(1), u(1.0), u.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= a)
print(sorted([V(3), V(1), V(2)], key=lambda v: v.v)[0].v)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2))

try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

class Circle:
    def __init__(self, r):
        self.r = r
        self.n = 0
    @cached_property
    def area(self):
        self.n += 1
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, c.n)
del c.area
print(c.area, c.n)
c.area = 7
print(c.area)
print(type(Circle.__dict__['area']).__name__, Circle.area.attrname)
