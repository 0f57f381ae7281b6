# Every named method of collections.deque, with its argument forms.
from collections import deque

d = deque()
print(repr(d), len(d), bool(d), d.maxlen)
print(d.append(1), d.appendleft(0), repr(d))
print(d.extend(range(2, 5)), repr(d))
print(d.extendleft('ab'), repr(d))
print(d.extend(x * 10 for x in range(3)), repr(d))
print(d.pop(), d.popleft(), repr(d))

# extend / extendleft by itself
e = deque([1, 2, 3])
e.extend(e); print(repr(e))
e.extendleft(e); print(repr(e))
e += e; print(repr(e))
# extend from another deque, a tuple, a dict, a set of one, a string
f = deque()
f.extend(deque([1, 2])); f.extend((3, 4)); f.extend({'k': 1}); f.extend({9}); f.extend('xy')
print(repr(f))
f.extendleft(iter([7, 8])); print(repr(f))

# count / index
c = deque([1, 2, 1, 3, 1, 2.0, True])
print(c.count(1), c.count(2), c.count(4), c.count(True))
print(c.index(1), c.index(1, 1), c.index(1, 3), c.index(2, -3), c.index(3, 0, 4))
print(c.index(1, -100), c.index(1, 2, 100), c.index(2, 2**80 * -1))
for args in [(3, 4), (1, 5, 5), (1, 5, 2), (9,), (2, -1), (1, 2**80)]:
    try:
        print(c.index(*args))
    except ValueError as ex:
        print('ValueError', ex)
nan = float('nan')
n = deque([nan])
print(n.count(nan), n.index(nan), nan in n)

# insert at every position, negative and out of range
for i in [-10, -3, -2, -1, 0, 1, 2, 3, 10]:
    g = deque('abc')
    g.insert(i, 'X')
    print(i, ''.join(g))
g = deque()
g.insert(5, 1); g.insert(-5, 0); print(repr(g))

# remove
r = deque([1, 2, 3, 2, 1])
r.remove(2); print(repr(r))
r.remove(1); print(repr(r))
r.remove(1); print(repr(r))
try:
    r.remove(42)
except ValueError as ex:
    print('ValueError', ex)
try:
    r.remove('s')
except ValueError as ex:
    print('ValueError', ex)

# reverse
for items in [[], [1], [1, 2], [1, 2, 3], list(range(10))]:
    v = deque(items); v.reverse(); print(repr(v))

# rotate in both directions, by more than the length
for k in [0, 1, -1, 2, -2, 5, -5, 7, -7, 100, -101]:
    w = deque(range(5)); w.rotate(k); print(k, list(w))
w = deque(); w.rotate(3); print(repr(w))
w = deque([1]); w.rotate(-3); print(repr(w))
w = deque(range(5)); w.rotate(); print(list(w))
w.rotate(True); print(list(w))

# clear and copy
x = deque([1, [2]], maxlen=5)
y = x.copy(); z = x.__copy__()
x.clear()
print(repr(x), repr(y), repr(z), y.maxlen, y[1] is z[1])

# indexing
h = deque(range(10))
print(h[0], h[9], h[-1], h[-10], h[5], h[True], h[False])
h[0] = 'a'; h[-1] = 'z'; h[4] = 'm'; print(list(h))
del h[0]; del h[-1]; del h[3]; print(list(h))
for i in range(len(h)):
    h[i] = i * i
print(list(h))
while h:
    del h[len(h) // 2]
print(repr(h))

# maxlen is read from the deque, and None without one
print(deque().maxlen, deque(maxlen=0).maxlen, deque([], 7).maxlen, deque(maxlen=None).maxlen)
# keywords
print(repr(deque(iterable=[1, 2])), repr(deque(maxlen=2, iterable=[1, 2, 3])), repr(deque([1], maxlen=None)))
# __init__ again resets contents and limit
k = deque([1, 2, 3])
k.__init__('ab', 5); print(repr(k))
k.__init__(); print(repr(k))
k.__init__(k); print(repr(k))
# a big deque
big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], len(big), sum(big))
