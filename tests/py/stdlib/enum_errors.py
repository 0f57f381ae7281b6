# enum: CPython's exceptions and messages for bad lookups, bad definitions,
# modification attempts, and `in` with a non-member (a DeprecationWarning too).
import io
import sys
import warnings
from enum import Enum, IntEnum, Flag, unique, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("by value", lambda: Color(4))
attempt("by value str", lambda: Color("RED"))
attempt("by value None", lambda: Color(None))
attempt("by value list", lambda: Color([1]))
attempt("by name", lambda: Color["PURPLE"])
attempt("by name int", lambda: Color[1])
attempt("attribute", lambda: Color.PURPLE)
attempt("dunder attribute", lambda: Color.__nothing__)
attempt("member attribute", lambda: Color.RED.nothing)
attempt("order", lambda: Color.RED < Color.GREEN)
attempt("add", lambda: Color.RED + 1)
attempt("int()", lambda: int(Color.RED))
attempt("reassign", lambda: setattr(Color, "RED", 5))
attempt("delete", lambda: delattr(Color, "RED"))
attempt("set name", lambda: setattr(Color.RED, "name", "x"))
attempt("set value", lambda: setattr(Color.RED, "value", 9))
attempt("del value", lambda: delattr(Color.RED, "value"))
attempt("class name attr", lambda: Color.name)
attempt("new attribute", lambda: setattr(Color, "extra", 1) or Color.extra)
attempt("call no args", lambda: Color())
attempt("IntEnum by value", lambda: IntEnum("N", "A B")(5))


def define(source):
    try:
        exec(source, globals())
        print("defined")
    except Exception as e:
        print(type(e).__name__ + ":", e)


define("""
class Dup(Enum):
    A = 1
    A = 2
""")
define("""
class Dup(Enum):
    A = 1
    def A(self):
        pass
""")
define("""
class Extend(Color):
    PURPLE = 4
""")
define("""
@unique
class Aliased(Enum):
    A = 1
    B = 2
    C = 1
    D = 2
""")
define("""
class Reserved(Enum):
    _sunder_ = 1
""")
define("""
class BadMro(Enum):
    mro = 1
""")
define("""
class WrongOrder(Enum):
    _order_ = "B A"
    A = 1
    B = 2
""")
define("""
class IntBad(IntEnum):
    A = "not a number"
""")
define("""
class NextTooLate(Enum):
    A = auto()
    def _generate_next_value_(name, start, count, last_values):
        return 1
""")
try:
    class Mixin(int, str, Enum):
        A = 1
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


attempt("bad _missing_", lambda: Missing(5))


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


attempt("raising _missing_", lambda: Raises(5))

# `in` with something that is not a member: DeprecationWarning, then TypeError.
saved = sys.stderr
sys.stderr = captured = io.StringIO()
attempt("in int", lambda: 1 in Color)
attempt("in str", lambda: "RED" in Color)
sys.stderr = saved
print(captured.getvalue().replace(__file__, "FILE"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    attempt("in None", lambda: None in Color)
    print([(m.category.__name__, m.lineno) for m in w])
