# IntEnum, StrEnum, Flag, IntFlag: arithmetic, str/format, composite members,
# iteration over flags, boundaries.
from enum import IntEnum, StrEnum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", f"{Num.TWO:03d}", format(Num.THREE, "x"), "%d" % Num.TWO)
print(Num.ONE + 1, Num.TWO * Num.THREE, Num.THREE - Num.ONE, -Num.ONE, Num.TWO // 2, Num.ONE << 3)
print(Num.ONE == 1, Num.TWO < 3, Num.THREE > Num.ONE, int(Num.TWO), float(Num.TWO), isinstance(Num.ONE, int))
print(sorted([Num.THREE, 1.5, Num.ONE]), max(Num), sum(Num), list(range(Num.THREE)))
print(Num(2), Num(3) is Num.THREE, [n for n in Num if n > 1], hash(Num.ONE) == hash(1))
print({1: "one"}[Num.ONE], ["a", "b", "c"][Num.TWO])


class Shade(StrEnum):
    LIGHT = "light"
    DARK = auto()
    PALE = auto()


print(repr(Shade.LIGHT), str(Shade.DARK), f"{Shade.PALE}", Shade.LIGHT == "light", Shade.DARK.upper())
print(Shade("dark"), Shade.LIGHT + "!", sorted(Shade), isinstance(Shade.PALE, str), len(Shade.LIGHT))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


print(Perm.R | Perm.W, Perm.R & Perm.W, Perm.R ^ Perm.RW, ~Perm.R, ~Perm.NONE, ~(Perm.R | Perm.X))
print(list(Perm), len(Perm), list(Perm.RW), len(Perm.R | Perm.X), Perm.RW.name, Perm.NONE.name)
print(Perm(7), Perm(0), Perm(5), repr(Perm(5)), str(Perm(5)), str(Perm(0)), repr(Perm(0)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.NONE in Perm.R, bool(Perm.NONE), bool(Perm.X))
print((Perm.R | Perm.W) is Perm.RW, Perm(6) is Perm.RW, Perm.__members__.keys())
print(repr(Perm), [m.value for m in Perm.RW | Perm.X])


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, Color.WHITE.value, Color(3), list(Color.WHITE), ~Color.RED)


class Open(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(repr(Open.READ | Open.WRITE), str(Open.READ | Open.WRITE), f"{Open.READ | Open.EXEC}", Open.READ | 8)
print(Open(9), Open(0), ~Open.READ, Open.READ + 1, Open.READ == 4, isinstance(Open.WRITE, int))
print(Open.READ | Open.WRITE == 6, list(Open(7)), Open(7).name, int(Open.READ | Open.EXEC))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


for cls in (Strict, Conform, Eject, Keep):
    try:
        print(cls.__name__, repr(cls(7)), cls._boundary_)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
print(list(FlagBoundary), STRICT == "strict")
try:
    Perm("r")
except ValueError as e:
    print("ValueError:", e)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R in 4
except TypeError as e:
    print("TypeError:", e)
try:
    4 in Perm.R
except TypeError as e:
    print("TypeError:", e)
print(Perm.R | 1 if False else "skip", Perm.R.__or__(1))
