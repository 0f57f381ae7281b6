# close() raises GeneratorExit at the paused yield; finally blocks run
def gen(name):
    try:
        print(name, "start")
        yield 1
        print(name, "after first yield")
        yield 2
    finally:
        print(name, "finally")

g = gen("g")
print(next(g))
print(g.close())
print(next(g, "exhausted"))

# the generator can observe GeneratorExit
def observer():
    try:
        yield "ready"
    except GeneratorExit as e:
        print("saw GeneratorExit", type(e).__name__, e.args)
        raise

o = observer()
next(o)
o.close()

# catching GeneratorExit and returning is fine
def returner():
    try:
        yield 1
    except GeneratorExit:
        print("returning after GeneratorExit")
        return "ignored value"

r = returner()
next(r)
print("close returned", r.close())

# nested finally blocks run innermost first
def nested():
    try:
        try:
            yield "deep"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested()
next(n)
n.close()

# GeneratorExit is a BaseException, not an Exception
def swallow_exception():
    try:
        yield
    except Exception:
        print("never printed")
    finally:
        print("finally of swallow_exception")

s = swallow_exception()
next(s)
s.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
