# del of names, list items, slices, dict keys, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = list(range(8))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, 'attr'), o.other)
try:
    del o.attr
except AttributeError as e:
    print('AttributeError:', e)
p, q, r = 1, 2, 3
del p, q
print(r, 'p' in dir(), 'q' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del a[100]
except IndexError as e:
    print('IndexError:', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
lst = [1, 2, 3]
del lst[:]
print(lst)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
class WithDel:
    def __delitem__(self, k):
        print('deleting', k)
w = WithDel()
del w[5], w['x':'y']
