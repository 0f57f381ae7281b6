//! `math` functions of floats: the libm wrappers with CPython's error
//! rules (a NaN from non-NaN input is a ValueError; an infinity from finite
//! input is an OverflowError or a ValueError), logarithms (exact for huge
//! ints), pow, fmod, remainder, frexp/ldexp/modf, rounding to int, and the
//! predicates.

use num_traits::{Signed, Zero};

use super::libm_extra;
use super::{domain_error, one_arg, range_error, to_double, two_args};
use crate::objects::{NativeFn, PyObject, Value};
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("cos", cos),
    ("cosh", cosh),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("log1p", log1p),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("atan2", atan2),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("pow", pow),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
    ("degrees", degrees),
    ("radians", radians),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

/// A one-argument libm function: NaN out of non-NaN in is a domain
/// error; an infinity out of finite in is a range error when the function
/// can overflow, else a domain error (a singularity).
fn math_1(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let a = one_arg(vm, name, args, kw)?;
    let x = to_double(vm, a)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::float(r))
}

macro_rules! libm_1 {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
            math_1(vm, stringify!($name), args, kw, $f, $overflow)
        }
    };
}

libm_1!(acos, f64::acos, false);
libm_1!(acosh, libm_extra::acosh, false);
libm_1!(asin, f64::asin, false);
libm_1!(asinh, libm_extra::asinh, false);
libm_1!(atan, f64::atan, false);
libm_1!(atanh, libm_extra::atanh, false);
libm_1!(cbrt, libm_extra::cbrt, false);
libm_1!(cos, f64::cos, false);
libm_1!(cosh, f64::cosh, true);
libm_1!(exp, f64::exp, true);
libm_1!(exp2, f64::exp2, true);
libm_1!(expm1, f64::exp_m1, true);
libm_1!(fabs, f64::abs, false);
libm_1!(log1p, f64::ln_1p, false);
libm_1!(sin, f64::sin, false);
libm_1!(sinh, f64::sinh, true);
libm_1!(sqrt, f64::sqrt, false);
libm_1!(tan, f64::tan, false);
libm_1!(tanh, f64::tanh, false);

/// A two-argument function with `math_2`'s rules: NaN from non-NaN
/// inputs is a domain error, an infinity from finite inputs overflow.
fn math_2(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two_args(vm, name, args, kw)?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

/// atan2 with C99's special values decided before the libm call.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() { (0.25 * PI).copysign(y) } else { (0.75 * PI).copysign(y) };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    math_2(vm, "atan2", args, kw, m_atan2)
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    math_2(vm, "copysign", args, kw, f64::copysign)
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: choose the even multiple of absy.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn remainder(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    math_2(vm, "remainder", args, kw, m_remainder)
}

fn fmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, b) = two_args(vm, "fmod", args, kw)?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, b) = two_args(vm, "pow", args, kw)?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
        r
    };
    Ok(Value::float(r))
}

/// The log of `v` with `f` (ln, log2 or log10): ints of any size are
/// handled exactly through their top bits and exponent.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let big = i.to_big();
        if !big.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match crate::format::bigint_to_f64(&big) {
            Ok(x) => f(x),
            Err(_) => {
                let (m, e) = big_frexp(&big);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = to_double(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// A positive int as m * 2**e with 0.5 <= m < 1, m correctly rounded.
fn big_frexp(b: &num_bigint::BigInt) -> (f64, u64) {
    let bits = b.bits();
    // Keep 64 top bits plus a sticky bit for the rest: one rounding to 53.
    let shift = bits.saturating_sub(64);
    let top: num_bigint::BigInt = b >> shift;
    let mut t = num_traits::ToPrimitive::to_u64(&top).unwrap_or(u64::MAX);
    if shift > 0 && !(b - (top << shift)).is_zero() {
        t |= 1;
    }
    let scale = 64.min(bits) as i32;
    let mut m = t as f64 / 2f64.powi(scale);
    let mut e = bits;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (m, e)
}

fn ln(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    x.ln()
}

fn lg2(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    x.log2()
}

fn lg10(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    x.log10()
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args[0], ln)?;
    let Some(base) = args.get(1) else { return Ok(Value::float(num)) };
    let den = log_of(vm, base, ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log2(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "log2", args, kw)?.clone();
    Ok(Value::float(log_of(vm, &a, lg2)?))
}

fn log10(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "log10", args, kw)?.clone();
    Ok(Value::float(log_of(vm, &a, lg10)?))
}

/// floor/ceil: ints are their own result; other objects may define the
/// dunder; everything else goes through a double.
fn round_to_int(vm: &mut Vm, name: &str, dunder: &'static str, args: &[Value], kw: &[(Value, Value)], f: fn(f64) -> f64) -> PyResult<Value> {
    let a = one_arg(vm, name, args, kw)?.clone();
    let x = match &a {
        Value::Float(x) => x.get(),
        Value::Int(_) => return Ok(a),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => return Ok(a),
        _ => {
            if let Some(r) = vm.call_special(&a, dunder, &[])? {
                return Ok(r);
            }
            to_double(vm, &a)?
        }
    };
    crate::objects::int::float_to_int(f(x)).map_err(|e| vm.int_err(e))
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, "floor", "__floor__", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    round_to_int(vm, "ceil", "__ceil__", args, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "trunc", args, kw)?.clone();
    match &a {
        Value::Float(x) => crate::objects::int::float_to_int(x.get()).map_err(|e| vm.int_err(e)),
        Value::Int(_) => Ok(a),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => Ok(a),
        _ => match vm.call_special(&a, "__trunc__", &[])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(&format!("type {} doesn't define __trunc__ method", vm.type_name(&a)))),
        },
    }
}

fn frexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "frexp", args, kw)?;
    let x = to_double(vm, a)?;
    let (m, e) = libm_extra::frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, b) = two_args(vm, "ldexp", args, kw)?;
    let x = to_double(vm, a)?;
    let exp = match as_int(b) {
        Some(crate::objects::int::IntRef::Small(i)) => i,
        Some(crate::objects::int::IntRef::Big(big)) => {
            if big.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None if matches!(b, Value::Obj(o) if matches!(&**o, PyObject::Instance(i) if matches!(i.base, Some(Value::Int(_))))) => {
            let Value::Obj(o) = b else { unreachable!("checked") };
            let PyObject::Instance(i) = &**o else { unreachable!("checked") };
            let Some(Value::Int(n)) = i.base else { unreachable!("checked") };
            n
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = libm_extra::ldexp(x, exp);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn modf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "modf", args, kw)?;
    let x = to_double(vm, a)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(int)]))
}

fn degrees(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "degrees", args, kw)?;
    let x = to_double(vm, a)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "radians", args, kw)?;
    let x = to_double(vm, a)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "isfinite", args, kw)?;
    Ok(Value::bool(to_double(vm, a)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "isinf", args, kw)?;
    Ok(Value::bool(to_double(vm, a)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "isnan", args, kw)?;
    Ok(Value::bool(to_double(vm, a)?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
fn isclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(&format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut vals: [Option<Value>; 4] = [args.first().cloned(), args.get(1).cloned(), None, None];
    for (i, name) in names.iter().enumerate().skip(args.len()) {
        vals[i] = kw.iter().find(|(k, _)| k.as_str() == Some(name)).map(|(_, v)| v.clone());
        if i < 2 && vals[i].is_none() {
            return Err(vm.type_error(&format!("isclose() missing required argument '{}' (pos {})", name, i + 1)));
        }
    }
    for (k, _) in kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(pos) if pos < args.len() => {
                return Err(vm.type_error(&format!("argument for isclose() given by name ('{}') and position ({})", key, pos + 1)));
            }
            Some(_) => {}
            None => return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for isclose()", key))),
        }
    }
    let mut nums = [0.0, 0.0, 1e-09, 0.0];
    for (i, v) in vals.iter().enumerate() {
        if let Some(v) = v {
            nums[i] = to_double(vm, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = nums;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (a, b) = two_args(vm, "nextafter", args, kw)?;
    let x = to_double(vm, a)?;
    let y = to_double(vm, b)?;
    Ok(Value::float(next_after(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "ulp", args, kw)?;
    let x = to_double(vm, a)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = x.next_up();
    if up.is_infinite() {
        return Ok(Value::float(x - x.next_down()));
    }
    Ok(Value::float(up - x))
}
