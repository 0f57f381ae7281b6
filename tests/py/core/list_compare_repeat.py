# list comparison, repetition, concatenation, membership
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 100], [1, [2]] == [1, [2]], [[1]] < [[2]])
print([1, 2] == (1, 2), [1] == [1.0], ['a'] < ['b'])
print([0] * 5, [1, 2] * 3, 2 * [3], [] * 10, [1] * 0, [1] * -3)
print([1] + [2, 3], [] + [], [[1]] + [[2]])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]], 'a' in ['abc'])
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 2] * [3]
except TypeError as e:
    print('TypeError:', e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(sorted([[2, 1], [1, 2], [1], []]))
nan = float('nan')
print([nan] == [nan], [1, nan] < [2, nan])
print(len([None] * 7), [None] * 2)
print([1, 2, 3] > [1, 2], [1, 2, 3] <= [1, 2, 3])
print(list('ab') * 2 == ['a', 'b', 'a', 'b'])
