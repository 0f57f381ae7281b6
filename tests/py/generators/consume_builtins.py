# sum(), any() and all() of generators (coil runs them in Python so that
# the generator resumes in place): results, early exits, errors and their
# tracebacks must be CPython's.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i


print(sum(count(10)), sum(count(10), 100), sum(count(0)), sum(count(3), 0.5))
print(sum(x / 2 for x in range(5)), sum((x for x in [1, 2.5, 3]), -1))
print(sum(x * x for x in range(10**5)), sum(2**62 for _ in range(8)))
print(sum(c == "a" for c in "banana"), sum(True for _ in range(3)))
print(any(x > 5 for x in range(10)), any(x > 50 for x in range(10)), any(count(0)))
print(all(x < 5 for x in range(10)), all(x < 50 for x in range(10)), all(count(0)))
print(sum((x for x in [[1], [2]]), []), sum(([i] for i in range(3)), [9]))

# any/all stop at the first deciding item and leave the generator suspended.
g = (print("item", i) or i for i in range(5))
print(any(x >= 2 for x in g))
print(next(g, "exhausted"))


def noisy():
    yield 0
    yield ""
    print("never reached")
    yield 1


print(all(noisy()))

# Errors: a non-numeric start goes the native way, bad items raise where
# CPython raises, and the traceback shows no extra frame.
for args in [(count(3), "x"), (count(3), b"x")]:
    try:
        sum(*args)
    except TypeError as e:
        print("TypeError:", e)


def mixed():
    yield 1
    yield "two"


def failing():
    yield 1
    raise ValueError("from the generator")


def frames(e):
    return [(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)]


for make in (mixed, failing):
    try:
        sum(make())
    except Exception as e:
        print(type(e).__name__, e, frames(e))

try:
    all(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, frames(e))

# A generator that is already running, finished or not a plain generator.
def reentrant():
    yield sum(gen)


gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
done = count(2)
list(done)
print(sum(done), any(done), all(done))
print(sum(iter([1, 2, 3])), any(iter([0, 1])), all([]))
print("_consume" in sys.modules)
