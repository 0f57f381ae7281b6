//! The two string-formatting engines of `str`:
//!
//! * printf-style `str % args` and `bytes % args` ([`percent_format`],
//!   [`bytes_percent_format`]): a port of CPython 3.11's `PyUnicode_Format`
//!   (Objects/unicodeobject.c), including its argument bookkeeping, so the
//!   odd corners match too (`'abc' % [1]` is `'abc'` because a list counts
//!   as a mapping; `'%s %(a)s' % d` formats the dict itself first).
//! * `str.format` / `str.format_map` ([`str_format`], [`str_format_map`]): a
//!   port of Objects/stringlib/unicode_format.h (markup parsing, automatic
//!   and manual field numbering, `.attr` / `[key]` lookups, `!r !s !a`,
//!   nested replacement fields in the spec).
//!
//! Numbers are rendered by `crate::format`; this file only decides what to
//! render and lays out printf-style fields. Bytes formatting runs the same
//! engine over a Latin-1 view of the bytes (every byte is one `char` below
//! U+0100), so nothing here ever slices text at a non-character boundary.

use num_bigint::BigInt;

use crate::format::{self, FormatSpec};
use crate::objects::int::IntRef;
use crate::objects::{PyObject, Value};
use crate::vm::ops::{as_int, base_value};
use crate::vm::{PyErr, PyResult, Vm};

/// Widths and precisions above this many characters are refused with
/// MemoryError rather than attempting the allocation (CPython would try
/// and fail the same way, only later).
const MAX_FIELD: i64 = format::MAX_RESULT_CHARS;

/// Which printf-style engine is running: `str % x` or `bytes % x`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

/// `fmt % args` for a str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    percent_engine(vm, fmt, args, Mode::Str).map(Value::string)
}

/// `fmt % args` for bytes (`%b`/`%s` take bytes, `%r`/`%a` give ASCII).
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let latin1: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_engine(vm, &latin1, args, Mode::Bytes)?;
    // Every char the bytes engine emits is below U+0100 (see `fetch_bytes`).
    Ok(Value::bytes(out.chars().map(|c| c as u32 as u8).collect()))
}

/// CPython's `unicode_formatter_t` argument state: `args` is the tuple (or
/// the single value, or the value looked up by `%(key)`), `arglen`/`argidx`
/// follow CPython's encoding (-1/-2 for "one value, not yet used").
struct ArgState {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
}

impl ArgState {
    fn new(vm: &Vm, args: &Value, mode: Mode) -> ArgState {
        // A tuple subclass instance formats like its tuple.
        let unwrapped = match base_value(args) {
            Some(b) if b.as_tuple().is_some() => b,
            _ => args.clone(),
        };
        let (arglen, argidx) = match unwrapped.as_tuple() {
            Some(t) => (t.len() as i64, 0),
            None => (-1, -2),
        };
        let dict = if is_mapping_arg(vm, args, mode) { Some(args.clone()) } else { None };
        ArgState { args: unwrapped, arglen, argidx, dict }
    }

    fn next_arg(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = self.args.as_tuple().and_then(|t| t.get(i as usize)) {
                return Ok(v.clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`:
/// anything subscriptable except tuples and strings is taken as the mapping
/// for `%(name)s` (and then suppresses the "not all converted" check).
fn is_mapping_arg(vm: &Vm, v: &Value, mode: Mode) -> bool {
    let Value::Obj(o) = v else { return false };
    match &**o {
        PyObject::Dict(_) | PyObject::List(_) | PyObject::Range(_) => true,
        PyObject::Bytes(_) => mode == Mode::Str,
        PyObject::Instance(i) => {
            let is_text = matches!(&i.base, Some(Value::Obj(b)) if matches!(&**b, PyObject::Tuple(_) | PyObject::Str(_)));
            !is_text && vm.lookup_special(v, "__getitem__").is_some()
        }
        _ => false,
    }
}

/// A read position in the format string (byte offset; every stop is on a
/// char boundary because it only ever advances by whole chars).
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..).and_then(|r| r.chars().next())
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    /// Index (in characters) of the char just before the cursor, as CPython
    /// reports it in "unsupported format character" errors.
    fn last_char_index(&self) -> usize {
        self.s.get(..self.pos).map_or(0, |p| p.chars().count()).saturating_sub(1)
    }
}

/// The parsed `%[(key)][flags][width][.prec]` part of one conversion.
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
    ch: char,
}

fn percent_engine(vm: &mut Vm, fmt: &str, args: &Value, mode: Mode) -> PyResult<String> {
    let mut st = ArgState::new(vm, args, mode);
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < fmt.len() {
        let rest = &fmt[pos..];
        match rest.find('%') {
            None => {
                out.push_str(rest);
                break;
            }
            Some(i) => {
                out.push_str(&rest[..i]);
                pos = one_conversion(vm, fmt, pos + i + 1, &mut st, &mut out, mode)?;
            }
        }
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        let what = if mode == Mode::Str { "string" } else { "bytes" };
        return Err(vm.type_error(&format!("not all arguments converted during {} formatting", what)));
    }
    Ok(out)
}

/// Handles one conversion whose text starts at `pos` (just after the `%`);
/// returns the position after it.
fn one_conversion(vm: &mut Vm, fmt: &str, pos: usize, st: &mut ArgState, out: &mut String, mode: Mode) -> PyResult<usize> {
    let mut cur = Cursor { s: fmt, pos };
    if cur.peek() == Some('%') {
        out.push('%');
        return Ok(pos + 1);
    }
    if cur.peek() == Some('(') {
        mapping_key(vm, &mut cur, st, mode)?;
    }
    let conv = parse_conversion(vm, &mut cur, st)?;
    let v = st.next_arg(vm)?;
    let index = cur.last_char_index();
    render(vm, &conv, &v, mode, index, out)?;
    if st.dict.is_some() && st.argidx < st.arglen {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(cur.pos)
}

/// `%(key)`: looks the (balanced-parenthesis) key up in the mapping and
/// makes the result the single current argument.
fn mapping_key(vm: &mut Vm, cur: &mut Cursor, st: &mut ArgState, mode: Mode) -> PyResult<()> {
    let Some(dict) = st.dict.clone() else {
        return Err(vm.type_error("format requires a mapping"));
    };
    cur.next();
    let start = cur.pos;
    let mut depth = 1;
    let mut end = start;
    while depth > 0 {
        match cur.next() {
            Some(')') => depth -= 1,
            Some('(') => depth += 1,
            Some(_) => {}
            None => return Err(vm.value_error("incomplete format key")),
        }
        end = cur.pos;
    }
    let text = cur.s.get(start..end.saturating_sub(1)).unwrap_or("");
    let key = match mode {
        Mode::Str => Value::str(text),
        Mode::Bytes => Value::bytes(text.chars().map(|c| c as u32 as u8).collect()),
    };
    st.args = vm.get_item(&dict, &key)?;
    st.arglen = -1;
    st.argidx = -2;
    Ok(())
}

/// Flags, width, precision, length modifier and conversion character.
/// Running out of text gives "incomplete format" (after any `*` arguments
/// were fetched, as in CPython).
fn parse_conversion(vm: &mut Vm, cur: &mut Cursor, st: &mut ArgState) -> PyResult<Conv> {
    let mut c = Conv { ljust: false, sign: false, blank: false, alt: false, zero: false, width: -1, prec: -1, ch: '\0' };
    let mut ch = cur.next();
    loop {
        match ch {
            Some('-') => c.ljust = true,
            Some('+') => c.sign = true,
            Some(' ') => c.blank = true,
            Some('#') => c.alt = true,
            Some('0') => c.zero = true,
            _ => break,
        }
        ch = cur.next();
    }
    if ch == Some('*') {
        let v = st.next_arg(vm)?;
        let w = star_arg(vm, &v, false)?;
        if w < 0 {
            c.ljust = true;
        }
        c.width = w.saturating_abs();
        ch = cur.next();
    } else if let Some(d) = ch.and_then(|x| x.to_digit(10)) {
        c.width = d as i64;
        ch = read_digits(vm, cur, &mut c.width, i64::MAX, "width too big")?;
    }
    if ch == Some('.') {
        c.prec = 0;
        ch = cur.next();
        if ch == Some('*') {
            let v = st.next_arg(vm)?;
            c.prec = star_arg(vm, &v, true)?.max(0);
            ch = cur.next();
        } else if let Some(d) = ch.and_then(|x| x.to_digit(10)) {
            c.prec = d as i64;
            ch = read_digits(vm, cur, &mut c.prec, i32::MAX as i64, "precision too big")?;
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = cur.next();
    }
    match ch {
        Some(x) => c.ch = x,
        None => return Err(vm.value_error("incomplete format")),
    }
    Ok(c)
}

/// Continues a decimal number; returns the first non-digit (or None at the end).
fn read_digits(vm: &Vm, cur: &mut Cursor, acc: &mut i64, max: i64, msg: &str) -> PyResult<Option<char>> {
    loop {
        let ch = cur.next();
        let Some(d) = ch.and_then(|x| x.to_digit(10)) else { return Ok(ch) };
        if *acc > (max - d as i64) / 10 {
            return Err(vm.value_error(msg));
        }
        *acc = *acc * 10 + d as i64;
    }
}

/// The value of a `*` width (`ssize_t`) or precision (C `int`).
fn star_arg(vm: &Vm, v: &Value, is_prec: bool) -> PyResult<i64> {
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => {
            let what = if is_prec { "C int" } else { "C ssize_t" };
            return Err(vm.overflow_error(&format!("Python int too large to convert to {}", what)));
        }
        None => return Err(vm.type_error("* wants int")),
    };
    if is_prec && (n > i32::MAX as i64 || n < i32::MIN as i64) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// Converts one argument and writes the laid-out field.
fn render(vm: &mut Vm, c: &Conv, v: &Value, mode: Mode, index: usize, out: &mut String) -> PyResult<()> {
    if c.width > MAX_FIELD || c.prec > MAX_FIELD {
        return Err(vm.new_error_noargs("MemoryError"));
    }
    let (text, numeric) = match c.ch {
        's' | 'r' | 'a' if mode == Mode::Str => (fetch_text(vm, c.ch, v)?, false),
        's' | 'b' if mode == Mode::Bytes => (fetch_bytes(vm, v)?, false),
        'r' | 'a' if mode == Mode::Bytes => (vm.ascii_of(v)?, false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(vm, c, v)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (format_float_arg(vm, c, v)?, true),
        'c' => (format_char(vm, v, mode)?.to_string(), false),
        other => {
            let cp = other as u32;
            let shown = if (31..=126).contains(&cp) { other } else { '?' };
            return Err(vm.value_error(&format!("unsupported format character '{}' (0x{:x}) at index {}", shown, cp, index)));
        }
    };
    emit(out, c, &text, numeric);
    Ok(())
}

fn fetch_text(vm: &mut Vm, ch: char, v: &Value) -> PyResult<String> {
    match ch {
        'r' => vm.repr(v),
        'a' => vm.ascii_of(v),
        _ => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => vm.str_of(v),
        },
    }
}

/// `%s`/`%b` of bytes formatting: bytes, or an object with `__bytes__`;
/// returned as Latin-1 text (one char per byte).
fn fetch_bytes(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match bytes_of(v) {
        Some(b) => Some(b),
        None if Vm::is_user_object(v) => match vm.call_special(v, "__bytes__", &[])? {
            Some(r) => match bytes_of(&r) {
                Some(b) => Some(b),
                None => return Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            },
            None => None,
        },
        None => None,
    };
    match data {
        Some(b) => Ok(b.iter().map(|&x| x as char).collect()),
        None => Err(vm.type_error(&format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", vm.type_name(v)))),
    }
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    let b = base_value(v).unwrap_or_else(|| v.clone());
    match &b {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(x) => Some(x.to_vec()),
            PyObject::ByteArray(x) => Some(x.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `%c`: a one-character string (one byte for bytes) or a code point.
fn format_char(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<char> {
    let bad = |vm: &Vm| match mode {
        Mode::Str => vm.type_error("%c requires int or char"),
        Mode::Bytes => vm.type_error("%c requires an integer in range(256) or a single byte"),
    };
    if mode == Mode::Str {
        if let Some(s) = v.as_str().map(|s| s.to_string()).or_else(|| base_value(v).and_then(|b| b.as_str().map(|s| s.to_string()))) {
            let mut it = s.chars();
            return match (it.next(), it.next()) {
                (Some(ch), None) => Ok(ch),
                _ => Err(bad(vm)),
            };
        }
    } else if let Some(b) = bytes_of(v) {
        return if b.len() == 1 { Ok(b[0] as char) } else { Err(bad(vm)) };
    }
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => Some(n),
        Some(IntRef::Big(_)) => None,
        None if Vm::is_user_object(v) && vm.lookup_special(v, "__index__").is_some() => Some(vm.index_value(v)?),
        None => return Err(bad(vm)),
    };
    let limit = if mode == Mode::Str { 0x110000 } else { 256 };
    match n {
        Some(n) if (0..limit).contains(&n) => char::from_u32(n as u32).ok_or_else(|| surrogate_error(vm, n)),
        _ => {
            let msg = if mode == Mode::Str { "%c arg not in range(0x110000)" } else { "%c arg not in range(256)" };
            Err(vm.overflow_error(msg))
        }
    }
}

/// Coil's strings are UTF-8 and cannot hold lone surrogates (U+D800..U+DFFF).
pub fn surrogate_error(vm: &Vm, cp: i64) -> PyErr {
    vm.value_error(&format!("character U+{:04X} is a surrogate and cannot be represented", cp))
}

/// `%d %i %u %o %x %X`: CPython's `mainformatlong` + `_PyUnicode_FormatLong`
/// (sign, `0x`/`0o` prefix with `#`, digits zero-padded to the precision).
fn format_long(vm: &mut Vm, c: &Conv, v: &Value) -> PyResult<String> {
    let iv = int_for_format(vm, c.ch, v)?;
    let (neg, digits) = match as_int(&iv) {
        Some(IntRef::Small(n)) => (n < 0, radix_digits_u64(n.unsigned_abs(), c.ch)),
        Some(IntRef::Big(b)) => (b.sign() == num_bigint::Sign::Minus, radix_digits_big(b, c.ch)),
        None => (false, "0".to_string()),
    };
    let prefix = match (c.alt, c.ch) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let zeros = (c.prec - digits.len() as i64).max(0) as usize;
    let mut s = String::with_capacity(1 + prefix.len() + zeros + digits.len());
    if neg {
        s.push('-');
    }
    s.push_str(prefix);
    s.extend(std::iter::repeat_n('0', zeros));
    s.push_str(&digits);
    Ok(s)
}

fn radix_digits_u64(m: u64, ch: char) -> String {
    match ch {
        'o' => format!("{:o}", m),
        'x' => format!("{:x}", m),
        'X' => format!("{:X}", m),
        _ => m.to_string(),
    }
}

fn radix_digits_big(b: &BigInt, ch: char) -> String {
    let m = b.magnitude();
    match ch {
        'o' => m.to_str_radix(8),
        'x' => m.to_str_radix(16),
        'X' => m.to_str_radix(16).to_uppercase(),
        _ => m.to_str_radix(10),
    }
}

/// The int to format: ints as they are; for `%d` anything `int()` accepts
/// numerically (floats truncate), for `%o %x %X` only `__index__` types.
fn int_for_format(vm: &mut Vm, ch: char, v: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        return Ok(match i {
            IntRef::Small(n) => Value::Int(n),
            IntRef::Big(_) => v.clone(),
        });
    }
    let wrong = |vm: &Vm| {
        let what = if matches!(ch, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
        vm.type_error(&format!("%{} format: {} is required, not {}", ch, what, vm.type_name(v)))
    };
    let indexable = matches!(ch, 'o' | 'x' | 'X');
    match v {
        Value::Float(_) if !indexable => super::numbers::to_int(vm, v, None),
        Value::Obj(o) if matches!(&**o, PyObject::Instance(_)) => {
            let r = if indexable {
                if vm.lookup_special(v, "__index__").is_none() {
                    return Err(wrong(vm));
                }
                vm.index_value(v).map(Value::Int)
            } else {
                if !["__index__", "__int__", "__float__"].iter().any(|m| vm.lookup_special(v, m).is_some()) {
                    return Err(wrong(vm));
                }
                super::numbers::to_int(vm, v, None)
            };
            r.map_err(|e| if vm.err_is(&e, "TypeError") { wrong(vm) } else { e })
        }
        _ => Err(wrong(vm)),
    }
}

/// `%e %f %g` (and upper-case): the float is rendered without sign option
/// or width (the sign is placed by `emit`, like CPython's `formatfloat`).
fn format_float_arg(vm: &mut Vm, c: &Conv, v: &Value) -> PyResult<String> {
    let x = float_arg(vm, v)?;
    let spec = FormatSpec { precision: Some(if c.prec < 0 { 6 } else { c.prec as usize }), ty: Some(c.ch), alternate: c.alt, ..FormatSpec::default() };
    format::format_float(x, &spec).map_err(|m| format_err(vm, &m))
}

/// `PyFloat_AsDouble`: floats, ints, and objects with `__float__`/`__index__`.
pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if Vm::is_user_object(v) {
        if let Some(r) = vm.call_special(v, "__float__", &[])? {
            return match r {
                Value::Float(f) => Ok(f.get()),
                _ => Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
            };
        }
        if vm.lookup_special(v, "__index__").is_some() {
            let i = vm.index_value(v)?;
            return Ok(i as f64);
        }
        if let Some(b) = base_value(v) {
            return vm.to_f64(&b);
        }
    }
    vm.to_f64(v)
}

/// Raises the exception `crate::format` asks for with its message.
pub fn format_err(vm: &Vm, msg: &str) -> PyErr {
    match format::exception_type(msg) {
        "MemoryError" => vm.new_error_noargs("MemoryError"),
        kind => vm.new_error(kind, msg),
    }
}

/// Lays out one converted field: CPython's `unicode_format_arg_output`
/// (precision truncation for `%s %r %a`, sign and `0x` prefix placed before
/// zero padding but after space padding, left/right justification).
fn emit(out: &mut String, c: &Conv, text: &str, numeric: bool) {
    let mut len = char_len(text);
    if (c.width < 0 || c.width <= len) && (c.prec < 0 || c.prec >= len) && !(c.sign || c.blank) {
        out.push_str(text);
        return;
    }
    let mut body = text;
    if matches!(c.ch, 's' | 'r' | 'a' | 'b') && c.prec >= 0 && len > c.prec {
        body = truncate_chars(body, c.prec as usize);
        len = c.prec;
    }
    let mut sign = None;
    if numeric {
        match body.chars().next() {
            Some(s @ ('-' | '+')) => {
                sign = Some(s);
                body = &body[1..];
                len -= 1;
            }
            _ if c.sign => sign = Some('+'),
            _ if c.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = c.width.max(len);
    let fill = if c.zero && numeric { '0' } else { ' ' };
    if sign.is_some() && width > len {
        width -= 1;
    }
    let has_prefix = c.alt && matches!(c.ch, 'x' | 'X' | 'o') && body.len() >= 2;
    let (prefix, digits) = if has_prefix { body.split_at(2) } else { ("", body) };
    if has_prefix {
        width = (width - 2).max(0);
        len -= 2;
    }
    if fill != ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    if width > len && !c.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(digits);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

fn char_len(s: &str) -> i64 {
    if s.is_ascii() {
        s.len() as i64
    } else {
        s.chars().count() as i64
    }
}

/// The first `n` characters of `s`.
fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((b, _)) => &s[..b],
        None => s,
    }
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

/// Where named fields come from: `str.format`'s keyword arguments, or
/// `format_map`'s mapping (looked up with `__getitem__`, so `__missing__`
/// works).
enum Named<'a> {
    Pairs(&'a [(Value, Value)]),
    Map(&'a Value),
}

/// CPython's `AutoNumber`: whether `{}` or `{0}` style was used first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct FmtCtx<'a> {
    /// None for `format_map` (positional fields are an error there).
    args: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<String> {
    let mut ctx = FmtCtx { args: Some(args), named: Named::Pairs(kw), numbering: Numbering::Unset, next_auto: 0 };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_string(vm, &mut ctx, fmt, 2, &mut out)?;
    Ok(out)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut ctx = FmtCtx { args: None, named: Named::Map(mapping), numbering: Numbering::Unset, next_auto: 0 };
    let mut out = String::with_capacity(fmt.len() + 16);
    build_string(vm, &mut ctx, fmt, 2, &mut out)?;
    Ok(out)
}

/// One replacement field as written: `{name!conv:spec}`.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_needs_expanding: bool,
}

/// Renders `fmt` into `out`. `depth` limits nesting of fields inside specs
/// (CPython allows one level: `'{:{}}'`).
fn build_string(vm: &mut Vm, ctx: &mut FmtCtx, fmt: &str, depth: i32, out: &mut String) -> PyResult<()> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        // Literal text up to the next brace (braces are ASCII, so `i` stays
        // on a char boundary whenever it stops).
        while i < b.len() && b[i] != b'{' && b[i] != b'}' {
            i += 1;
        }
        if i >= b.len() {
            out.push_str(&fmt[start..]);
            break;
        }
        let c = b[i];
        i += 1;
        let next = b.get(i).copied();
        if c == b'}' && next != Some(b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if next == Some(c) {
            // `{{` or `}}`: the literal includes one brace.
            out.push_str(&fmt[start..i]);
            i += 1;
            continue;
        }
        out.push_str(&fmt[start..i - 1]);
        let field = parse_field(vm, fmt, &mut i)?;
        render_field(vm, ctx, &field, depth, out)?;
    }
    Ok(())
}

/// Parses a field starting just after its `{`; leaves `i` after its `}`.
fn parse_field<'a>(vm: &Vm, fmt: &'a str, i: &mut usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
                c = 0;
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let terminated = matches!(c, b'}' | b':' | b'!') && *i > name_start;
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = &fmt[name_start..*i - 1];
    let mut field = Field { name, conversion: None, spec: "", spec_needs_expanding: false };
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let (conv, done) = parse_conversion_char(vm, fmt, i)?;
        field.conversion = Some(conv);
        if done {
            return Ok(field);
        }
    }
    let (spec, expand) = parse_spec(vm, fmt, i)?;
    field.spec = spec;
    field.spec_needs_expanding = expand;
    Ok(field)
}

/// After `!`: the conversion character, and whether the field ends right
/// after it (`{0!r}`) rather than continuing with `:spec`.
fn parse_conversion_char(vm: &Vm, fmt: &str, i: &mut usize) -> PyResult<(char, bool)> {
    let b = fmt.as_bytes();
    let Some(conv) = fmt.get(*i..).and_then(|r| r.chars().next()) else {
        return Err(vm.value_error("end of string while looking for conversion specifier"));
    };
    *i += conv.len_utf8();
    if *i < b.len() {
        let after = b[*i];
        *i += 1;
        if after == b'}' {
            return Ok((conv, true));
        }
        if after != b':' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
    }
    Ok((conv, false))
}

/// The format spec up to the `}` that closes the field (nested braces
/// balanced); also whether it contains replacement fields.
fn parse_spec<'a>(vm: &Vm, fmt: &'a str, i: &mut usize) -> PyResult<(&'a str, bool)> {
    let b = fmt.as_bytes();
    let spec_start = *i;
    let mut expand = false;
    let mut count = 1;
    while *i < b.len() {
        let ch = b[*i];
        *i += 1;
        if ch == b'{' {
            expand = true;
            count += 1;
        } else if ch == b'}' {
            count -= 1;
            if count == 0 {
                return Ok((&fmt[spec_start..*i - 1], expand));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, ctx: &mut FmtCtx, f: &Field, depth: i32, out: &mut String) -> PyResult<()> {
    let mut obj = get_field_object(vm, ctx, f.name)?;
    if let Some(conv) = f.conversion {
        obj = match conv {
            'r' => Value::string(vm.repr(&obj)?),
            's' => Value::string(vm.str_of(&obj)?),
            'a' => Value::string(vm.ascii_of(&obj)?),
            other => {
                let cp = other as u32;
                let msg =
                    if cp > 32 && cp < 127 { format!("Unknown conversion specifier {}", other) } else { format!("Unknown conversion specifier \\x{:x}", cp) };
                return Err(vm.value_error(&msg));
            }
        };
    }
    let expanded;
    let spec = if f.spec_needs_expanding {
        let mut s = String::new();
        build_string(vm, ctx, f.spec, depth - 1, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        f.spec
    };
    // Plain strings with no spec (the common `'{}'.format(s)`) need no formatting.
    if spec.is_empty() {
        if let Some(s) = obj.as_str() {
            out.push_str(s);
            return Ok(());
        }
    }
    let s = vm.format_value(&obj, spec)?;
    out.push_str(&s);
    Ok(())
}

/// CPython's `get_integer`: a run of (Unicode) decimal digits, None if the
/// text is empty or has a non-digit.
fn field_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for ch in s.chars() {
        let Some(d) = format::tables::decimal_value(ch) else { return Ok(None) };
        let d = d as usize;
        if acc > (i64::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Resolves a field name (`0`, `name`, empty for automatic numbering,
/// followed by any `.attr` / `[key]` parts) to the object to format.
fn get_field_object(vm: &mut Vm, ctx: &mut FmtCtx, name: &str) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_end);
    let mut index = field_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.numbering == Numbering::Unset {
            ctx.numbering = if empty { Numbering::Auto } else { Numbering::Manual };
        }
        if ctx.numbering == Numbering::Manual && empty {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if ctx.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => lookup_named(vm, ctx, first)?,
        Some(n) => {
            let Some(args) = ctx.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(n) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(&format!("Replacement index {} out of range for positional args tuple", n)));
                }
            }
        }
    };
    let mut r = rest;
    while !r.is_empty() {
        obj = follow_part(vm, obj, &mut r)?;
    }
    Ok(obj)
}

fn lookup_named(vm: &mut Vm, ctx: &FmtCtx, key: &str) -> PyResult<Value> {
    match &ctx.named {
        Named::Pairs(kw) => match kw.iter().find(|(k, _)| k.as_str() == Some(key)) {
            Some((_, v)) => Ok(v.clone()),
            None => Err(vm.key_error(Value::str(key))),
        },
        Named::Map(m) => {
            let m = (*m).clone();
            vm.get_item(&m, &Value::str(key))
        }
    }
}

/// Applies one `.attr` or `[key]` part at the start of `r`, advancing it.
fn follow_part(vm: &mut Vm, obj: Value, r: &mut &str) -> PyResult<Value> {
    let s = *r;
    let b = s.as_bytes();
    match b.first() {
        Some(b'.') => {
            let end = s[1..].find(['.', '[']).map_or(s.len(), |p| p + 1);
            let attr = &s[1..end];
            *r = &s[end..];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            vm.getattr_str(&obj, attr)
        }
        Some(b'[') => {
            let Some(close) = s.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &s[1..close];
            *r = &s[close + 1..];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match field_integer(vm, key)? {
                Some(n) => Value::Int(n as i64),
                None => Value::str(key),
            };
            vm.get_item(&obj, &k)
        }
        _ => {
            *r = "";
            Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"))
        }
    }
}
