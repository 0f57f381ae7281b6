"""JSON decoding: JSONDecoder, JSONDecodeError and the string scanner.

Positions and messages in errors follow CPython's C scanner (_json.c), which
is what `json.loads` uses there: "Expecting value", "Expecting ',' delimiter",
"Invalid \\escape" at the backslash, "Invalid \\uXXXX escape" at the 'u'...
"""

from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass with the position of the problem.

    msg: the unformatted message; doc: the document being parsed; pos: the
    index in doc where parsing failed; lineno, colno: pos as line and column.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = frozenset('0123456789abcdefABCDEF')


def _hex4(s, pos):
    """The value of the 4 hex digits at s[pos:pos+4], or None."""
    esc = s[pos:pos + 4]
    if len(esc) != 4:
        return None
    for c in esc:
        if c not in _HEX:
            return None
    return int(esc, 16)


def _first_control(chunk):
    """Index of the first character below U+0020 in chunk, or -1."""
    if chunk.isprintable():
        return -1
    i = 0
    for c in chunk:
        if c < ' ':
            return i
        i += 1
    return -1


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end - 1].

    Returns (decoded string, index just past the closing quote).
    """
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        chunk = s[end:stop] if stop >= 0 else s[end:]
        if strict:
            bad = _first_control(chunk)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, end + bad)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            chunks.append(chunk)
        if stop == q:
            return ''.join(chunks), q + 1
        # A backslash escape at `stop`.
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[stop + 1]
        if esc != 'u':
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            end = stop + 2
            continue
        uni = _hex4(s, stop + 2)
        if uni is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        end = stop + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(uni))


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Parse an object whose '{' is just before s_and_end[1]."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    n = len(s)
    end = _skip_ws(s, end)
    if end >= n or s[end] != '}':
        while True:
            if end >= n or s[end] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if end >= n or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = scan_once(s, end)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            if end < n and s[end] == '}':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once):
    """Parse an array whose '[' is just before s_and_end[1]."""
    s, end = s_and_end
    values = []
    n = len(s)
    end = _skip_ws(s, end)
    if end >= n or s[end] != ']':
        while True:
            value, end = scan_once(s, end)
            values.append(value)
            end = _skip_ws(s, end)
            if end < n and s[end] == ']':
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    return values, end + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    object_hook / object_pairs_hook post-process decoded objects; parse_float,
    parse_int and parse_constant convert number and NaN/Infinity literals;
    strict=False allows control characters inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document `s` (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; returns (object, end)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
