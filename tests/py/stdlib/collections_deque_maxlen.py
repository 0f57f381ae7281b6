# Bounded deques: every way of adding items discards from the other end.
from collections import deque

d = deque(range(10), maxlen=3)
print(repr(d), d.maxlen, len(d))
d.append(10); print(repr(d))
d.appendleft(-1); print(repr(d))
d.extend([20, 21]); print(repr(d))
d.extendleft([30, 31]); print(repr(d))
d.extend(d); print(repr(d))
d.extendleft(d); print(repr(d))
d += [40]; print(repr(d))
d.pop(); print(repr(d))
d.insert(0, 'i'); print(repr(d))
try:
    d.insert(0, 'j')
except IndexError as e:
    print('IndexError', e)
d.rotate(1); print(repr(d))
d.reverse(); print(repr(d))

# maxlen=0 keeps nothing
z = deque('abc', maxlen=0)
print(repr(z))
z.append(1); z.appendleft(2); z.extend(range(5)); z.extendleft(range(5)); z += [1]
print(repr(z), len(z), bool(z))
try:
    z.insert(0, 1)
except IndexError as e:
    print('IndexError', e)
try:
    z.pop()
except IndexError as e:
    print('IndexError', e)
# a generator passed to a maxlen=0 deque is still consumed
seen = []
def gen():
    for i in range(3):
        seen.append(i)
        yield i
deque(gen(), maxlen=0)
print(seen)

# maxlen=1: the last item wins
one = deque(maxlen=1)
for i in range(5):
    one.append(i)
print(repr(one))
one.extendleft('xyz'); print(repr(one))

# the sliding window idiom
def moving_sum(seq, n):
    w = deque(maxlen=n)
    out = []
    for x in seq:
        w.append(x)
        if len(w) == n:
            out.append(sum(w))
    return out
print(moving_sum(range(10), 3))

# tail of a sequence
print(list(deque(range(1000), 5)))

# copies and arithmetic keep the limit
m = deque([1, 2], maxlen=4)
print(repr(m.copy()), repr(m + deque([3, 4, 5])), repr(m * 3), repr(3 * m))
m *= 5; print(repr(m))
m2 = deque([1, 2, 3], maxlen=4)
m2 *= 2; print(repr(m2))
s = deque([7], maxlen=3)
s *= 10; print(repr(s))
s *= 0; print(repr(s), s.maxlen)
print(repr(deque([1, 2], maxlen=2) + deque([3])))
print(repr(deque([], maxlen=2) * 2), repr(deque([9], 2) * -1))

# large maxlen values are accepted
print(deque(maxlen=2**40).maxlen, deque(maxlen=True).maxlen)
