# __iter__/__next__ iterator protocol, iter()/next() builtins, StopIteration
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('StopIteration raised')
class Repeatable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Repeatable([1, 2])
print(list(r), list(r), sum(r), sorted(r, reverse=True))
class Pairs:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i, i * i
print(dict(Pairs(4)))
for a, b in Pairs(2):
    print(a, b)
it = iter([10, 20])
print(next(it), next(it), next(it, None))
print(iter(it) is it)
s = iter('ab')
print(list(s), list(s))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
def calls():
    n = [0]
    def f():
        n[0] += 1
        return n[0]
    return f
print(list(iter(calls(), 4)))
x, y, z = Countdown(3)
print(x, y, z)
print(max(Countdown(5)), 'c' in iter('abc'), tuple(Countdown(2)))
