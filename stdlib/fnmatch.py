"""Shell-style filename matching: fnmatch, fnmatchcase, filter, translate.

Patterns: `*` matches anything, `?` one character, `[seq]` one character in
seq, `[!seq]` one character not in seq. Patterns are translated to regular
expressions (the same text CPython's translate() produces) and compiled
once. Case normalisation is the POSIX one, i.e. none.
"""

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_MAXCACHE = 32768


def _normcase(s):
    # os.path.normcase on POSIX: a type check only.
    if isinstance(s, (str, bytes)):
        return s
    fspath = getattr(type(s), "__fspath__", None)
    if fspath is not None:
        r = fspath(s)
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(s).__name__, type(r).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(s).__name__)


def _compile_pattern(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        res = translate(str(pat, "ISO-8859-1"))
        match = re.compile(bytes(res, "ISO-8859-1")).match
    else:
        match = re.compile(translate(pat)).match
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = match
    return match


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat (after case normalisation)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches the shell pattern pat, case included."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The elements of names that match pat."""
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(name)]


def _set_body(pat, i, j):
    """The regex class body for the set pat[i:j] (between '[' and ']')."""
    stuff = pat[i:j]
    if "-" not in stuff:
        return stuff.replace("\\", r"\\")
    # Split at the hyphens that form ranges; a hyphen right after the
    # opening (or after "!") is a literal.
    chunks = []
    k = i + 2 if pat[i] == "!" else i + 1
    start = i
    while True:
        k = pat.find("-", k, j)
        if k < 0:
            break
        chunks.append(pat[start:k])
        start = k + 1
        k = k + 3
    last = pat[start:j]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += "-"
    # Drop empty ranges such as z-a (invalid in a regex) by merging chunks.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return "-".join(c.replace("\\", r"\\").replace("-", r"\-") for c in chunks)


_set_ops = re.compile(r"([&~|])")


def translate(pat):
    """The regular expression (a str) matching what shell pattern pat matches."""
    STAR = None
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append("\\[")
                continue
            body = _set_ops.sub(r"\\\1", _set_body(pat, i, j))
            i = j + 1
            if not body:
                pieces.append("(?!)")
            elif body == "!":
                pieces.append(".")
            else:
                if body[0] == "!":
                    body = "^" + body[1:]
                elif body[0] in ("^", "["):
                    body = "\\" + body
                pieces.append("[" + body + "]")
        else:
            pieces.append(re.escape(c))
    # Literal pieces before the first star stay as they are; each interior
    # "star, fixed text" pair becomes an atomic minimal match, and a final
    # star a plain ".*".
    out = []
    k = 0
    while k < len(pieces) and pieces[k] is not STAR:
        out.append(pieces[k])
        k += 1
    while k < len(pieces):
        k += 1  # the star
        fixed = []
        while k < len(pieces) and pieces[k] is not STAR:
            fixed.append(pieces[k])
            k += 1
        fixed = "".join(fixed)
        if k == len(pieces):
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"
