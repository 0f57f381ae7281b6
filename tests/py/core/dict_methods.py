# dict methods: get setdefault pop popitem update copy clear fromkeys
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'none'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
d.update({'x': 1, 'a': 'A'})
print(d)
d.update([('y', 2)], z=3)
print(d)
d.update(a='again')
print(d)
c = d.copy()
c['new'] = True
print('new' in d, 'new' in c, c is d)
shallow = {'l': [1]}
s2 = shallow.copy()
s2['l'].append(2)
print(shallow)
c.clear()
print(c, len(c))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]))
shared = dict.fromkeys([1, 2], [])
shared[1].append('s')
print(shared)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.get('a', None) is not None)
