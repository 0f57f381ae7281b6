# throw() into a finished generator just raises the exception in the caller
def gen():
    yield 1
    return "result"

g = gen()
print(list(g))
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("ValueError:", e)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError:", e)

# still finished afterwards
print(next(g, "exhausted"))

# a generator that finished with an exception
def failing():
    yield 1
    raise IndexError("boom")

f = failing()
print(next(f))
try:
    next(f)
except IndexError as e:
    print("IndexError:", e)
try:
    f.throw(TypeError("after failure"))
except TypeError as e:
    print("TypeError:", e)

# a closed generator
def forever():
    while True:
        yield "x"

c = forever()
next(c)
c.close()
try:
    c.throw(RuntimeError("closed"))
except RuntimeError as e:
    print("RuntimeError:", e)

# throwing GeneratorExit into a finished generator
try:
    c.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came out")
print(c.gi_frame, g.gi_frame, f.gi_frame)
