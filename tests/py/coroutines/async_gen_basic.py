# asynchronous generators driven by hand with __anext__() and send(None)
async def agen(n):
    for i in range(n):
        yield i * 10

ag = agen(3)
print(type(ag).__name__)
print(hasattr(ag, "__anext__"), hasattr(ag, "__aiter__"), hasattr(ag, "__next__"))
print(ag.__aiter__() is ag)

def step(awaitable):
    """Run one awaitable that is expected to finish without suspending."""
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    return ("suspended",)

print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))

# an awaitable object from __anext__ is itself an iterator
ag2 = agen(2)
aw = ag2.__anext__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("next() on the awaitable:", e.value)

# consuming with async for inside a coroutine
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out

try:
    consume().send(None)
except StopIteration as e:
    print(e.value)

# names
print(ag.__name__, ag.__qualname__)
print(repr(ag).startswith("<async_generator object agen at 0x"))

# anext builtin (3.10+)
async def use_anext():
    g = agen(2)
    a = await anext(g)
    b = await anext(g)
    c = await anext(g, "default")
    return a, b, c

try:
    use_anext().send(None)
except StopIteration as e:
    print(e.value)
