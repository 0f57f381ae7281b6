# a generator that yields after GeneratorExit makes close() raise RuntimeError
def stubborn():
    try:
        yield "value"
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield "after ignoring"
    try:
        yield "second"
    except GeneratorExit:
        print("ignoring again")
    yield "after ignoring again"

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# the generator is still suspended after that: it can continue
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError again:", e)
print("now it finishes:", next(s, "exhausted"))

# a generator that raises another exception on close: it propagates
def raiser():
    try:
        yield
    except GeneratorExit:
        raise ValueError("raised while closing")

r = raiser()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
print(next(r, "r exhausted"))

# yielding in finally during close
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"

y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# raising StopIteration-like return is fine
def clean():
    try:
        yield
    except GeneratorExit:
        print("clean exit")

c = clean()
next(c)
print(c.close())
