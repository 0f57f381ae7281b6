# throw() through yield from goes to the sub-generator first
def sub():
    try:
        yield "sub 1"
        yield "sub 2"
    except ValueError as e:
        print("sub caught", e)
        yield "sub recovered"
    yield "sub 3"

def outer():
    try:
        yield from sub()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))

# throw into a yield from over a plain iterator: raised in the delegator
def over_iter():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        print("delegator caught", e)
        yield "handled"

o = over_iter()
print(next(o))
print(o.throw(ValueError("into iterator")))

# an iterator with a throw() method gets it called
class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("WithThrow.throw called with", [type(a).__name__ for a in args])
        return "from throw"

def over_custom():
    yield from WithThrow()

c = over_custom()
print(next(c))
print(c.throw(IndexError("i")))

# uncaught everywhere: propagates to the caller
g2 = outer()
next(g2)
try:
    g2.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)
print(next(g2, "g2 exhausted"))
