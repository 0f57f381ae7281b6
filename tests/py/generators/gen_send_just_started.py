# sending a non-None value to a just-started generator is a TypeError
def gen():
    x = yield "first"
    yield "got %r" % (x,)

g = gen()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

# the generator is still usable after the failed send
print(g.send(None))
print(g.send("hello"))

for bad in [0, "", [], False]:
    g2 = gen()
    try:
        g2.send(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
    print(next(g2))
    g2.close()

# send() with the wrong number of arguments
g3 = gen()
try:
    g3.send()
except TypeError as e:
    print("no-arg send raises TypeError")
try:
    g3.send(1, 2)
except TypeError as e:
    print("two-arg send raises TypeError")

# send(None) on a just-started generator starts it normally
g4 = gen()
print(g4.send(None))
print(g4.send([1, 2]))

# send to a finished generator raises StopIteration
try:
    g4.send(5)
except StopIteration:
    print("stop on exhausted generator")
try:
    g4.send(5)
except StopIteration:
    print("stop again")
