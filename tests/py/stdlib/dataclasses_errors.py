# dataclasses: CPython's exceptions and messages for bad definitions and calls.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY


def attempt(label, source):
    try:
        exec(source, globals())
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("non-default after default", """
@dataclass
class A:
    x: int = 1
    y: int
""")
attempt("non-default after factory", """
@dataclass
class A:
    x: list = field(default_factory=list)
    y: int
""")
attempt("inherited default then non-default", """
@dataclass
class B:
    x: int = 1
@dataclass
class C(B):
    y: str
""")
attempt("init=False non-default is fine", """
@dataclass
class A:
    x: int = 1
    y: int = field(init=False)
""")
attempt("mutable list", """
@dataclass
class A:
    x: list = []
""")
attempt("mutable dict", """
@dataclass
class A:
    y: int = 0
    x: dict = {}
""")
attempt("mutable set", """
@dataclass
class A:
    x: set = set()
""")
attempt("mutable via field", """
@dataclass
class A:
    x: list = field(default=[1])
""")
attempt("default and factory", """
field(default=1, default_factory=list)
""")
attempt("order without eq", """
@dataclass(order=True, eq=False)
class A:
    x: int
""")
attempt("field without annotation", """
@dataclass
class A:
    x: int
    y = field(default=1)
""")
attempt("frozen from non-frozen", """
@dataclass
class B:
    x: int
@dataclass(frozen=True)
class C(B):
    y: int = 0
""")
attempt("non-frozen from frozen", """
@dataclass(frozen=True)
class B:
    x: int
@dataclass
class C(B):
    y: int = 0
""")
attempt("overwrite __lt__", """
@dataclass(order=True)
class A:
    x: int
    def __lt__(self, other):
        return True
""")
attempt("overwrite __setattr__", """
@dataclass(frozen=True)
class A:
    x: int
    def __setattr__(self, name, value):
        pass
""")
attempt("unsafe_hash with __hash__", """
@dataclass(unsafe_hash=True)
class A:
    x: int
    def __hash__(self):
        return 1
""")
attempt("two KW_ONLY", """
@dataclass
class A:
    a: int
    _: KW_ONLY
    b: int = 0
    __: KW_ONLY
    c: int = 0
""")
attempt("initvar factory", """
@dataclass
class A:
    x: InitVar[list] = field(default_factory=list)
""")


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int]
    hidden: int = field(init=False, default=3)

    def __post_init__(self, scale):
        self.a *= scale


def call(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


call("no args", lambda: Point())
call("too many", lambda: Point(1, 2, 3))
call("bad kw", lambda: Point(1, z=3))
call("dup kw", lambda: Point(1, x=2))
call("missing initvar", lambda: WithInitVar(1))
call("fields int", lambda: fields(5))
call("fields class", lambda: fields(int))
call("asdict class", lambda: asdict(Point))
call("asdict int", lambda: asdict(3))
call("astuple list", lambda: astuple([1]))
call("replace int", lambda: replace(5, x=1))
call("replace class", lambda: replace(Point, x=1))
call("replace unknown", lambda: replace(Point(1), z=2))
call("replace init=False", lambda: replace(WithInitVar(1, 2), hidden=5))
call("replace missing initvar", lambda: replace(WithInitVar(1, 2)))
call("replace with initvar", lambda: replace(WithInitVar(1, 2), scale=5))
call("compare order", lambda: Point(1) < Point(2))
call("hash unhashable", lambda: hash(Point(1)))
call("dataclass on instance", lambda: dataclass(Point(1)))
call("bad option", lambda: dataclass(bogus=True))
call("field positional", lambda: field(1))
