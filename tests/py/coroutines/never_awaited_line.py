# A coroutine dropped without being awaited warns at the line that dropped
# it: a store over it, a del, a discarded call, a cleared list, a return.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"line {lineno}: {category.__name__}: {message}")


warnings.showwarning = show


async def f():
    return 1


def g():
    c = f()
    print("in g")
    return 5


x = g()
print("after g")
c = f()
c = None
print("module store")
d = f()
del d
print("deleted")
L = [f(), f()]
L.clear()
print("cleared")


def h():
    e = f()
    e = 3
    print("h store", e)
    f()
    print("h discard")


h()
[f() for _ in range(2)]
print("comprehension")
t = (f(),)
t = None
print("end")
