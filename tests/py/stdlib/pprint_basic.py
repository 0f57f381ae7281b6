# pprint: CPython's layout for nested builtins at many widths and options.
import io
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace

data = {
    "name": "coil",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "c": {"d": {"e": {"f": "deep"}}}},
    "tuple1": (1,),
    "empty": [[], {}, (), set(), frozenset()],
    "set": {1, 2, 3},
    "frozen": frozenset({"x"}),
    "text": "The quick brown fox jumps over the lazy dog. " * 3,
    "lines": "first line\nsecond line that is rather long and goes on\nthird\n",
    "bytes": bytes(range(40)),
    "ba": bytearray(b"hello world, this is a bytearray value " * 2),
    99: None,
    (1, 2): [True, False, 1.5, -2.25e10, 3j],
}

for width in (80, 60, 40, 20, 5):
    print("--- width", width)
    pprint.pprint(data, width=width)

print("--- indent 4")
pprint.pprint(data["nested"], indent=4, width=30)
print("--- depth")
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint(((1, (2, (3,))),), depth=2)
print("--- compact")
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), compact=True, width=30)
pprint.pprint([list(range(12)), "x" * 30, list(range(5)), ["a" * 10] * 6], compact=True, width=40)
pprint.pprint([[1, 2], [3, 4]] * 10, compact=True, indent=3, width=30)
print("--- sort_dicts")
d = {"b": 1, "a": 2, "c": {"z": 1, "y": [1, 2]}}
pprint.pprint(d, width=20)
pprint.pprint(d, width=20, sort_dicts=False)
pprint.pp(d, width=20)
pprint.pp(d, width=20, sort_dicts=True)
pprint.pprint({1: "int", "a": "str", 2.5: "float", None: "none"}, width=30)
print("--- strings")
pprint.pprint("short")
pprint.pprint("a" * 100)
pprint.pprint("word " * 30, width=40)
pprint.pprint(["word " * 30], width=40)
pprint.pprint({"key": "long value " * 10}, width=50)
pprint.pprint("line one\nline two\n" * 4, width=25)
pprint.pprint("", width=1)
pprint.pprint("tab\tand 'quotes' and \"double\" \u00e9\n" * 3, width=30)
print("--- bytes")
pprint.pprint(bytes(range(60)), width=30)
pprint.pprint([b"abcdefghij" * 5], width=30)
pprint.pprint(b"abcd", width=1)
pprint.pprint(bytearray(range(50)), width=40)
print("--- numbers")
pprint.pprint([10 ** 20, 1234567], underscore_numbers=True)
pprint.pprint({"big": 10 ** 30}, width=10, underscore_numbers=True)
print("--- collections")
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(OrderedDict())
dd = defaultdict(list)
for i in range(8):
    dd["key%d" % i].append(i)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
pprint.pprint(Counter("abracadabra simsalabim hocus pocus"), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque())
pprint.pprint(ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta="text " * 8, gamma={"x": 1}), width=40)
print("--- pformat and PrettyPrinter")
s = pprint.pformat(data["nested"], width=30)
print(type(s).__name__, s.count("\n"))
print(s)
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint({"a": list(range(10)), "b": "text"})
pp.pprint("second")
print(buf.getvalue(), end="")
print(pp.pformat([1, 2, 3]), pp.isreadable([1, 2]), pp.isrecursive([1]))
pprint.PrettyPrinter(width=20).pprint(list(range(10)))
print("--- saferepr / readability / recursion")
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
print(pprint.isreadable([1, "a", None]), pprint.isreadable([object]), pprint.isreadable({1: len}))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive([1, [2]]))
out = pprint.pformat(rec)
print(out.startswith("[1, 2, <Recursion on list with id="), out.endswith(">]"))
rd = {"k": 1}
rd["self"] = rd
print(pprint.saferepr(rd).startswith("{'k': 1, 'self': <Recursion on dict with id="))
shared = [1, 2]
pprint.pprint([shared, shared, {"a": shared}])

class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 50 + ")"
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!"
class MyDict(dict):
    pass
pprint.pprint([Custom(), Custom()], width=40)
pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(ReprList(range(30)), width=5)
pprint.pprint(MyDict(a=list(range(20)), b=2), width=40)
print("--- errors")
for kwargs in [{"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}, {"width": "x"}, {"indent": "a"}, {"bogus": 1}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    pprint.pformat([1], 1, 80, None, True)
except TypeError as e:
    print("TypeError:", e)
print("--- sets split one item per line are sorted")
pprint.pprint({5, 3, 1, 4, 2, 10, 30, 20}, width=10)
pprint.pprint(frozenset({"pear", "apple", "fig"}), width=10)
