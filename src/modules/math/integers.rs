//! `math` functions of ints, exact for ints of any size: factorial, isqrt,
//! gcd, lcm, comb, perm. Products of long ranges are split in halves so
//! the big multiplications stay balanced.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{index, index_big, no_kw, one_arg};
use crate::objects::{NativeFn, Value};
use crate::vm::{PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("factorial", factorial), ("isqrt", isqrt), ("gcd", gcd), ("lcm", lcm), ("comb", comb), ("perm", perm)];

/// The product lo * (lo+1) * ... * (hi-1), by halves.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut acc = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            acc *= &i;
            i += 1;
        }
        return acc;
    }
    let mid: BigInt = lo + (&n >> 1usize);
    range_product(lo, &mid) * range_product(&mid, hi)
}

/// n! for n >= 0.
fn factorial_of(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(&BigInt::from(2u64), &BigInt::from(n + 1))
}

fn factorial(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "factorial", args, kw)?;
    let n = index_big(vm, a)?;
    factorial_value(vm, &n)
}

fn factorial_value(vm: &Vm, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(&format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    Ok(Value::from_bigint(factorial_of(n as u64)))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = one_arg(vm, "isqrt", args, kw)?;
    let n = index(vm, a)?;
    match &n {
        Value::Int(i) if *i < 0 => Err(vm.value_error("isqrt() argument must be nonnegative")),
        Value::Int(i) => Ok(Value::Int((*i as u64).isqrt() as i64)),
        _ => {
            let b = crate::vm::ops::as_int(&n).map(|i| i.to_big()).unwrap_or_default();
            if b.is_negative() {
                return Err(vm.value_error("isqrt() argument must be nonnegative"));
            }
            Ok(Value::from_bigint(b.sqrt()))
        }
    }
}

fn gcd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "gcd", kw)?;
    let mut small: Option<u64> = Some(0);
    let mut big = BigInt::zero();
    for a in args {
        let v = index(vm, a)?;
        match (&v, small) {
            (Value::Int(i), Some(g)) => small = Some(g.gcd(&i.unsigned_abs())),
            _ => {
                if let Some(g) = small.take() {
                    big = BigInt::from(g);
                }
                let b = crate::vm::ops::as_int(&v).map(|i| i.to_big()).unwrap_or_default();
                big = big.gcd(&b);
            }
        }
    }
    Ok(match small {
        Some(g) => Value::from_bigint(BigInt::from(g)),
        None => Value::from_bigint(big),
    })
}

fn lcm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "lcm", kw)?;
    let mut acc = BigInt::one();
    for (i, a) in args.iter().enumerate() {
        let b = index_big(vm, a)?;
        acc = if i == 0 {
            b.abs()
        } else if acc.is_zero() || b.is_zero() {
            BigInt::zero()
        } else {
            (&acc / acc.gcd(&b) * &b).abs()
        };
    }
    Ok(Value::from_bigint(acc))
}

/// n * (n-1) * ... * (n-k+1)
fn falling(n: &BigInt, k: &BigInt) -> BigInt {
    range_product(&(n - k + 1), &(n + 1))
}

fn comb(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "comb", kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(&format!("comb expected 2 arguments, got {}", args.len())));
    }
    let n = index_big(vm, &args[0])?;
    let k = index_big(vm, &args[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    let k = if rest < k { rest } else { k };
    let Some(ki) = k.to_u64().filter(|v| *v <= i64::MAX as u64) else {
        return Err(vm.overflow_error(&format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    if ki == 0 {
        return Ok(Value::Int(1));
    }
    Ok(Value::from_bigint(falling(&n, &k) / factorial_of(ki)))
}

fn perm(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "perm", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("perm expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("perm expected at most 2 arguments, got {}", args.len())));
    }
    if args.len() == 1 || args[1].is_none() {
        let n = index_big(vm, &args[0])?;
        return factorial_value(vm, &n);
    }
    let n = index_big(vm, &args[0])?;
    let k = index_big(vm, &args[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(Value::Int(0));
    }
    if k > BigInt::from(i64::MAX) {
        return Err(vm.overflow_error(&format!("k must not exceed {}", i64::MAX)));
    }
    Ok(Value::from_bigint(falling(&n, &k)))
}
