# Attribute reads and writes stay correct while classes change under them
# (coil caches, per code object, which classes keep an attribute only in the
# instance dict).


class A:
    pass


class B:
    pass


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


a = A()
write_x(a, 1)
print(read_x(a), a.__dict__)

# A property added to the class later takes over reads and writes.
A.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read_x(a))
write_x(a, 2)
print(a.__dict__)
del A.x
print(read_x(a))

# A data descriptor on a base class, added later.
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
write_x(d, 5)
print(read_x(d))
Base.x = property(lambda self: "base prop", lambda self, v: print("base setter", v))
print(read_x(d))
write_x(d, 6)
print(d.__dict__)
del Base.x
print(read_x(d))

# The same code reading instances of several classes, alternately.
b = B()
b.x = "b"
for o in [a, b, a, b]:
    print(read_x(o), end=" ")
print()

# __class__ reassignment changes the class the cache sees.
class WithProp:
    @property
    def x(self):
        return "WithProp.x"


o = A()
o.x = "plain"
print(read_x(o))
o.__class__ = WithProp
print(read_x(o))
o.__class__ = A
print(read_x(o))

# __setattr__ / __getattribute__ added after the fact.
class Hooked:
    pass


h = Hooked()
write_x(h, 1)
Hooked.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
write_x(h, 2)
print(read_x(h))
Hooked.__getattribute__ = lambda self, n: "intercepted " + n
print(read_x(h))
del Hooked.__getattribute__
del Hooked.__setattr__
write_x(h, 3)
print(read_x(h))

# A class attribute (not a descriptor) shadowed by the instance dict.
class WithDefault:
    x = "class default"


w = WithDefault()
print(read_x(w))
write_x(w, "instance")
print(read_x(w), WithDefault.x)
del w.x
print(read_x(w))

# Classes created in a loop (a freed class's address may be reused).
for i in range(5):
    C = type("C", (), {} if i % 2 else {"x": property(lambda self, i=i: "prop%d" % i)})
    c = C()
    if i % 2:
        c.x = "dict%d" % i
    print(read_x(c), end=" ")
print()

# Missing attributes still raise from the cached path.
e = A()
try:
    read_x(e)
except AttributeError as err:
    print("AttributeError", err)
