# in a generator expression the first (outermost) iterable is evaluated at
# once; everything else is evaluated lazily
log = []

def src(name, n):
    log.append("src " + name)
    return range(n)

g = (x * 10 for x in src("outer", 3))
print(log)
print(next(g), log)

log.clear()
g2 = ((x, y) for x in src("a", 2) for y in src("b", 2))
print(log)
print(next(g2), log)
print(list(g2), log)

# an error in the first iterable is raised immediately
try:
    g3 = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)

# an error in a later iterable is raised only when iterating
g4 = (y for x in [1] for y in 42)
print("created g4 fine")
try:
    next(g4)
except TypeError as e:
    print("TypeError at next:", e)

# an error in the condition only when iterating
g5 = (1 / x for x in [1, 0])
print(next(g5))
try:
    next(g5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g5))

# iter() is called on the first iterable at creation time
class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2])

g6 = (v for v in Iterable())
print("after creation")
print(list(g6))

# rebinding the name of the first iterable after creation has no effect
data = [1, 2, 3]
g7 = (d * 2 for d in data)
data = [100]
print(list(g7))
