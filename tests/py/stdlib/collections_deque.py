from collections import deque
d = deque([1, 2, 3])
print(repr(d), len(d), d.maxlen)
d.append(4); d.appendleft(0); print(repr(d))
print(d.pop(), d.popleft(), repr(d))
d.extend([7, 8]); d.extendleft([-1, -2]); print(repr(d))
d.rotate(2); print(repr(d))
d.rotate(-3); print(repr(d))
d.rotate(0); print(repr(d))
print(d.index(7), d.count(2), 3 in d, 99 in d)
d.remove(7); print(repr(d))
d.reverse(); print(repr(d))
print(d[0], d[-1], list(d), list(reversed(d)))
d[1] = 'x'; print(repr(d))
del d[0]; print(repr(d))
d.insert(1, 'ins'); print(repr(d))
c = d.copy(); c.append('c'); print(repr(d), repr(c))
d.clear(); print(repr(d), len(d), bool(d))
for meth in ('pop', 'popleft'):
    try:
        getattr(deque(), meth)()
    except IndexError as e:
        print('IndexError', e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1]).index(5)
except ValueError as e:
    print('ValueError', e)
try:
    deque([1])[3]
except IndexError as e:
    print('IndexError', e)
m = deque(range(5), maxlen=3)
print(repr(m), m.maxlen)
m.append(9); print(repr(m))
m.appendleft(-1); print(repr(m))
m.extend([10, 11]); print(repr(m))
m.extendleft([20]); print(repr(m))
try:
    m.insert(0, 1)
except IndexError as e:
    print('IndexError', e)
print(repr(deque(maxlen=0)), repr(deque('ab', 2)))
z = deque(maxlen=0); z.append(1); print(repr(z))
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) != deque([2]), deque([1, 2]) < deque([1, 3]))
print(repr(deque([1]) + deque([2])), repr(deque([1, 2]) * 2))
e = deque([1]); e += [2, 3]; print(repr(e))
print(repr(deque([deque([1])])))
try:
    hash(deque())
except TypeError as e:
    print('TypeError', e)
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out)
print(repr(deque('abc')), str(deque([1])))
q = deque(range(200000))
t = 0
while q:
    x = q.popleft()
    t += x
    if x % 3 == 0 and x < 1000:
        q.append(x + 1)
print(t)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(d))
d = deque(range(10), maxlen=5); d.rotate(3); print(repr(d), d[0], d[-1])
