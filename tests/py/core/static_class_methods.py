# @staticmethod and @classmethod, alternative constructors, cls in subclasses
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_valid(s):
        parts = s.split('-')
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
d = Date.from_string('2024-01-15')
md = MyDate.from_string('1999-12-31')
print(d, md, type(md).__name__)
print(Date.is_valid('2024-01-01'), Date.is_valid('nope'), d.is_valid('1-2-3'))
print(Date.kind(), MyDate.kind(), md.kind(), d.kind())
print(Date.count, MyDate.count)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return 'static no args'
print(Util.add(1, 2), Util().add(3, 4), Util.no_args(), Util().no_args())
f = Util.add
print(f(5, 6))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
Registry.register(1).register(2)
print(Registry.items)
print(type(Date.__dict__['from_string']).__name__, type(Util.__dict__['add']).__name__)
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return f'{cls.__name__} has {cls.sides} sides'
class Triangle(Shape):
    sides = 3
print(Shape.describe(), Triangle.describe(), Triangle().describe())
