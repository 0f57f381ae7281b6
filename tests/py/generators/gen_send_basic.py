# send() resumes the generator and makes the yield expression return a value
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    yield received

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(42))
print(next(g))
try:
    next(g)
except StopIteration:
    print("finished")

# send(None) is the same as next()
def two():
    x = yield 1
    print("x =", x)
    y = yield 2
    print("y =", y)

t = two()
print(t.send(None))
print(t.send(None))
try:
    t.send("last")
except StopIteration as e:
    print("stop", e.value)

# a bare yield yields None
def bare():
    got = yield
    print("bare got", got)
    got = yield
    print("bare got", got)

b = bare()
print(next(b))
print(b.send(1))
try:
    b.send(2)
except StopIteration:
    print("bare done")

# the value of yield used inside an expression
def calc():
    total = 0
    while True:
        total += (yield total) * 2

c = calc()
next(c)
for v in [1, 2, 3]:
    print(c.send(v))
