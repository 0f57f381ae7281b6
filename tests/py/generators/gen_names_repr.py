# __name__, __qualname__, gi_code and repr of generator objects
def gen():
    yield

g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(type(g).__name__, type(g).__qualname__)
r = repr(g)
print(r.startswith("<generator object gen at 0x"), r.endswith(">"))

class K:
    def method(self):
        yield self

m = K().method()
print(m.__name__, m.__qualname__)
print(repr(m).startswith("<generator object K.method at "))

def outer():
    def inner():
        yield
    return inner()

i = outer()
print(i.__name__, i.__qualname__)
print(repr(i).startswith("<generator object outer.<locals>.inner at "))

ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
print(repr(ge).startswith("<generator object <genexpr> at "))

def f():
    return (y for y in [])

print(f().__qualname__)

# __name__ and __qualname__ are writable
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object Some.renamed at "))
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# generator function itself is a plain function
print(type(gen).__name__, gen.__name__, callable(gen))
print(str(g) == repr(g))
print(g == g, g != gen(), hash(g) == hash(g))
