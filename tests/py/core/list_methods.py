# list methods: append extend insert copy clear reverse count
a = [1, 2, 3]
a.append(4)
print(a)
a.extend([5, 6])
a.extend((7,))
a.extend('ab')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
b = a.copy()
b.append('only b')
print(len(a), len(b), b[-1], a is b, a == b[:-1])
a.reverse()
print(a)
print(a.count('a'), a.count(0), a.count('zzz'))
a.clear()
print(a, len(a))
c = [1, 2]
c += [3]
c += 'xy'
print(c)
c *= 2
print(c)
d = []
for i in range(5):
    d.append(i * i)
print(d, d.append(99), d)
e = [3, 1, 2]
print(e.sort(), e, e.reverse(), e)
print([].copy(), list(), list([1, [2]]), list(range(3)))
x = [[1], [2]]
y = x.copy()
y[0].append(10)
print(x, y)
f = [1, 2, 3]
f.extend(f)
print(f)
print([1, 2, 2, 3, 2].count(2), [[1], [1]].count([1]))
g = [0] * 3
g.insert(1, g[:])
print(g)
