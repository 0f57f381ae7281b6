# dataclasses: generated __init__/__repr__/__eq__, defaults, field() options,
# fields/asdict/astuple/replace/is_dataclass, __post_init__, InitVar.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, InitVar, MISSING, Field)
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4), str(p))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point(1) == Point(1, 0))
print(p.x, p.y, Point.y, hasattr(Point, "x"))
print(Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__match_args__, Point.__dataclass_params__)
print(Point.__hash__ is None)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(fields(Point)[1].default, fields(Point)[0].default is MISSING, isinstance(fields(p)[0], Field))
p.x = 10
print(p)


@dataclass()
class WithParens:
    name: str
    tags: list = field(default_factory=list)
    hidden: str = field(default="h", repr=False)
    loose: float = field(default=1.5, compare=False)
    derived: int = field(init=False, default=0)
    counter: dict = field(default_factory=dict, init=False)

    def __post_init__(self):
        self.derived = len(self.name)


a = WithParens("abc")
b = WithParens("abc", ["t"], "x", 2.5)
print(a, b)
print(a == WithParens("abc"), a == b, WithParens("abc", loose=99.0) == a)
print(a.tags is not WithParens("z").tags, a.derived, a.counter, a.hidden)
print(WithParens.__doc__)
print(repr(fields(WithParens)[1]).replace(repr(MISSING), "MISSING"))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0
    offset: InitVar[int] = 0

    def __post_init__(self, factor, offset):
        self.value = self.value * factor + offset


print(Scaled(2), Scaled(2, 3), Scaled(2, 3, 1), Scaled(value=1, offset=5))
print([f.name for f in fields(Scaled)], Scaled.__doc__)
print(InitVar[int], InitVar[list])


# Class attributes without annotations and methods are not fields.
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    bank = "coilbank"

    def deposit(self, amount):
        self.balance += amount
        return self


print(Account("ann").deposit(5).deposit(2.5), Account.bank, [f.name for f in fields(Account)])


# Nesting, asdict / astuple.
@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"
    extra: dict = field(default_factory=dict)


Pair = namedtuple("Pair", "a b")
ln = Line(Point(0, 0), Point(3, 4), extra={"k": [Point(1, 1)], "pair": Pair(Point(2, 2), 5)})
print(ln)
d = asdict(ln)
print(d)
print(type(d["start"]).__name__, type(d["extra"]["pair"]).__name__)
print(astuple(ln))
print(asdict(Point(1, 2), dict_factory=lambda items: sorted(items, reverse=True)))
print(astuple(Point(1, 2), tuple_factory=list))
data = asdict(ln)
data["extra"]["k"].append("new")
print(len(ln.extra["k"]))

# replace
print(replace(p, y=99), replace(p), p)
print(replace(a, name="longer"))
print(replace(Scaled(1), factor=10))

# is_dataclass
print(is_dataclass(Point), is_dataclass(p), is_dataclass(Pair), is_dataclass(1), is_dataclass(dict))


# User-defined dunders are kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom(1) == "anything", Custom.__hash__)


# repr=False / eq=False / init=False options.
@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(repr(pl).startswith("<__main__.Plain object at "), pl == Plain(1), pl == pl, hash(pl) == hash(pl))


@dataclass(init=False)
class NoInit:
    a: int = 5


print(NoInit(), NoInit().a)


# Recursive repr.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(Node(2))
root.children.append(root)
print(root)
