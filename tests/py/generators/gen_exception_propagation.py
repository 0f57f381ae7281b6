# exceptions raised in a generator body reach the caller of next()/send()
def gen():
    yield 1
    {}["missing"]
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError:", e)
# a generator that raised is finished
print(next(g, "finished"))
print(list(g))

# errors before the first yield appear on the first next(), not at creation
def early():
    raise ValueError("early failure")
    yield

e = early()
print("created without error")
try:
    next(e)
except ValueError as exc:
    print("ValueError:", exc)

# exceptions inside list() / for / sum propagate the same way
def bad_at(n):
    for i in range(5):
        if i == n:
            raise IndexError("bad at %d" % i)
        yield i

for consumer in (list, sum, tuple, sorted):
    try:
        consumer(bad_at(3))
    except IndexError as exc:
        print(consumer.__name__, "->", exc)

# a caller exception does not affect the suspended generator
def steady():
    n = 0
    while True:
        n += 1
        yield n

s = steady()
for _ in range(2):
    try:
        v = next(s)
        raise RuntimeError("caller error %d" % v)
    except RuntimeError as exc:
        print(exc)
print(next(s))

# exception context inside a generator
def context():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")

c = context()
next(c)
try:
    next(c)
except ValueError as exc:
    print(repr(exc), "context:", repr(exc.__context__))
