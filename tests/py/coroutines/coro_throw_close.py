# throw() and close() on coroutines suspended inside an await
class Pause:
    def __await__(self):
        yield "paused"

async def worker():
    try:
        await Pause()
        print("not reached")
    except ValueError as e:
        print("worker caught", e)
        await Pause()
        return "after recovery"
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

# uncaught thrown exception propagates
c2 = worker()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

# close runs finally blocks
c3 = worker()
c3.send(None)
print("close ->", c3.close())

# close on a coroutine that ignores GeneratorExit
async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
    await Pause()
    return "stubborn finished"

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.send(None)
except StopIteration as e:
    print(e.value)

# 3-argument throw
c4 = worker()
c4.send(None)
print(c4.throw(ValueError, "three-arg", None))
c4.close()

# throw into an unstarted coroutine
c5 = worker()
try:
    c5.throw(IndexError("early"))
except IndexError as e:
    print("unstarted:", e)
