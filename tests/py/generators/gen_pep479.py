# PEP 479: a StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(next(g, "exhausted"))

# a StopIteration from next() on an exhausted iterator inside a generator
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each([[1, 2], "ab"])))
try:
    list(first_of_each([[1], []]))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# StopIteration subclass is also converted
class MyStop(StopIteration):
    pass

def sub():
    raise MyStop
    yield

try:
    next(sub())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# caught inside the generator is fine
def careful():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled inside"
    return

print(list(careful()))

# return, not raise, is the correct way to end
def correct():
    yield 1
    return

print(list(correct()))

# generator expressions are generators too
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("genexp:", e)

# a for loop in the generator consumes StopIteration normally
def fine():
    for x in iter([1, 2]):
        yield x

print(list(fine()))
