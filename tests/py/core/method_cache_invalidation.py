# Method calls stay right when what they found changes between calls (the
# loop reuses what an earlier LoadMethod of the same name found).


class A:
    def greet(self):
        return "A.greet"


class B(A):
    pass


def call_greet(objs):
    return [o.greet() for o in objs]


a, b = A(), B()
print(call_greet([a, b, a]))

# An instance attribute shadows the class's method.
b.greet = lambda: "instance greet"
print(call_greet([a, b, a]))
del b.greet
print(call_greet([b]))

# The class's method is replaced, on the class and on a base.
A.greet = lambda self: "new A.greet"
print(call_greet([a, b]))
B.greet = lambda self: "B.greet"
print(call_greet([a, b]))
del B.greet
print(call_greet([a, b]))


# A __getattribute__ added later takes over.
class C:
    def m(self):
        return "C.m"


c = C()


def call_m(o):
    return o.m()


print(call_m(c), call_m(c))
C.__getattribute__ = lambda self, name: (lambda: "intercepted " + name)
print(call_m(c))
del C.__getattribute__
print(call_m(c))


# The instance changes class.
class D:
    def m(self):
        return "D.m"


d = D()
print(call_m(d))
d.__class__ = C
print(call_m(d))


# Builtin receivers of different types under one name.
def pop_from(x):
    return x.pop()


print(pop_from([1, 2, 3]), pop_from({4}), pop_from([5]))


class MyList(list):
    def pop(self):
        return "MyList.pop"


print(pop_from([1]), pop_from(MyList([2])), pop_from([3]))


def append_all(xs, v):
    for x in xs:
        x.append(v)
    return xs


print(append_all([[], [1], MyList()], 0))


# A generator's send and a coroutine's send under one name.
def gen():
    while True:
        x = yield
        print("gen got", x)


async def coro():
    print("coro started")


def send_to(g, v):
    try:
        return g.send(v)
    except StopIteration:
        return "stopped"


g = gen()
next(g)
send_to(g, 1)
print(send_to(coro(), None))
send_to(g, 2)
