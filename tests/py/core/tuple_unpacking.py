# tuple packing and unpacking in assignments and loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, = [42]
print(h)
(i, j), [k, l] = [1, 2], (3, 4)
print(i, j, k, l)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
for idx, (p, q) in enumerate([(10, 20), (30, 40)]):
    print(idx, p, q)
def pair():
    return 'left', 'right'
lft, rgt = pair()
print(lft, rgt)
r = pair()
print(r, type(r).__name__)
m, n, o = range(3)
print(m, n, o)
s1, s2 = {'only': 1, 'two': 2}
print(s1, s2)
try:
    u, v = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    u, v, w = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    u, v = 5
except TypeError as e:
    print('TypeError:', e)
try:
    u, = []
except ValueError as e:
    print('ValueError:', e)
x = y = z = 0
print(x, y, z)
a, b, c = a2 = (7, 8, 9)
print(a, b, c, a2)
t = 1, 2
print(t)
