# __contains__ and membership fallbacks (__iter__, __getitem__)
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 'a' in e, 3 not in e)
class Truthy:
    def __contains__(self, x):
        return 'yes'
print(1 in Truthy(), 1 not in Truthy())
class ViaIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())
class ViaGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(20 in ViaGetitem(), 25 in ViaGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range2(1, 5)
print([x for x in range(7) if x in r])
print(1 in [1.0], 'ab' in 'cab', (1, 2) in {(1, 2): 0}, 3 in {3: 'k'}, 'k' in {3: 'k'})
# `float('nan') in [float('nan')]` is left out: see tests/py_diffs/float_identity.md
print(None in [None], [] in [[]])
