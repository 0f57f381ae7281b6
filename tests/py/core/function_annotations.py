# function annotations are evaluated at definition and kept in __annotations__
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
class C:
    x: int = 3
    def m(self, v: "C") -> None: ...
print(C.__annotations__, C.m.__annotations__)
from functools import singledispatch
@singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register
def _(x: str):
    return "str"
print(show(1), show("a"), show(1.5))
