# comprehension scoping: loop variables don't leak, class-body quirks, closures
x = 'outer x'
squares = [x * x for x in range(4)]
print(squares, x)
i = 'outer i'
evens = {i for i in range(6) if i % 2 == 0}
print(sorted(evens), i)
k = 'outer k'
d = {k: k * 2 for k in 'ab'}
print(d, k)
g = list(n for n in range(3))
try:
    print(n)
except NameError as e:
    print('NameError:', e)
y = 10
print([y + j for j in range(3)])
def f():
    z = 5
    return [z * m for m in range(3)]
print(f())
fs = [lambda: j for j in range(3)]
print([fn() for fn in fs])
class C:
    val = 3
    doubled = [v * 2 for v in range(val)]
    try:
        uses_class_var = [val for _ in range(2)]
    except NameError as e:
        uses_class_var = 'NameError: ' + str(e)
print(C.doubled, C.uses_class_var)
result = [[r * c for c in range(3)] for r in range(3)]
print(result)
try:
    print(c)
except NameError as e:
    print('NameError:', e)
def inner_walrus():
    [last := q for q in range(4)]
    return last
print(inner_walrus())
