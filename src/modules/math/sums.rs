//! Sums and norms: `fsum` (Shewchuk's exact partial sums with CPython's
//! final half-even correction), `prod`, and `hypot`/`dist` through
//! CPython's scaled, compensated vector norm (so results agree to the bit).

use super::{no_kw, to_double};
use crate::objects::{NativeFn, PyObject, Value};
use crate::syntax::ast::BinOp;
use crate::vm::{PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("fsum", fsum), ("prod", prod), ("hypot", hypot), ("dist", dist)];

fn fsum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let seq = super::one_arg(vm, "fsum", args, kw)?.clone();
    let it = vm.get_iter(&seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_double(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From a NaN or infinity in the input, or an overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// `prod(iterable, /, *, start=1)`
fn prod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() + kw.len() > 2 {
        return Err(vm.type_error(&format!("prod() takes at most 2 arguments ({} given)", args.len() + kw.len())));
    }
    if args.len() != 1 {
        return Err(vm.type_error(&format!("prod() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let mut start = Value::Int(1);
    for (k, v) in kw {
        match k.as_str() {
            Some("start") => start = v.clone(),
            other => return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for prod()", other.unwrap_or("")))),
        }
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_mul(*b).is_some() => Value::Int(a * b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() * b.get()),
            _ => vm.binary_op(BinOp::Mul, &acc, &item)?,
        };
    }
    Ok(acc)
}

/// sqrt(sum(x*x for x in vec)) to within an ulp, with no overflow: `max`
/// is the largest |x|; `vec` holds absolute values.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, for Veltkamp-Dekker splitting
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::libm_extra::frexp(max);
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = super::libm_extra::ldexp(1.0, -(max_e as i64));
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        // Differential correction of the square root.
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: ldexp(1.0, -max_e) would overflow; divide by max.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args {
        let x = to_double(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&coords, max, found_nan)))
}

/// The items of a point for `dist`: a tuple as is, anything else iterated.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if let PyObject::Tuple(t) = &**o {
            return Ok(t.to_vec());
        }
    }
    vm.iterate(v)
}

fn dist(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (p, q) = super::two_args(vm, "dist", args, kw)?;
    let p = point(vm, p)?;
    let q = point(vm, q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_double(vm, a)?;
        let qx = to_double(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&diffs, max, found_nan)))
}
