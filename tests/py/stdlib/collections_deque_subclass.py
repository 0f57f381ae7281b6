# Subclasses of collections.deque: extra methods and state, __init__ with
# super(), overridden methods, and how the builtin operations treat them.
import copy
from collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(repr(s), s.peek(), len(s), isinstance(s, deque), type(s).__name__, s.maxlen)
print(s.pop(), repr(s), list(s), 2 in s, s[0], bool(s), bool(Stack()))

class Bounded(deque):
    def __init__(self, items, limit, tag='t'):
        super().__init__(items, limit)
        self.tag = tag
    def __repr__(self):
        return 'Bounded(%s, %s, %r)' % (list(self), self.maxlen, self.tag)

b = Bounded(range(10), 3, tag='x')
print(repr(b), b.tag, b.maxlen, str(b))
b.append(99)
print(repr(b), b.__dict__)
b.extra = 5
print(b.extra, sorted(vars(b)))

class Logged(deque):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __len__(self):
        return super().__len__() * 100

g = Logged()
g.append(1)
g.extend([2, 3])  # deque.extend does not call the overridden append
print(repr(g), len(g), list(g))

class Plain(deque):
    pass

p = Plain('abc', 5)
print(repr(p), p.maxlen, repr(Plain()))
print(p == deque('abc'), deque('abc') == p, p != Plain('abd'), p < Plain('abd'))
print(repr(p + deque('d')), type(p + deque('d')).__name__)
print(repr(p * 2), type(p * 2).__name__)
c = p.copy()
print(repr(c), type(c).__name__, c.maxlen)
cc = copy.copy(p)
dc = copy.deepcopy(p)
print(repr(cc), type(cc).__name__, repr(dc), type(dc).__name__, dc.maxlen)
p += 'x'
print(repr(p), type(p).__name__)
p *= 2
print(repr(p), type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
print(list(reversed(p)), p.index('c'), p.count('x'))
p[0] = 'A'; del p[1]
print(repr(p))
p.rotate(2); print(repr(p))
try:
    p.foo
except AttributeError as e:
    print('AttributeError', e)

# deque methods applied to a subclass instance from the class
print(deque.__len__(p), deque.pop(p), repr(p))

class Hashable(deque):
    def __hash__(self):
        return 42
print(hash(Hashable()))

class WithIter(deque):
    def __iter__(self):
        yield 'custom'
print(list(WithIter([1, 2])), len(WithIter([1, 2])))

class Eq(deque):
    def __eq__(self, other):
        return 'eq called'
print(Eq() == deque(), deque() == Eq())

# a subclass whose constructor takes other arguments needs its own copy()
class Named(deque):
    def __init__(self, name):
        super().__init__()
        self.name = name
n = Named('n')
n.append(1)
try:
    n.copy()
except TypeError as e:
    print('TypeError', e)

class New(deque):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made = True
        return obj
nn = New([1, 2])
print(repr(nn), nn.made)

# isinstance and issubclass
print(isinstance(s, Stack), issubclass(Stack, deque), Stack.__mro__[1] is deque, isinstance(deque(), Stack))
