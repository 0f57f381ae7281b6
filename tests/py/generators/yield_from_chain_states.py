# Values passing down and up `yield from` chains (coil resumes and suspends
# a whole chain in one go): what each generator sees on the way, mixed
# delegates, exceptions, throw() and close() mid-chain, and native callers.
import sys

gens = {}


def leaf(tag):
    me = gens[tag]
    got = yield f"{tag} start"
    while got is not None:
        outer = gens["outer"]
        print(f"  {tag} got {got!r}; running:", me.gi_running, outer.gi_running,
              "outer waits on", getattr(outer.gi_yieldfrom, "__name__", outer.gi_yieldfrom))
        got = yield f"{tag} echo {got}"
    return f"{tag} done"


def middle():
    gens["leaf"] = leaf("leaf")
    r = yield from gens["leaf"]
    print("  middle: leaf returned", r)
    r2 = yield from iter(["from a list 1", "from a list 2"])
    print("  middle: iterator returned", r2)
    return "middle done"


def outer():
    r = yield from middle()
    print("  outer: middle returned", r)
    yield "outer last"


gens["outer"] = g = outer()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.send(None))
print(next(g))
print(next(g))
print(next(g, "end"))


# Exceptions: raised at the bottom, caught in the middle; thrown in at the
# top, delivered to the bottom.
def bottom():
    try:
        x = yield 1
        if x == "raise":
            raise KeyError("from bottom")
        yield 2
    except ValueError as e:
        print("  bottom caught", repr(e), "exc_info:", sys.exc_info()[1])
        yield "bottom recovered"
    finally:
        print("  bottom finally")


def catcher():
    try:
        yield from bottom()
    except KeyError as e:
        print("  catcher caught", repr(e))
        yield "catcher recovered"


def top():
    yield from catcher()
    return "top done"


t = top()
print(next(t), t.send("raise"))
t = top()
print(next(t), t.throw(ValueError("thrown")))
t.close()
print("closed:", t.gi_frame is None)

# A native caller drives the chain: sorted(), list(), and "in".
def nested(n):
    if n:
        yield from nested(n - 1)
    yield n


print(sorted(nested(5), reverse=True), list(nested(3)), 2 in nested(4))


# Deep chains: values through 500 levels, and the recursion limit.
def deep(n):
    if n == 0:
        x = yield "bottom"
        while True:
            x = yield x * 2
    else:
        return (yield from deep(n - 1))


d = deep(500)
print(next(d), d.send(21), d.send(5))
limit = sys.getrecursionlimit()
try:
    next(deep(limit + 10))
except RecursionError:
    print("RecursionError")


# Coroutines awaiting coroutines awaiting a generator-based awaitable.
class Wait:
    def __await__(self):
        return (yield "waiting")


async def inner():
    v = await Wait()
    return v + 1


async def outer_coro():
    a = await inner()
    b = await inner()
    return a + b


c = outer_coro()
print(c.send(None), c.send(10), end=" ")
try:
    c.send(20)
except StopIteration as e:
    print(e.value)
