# dataclasses: order, frozen, unsafe_hash and the __hash__ rules, inheritance,
# kw_only / KW_ONLY, match_args, make_dataclass, pprint of dataclasses.
import pprint
from dataclasses import (dataclass, field, fields, FrozenInstanceError, KW_ONLY,
                         make_dataclass, asdict, replace)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


vs = [Version(1, 10), Version(1, 2), Version(0, 99, "old"), Version(1, 2, "dup")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2) <= Version(2), Version(3) > Version(2, 5), Version(1) >= Version(1, 1))
print(Version(1, 2, "a") == Version(1, 2, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(1, 2)
print(c, hash(c) == hash(Color(1, 2, 0)), {c: "x"}[Color(1, 2)], len({c, Color(1, 2), Color(3, 3)}))
for action in ("set", "del", "new"):
    try:
        if action == "set":
            c.r = 5
        elif action == "del":
            del c.g
        else:
            c.alpha = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(c)


@dataclass(frozen=True)
class FrozenChild(Color):
    a: float = 1.0


fc = FrozenChild(1, 2, 3, 0.5)
print(fc, fc == Color(1, 2, 3))
try:
    fc.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


# __hash__ rules
@dataclass
class Unhashable:
    a: int


@dataclass(eq=False)
class IdentityHash:
    a: int


@dataclass(unsafe_hash=True)
class ForcedHash:
    a: int
    b: list = field(default_factory=list, hash=False)


@dataclass(frozen=True)
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


@dataclass
class HashField:
    a: int
    b: int = field(hash=True, compare=False)


print(Unhashable.__hash__, IdentityHash.__hash__ is object.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
print(hash(ForcedHash(1, [1])) == hash(ForcedHash(1, [2])), hash(ExplicitHash(1)), HashField.__hash__)
i1 = IdentityHash(1)
print(i1 == IdentityHash(1), i1 == i1)


# Inheritance: fields of bases come first, redefinition keeps the position.
@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 10


print(Derived(0), [f.name for f in fields(Derived)], Derived.__doc__)


class NotADataclass(Base):
    extra: int = 5


print(NotADataclass(3), [f.name for f in fields(NotADataclass)])


@dataclass
class Child(NotADataclass):
    w: str = "w"


print(Child(1), [f.name for f in fields(Child)])


# __post_init__ and super()
@dataclass
class Tracked:
    name: str

    def __post_init__(self):
        self.log = ["tracked " + self.name]


@dataclass
class MoreTracked(Tracked):
    level: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.log.append("level %d" % self.level)


print(MoreTracked("m", 3).log)


# kw_only
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int


print(Options(depth=3), Options.__doc__, Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = field(default="c")
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 7, b=2), Mixed.__doc__, Mixed.__match_args__)


@dataclass
class FieldKw:
    a: int = field(kw_only=True)
    b: int = 0


print(FieldKw(5, a=1), FieldKw.__doc__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))

# make_dataclass
Dyn = make_dataclass("Dyn", [("x", int), "z", ("y", float, field(default=1.5))], namespace={"total": lambda self: self.x + self.y})
print(Dyn(1, z=3), Dyn(2, "q", 2.5).total(), [f.name for f in fields(Dyn)])
Ordered = make_dataclass("Ordered", [("k", int)], order=True, frozen=True)
print(sorted([Ordered(3), Ordered(1)]), hash(Ordered(1)) == hash(Ordered(1)))

# pprint of dataclasses (uses the generated repr's structure)


@dataclass
class Config:
    name: str
    values: list
    nested: Base
    mapping: dict = field(default_factory=dict)
    secret: str = field(default="x", repr=False)


cfg = Config("configuration", list(range(25)), Base(1, 2), {"alpha": [1, 2, 3], "beta": "b" * 30})
pprint.pprint(cfg)
pprint.pprint(cfg, width=40)
pprint.pprint([cfg, Base(5)], width=60)
print(pprint.pformat(Base(1, 2)))
print(asdict(replace(cfg, values=[1])))
