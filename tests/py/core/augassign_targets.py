# augmented assignment on list items, dict items, attributes, slices
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] **= 3
print(a)
m = [[1, 2], [3, 4]]
m[1][0] -= 100
m[0] += [9]
print(m)
d = {'k': 1, 'l': [1]}
d['k'] += 1
d['l'] += [2]
d.setdefault('new', 0)
d['new'] -= 1
print(d)
class C:
    count = 0
    def __init__(self):
        self.v = 1
        self.items = []
c = C()
c.v += 41
c.items += ['x']
c.count += 1
print(c.v, c.items, c.count, C.count)
C.count += 5
print(C.count, c.count)
s = [0, 1, 2, 3]
s[1:3] += ['x']
print(s)
calls = []
def idx():
    calls.append('idx')
    return 0
def obj():
    calls.append('obj')
    return a
obj()[idx()] += 1
print(a, calls)
class Tracker:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
        self.data[k] = v
t = Tracker()
t['a'] += 5
t['a'] *= 2
print(t.data, t.log)
counts = {}
for ch in 'hello':
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(tup)
