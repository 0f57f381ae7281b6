# __call__: callable instances, stateful functors
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), triple('ab'), list(map(triple, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs
c = Counter()
print(c(), c(1, k=2), c.calls)
class Chain:
    def __init__(self, path=''):
        self.path = path
    def __call__(self, part):
        return Chain(self.path + '/' + part)
print(Chain()('a')('b')('c').path)
class Adder:
    def __call__(self, a, b=10):
        return a + b
print(Adder()(1), Adder()(1, 2), sorted([3, 1, 2], key=Multiplier(-1)))
try:
    Adder()()
except TypeError as e:
    print('TypeError:', e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
try:
    None()
except TypeError as e:
    print('TypeError:', e)
try:
    5()
except TypeError as e:
    print('TypeError:', e)
try:
    'str'()
except TypeError as e:
    print('TypeError:', e)
