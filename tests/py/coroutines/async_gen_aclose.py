# aclose() closes an asynchronous generator; finally blocks run
async def agen(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print(" ", name, "finally")

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

g = agen("a")
print(run_step(g.__anext__()))
print(run_step(g.aclose()))
print(run_step(g.__anext__()))
print(run_step(g.aclose()))

# aclose on an unstarted async generator runs nothing
u = agen("unstarted")
print(run_step(u.aclose()))
print(run_step(u.__anext__()))

# an async generator that yields during aclose
async def stubborn():
    try:
        yield "value"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "still running"

s = stubborn()
print(run_step(s.__anext__()))
print(run_step(s.aclose()))
print(run_step(s.__anext__()))

# GeneratorExit is visible
async def watcher():
    try:
        yield 1
    except GeneratorExit:
        print("  watcher saw GeneratorExit")
        raise

w = watcher()
print(run_step(w.__anext__()))
print(run_step(w.aclose()))

# awaiting in finally during aclose suspends the aclose awaitable
class Pause:
    def __await__(self):
        yield "cleanup pause"

async def slow_cleanup():
    try:
        yield "x"
    finally:
        await Pause()
        print("  slow cleanup finished")

sc = slow_cleanup()
print(run_step(sc.__anext__()))
closer = sc.aclose()
print(closer.send(None))
print(run_step(closer))
