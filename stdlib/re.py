"""Regular expressions with Python's syntax (the `re` module).

Patterns are compiled by the native `_re` module (parsing with CPython's
rules and messages, matching with fancy-regex); this file holds the public
functions, the flags, `re.error` and the compiled-pattern cache.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]


class RegexFlag(int):
    """The re flags: ints that print as their names (re.IGNORECASE|re.M...)."""

    # Definition order, as CPython's enum lists them.
    _members = (
        ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
        ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
        ("DEBUG", 128),
    )
    _all_bits = 511

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, bit in RegexFlag._members if v & bit]
        if v & ~RegexFlag._all_bits:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = ["re." + n for n, bit in RegexFlag._members if v & bit]
        rest = v & ~RegexFlag._all_bits
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & RegexFlag._all_bits)

    def __iter__(self):
        v = int(self)
        for n, bit in RegexFlag._members:
            if v & bit:
                yield RegexFlag(bit)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A bad pattern. msg is the bare message; pattern and pos (when known)
    locate it, and lineno/colno give the position as line and column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        super().__init__(text)


_re.set_error(error)

Pattern = _re.Pattern
Match = _re.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags & T  # a non-int flags argument fails here, as in CPython
    p = _re.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Match the pattern at the start of the string: a Match, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Match the pattern against the whole string: a Match, or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Find the first place the pattern matches: a Match, or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the (first count) matches of pattern by repl (a template or a callable)."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, returning (new_string, number_of_substitutions)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split string by the matches of pattern (groups are included in the result)."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "All non-overlapping matches: strings, or group tuples when there are groups."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator of Match objects over the non-overlapping matches."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
_special_chars_map = {ord(c): "\\" + c for c in _special}
_special_bytes = frozenset(_special.encode())


def escape(pattern):
    "Backslash-escape every character that is special in a pattern."
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    if not isinstance(pattern, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)
    out = bytearray()
    for b in pattern:
        if b in _special_bytes:
            out.append(92)
        out.append(b)
    return bytes(out)
