# throw(exc) raises the exception at the paused yield
def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError:", e)
            yield "recovered"
        except KeyError as e:
            print("caught KeyError:", e)

g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
print(g.throw(KeyError("k")))
# throwing a class instantiates it
print(g.throw(ValueError))
print(next(g))

# uncaught thrown exception propagates out of throw() and finishes the generator
try:
    g.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated:", e)
print(next(g, "exhausted"))

# the thrown exception object is the one that comes out
class MyErr(Exception):
    pass

def simple():
    yield 1
    yield 2

s = simple()
next(s)
err = MyErr("mine")
try:
    s.throw(err)
except MyErr as e:
    print("same object:", e is err, e.args)

# throw with a non-exception is a TypeError
s2 = simple()
next(s2)
try:
    s2.throw(42)
except TypeError as e:
    print("TypeError:", e)
print(next(s2))
