from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return 'shape with area %s' % self.area()
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Sq(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s
s = Sq(3)
print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape), isinstance(s, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Sq.__abstractmethods__))
class Plain(ABC):
    pass
print(type(Plain()).__name__)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass
try:
    Base()
except TypeError as e:
    print('TypeError', e)
class Impl(Base):
    def run(self):
        return 'ran'
print(Impl().run())
class Many(ABC):
    @abstractmethod
    def c(self): pass
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
try:
    Many()
except TypeError as e:
    print('TypeError', e)
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        pass
try:
    WithProp()
except TypeError as e:
    print('TypeError', e)
class NamedImpl(WithProp):
    @property
    def name(self):
        return 'n'
print(NamedImpl().name)
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass
try:
    CM()
except TypeError as e:
    print('TypeError', e)
class CMI(CM):
    @classmethod
    def make(cls):
        return cls()
print(type(CMI.make()).__name__)
class Args(ABC):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
print(vars(Args(1)), vars(Args(1, b=5)))
print(getattr(Shape.area, '__isabstractmethod__', False), getattr(Sq.area, '__isabstractmethod__', False))
