# json.loads / json.load: values, hooks, number parsing, bytes input, raw_decode.
import io
import json
from collections import OrderedDict

doc = '''
{
  "name": "coil", "version": 3, "ratio": 0.25, "big": 123456789012345678901234567890,
  "neg": -0, "negf": -0.0, "exp": [1e5, 1E-5, -1.5e+3, 2.5E2],
  "flags": [true, false, null],
  "nested": {"a": [], "b": {}, "c": [[[]]], "d": [{"e": "f"}]},
  "text": "tab\\there \\"quoted\\" back\\\\slash \\/ \\u00e9\\u4e2d \\ud83d\\ude00 \\b\\f\\n\\r"
}
'''
value = json.loads(doc)
for key in value:
    print(key, repr(value[key]))
print(json.loads("[]"), json.loads("{}"), json.loads(" [ ] "), json.loads('""'), json.loads("0"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads("\t\r\n 42 \n\t"))
print(json.loads('"\\u0041\\u00Af\\u00af"'))
print(json.loads('"\\ud834\\udd1e"') == "\U0001d11e")

# Hooks and number parsers.
print(json.loads('{"b": {"y": 1, "x": 2}, "a": 3}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
print(json.loads('[1.5, 2, -3, 1e2, "4"]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[0.1, 2.50]', parse_float=lambda s: ("float", s)))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('["a\tb", "c\nd", "\x01"]', strict=False))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": {"x": 0, "y": 0}}], "n": 2}', object_hook=as_point))

# bytes and bytearray input, in the encodings JSON allows.
print(json.loads(b'{"a": [1, "caf\xc3\xa9"]}'))
print(json.loads(bytearray(b'[true]')))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
print(json.loads('[1, "x"]'.encode("utf-16")))
print(json.loads('{"k": "v"}'.encode("utf-16-le")))
print(json.loads('{"k": "v"}'.encode("utf-16-be")))

# load() from file-like objects.
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
print(json.load(io.BytesIO(b'[1, 2, 3]'), parse_int=float))

# The decoder class and raw_decode.
dec = json.JSONDecoder()
print(dec.decode(' {"a": [1]} '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx"s"yy', 2))
print(json.decoder.JSONDecoder(parse_int=str).decode("[1, 22]"))

class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())

print(json.loads('["abc", "def"]', cls=UpperDecoder))

# Round trips.
for v in [[1, 2.5, "x", None, True, {"a": [{}]}], {"unicode": "\u00e9\U0001f600", "esc": "\n\t\"\\"},
          [1e300, -1e-300, 0.1, 1 / 3], list(range(-5, 5))]:
    for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
        assert json.loads(json.dumps(v, **kw)) == v, (v, kw)
print("round trips ok")
