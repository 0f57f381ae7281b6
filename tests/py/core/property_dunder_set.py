# property.__set__ / __delete__ called explicitly, and seen by hasattr.
class C:
    def __init__(self):
        self._v = 0

    def get(self):
        return self._v

    def set(self, v):
        self._v = v

    def delete(self):
        self._v = None

    rw = property(get, set, delete)
    ro = property(get)

c = C()
print(hasattr(property, "__set__"), hasattr(property, "__delete__"), hasattr(property, "__get__"))
C.rw.__set__(c, 5)
print(c.rw, C.rw.__get__(c, C), C.rw.__get__(None, C) is C.rw)
C.rw.__delete__(c)
print(c.rw)
for call in [lambda: C.ro.__set__(c, 1), lambda: C.ro.__delete__(c),
             lambda: property(lambda s: 1).__set__(c, 1), lambda: property().__delete__(c)]:
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e)

class D(C):
    pass
try:
    C.ro.__set__(D(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# Data descriptors found through type(attr) are honoured by generic code.
def is_data_descriptor(attr):
    t = type(attr)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")
print(is_data_descriptor(C.rw), is_data_descriptor(C.get), is_data_descriptor(staticmethod(len)))
