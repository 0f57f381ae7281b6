# chained comparisons evaluate middle operand once and short-circuit
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 <= 1 < 2)
print(1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
calls.clear()
print(f(1) < f(5) > f(2) == f(2))
print(calls)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(1 < 2 is not None)
print(1 in [1, 2] in [[1, 2]])
print((1 < 2) < 3, 1 < (2 < 3))
a, b, c = 1, 1, 2
print(a == b < c, a is not b if False else 'skip')
print(2 > 1 == 1 > 0)
print(None is None is None)
y = 3
print(1 < y <= 3 < 4 != 5)
print(not 1 < 2 < 3)
print([i for i in range(10) if 2 < i <= 6])
def between(lo, v, hi):
    return lo <= v <= hi
print(between(1, 1, 1), between(1, 0, 1), between(-1.5, -1, 0))
