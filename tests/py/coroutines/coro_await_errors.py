# TypeErrors from await on things that are not awaitable
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_value(v):
    return await v

for bad in [1, "str", None, [1, 2]]:
    try:
        run(await_value(bad))
    except TypeError as e:
        print("TypeError:", e)

# a plain generator is not awaitable
def gen():
    yield 1

g = gen()
try:
    run(await_value(g))
except TypeError as e:
    print("TypeError:", e)

# __await__ must return an iterator
class BadAwait:
    def __await__(self):
        return 42

try:
    run(await_value(BadAwait()))
except TypeError as e:
    print("TypeError:", e)

# __await__ returning a coroutine is rejected
async def inner():
    return 1

class ReturnsCoroutine:
    def __await__(self):
        return self.c
    def __init__(self):
        self.c = inner()

rc = ReturnsCoroutine()
try:
    run(await_value(rc))
except TypeError as e:
    print("TypeError:", e)
rc.c.close()

# __await__ set to None
class NoneAwait:
    __await__ = None

try:
    run(await_value(NoneAwait()))
except TypeError as e:
    print("TypeError:", e)
print("done")
