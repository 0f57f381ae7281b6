# Generators suspended inside a `yield from` chain that a for loop (or
# send()) drives: their state seen from outside between items, and every
# way of resuming them other than the chain's own next step.
import sys


def leaf(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("leaf got", got))
    finally:
        log.append("leaf finally")
    return "leaf done"


def middle(n, log):
    try:
        r = yield from leaf(n, log)
        log.append(("middle got return", r))
    except KeyError as e:
        log.append(("middle caught", repr(e)))
        yield "after KeyError"
    finally:
        log.append("middle finally")
    return "middle done"


def outer(n, log):
    r = yield from middle(n, log)
    log.append(("outer got return", r))
    yield "outer tail"


def show(g):
    frame = g.gi_frame
    line = frame.f_lineno if frame is not None else None
    print(" ", g.__name__, "running" if g.gi_running else "not running", "line", line,
          "yieldfrom", getattr(g.gi_yieldfrom, "__name__", g.gi_yieldfrom))


# 1. Step the chain in place, look at every level between steps.
log = []
o = outer(3, log)
for x in o:
    print("item", x)
    m = o.gi_yieldfrom
    show(o)
    if m is not None:
        show(m)
        if m.gi_yieldfrom is not None:
            show(m.gi_yieldfrom)
    if x == 1:
        break
print(log)

# 2. send() through the chain, then next() from a builtin, then the for loop again.
print("send", o.send("hello"))
print("next builtin", next(o))
for x in o:
    print("rest", x)
print(log)

# 3. throw() into a chain suspended in place: the middle generator catches it.
log = []
o = outer(5, log)
for x in o:
    if x == 2:
        break
print("throw ->", o.throw(KeyError("k")))
print("after throw", list(o))
print(log)

# 4. throw() that no level catches: the traceback passes through each level.
log = []
o = outer(5, log)
for x in o:
    if x == 1:
        break
try:
    o.throw(ValueError("v"))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError through", names)
print(log, o.gi_frame)

# 5. close() of a chain suspended in place runs every finally, innermost first.
log = []
o = outer(5, log)
for x in o:
    if x == 3:
        break
o.close()
print("closed", log, o.gi_frame, o.gi_running)

# 6. A chain dropped while suspended in place still runs its finally blocks.
log = []
o = outer(5, log)
for x in o:
    if x == 0:
        break
del o
print("dropped", log)


# 7. sys.exc_info() inside a chain whose middle level is in an except block.
def inner_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def middle_exc():
    try:
        raise IndexError
    except IndexError:
        yield from inner_exc()
    yield sys.exc_info()[0]


def outer_exc():
    yield from middle_exc()


try:
    raise TypeError
except TypeError:
    for t in outer_exc():
        print("exc_info in chain", t.__name__ if t else t, "outside", sys.exc_info()[0].__name__)
for t in outer_exc():
    print("exc_info in chain (nothing handled outside)", t.__name__ if t else t, sys.exc_info()[0])


# 8. `yield next(it)` passes a value on from a generator resumed by a call.
def relay(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v


def relay2(it):
    yield next(it)
    yield next(it)
    yield "relay2 end"


g = relay2(iter("ab"))
print([x for x in relay(g)])
h = relay2(x * 10 for x in range(5))
print(next(h), h.gi_frame.f_lineno, next(h), h.gi_frame.f_lineno, next(h))


# 9. A chain driven by send() values all the way to the innermost level.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def acc_outer():
    r = yield from acc()
    return r * 100


a = acc_outer()
next(a)
for v in (1, 2, 3):
    print("acc", a.send(v), a.gi_yieldfrom.gi_frame.f_locals)
try:
    a.send(None)
except StopIteration as e:
    print("acc result", e.value)


# 10. The same chain object walked by two consumers in turn.
def numbers():
    yield from range(3)
    yield from "xy"


def wrap(g):
    yield from g


src = wrap(numbers())
w1 = wrap(src)
print(next(w1), next(src), next(w1), list(src), list(w1))
