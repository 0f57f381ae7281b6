# close() on finished, unstarted or already closed generators is a no-op
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = gen()
print(list(g))
print("close finished:", g.close())
print("close again:", g.close())

u = gen()
print("close unstarted:", u.close())
print(next(u, "unstarted now exhausted"))

c = gen()
print(next(c))
c.close()
print("closing twice:", c.close())
print(list(c))

def failing():
    yield 1
    raise KeyError("x")

f = failing()
next(f)
try:
    next(f)
except KeyError:
    print("failed")
print("close after failure:", f.close())

# close() of a generator that returned a value
def ret():
    yield
    return 99

r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
print(r.close())

# many close() calls in a loop
gens = [gen() for _ in range(3)]
for i, gg in enumerate(gens):
    if i:
        next(gg)
for gg in gens:
    gg.close()
print("all closed", [gg.gi_frame is None for gg in gens])
