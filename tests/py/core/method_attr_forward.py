# A bound method forwards attribute reads it does not have to its function.
def f(self):
    return "f"
f.tag = 5
f.__wrapped__ = len


class A:
    m = f


a = A()
print(a.m.tag, a.m.__wrapped__ is len, a.m.__func__ is f, a.m.__self__ is a)
print(a.m.__name__, a.m.__qualname__, a.m())
try:
    a.m.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.m.tag = 6
except AttributeError as e:
    print("AttributeError:", e)
print(f.tag)
