# StopAsyncIteration at the end of async generators and errors inside them
async def agen():
    yield "a"
    yield "b"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration as e:
        return "StopAsyncIteration%r" % (e.args,)
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    return "suspended"

g = agen()
print(step(g.__anext__()), step(g.__anext__()), step(g.__anext__()), step(g.__anext__()))

# raising StopAsyncIteration inside an async generator becomes RuntimeError
async def leaky():
    yield 1
    raise StopAsyncIteration

l = leaky()
print(step(l.__anext__()))
print(step(l.__anext__()))

# StopIteration inside an async generator also becomes RuntimeError
async def leaky2():
    yield 1
    raise StopIteration

l2 = leaky2()
print(step(l2.__anext__()))
print(step(l2.__anext__()))

# the same __anext__ awaitable cannot be reused
g2 = agen()
aw = g2.__anext__()
print(step(aw))
try:
    aw.send(None)
except StopIteration as e:
    print("reused awaitable: StopIteration", e.value)
except RuntimeError as e:
    print("reused awaitable: RuntimeError", e)

# an exception raised inside the async generator propagates out of send()
async def failing():
    yield 1
    raise KeyError("inside agen")

f = failing()
print(step(f.__anext__()))
try:
    f.__anext__().send(None)
except KeyError as e:
    print("KeyError:", e)
print(step(f.__anext__()))

# empty async generator
async def empty():
    return
    yield

print(step(empty().__anext__()))
