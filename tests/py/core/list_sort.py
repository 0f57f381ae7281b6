# list.sort with key, reverse, stability, mixed types error
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, 'c')]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 1), ('v', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
f = [3.5, -1, 2, 0.5, -2.25]
f.sort()
print(f)
f.sort(key=abs)
print(f)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
e = []
e.sort()
print(e)
nested = [[3, 1], [1, 2], [3, 0], [1]]
nested.sort()
print(nested)
s = ['b', 'a', 'c']
print(s.sort(), s)
big = list(range(100, 0, -7))
big.sort()
print(big)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
