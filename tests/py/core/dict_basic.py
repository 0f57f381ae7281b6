# dict basics: creation, access, assignment, deletion, len, in, iteration
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, 'b' in d, 'a' in d, 'z' not in d)
print(dict(), {}, dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'q': 0}))
print(dict([('a', 1)], b=2), dict(zip('abc', range(3))))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
e = {1: 'int', 'one': 'str', (1,): 'tuple', None: 'none', 2.5: 'float'}
print(e[1], e['one'], e[(1,)], e[None], e[2.5])
print(list(e))
try:
    d['missing']
except KeyError as err:
    print('KeyError:', err)
try:
    del d['missing']
except KeyError as err:
    print('KeyError:', err)
try:
    {[1]: 2}
except TypeError as err:
    print('TypeError:', err)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
try:
    {'a': 1} < {'a': 2}
except TypeError as err:
    print('TypeError:', err)
print(bool({}), bool({0: 0}))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested, nested['outer']['inner'][-1])
print({'x': 1, 'x': 2})
