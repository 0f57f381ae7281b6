# different syntactic positions for yield
def as_argument():
    print("argument got", (yield "first"))
    result = str((yield "second"))
    yield "converted " + result

g = as_argument()
print(next(g))
print(g.send(1))
print(g.send(2))

def in_list():
    values = [(yield 1), (yield 2)]
    yield values

g = in_list()
print(next(g), g.send("a"), g.send("b"))

def in_assignment_chain():
    a = b = yield "chain"
    yield (a, b)

g = in_assignment_chain()
print(next(g), g.send(7))

def in_augassign():
    total = 10
    total += yield total
    total *= yield total
    yield total

g = in_augassign()
print(next(g), g.send(5), g.send(3))

def in_return():
    return (yield "r")

g = in_return()
print(next(g))
try:
    g.send("returned this")
except StopIteration as e:
    print("value:", e.value)

def yield_tuple():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x

print(list(yield_tuple()))

def yield_in_condition():
    if (yield "cond"):
        yield "truthy"
    else:
        yield "falsy"

g = yield_in_condition()
print(next(g), g.send(0))
g = yield_in_condition()
print(next(g), g.send([1]))

def yield_in_dict():
    d = {"k": (yield "key"), (yield "k2"): "v"}
    yield d

g = yield_in_dict()
print(next(g), g.send(1), g.send("dyn"))

# yield inside a lambda makes a generator function
f = lambda: (yield 1)
lg = f()
print(type(lg).__name__, next(lg))
try:
    lg.send("lambda sent")
except StopIteration as e:
    print("lambda returned", e.value)
