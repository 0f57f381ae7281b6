# yield from delegates iteration to a sub-generator
def inner(n):
    for i in range(n):
        yield "inner %d" % i

def outer():
    yield "start"
    yield from inner(2)
    yield "middle"
    yield from inner(3)
    yield "end"

for v in outer():
    print(v)

# chains of delegation
def level3():
    yield 3

def level2():
    yield 2
    yield from level3()

def level1():
    yield 1
    yield from level2()
    yield 1.5

print(list(level1()))

# yield from an empty generator yields nothing
def empty():
    return
    yield

def wraps_empty():
    yield from empty()
    yield "after empty"

print(list(wraps_empty()))

# yield from is an expression
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))

# the delegating generator resumes after the sub-generator is exhausted
log = []
def sub():
    log.append("sub start")
    yield "s"
    log.append("sub end")

def main():
    log.append("main before")
    yield from sub()
    log.append("main after")
    yield "m"

g = main()
print(next(g), log)
print(next(g), log)
