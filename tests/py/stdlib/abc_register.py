# abc: virtual subclasses through ABCMeta.register and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle:
    def area(self):
        return 3


Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), isinstance(Square(2), Shape))
print(isinstance(5, Shape), issubclass(int, Shape), Square(3).area())
print(Shape.register(Square) is Square, type(Shape).__name__, type(Square).__name__)
try:
    Shape.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized), isinstance(3, Sized))


@Shape.register
class Triangle:
    pass


print(issubclass(Triangle, Shape), Triangle.__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
