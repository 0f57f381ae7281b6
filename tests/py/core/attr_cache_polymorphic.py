# One attribute-access site seeing instances of several classes in turn:
# plain attributes, a property, a class attribute, __getattr__, __slots__-free
# subclasses with other dict layouts, and classes changed while in use.


class Base:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v


class Wide(Base):
    def __init__(self, x):
        self.a = "a"
        self.b = "b"
        super().__init__(x)


class Prop(Base):
    @property
    def x(self):
        return "property"

    @x.setter
    def x(self, v):
        self._x = v


class ClassAttr(Base):
    def __init__(self, x):
        pass


ClassAttr.x = "class attribute"


class Fallback(Base):
    def __init__(self, x):
        pass

    def __getattr__(self, name):
        return "fallback " + name


objs = [Base(1), Wide(2), Prop(3), ClassAttr(4), Fallback(5), Base(6), Wide(7)]
for round_ in range(3):
    print([o.get() for o in objs])
    for n, o in enumerate(objs):
        o.put(round_ * 10 + n)
    print([o.get() for o in objs], [getattr(o, "_x", None) for o in objs])

# Alternating two classes at one site, the attribute in different dict slots.
pairs = [Base(i) if i % 2 else Wide(i) for i in range(10)]
print(sum(p.get() for p in pairs))
for p in pairs:
    p.put(p.get() * 2)
print([p.get() for p in pairs])

# A class gains a property for the name while both are cached.
a, w = Base("base"), Wide("wide")
print(a.get(), w.get())
Wide.x = property(lambda self: "now a property")
print(a.get(), w.get())
try:
    w.put(1)
except AttributeError as e:
    print(type(e).__name__)
del Wide.x
print(a.get(), w.get())

# __class__ reassignment between cached classes.
o = Base("o")
print(o.get())
o.__class__ = Prop
print(o.get())
o.__class__ = Base
print(o.get())

# A third class evicting the older of two cached ones, then coming back.
third = Fallback(0)
for o in [Base(1), Wide(2), third, Base(3), third, Wide(4)]:
    print(o.get(), end=" ")
print()
