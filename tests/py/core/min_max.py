# min/max: iterables, multiple args, key, default, errors
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min(3, 1, 4))
print(max('hello'), min('hello'), max(['apple', 'fig', 'kiwi']), max(['a', 'b'], key=len))
print(max(['apple', 'fig', 'kiwi'], key=len), min(['apple', 'fig', 'kiwi'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max(-3, 2, key=abs), min([-3, 2, -1], key=abs))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([1, 1.0]), min([1.0, 1]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max(range(10), key=lambda x: (x % 3, x)))
print(min('b', 'a', 'c'), max(2, 2.5), min(True, 0))
print(max(x * x for x in range(-5, 3)), min((x for x in [4, 2, 8]), default=0))
print(max([2 ** 70, 1e21]), min([-(2 ** 70), -1e22]))
for args in [(), ([],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    min([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError:', e)
words = ['bb', 'aa', 'cc']
print(max(words, key=len), min(words, key=len))
