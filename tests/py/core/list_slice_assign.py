# slice assignment and deletion with and without step
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = 'X' * len(a[::2])
print(a)
b = list(range(8))
b[::-2] = [10, 20, 30, 40]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:1] = [7, 8, 9]
print(d)
d[:] = 'abc'
print(d)
d[5:10] = [1]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = range(2)
print(e)
e[-1:] = [[6, 7]]
print(e)
f = [0, 1, 2, 3, 4, 5]
del f[::-2]
print(f)
g = [1, 2, 3]
g[3:] = g
print(g)
h = list(range(6))
h[4:1:-1] = 'xyz'
print(h)
try:
    h[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
i = [1, 2, 3]
i[0], i[2] = i[2], i[0]
print(i)
