# an exception raised in a coroutine and not caught by the driver
# check: stderr
class Pause:
    def __await__(self):
        yield "paused"

async def inner():
    await Pause()
    raise LookupError("coroutine failed")

async def outer():
    return await inner()

c = outer()
print(c.send(None))
c.send(None)
print("never printed")
