"""The JSON value scanner: make_scanner(decoder) returns scan_once(s, idx),
which decodes the value starting at s[idx] and returns (value, end), or
raises StopIteration(idx) when no JSON value starts there."""

__all__ = ['make_scanner']

_NUMBER_START = frozenset('-0123456789')


def _number_end(s, start):
    """(end, is_float) of the JSON number at s[start], or None."""
    n = len(s)
    i = start
    if i < n and s[i] == '-':
        i += 1
    if i >= n:
        return None
    c = s[i]
    if c == '0':
        i += 1
    elif '1' <= c <= '9':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
    else:
        return None
    is_float = False
    if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
        is_float = True
        i += 2
        while i < n and '0' <= s[i] <= '9':
            i += 1
    if i < n and (s[i] == 'e' or s[i] == 'E'):
        j = i + 1
        if j < n and (s[j] == '-' or s[j] == '+'):
            j += 1
        k = j
        while k < n and '0' <= s[k] <= '9':
            k += 1
        if k > j:
            is_float = True
            i = k
    return i, is_float


def make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(s, idx):
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return parse_string(s, idx + 1, strict)
        if c == '{':
            return parse_object((s, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        if c == '[':
            return parse_array((s, idx + 1), _scan_once)
        if c in _NUMBER_START:
            if c == '-' and s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
            m = _number_end(s, idx)
            if m is None:
                raise StopIteration(idx)
            end, is_float = m
            if is_float:
                return parse_float(s[idx:end]), end
            return parse_int(s[idx:end]), end
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return parse_constant('Infinity'), idx + 8
        raise StopIteration(idx)

    def scan_once(s, idx):
        try:
            return _scan_once(s, idx)
        finally:
            memo.clear()

    return scan_once
