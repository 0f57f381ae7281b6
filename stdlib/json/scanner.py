"""The JSON value scanner: make_scanner(decoder) returns scan_once(s, idx),
which decodes the value starting at s[idx] and returns (value, end), or
raises StopIteration(idx) when no JSON value starts there."""

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _match_number(s, start):
    """(integer part, fraction, exponent, end) of the number at s[start],
    or None. Parts are '' when absent; the integer part includes a '-'."""
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
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return None
    int_end = i
    frac_end = i
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
        frac_end = i
    exp_end = frac_end
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '-+':
            j += 1
        k = j
        while k < n and s[k] in _DIGITS:
            k += 1
        if k > j:
            exp_end = k
    return s[start:int_end], s[int_end:frac_end], s[frac_end:exp_end], exp_end


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
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        m = _match_number(s, idx)
        if m is None:
            raise StopIteration(idx)
        integer, frac, exp, end = m
        if frac or exp:
            return parse_float(integer + frac + exp), end
        return parse_int(integer), end

    def scan_once(s, idx):
        try:
            return _scan_once(s, idx)
        finally:
            memo.clear()

    return scan_once
