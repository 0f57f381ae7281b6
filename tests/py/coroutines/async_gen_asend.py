# asend() delivers values into an asynchronous generator
async def agen():
    total = 0
    while True:
        v = yield total
        if v is None:
            return
        total += v
        print("  agen added", v)

def value_of(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = agen()
print(value_of(g.asend(None)))
print(value_of(g.asend(5)))
print(value_of(g.asend(7)))
print(value_of(g.__anext__()))
print(value_of(g.asend(None)))
print(value_of(g.asend(1)))

# asend with a non-None value on a just-started async generator
g2 = agen()
try:
    g2.asend(3).send(None)
except TypeError as e:
    print("TypeError:", e)

# async generator awaiting inside: the driver sees the suspension
class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def awaiting():
    x = await Pause()
    y = yield "first yield after " + str(x)
    print("  awaiting got", y)
    z = await Pause()
    yield "second yield after " + str(z)

a = awaiting()
aw = a.asend(None)
print(aw.send(None))
try:
    aw.send("resume-1")
except StopIteration as e:
    print("value:", e.value)
aw2 = a.asend("sent-value")
print(aw2.send(None))
try:
    aw2.send("resume-2")
except StopIteration as e:
    print("value:", e.value)
print(value_of(a.__anext__()))
