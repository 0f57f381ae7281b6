# A value sent into `x = yield` lands in the local (the resumption stores
# it directly); the other forms of yield expression still see it.
def store():
    while True:
        x = yield
        print("x", x)


def expr():
    total = 0
    while True:
        total += (yield total) or 0
        print("total", total)


def discard():
    for i in range(3):
        yield i
    yield "end"


s = store()
next(s)
s.send(1)
s.send([2])
e = expr()
print(next(e))
print(e.send(5))
print(e.send(None))
print(e.send(7))
d = discard()
print(next(d), d.send(10), d.send(None), d.send("x"))
for v in store():
    print("yielded", v)
    break
