# Generators resumed by for loops and yield from run in the caller's loop:
# their exception state, errors, returns and recursion limits must behave as
# when resumed through next()/send().
import sys


def chain(d):
    if d == 0:
        yield 1
        return 5
    r = yield from chain(d - 1)
    return r + 1


try:
    print(list(chain(5000)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(12000)
g = chain(5000)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
sys.setrecursionlimit(1000)


def raises_stop():
    yield 1
    raise StopIteration


try:
    for x in raises_stop():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))


def with_finally():
    try:
        yield 1
    finally:
        print("finally", sys.exc_info()[0])


try:
    raise KeyError("k")
except KeyError:
    for x in with_finally():
        print("in loop", sys.exc_info()[0])


def sees_exc_info():
    yield sys.exc_info()[0]
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
    raise TypeError("boom")


try:
    try:
        raise KeyError("outer")
    except KeyError:
        for x in sees_exc_info():
            print(x, sys.exc_info()[0])
except TypeError as e:
    print("context", repr(e.__context__))


def self_iter():
    yield next(me)


me = self_iter()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError", e)
print(me.gi_running, me.gi_frame)


def inner():
    x = yield "a"
    y = yield x * 2
    return x + y


def outer():
    r = yield from inner()
    yield ("result", r)


o = outer()
print(next(o), o.send(10), o.send(5))


def watch_running():
    yield w.gi_running


w = watch_running()
for v in w:
    print("running inside", v)
print("running after", w.gi_running)


def breaks_early():
    try:
        for i in range(10):
            yield i
    finally:
        print("closed at", i)


for x in breaks_early():
    if x == 2:
        break
print("after break")


class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return v * 3


async def leaf():
    return await Awaitable()


async def middle():
    try:
        return await leaf() + 1
    except ZeroDivisionError:
        return -1


c = middle()
print(c.send(None))
try:
    c.send(4)
except StopIteration as e:
    print("coroutine result", e.value)
c = middle()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("thrown result", e.value)


def nested_loops():
    for a in (x * 2 for x in range(3)):
        for b in (y for y in range(a) if y % 2):
            yield a, b


print(list(nested_loops()))
