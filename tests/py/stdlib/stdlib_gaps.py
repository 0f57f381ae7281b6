# Behaviours of the pure-Python stdlib modules that need interpreter support.
from collections import namedtuple, Counter, defaultdict, OrderedDict, deque
import functools, operator, itertools, sys
from contextlib import redirect_stdout

# tuple subclasses: namedtuple instances should be tuples
P = namedtuple('P', 'x y')
print(isinstance(P(1, 2), tuple), issubclass(P, tuple))
class T(tuple):
    pass
print(T((1, 2)), len(T([3, 4])))

# format()/f-strings of dict subclasses should use their __repr__/__str__
c = Counter('aab')
print(f'{c}', format(c), '{}'.format(defaultdict(int)), f'{OrderedDict(a=1)}')
class D(dict):
    def __repr__(self):
        return 'D!'
print(D(), str(D()), f'{D()}')

# parameter annotations (used by singledispatch's plain @register)
@functools.singledispatch
def fun(x):
    return 'default'
@fun.register
def _(x: str):
    return 'str'
print(fun('a'), fun(1))

# list iterators implement __length_hint__
print(operator.length_hint(iter([1, 2, 3])))

# print() writes the text and `end` separately
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
with redirect_stdout(Buf()) as b:
    print('x')
print(b.parts)

# metaclasses: type(cls) and the metaclass __call__
from abc import ABCMeta, ABC
class A(ABC):
    pass
print(type(A))
