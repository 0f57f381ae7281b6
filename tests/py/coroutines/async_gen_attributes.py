# async generator attributes: ag_running, ag_frame, ag_await, ag_code
class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    await Pause()
    yield 1
    yield 2

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print(g.ag_running, g.ag_frame is not None, g.ag_await)
aw = g.__anext__()
print(aw.send(None))
print("awaiting:", g.ag_running, type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("first value:", e.value)
print(g.ag_await)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("second value:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
print(g.ag_frame)

class K:
    async def items(self):
        yield self

m = K().items()
print(m.__name__, m.__qualname__)

# the awaitables returned by __anext__/asend/athrow/aclose
g2 = agen()
for name, aw in [("__anext__", g2.__anext__()), ("asend", g2.asend(None)),
                 ("athrow", g2.athrow(ValueError)), ("aclose", g2.aclose())]:
    print(name, type(aw).__name__, hasattr(aw, "send"), hasattr(aw, "throw"),
          hasattr(aw, "__await__"), hasattr(aw, "__next__"))
    aw.close()

# an async generator is not an iterator or coroutine
print(hasattr(g2, "__next__"), hasattr(g2, "send"), hasattr(g2, "__await__"))
try:
    iter(g2)
except TypeError as e:
    print("TypeError:", e)
async def ag():
    print("inside", g.ag_running)
    yield 1
    print("inside again", g.ag_running)
    yield 2
g = ag()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("got", e.value, g.ag_running)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("got", e.value, g.ag_running)
