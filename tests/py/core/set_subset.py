# subset/superset comparisons and methods
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a >= b, a > b)
print(a <= a, a < a, a >= a, a > a)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), b.issuperset(range(2)))
print(set() <= a, set() < set(), set().issubset([]))
print({1, 2} < {1, 3}, {1, 3} < {1, 2}, {1, 2} == {2, 1})
print(frozenset([1]) < {1, 2}, {1} <= frozenset([1]))
print(a.isdisjoint(b), {5}.isdisjoint(b))
sets = [{1, 2, 3}, {1}, {1, 2}, set(), {4}]
print([sorted(s) for s in sorted(sets, key=len)])
print(sum(1 for s in sets if s <= {1, 2, 3}))
try:
    a <= [1, 2]
except TypeError as e:
    print('TypeError:', e)
fs = frozenset({1, 2})
print(fs <= {1, 2, 3}, fs > frozenset(), fs.issubset(range(5)), fs.issuperset([]))
print({1, 2, 3} > {1, 2}, {1, 2, 3} > {1, 4})
subsets = [s for s in [set(), {1}, {2}, {3}, {1, 2}, {1, 3}, {2, 3}, {1, 2, 3}] if s < {1, 2, 3}]
print(len(subsets), [sorted(s) for s in subsets])
print(all(s <= {1, 2, 3} for s in subsets), any(s >= {1, 2, 3} for s in subsets))
print({'a'} <= set('abc'), set('ab') < set('abc'), set('abc') >= {'a', 'c'})
print(set() >= set(), set() > set(), {0} > set())
