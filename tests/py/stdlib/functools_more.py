import functools
try:
    functools.reduce(lambda a, b: a, 5)
except TypeError as e:
    print('TypeError', e)
@functools.total_ordering
class L:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
print(L(1) < L(2), L(2) > L(1), L(1) >= L(1), L(3) < L(1))
@functools.total_ordering
class NI:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, NI): return NotImplemented
        return self.v < o.v
try:
    NI(1) > 3
except TypeError as e:
    print('TypeError', e)
class W:
    @functools.cached_property
    def x(self):
        return [1]
print(W().x, W.x.__class__.__name__)
s = functools.partial(sorted, reverse=True)
print(s([1, 3, 2]), s([1, 3], reverse=False))
print(functools.partial(functools.partial(max, 1), 5)(3))
