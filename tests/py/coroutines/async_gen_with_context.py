# async generators that hold an async context manager across yields
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("  connect", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("  disconnect", self.name, et.__name__ if et else None)
        return False

async def rows(name, n):
    async with Conn(name) as conn:
        for i in range(n):
            yield "%s row %d" % (conn.name, i)

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = rows("db1", 3)
print(step(g.__anext__()))
print(step(g.__anext__()))
print("closing early")
print(step(g.aclose()))

async def read_all():
    return [r async for r in rows("db2", 2)]

print(step(read_all()))

async def read_with_break():
    g = rows("db3", 5)
    async for r in g:
        print("read", r)
        break
    print("after break, before aclose")
    await g.aclose()
    return "ok"

print(step(read_with_break()))

# athrow exits the async with with that exception
g2 = rows("db4", 3)
print(step(g2.__anext__()))
try:
    g2.athrow(KeyError("abort")).send(None)
except KeyError as e:
    print("KeyError came out:", e)
