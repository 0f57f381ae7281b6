class A:
    __secret = 1
    _single = 2
    __dunder__ = 3

    def __init__(self):
        self.__x = 10
        self.__y__ = 11

    def get(self):
        return self.__secret, self.__x

    def __hidden(self):
        return "hidden"

    def call(self):
        return self.__hidden()

    def kw(self, *, __k=5, __m: int = 6):
        return __k + __m

    def closure(self):
        __local = 7
        def inner():
            return __local
        return inner()

    @classmethod
    def cm(cls):
        return cls.__secret

    class Inner:
        __z = 1
        def get(self):
            return self.__z


class B(A):
    def get2(self):
        try:
            return self.__x
        except AttributeError as e:
            return "AttributeError " + str(e)


class _Under:
    __p = 1


class __:
    __q = 1


a = A()
print(sorted(k for k in vars(A) if "secret" in k or "hidden" in k or "dunder" in k))
print(sorted(vars(a)))
print(a.get(), a.call(), a.kw(), a.closure(), A.cm())
print(A.Inner().get(), sorted(k for k in vars(A.Inner) if "z" in k))
print(B().get2())
print(sorted(k for k in vars(_Under) if "p" in k), sorted(k for k in vars(__) if "q" in k))
print(a._A__x, A.kw.__kwdefaults__, A.kw.__annotations__)
print(A.kw.__code__.co_varnames)
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)
__g = "module-level is not mangled"
print(__g)
