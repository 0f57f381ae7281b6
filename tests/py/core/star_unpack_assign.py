# starred assignment: a, *b, c = ...
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
*init, last = range(4)
print(init, last)
x, *y = [1]
print(x, y)
*p, q, r = (1, 2)
print(p, q, r)
h, *m, t = 'ab'
print(h, m, t)
(u, *v), w = [1, 2, 3], 4
print(u, v, w)
for head, *tail in [(1, 2, 3), (4,), 'xy']:
    print(head, tail)
*all_of_it, = {'k': 1, 'j': 2}
print(all_of_it)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, *c = 'x'
except ValueError as e:
    print('ValueError:', e)
data = [('alice', 1, 2, 3), ('bob', 4)]
for name, *scores in data:
    print(name, sum(scores), type(scores).__name__)
first, *_, last = range(10)
print(first, last)
[a, *b] = (1, 2, 3)
print(a, b)
