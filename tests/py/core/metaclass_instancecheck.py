# isinstance() and issubclass() ask the metaclass's __instancecheck__ and
# __subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Quacker), isinstance(5, Quacker), isinstance(Quacker(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker), issubclass(int, (str, Quacker)))
print(isinstance(Mallard(), (int, Quacker)))
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, (int, str))
except TypeError as e:
    print("TypeError:", e)
