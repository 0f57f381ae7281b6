# generator functions: creation does not run the body, next() runs to each yield
log = []

def counter(n):
    log.append("start")
    i = 0
    while i < n:
        log.append("before yield %d" % i)
        yield i
        log.append("after yield %d" % i)
        i += 1
    log.append("end")

g = counter(3)
print(type(g).__name__)
print(log)
print(next(g))
print(log)
print(next(g))
print(next(g))
print(log)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(log)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default"))
print(next(counter(0), "empty"))

def one():
    yield "only"

h = one()
print(next(h), next(h, None))

def no_yield_reached(flag):
    if flag:
        yield "yes"
    return

print(list(no_yield_reached(True)), list(no_yield_reached(False)))
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
