# Known gaps noticed while writing the stdlib modules (pystd branch):
# private name mangling in class bodies, and int subclasses' str()/format().

class A:
    __secret = 1

    def get(self):
        return self.__secret


print(hasattr(A, "_A__secret"), hasattr(A, "__secret"), A().get())


class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


x = MyInt(5)
print(str(x), f"{x}", "%s" % x, int.__str__ is object.__str__)
print(int.__repr__(True), float.__repr__(1.5))
