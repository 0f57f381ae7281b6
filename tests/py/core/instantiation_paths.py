# Class calls with object's __new__ (made without leaving the eval loop) and
# everything around them that must still behave as in CPython.


class Empty:
    pass


class WithInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


objs = [Empty() for _ in range(3)]
print(len({id(o) for o in objs}), type(objs[0]).__name__)
w = [WithInit(i) for i in range(3)] + [WithInit(5, b=6)]
print([(x.a, x.b) for x in w])

try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NoneInit:
    def __init__(self):
        return None


print(type(NoneInit()).__name__)


# __init__ replaced after the class was called.
def make():
    return WithInit(1)


print(make().b)
WithInit.__init__ = lambda self, a: setattr(self, "b", "replaced")
print(make().b)


# __new__ added later takes over.
class Later:
    def __init__(self):
        self.x = 1


def make_later():
    return Later()


print(make_later().x)
Later.__new__ = lambda cls: "from __new__"
print(make_later())
del Later.__new__
print(make_later().x)


# A subclass of a builtin and a class with a custom metaclass.
class L(list):
    pass


print(L(), L([1, 2]))


class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", cls.__name__, args)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta(), WithMeta(1))


# __init__ that raises: the error carries the __init__ frame.
class Raises:
    def __init__(self, n):
        if n:
            raise ValueError("n=%d" % n)


print(type(Raises(0)).__name__)
try:
    Raises(3)
except ValueError as e:
    print("ValueError:", e)


# Deep recursion through __init__ stays a RecursionError.
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(100000)
except RecursionError:
    print("RecursionError")
print(Deep(50).child.child is not None)


# Awaiting objects whose __await__ is a generator function, and others.
class Gen:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield "suspend"
        return (self.v, got)


class IterAwait:
    def __await__(self):
        return iter(["a", "b"])


class CoroAwait:
    async def inner(self):
        return 1

    def __await__(self):
        return self.inner()


async def main():
    print(await Gen(1))
    print(await IterAwait())
    try:
        await CoroAwait()
    except TypeError as e:
        print("TypeError:", e)


c = main()
print(c.send(None))
print(c.send("sent back"))
try:
    c.send(None)
    c.send(None)
except StopIteration as e:
    print("done", e.value)
