# identity with is / is not on non-int objects
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, type(None)() is None, None is not False)
print(True is True, False is False, (1 == 1) is True, (1 == 2) is False)
x = None
print(x is None, x == None, x is not None)
def f():
    pass
print(f() is None, f is f, print is print)
d = {}
d2 = d
d2['k'] = 1
print(d is d2, d)
s1 = set()
print(s1 is set(), s1 is s1)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k1, k1 is k2, k1 == k2, k1 != k2)
print(K is K, type(k1) is K, type(k1) is type(k2))
t = (a, a)
print(t[0] is t[1], t[0] is a)
l = [a] * 3
print(all(item is a for item in l))
print(... is Ellipsis, NotImplemented is NotImplemented)
o = object()
print(o is o, o == o, o is object(), o == object())
print(type(1) is int, type('') is str, type([]) is list, type(True) is bool)
e = []
g = e
e += [1]
print(e is g)
e = e + [2]
print(e is g, g)
print([] is [], () == ())
