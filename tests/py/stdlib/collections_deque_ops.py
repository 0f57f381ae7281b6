# collections.deque operators: comparison, +, *, in-place forms, repr,
# hashing, copying, truthiness, iteration, isinstance.
import copy
from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == a, a == deque([1, 2, 3]), a != b, a == b, a < b, a <= b, a > b, a >= b)
print(deque() == deque(), deque() < deque([0]), deque([1]) > deque(), deque([1, 2]) <= deque([1, 2]))
print(deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9, 9]), deque([1]) >= deque([1, 0]))
print(a == [1, 2, 3], a != [1, 2, 3], a == (1, 2, 3), a == None)
print(deque([1.0, 2]) == deque([1, 2.0]), deque(['a']) < deque(['b']))
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([nan, 1]) < deque([nan, 2]))
try:
    deque([1]) < deque(['a'])
except TypeError as e:
    print('TypeError', e)
print(sorted([deque([3]), deque([1, 2]), deque([1]), deque()]))
print(max(deque([1, 5]), deque([1, 4, 9])))

# + and * make new deques
c = a + b
print(repr(c), c is not a, repr(a))
print(repr(a * 2), repr(2 * a), repr(a * 0), repr(a * -3), repr(deque() * 5), repr(a * True))
class Two:
    def __index__(self):
        return 2
print(repr(a * Two()), repr(a[Two()]))

# += and *= change the deque in place
x = deque([1])
y = x
x += [2, 3]
x += (4,)
x += 'ab'
x += deque([5])
x += {6: 0}
x *= 2
print(repr(x), x is y)
x *= 1
print(len(x))
x *= -1
print(repr(x), x is y)
x += x
print(repr(x))
w = deque([1, 2])
w += w
print(repr(w))

# repr and str
print(repr(deque()), str(deque([1, 'a', None])), repr(deque([deque([1])])), repr(deque((), 3)))
r = deque([1])
r.append(r)
print(repr(r))
r2 = deque([r, [r]])
print(repr(r2))
lst = [1]
lst.append(deque([lst]))
print(repr(lst))
print(f'{deque([1])}', '%s' % deque([2]), format(deque([3])), '{!r}'.format(deque([4], 2)))

# truthiness and len
for v in [deque(), deque([0]), deque([None]), deque(maxlen=0)]:
    print(bool(v), len(v), 'yes' if v else 'no', not v)

# hashing
try:
    hash(deque())
except TypeError as e:
    print('TypeError', e)
print(deque.__hash__ is None)

# copying
src = deque([1, [2, 3]], maxlen=5)
sc = copy.copy(src)
dc = copy.deepcopy(src)
print(repr(sc), repr(dc), sc.maxlen, dc.maxlen, sc[1] is src[1], dc[1] is src[1], dc[1] == src[1])
plain = deque(['a', ['b']])
pc = copy.deepcopy(plain)
print(repr(pc), pc.maxlen, pc[1] is plain[1])
red = deque([1, 2]).__reduce__()
print(red[0] is deque, red[1], red[2], list(red[3]))
red = deque([1, 2], 3).__reduce__()
print(red[0] is deque, red[1], red[2], list(red[3]))

# iteration and the iterator types
it = iter(deque([1, 2, 3]))
print(type(it).__name__, type(it).__module__, next(it), list(it), list(it))
rv = reversed(deque([1, 2, 3]))
print(type(rv).__name__, next(rv), list(rv))
print(iter(it) is it, type(iter(deque())) is type(iter(deque([1]))))
print(list(enumerate(deque('ab'))), list(zip(deque([1, 2]), deque('xy'))), list(map(str, deque([1]))))
print(sum(deque(range(10))), min(deque([3, 1, 2])), sorted(deque([3, 1, 2])), tuple(deque([1])), set(deque([1, 1])))
print(' '.join(deque(['a', 'b'])), dict(deque([(1, 2)])), list(filter(None, deque([0, 1, 2]))))
print([x * 2 for x in deque([1, 2])], {x for x in deque([1])}, any(deque([0, 1])), all(deque()))
p, q, *rest = deque(range(5))
print(p, q, rest, [*deque([1, 2]), *deque([3])], print(*deque(['star'])))

# membership
m = deque([1, 'a', (2, 3), None])
print(1 in m, 'a' in m, (2, 3) in m, None in m, 5 in m, 5 not in m, 1.0 in m, True in m)

# types and isinstance
print(type(deque()) is deque, isinstance(deque(), deque), deque.__name__, deque.__module__, deque.__qualname__)
print(repr(deque), repr(type(iter(deque()))), repr(type(reversed(deque()))))
import collections
print(collections.deque is deque, issubclass(deque, object), 'append' in dir(deque()), hasattr(deque(), '__dict__'))
import _collections
print(_collections.deque is deque)
print(deque.__len__(deque([1, 2])), deque.__getitem__(deque([5]), 0), deque.__contains__(deque([5]), 5))
e = deque([1, 2])
deque.__setitem__(e, 0, 9); deque.__delitem__(e, 1); print(repr(e), deque.__repr__(e))
print(deque.__eq__(e, [9]), deque.__lt__(e, 1), deque.__add__(e, deque([1])), deque.__iadd__(e, [3]), repr(e))
print(e.__mul__(2), e.__rmul__(2), e.__imul__(2), repr(e))

# a queue through threads' favourite idiom
q = deque()
for i in range(5):
    q.append(i)
    q.append(i * 10)
    print(q.popleft(), end=' ')
print(list(q))

# length hints of the iterators
import operator
lh = deque(range(5))
it = iter(lh); next(it)
rv = reversed(lh); next(rv); next(rv)
print(operator.length_hint(it), operator.length_hint(rv), it.__length_hint__(), operator.length_hint(iter(deque())))
list(it)
print(it.__length_hint__(), list(rv), rv.__length_hint__())
