# enum.Enum: members, lookup, iteration, aliases, repr/str/format, hashing,
# comparisons, auto, methods and attributes on members, unique.
from enum import Enum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", f"[{Color.RED:>12}]", f"{Color.RED!r}")
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print([m.name for m in Color], [m.value for m in Color])
print(Color(2), Color(Color.BLUE), Color["BLUE"], Color["CRIMSON"], getattr(Color, "GREEN"))
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(Color.RED in Color, Color.CRIMSON in Color)
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), isinstance(Color, EnumMeta), EnumMeta is EnumType)
print(repr(Color), str(Color), Color.__name__, Color.RED.__class__.__name__)
print(Color.RED == Color.RED, Color.RED == Color.CRIMSON, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color.RED), bool(Color), Color.RED.BLUE)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def describe(self):
        return "%s is %s" % (self.name.title(), self.value)

    @property
    def is_on(self):
        return self is Status.ACTIVE

    @classmethod
    def default(cls):
        return cls.INACTIVE

    @staticmethod
    def names():
        return [s.name for s in Status]


print(Status.ACTIVE.describe(), Status.ACTIVE.is_on, Status.INACTIVE.is_on)
print(Status.default(), Status.names(), Status("active"), repr(Status.INACTIVE))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    E = (auto(), "pair")


print(list(Auto), repr(auto()))


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "!"
    X = auto()
    Y = auto()


print(list(Custom), Custom("y!"))


class Weekday(Enum):
    MON = 1
    TUE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name == value.upper():
                    return member
        return None


print(Weekday("mon"), Weekday(2))
try:
    Weekday("sun")
except ValueError as e:
    print("ValueError:", e)


@unique
class Unique(Enum):
    A = 1
    B = 2


print(list(Unique))


# Subclassing an enum without members.
class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Size(Ordered):
    S = 1
    M = 2
    L = 3


print(Size.S < Size.L, sorted([Size.L, Size.S, Size.M]), isinstance(Size.M, Ordered))

# The functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape(3))
Mapping = Enum("Mapping", {"ONE": "1", "TWO": "2"})
print(list(Mapping))
Start = Enum("Start", "A, B, C", start=10)
print(list(Start))

# dir()
print(dir(Color))
print(dir(Color.RED))
print(dir(Status.ACTIVE))

# Class attributes that are not members.
class WithExtras(Enum):
    _ignore_ = ["tmp"]
    X = 1
    tmp = 5
    Y = 2


print(list(WithExtras), hasattr(WithExtras, "tmp"))
