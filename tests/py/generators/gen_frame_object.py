# gi_frame / cr_frame objects: live line numbers, locals, code, globals,
# and the iterator coroutine.__await__() returns.
import sys


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    cell = "closed over"

    def inner():
        return cell
    yield inner()


g = gen(3)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code is g.gi_code, fr.f_code.co_name)
print(fr.f_lineno)  # not started: the def line
print(fr.f_locals)
next(g)
print(fr.f_lineno, sorted(fr.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, fr.f_lineno, fr.f_locals["total"])
print(fr.f_globals is globals(), fr.f_back)
print(repr(fr).startswith("<frame at 0x"), repr(fr).endswith(", code gen>"))
for v in g:
    print("rest", v)
print(g.gi_frame)


def watcher():
    f = w.gi_frame
    yield f.f_lineno, w.gi_running
    yield f.f_lineno


w = watcher()
print(next(w), next(w))


async def coro():
    return 42


c = coro()
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
for bad in (lambda: next(c), lambda: iter(c)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
aw = c.__await__()
print(type(aw).__name__, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame)


async def waits():
    try:
        await Ready()
    except KeyError as e:
        return "caught " + repr(e)


class Ready:
    def __await__(self):
        yield "ready"


w2 = waits().__await__()
print(next(w2))
try:
    w2.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
w3 = waits().__await__()
next(w3)
w3.close()
print("closed")
