# __getitem__/__setitem__/__delitem__ and iteration via __getitem__
class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
s = Sparse()
s[5] = 'five'
s['x'] = 'ex'
s[1, 2] = 'tuple key'
print(s[5], s[99], s['x'], s[1, 2], s.data)
del s[5]
print(s.data)
try:
    del s[5]
except KeyError as e:
    print('KeyError:', e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=' ')
print()
a, b, *rest = Squares()
print(a, b, rest)
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('index', k)
sl = Sliceable()
print(sl[1], sl[1:2], sl[::-1], sl[-1], sl['key'])
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NoItems()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    iter(NoItems())
except TypeError as e:
    print('TypeError:', e)
class Grid:
    def __init__(self):
        self.cells = [[0] * 3 for _ in range(3)]
    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r][c] = v
g = Grid()
g[1, 1] = 'X'
g[0, 2] += 5
print(g.cells, g[1, 1])
