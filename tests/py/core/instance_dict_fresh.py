# Instances that have no attribute yet: their namespace (made on first use
# in coil) must behave exactly like CPython's from the start.


class A:
    def method(self):
        return "method"


class WithSlotLikeClassAttr:
    x = "class attribute"


a = A()
print(vars(a), a.__dict__ is a.__dict__, len(a.__dict__))
d = a.__dict__
d["x"] = 5
print(a.x, d is vars(a), hasattr(a, "y"))
print("x" in dir(a), "x" in dir(A()))

# Reads, deletes and lookups of missing names on a fresh instance.
b = A()
for probe in (lambda: b.q, lambda: delattr(b, "q")):
    try:
        probe()
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(A(), "w", 7), hasattr(A(), "method"), A().method())

# A method shadowed through the dict only after the first call.
c = A()
print(c.method())
c.__dict__["method"] = lambda: "shadowed"
print(c.method())
del c.method
print(c.method())

# Class attributes show through until the instance gets its own.
w = WithSlotLikeClassAttr()
print(w.x, vars(w))
w.x = "own"
print(w.x, vars(w), WithSlotLikeClassAttr.x)

# Updating, replacing and copying a fresh namespace.
e = A()
e.__dict__.update(z=3)
print(e.z, sorted(vars(e)))
import copy

g = copy.copy(A())
print(vars(g), type(g).__name__)
h = copy.deepcopy(e)
print(vars(h), h.__dict__ is e.__dict__)
print(object.__getattribute__(A(), "__dict__"))
o = A()
object.__setattr__(o, "n", 9)
print(o.n, o.__dict__)
