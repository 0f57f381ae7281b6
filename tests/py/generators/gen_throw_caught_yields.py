# when the generator catches the thrown exception, throw() returns the next
# yielded value; if the generator returns instead, throw() raises StopIteration
def resilient():
    n = 0
    while n < 30:
        try:
            yield n
        except ArithmeticError as e:
            print("  handled", type(e).__name__)
            n += 10
        n += 1
    return "finished at %d" % n

r = resilient()
print(next(r))
print(r.throw(ZeroDivisionError))
print(r.throw(OverflowError("big")))
try:
    print(r.throw(ArithmeticError))
except StopIteration as e:
    print("StopIteration:", e.value)

def returns_on_throw():
    try:
        yield "a"
    except ValueError:
        return "returned from handler"

t = returns_on_throw()
next(t)
try:
    t.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)

# exception translated into another
def translator():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated " + str(e)) from e

tr = translator()
next(tr)
try:
    tr.throw(KeyError("x"))
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# handler that yields several values
def multi():
    try:
        yield 0
    except Exception:
        yield 1
        yield 2
    yield 3

m = multi()
next(m)
print(m.throw(Exception), next(m), next(m), next(m, "end"))
