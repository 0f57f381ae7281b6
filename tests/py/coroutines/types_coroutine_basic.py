# types.coroutine turns a generator function into a generator-based awaitable
import types

@types.coroutine
def pause(tag):
    received = yield tag
    return "pause(%s) got %r" % (tag, received)

async def main():
    a = await pause("first")
    print(a)
    b = await pause("second")
    print(b)
    return "main done"

c = main()
print(c.send(None))
print(c.send("reply 1"))
try:
    c.send("reply 2")
except StopIteration as e:
    print(e.value)

# the decorated function still returns a generator
g = pause("x")
print(type(g).__name__, next(g))
g.close()

# a generator decorated with types.coroutine can itself await-delegate with yield from
@types.coroutine
def wrapper():
    r = yield from pause("inner")
    return "wrapper: " + r

async def use_wrapper():
    return await wrapper()

c2 = use_wrapper()
print(c2.send(None))
try:
    c2.send(99)
except StopIteration as e:
    print(e.value)

# a generator-based coroutine can yield from a native coroutine
async def native():
    return await pause("native")

@types.coroutine
def legacy():
    r = yield from native()
    return r.upper()

async def top():
    return await legacy()

c3 = top()
print(c3.send(None))
try:
    c3.send("v")
except StopIteration as e:
    print(e.value)

# a plain generator without the decorator cannot yield from a coroutine
def plain():
    yield from native()

try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
