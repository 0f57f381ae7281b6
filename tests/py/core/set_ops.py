# set operators | & - ^ and their method forms; printed sorted
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([7], (8,), 'x' and [9])))
print(sorted(a.intersection(range(3))))
print(sorted(a.difference([1], [2])))
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 99}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
print(len(a), 3 in a, 7 in a, 7 not in a)
print(a == {4, 3, 2, 1}, a != b, set() == set())
print(sorted(set('hello')), sorted(set([3, 1, 3, 2])), set())
print(sorted({1, 2} | frozenset({3})), type({1} | frozenset({3})).__name__)
print(type(frozenset({3}) | {1}).__name__)
empty = set()
print(empty, len(empty), type({}).__name__, type(set()).__name__)
print(sorted({(1, 2), (1, 2), (0, 5)}))
