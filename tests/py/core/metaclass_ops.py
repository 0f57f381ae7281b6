# Metaclasses: type(cls), __prepare__, inheritance of the metaclass, and the
# operations on a class object dispatched to the metaclass's methods.

class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, ns.order, type(ns).__name__, kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __iter__(cls):
        return iter(cls._order)

    def __len__(cls):
        return len(cls._order)

    def __contains__(cls, item):
        return item in cls._order

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def describe(cls):
        return "%s has %d fields" % (cls.__name__, len(cls))

    @property
    def field_names(cls):
        return tuple(cls._order)


class Point(metaclass=Meta, tag="pt"):
    x = 1
    y = 2
    def __init__(self, a=0):
        self.a = a
    def total(self):
        return self.x + self.y + self.a

print(type(Point) is Meta, type(Point).__name__, Point.__class__ is Meta)
print(isinstance(Point, Meta), isinstance(Point, type))
print(list(Point), len(Point), 'x' in Point, 'z' in Point)
print(Point['y'], Point.describe(), Point.field_names)
print(repr(Point), str(Point), bool(Point))
p = Point(5)
print(p.total(), type(p).__name__)
p2 = Point(a=1)
print(p2.a)
print(hasattr(p, 'describe'), hasattr(Point, 'describe'))
print(sorted(reversed(list(Point))))


class Point3(Point):
    z = 3

print(type(Point3) is Meta, list(Point3), Point3.describe())

# A metaclass without __prepare__ or __call__, with __setattr__ and __bool__.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('locked'):
            raise AttributeError("cannot set %r" % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError("cannot delete %r" % name)
    def __bool__(cls):
        return False

class F(metaclass=Frozen):
    a = 1

F.b = 2
print(F.b, bool(F), not F)
try:
    F.locked = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del F.a
except AttributeError as e:
    print("AttributeError:", e)
print(F.a, F().a)

# type(name, bases, ns) with a base whose metaclass is a user one.
Dyn = type("Dyn", (F,), {"w": 4})
print(type(Dyn) is Frozen, Dyn.w, Dyn.a, bool(Dyn))


# Metaclass conflict.
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# A more derived explicit metaclass wins over the base's.
class M3(M1):
    pass
class D(A, metaclass=M3):
    pass
print(type(D).__name__)
class E(D):
    pass
print(type(E).__name__)

# A plain function as metaclass.
def maker(name, bases, ns):
    ns['made_by'] = 'maker'
    return type(name, bases, ns)
class G(metaclass=maker):
    pass
print(G.made_by, type(G).__name__)

# __prepare__ must return a mapping.
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class H(metaclass=BadPrep):
        pass
except TypeError as e:
    print("TypeError:", e)

# Ordinary classes are unaffected.
class Plain:
    pass
print(type(Plain) is type, repr(Plain) == "<class '__main__.Plain'>")
try:
    iter(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    Point.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)

# A metaclass __getattr__ runs for names the class lookup cannot find, also
# when a descriptor raises AttributeError.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no %s here" % name)


class Broken:
    def __get__(self, obj, owner):
        raise AttributeError("broken descriptor")


class L(metaclass=Lazy):
    real = 1
    broken = Broken()


print(L.real, L.dyn_value, hasattr(L, "dyn_x"), hasattr(L, "other"))
try:
    L.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    L.broken
except AttributeError as e:
    print("AttributeError:", e)
try:
    L().missing
except AttributeError as e:
    print("AttributeError:", e)
