# rich comparisons: __eq__/__lt__ etc., reflection, defaults, NotImplemented
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f'  eq({self.v}, {getattr(o, "v", o)})')
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f'  lt({self.v}, {o.v})')
        return self.v < o.v
    def __repr__(self):
        return f'V({self.v})'
a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b)
print(b > a)
print(sorted([V(3), V(1), V(2)]))
try:
    a <= b
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print('TypeError:', e)
class AllOps:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
x, y = AllOps(1), AllOps(1)
print(x < y, x <= y, x > y, x >= y, x == y)
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, Num)):
            return self.v == (o.v if isinstance(o, Num) else o)
        return NotImplemented
print(Num(3) == 3, 3 == Num(3), Num(3) != 4, 'x' == Num(3))
class Rev:
    def __gt__(self, o):
        return 'Rev.__gt__ used'
print(1 < Rev())
print(max([AllOps(3), AllOps(7), AllOps(5)]).v)
