# sorted(): key, reverse, stability, any iterable, returns new list
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted(range(5, 0, -1)))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
print(sorted(['B', 'a', 'C', 'b'], key=str.lower))
print(sorted([-5, 3, -1, 2], key=abs, reverse=True))
print(sorted([[3, 'c'], [1, 'a'], [2, 'b']], key=lambda x: x[1]))
print(sorted([]), sorted([], reverse=True))
print(sorted([0.5, 1, -2, True, 0]))
print(sorted(x % 4 for x in range(10)))
try:
    sorted([1, None])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1], key=5)
except TypeError as e:
    print('TypeError:', e)
words = 'The quick brown fox Jumps over the lazy dog'.split()
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(set(w.lower() for w in words)))
