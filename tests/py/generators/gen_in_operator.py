# the `in` operator on a generator consumes it up to the first match
def gen():
    for i in range(10):
        print("  producing", i)
        yield i

g = gen()
print(3 in g)
print("next after match:", next(g))
print(5 in g)
print(4 in g)
print(list(g))

def letters():
    yield from "abc"

print("b" in letters(), "z" in letters())
print("z" not in letters())

# in on a genexp
print(9 in (x * x for x in range(5)))
print(10 in (x * x for x in range(5)))

# equality via __eq__ is used
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return self.v == other

def objs():
    yield 1
    yield 2
    yield 3

print(Eq(2) in objs())

# identity short-cut: the same object is found even if __eq__ says no
class Never:
    def __eq__(self, other):
        return False

n = Never()
def only_n():
    yield n

print(n in only_n(), Never() in only_n())

# an exhausted generator contains nothing
e = (i for i in range(3))
list(e)
print(0 in e)
