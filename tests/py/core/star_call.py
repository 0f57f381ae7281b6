# f(*args, **kw) at call sites, combinations and errors
def f(a, b, c=3, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
print(f(*args))
print(f(*args, 30, 40, 50))
print(f(*[1, 2, 3, 4], x=1))
print(f(1, *[2], *(3, 4), **{'k': 'v'}, z=0))
print(f(**{'a': 'A', 'b': 'B'}))
print(f(*'xy', **{'c': 'C'}))
print(f(*range(5)))
kw = {'b': 2, 'c': 3}
print(f(1, **kw))
print(f(*[], a=1, b=2))
def g(*args, **kwargs):
    return len(args), sorted(kwargs)
print(g(*[1, 2], *[3], **{'x': 1}, **{'y': 2}))
print(g())
print(max(*[3, 9, 2]), min(*'zab'))
print('{} {}'.format(*['a', 'b']), '{x}'.format(**{'x': 'X'}))
try:
    f(*[1, 2], **{'a': 5})
except TypeError as e:
    print('TypeError:', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(f(*(i for i in range(2))))
