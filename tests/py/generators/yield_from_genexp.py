# yield from with generator expressions and generator objects made elsewhere
def squares(n):
    yield from (i * i for i in range(n))

print(list(squares(5)))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
            except StopIteration:
                continue
            alive.append(g)
        gens = alive

print(list(interleave("abc", (i for i in range(5)), iter([True]))))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (x for x in "xy"), range(2), {"k": 0})))

# yield from a generator created by another yield from
def wrap(g):
    return (yield from g)

def base():
    yield "b1"
    return "base result"

def nested():
    r = yield from wrap(wrap(base()))
    yield r

print(list(nested()))

# sending into a yield from over a genexp: genexps ignore the sent value
def over_genexp():
    yield from (x for x in range(3))

o = over_genexp()
print(next(o), o.send("ignored"), o.send(None))

# throw into a yield from over a genexp propagates through the genexp
o2 = over_genexp()
next(o2)
try:
    o2.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
print(next(o2, "o2 exhausted"))

# gi_yieldfrom for a genexp delegate
o3 = over_genexp()
next(o3)
print(type(o3.gi_yieldfrom).__name__, o3.gi_yieldfrom.__name__)
