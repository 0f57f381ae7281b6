# hash equality: 1 == 1.0 == True share a dict key; hash of various types
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e)
f = {0: 'zero', False: 'false', 0.0: 'float zero', -0.0: 'neg zero'}
print(f)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print({1, 1.0, True}, {0, False, 0.0})
print(len({1, 2.0, 2, True, 1.0}))
print(hash('a') == hash('a'), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(2 ** 100) == hash(2.0 ** 100))
print(hash(-1) == hash(-2), hash(-1))
print(hash(1.5) == hash(1.5), hash(0.5) == hash(0.5))
print(frozenset([1, 2]) in {frozenset([2, 1]): 'x'})
g = {'1': 'str', 1: 'int'}
print(g['1'], g[1], g[True])
print(d.get(1.0), 1.0 in d, True in d, 2 in d)
counts = {}
for x in [1, 1.0, True, 2, 2.0]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
print({K(1): 'a', K(1): 'b', K(2): 'c'}[K(1)], len({K(1), K(1), K(2)}))
