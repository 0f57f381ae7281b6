# One method-call site seeing receivers of several classes in turn:
# overrides, inherited methods, instance attributes shadowing a method,
# methods replaced while cached, and builtin receivers.


class Base:
    def who(self):
        return "base"

    def shared(self):
        return "shared " + self.who()


class Left(Base):
    def who(self):
        return "left"


class Right(Base):
    def who(self):
        return "right"


class Deep(Left):
    pass


objs = [Base(), Left(), Right(), Deep(), Left(), Right()]
for round_ in range(3):
    print([o.who() for o in objs])
    print([o.shared() for o in objs])

# An instance attribute shadows the method at a site that has both classes cached.
l, r = Left(), Right()
for step in range(4):
    if step == 1:
        r.who = lambda: "instance attribute"
    if step == 2:
        del r.who
    if step == 3:
        l.__dict__["who"] = lambda: "via __dict__"
    print(step, [o.who() for o in (l, r, l, r)])

# The class changes while both entries are cached.
a, b = Left(), Right()
print([o.who() for o in (a, b, a, b)])
Right.who = lambda self: "replaced"
print([o.who() for o in (a, b, a, b)])
del Right.who
print([o.who() for o in (a, b, a, b)])
Base.who = lambda self: "new base"
print([o.who() for o in (a, b, Base(), a, b)])

# Three classes rotating through a two-entry cache.
rot = [Left(), Right(), Deep()] * 3
print([o.who() for o in rot])

# Builtin receivers at one site.
vals = [[3, 1, 2], {"k": 1}, "abc", (1, 2), {4, 5}, b"xy", [9]]
print([type(v.copy() if hasattr(v, "copy") else v).__name__ for v in vals])
print([v.__len__() for v in vals])
print([v.index(v[0]) for v in vals if isinstance(v, (list, str, tuple, bytes))])


# __class__ changes between cached classes.
o = Left()
names = []
for cls in (Right, Deep, Base, Left, Right):
    o.__class__ = cls
    names.append(o.who())
print(names)
