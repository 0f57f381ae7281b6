# dict views: keys/values/items are live, set ops on keys and items
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k))
d['d'] = 4
print(list(k), list(v), len(i))
del d['a']
print(k, 'a' in k, 'b' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(sorted(k & {'b', 'x'}), sorted(k | {'x'}), sorted(k - {'b'}), sorted(k ^ {'b', 'z'}))
print(sorted(i & {('c', 3), ('c', 4)}))
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'])
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(d))
e = {}
print(e.keys(), e.values(), e.items(), list(e))
for key, val in {'x': 10, 'y': 20}.items():
    print(key, val)
print(sum({'a': 5, 'b': 6}.values()), max({'q': 1, 'z': 0}))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda p: p[1]))
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(isinstance(k, type({}.keys())))
