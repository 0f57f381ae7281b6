# enumerate with start, zip uneven/empty/many, strict-free usage
print(list(enumerate('abc')))
print(list(enumerate('abc', 1)), list(enumerate('abc', start=-2)))
print(list(enumerate([])))
for i, (a, b) in enumerate(zip('xy', 'pq'), 10):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 25))))
print(dict(zip(['k1', 'k2'], [1, 2, 3])))
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
e = enumerate('hi')
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
z = zip('ab', [1, 2])
print(next(z), list(z), list(z))
print(type(enumerate([])).__name__, type(zip()).__name__)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
print([i * v for i, v in enumerate([5, 5, 5])])
print(list(enumerate(range(3), 2 ** 64)))
