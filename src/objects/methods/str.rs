//! `str` and `bytes`: their methods, the `str(...)` / `bytes(...)`
//! constructors, and the few codecs coil supports (UTF-8, ASCII, Latin-1,
//! UTF-16, UTF-32).
//!
//! Conventions (CPython 3.11 is the oracle):
//! * indices given to and returned by methods count characters, never UTF-8
//!   bytes; ASCII strings (`PyStr::is_ascii`) take byte-indexed fast paths;
//! * `self` may be an instance of a str/bytes subclass (`str_obj` /
//!   `bytes_obj` unwrap it, like `this`); results are always exact
//!   str/bytes; bytes-like arguments may also be bytearrays;
//! * argument errors reproduce CPython's messages, which differ by how each
//!   method parses its arguments (METH_NOARGS, METH_O, Argument Clinic with
//!   or without keywords, `PyArg_ParseTuple`), hence the several `*_args`
//!   helpers below;
//! * results that would exceed [`MAX_BYTES`] raise MemoryError instead of
//!   attempting the allocation.
//!
//! Unicode properties come from Rust's `char` methods plus small tables for
//! what Rust lacks (titlecase letters, digits that are not decimal, ...), so
//! rare characters may classify slightly differently than with CPython's
//! full unicodedata.

use std::rc::Rc;

use super::str_format::{bytes_percent_format, percent_format, str_format, str_format_map};
use crate::format::tables::{decimal_value, is_ascii_space, is_printable, is_space};
use crate::objects::int::IntRef;
use crate::objects::{Instance, Obj, PyObject, PyStr, Value};
use crate::vm::builtins_types::{add_classmethod, add_method, add_staticmethod};
use crate::vm::ops::{as_int, base_value};
use super::{method_no_kw, no_args, one_arg, plural, pos_args, slot_args, slot_one, slot_unpack};
use crate::vm::{PyErr, PyResult, Vm};

/// Largest str/bytes result (in bytes) a method will build.
const MAX_BYTES: usize = 1 << 31;

pub fn install(vm: &mut Vm) {
    install_str(vm);
    install_bytes(vm);
}

fn install_str(vm: &mut Vm) {
    let t = vm.types().str_.clone();
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("expandtabs", str_expandtabs),
        ("format", str_format_method),
        ("format_map", str_format_map_method),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__format__", str_dunder_format),
        ("__iter__", str_iter),
        ("__getnewargs__", str_getnewargs),
        ("__sizeof__", str_sizeof),
    ];
    for &(name, f) in methods {
        add_method(&t, name, f);
    }
    add_staticmethod(&t, "maketrans", str_maketrans);
    add_staticmethod(&t, "__new__", str_new);
}

// ===========================================================================
// Argument helpers
// ===========================================================================

/// The error for a method called on the wrong kind of object
/// (`str.upper(1)`, `str.__len__(1)`) or with no object at all.
fn descr_error(vm: &Vm, owner: &str, name: &str, got: Option<&Value>) -> PyErr {
    match got {
        None if name.starts_with("__") => vm.type_error(&format!("descriptor '{}' of '{}' object needs an argument", name, owner)),
        None => vm.type_error(&format!("unbound method {}.{}() needs an argument", owner, name)),
        Some(v) if name.starts_with("__") => {
            vm.type_error(&format!("descriptor '{}' requires a '{}' object but received a '{}'", name, owner, vm.type_name(v)))
        }
        Some(v) => vm.type_error(&format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, owner, vm.type_name(v))),
    }
}

/// The str object behind `v`: a str, or the value of a str-subclass instance.
fn str_obj(v: &Value) -> Option<Obj> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Str(_) => Some(o.clone()),
            PyObject::Instance(_) => match base_value(v) {
                Some(Value::Obj(b)) if matches!(&*b, PyObject::Str(_)) => Some(b),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The bytes object behind `v` (bytes or a bytes-subclass instance).
fn bytes_obj(v: &Value) -> Option<Obj> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(_) => Some(o.clone()),
            PyObject::Instance(_) => match base_value(v) {
                Some(Value::Obj(b)) if matches!(&*b, PyObject::Bytes(_)) => Some(b),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument: bytes, bytearray, or an instance of a subclass of
/// either, as a bytes object (a bytearray is copied, so no `RefCell` borrow
/// outlives this call).
fn bytes_like_obj(v: &Value) -> Option<Obj> {
    if let Some(o) = bytes_obj(v) {
        return Some(o);
    }
    match base_value(v).as_ref().unwrap_or(v) {
        Value::Obj(o) => match &**o {
            PyObject::ByteArray(b) => Some(Rc::new(PyObject::Bytes(b.borrow().clone().into_boxed_slice()))),
            _ => None,
        },
        _ => None,
    }
}

/// Borrows the text of an object known to be a str.
fn ps(o: &Obj) -> &PyStr {
    match &**o {
        PyObject::Str(s) => s,
        _ => unreachable!("str_obj/self_str only return str objects"),
    }
}

/// Borrows the data of an object known to be bytes.
fn pb(o: &Obj) -> &[u8] {
    match &**o {
        PyObject::Bytes(b) => b,
        _ => unreachable!("bytes_obj/self_bytes only return bytes objects"),
    }
}

fn self_str(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match args.first() {
        None => Err(descr_error(vm, "str", name, None)),
        Some(v) => str_obj(v).ok_or_else(|| descr_error(vm, "str", name, Some(v))),
    }
}

fn self_bytes(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match args.first() {
        None => Err(descr_error(vm, "bytes", name, None)),
        Some(v) => bytes_obj(v).ok_or_else(|| descr_error(vm, "bytes", name, Some(v))),
    }
}

/// How Argument Clinic names a bad argument's type: `None` for None.
fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// `PyArg_ParseTuple` style: `find() takes at least 1 argument (0 given)`.
fn tuple_args(vm: &Vm, owner: &str, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    method_no_kw(vm, owner, name, kw)?;
    let n = args.len().saturating_sub(1);
    if n < min {
        return Err(vm.type_error(&format!("{}() takes at least {} ({} given)", name, plural(min, "argument"), n)));
    }
    if n > max {
        return Err(vm.type_error(&format!("{}() takes at most {} ({} given)", name, plural(max, "argument"), n)));
    }
    Ok(())
}

/// Argument Clinic with keywords (all parameters optional): binds `args`
/// (without self) and `kw` to `names`.
fn kw_args(vm: &Vm, fname: &str, args: &[Value], kw: &[(Value, Value)], names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let total = args.len() + kw.len();
    if total > names.len() {
        let what = if args.is_empty() { "keyword argument" } else { "argument" };
        return Err(vm.type_error(&format!("{}() takes at most {} ({} given)", fname, plural(names.len(), what), total)));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i < args.len() => {
                return Err(vm.type_error(&format!("argument for {}() given by name ('{}') and position ({})", fname, key, i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for {}()", key, fname))),
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`__index__`), with CPython's overflow message.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(n)) => Ok(n),
        Some(IntRef::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => vm.index_value(v),
    }
}

/// A C `int` argument (`__index__`), e.g. expandtabs' tabsize.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => i64::MAX,
        None => vm.index_value(v)?,
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// A start/end argument of find & co.: None, or an int clamped to i64.
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(n)) => Ok(Some(n)),
            Some(IntRef::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
            None if Vm::is_user_object(v) && vm.lookup_special(v, "__index__").is_some() => vm.index_value(v).map(Some),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// CPython's `ADJUST_INDICES`: start/end as for `s[start:end]`, except that
/// start may stay beyond `len` (callers check `start > end`).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn memory_error(vm: &Vm) -> PyErr {
    vm.new_error_noargs("MemoryError")
}

fn check_size(vm: &Vm, n: usize) -> PyResult<()> {
    if n > MAX_BYTES {
        Err(memory_error(vm))
    } else {
        Ok(())
    }
}

fn not_implemented() -> Value {
    Value::from_obj(PyObject::NotImplemented)
}

// ===========================================================================
// Character helpers
// ===========================================================================

/// Byte offsets of the characters `start..end` of `s` (0 <= start <= end <= len).
fn char_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        let n = s.as_str().len();
        return (start.min(n), end.min(n));
    }
    let text = s.as_str();
    let mut bs = text.len();
    let mut be = text.len();
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        if ci == start {
            bs = bi;
        }
        if ci == end {
            be = bi;
            break;
        }
    }
    (bs.min(be), be)
}

/// Number of characters in `s[..byte]` (byte is a char boundary).
fn chars_before(s: &str, byte: usize, ascii: bool) -> usize {
    if ascii {
        byte
    } else {
        s.get(..byte).map_or(0, |p| p.chars().count())
    }
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Titlecase letters (category Lt), which Rust's `char` does not expose.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Case-ignorable characters for the final-sigma rule (approximation).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}') || (0x300..=0x36F).contains(&(c as u32))
}

/// Whether the capital sigma at `chars[i]` ends a word (lowercases to ς).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|&c| is_cased(c));
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|&c| is_cased(c));
    before && !after
}

/// Lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Titlecase mapping (SpecialCasing.txt for the letters where it differs
/// from the uppercase mapping; otherwise uppercase first char, then lower).
fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    let single = match cp {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(cp + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC => Some(cp),
        0x1FB3 => Some(0x1FBC),
        0x1FC3 => Some(0x1FCC),
        0x1FF3 => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    if cp == 0x149 {
        out.push_str("\u{2BC}N");
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

/// Combining marks and other non-letters that Rust counts as Alphabetic
/// (Other_Alphabetic) but Python's `isalpha` (categories L*) does not.
fn is_mark_like(c: char) -> bool {
    let cp = c as u32;
    let indic = (0x900..=0xD7F).contains(&cp) && matches!(cp & 0x7F, 0x01..=0x03 | 0x3C | 0x3E..=0x4D | 0x51..=0x57 | 0x62..=0x63);
    indic
        || matches!(cp,
            0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x670
            | 0x6D6..=0x6ED | 0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0x24B6..=0x24E9 | 0x1F130..=0x1F189)
}

fn py_isalpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_mark_like(c)
}

fn py_isdecimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Digits that are not decimal (superscripts, circled digits, ...).
fn py_isdigit(c: char) -> bool {
    py_isdecimal(c)
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
            | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

fn py_isnumeric(c: char) -> bool {
    py_isdigit(c) || c.is_numeric() || "〇一二三四五六七八九十百千万萬億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".contains(c)
}

fn py_isalnum(c: char) -> bool {
    py_isalpha(c) || py_isnumeric(c)
}

/// XID_Start, approximated: letters (including letter numbers) plus the
/// Other_ID_Start characters.
fn is_id_start(c: char) -> bool {
    c == '_' || (c.is_alphabetic() && !is_mark_like(c)) || matches!(c as u32, 0x1885 | 0x1886 | 0x2118 | 0x212E | 0x309B | 0x309C)
}

/// XID_Continue, approximated: letters, digits, connector punctuation and
/// the common combining marks.
fn is_id_continue(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c as u32,
            0xB7 | 0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x0610..=0x061A
            | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x093C | 0x094D
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x203F | 0x2040
            | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34
            | 0xFE4D..=0xFE4F | 0xFF3F)
}

// ===========================================================================
// str: splitting and joining
// ===========================================================================

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = self_str(vm, args, "join")?;
    let iterable = one_arg(vm, "str", "join", args, kw)?;
    let items = seq_items(vm, iterable, "can only join an iterable")?;
    let sep = ps(&sep).as_str();
    let mut parts: Vec<Obj> = Vec::with_capacity(items.len());
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match str_obj(it) {
            Some(o) => {
                total = total.saturating_add(ps(&o).as_str().len());
                parts.push(o);
            }
            None => {
                return Err(vm.type_error(&format!("sequence item {}: expected str instance, {} found", i, vm.type_name(it))));
            }
        }
    }
    check_size(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(ps(p).as_str());
    }
    Ok(Value::string(out))
}

/// The items of an iterable, with `msg` as the TypeError when it is not
/// iterable (CPython's `PySequence_Fast`). Lists and tuples are read directly.
fn seq_items(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        match &**o {
            PyObject::List(l) => return Ok(l.borrow().clone()),
            PyObject::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `sep` and `maxsplit` of split/rsplit; maxsplit < 0 means no limit.
fn split_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<(Option<Obj>, usize)> {
    let a = kw_args(vm, name, args.get(1..).unwrap_or(&[]), kw, &["sep", "maxsplit"])?;
    // Clinic converts maxsplit while parsing; sep is checked afterwards.
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match str_obj(v) {
            Some(o) => Some(o),
            None => return Err(vm.type_error(&format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    if let Some(s) = &sep {
        if ps(s).as_str().is_empty() {
            return Err(vm.value_error("empty separator"));
        }
    }
    Ok((sep, if maxsplit < 0 { usize::MAX } else { maxsplit as usize }))
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "split")?;
    let (sep, maxsplit) = split_args(vm, "split", args, kw)?;
    let text = ps(&s).as_str();
    Ok(match sep {
        None => str_list(split_whitespace(text, maxsplit)),
        Some(sep) => {
            let n = maxsplit.saturating_add(1);
            match single_char(ps(&sep).as_str()) {
                Some(c) => str_list(text.splitn(n, c).collect()),
                None => str_list(text.splitn(n, ps(&sep).as_str()).collect()),
            }
        }
    })
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, "rsplit", args, kw)?;
    let text = ps(&s).as_str();
    let mut parts = match sep {
        None => rsplit_whitespace(text, maxsplit),
        Some(sep) => {
            let n = maxsplit.saturating_add(1);
            match single_char(ps(&sep).as_str()) {
                Some(c) => text.rsplitn(n, c).collect(),
                None => text.rsplitn(n, ps(&sep).as_str()).collect(),
            }
        }
    };
    parts.reverse();
    Ok(str_list(parts))
}

/// `str.split()` with no separator: runs of Python whitespace separate
/// fields; leading/trailing whitespace gives no empty fields.
fn split_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    if text.is_ascii() {
        // Every split point is an ASCII byte, so these ranges are char boundaries.
        let ranges = ws_ranges(text.as_bytes(), maxsplit, false, |b| is_space(b as char));
        return ranges.into_iter().map(|(a, b)| &text[a..b]).collect();
    }
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut splits = 0;
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(start, _)) = it.peek() else { break };
        if splits >= maxsplit {
            // The rest, trailing whitespace included (as CPython).
            out.push(&text[start..]);
            break;
        }
        let mut end = text.len();
        while let Some(&(i, c)) = it.peek() {
            if is_space(c) {
                end = i;
                break;
            }
            it.next();
        }
        out.push(&text[start..end]);
        splits += 1;
    }
    out
}

/// Whitespace `rsplit`, fields returned last first.
fn rsplit_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    if text.is_ascii() {
        let ranges = ws_ranges(text.as_bytes(), maxsplit, true, |b| is_space(b as char));
        return ranges.into_iter().map(|(a, b)| &text[a..b]).collect();
    }
    let mut out = Vec::new();
    let mut rest = text;
    let mut splits = 0;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let ws_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + ws_len..]);
                rest = &rest[..i];
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "splitlines")?;
    let a = kw_args(vm, "splitlines", args.get(1..).unwrap_or(&[]), kw, &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let text = ps(&s).as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.next_if(|&(_, n)| n == '\n').is_some() {
            end += 1;
        }
        out.push(Value::str(&text[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

fn partition_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, rev: bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    let sep_v = one_arg(vm, "str", name, args, kw)?;
    let sep = need_str(vm, sep_v)?;
    let (text, sep) = (ps(&s).as_str(), ps(&sep).as_str());
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match search(text, sep, rev) {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if rev => ["", "", text],
        None => [text, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

/// A required str argument: "must be str, not int".
fn need_str(vm: &Vm, v: &Value) -> PyResult<Obj> {
    str_obj(v).ok_or_else(|| vm.type_error(&format!("must be str, not {}", vm.type_name(v))))
}

// ===========================================================================
// str: searching
// ===========================================================================

/// self, sub and the raw start/end of find/rfind/index/rindex/count.
fn find_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<(Obj, Obj, Option<i64>, Option<i64>)> {
    let s = self_str(vm, args, name)?;
    tuple_args(vm, "str", name, args, kw, 1, 3)?;
    // The slice converters run while parsing, before sub is type-checked.
    let start = slice_arg(vm, args.get(2))?;
    let end = slice_arg(vm, args.get(3))?;
    let sub = need_str(vm, &args[1])?;
    Ok((s, sub, start, end))
}

/// Character index of `sub` in `s[start:end]`, searching from the right if
/// `rev`; -1 if absent.
fn find_in(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let text = s.as_str();
    if start.is_none() && end.is_none() {
        return search(text, sub, rev).map_or(-1, |b| chars_before(text, b, s.is_ascii()) as i64);
    }
    let len = s.char_len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    if end - start < char_count(sub) as i64 {
        return -1;
    }
    let (bs, be) = char_range(s, start as usize, end as usize);
    let hay = &text[bs..be];
    search(hay, sub, rev).map_or(-1, |b| start + chars_before(hay, b, s.is_ascii()) as i64)
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, args, kw, "find")?;
    Ok(Value::Int(find_in(ps(&s), ps(&sub).as_str(), start, end, false)))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, args, kw, "rfind")?;
    Ok(Value::Int(find_in(ps(&s), ps(&sub).as_str(), start, end, true)))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, args, kw, "index")?;
    match find_in(ps(&s), ps(&sub).as_str(), start, end, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, args, kw, "rindex")?;
    match find_in(ps(&s), ps(&sub).as_str(), start, end, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, args, kw, "count")?;
    let (s, sub) = (ps(&s), ps(&sub).as_str());
    let len = s.char_len() as i64;
    let (start, end) = adjust_indices(start, end, len);
    if end - start < char_count(sub) as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let (bs, be) = char_range(s, start as usize, end as usize);
    Ok(Value::Int(count_str(&s.as_str()[bs..be], sub) as i64))
}

/// The only character of a one-character string: searching for a `char`
/// uses a memchr scan, much faster than the general substring searcher.
fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `find`/`rfind` of `sub` in `hay` (byte offset).
fn search(hay: &str, sub: &str, rev: bool) -> Option<usize> {
    match (single_char(sub), rev) {
        (Some(c), false) => hay.find(c),
        (Some(c), true) => hay.rfind(c),
        (None, false) => hay.find(sub),
        (None, true) => hay.rfind(sub),
    }
}

/// Non-overlapping occurrences of a non-empty `sub`.
fn count_str(hay: &str, sub: &str) -> usize {
    if sub.len() == 1 {
        let b = sub.as_bytes()[0];
        return hay.bytes().filter(|&x| x == b).count();
    }
    hay.matches(sub).count()
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kw, "endswith", true)
}

fn affix_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, ends: bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    tuple_args(vm, "str", name, args, kw, 1, 3)?;
    let start = slice_arg(vm, args.get(2))?;
    let end = slice_arg(vm, args.get(3))?;
    let s = ps(&s);
    let (start, end) = adjust_indices(start, end, s.char_len() as i64);
    let hay = if start > end {
        None
    } else {
        let (bs, be) = char_range(s, start as usize, end as usize);
        Some(&s.as_str()[bs..be])
    };
    let test = |sub: &str| hay.is_some_and(|h| if ends { h.ends_with(sub) } else { h.starts_with(sub) });
    let arg = &args[1];
    if let Some(items) = arg.as_tuple() {
        for it in items {
            let Some(o) = str_obj(it) else {
                return Err(vm.type_error(&format!("tuple for {} must only contain str, not {}", name, vm.type_name(it))));
            };
            if test(ps(&o).as_str()) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    match str_obj(arg) {
        Some(o) => Ok(Value::bool(test(ps(&o).as_str()))),
        None => Err(vm.type_error(&format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(arg)))),
    }
}

// ===========================================================================
// str: transforming
// ===========================================================================

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "replace")?;
    pos_args(vm, "str", "replace", args, kw, 2, 3)?;
    let old = str_obj(&args[1]).ok_or_else(|| vm.type_error(&format!("replace() argument 1 must be str, not {}", clinic_type_name(vm, &args[1]))))?;
    let new = str_obj(&args[2]).ok_or_else(|| vm.type_error(&format!("replace() argument 2 must be str, not {}", clinic_type_name(vm, &args[2]))))?;
    let count = match args.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let (text, old, new) = (ps(&s).as_str(), ps(&old).as_str(), ps(&new).as_str());
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(Value::str(text));
    }
    if old.is_empty() {
        return replace_empty(vm, text, new, limit).map(Value::string);
    }
    if new.len() > old.len() {
        // Bound the result before building it (huge expansions raise MemoryError).
        let n = count_str(text, old).min(limit);
        check_size(vm, text.len() + n * (new.len() - old.len()))?;
    }
    // `str::replace` has a fast path for one-byte patterns that `replacen` lacks.
    Ok(Value::string(if count < 0 { text.replace(old, new) } else { text.replacen(old, new, limit) }))
}

/// `s.replace('', new, count)`: `new` before each character (and at the end),
/// at most `limit` times.
fn replace_empty(vm: &Vm, text: &str, new: &str, limit: usize) -> PyResult<String> {
    let slots = char_count(text) + 1;
    let n = slots.min(limit);
    check_size(vm, text.len().saturating_add(n.saturating_mul(new.len())))?;
    let mut out = String::with_capacity(text.len() + n * new.len());
    let mut done = 0;
    for c in text.chars() {
        if done < n {
            out.push_str(new);
            done += 1;
        }
        out.push(c);
    }
    if done < n {
        out.push_str(new);
    }
    Ok(out)
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    pos_args(vm, "str", name, args, kw, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match str_obj(v) {
            Some(o) => Some(o),
            None => return Err(vm.type_error(&format!("{} arg must be None or str", name))),
        },
    };
    let text = ps(&s).as_str();
    let r = match &chars {
        None => strip_by(text, left, right, is_space),
        Some(set) => {
            let set = ps(set).as_str();
            strip_by(text, left, right, |c| set.contains(c))
        }
    };
    Ok(Value::str(r))
}

fn strip_by(text: &str, left: bool, right: bool, pred: impl Fn(char) -> bool) -> &str {
    let mut t = text;
    if left {
        t = t.trim_start_matches(&pred);
    }
    if right {
        t = t.trim_end_matches(&pred);
    }
    t
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "upper")?;
    no_args(vm, "str", "upper", args, kw)?;
    let s = ps(&s);
    Ok(Value::string(if s.is_ascii() { s.as_str().to_ascii_uppercase() } else { s.as_str().to_uppercase() }))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "lower")?;
    no_args(vm, "str", "lower", args, kw)?;
    let s = ps(&s);
    // Rust's str::to_lowercase applies the final-sigma rule like CPython.
    Ok(Value::string(if s.is_ascii() { s.as_str().to_ascii_lowercase() } else { s.as_str().to_lowercase() }))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "casefold")?;
    no_args(vm, "str", "casefold", args, kw)?;
    let s = ps(&s);
    if s.is_ascii() {
        return Ok(Value::string(s.as_str().to_ascii_lowercase()));
    }
    // Full case folding approximated as lower(upper(c)), which gives the
    // special foldings (ß→ss, ﬁ→fi, ς→σ, µ→μ); dotless ı does not fold.
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        if c == 'ı' {
            out.push(c);
            continue;
        }
        for u in c.to_uppercase() {
            for l in u.to_lowercase() {
                if l == 'ß' {
                    out.push_str("ss");
                } else {
                    out.push(l);
                }
            }
        }
    }
    Ok(Value::string(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "swapcase")?;
    no_args(vm, "str", "swapcase", args, kw)?;
    let s = ps(&s);
    if s.is_ascii() {
        let b: Vec<u8> = s.as_str().bytes().map(swap_ascii).collect();
        return Ok(Value::string(String::from_utf8(b).unwrap_or_default()));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

fn swap_ascii(b: u8) -> u8 {
    if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    }
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "title")?;
    no_args(vm, "str", "title", args, kw)?;
    let s = ps(&s);
    if s.is_ascii() {
        return Ok(Value::string(String::from_utf8(title_ascii(s.as_str().as_bytes())).unwrap_or_default()));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

/// ASCII `title()`: upper after a non-letter, lower after a letter.
fn title_ascii(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "capitalize")?;
    no_args(vm, "str", "capitalize", args, kw)?;
    let chars: Vec<char> = ps(&s).as_str().chars().collect();
    let mut out = String::with_capacity(ps(&s).as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(Value::string(out))
}

// ===========================================================================
// str: predicates
// ===========================================================================

/// `all(pred(c))` over a non-empty string (empty gives false).
fn all_chars(vm: &Vm, args: &[Value], kw: &[(Value, Value)], name: &str, pred: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    no_args(vm, "str", name, args, kw)?;
    let text = ps(&s).as_str();
    Ok(Value::bool(!text.is_empty() && text.chars().all(pred)))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isdigit", py_isdigit)
}
fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isdecimal", py_isdecimal)
}
fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isnumeric", py_isnumeric)
}
fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isalpha", py_isalpha)
}
fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isalnum", py_isalnum)
}
fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    all_chars(vm, args, kw, "isspace", is_space)
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "isprintable")?;
    no_args(vm, "str", "isprintable", args, kw)?;
    Ok(Value::bool(ps(&s).as_str().chars().all(is_printable)))
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "isascii")?;
    no_args(vm, "str", "isascii", args, kw)?;
    Ok(Value::bool(ps(&s).is_ascii()))
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "isidentifier")?;
    no_args(vm, "str", "isidentifier", args, kw)?;
    let mut it = ps(&s).as_str().chars();
    let ok = match it.next() {
        Some(c) => is_id_start(c) && it.all(is_id_continue),
        None => false,
    };
    Ok(Value::bool(ok))
}

/// `isupper`/`islower`: at least one cased char, and none of the other case
/// (titlecase letters count as the other case for both).
fn case_check(vm: &Vm, args: &[Value], kw: &[(Value, Value)], name: &str, upper: bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    no_args(vm, "str", name, args, kw)?;
    let mut cased = false;
    for c in ps(&s).as_str().chars() {
        let (same, other) = if upper { (c.is_uppercase(), c.is_lowercase()) } else { (c.is_lowercase(), c.is_uppercase()) };
        if other || is_titlecase(c) {
            return Ok(Value::bool(false));
        }
        cased |= same;
    }
    Ok(Value::bool(cased))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_check(vm, args, kw, "isupper", true)
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_check(vm, args, kw, "islower", false)
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "istitle")?;
    no_args(vm, "str", "istitle", args, kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in ps(&s).as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

// ===========================================================================
// str: padding
// ===========================================================================

/// `width` and the optional one-character `fillchar` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<(Obj, i64, char)> {
    let s = self_str(vm, args, name)?;
    pos_args(vm, "str", name, args, kw, 1, 2)?;
    let width = ssize_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let Some(o) = str_obj(v) else {
                return Err(vm.type_error(&format!("The fill character must be a unicode character, not {}", vm.type_name(v))));
            };
            let mut it = ps(&o).as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok((s, width, fill))
}

/// `text` with `left`/`right` copies of `fill` around it.
fn padded(vm: &Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let extra = (left.saturating_add(right)).saturating_mul(fill.len_utf8());
    check_size(vm, text.len().saturating_add(extra))?;
    let mut out = String::with_capacity(text.len() + extra);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kw, "center")?;
    let len = ps(&s).char_len() as i64;
    if width <= len {
        return Ok(Value::Obj(s));
    }
    let marg = width - len;
    // CPython's rounding: the extra space goes left when both are odd.
    let left = marg / 2 + (marg & width & 1);
    padded(vm, ps(&s).as_str(), left as usize, (marg - left) as usize, fill)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kw, "ljust")?;
    let len = ps(&s).char_len() as i64;
    if width <= len {
        return Ok(Value::Obj(s));
    }
    padded(vm, ps(&s).as_str(), 0, (width - len) as usize, fill)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, kw, "rjust")?;
    let len = ps(&s).char_len() as i64;
    if width <= len {
        return Ok(Value::Obj(s));
    }
    padded(vm, ps(&s).as_str(), (width - len) as usize, 0, fill)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "zfill")?;
    let width = one_arg(vm, "str", "zfill", args, kw)?;
    let width = ssize_arg(vm, width)?;
    let text = ps(&s).as_str();
    let len = ps(&s).char_len() as i64;
    if width <= len {
        return Ok(Value::Obj(s));
    }
    let fill = (width - len) as usize;
    check_size(vm, text.len().saturating_add(fill))?;
    let mut out = String::with_capacity(text.len() + fill);
    let body = match text.as_bytes().first() {
        Some(b'+' | b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(Value::string(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "expandtabs")?;
    let a = kw_args(vm, "expandtabs", args.get(1..).unwrap_or(&[]), kw, &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let text = ps(&s).as_str();
    if !text.contains('\t') {
        return Ok(Value::Obj(s));
    }
    let mut out = String::with_capacity(text.len());
    let mut col: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_size(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_remove(vm, args, kw, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix_remove(vm, args, kw, "removesuffix", true)
}

fn affix_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, suffix: bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    let a = one_arg(vm, "str", name, args, kw)?;
    let Some(affix) = str_obj(a) else {
        return Err(vm.type_error(&format!("{}() argument must be str, not {}", name, clinic_type_name(vm, a))));
    };
    let (text, affix) = (ps(&s).as_str(), ps(&affix).as_str());
    let r = if suffix { text.strip_suffix(affix) } else { text.strip_prefix(affix) };
    match r {
        Some(r) if !affix.is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Obj(s)),
    }
}

// ===========================================================================
// str: format, encode, translate
// ===========================================================================

fn str_format_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "format")?;
    str_format(vm, ps(&s).as_str(), args.get(1..).unwrap_or(&[]), kw).map(Value::string)
}

fn str_format_map_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "format_map")?;
    let mapping = one_arg(vm, "str", "format_map", args, kw)?;
    str_format_map(vm, ps(&s).as_str(), mapping).map(Value::string)
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "encode")?;
    let a = kw_args(vm, "encode", args.get(1..).unwrap_or(&[]), kw, &["encoding", "errors"])?;
    let encoding = opt_str_arg(vm, a[0].as_ref(), "encode", "encoding")?;
    let errors = opt_str_arg(vm, a[1].as_ref(), "encode", "errors")?;
    encode_str(vm, ps(&s).as_str(), encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict")).map(Value::bytes)
}

/// An optional str keyword argument: "encode() argument 'encoding' must be str, not int".
fn opt_str_arg(vm: &Vm, v: Option<&Value>, fname: &str, pname: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match str_obj(v) {
            Some(o) => Ok(Some(ps(&o).as_str().to_string())),
            None => Err(vm.type_error(&format!("{}() argument '{}' must be str, not {}", fname, pname, clinic_type_name(vm, v)))),
        },
    }
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    method_no_kw(vm, "str", "maketrans", kw)?;
    super::check_args(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict(Vec::new())?;
    let Value::Obj(t) = &table else { return Ok(table) };
    if args.len() == 1 {
        maketrans_from_dict(vm, t, &args[0])?;
    } else {
        maketrans_from_strs(vm, t, args)?;
    }
    Ok(table)
}

/// `str.maketrans(dict)`: one-character str keys become code points.
fn maketrans_from_dict(vm: &mut Vm, table: &Obj, d: &Value) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = match d {
        Value::Obj(o) => match &**o {
            PyObject::Dict(items) => items.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => return Err(vm.type_error("if you give only one argument to maketrans it must be a dict")),
        },
        _ => return Err(vm.type_error("if you give only one argument to maketrans it must be a dict")),
    };
    for (k, v) in pairs {
        let key = if let Some(o) = str_obj(&k) {
            match single_char(ps(&o).as_str()) {
                Some(c) => Value::Int(c as i64),
                None => return Err(vm.value_error("string keys in translate table must be of length 1")),
            }
        } else if as_int(&k).is_some() {
            k
        } else {
            return Err(vm.type_error("keys in translate table must be strings or integers"));
        };
        vm.dict_set(table, key, v)?;
    }
    Ok(())
}

/// `str.maketrans(x, y[, z])`: x[i] maps to y[i]; characters of z to None.
fn maketrans_from_strs(vm: &mut Vm, table: &Obj, args: &[Value]) -> PyResult<()> {
    let x = str_obj(&args[0]).ok_or_else(|| vm.type_error("first maketrans argument must be a string if there is a second argument"))?;
    let y = str_obj(&args[1]).ok_or_else(|| vm.type_error(&format!("maketrans() argument 2 must be str, not {}", clinic_type_name(vm, &args[1]))))?;
    if ps(&x).char_len() != ps(&y).char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in ps(&x).as_str().chars().zip(ps(&y).as_str().chars()) {
        vm.dict_set(table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(zv) = args.get(2) {
        let z = str_obj(zv).ok_or_else(|| vm.type_error(&format!("maketrans() argument 3 must be str, not {}", clinic_type_name(vm, zv))))?;
        for c in ps(&z).as_str().chars() {
            vm.dict_set(table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(())
}

/// What a translate table says about one character.
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "translate")?;
    let table = one_arg(vm, "str", "translate", args, kw)?.clone();
    let text = ps(&s).as_str();
    let mut out = String::with_capacity(text.len());
    // Lookups go through `__getitem__` (LookupError means "keep"); results
    // are cached per character since texts repeat characters a lot.
    let mut cache: std::collections::HashMap<char, Rc<Mapped>> = std::collections::HashMap::new();
    for c in text.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = Rc::new(translate_char(vm, &table, c)?);
                cache.insert(c, m.clone());
                m
            }
        };
        match &*m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(r) => out.push(*r),
            Mapped::Text(t) => {
                check_size(vm, out.len().saturating_add(t.len()))?;
                out.push_str(t)
            }
        }
    }
    Ok(Value::string(out))
}

fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let r = match table {
        Value::Obj(o) if matches!(&**o, PyObject::Dict(_)) => match vm.dict_get(o, &key)? {
            Some(v) => v,
            None => return Ok(Mapped::Keep),
        },
        _ => match vm.get_item(table, &key) {
            Ok(v) => v,
            Err(e) if vm.err_is(&e, "LookupError") => return Ok(Mapped::Keep),
            Err(e) => return Err(e),
        },
    };
    match &r {
        Value::None => Ok(Mapped::Delete),
        _ => {
            if let Some(o) = str_obj(&r) {
                return Ok(Mapped::Text(ps(&o).as_str().to_string()));
            }
            match as_int(&r) {
                Some(IntRef::Small(n)) if (0..0x110000).contains(&n) => match char::from_u32(n as u32) {
                    Some(ch) => Ok(Mapped::Char(ch)),
                    None => Err(super::str_format::surrogate_error(vm, n)),
                },
                Some(_) => Err(vm.value_error("character mapping must be in range(0x110000)")),
                None => Err(vm.type_error("character mapping must return integer, None or str")),
            }
        }
    }
}

// ===========================================================================
// str: dunders
// ===========================================================================

fn str_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__len__")?;
    slot_args(vm, "__len__", args, kw, 0)?;
    Ok(Value::Int(ps(&s).char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__contains__")?;
    let item = slot_one(vm, "__contains__", args, kw)?;
    match str_obj(item) {
        Some(o) => Ok(Value::bool(ps(&s).as_str().contains(ps(&o).as_str()))),
        None => Err(vm.type_error(&format!("'in <string>' requires string as left operand, not {}", vm.type_name(item)))),
    }
}

fn str_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__getitem__")?;
    let key = slot_one(vm, "__getitem__", args, kw)?;
    vm.get_item(&Value::Obj(s), key)
}

fn str_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__add__")?;
    let other = slot_one(vm, "__add__", args, kw)?;
    match str_obj(other) {
        Some(o) => {
            let (a, b) = (ps(&s).as_str(), ps(&o).as_str());
            check_size(vm, a.len() + b.len())?;
            Ok(Value::string([a, b].concat()))
        }
        None => Err(vm.type_error(&format!("can only concatenate str (not \"{}\") to str", vm.type_name(other)))),
    }
}

fn str_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__mul__")?;
    slot_unpack(vm, "__mul__", args, kw, 1, 1)?;
    let n = ssize_arg(vm, &args[1])?.max(0) as usize;
    let text = ps(&s).as_str();
    check_size(vm, text.len().saturating_mul(n))?;
    Ok(Value::string(text.repeat(n)))
}

fn str_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__mod__")?;
    let v = slot_one(vm, "__mod__", args, kw)?;
    percent_format(vm, ps(&s).as_str(), v)
}

/// `str.__rmod__(self, other)` is `other % self`, only when other is a str.
fn str_rmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_str(vm, args, "__rmod__")?;
    let other = slot_one(vm, "__rmod__", args, kw)?;
    match str_obj(other) {
        Some(o) => percent_format(vm, ps(&o).as_str(), &args[0]),
        None => Ok(not_implemented()),
    }
}

/// Rich comparison of two strs (by code point, which UTF-8 byte order
/// preserves); NotImplemented for other types.
fn str_compare(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let s = self_str(vm, args, name)?;
    let other = slot_one(vm, name, args, kw)?;
    match str_obj(other) {
        Some(o) => Ok(Value::bool(test(ps(&s).as_str().cmp(ps(&o).as_str())))),
        None => Ok(not_implemented()),
    }
}

fn str_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__eq__", |o| o.is_eq())
}
fn str_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__ne__", |o| o.is_ne())
}
fn str_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__lt__", |o| o.is_lt())
}
fn str_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__le__", |o| o.is_le())
}
fn str_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__gt__", |o| o.is_gt())
}
fn str_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    str_compare(vm, args, kw, "__ge__", |o| o.is_ge())
}

fn str_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__hash__")?;
    slot_args(vm, "__hash__", args, kw, 0)?;
    Ok(Value::Int(ps(&s).hash()))
}

fn str_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__repr__")?;
    slot_args(vm, "__repr__", args, kw, 0)?;
    Ok(Value::string(crate::format::str_repr(ps(&s).as_str())))
}

fn str_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__str__")?;
    slot_args(vm, "__str__", args, kw, 0)?;
    Ok(Value::Obj(s))
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__format__")?;
    let spec = one_arg(vm, "str", "__format__", args, kw)?;
    let Some(spec) = str_obj(spec) else {
        return Err(vm.type_error(&format!("__format__() argument must be str, not {}", vm.type_name(spec))));
    };
    // An empty spec is str(self): a subclass's __str__ shows.
    if ps(&spec).as_str().is_empty() {
        return vm.str_of(&args[0]).map(Value::string);
    }
    vm.format_value(&Value::Obj(s), ps(&spec).as_str()).map(Value::string)
}

fn str_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__iter__")?;
    slot_args(vm, "__iter__", args, kw, 0)?;
    vm.get_iter(&Value::Obj(s))
}

fn str_getnewargs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__getnewargs__")?;
    no_args(vm, "str", "__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![Value::str(ps(&s).as_str())]))
}

fn str_sizeof(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = self_str(vm, args, "__sizeof__")?;
    no_args(vm, "str", "__sizeof__", args, kw)?;
    let s = ps(&s);
    // CPython's compact layout: header + one code unit per char + NUL.
    let unit = match s.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7F => 1,
        0x80..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let header = if s.is_ascii() { 49 } else { 73 };
    Ok(Value::Int((header + unit * s.char_len()) as i64))
}

// ===========================================================================
// Constructors
// ===========================================================================

/// `str(...)` and `bytes(...)`.
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if name == "bytes" {
        return construct_bytes(vm, args, kw);
    }
    let a = kw_args(vm, "str", args, kw, &["object", "encoding", "errors"])?;
    let encoding = opt_str_arg(vm, a[1].as_ref(), "str", "encoding")?;
    let errors = opt_str_arg(vm, a[2].as_ref(), "str", "errors")?;
    let Some(obj) = &a[0] else { return Ok(Value::str("")) };
    if encoding.is_none() && errors.is_none() {
        if let Some(s) = obj.as_str() {
            return Ok(Value::str(s));
        }
        return vm.str_of(obj).map(Value::string);
    }
    let Some(b) = bytes_like_obj(obj) else {
        if str_obj(obj).is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        return Err(vm.type_error(&format!("decoding to str: need a bytes-like object, {} found", vm.type_name(obj))));
    };
    decode_bytes(vm, pb(&b), encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict")).map(Value::string)
}

fn construct_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = kw_args(vm, "bytes", args, kw, &["source", "encoding", "errors"])?;
    let encoding = opt_str_arg(vm, a[1].as_ref(), "bytes", "encoding")?;
    let errors = opt_str_arg(vm, a[2].as_ref(), "bytes", "errors")?;
    let Some(src) = &a[0] else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Value::bytes(Vec::new()));
    };
    if let Some(s) = str_obj(src) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return encode_str(vm, ps(&s).as_str(), &enc, errors.as_deref().unwrap_or("strict")).map(Value::bytes);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    bytes_from_object(vm, src).map(Value::bytes)
}

/// `bytes(x)` for non-str x: `__bytes__`, a count of zero bytes, bytes, or
/// an iterable of ints in range(256).
fn bytes_from_object(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    if Vm::is_user_object(src) {
        if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
            return match bytes_obj(&r) {
                Some(b) => Ok(pb(&b).to_vec()),
                None => Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            };
        }
    }
    if let Some(b) = bytes_like_obj(src) {
        return Ok(pb(&b).to_vec());
    }
    let is_index = as_int(src).is_some() || (Vm::is_user_object(src) && vm.lookup_special(src, "__index__").is_some());
    if is_index {
        let n = match as_int(src) {
            Some(IntRef::Big(_)) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
            _ => vm.index_value(src)?,
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        check_size(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(&format!("cannot convert '{}' object to bytes", vm.type_name(src))));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

/// An int in range(256) (`__index__`), else ValueError `msg`.
fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let n = match as_int(v) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => return Err(vm.value_error(msg)),
        None => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| vm.value_error(msg))
}

/// `str.__new__(cls, ...)`: for subclasses, an instance wrapping the str.
fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let str_t = vm.types().str_.clone();
    subtype_new(vm, args, kw, &str_t, "str")
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let bytes_t = vm.types().bytes.clone();
    subtype_new(vm, args, kw, &bytes_t, "bytes")
}

fn subtype_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], base: &Obj, name: &str) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(&**c, PyObject::Type(_)) => c.clone(),
        Some(other) => {
            return Err(vm.type_error(&format!("{}.__new__(X): X is not a type object ({})", name, vm.type_name(other))));
        }
        None => return Err(vm.type_error(&format!("{}.__new__(): not enough arguments", name))),
    };
    if !vm.is_subclass(&cls, base) {
        let cname = vm.type_name_of_type(&cls);
        return Err(vm.type_error(&format!("{}.__new__({}): {} is not a subtype of {}", name, cname, cname, name)));
    }
    let v = construct(vm, name, &args[1..], kw)?;
    if Rc::ptr_eq(&cls, base) {
        return Ok(v);
    }
    Ok(Value::from_obj(PyObject::Instance(Instance::new(cls, Some(v)))))
}

// ===========================================================================
// Codecs
// ===========================================================================

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 / UTF-32. `None`: with a byte-order mark (written
    /// little-endian); `Some(true)`: big-endian, `Some(false)`:
    /// little-endian, both without a mark.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

impl Codec {
    /// The name CPython uses in codec error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(Some(false)) => "utf-32-le",
        }
    }
}

/// Looks an encoding name up like `codecs.lookup` (case-insensitive, `-`
/// and spaces equivalent to `_`).
fn lookup_codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n: String = name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        _ => return Err(vm.new_error("LookupError", &format!("unknown encoding: {}", name))),
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error("LookupError", &format!("unknown error handler name '{}'", errors))
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's message and the
/// `encoding`, `object`, `start`, `end`, `reason` attributes.
fn codec_error(vm: &Vm, kind: &str, codec: Codec, object: Value, (start, end): (usize, usize), reason: &str, msg: String) -> PyErr {
    let e = vm.new_error(kind, &msg);
    if let PyObject::Exception(x) = &*e.0 {
        let mut d = x.dict.borrow_mut();
        d.set_str("encoding", Value::str(codec.name()));
        d.set_str("object", object);
        d.set_str("start", Value::Int(start as i64));
        d.set_str("end", Value::Int(end as i64));
        d.set_str("reason", Value::str(reason));
    }
    e
}

/// `s.encode(encoding, errors)`.
pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Ascii => encode_narrow(vm, s, codec, 0x80, errors),
        Codec::Latin1 => encode_narrow(vm, s, codec, 0x100, errors),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = order.unwrap_or(false);
            let mut put = |u: u16| out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            if order.is_none() {
                put(0xFEFF);
            }
            s.encode_utf16().for_each(&mut put);
            Ok(out)
        }
        Codec::Utf32(order) => {
            let be = order.unwrap_or(false);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let mut put = |u: u32| out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            if order.is_none() {
                put(0xFEFF);
            }
            s.chars().for_each(|c| put(c as u32));
            Ok(out)
        }
    }
}

/// ASCII / Latin-1 encoding: characters below `limit` map to one byte.
fn encode_narrow(vm: &Vm, s: &str, codec: Codec, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    if limit == 0x80 && s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // A run of unencodable characters is reported (or replaced) together.
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(vm, s, codec, &chars[i..j], i, j, limit));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "xmlcharrefreplace" => chars[i..j].iter().for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            "backslashreplace" => chars[i..j].iter().for_each(|&c| out.extend(escape_char(c).bytes())),
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn escape_char(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{:02x}", cp)
    } else if cp < 0x10000 {
        format!("\\u{:04x}", cp)
    } else {
        format!("\\U{:08x}", cp)
    }
}

fn encode_error(vm: &Vm, s: &str, codec: Codec, bad: &[char], start: usize, end: usize, limit: u32) -> PyErr {
    let reason = format!("ordinal not in range({})", limit);
    let msg = if bad.len() == 1 {
        format!("'{}' codec can't encode character '{}' in position {}: {}", codec.name(), escape_char(bad[0]), start, reason)
    } else {
        format!("'{}' codec can't encode characters in position {}-{}: {}", codec.name(), start, end - 1, reason)
    };
    codec_error(vm, "UnicodeEncodeError", codec, Value::str(s), (start, end), &reason, msg)
}

/// `b.decode(encoding, errors)`.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if b.is_empty() {
        // CPython returns '' before looking the codec up.
        return Ok(String::new());
    }
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(vm, b, errors),
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(String::from_utf8_lossy(b).into_owned());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    decode_bad(vm, b, codec, (i, i + 1), "ordinal not in range(128)", errors, &mut out)?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => decode_wide(vm, b, codec, 2, order, errors),
        Codec::Utf32(order) => decode_wide(vm, b, codec, 4, order, errors),
    }
}

/// Applies the error handler to the undecodable bytes `b[start..end]`.
fn decode_bad(vm: &Vm, b: &[u8], codec: Codec, (start, end): (usize, usize), reason: &str, errors: &str, out: &mut String) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let msg = if end - start == 1 {
                format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec.name(), b[start], start, reason)
            } else {
                format!("'{}' codec can't decode bytes in position {}-{}: {}", codec.name(), start, end - 1, reason)
            };
            Err(codec_error(vm, "UnicodeDecodeError", codec, Value::bytes(b.to_vec()), (start, end), reason, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            b[start..end].iter().for_each(|x| out.push_str(&format!("\\x{:02x}", x)));
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// UTF-8 with CPython's error classification ("invalid start byte",
/// "invalid continuation byte", "unexpected end of data"); Rust's decoder
/// reports the same maximal invalid subparts as CPython's.
fn decode_utf8(vm: &Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[pos..good]).unwrap_or_default());
                let (len, reason) = match e.error_len() {
                    None => (b.len() - good, "unexpected end of data"),
                    Some(1) if matches!(b[good], 0x80..=0xC1 | 0xF5..=0xFF) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                decode_bad(vm, b, Codec::Utf8, (good, good + len), reason, errors, &mut out)?;
                pos = good + len;
            }
        }
    }
    Ok(out)
}

/// UTF-16 / UTF-32 decoding (`unit` bytes per code unit); a leading BOM
/// selects the byte order when none is given.
fn decode_wide(vm: &Vm, b: &[u8], codec: Codec, unit: usize, order: Option<bool>, errors: &str) -> PyResult<String> {
    let mut data = b;
    let mut big = order.unwrap_or(false);
    if order.is_none() {
        let (le_bom, be_bom): (&[u8], &[u8]) = if unit == 2 { (&[0xFF, 0xFE], &[0xFE, 0xFF]) } else { (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF]) };
        if data.starts_with(le_bom) {
            data = &data[unit..];
        } else if data.starts_with(be_bom) {
            data = &data[unit..];
            big = true;
        }
    }
    let offset = b.len() - data.len();
    let whole = data.len() / unit * unit;
    let units: Vec<u32> = data[..whole]
        .chunks(unit)
        .map(|c| c.iter().fold(0u32, |acc, &x| acc << 8 | x as u32))
        .map(|u| {
            if big {
                u
            } else if unit == 2 {
                (u as u16).swap_bytes() as u32
            } else {
                u.swap_bytes()
            }
        })
        .collect();
    let mut out = String::with_capacity(units.len());
    if unit == 2 {
        for (i, r) in char::decode_utf16(units.iter().map(|&u| u as u16)).enumerate() {
            match r {
                Ok(c) => out.push(c),
                Err(_) => decode_bad(vm, b, codec, (offset + i * 2, offset + i * 2 + 2), "illegal encoding", errors, &mut out)?,
            }
        }
    } else {
        for (i, &u) in units.iter().enumerate() {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => decode_bad(vm, b, codec, (offset + i * 4, offset + i * 4 + 4), "code point not in range(0x110000)", errors, &mut out)?,
            }
        }
    }
    if whole < data.len() {
        decode_bad(vm, b, codec, (offset + whole, b.len()), "truncated data", errors, &mut out)?;
    }
    Ok(out)
}

// ===========================================================================
// bytes
// ===========================================================================

fn install_bytes(vm: &mut Vm) {
    let t = vm.types().bytes.clone();
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("join", bytes_join),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("replace", bytes_replace),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("title", bytes_title),
        ("capitalize", bytes_capitalize),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("isupper", bytes_isupper),
        ("islower", bytes_islower),
        ("istitle", bytes_istitle),
        ("isascii", bytes_isascii),
        ("center", bytes_center),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("zfill", bytes_zfill),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("expandtabs", bytes_expandtabs),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("translate", bytes_translate),
        ("__len__", bytes_len),
        ("__contains__", bytes_contains),
        ("__getitem__", bytes_getitem),
        ("__add__", bytes_add),
        ("__mul__", bytes_mul),
        ("__rmul__", bytes_mul),
        ("__mod__", bytes_mod),
        ("__rmod__", bytes_rmod),
        ("__eq__", bytes_eq),
        ("__ne__", bytes_ne),
        ("__lt__", bytes_lt),
        ("__le__", bytes_le),
        ("__gt__", bytes_gt),
        ("__ge__", bytes_ge),
        ("__hash__", bytes_hash),
        ("__repr__", bytes_repr),
        ("__str__", bytes_repr),
        ("__iter__", bytes_iter),
        ("__bytes__", bytes_bytes),
        ("__getnewargs__", bytes_getnewargs),
    ];
    for &(name, f) in methods {
        add_method(&t, name, f);
    }
    add_classmethod(&t, "fromhex", bytes_fromhex);
    add_staticmethod(&t, "maketrans", bytes_maketrans);
    add_staticmethod(&t, "__new__", bytes_new);
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Obj> {
    bytes_like_obj(v).ok_or_else(|| vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// Position of `needle` in `hay` (naive search; needle lengths are small).
fn find_bytes(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        let n = needle[0];
        return if rev { hay.iter().rposition(|&x| x == n) } else { hay.iter().position(|&x| x == n) };
    }
    let mut w = hay.windows(needle.len());
    if rev {
        w.rposition(|x| x == needle)
    } else {
        w.position(|x| x == needle)
    }
}

/// Non-overlapping occurrences of a non-empty `needle`.
fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find_bytes(rest, needle, false) {
        n += 1;
        rest = &rest[i + needle.len()..];
    }
    n
}

/// Splits on a non-empty separator, at most `max` times (from the right if `rev`).
fn split_bytes<'a>(hay: &'a [u8], sep: &[u8], max: usize, rev: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = hay;
    while out.len() < max {
        match find_bytes(rest, sep, rev) {
            Some(i) if rev => {
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    if rev {
        out.reverse();
    }
    out
}

/// Whitespace split of bytes (ASCII whitespace only), from the right if `rev`.
fn split_ascii_ws(hay: &[u8], max: usize, rev: bool) -> Vec<&[u8]> {
    let mut ranges = ws_ranges(hay, max, rev, is_ascii_space);
    if rev {
        ranges.reverse();
    }
    ranges.into_iter().map(|(a, b)| &hay[a..b]).collect()
}

/// Field ranges of a whitespace split (CPython's `split_whitespace` /
/// `rsplit_whitespace`): at most `max` splits; the unsplit remainder keeps
/// its whitespace on the far side. For `rev` the ranges come last first.
fn ws_ranges(hay: &[u8], max: usize, rev: bool, ws: impl Fn(u8) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0, hay.len());
    loop {
        if rev {
            while hi > lo && ws(hay[hi - 1]) {
                hi -= 1;
            }
        } else {
            while lo < hi && ws(hay[lo]) {
                lo += 1;
            }
        }
        if lo >= hi {
            break;
        }
        if out.len() >= max {
            out.push((lo, hi));
            break;
        }
        if rev {
            let mut i = hi;
            while i > lo && !ws(hay[i - 1]) {
                i -= 1;
            }
            out.push((i, hi));
            hi = i;
        } else {
            let mut i = lo;
            while i < hi && !ws(hay[i]) {
                i += 1;
            }
            out.push((lo, i));
            lo = i;
        }
    }
    out
}

fn trim_start(b: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let i = b.iter().position(|&x| !pred(x)).unwrap_or(b.len());
    &b[i..]
}

fn trim_end(b: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let i = b.iter().rposition(|&x| !pred(x)).map_or(0, |i| i + 1);
    &b[..i]
}

fn bytes_list(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| Value::bytes(p.to_vec())).collect())
}

fn bytes_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "decode")?;
    let a = kw_args(vm, "decode", args.get(1..).unwrap_or(&[]), kw, &["encoding", "errors"])?;
    let encoding = opt_str_arg(vm, a[0].as_ref(), "decode", "encoding")?;
    let errors = opt_str_arg(vm, a[1].as_ref(), "decode", "errors")?;
    decode_bytes(vm, pb(&b), encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict")).map(Value::string)
}

fn bytes_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "hex")?;
    let a = kw_args(vm, "hex", args.get(1..).unwrap_or(&[]), kw, &["sep", "bytes_per_sep"])?;
    let data = pb(&b);
    // Clinic converts bytes_per_sep (a C int) before sep is validated.
    let per = match &a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let sep = match &a[0] {
        None => None,
        Some(v) => Some(hex_sep(vm, v)?),
    };
    Ok(Value::string(hex_string(data, sep, per)))
}

/// The one-character separator of `bytes.hex` (length is checked before type).
fn hex_sep(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let chars: Vec<char> = if let Some(o) = str_obj(v) {
        ps(&o).as_str().chars().collect()
    } else if let Some(o) = bytes_like_obj(v) {
        pb(&o).iter().map(|&x| x as char).collect()
    } else {
        let n = crate::modules::builtins::len_of(vm, v)?;
        return Err(if n != 1 { vm.value_error("sep must be length 1.") } else { vm.type_error("sep must be str or bytes.") });
    };
    match chars.as_slice() {
        [c] if c.is_ascii() => Ok(*c),
        [_] => Err(vm.value_error("sep must be ASCII.")),
        _ => Err(vm.value_error("sep must be length 1.")),
    }
}

/// Hex digits with `sep` every `per` bytes (counted from the right when
/// positive, from the left when negative).
fn hex_string(data: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, x) in data.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = group > 0 && i > 0 && if per > 0 { (data.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{:02x}", x));
    }
    out
}

fn bytes_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    method_no_kw(vm, "bytes", "fromhex", kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("bytes.fromhex() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let Some(s) = str_obj(&args[1]) else {
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {}", clinic_type_name(vm, &args[1]))));
    };
    let chars: Vec<char> = ps(&s).as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &Vm, pos: usize| vm.value_error(&format!("non-hexadecimal number found in fromhex() arg at position {}", pos));
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()).ok_or_else(|| bad(vm, i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii())).ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let v = Value::bytes(out);
    match &args[0] {
        Value::Obj(c) if Rc::ptr_eq(c, &vm.types().bytes) => Ok(v),
        cls => vm.call(cls.clone(), &[v]),
    }
}

fn bytes_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = self_bytes(vm, args, "join")?;
    let iterable = one_arg(vm, "bytes", "join", args, kw)?;
    let items = seq_items(vm, iterable, "can only join an iterable")?;
    let sep = pb(&sep);
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(o) = bytes_like_obj(it) else {
            return Err(vm.type_error(&format!("sequence item {}: expected a bytes-like object, {} found", i, vm.type_name(it))));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(pb(&o));
        check_size(vm, out.len())?;
    }
    Ok(Value::bytes(out))
}

fn bytes_split_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<(Option<Obj>, usize)> {
    let a = kw_args(vm, name, args.get(1..).unwrap_or(&[]), kw, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| pb(s).is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, if maxsplit < 0 { usize::MAX } else { maxsplit as usize }))
}

fn bytes_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "split")?;
    let (sep, max) = bytes_split_args(vm, "split", args, kw)?;
    Ok(bytes_list(match &sep {
        None => split_ascii_ws(pb(&b), max, false),
        Some(s) => split_bytes(pb(&b), pb(s), max, false),
    }))
}

fn bytes_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "rsplit")?;
    let (sep, max) = bytes_split_args(vm, "rsplit", args, kw)?;
    Ok(bytes_list(match &sep {
        None => split_ascii_ws(pb(&b), max, true),
        Some(s) => split_bytes(pb(&b), pb(s), max, true),
    }))
}

fn bytes_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "splitlines")?;
    let a = kw_args(vm, "splitlines", args.get(1..).unwrap_or(&[]), kw, &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let data = pb(&b);
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(Value::bytes(data[start..if keepends { end } else { i }].to_vec()));
        start = end;
        i = end;
    }
    if start < data.len() {
        out.push(Value::bytes(data[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn bytes_strip_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    pos_args(vm, "bytes", name, args, kw, 0, 1)?;
    let set = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let mut r = pb(&b);
    let pred = |x: u8| match &set {
        None => is_ascii_space(x),
        Some(s) => pb(s).contains(&x),
    };
    if left {
        r = trim_start(r, pred);
    }
    if right {
        r = trim_end(r, pred);
    }
    Ok(Value::bytes(r.to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_strip_impl(vm, args, kw, "strip", true, true)
}
fn bytes_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_strip_impl(vm, args, kw, "lstrip", true, false)
}
fn bytes_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_strip_impl(vm, args, kw, "rstrip", false, true)
}

fn bytes_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "replace")?;
    pos_args(vm, "bytes", "replace", args, kw, 2, 3)?;
    let old = need_bytes(vm, &args[1])?;
    let new = need_bytes(vm, &args[2])?;
    let count = match args.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let (data, old, new) = (pb(&b), pb(&old), pb(&new));
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let n = (data.len() + 1).min(limit);
        check_size(vm, data.len().saturating_add(n.saturating_mul(new.len())))?;
        for (i, &x) in data.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(x);
        }
        if n > data.len() {
            out.extend_from_slice(new);
        }
        return Ok(Value::bytes(out));
    }
    let mut rest = data;
    let mut done = 0;
    while done < limit {
        let Some(i) = find_bytes(rest, old, false) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        check_size(vm, out.len())?;
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    Ok(Value::bytes(out))
}

/// The sub argument of bytes find & co.: bytes or an int in range(256).
fn bytes_sub(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(o) = bytes_like_obj(v) {
        return Ok(pb(&o).to_vec());
    }
    if as_int(v).is_some() || (Vm::is_user_object(v) && vm.lookup_special(v, "__index__").is_some()) {
        return Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?]);
    }
    Err(vm.type_error(&format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

/// self data, sub, and the adjusted [start, end) of bytes find & co.
fn bytes_find_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<(Obj, Vec<u8>, i64, i64)> {
    let b = self_bytes(vm, args, name)?;
    tuple_args(vm, "bytes", name, args, kw, 1, 3)?;
    let start = slice_arg(vm, args.get(2))?;
    let end = slice_arg(vm, args.get(3))?;
    let sub = bytes_sub(vm, &args[1])?;
    let (start, end) = adjust_indices(start, end, pb(&b).len() as i64);
    Ok((b, sub, start, end))
}

fn bytes_find_in(data: &[u8], sub: &[u8], start: i64, end: i64, rev: bool) -> i64 {
    if end - start < sub.len() as i64 {
        return -1;
    }
    let hay = &data[start as usize..end as usize];
    find_bytes(hay, sub, rev).map_or(-1, |i| start + i as i64)
}

fn bytes_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, sub, s, e) = bytes_find_args(vm, args, kw, "find")?;
    Ok(Value::Int(bytes_find_in(pb(&b), &sub, s, e, false)))
}
fn bytes_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, sub, s, e) = bytes_find_args(vm, args, kw, "rfind")?;
    Ok(Value::Int(bytes_find_in(pb(&b), &sub, s, e, true)))
}
fn bytes_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, sub, s, e) = bytes_find_args(vm, args, kw, "index")?;
    match bytes_find_in(pb(&b), &sub, s, e, false) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn bytes_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, sub, s, e) = bytes_find_args(vm, args, kw, "rindex")?;
    match bytes_find_in(pb(&b), &sub, s, e, true) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, sub, s, e) = bytes_find_args(vm, args, kw, "count")?;
    if e - s < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(e - s + 1));
    }
    Ok(Value::Int(count_bytes(&pb(&b)[s as usize..e as usize], &sub) as i64))
}

fn bytes_affix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, ends: bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    tuple_args(vm, "bytes", name, args, kw, 1, 3)?;
    let start = slice_arg(vm, args.get(2))?;
    let end = slice_arg(vm, args.get(3))?;
    let data = pb(&b);
    let (start, end) = adjust_indices(start, end, data.len() as i64);
    let hay = if start > end { None } else { Some(&data[start as usize..end as usize]) };
    let test = |sub: &[u8]| hay.is_some_and(|h| if ends { h.ends_with(sub) } else { h.starts_with(sub) });
    let arg = &args[1];
    if let Some(items) = arg.as_tuple() {
        for it in items {
            let o = need_bytes(vm, it)?;
            if test(pb(&o)) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    match bytes_like_obj(arg) {
        Some(o) => Ok(Value::bool(test(pb(&o)))),
        None => Err(vm.type_error(&format!("{} first arg must be bytes or a tuple of bytes, not {}", name, vm.type_name(arg)))),
    }
}

fn bytes_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_affix(vm, args, kw, "startswith", false)
}
fn bytes_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_affix(vm, args, kw, "endswith", true)
}

/// A no-argument bytes method mapping the data to new data.
fn bytes_map(vm: &Vm, args: &[Value], kw: &[(Value, Value)], name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    no_args(vm, "bytes", name, args, kw)?;
    Ok(Value::bytes(f(pb(&b))))
}

fn bytes_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(vm, args, kw, "upper", |d| d.to_ascii_uppercase())
}
fn bytes_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(vm, args, kw, "lower", |d| d.to_ascii_lowercase())
}
fn bytes_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(vm, args, kw, "swapcase", |d| d.iter().map(|&x| swap_ascii(x)).collect())
}
fn bytes_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(vm, args, kw, "title", title_ascii)
}
fn bytes_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_map(vm, args, kw, "capitalize", |d| d.iter().enumerate().map(|(i, x)| if i == 0 { x.to_ascii_uppercase() } else { x.to_ascii_lowercase() }).collect())
}

/// A bytes predicate over the whole (non-empty, unless `empty_ok`) data.
fn bytes_test(vm: &Vm, args: &[Value], kw: &[(Value, Value)], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    no_args(vm, "bytes", name, args, kw)?;
    Ok(Value::bool(f(pb(&b))))
}

fn bytes_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
}
fn bytes_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic))
}
fn bytes_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric))
}
fn bytes_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isspace", |d| !d.is_empty() && d.iter().all(|&x| is_ascii_space(x)))
}
fn bytes_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isascii", |d| d.is_ascii())
}
fn bytes_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}
fn bytes_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}
fn bytes_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_test(vm, args, kw, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for &x in d {
            if x.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if x.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

/// width and fill byte of bytes center/ljust/rjust.
fn bytes_pad_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<(Obj, i64, u8)> {
    let b = self_bytes(vm, args, name)?;
    pos_args(vm, "bytes", name, args, kw, 1, 2)?;
    let width = ssize_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like_obj(v) {
            Some(o) if pb(&o).len() == 1 => pb(&o)[0],
            _ => {
                return Err(vm.type_error(&format!("{}() argument 2 must be a byte string of length 1, not {}", name, clinic_type_name(vm, v))));
            }
        },
    };
    Ok((b, width, fill))
}

fn bytes_padded(vm: &Vm, data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Value> {
    check_size(vm, data.len().saturating_add(left).saturating_add(right))?;
    let mut out = Vec::with_capacity(data.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    Ok(Value::bytes(out))
}

fn bytes_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, width, fill) = bytes_pad_args(vm, args, kw, "center")?;
    let len = pb(&b).len() as i64;
    if width <= len {
        return Ok(Value::bytes(pb(&b).to_vec()));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    bytes_padded(vm, pb(&b), left as usize, (marg - left) as usize, fill)
}
fn bytes_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, width, fill) = bytes_pad_args(vm, args, kw, "ljust")?;
    let len = pb(&b).len() as i64;
    bytes_padded(vm, pb(&b), 0, (width - len).max(0) as usize, fill)
}
fn bytes_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (b, width, fill) = bytes_pad_args(vm, args, kw, "rjust")?;
    let len = pb(&b).len() as i64;
    bytes_padded(vm, pb(&b), (width - len).max(0) as usize, 0, fill)
}

fn bytes_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "zfill")?;
    let width = one_arg(vm, "bytes", "zfill", args, kw)?;
    let width = ssize_arg(vm, width)?;
    let data = pb(&b);
    let fill = (width - data.len() as i64).max(0) as usize;
    check_size(vm, data.len().saturating_add(fill))?;
    let mut out = Vec::with_capacity(data.len() + fill);
    let body = match data.first() {
        Some(&s @ (b'+' | b'-')) if fill > 0 => {
            out.push(s);
            &data[1..]
        }
        _ => data,
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(body);
    Ok(Value::bytes(out))
}

fn bytes_partition_impl(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, rev: bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    let sep = one_arg(vm, "bytes", name, args, kw)?;
    let sep = need_bytes(vm, sep)?;
    let (data, sep) = (pb(&b), pb(&sep));
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: [&[u8]; 3] = match find_bytes(data, sep, rev) {
        Some(i) => [&data[..i], sep, &data[i + sep.len()..]],
        None if rev => [b"", b"", data],
        None => [data, b"", b""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::bytes(p.to_vec())).collect()))
}

fn bytes_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_partition_impl(vm, args, kw, "partition", false)
}
fn bytes_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_partition_impl(vm, args, kw, "rpartition", true)
}

fn bytes_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "expandtabs")?;
    let a = kw_args(vm, "expandtabs", args.get(1..).unwrap_or(&[]), kw, &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(pb(&b).len());
    let mut col: i64 = 0;
    for &x in pb(&b) {
        match x {
            b'\t' if tabsize > 0 => {
                let n = tabsize - col % tabsize;
                check_size(vm, out.len().saturating_add(n as usize))?;
                out.resize(out.len() + n as usize, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(x);
                col = 0;
            }
            _ => {
                out.push(x);
                col += 1;
            }
        }
    }
    Ok(Value::bytes(out))
}

fn bytes_affix_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, suffix: bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    let a = one_arg(vm, "bytes", name, args, kw)?;
    let affix = need_bytes(vm, a)?;
    let (data, affix) = (pb(&b), pb(&affix));
    let r = if suffix { data.strip_suffix(affix) } else { data.strip_prefix(affix) };
    Ok(Value::bytes(r.unwrap_or(data).to_vec()))
}

fn bytes_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_affix_remove(vm, args, kw, "removeprefix", false)
}
fn bytes_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_affix_remove(vm, args, kw, "removesuffix", true)
}

fn bytes_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    method_no_kw(vm, "bytes", "maketrans", kw)?;
    // A staticmethod: no self in args.
    if args.len() != 2 {
        return Err(super::positional_error(vm, "maketrans", args.len(), 2, 2));
    }
    let from = need_bytes(vm, &args[0])?;
    let to = need_bytes(vm, &args[1])?;
    if pb(&from).len() != pb(&to).len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in pb(&from).iter().zip(pb(&to)) {
        table[f as usize] = t;
    }
    Ok(Value::bytes(table))
}

fn bytes_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "translate")?;
    let a = kw_args(vm, "translate", args.get(1..).unwrap_or(&[]), kw, &["table", "delete"])?;
    let table = match &a[0] {
        None => return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)")),
        Some(Value::None) => None,
        Some(v) => {
            let t = need_bytes(vm, v)?;
            if pb(&t).len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        Some(v) => pb(&need_bytes(vm, v)?).to_vec(),
        None => Vec::new(),
    };
    let out: Vec<u8> = pb(&b).iter().filter(|x| !delete.contains(x)).map(|&x| table.as_ref().map_or(x, |t| pb(t)[x as usize])).collect();
    Ok(Value::bytes(out))
}

fn bytes_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__len__")?;
    slot_args(vm, "__len__", args, kw, 0)?;
    Ok(Value::Int(pb(&b).len() as i64))
}

fn bytes_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__contains__")?;
    let item = slot_one(vm, "__contains__", args, kw)?;
    let sub = bytes_sub(vm, item)?;
    Ok(Value::bool(find_bytes(pb(&b), &sub, false).is_some()))
}

fn bytes_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__getitem__")?;
    let key = slot_one(vm, "__getitem__", args, kw)?;
    vm.get_item(&Value::Obj(b), key)
}

fn bytes_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__add__")?;
    let other = slot_one(vm, "__add__", args, kw)?;
    match bytes_like_obj(other) {
        Some(o) => {
            check_size(vm, pb(&b).len() + pb(&o).len())?;
            Ok(Value::bytes([pb(&b), pb(&o)].concat()))
        }
        None => Err(vm.type_error(&format!("can't concat {} to bytes", vm.type_name(other)))),
    }
}

fn bytes_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__mul__")?;
    slot_unpack(vm, "__mul__", args, kw, 1, 1)?;
    let n = ssize_arg(vm, &args[1])?.max(0) as usize;
    check_size(vm, pb(&b).len().saturating_mul(n))?;
    Ok(Value::bytes(pb(&b).repeat(n)))
}

fn bytes_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__mod__")?;
    let v = slot_one(vm, "__mod__", args, kw)?;
    bytes_percent_format(vm, pb(&b), v)
}

fn bytes_rmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_bytes(vm, args, "__rmod__")?;
    let other = slot_one(vm, "__rmod__", args, kw)?;
    match bytes_like_obj(other) {
        Some(o) => bytes_percent_format(vm, pb(&o), &args[0]),
        None => Ok(not_implemented()),
    }
}

fn bytes_compare(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let b = self_bytes(vm, args, name)?;
    let other = slot_one(vm, name, args, kw)?;
    match bytes_like_obj(other) {
        Some(o) => Ok(Value::bool(test(pb(&b).cmp(pb(&o))))),
        None => Ok(not_implemented()),
    }
}

fn bytes_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__eq__", |o| o.is_eq())
}
fn bytes_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__ne__", |o| o.is_ne())
}
fn bytes_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__lt__", |o| o.is_lt())
}
fn bytes_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__le__", |o| o.is_le())
}
fn bytes_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__gt__", |o| o.is_gt())
}
fn bytes_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    bytes_compare(vm, args, kw, "__ge__", |o| o.is_ge())
}

fn bytes_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__hash__")?;
    slot_args(vm, "__hash__", args, kw, 0)?;
    vm.hash(&Value::Obj(b)).map(Value::Int)
}

fn bytes_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__repr__")?;
    slot_args(vm, "__repr__", args, kw, 0)?;
    Ok(Value::string(crate::format::bytes_repr(pb(&b))))
}

fn bytes_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__iter__")?;
    slot_args(vm, "__iter__", args, kw, 0)?;
    vm.get_iter(&Value::Obj(b))
}

fn bytes_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__bytes__")?;
    no_args(vm, "bytes", "__bytes__", args, kw)?;
    Ok(Value::Obj(b))
}

fn bytes_getnewargs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let b = self_bytes(vm, args, "__getnewargs__")?;
    no_args(vm, "bytes", "__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![Value::bytes(pb(&b).to_vec())]))
}
