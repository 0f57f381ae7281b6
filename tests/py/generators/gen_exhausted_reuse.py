# an exhausted generator stays exhausted; iterating it again yields nothing
def gen():
    yield 1
    yield 2

g = gen()
print(list(g))
print(list(g))
print(sum(g), tuple(g), sorted(g))
for x in g:
    print("never", x)
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))

# yield from an exhausted generator yields nothing and returns None
def delegate(sub):
    r = yield from sub
    yield ("returned", r)

print(list(delegate(g)))

# partially consumed generator shared between consumers
shared = gen()
print(next(shared))
print(list(zip(shared, "abc")))
print(list(shared))

# the same generator object in two loops
def letters():
    yield from "abcdef"

it = letters()
pairs = []
for a in it:
    for b in it:
        pairs.append(a + b)
        break
print(pairs)

# zip of a generator with itself pairs consecutive items
it2 = letters()
print(list(zip(it2, it2)))

# a generator is not a sequence
try:
    gen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(gen())
except TypeError as e:
    print("TypeError:", e)
print(bool(gen()))
