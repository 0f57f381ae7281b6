# objects with __await__ can be awaited; their yields reach the driver
class Ticks:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
            print("  tick", i, "resumed with", got)
        return "ticked %d" % self.n

async def worker():
    r1 = await Ticks(2)
    print("worker got", r1)
    r2 = await Ticks(1)
    print("worker got", r2)
    return [r1, r2]

coro = worker()
step = 0
try:
    value = coro.send(None)
    while True:
        print("driver received", value)
        step += 1
        value = coro.send("resume %d" % step)
except StopIteration as e:
    print("result", e.value)

# __await__ returning an iterator (not a generator)
class FromList:
    def __await__(self):
        return iter(["x", "y"])

async def use_list():
    r = await FromList()
    return r

c = use_list()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("FromList result", e.value)

# __await__ that returns immediately
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

async def use_ready():
    return await Ready(1) + await Ready(2)

try:
    use_ready().send(None)
except StopIteration as e:
    print("Ready sum", e.value)
