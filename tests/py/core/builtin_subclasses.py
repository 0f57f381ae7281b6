# subclasses of tuple, int, float, frozenset and set keep their builtin value
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), list(p))
a, b = p
print(a, b, p + (3,), sorted([P(3, 1), P(1, 2)]))
class T(tuple): pass
print(T((1, 2)), T())
class I(int): pass
i = I(3)
print(i + 1, i * 2, i == 3, repr(i), isinstance(i, int), int(i), str(i), f"{i:03d}")
class F(float): pass
print(F("1.5") * 2, F(2))
class FS(frozenset): pass
print(sorted(FS([3, 1])), len(FS("abc")))
class S(set): pass
s = S([1, 2])
print(sorted(s), len(s), 1 in s)
