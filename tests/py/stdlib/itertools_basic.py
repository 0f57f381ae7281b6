import itertools as it
from itertools import chain
from itertools import *
import operator

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(3)), repr(count(3, 2)))
c = count(5); next(c); print(repr(c))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(1), 4)), list(repeat(0, -1)))
print(repr(repeat('a', 2)), repr(repeat(5)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gb = groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice('AB', None)))
print(list(islice('ABC', 5, 2)))
src = iter(range(10))
print(list(islice(src, 0, 5, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 3)), list(src))
for args in [(-1,), (1, -1), (1, 2, 0), ('a',), (0, 'x'), (0, 5, -1), (1.0,)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
try:
    islice('abc')
except TypeError as e:
    print('TypeError', e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee('ab', 4)))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest()))
try:
    zip_longest(1, [])
except TypeError as e:
    print('TypeError', e)
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], len(list(product('ab', 'cd', repeat=2))))
print(list(product()), list(product('ab', [])))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations([1, 2, 3])))
print(list(permutations('AB', 3)), list(permutations('', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
for fn in (permutations, combinations, combinations_with_replacement):
    try:
        fn('abc', -1)
    except ValueError as e:
        print('ValueError', e)
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(sum(1 for _ in it.chain.from_iterable(it.repeat('ab', 3))))
print(list(it.islice(it.accumulate(it.count(1)), 5)))
print(next(it.dropwhile(lambda x: x < 100, it.count())))
print(list(chain('ab', [1], ())), list(chain()), list(chain.from_iterable(['xy', 'z'])), type(chain()).__name__)
c = chain([1], [2]); print(next(c), list(c), list(c))
try:
    list(chain([1], 5))
except TypeError as e:
    print('TypeError', e)
