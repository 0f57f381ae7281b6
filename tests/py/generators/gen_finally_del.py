# dropping the last reference to a suspended generator closes it at once
# (CPython refcounting): its finally blocks run and GeneratorExit is raised
def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = gen("a")
next(g)
print("before del")
del g
print("after del")

# rebinding the only reference also closes it
h = gen("b")
next(h)
h = None
print("after rebinding")

# unstarted generators do not run anything when dropped
u = gen("unstarted")
del u
print("after deleting unstarted")

# finished generators do not run finally twice
f = gen("c")
print(list(f))
del f
print("after deleting finished")

# a generator abandoned inside a function is closed when the function returns
def use_partially():
    g = gen("local")
    print("first", next(g))
    return "returning"

print(use_partially())
print("after function")

# breaking out of a for loop over a temporary generator closes it
for v in gen("loop"):
    print("loop got", v)
    break
print("after loop")

# GeneratorExit is visible on drop
def watcher():
    try:
        yield
    except GeneratorExit:
        print("watcher saw GeneratorExit")
        raise

w = watcher()
next(w)
del w
print("end")
