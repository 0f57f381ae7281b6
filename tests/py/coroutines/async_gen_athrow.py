# athrow() raises an exception inside an asynchronous generator
async def agen():
    for i in range(5):
        try:
            yield i
        except ValueError as e:
            print("  agen caught", e)
            yield "recovered"

def run_step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
    return ("suspended",)

g = agen()
print(run_step(g.__anext__()))
print(run_step(g.athrow(ValueError("bad"))))
print(run_step(g.__anext__()))
print(run_step(g.athrow(ValueError, ValueError("3-arg"), None)))
print(run_step(g.athrow(KeyError("unhandled"))))
print(run_step(g.__anext__()))

# athrow into a not-yet-started async generator
g2 = agen()
print(run_step(g2.athrow(ValueError("early"))))
print(run_step(g2.__anext__()))

# athrow into a finished async generator
async def short():
    yield 1

g3 = short()
print(run_step(g3.__anext__()))
print(run_step(g3.__anext__()))
print(run_step(g3.athrow(IndexError("after end"))))

# the async generator returns after catching: StopAsyncIteration
async def returns_on_error():
    try:
        yield "waiting"
    except ValueError:
        print("  returning")

g4 = returns_on_error()
print(run_step(g4.__anext__()))
print(run_step(g4.athrow(ValueError)))
