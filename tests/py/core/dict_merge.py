# dict merge with | and |=, {**a, **b}, dict(a, **b)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b)
print(b | a)
print({**a, **b})
print({**b, **a})
print({**a, 'y': 'lit', **{'w': 0}})
print(dict(a, **b))
print(dict(a, y='kw'))
c = a.copy()
c |= b
print(c, a)
c |= [('list', 'pairs')]
print(c)
try:
    a | [('k', 'v')]
except TypeError as e:
    print('TypeError:', e)
print({} | {}, {**{}})
print({'a': 1, **{'a': 2}}, {**{'a': 2}, 'a': 1})
def f(**kw):
    return kw
print(f(**a, **{'w': 9}))
try:
    f(**a, **{'x': 5})
except TypeError as e:
    print('TypeError:', e)
merged = {}
for part in [{'a': 1}, {'b': 2}, {'a': 3}]:
    merged |= part
print(merged)
