# unpacking in literals: [*a, *b], (*a,), {*a}, {**d1, **d2}
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, *'xy'], [*range(3)], [*a])
print((*a, *b), (*a,), (*'ab', 5))
print(sorted({*a, *b, 1}), sorted({*'hello'}))
d1 = {'x': 1}
d2 = {'y': 2, 'x': 10}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1}, {**{}})
print([*{'k1': 1, 'k2': 2}], [*{}.values()])
print([*[], *[], *()])
g = (i * i for i in range(4))
print([*g, *g])
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [*nested])
s = 'abc'
print(*s, [*s], (*s,), sep=' / ')
print(len([*range(1000)]))
first, *mid, last = [*a, *b]
print(first, mid, last)
