# the value of `yield from` is the sub-generator's return value
def sub(n):
    for i in range(n):
        yield i
    return "sub(%d) done" % n

def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(0)
    print("r2 =", r2)
    return r1 + " / " + r2

g = outer()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print("outer returned", e.value)
print(out)

# return value of a sub-generator that returns without yielding
def immediate():
    return 42
    yield

def uses_immediate():
    x = yield from immediate()
    yield x * 2

print(list(uses_immediate()))
# StopIteration value from a custom iterator
class Ret:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom value")
        self.done = True
        return "once"

def uses_custom():
    v = yield from Ret()
    yield "got " + v

print(list(uses_custom()))
# the sub-generator return value when it catches a thrown exception
def catcher():
    try:
        yield "waiting"
    except ValueError:
        return "returned after ValueError"

def outer2():
    result = yield from catcher()
    yield result

o = outer2()
print(next(o))
print(o.throw(ValueError))
def worker(name, steps):
    for s in range(steps):
        yield "%s step %d" % (name, s)
    return name.upper()

def manager():
    results = []
    for name, steps in [("a", 1), ("b", 2), ("c", 0)]:
        results.append((yield from worker(name, steps)))
    return results

m = manager()
try:
    while True:
        print(next(m))
except StopIteration as e:
    print("manager:", e.value)
