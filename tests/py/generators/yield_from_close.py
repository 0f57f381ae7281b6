# close() through yield from closes the sub-generator first
def sub(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print(name, "finally")
def outer():
    try:
        yield from sub("sub")
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print(next(g, "exhausted"))

# sub-generator catching GeneratorExit and returning: close still completes
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite got GeneratorExit")
        return "ignored"

def wrap():
    r = yield from polite()
    print("not reached", r)

w = wrap()
next(w)
print(w.close())

# sub-generator that ignores GeneratorExit
def stubborn():
    try:
        yield "stubborn"
    except GeneratorExit:
        print("stubborn ignores")
    yield "still here"

def wrap2():
    yield from stubborn()

w2 = wrap2()
next(w2)
try:
    w2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(w2))

class Closable:  # an iterator with a close() method gets it called
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closable.close called")

def wrap3():
    try:
        yield from Closable()
    finally:
        print("wrap3 finally")

w3 = wrap3()
print(next(w3))
w3.close()

# plain iterator without close(): only the delegator's GeneratorExit
def wrap4():
    try:
        yield from iter([1, 2])
    except GeneratorExit:
        print("wrap4 GeneratorExit")
        raise
w4 = wrap4()
next(w4)
w4.close()
