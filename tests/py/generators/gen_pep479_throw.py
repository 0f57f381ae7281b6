# throwing StopIteration into a suspended generator also becomes RuntimeError
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration (wrong)")
print(next(g, "exhausted"))

g2 = gen()
next(g2)
try:
    g2.throw(StopIteration("with value"))
except RuntimeError as e:
    print("cause:", repr(e.__cause__))

# send into a generator that then raises StopIteration itself
def sender():
    x = yield
    if x == "stop":
        raise StopIteration(x)
    yield x

s = sender()
next(s)
try:
    s.send("stop")
except RuntimeError as e:
    print("send:", e)

s2 = sender()
next(s2)
print(s2.send("go"))

# StopAsyncIteration is not converted in a normal generator
def async_stop():
    yield 1
    raise StopAsyncIteration("not converted")

a = async_stop()
next(a)
try:
    next(a)
except StopAsyncIteration as e:
    print("StopAsyncIteration:", e)
except RuntimeError as e:
    print("RuntimeError:", e)

# the RuntimeError can be handled by the caller and iteration ends
def leaks_in_loop():
    for i in range(3):
        if i == 2:
            raise StopIteration
        yield i

out = []
try:
    for v in leaks_in_loop():
        out.append(v)
except RuntimeError as e:
    out.append(str(e))
print(out)
