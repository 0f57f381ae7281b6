# Inserting and deleting new keys over and over keeps a dict working (the
# deleted slots must not fill the table).
d = {0: "keep"}
for i in range(1, 5000):
    d[i] = i
    d.pop(i)
print(d, len(d))

d = {"a": 1, "b": 2}
for i in range(3000):
    d["k%d" % i] = i
    del d["k%d" % i]
print(d)

class K:
    pass
d = {}
keys = []
for i in range(2000):
    k = K()
    d[k] = i
    if i % 3:
        del d[k]
    else:
        keys.append(k)
print(len(d), [d[k] for k in keys[:5]], all(k in d for k in keys))

# Lookups of absent keys stay finite too.
d = {0: 0}
for i in range(1, 100):
    d[i] = i
    del d[i]
    print(end="" if (i + 1000) not in d else "bad")
print(1000 in d, d.get(12345), len(d))
s = set()
for i in range(3000):
    s.add(i)
    s.discard(i)
print(s, 5 in s)
