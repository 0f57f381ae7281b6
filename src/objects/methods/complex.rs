//! `complex`: a minimal complex number type (`PyObject::Complex(re, im)`).
//!
//! Arithmetic follows CPython's `complexobject.c` closely (the same division
//! algorithm and the same integer-power shortcut) so results match to the
//! last bit; mixed operands (int, float) are widened to complex first.

use super::{check_args, kwarg, no_args, slot_args, slot_unpack};
use crate::objects::{PyObject, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::builtins_types::add_method;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let c = vm.types().complex.clone();
    add_method(&c, "conjugate", complex_conjugate);
    add_method(&c, "__abs__", complex_abs_method);
    add_method(&c, "__neg__", complex_neg_method);
    add_method(&c, "__pos__", complex_pos_method);
    add_method(&c, "__complex__", complex_complex_method);
    add_method(&c, "__repr__", complex_repr_method);
    add_method(&c, "__hash__", complex_hash_method);
    add_method(&c, "__bool__", complex_bool_method);
    for (name, f) in [
        ("__add__", complex_add as crate::objects::NativeFn),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow_method),
        ("__rpow__", complex_rpow),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
    ] {
        add_method(&c, name, f);
    }
}

/// The parts of a complex value.
pub fn parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Complex(re, im) => Some((*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_complex(v: &Value) -> bool {
    parts(v).is_some()
}

pub fn new(re: f64, im: f64) -> Value {
    Value::from_obj(PyObject::Complex(re, im))
}

/// A float formatted like `repr` but without the forced `.0` (CPython
/// formats complex parts with `'r'` and no `Py_DTSF_ADD_DOT_0`).
fn part_repr(x: f64) -> String {
    let s = crate::format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(re: f64, im: f64) -> String {
    let im_s = part_repr(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", im_s);
    }
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_repr(re), sign, im_s)
}

/// CPython's `complex.__hash__`.
pub fn hash(re: f64, im: f64) -> i64 {
    let hr = crate::format::float_hash(re) as u64;
    let hi = crate::format::float_hash(im) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    /// An int, float or complex operand widened to complex; None for other types.
    fn complex_operand(&self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        if let Some(p) = parts(v) {
            return Ok(Some(p));
        }
        if crate::vm::ops::as_int(v).is_some() || matches!(v, Value::Float(_)) {
            return Ok(Some((self.to_f64(v)?, 0.0)));
        }
        Ok(None)
    }

    /// Arithmetic with at least one complex operand; None when not applicable
    /// (the caller then tries reflected dunders or raises the usual TypeError).
    pub fn complex_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) else { return Ok(None) };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => prod(x, y),
            BinOp::Div => match quot(x, y) {
                Some(r) => r,
                None => return Err(self.zero_division("complex division by zero")),
            },
            BinOp::Pow => return self.complex_pow(x, y).map(Some),
            _ => return Ok(None),
        };
        Ok(Some(new(r.0, r.1)))
    }

    /// `x ** y` for complex operands (CPython's `complex_pow`).
    pub fn complex_pow(&mut self, x: (f64, f64), y: (f64, f64)) -> PyResult<Value> {
        let r = if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
            powi(x, y.0 as i64)
        } else {
            pow(x, y)
        };
        match r {
            Some(r) => {
                if (r.0.is_infinite() || r.1.is_infinite()) && x.0.is_finite() && x.1.is_finite() && y.0.is_finite() && y.1.is_finite() {
                    return Err(self.overflow_error("complex exponentiation"));
                }
                Ok(new(r.0, r.1))
            }
            None => Err(self.zero_division("0.0 to a negative or complex power")),
        }
    }

    /// `==` / `!=` with a complex operand; None when the other side is not a number.
    pub fn complex_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (self.complex_operand_exact(a), self.complex_operand_exact(b)) else { return Ok(None) };
        let eq = match (x, y) {
            (Num::C(x), Num::C(y)) => x == y,
            (Num::C((re, im)), Num::R(v)) | (Num::R(v), Num::C((re, im))) => {
                if im != 0.0 {
                    false
                } else {
                    let r = self.compare(CmpOp::Eq, &Value::float(re), &v)?;
                    self.truthy(&r)?
                }
            }
            (Num::R(_), Num::R(_)) => return Ok(None),
        };
        match op {
            CmpOp::Eq => Ok(Some(eq)),
            CmpOp::NotEq => Ok(Some(!eq)),
            _ => Ok(None),
        }
    }

    fn complex_operand_exact(&self, v: &Value) -> Option<Num> {
        if let Some(p) = parts(v) {
            return Some(Num::C(p));
        }
        if crate::vm::ops::as_int(v).is_some() || matches!(v, Value::Float(_)) {
            return Some(Num::R(v.clone()));
        }
        None
    }

    /// `abs(complex)`.
    pub fn complex_abs(&self, re: f64, im: f64) -> PyResult<Value> {
        let r = re.hypot(im);
        if r.is_infinite() && re.is_finite() && im.is_finite() {
            return Err(self.overflow_error("absolute value too large"));
        }
        Ok(Value::float(r))
    }
}

/// A complex operand kept exact when real (so `2**64 == complex(2**64)` compares
/// the int with the float the way int/float comparison does).
enum Num {
    C((f64, f64)),
    R(Value),
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; None on division by zero.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `_Py_c_pow`; None for 0 to a negative or complex power.
fn pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// Integer powers by repeated squaring (CPython's `c_powi`).
fn powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    fn powu(x: (f64, f64), n: u64) -> (f64, f64) {
        let (mut r, mut p) = ((1.0, 0.0), x);
        let mut mask: u64 = 1;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        r
    }
    if n > 0 {
        Some(powu(x, n as u64))
    } else {
        quot((1.0, 0.0), powu(x, n.unsigned_abs()))
    }
}

/// `complex()`, `complex(x)`, `complex(real, imag)`, `complex('1+2j')`.
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::check_kw(vm, "complex", kw, &["real", "imag"])?;
    check_args(vm, "complex", args, 0, 2)?;
    let real = args.first().or(kwarg(kw, "real")).cloned();
    let imag = args.get(1).or(kwarg(kw, "imag")).cloned();
    if let Some(r) = &real {
        if let Some(s) = r.as_str() {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            return match parse(s) {
                Some((re, im)) => Ok(new(re, im)),
                None => Err(vm.value_error("complex() arg is a malformed string")),
            };
        }
    }
    if let Some(i) = &imag {
        if i.as_str().is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let part = |vm: &mut Vm, v: &Value, first: bool| -> PyResult<(f64, f64)> {
        if let Some(p) = parts(v) {
            return Ok(p);
        }
        if crate::vm::ops::as_int(v).is_some() || matches!(v, Value::Float(_)) {
            return Ok((vm.to_f64(v)?, 0.0));
        }
        for (name, is_complex) in [("__complex__", true), ("__float__", false), ("__index__", false)] {
            if let Some(r) = vm.call_special(v, name, &[])? {
                if is_complex {
                    return match parts(&r) {
                        Some(p) => Ok(p),
                        None => Err(vm.type_error(&format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
                    };
                }
                return Ok((vm.to_f64(&r)?, 0.0));
            }
        }
        let what = if first { "first argument must be a string or a number" } else { "second argument must be a number" };
        Err(vm.type_error(&format!("complex() {}, not '{}'", what, vm.type_name(v))))
    };
    let (r, i) = match (real, imag) {
        (None, None) => return Ok(new(0.0, 0.0)),
        (Some(r), None) => {
            let p = part(vm, &r, true)?;
            return Ok(new(p.0, p.1));
        }
        (None, Some(i)) => (None, Some(i)),
        (Some(r), Some(i)) => (Some(r), Some(i)),
    };
    // real + imag * 1j, as CPython computes it: the cross terms only when a
    // part really is complex (so the sign of a zero imaginary part survives).
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = &r {
        let p = part(vm, r, true)?;
        re = p.0;
        if is_complex(r) {
            im = p.1;
        }
    }
    if let Some(i) = &i {
        let p = part(vm, i, false)?;
        if is_complex(i) {
            re -= p.1;
            im += p.0;
        } else if r.as_ref().is_some_and(is_complex) {
            im += p.0;
        } else {
            im = p.0;
        }
    }
    Ok(new(re, im))
}

/// Parses `complex('...')`: `1`, `2j`, `1+2j`, `(1-2.5e3j)`, `-j`, `inf+nanj`.
fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let float = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => {
                // Only plain decimal/inf/nan text (no underscores-only or stray chars).
                if !x.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-._".contains(&b)) {
                    return None;
                }
                crate::format::parse_float(x)
            }
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float(t).filter(|_| !t.is_empty() && t != "+" && t != "-").map(|re| (re, 0.0));
    };
    // Split at the last sign that is not the first character and not part of an exponent.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    match split {
        Some(i) => {
            let (re, im) = (&body[..i], &body[i..]);
            if re.is_empty() {
                return None;
            }
            let re = float(re).filter(|_| !matches!(re, "+" | "-"))?;
            Some((re, float(im)?))
        }
        None => Some((0.0, float(body)?)),
    }
}

fn self_parts(vm: &Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    match args.first().and_then(parts) {
        Some(p) => Ok(p),
        None => Err(vm.type_error(&format!(
            "descriptor '{}' requires a 'complex' object but received a '{}'",
            name,
            args.first().map(|a| vm.type_name(a)).unwrap_or_default()
        ))),
    }
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "complex", "conjugate", args, kw)?;
    let (re, im) = self_parts(vm, args, "conjugate")?;
    Ok(new(re, -im))
}
fn complex_abs_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__abs__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__abs__")?;
    vm.complex_abs(re, im)
}
fn complex_neg_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__neg__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__neg__")?;
    Ok(new(-re, -im))
}
fn complex_pos_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__pos__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__pos__")?;
    Ok(new(re, im))
}
fn complex_complex_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "complex", "__complex__", args, kw)?;
    let (re, im) = self_parts(vm, args, "__complex__")?;
    Ok(new(re, im))
}
fn complex_repr_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__repr__")?;
    Ok(Value::string(repr(re, im)))
}
fn complex_hash_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__hash__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__hash__")?;
    Ok(Value::Int(hash(re, im)))
}
fn complex_bool_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__bool__", args, kw, 0)?;
    let (re, im) = self_parts(vm, args, "__bool__")?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

/// A binary dunder: `NotImplemented` for operands complex cannot handle.
fn dunder(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    if op == BinOp::Pow {
        // `__pow__(exp, mod=None)` is a ternary wrapper; complex refuses a modulus.
        slot_unpack(vm, name, args, kw, 1, 2)?;
        if args.get(2).is_some_and(|m| !m.is_none()) {
            return Err(vm.value_error("complex modulo"));
        }
    } else {
        slot_args(vm, name, args, kw, 1)?;
    }
    let (a, b) = if reflected { (&args[1], &args[0]) } else { (&args[0], &args[1]) };
    match vm.complex_binop(op, a, b)? {
        Some(v) => Ok(v),
        None => Ok(Value::from_obj(PyObject::NotImplemented)),
    }
}
fn complex_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__add__", BinOp::Add, false)
}
fn complex_radd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__radd__", BinOp::Add, true)
}
fn complex_sub(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__sub__", BinOp::Sub, false)
}
fn complex_rsub(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__rsub__", BinOp::Sub, true)
}
fn complex_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__mul__", BinOp::Mul, false)
}
fn complex_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__rmul__", BinOp::Mul, true)
}
fn complex_truediv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__truediv__", BinOp::Div, false)
}
fn complex_rtruediv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__rtruediv__", BinOp::Div, true)
}
fn complex_pow_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__pow__", BinOp::Pow, false)
}
fn complex_rpow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    dunder(vm, args, kw, "__rpow__", BinOp::Pow, true)
}
fn complex_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__eq__", args, kw, 1)?;
    Ok(match vm.complex_compare(CmpOp::Eq, &args[0], &args[1])? {
        Some(b) => Value::bool(b),
        None => Value::from_obj(PyObject::NotImplemented),
    })
}
fn complex_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__ne__", args, kw, 1)?;
    Ok(match vm.complex_compare(CmpOp::NotEq, &args[0], &args[1])? {
        Some(b) => Value::bool(b),
        None => Value::from_obj(PyObject::NotImplemented),
    })
}
