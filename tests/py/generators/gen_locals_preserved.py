# local variables, arguments and loop state survive across yields
def running_totals(values, start=0):
    total = start
    seen = []
    for v in values:
        total += v
        seen.append(v)
        yield total, list(seen)
    yield "done", len(seen)

for item in running_totals([3, 1, 4, 1, 5], start=10):
    print(item)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def nested_loops():
    for i in range(3):
        for j in range(i):
            yield (i, j)
        yield ("row", i)

print(list(nested_loops()))

def with_kwargs(*args, sep="-", **kw):
    for a in args:
        yield sep.join([str(a)] * 2)
    for k in sorted(kw):
        yield k + "=" + str(kw[k])

print(list(with_kwargs(1, 2, 3, sep="+", z=26, a=1)))

# two independent generators from the same function do not share state
g1 = fib()
g2 = fib()
print(next(g1), next(g1), next(g1), next(g1))
print(next(g2), next(g2))
print(next(g1), next(g2))

def countdown(n):
    while n:
        yield n
        n -= 1

c = countdown(4)
print(next(c))
print(list(c))
