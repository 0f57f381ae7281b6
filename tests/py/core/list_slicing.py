# list slicing read: steps, negatives, out of range, copies
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[-1:-5:-1])
print(a[100:], a[-100:2], a[5:2], a[5:2:-1])
b = a[:]
b[0] = 'changed'
print(a[0], b[0])
print(a[3:3], a[::100], a[-1::-100])
print(a[1:9][2:5][::-1])
for start in (None, 0, 3, -3):
    for stop in (None, 5, -1):
        print(start, stop, a[start:stop], a[start:stop:-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], m[1][::-1], m[::-1][0])
print([row[::2] for row in m[::2]])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], type(t[1:2]).__name__)
r = range(10)
print(r[2:8:2], list(r[::-3]))
print(a[-2], a[-10])
try:
    a[10]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
