# Insert/delete cycles whose deletions leave tombstones at the end of the
# table, then more inserts: lookups must still terminate (regression: the
# index table could fill with tombstones and probing looped forever).
d = {1: 'main'}
k = 2
for phase in range(50):
    for j in range(4):
        d[k + j] = 'x'
    for j in range(4):
        d.pop(k + j, None)
    k += 4
print(len(d), d)
e = {}
for i in range(1000):
    e[i] = i
    if i % 3:
        del e[i]
print(len(e), sum(e))
s = {}
for i in range(200):
    s[str(i)] = i
for i in range(199, 10, -1):
    del s[str(i)]
for i in range(500, 520):
    s[str(i)] = i
print(list(s))
