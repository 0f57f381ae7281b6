# Arity errors of builtin methods: the TypeError for too few and too many
# arguments, as METH_NOARGS, METH_O, Argument Clinic and slot wrappers word it.
# Methods are called bound (getattr first), so a method inherited from object
# names the sample's type (`list.__format__()`).

def samples():
    d = {1: 2}
    return [
        ("list", [1]), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})),
        ("tuple", (1,)), ("str", "ab"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab")),
        ("int", 5), ("float", 1.5), ("complex", 1j), ("range", range(3)),
        ("dict_keys", d.keys()), ("dict_values", d.values()), ("dict_items", d.items()),
        ("object", object()),
        ("list_iterator", iter([1, 2])), ("generator", (x for x in [1, 2])),
        ("slice", slice(1, 2)), ("function", samples),
        ("ValueError", ValueError("x")), ("property", property(len)),
    ]

names = [
    # list
    "append", "extend", "pop", "remove", "index", "count", "reverse", "copy", "clear", "insert", "sort",
    # dict
    "get", "setdefault", "keys", "values", "items", "update", "popitem", "fromkeys",
    # set
    "add", "discard", "union", "intersection", "difference", "issubset", "issuperset", "isdisjoint",
    "symmetric_difference", "update", "intersection_update", "difference_update", "symmetric_difference_update",
    # numbers
    "bit_length", "bit_count", "to_bytes", "from_bytes", "conjugate", "as_integer_ratio", "is_integer",
    "hex", "fromhex", "real", "imag",
    # str / bytes
    "upper", "lower", "join", "split", "rsplit", "strip", "lstrip", "rstrip", "startswith", "endswith",
    "find", "rfind", "replace", "encode", "decode", "center", "ljust", "rjust", "zfill", "partition",
    "splitlines", "isdigit", "expandtabs", "removeprefix",
    # dunders
    "__len__", "__contains__", "__getitem__", "__iter__", "__reversed__", "__sizeof__", "__reduce__",
    "__reduce_ex__", "__format__", "__eq__", "__ne__", "__lt__", "__hash__", "__repr__", "__str__",
    "__bool__", "__add__", "__radd__", "__sub__", "__mul__", "__rmul__", "__iadd__", "__imul__",
    "__or__", "__and__", "__neg__", "__abs__", "__int__", "__float__", "__index__", "__round__",
    "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__setitem__", "__delitem__",
    "__init__", "__dir__", "__getattribute__", "__setattr__", "__delattr__", "__init_subclass__",
    "__subclasshook__", "__class_getitem__", "isdisjoint",
    "__pow__", "__mod__", "__truediv__", "__floordiv__", "__complex__", "__alloc__",
    "rindex", "rpartition", "title", "capitalize", "swapcase", "isalpha", "isascii", "casefold",
    "format", "format_map", "translate", "maketrans", "removesuffix", "index",
    "send", "throw", "close", "__next__", "__length_hint__", "indices", "__get__", "__call__",
    "with_traceback", "add_note", "getter", "setter", "deleter", "__set__", "__delete__",
]

# Methods coil does not have at all (CPython has them): not called here.
ALL = "*"
missing = {
    "__reduce__": ALL,
    "__reduce_ex__": ALL,
    "__subclasshook__": ALL,
    "__sizeof__": {"list", "dict", "set", "frozenset", "tuple", "bytes", "bytearray", "int", "float",
                   "complex", "range", "dict_keys", "dict_values", "dict_items", "object",
                   "list_iterator", "generator", "slice", "function", "ValueError", "property"},
    "__class_getitem__": {"list", "dict", "set", "frozenset", "tuple"},
    "__getnewargs__": {"int", "float", "complex", "tuple"},
    "__round__": {"int", "float"},
    "__lt__": {"bytearray", "complex", "dict_keys", "dict_values", "dict_items", "object",
               "list_iterator", "generator", "slice", "function", "ValueError", "property"},
    "__mod__": {"bytearray"},
    "maketrans": {"bytearray"},
    "__and__": {"int", "set", "frozenset", "dict_keys", "dict_items"},
    "__or__": {"int", "dict", "set", "frozenset", "dict_keys", "dict_items"},
    "__sub__": {"set", "frozenset", "dict_keys", "dict_items"},
    "__iadd__": {"list"},
    "__imul__": {"list", "bytearray"},
    "__rmul__": {"list", "tuple"},
    "__bool__": {"range"},
    "__reversed__": {"range"},
    "fromhex": {"bytearray"},
    # object.__init__'s excess-argument rule; bytearray and property have no own __init__.
    "__init__": {"object", "bytearray", "property"},
}


def skipped(tname, n):
    s = missing.get(n)
    return s is not None and (s == ALL or tname in s)


seen = set()
unique = []
for n in names:
    if n not in seen:
        seen.add(n)
        unique.append(n)

cases = 0
for tname, obj in samples():
    for n in unique:
        m = getattr(obj, n, None)
        if m is None or skipped(tname, n):
            continue
        for args in [(), (1, 2, 3, 4, 5)]:
            try:
                m(*args)
                r = "ok"
            except TypeError as e:
                r = "TypeError: " + str(e)
            except Exception as e:
                r = type(e).__name__
            cases += 1
            print(tname, n, len(args), r)
print("cases", cases)
