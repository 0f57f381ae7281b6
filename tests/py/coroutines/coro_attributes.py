# coroutine object attributes: cr_running, cr_frame, cr_await, cr_code, names
class Pause:
    def __await__(self):
        yield "paused"

async def sub():
    await Pause()
    return "sub done"

async def main():
    print("running:", me.cr_running)
    r = await sub()
    return r

me = main()
print(type(me).__name__)
print(me.__name__, me.__qualname__, me.cr_code.co_name)
print(me.cr_running, me.cr_frame is not None, me.cr_await)
me.send(None)
print("suspended:", me.cr_running, me.cr_frame is not None)
print("awaiting:", type(me.cr_await).__name__, me.cr_await.__name__)
try:
    me.send(None)
except StopIteration as e:
    print("value:", e.value)
print("finished:", me.cr_frame, me.cr_await, me.cr_running)

class K:
    async def method(self):
        return 1

m = K().method()
print(m.__name__, m.__qualname__)
print(repr(m).startswith("<coroutine object K.method at 0x"))
m.close()

def outer():
    async def inner():
        pass
    return inner()

i = outer()
print(i.__qualname__)
i.close()

# coroutines are not iterators
c = sub()
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "send"), hasattr(c, "__await__"))
# __await__() returns an iterator over the same coroutine
w = c.__await__()
print(type(w).__name__)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("via wrapper:", e.value)
