# `await f()` of a coroutine just made: its first step, its errors and
# tracebacks, a coroutine awaited twice or started by hand before the await,
# and deep chains of such awaits.
import sys
import traceback


class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def leaf(x):
    if x < 0:
        raise ValueError("negative %d" % x)
    got = await Suspend()
    return x * 10, got


async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return a, b


def drive(coro, sends=()):
    sends = list(sends)
    value = None
    try:
        while True:
            out = coro.send(value)
            value = sends.pop(0) if sends else None
            print("  yielded", out)
    except StopIteration as e:
        print("  returned", e.value)
    except Exception as e:
        print("  raised", type(e).__name__, e)
        for fs in traceback.extract_tb(e.__traceback__):
            print("    at", fs.name, fs.line)


drive(middle(1), ["s1", "s2"])
drive(middle(-1))
drive(middle(-2))


async def raise_at_once():
    raise KeyError("first step")


async def catcher():
    try:
        await raise_at_once()
    except KeyError as e:
        print("  caught", repr(e), "handling", sys.exc_info()[0].__name__)
    return "caught"


drive(catcher())


async def reuse():
    c = leaf(3)
    r1 = await c
    try:
        await c
    except RuntimeError as e:
        print("  RuntimeError", e)
    return r1


drive(reuse(), ["a"])


async def started_by_hand():
    c = leaf(4)
    print("  first step by hand:", c.send(None))
    try:
        r = await c
    except StopIteration as e:
        r = ("stop", e.value)
    return r


drive(started_by_hand(), ["b"])


async def chain(n):
    if n == 0:
        return await leaf(0)
    r = await chain(n - 1)
    return r


def run_chain(n):
    c = chain(n)
    try:
        out = c.send(None)
        c.send("deep")
    except StopIteration as e:
        return ("ok", out, e.value)
    except RecursionError:
        return "RecursionError"


print(run_chain(50))
print(run_chain(5000))
sys.setrecursionlimit(12000)
print(run_chain(5000))


async def not_none_first():
    c = leaf(1)
    try:
        c.send("x")
    except TypeError as e:
        print("  TypeError", e)
    c.close()
    return "done"


drive(not_none_first())
