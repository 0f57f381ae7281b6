# swap, multiple targets, chained assignment aliasing, evaluation order
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = 'same'
print(x, y, z)
p = q = []
p.append(1)
print(q, p is q)
p = [0] * 3
i = 0
i, p[i] = 1, 'set'
print(i, p)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
n1 = n2 = 5
n1 += 1
print(n1, n2)
a = b = c = d = 0
print(a + b + c + d)
fib = [0, 1]
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
    fib.append(y)
print(fib)
s = {}
s['k'] = s['j'] = 'v'
print(s)
class O:
    pass
o = O()
o.a, o.b = 'A', 'B'
o.a, o.b = o.b, o.a
print(o.a, o.b)
t1, t2 = t = (1, 2)
print(t1, t2, t)
