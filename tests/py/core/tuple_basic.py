# tuples: creation, single element, methods, immutability, concatenation
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], type(t).__name__)
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
bare = 1, 2, 3
print(bare, 1,)
print((1, 2) + (3,), (0,) * 3, () * 5, 2 * (1, 'a'))
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (5, 6, 5).index(5, 1))
try:
    t.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(4)
except AttributeError as e:
    print('AttributeError:', e)
nested = (1, [2, 3], (4, 5))
nested[1].append('ok')
print(nested)
print(3 in t, 4 in t, (1, 2) in [(1, 2)])
print(((1,),), ((),), (((),),))
print(repr((None,)), str(('a', "b'c")))
x = (1, 2)
x += (3,)
print(x)
print(tuple(x for x in range(4) if x % 2))
print(max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)))
print(t[::-1], t[1:], t[5:])
