# yield inside try/except/else/finally blocks
def gen():
    try:
        yield "try"
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(gen()))

g = gen()
print(next(g))
print(g.throw(ValueError))
print(list(g))

# yield inside an except block keeps the exception being handled
def in_handler():
    try:
        raise KeyError("original")
    except KeyError as e:
        yield "handling " + repr(e)
        yield "still handling"
    yield "done"

print(list(in_handler()))

# the exception is re-raised after yields in a finally
def reraise():
    try:
        yield 1
        raise IndexError("late")
    finally:
        yield "cleanup"

r = reraise()
print(next(r))
print(next(r))
try:
    next(r)
except IndexError as e:
    print("IndexError:", e)

# bare raise inside handler after a yield
def bare_raise():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "about to re-raise"
        raise

b = bare_raise()
print(next(b))
try:
    next(b)
except ZeroDivisionError as e:
    print("re-raised:", e)

# loops with try inside: each iteration independent
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield "inf"

print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
