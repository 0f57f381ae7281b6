# exceptions thrown through a chain of three yield from levels
def level3():
    try:
        yield "L3 ready"
    except ValueError as e:
        print("level3 caught ValueError", e)
        yield "L3 recovered"
    except Exception as e:
        print("level3 re-raises", type(e).__name__)
        raise
    finally:
        print("level3 finally")
    yield "L3 end"

def level2():
    try:
        yield from level3()
    except KeyError as e:
        print("level2 caught KeyError", e)
        yield "L2 recovered"
    finally:
        print("level2 finally")

def level1():
    try:
        yield from level2()
    except IndexError as e:
        print("level1 caught IndexError", e)
        yield "L1 recovered"
    finally:
        print("level1 finally")

g = level1()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
g.close()

print("--- KeyError")
g = level1()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g, "exhausted"))

print("--- IndexError")
g = level1()
print(next(g))
print(g.throw(IndexError("i")))
print(next(g, "exhausted"))

print("--- TypeError goes all the way out")
g = level1()
print(next(g))
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("caller caught", e)
print(next(g, "exhausted"))

print("--- exception raised by the innermost propagates out through next")
def bottom():
    yield 1
    raise ArithmeticError("from bottom")

def mid():
    yield from bottom()

def top():
    try:
        yield from mid()
    except ArithmeticError as e:
        yield "top handled " + str(e)

print(list(top()))
