# Errors raised by collections.deque, with CPython's types and messages.
from collections import deque

d = deque([1, 2, 3])
cases = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[3],
    lambda: d[-4],
    lambda: d[2**70],
    lambda: d['a'],
    lambda: d[1.0],
    lambda: d[1:2],
    lambda: d.__setitem__(5, 1),
    lambda: d.__delitem__(-5),
    lambda: d.remove(9),
    lambda: d.index(9),
    lambda: d.index(1, 1),
    lambda: d.index(1, 'a'),
    lambda: d.index(1, None),
    lambda: d.index(),
    lambda: d.index(1, 2, 3, 4),
    lambda: d.index(x=1),
    lambda: d.insert(1),
    lambda: d.insert(1, 2, 3),
    lambda: d.insert('a', 1),
    lambda: d.insert(2**70, 1),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: d.rotate('a'),
    lambda: d.rotate(1, 2),
    lambda: d.rotate(2**70),
    lambda: d.rotate(n=1),
    lambda: d.append(),
    lambda: d.append(1, 2),
    lambda: d.append(x=1),
    lambda: d.appendleft(),
    lambda: d.pop(1),
    lambda: d.popleft(1),
    lambda: d.clear(1),
    lambda: d.copy(1),
    lambda: d.reverse(1),
    lambda: d.count(),
    lambda: d.extend(),
    lambda: d.extend(1),
    lambda: d.extendleft(None),
    lambda: d.remove(),
    lambda: deque(1),
    lambda: deque([], -1),
    lambda: deque([], 'a'),
    lambda: deque([], 1.5),
    lambda: deque([], 2**70),
    lambda: deque(maxlen=-5),
    lambda: deque(a=1),
    lambda: deque(1, 2, 3),
    lambda: deque([1], iterable=[2]),
    lambda: deque([1], 2, maxlen=3),
    lambda: hash(deque()),
    lambda: {deque(): 1},
    lambda: deque() + [1],
    lambda: deque() + None,
    lambda: [1] + deque(),
    lambda: deque() * 'a',
    lambda: deque() * 1.5,
    lambda: 'a' * deque(),
    lambda: deque() * deque(),
    lambda: deque([1]) * 2**70,
    lambda: deque() < [1],
    lambda: deque() >= 1,
    lambda: [1] > deque(),
    lambda: deque() - deque(),
    lambda: -deque(),
    lambda: d.foo,
    lambda: setattr(d, 'maxlen', 3),
    lambda: delattr(d, 'maxlen'),
    lambda: setattr(d, 'x', 3),
    lambda: setattr(d, 'append', 3),
    lambda: deque.append(1, 2),
    lambda: deque.popleft([]),
    lambda: deque.__init__(1),
    lambda: deque.__new__(),
    lambda: deque.__new__(1),
    lambda: deque.__new__(int),
    lambda: len(deque.__len__(d, 1)),
    lambda: next(iter(deque())),
    lambda: next(reversed(deque())),
    lambda: int(deque()),
    lambda: deque()(),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)

# mutation during iteration, both directions
for mk in (iter, reversed):
    q = deque([1, 2, 3])
    try:
        for x in mk(q):
            q.append(x)
    except RuntimeError as e:
        print(mk.__name__, 'RuntimeError', e)
    it = mk(q)
    q.popleft()
    try:
        next(it)
    except RuntimeError as e:
        print(mk.__name__, 'RuntimeError', e)
    # afterwards a forward iterator raises again; a reverse one is exhausted
    try:
        print(list(it))
    except RuntimeError as e:
        print(mk.__name__, 'again', e)
# changes that keep positions (item assignment, reverse) do not break iteration
q = deque([1, 2, 3])
out = []
for x in q:
    out.append(x)
    q[-1] = x * 10
print(out, repr(q))
q = deque([1, 2, 3, 4])
out = []
for x in q:
    out.append(x)
    if x == 1:
        q.reverse()
print(out)
# a mutation that is undone still counts
q = deque([1, 2])
it = iter(q)
q.append(3); q.pop()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
# an exhausted reverse iterator ignores later changes; a forward one does not
q = deque([1])
r = reversed(q); f = iter(q)
print(list(r), list(f))
q.append(2)
print(list(r))
try:
    print(list(f))
except RuntimeError as e:
    print('RuntimeError', e)
