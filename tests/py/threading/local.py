# threading.local: attributes that are separate in each thread.
import threading

data = threading.local()
data.x = 1
seen = []

def worker(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i * 10
    threading.Event().wait(0.001)
    seen.append((i, data.x))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.x)
print(data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError")
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)

# A subclass's __init__ runs again, with the same arguments, in each thread.
class MyLocal(threading.local):
    inits = []
    color = "red"

    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        MyLocal.inits.append(threading.current_thread().name)

    def total(self):
        return self.a + self.b

loc = MyLocal(1, b=5)
print(loc.a, loc.b, loc.total(), loc.color)
loc.a = 100
out = []
def use():
    out.append((loc.a, loc.b, loc.total(), loc.color))
    loc.color = "blue"
    out.append(loc.color)
t = threading.Thread(target=use, name="user")
t.start()
t.join()
print(out)
print(loc.a, loc.color)
print(MyLocal.inits)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Properties (data descriptors) of a subclass are shared, not per thread.
class WithProp(threading.local):
    @property
    def p(self):
        return "prop"
w = WithProp()
try:
    w.p = 1
except AttributeError:
    print("property is read-only")
print(w.p)

# __dict__ is read-only
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
