from collections import defaultdict, OrderedDict, Counter
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(repr(d), len(d), d.default_factory)
print(d['zz'], 'zz' in d, d.get('nope'), 'nope' in d)
print(isinstance(d, dict), type(d).__name__)
i = defaultdict(int)
for ch in 'mississippi':
    i[ch] += 1
print(sorted(i.items()), repr(i))
n = defaultdict()
print(repr(n), n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
dd = defaultdict(lambda: 'dflt', {'k': 1}, z=2)
print(dd['q'], sorted(dd.items()))
cp = i.copy(); print(type(cp).__name__, cp == i, cp.default_factory)
s = defaultdict(set, a={1})
s['b'].add(2)
print(repr(s))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], dict(nested['x']))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(repr(od), list(od), list(od.keys()), list(od.values()))
od.move_to_end('b'); print(repr(od))
od.move_to_end('c', last=False); print(repr(od))
print(od.popitem(), repr(od))
print(od.popitem(last=False), repr(od))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 == OrderedDict(a=1, b=2))
print(repr(OrderedDict()), repr(OrderedDict.fromkeys('xy', 0)), isinstance(o1, dict))
print(list(reversed(o1)), repr(o1.copy()))
o1.setdefault('c', 3); o1.update({'d': 4}); print(repr(o1))
del o1['a']; print(repr(o1), o1.pop('b'), repr(o1))

c = Counter('abracadabra')
print(repr(c))
print(c['a'], c['z'], 'z' in c, c.total(), len(c))
print(c.most_common(2), c.most_common(0), c.most_common()[:3])
print(sorted(c.elements()))
c.update('aaz'); print(repr(c))
c.update({'b': 10}); print(c['b'])
c.subtract('aaaa'); print(c['a'])
c.subtract({'z': 5}); print(c['z'])
print(repr(Counter()), repr(Counter(a=2, b=-1)), repr(Counter({'x': 3})))
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(repr(a + b), repr(a - b), repr(a & b), repr(a | b))
print(repr(+Counter(a=1, b=-2)), repr(-Counter(a=1, b=-2)))
x = Counter(a=1); x += Counter(a=2, b=0); print(repr(x))
x -= Counter(a=5); print(repr(x))
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter('ab') <= Counter('aabb'))
del c['a']; del c['notthere']; print('a' in c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(sorted(Counter([1, 1, 2]).items()), isinstance(c, dict))
