# Known gap noticed while writing the stdlib modules: private name
# mangling in class bodies.

class A:
    __secret = 1

    def get(self):
        return self.__secret


print(hasattr(A, "_A__secret"), hasattr(A, "__secret"), A().get())
