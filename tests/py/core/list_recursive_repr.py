# repr of recursive containers: [[...]], {...}
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
b = [a]
print(b)
d = {'k': 1}
d['self'] = d
print(d)
x = []
x.append(x)
x.append(x)
print(x)
y = [1]
z = [y]
y.append(z)
print(y, z)
t = ([],)
t[0].append(t)
print(t)
l = [{}]
l[0]['l'] = l
print(l)
e = []
e.append([e])
print(e)
print(len(a), a[2] is a, a[2][2][2] is a)
