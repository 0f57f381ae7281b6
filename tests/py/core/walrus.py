# assignment expressions (:=)
if (n := 10) > 5:
    print('n is', n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
items = iter(['a', 'b', 'stop', 'c'])
while (item := next(items)) != 'stop':
    print('item', item)
def f(x):
    return x * 2 if x else None
results = [r for v in [0, 1, 2] if (r := f(v)) is not None]
print(results)
print((w := 5) + w)
print(w)
if any((hit := v) > 3 for v in data):
    print('first over 3:', hit)
def g():
    [(local := i) for i in range(3)]
    return local
print(g())
lst = []
while len(lst) < 3:
    lst.append(z := len(lst) * 10)
print(lst, z)
print(f'{(q := 7)}', q)
m = {'k': 1}
if (v := m.get('k')) is not None:
    print('found', v)
if (v := m.get('missing')) is None:
    print('missing ->', v)
