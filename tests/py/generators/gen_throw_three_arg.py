# the 3-argument form throw(type, value, traceback)
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, ValueError("instance value"))
g.throw(ValueError, "string value")
g.throw(ValueError, ("tuple", "args"))
g.throw(ValueError, None)
g.throw(KeyError, 5, None)
g.throw(RuntimeError, RuntimeError("x"), None)

# traceback argument must be a traceback or None
try:
    g.throw(ValueError, "v", 123)
except TypeError as e:
    print("TypeError:", e)

# instance as first argument with a value is an error
try:
    g.throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)

# an uncaught 3-arg throw propagates with that value
def plain():
    yield 1

p = plain()
next(p)
try:
    p.throw(IndexError, "out of range")
except IndexError as e:
    print("IndexError propagated:", e)

# using the traceback of a caught exception
def tb_gen():
    try:
        yield "ready"
    except ZeroDivisionError as e:
        yield "caught with traceback: " + str(e.__traceback__ is not None)

t = tb_gen()
print(next(t))
try:
    1 / 0
except ZeroDivisionError as exc:
    print(t.throw(type(exc), exc, exc.__traceback__))
