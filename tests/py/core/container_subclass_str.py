# str(), format() and f-strings of container subclasses go through the subclass __repr__
class C(dict):
    def __repr__(self):
        return "C(" + super().__repr__() + ")"
c = C(a=1)
print(c, str(c), f"{c}", format(c), [c], repr(c))
class L(list):
    pass
l = L([1, 2])
print(l, f"{l}", str(l))
print(str([1]), format([1, 2]), f"{(1, 2)}", str({1: 2}), format({1}, ""))
