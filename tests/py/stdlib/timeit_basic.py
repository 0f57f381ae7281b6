# timeit: Timer with string or callable stmt/setup, timeit/repeat/autorange,
# the module functions, generated source, errors. A counting "timer" keeps
# the results deterministic.
import io
import time
import timeit

calls = {"n": 0}


def bump():
    calls["n"] += 1


def counting_timer():
    return calls["n"]


ns = {"bump": bump, "calls": calls}

t = timeit.Timer("bump()", timer=counting_timer, globals=ns)
print(t.timeit(10), t.timeit(0), t.repeat(3, 4), t.repeat(repeat=2, number=5))
print(timeit.timeit("bump()", timer=counting_timer, number=7, globals=ns))
print(timeit.repeat("bump(); bump()", timer=counting_timer, repeat=2, number=3, globals=ns))

# setup runs once per timeit() call, before the timer starts.
t = timeit.Timer("bump()", setup="calls['n'] += 100", timer=counting_timer, globals=ns)
before = calls["n"]
print(t.timeit(5), calls["n"] - before)

# callables
t = timeit.Timer(bump, setup=lambda: calls.__setitem__("setup", True), timer=counting_timer)
print(t.timeit(6), calls.get("setup"))
print(timeit.timeit(bump, timer=counting_timer, number=4))

# multi-line statements and setups
t = timeit.Timer("for i in range(3):\n    bump()", setup="x = 1\ny = 2", timer=counting_timer, globals=ns)
print(t.timeit(2))
print(t.src)
print(timeit.Timer(bump).src)
print(timeit.Timer("pass", "pass").src == timeit.Timer().src)

# The statement sees setup's names and the given globals.
print(timeit.timeit("total += value", setup="total = 0; value = 3", number=5,
                    timer=counting_timer, globals=ns))


# autorange with a fake clock: every timeit() "takes" number * 0.03 seconds.
class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


clock = Clock()


def tick():
    clock.now += 0.03


seen = []
result = timeit.Timer(tick, timer=clock).autorange(lambda number, taken: seen.append(number))
print(result[0], round(result[1], 6), seen)

# Real timing: only the types and signs are deterministic.
real = timeit.Timer("sum(range(10))")
print(type(real.timeit(100)).__name__, real.timeit(100) >= 0, len(real.repeat(2, 10)))
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("stmt int", lambda: timeit.Timer(5))
attempt("setup int", lambda: timeit.Timer("pass", 5))
attempt("stmt syntax", lambda: timeit.Timer("1 +"))
attempt("setup syntax", lambda: timeit.Timer("pass", "def"))
attempt("setup return", lambda: timeit.Timer("pass", "return 1"))
attempt("unknown name", lambda: timeit.Timer("undefined_name").timeit(1))
attempt("stmt raises", lambda: timeit.timeit("raise KeyError('k')", number=1))
attempt("callable raises", lambda: timeit.timeit(lambda: {}["missing"], number=1))
attempt("number str", lambda: timeit.Timer("pass").timeit("3"))

t = timeit.Timer("x = 1\nraise ValueError('inside timed code')")
try:
    t.timeit(1)
except ValueError:
    out = io.StringIO()
    t.print_exc(file=out)
    # The frames inside the timeit module itself differ between
    # implementations; the first and the generated code's frame do not.
    lines = out.getvalue().replace(__file__, "FILE").splitlines()
    print("\n".join(lines[:3] + lines[-3:]))
