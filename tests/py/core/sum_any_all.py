# sum with start, any/all with short-circuit and empty iterables
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], start=100))
print(sum([0.1] * 3), sum([1, 2.5]), sum(range(1, 11)), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(4)), sum(2 ** 64 for _ in range(3)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any([0, 1]), all([1, 0]), any('abc'), all(''), any([[]]), all([[]]))
checked = []
def chk(x):
    checked.append(x)
    return x
print(any(chk(x) for x in [0, 0, 5, 0, 7]), checked)
checked.clear()
print(all(chk(x) for x in [1, 2, 0, 3]), checked)
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
print(any(x > 10 for x in []), all(x > 10 for x in []))
print(type(any([1])).__name__, any([1, 2]), all([3, 4]))
print(sum([1.5, 2.5], 0.5), sum(range(0)), sum([-1, -2]))
print(sum([[1, 2]] * 3, []))
