# json.dumps / json.dump: CPython's exact text for every builtin type and option.
import json
import io
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(2 ** 100), json.dumps(-(2 ** 70)))
print(json.dumps([1.0, 0.1, -0.0, 1e16, 1e-7, 1.5e300, 3.141592653589793, 123456789.125, 5e-324]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("plain"), json.dumps(""), json.dumps("quote\" back\\ slash/"))
print(json.dumps("\b\f\n\r\t\x00\x01\x1f\x7f"))
print(json.dumps("caf\u00e9 \u4e2d\u6587 \U0001f600 \u2028"))
print(json.dumps("caf\u00e9 \u4e2d\u6587 \U0001f600 \x7f \n", ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps((1, (2, [3, (4,)]))))
print(json.dumps({"a": 1, "b": [1, 2, {"c": None}], "d": {"e": {}}}))
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5, -3: 6, float("inf"): 7, 10 ** 20: 8}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))

# indent as int, str, zero, negative; separators with and without indent.
value = {"name": "coil", "list": [1, [2, 3], [], {}], "nested": {"k": [True, None]}}
print(json.dumps(value, indent=2))
print(json.dumps(value, indent="\t"))
print(json.dumps(value, indent="--"))
print(json.dumps(value, indent=0))
print(json.dumps(value, indent=-3))
print(json.dumps([1, 2], indent=True))
print(json.dumps(value, separators=(",", ":")))
print(json.dumps(value, separators=(" ,", " : ")))
print(json.dumps([1, {"a": 2}], indent=1, separators=(", ", " = ")))
print(json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([[]], indent=4))
print(json.dumps("str", indent=4), json.dumps(5, indent=4))

# sort_keys
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}, "C": 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=2))
print(json.dumps({3: "x", 1: "y", 2: "z"}, sort_keys=True))
attempt("mixed sort", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))

# skipkeys and bad keys
attempt("tuple key", lambda: json.dumps({(1, 2): 1}))
attempt("tuple key indent", lambda: json.dumps({(1, 2): 1}, indent=1))
attempt("frozenset key", lambda: json.dumps({frozenset(): 1}))
print(json.dumps({(1, 2): 1, "a": 2, object: 3, "b": 4}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True))

# default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode %s" % type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(0, [Point(5, 6)])}, default=encode_point, indent=2))
attempt("no default", lambda: json.dumps(Point(1, 2)))
attempt("set", lambda: json.dumps({1, 2}))
attempt("bytes", lambda: json.dumps(b"x"))
attempt("complex", lambda: json.dumps([1, 2j]))
attempt("default raises", lambda: json.dumps(object(), default=encode_point))
attempt("type", lambda: json.dumps(int))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1}, "f": frozenset("ab")}, cls=SetEncoder, sort_keys=True))
attempt("cls fallback", lambda: json.dumps(Point(1, 2), cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1}]))
print(list(json.JSONEncoder().iterencode([1, "a"])) == ['[1', ', "a"', ']'] or "chunks differ")
print(''.join(json.JSONEncoder(indent=2).iterencode({"a": [1]})))

# allow_nan
attempt("nan", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("inf list", lambda: json.dumps([1, float("inf")], allow_nan=False))
attempt("inf indent", lambda: json.dumps([float("-inf")], allow_nan=False, indent=1))
attempt("nan key", lambda: json.dumps({float("nan"): 1}, allow_nan=False, indent=1))
print(json.dumps([1.5], allow_nan=False))

# circular references
a = [1]
a.append(a)
attempt("list cycle", lambda: json.dumps(a))
attempt("list cycle indent", lambda: json.dumps(a, indent=2))
d = {"k": 1}
d["self"] = d
attempt("dict cycle", lambda: json.dumps(d))
attempt("deep cycle", lambda: json.dumps({"x": [{"y": d}]}))
attempt("default cycle", lambda: json.dumps(Point(1, 2), default=lambda o: [o]))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))

# int/float/str subclasses encode as their base type
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(7): 1, MyFloat(0.5): 2, MyStr("k"): 3}))
print(json.dumps([MyInt(3), MyFloat(2.5)], indent=1))

# dump into a file-like object
out = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, out)
print(out.getvalue())
out = io.StringIO()
json.dump([1, {"x": "y"}], out, indent=2, sort_keys=True)
print(out.getvalue())

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
json.dump({"k": [1, 2]}, c)
print("".join(c.parts))

# bad arguments
attempt("unknown kw", lambda: json.dumps(1, foo=2))
attempt("indent float", lambda: json.dumps([1], indent=1.5))
attempt("separators int", lambda: json.dumps([1], separators=1))
attempt("separators short", lambda: json.dumps([1], separators=(",",)))
attempt("positional", lambda: json.dumps(1, True))
