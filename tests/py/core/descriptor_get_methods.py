# Functions, classmethods and staticmethods are descriptors with __get__;
# property has __set__ and __delete__ (as in CPython).
def f(self, x=1):
    return ("f", self, x)


class A:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm(y):
        return y * 2

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v

    def _del(self):
        del self._v

    p = property(_get, _set, _del)


a = A()
print(hasattr(f, "__get__"), hasattr(len, "__get__"), hasattr(A.__dict__["cm"], "__get__"))
print(f.__get__(a)(5)[2], f.__get__(a)(5)[1] is a, f.__get__(None, A) is f, f.__get__(a, A).__self__ is a)
print(A.__dict__["cm"].__get__(a)(), A.__dict__["cm"].__get__(None, A)(), A.__dict__["sm"].__get__(a)(4))
A.__dict__["p"].__set__(a, 10)
print(a.p, A.__dict__["p"].__get__(a), hasattr(A.__dict__["p"], "__delete__"))
A.__dict__["p"].__delete__(a)
print(hasattr(a, "_v"))
ro = property(lambda self: 1)
try:
    ro.__set__(a, 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    ro.__delete__(a)
except AttributeError as e:
    print("AttributeError:", e)
