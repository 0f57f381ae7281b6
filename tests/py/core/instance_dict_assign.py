# obj.__dict__ = d makes d the namespace itself (same object, both ways);
# del obj.__dict__ drops it; the Borg and AttrDict idioms.


class A:
    pass


a = A()
a.x = 1
d = {"k": 1}
a.__dict__ = d
print(a.__dict__ is d, vars(a) is d, a.k, hasattr(a, "x"))
a.m = 2
d["n"] = 3
print(d, a.n)
for bad in (5, [1], None, "s"):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(a.__dict__ is d)

# Deleting the namespace: the next use starts an empty one.
del a.__dict__
print(vars(a), hasattr(a, "k"))
del a.__dict__
a.y = 2
print(vars(a), d)


# A dict subclass instance as its own namespace.
class AttrDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.__dict__ = self


x = AttrDict(p=1)
x.q = 2
x["r"] = 3
print(x.p, x["q"], x.r, sorted(x.items()), x.__dict__ is x)


class S(dict):
    pass


b = A()
b.__dict__ = S(u=1)
print(b.u, type(b.__dict__).__name__)


# Shared state: every instance's namespace is one dict.
class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = self._shared


b1, b2 = Borg(), Borg()
b1.v = 3
print(b2.v, b1.__dict__ is b2.__dict__)

# Through object.__setattr__ / setattr / object.__delattr__.
c = A()
object.__setattr__(c, "__dict__", {"z": 9})
print(c.z, vars(c))
setattr(c, "__dict__", {"w": 8})
print(vars(c))
object.__delattr__(c, "__dict__")
print(vars(c))
try:
    object.__setattr__(c, "__dict__", 3)
except TypeError as e:
    print(e)

# Bare object() instances have no namespace at all.
for name in ("x", "__dict__"):
    for op in (lambda: object.__setattr__(object(), name, {}), lambda: setattr(object(), name, {}), lambda: delattr(object(), name)):
        try:
            op()
        except AttributeError as e:
            print(type(e).__name__, e)


# A class that defines __dict__ itself, and one with __getattr__.
class P:
    @property
    def __dict__(self):
        return {"fake": 1}


print(P().__dict__)


class G:
    def __getattr__(self, n):
        return "missing " + n


g = G()
g.__dict__ = {"real": 1}
print(g.real, g.other)


# The method cache and attribute caches see the new namespace.
class M:
    def f(self):
        return "method"


m = M()
for i in range(3):
    if i == 1:
        m.__dict__ = {"f": lambda: "from the new dict", "attr": i}
    print(m.f(), getattr(m, "attr", None))
