# slice objects: creation, attributes, indices(), use in subscripts
s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), slice(1, 10, 2))
a = list(range(10))
print(a[s], a[slice(None, None, 2)], a[slice(-3, None)], a[slice(None, None, -1)])
print('abcdef'[slice(1, 4)], (1, 2, 3, 4)[slice(None, 2)])
print(slice(0, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Rec:
    def __getitem__(self, key):
        return key
r = Rec()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1], r[1])
b = list(range(6))
b[slice(0, 2)] = ['x']
print(b)
del b[slice(None, None, 2)]
print(b)
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print('ValueError:', e)
print(repr(slice('a', 'b')), slice(1.5, 2.5).start)
