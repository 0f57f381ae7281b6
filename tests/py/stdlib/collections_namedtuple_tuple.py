# namedtuple classes are real tuple subclasses
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p.x, p.y, isinstance(p, tuple), p == (1, 0), p._replace(y=5), p._asdict(), P._make([3, 4]))
a, b = p
print(a, b, len(p), p[0], hash(p) == hash((1, 0)), sorted([P(2), P(1, 9)]), f"{p}", str(p))
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
