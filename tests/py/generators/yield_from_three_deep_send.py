# values sent into the outermost generator reach the innermost one
def innermost():
    log = []
    while True:
        x = yield "inner has %d" % len(log)
        if x == "stop":
            return log
        log.append(x)

def middle():
    got = yield from innermost()
    print("middle got", got)
    extra = yield "middle asks"
    return got + [extra]

def outermost():
    result = yield from middle()
    print("outermost got", result)
    return len(result)

g = outermost()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
try:
    g.send("extra")
except StopIteration as e:
    print("final", e.value)

# next() and send(None) are equivalent through the chain
def inner2():
    while True:
        v = yield
        print("inner2 received", v)

def mid2():
    yield from inner2()

def out2():
    yield from mid2()

o = out2()
o.send(None)
o.send(1)
next(o)
o.send([2, 3])
o.close()

# gi_yieldfrom shows the current delegate
d = outermost()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom.__name__)
print(d.gi_yieldfrom.gi_yieldfrom.__name__)
print(d.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
d.close()
print(d.gi_yieldfrom)
