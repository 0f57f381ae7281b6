# dict ordering: insertion order, delete and re-insert, update keeps position
d = {}
for key in ['z', 'a', 'm', 'b']:
    d[key] = len(d)
print(d)
d['a'] = 'updated'
print(d)
del d['z']
d['z'] = 'back'
print(d)
print(list(d), list(d.values()))
d.pop('m')
d['m'] = 'again'
print(d)
e = {3: 'c', 1: 'a', 2: 'b'}
print(e, list(e.keys()))
print(dict(sorted(e.items())))
f = {'x': 1}
f.update({'y': 2, 'x': 3})
print(f)
g = dict.fromkeys('hello')
print(list(g))
h = {1: 'int'}
h[1.0] = 'float'
h[True] = 'bool'
print(h)
i = {True: 'first'}
i[1] = 'second'
print(i)
j = {}
for n in [5, 3, 5, 1, 3]:
    j[n] = j.get(n, 0) + 1
print(j)
k = {n: n * n for n in range(5, 0, -1)}
print(k)
while k:
    print(k.popitem(), end=' ')
print()
