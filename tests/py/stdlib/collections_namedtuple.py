from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(repr(p), p.x, p.y, p[0], p[1], p[-1], len(p), list(p))
print(Point._fields, Point(x=5, y=6), Point(3, y=4))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
print(repr(p._replace(x=10)), p._asdict(), repr(Point._make([7, 8])))
print(p < Point(1, 3), max(Point(1, 5), Point(2, 0)).x, sorted([Point(2, 1), Point(1, 9)])[0].y)
print(p.count(1), p.index(2), 2 in p, p[:1], p + (3,), tuple(p))
print(str(p), f'{p!r}')
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(repr(P3(1)), repr(P3(1, 2)), repr(P3(1, 2, 3)), P3._field_defaults)
P4 = namedtuple('P4', 'a, b')
print(P4._fields, repr(P4(b=1, a=2)))
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True)
print(R._fields)
for args in [('Bad', ['1x']), ('Bad', ['class']), ('Bad', ['a', 'a']), ('Bad', ['_a']), ('1Bad', ['a'])]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
E = namedtuple('E', [])
print(repr(E()), len(E()))
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s.norm(), repr(s), s.x)
d = {p: 'pt'}
print(d[(1, 2)], d[Point(1, 2)])
print(Point.__name__, Point.x.__doc__, Point, Point.__module__)
