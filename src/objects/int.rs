//! Integer arithmetic with Python semantics: an i64 fast path that widens to
//! a `BigInt` on overflow, floor division and modulo with the divisor's sign.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Value;
use crate::syntax::ast::BinOp;

/// Either form of a Python int, borrowed.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
}

/// Error raised by an int operation: (exception class name, message).
pub type IntErr = (&'static str, String);

fn err(kind: &'static str, msg: &str) -> IntErr {
    (kind, msg.to_string())
}

/// Floor division and modulo of i64 (b != 0), None on overflow.
#[inline]
pub fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// `a op b` for two ints. Division (`/`) is not handled here.
pub fn int_binop(op: BinOp, a: IntRef, b: IntRef) -> Result<Value, IntErr> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(err("ZeroDivisionError", "integer division or modulo by zero"));
                }
                floor_divmod_i64(x, y).map(|r| r.0)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(err("ZeroDivisionError", "integer modulo by zero"));
                }
                floor_divmod_i64(x, y).map(|r| r.1)
            }
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(err("ValueError", "negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 {
                    let r = x.checked_shl(y as u32);
                    r.filter(|r| (r >> y) == x)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(err("ValueError", "negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinOp::Pow => {
                if y < 0 {
                    return Err(err("float", ""));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else if x == 0 || x == 1 {
                    Some(x)
                } else if x == -1 {
                    Some(if y % 2 == 0 { 1 } else { -1 })
                } else {
                    None
                }
            }
            _ => return Err(err("TypeError", "unsupported")),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    big_binop(op, &a.to_big(), &b.to_big())
}

fn big_binop(op: BinOp, a: &BigInt, b: &BigInt) -> Result<Value, IntErr> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(err("ZeroDivisionError", "integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(err("ZeroDivisionError", "integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            if b.is_negative() {
                return Err(err("ValueError", "negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b.to_usize().filter(|n| *n < (1 << 32)).ok_or_else(|| err("OverflowError", "too many digits in integer"))?;
            a << n
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(err("ValueError", "negative shift count"));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                return Err(err("float", ""));
            }
            let e = match b.to_u32() {
                Some(e) => e,
                None => {
                    if a.is_zero() || *a == BigInt::from(1) {
                        return Ok(Value::from_bigint(a.clone()));
                    }
                    if *a == BigInt::from(-1) {
                        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
                    }
                    return Err(err("MemoryError", ""));
                }
            };
            if a.bits().saturating_mul(e as u64) > 64 * 1024 * 1024 * 8 {
                return Err(err("MemoryError", ""));
            }
            num_traits::pow::Pow::pow(a, e)
        }
        _ => return Err(err("TypeError", "unsupported")),
    };
    Ok(Value::from_bigint(r))
}

/// Three-argument pow with a modulus.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, IntErr> {
    if m.is_zero() {
        return Err(err("ValueError", "pow() 3rd argument cannot be 0"));
    }
    let mut base = base.clone();
    let mut exp = exp.clone();
    if exp.is_negative() {
        // modular inverse
        let (g, x) = ext_gcd(&base.mod_floor(m), m);
        if g.abs() != BigInt::from(1) {
            return Err(err("ValueError", "base is not invertible for the given modulus"));
        }
        base = x;
        exp = -exp;
    }
    let mabs = m.abs();
    let mut r = base.modpow(&exp, &mabs);
    // Result takes the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(r)
}

fn ext_gcd(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (mut old_r, mut r) = (a.clone(), b.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    (old_r, old_s)
}

/// CPython's numeric hash of an int (modulus 2**61 - 1).
pub fn hash_i64(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = if i >= 0 { i % P } else { -((-(i as i128) % P as i128) as i64) };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Exact comparison of an int with a float: None if the float is NaN.
pub fn cmp_int_float(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() < (1u64 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    // Compare the int against floor(f), then the fraction.
    let fl = f.floor();
    let fb = crate::objects::int::float_to_bigint_exact(fl);
    let ib = i.to_big();
    match ib.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// An integral finite float as a BigInt (exact).
pub fn float_to_bigint_exact(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if f < 0.0 {
        -b
    } else {
        b
    }
}

/// The int value of a float (truncating), or the CPython error.
pub fn float_to_int(f: f64) -> Result<Value, IntErr> {
    if f.is_nan() {
        return Err(err("ValueError", "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(err("OverflowError", "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(float_to_bigint_exact(t)))
}

/// An int as a float, or OverflowError.
pub fn big_to_f64(b: &BigInt) -> Result<f64, IntErr> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(err("OverflowError", "int too large to convert to float")),
    }
}

/// True division of two ints, correctly rounded.
pub fn int_truediv(a: IntRef, b: IntRef) -> Result<f64, IntErr> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if *y == 0 {
            return Err(err("ZeroDivisionError", "division by zero"));
        }
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (a, b) = (a.to_big(), b.to_big());
    if b.is_zero() {
        return Err(err("ZeroDivisionError", "division by zero"));
    }
    crate::format::int_true_divide(&a, &b).map_err(|m| (if m.contains("zero") { "ZeroDivisionError" } else { "OverflowError" }, m))
}
