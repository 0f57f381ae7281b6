//! `int`, `bool` and `float`: constructors and methods.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::{check_args, kw_counts, kwarg, no_args, one_arg, slot_args, this};
use crate::objects::{PyObject, Value};
use crate::vm::builtins_types::{add_classmethod, add_method};
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let i = vm.types().int.clone();
    add_method(&i, "bit_length", int_bit_length);
    add_method(&i, "bit_count", int_bit_count);
    add_method(&i, "to_bytes", int_to_bytes);
    add_classmethod(&i, "from_bytes", int_from_bytes);
    add_method(&i, "conjugate", num_self);
    add_method(&i, "__index__", int_index);
    add_method(&i, "__int__", int_int);
    add_method(&i, "__float__", num_float);
    add_method(&i, "__trunc__", int_trunc);
    add_method(&i, "__floor__", int_floor);
    add_method(&i, "__ceil__", int_ceil);
    add_method(&i, "__abs__", num_abs);
    add_method(&i, "as_integer_ratio", int_as_ratio);
    let f = vm.types().float.clone();
    add_method(&f, "is_integer", float_is_integer);
    add_method(&f, "as_integer_ratio", float_as_ratio);
    add_method(&f, "conjugate", num_self);
    add_method(&f, "hex", float_hex);
    add_classmethod(&f, "fromhex", float_fromhex);
    add_method(&f, "__float__", num_float);
    add_method(&f, "__int__", float_int);
    add_method(&f, "__trunc__", float_trunc);
    add_method(&f, "__floor__", float_floor);
    add_method(&f, "__ceil__", float_ceil);
    add_method(&f, "__abs__", num_abs);
}

/// `int(...)`, `bool(...)`, `float(...)`.
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match name {
        "bool" => {
            super::no_kw(vm, "bool", kw)?;
            check_args(vm, "bool", args, 0, 1)?;
            match args.first() {
                Some(v) => vm.truthy(v).map(Value::bool),
                None => Ok(Value::bool(false)),
            }
        }
        "float" => {
            super::no_kw(vm, "float", kw)?;
            check_args(vm, "float", args, 0, 1)?;
            match args.first() {
                Some(v) => to_float(vm, v),
                None => Ok(Value::float(0.0)),
            }
        }
        _ => {
            super::check_kw(vm, "int", kw, &["base"])?;
            check_args(vm, "int", args, 0, 2)?;
            let base = match (args.get(1), kwarg(kw, "base")) {
                (Some(b), _) | (None, Some(b)) => Some(vm.index_value(b)?),
                _ => None,
            };
            match args.first() {
                Some(v) => to_int(vm, v, base),
                None => {
                    if base.is_some() {
                        return Err(vm.type_error("int() missing string argument"));
                    }
                    Ok(Value::Int(0))
                }
            }
        }
    }
}

/// `int(v)` / `int(v, base)`.
pub fn to_int(vm: &mut Vm, v: &Value, base: Option<i64>) -> PyResult<Value> {
    let text: Option<String> = match v {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => Some(s.as_str().to_string()),
            PyObject::Bytes(b) => Some(String::from_utf8_lossy(b).to_string()),
            _ => None,
        },
        _ => None,
    };
    if let Some(t) = text {
        let b = base.unwrap_or(10);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if let Some(i) = crate::format::parse_int_i64(&t, b as u32) {
            return Ok(Value::Int(i));
        }
        // CPython 3.11 refuses long decimal conversions (quadratic time).
        let limit = vm.interp.int_max_str_digits.get();
        if limit > 0 && !matches!(b, 2 | 4 | 8 | 16 | 32) {
            let digits = t.chars().filter(|c| c.is_ascii_alphanumeric()).count();
            if digits > limit && crate::format::parse_int(&t, b as u32).is_some() {
                return Err(vm.value_error(&format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    limit, digits
                )));
            }
        }
        return match crate::format::parse_int(&t, b as u32) {
            Some(big) => Ok(Value::from_bigint(big)),
            None => {
                let r = match v {
                    Value::Obj(o) if matches!(&**o, PyObject::Bytes(_)) => vm.repr(v)?,
                    _ => crate::format::str_repr(&t),
                };
                Err(vm.value_error(&format!("invalid literal for int() with base {}: {}", b, r)))
            }
        };
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::objects::int::float_to_int(f.get()).map_err(|e| vm.int_err(e)),
        Value::Obj(o) => match &**o {
            PyObject::BigInt(_) => Ok(v.clone()),
            PyObject::Instance(_) => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(v, m, &[])? {
                        if as_int(&r).is_none() {
                            return Err(vm.type_error(&format!("{} returned non-int (type {})", m, vm.type_name(&r))));
                        }
                        return Ok(r);
                    }
                }
                if let Some(b) = crate::vm::ops::base_value(v) {
                    return to_int(vm, &b, None);
                }
                Err(int_type_err(vm, v))
            }
            _ => Err(int_type_err(vm, v)),
        },
        _ => Err(int_type_err(vm, v)),
    }
}

fn int_type_err(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(v)))
}

/// `float(v)`.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::float(f.get())),
        Value::Int(_) | Value::Bool(_) => vm.to_f64(v).map(Value::float),
        Value::Obj(o) => match &**o {
            PyObject::BigInt(_) => vm.to_f64(v).map(Value::float),
            PyObject::Str(s) => match crate::format::parse_float(s.as_str()) {
                Some(f) => Ok(Value::float(f)),
                None => Err(vm.value_error(&format!("could not convert string to float: {}", crate::format::str_repr(s.as_str())))),
            },
            PyObject::Bytes(b) => match crate::format::parse_float(&String::from_utf8_lossy(b)) {
                Some(f) => Ok(Value::float(f)),
                None => {
                    let r = vm.repr(v)?;
                    Err(vm.value_error(&format!("could not convert string to float: {}", r)))
                }
            },
            PyObject::Instance(_) => {
                if let Some(r) = vm.call_special(v, "__float__", &[])? {
                    return match r {
                        Value::Float(_) => Ok(r),
                        _ => Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
                    };
                }
                if let Some(r) = vm.call_special(v, "__index__", &[])? {
                    return vm.to_f64(&r).map(Value::float);
                }
                if let Some(b) = crate::vm::ops::base_value(v) {
                    return to_float(vm, &b);
                }
                Err(vm.type_error(&format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v))))
            }
            _ => Err(vm.type_error(&format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v)))),
        },
        _ => Err(vm.type_error(&format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v)))),
    }
}

fn big_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => Err(vm.type_error(&format!("descriptor requires an 'int' object but received a '{}'", vm.type_name(v)))),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "bit_length", args, kw)?;
    let v = this(args);
    match v {
        Value::Int(i) => Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64)),
        _ => Ok(Value::Int(big_of(vm, &v)?.bits() as i64)),
    }
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "bit_count", args, kw)?;
    let b = big_of(vm, &this(args))?;
    let n: u64 = b.abs().to_u64_digits().1.iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(n as i64))
}

/// Self as an exact int (a bool becomes 0 or 1).
fn int_value(args: &[Value]) -> Value {
    match this(args) {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }
}

/// `int.__index__` (a slot wrapper).
fn int_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__index__", args, kw, 0)?;
    Ok(int_value(args))
}

fn int_int(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__int__", args, kw, 0)?;
    Ok(int_value(args))
}

fn int_trunc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "__trunc__", args, kw)?;
    Ok(int_value(args))
}

fn int_floor(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "__floor__", args, kw)?;
    Ok(int_value(args))
}

fn int_ceil(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "__ceil__", args, kw)?;
    Ok(int_value(args))
}

/// The type defining a method shared by int and float.
fn num_owner(args: &[Value]) -> &'static str {
    match args.first() {
        Some(Value::Float(_)) => "float",
        _ => "int",
    }
}

fn num_self(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, num_owner(args), "conjugate", args, kw)?;
    Ok(int_value(args))
}

fn num_float(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__float__", args, kw, 0)?;
    vm.to_f64(&this(args)).map(Value::float)
}

fn num_abs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__abs__", args, kw, 0)?;
    crate::modules::builtins::abs_value(vm, &this(args))
}

fn float_int(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__int__", args, kw, 0)?;
    to_int(vm, &this(args), None)
}

fn float_trunc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "float", "__trunc__", args, kw)?;
    to_int(vm, &this(args), None)
}

/// `float.__floor__` / `float.__ceil__`: the int below / above.
fn float_round_int(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    no_args(vm, "float", name, args, kw)?;
    match this(args) {
        Value::Float(x) => crate::objects::int::float_to_int(f(x.get())).map_err(|e| vm.int_err(e)),
        other => Err(vm.type_error(&format!("descriptor '{}' for 'float' objects doesn't apply to a '{}' object", name, vm.type_name(&other)))),
    }
}

fn float_floor(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    float_round_int(vm, args, kw, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    float_round_int(vm, args, kw, "__ceil__", f64::ceil)
}

fn int_as_ratio(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "int", "as_integer_ratio", args, kw)?;
    Ok(Value::tuple(vec![int_value(args), Value::Int(1)]))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    kw_counts(vm, "to_bytes", args, kw, 2, 3)?;
    super::check_kw(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    let b = big_of(vm, &this(args))?;
    let length = match args.get(1).or(kwarg(kw, "length")) {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let order = match args.get(2).or(kwarg(kw, "byteorder")) {
        Some(o) => o.as_str().unwrap_or("").to_string(),
        None => "big".to_string(),
    };
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        // to_signed_bytes may carry one extra sign byte that still fits.
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    kw_counts(vm, "from_bytes", args, kw, 2, 3)?;
    super::check_kw(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    let data = match args.get(1).or(kwarg(kw, "bytes")) {
        Some(v) => match v {
            Value::Obj(o) => match &**o {
                PyObject::Bytes(b) => b.to_vec(),
                _ => {
                    let items = vm.iterate(v)?;
                    let mut out = Vec::new();
                    for it in items {
                        out.push(vm.index_value(&it)? as u8);
                    }
                    out
                }
            },
            _ => return Err(vm.type_error(&format!("cannot convert '{}' object to bytes", vm.type_name(v)))),
        },
        None => return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let order = match args.get(2).or(kwarg(kw, "byteorder")) {
        Some(o) => o.as_str().unwrap_or("").to_string(),
        None => "big".to_string(),
    };
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut le = data;
    if order == "big" {
        le.reverse();
    }
    let b = if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(Sign::Plus, &le) };
    Ok(Value::from_bigint(b))
}

fn float_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        _ => Err(vm.type_error(&format!("descriptor requires a 'float' object but received a '{}'", vm.type_name(v)))),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "float", "is_integer", args, kw)?;
    let f = float_of(vm, &this(args))?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_ratio(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "float", "as_integer_ratio", args, kw)?;
    let f = float_of(vm, &this(args))?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else { mant |= 1 << 52; exp - 1075 };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

/// `float.fromhex(s)`, correctly rounded (half to even) like CPython.
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let arg = one_arg(vm, "float", "fromhex", args, kw)?;
    let Some(s) = arg.as_str() else {
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {}", vm.type_name(arg))));
    };
    match parse_hex_float(s) {
        Ok(f) => Ok(Value::float(f)),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

/// Parses a hex float; `Err(true)` on overflow, `Err(false)` when malformed.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            let e = e.strip_prefix('+').unwrap_or(e);
            let digits = e.strip_prefix('-').unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Huge exponents saturate: they overflow or underflow anyway.
            let v: i64 = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            (m, if e.starts_with('-') { -v } else { v })
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = (m << 4u32) + d;
    }
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(true);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q = if shift > 0 {
        if shift > bits + 1 {
            BigInt::zero()
        } else {
            let sh = shift as u64;
            let q = &m >> sh;
            let rem = &m - (&q << sh);
            let half = BigInt::from(1) << (sh - 1);
            if rem > half || (rem == half && q.bit(0)) {
                q + 1
            } else {
                q
            }
        }
    } else {
        m << ((-shift) as u64)
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = ldexp(qf, lsb);
    if r.is_infinite() {
        return Err(true);
    }
    Ok(sign * r)
}

/// `x * 2**e` without intermediate rounding for results that are representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

fn float_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "float", "hex", args, kw)?;
    let f = float_of(vm, &this(args))?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{}0x0.0p+0", sign)));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    // CPython always prints all 13 hex digits of the mantissa.
    let digits = format!("{:013x}", mant);
    Ok(Value::string(format!("{}0x{}.{}p{}{}", sign, lead, digits, if e >= 0 { "+" } else { "-" }, e.abs())))
}
