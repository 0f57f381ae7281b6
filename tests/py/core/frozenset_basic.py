# frozenset: immutable, hashable, ops, as dict keys and set members
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), type(f).__name__)
print(frozenset(), repr(frozenset()), frozenset('a'))
print(f == {1, 2, 3}, f == frozenset({1, 2, 3}), hash(f) == hash(frozenset([1, 2, 3])))
print(sorted(f | {4}), sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 4}))
print(type(f | {4}).__name__, type(f.union([4])).__name__, type(f.copy()).__name__)
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
d = {f: 'frozen key'}
print(d[frozenset([1, 2, 3])])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss), sorted(sorted(x) for x in ss))
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
print(frozenset([1, 2]) <= f, 2 in f, 5 in f)
print(sorted(frozenset(range(5)).intersection(range(3, 10))))
print(frozenset([1]) == set([1]), set([1]) == frozenset([1]))
