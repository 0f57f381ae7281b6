# collections.deque when item comparisons run Python code that changes the
# deque (or raise): CPython's RuntimeError/IndexError, never a crash.
from collections import deque

d = deque([1, 2, 3])

class Mutator:
    def __init__(self, action):
        self.action = action
    def __eq__(self, other):
        self.action()
        return False
    def __lt__(self, other):
        self.action()
        return False

for name, call in [
    ('count', lambda m: d.count(m)),
    ('index', lambda m: d.index(m)),
    ('remove', lambda m: d.remove(m)),
    ('in', lambda m: m in d),
]:
    for act in ('append', 'pop', 'clear'):
        d = deque([1, 2, 3])
        try:
            print(name, act, call(Mutator(lambda: getattr(d, act)(*([0] if act == 'append' else [])))))
        except (RuntimeError, IndexError, ValueError) as e:
            print(name, act, type(e).__name__, e)
        print(repr(d))

# item assignment during a search is not a mutation of the shape
d = deque([1, 2, 3])
def setfirst():
    d[0] = 'changed'
print(d.count(Mutator(setfirst)), repr(d))

# comparing deques whose items mutate one of them
x = deque([Mutator(lambda: x.append(1)), 2])
y = deque([0, 2])
try:
    print(x == y)
except RuntimeError as e:
    print('RuntimeError', e)

# exceptions from __eq__ propagate
class Bad:
    def __eq__(self, other):
        raise ValueError('bad eq')
for f in [lambda: deque([1]).count(Bad()), lambda: Bad() in deque([1]), lambda: deque([Bad()]) == deque([1]), lambda: deque([1]).remove(Bad())]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)

# a generator that reads the deque it is extending
e = deque([1, 2])
def gen():
    for i in range(3):
        yield len(e)
e.extend(gen())
print(repr(e))
# extending from a deque's own iterator is a mutation during iteration
e = deque([1, 2])
try:
    e.extend(iter(e))
except RuntimeError as ex:
    print('RuntimeError', ex, repr(e))
# repr of items that change the deque
class R:
    def __repr__(self):
        z.append(0)
        return 'R'
z = deque([R()])
print(repr(z), len(z))

# searches over a mix of builtin items and items with a Python __eq__
class Loud:
    def __init__(self, tag, equal=False, action=None):
        self.tag, self.equal, self.action = tag, equal, action
    def __eq__(self, other):
        print('  eq', self.tag, getattr(other, 'tag', other))
        if self.action:
            self.action()
        return self.equal
    __hash__ = None
m = deque([1, 'a', Loud('L1'), 2.0, None, Loud('L2', equal=True), 2])
print(m.count(2), m.index(2), m.index(2, 4), 2 in m, m.count('a'), m.count(Loud('x')))
print(m.index(None), m.count(None))
m.remove(2)
print(len(m), m.index(2))
m = deque([1, Loud('M', action=lambda: m.append(5)), 1])
for f in [lambda: m.count(1), lambda: m.index(1, 1), lambda: 1 in deque([0, Loud('N', action=lambda: None), 1]), lambda: m.remove(1), lambda: m.remove(7)]:
    try:
        print(f())
    except (RuntimeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(len(m))
