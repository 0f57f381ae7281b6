# json.loads errors: JSONDecodeError with CPython's messages, positions,
# line/column numbers, and TypeError for non-text input.
import json

bad_documents = [
    '', ' ', '\n\n   ', '[', ']', '{', '}', '[1,]', '[,1]', '[1,,2]', '[1 2]', '[1', '[1,2',
    '["a"', '[\n1,\n2\n', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{1:2}', "{'a': 1}", '{"a":}',
    '{"a"', '{"a":1', '{,}', '{"a":1,"b"', '{"a":1}}', '"abc', '"abc\\', '"\\', '"a\\x"',
    '"\\U0041"', '"a\\u12"', '"a\\u12zz"', '"\\u"', '"\\u 123"', '"\\u-123"', '"\\u0x12"',
    '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\x01"', '"a\tb"', '"line\nbreak"', '"abc\n',
    'nul', 'tru', 'fals', 'nan', 'inf', '-inf', 'NaNx', 'Infinityy', '01', '00', '1.', '.5',
    '1e', '1.5E', '-0e', '2e+', '-', '-a', '--1', '+1', '0x10', "'a'", '1 2', '[1] x',
    'true false', '[1]\x0b', '\x0c[]', '\ufeff[]', '[1,\n2,\n3', '{\n  "a": 1,\n  "b" 2\n}',
    '[[[[]]]', '{"a": [1, {"b": }]}',
]
for doc in bad_documents:
    try:
        result = json.loads(doc)
        print(repr(doc), "->", repr(result))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

# JSONDecodeError itself.
e = json.JSONDecodeError("Something", "ab\ncd\nef", 5)
print(e, "|", e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
print(e.__reduce__()[1])
try:
    json.loads('{"x": tru}')
except ValueError as e:
    print("caught as ValueError:", e)

# Raw decoding errors.
dec = json.JSONDecoder()
for args in [("",), ("  [1]",), ("[1] x", 4), ("[1]", 3)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print("raw_decode", args, "|", e)

# Input of the wrong type.
for bad in [None, 5, 1.5, [1], {"a": 1}, object]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads("[1]", foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads()
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1.5]", parse_float=int)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d["missing"])
except KeyError as e:
    print("KeyError:", e)
