//! Exact int ↔ float conversions and float division helpers:
//! `int(float)`, `float(int)` (correctly rounded, like CPython's
//! `PyLong_AsDouble`), `int / int` (correctly rounded, like
//! `long_true_divide`) and `//`, `%`, `divmod` on floats with Python's sign
//! rules (`float_divmod`).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Splits a finite double into `(negative, mantissa, exponent)` with
/// `|x| = mantissa * 2**exponent` exactly (`mantissa < 2**53`).
pub(crate) fn decompose(x: f64) -> (bool, u64, i32) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), exp - 1075)
    }
}

/// `2**e` as a double, for -1074 <= e <= 1023 (exact).
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `int(x)` for a float: truncation toward zero.  Errors:
/// "cannot convert float infinity to integer" (OverflowError) and
/// "cannot convert float NaN to integer" (ValueError).
pub fn float_to_bigint(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    let (neg, m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << (e as usize)
    } else if e > -64 {
        BigUint::from(m >> (-e) as u32)
    } else {
        BigUint::zero()
    };
    Ok(BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, mag))
}

/// `int(x)` when the result fits in an `i64` (truncation toward zero);
/// `None` for NaN, infinities and out-of-range values.
pub fn float_to_i64(x: f64) -> Option<i64> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    // -2**63 is exactly representable; 2**63 is the first value too large.
    if (-9223372036854775808.0..9223372036854775808.0).contains(&t) {
        Some(t as i64)
    } else {
        None
    }
}

/// Correctly rounded (round-half-even) value of `num / den` for
/// non-negative integers, `den > 0`.  `Err(())` if the result overflows.
pub(crate) fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Result<f64, ()> {
    if num.is_zero() {
        return Ok(0.0);
    }
    // Fast path: both exactly representable, one IEEE division.
    if num.bits() <= 53 && den.bits() <= 53 {
        if let (Some(a), Some(b)) = (num.to_u64(), den.to_u64()) {
            return Ok(a as f64 / b as f64);
        }
    }
    let e_est = num.bits() as i64 - den.bits() as i64;
    // Scale so the integer quotient has at least 55 bits.
    let s = e_est - 55;
    let (q, r) = if s >= 0 {
        num.div_rem(&(den << (s as usize)))
    } else {
        (num << ((-s) as usize)).div_rem(den)
    };
    let sticky = !r.is_zero();
    let l = q.bits() as i64;
    // Exponent of the most significant bit of the quotient.
    let msb = l - 1 + s;
    if msb > 1023 {
        return Err(());
    }
    // Exponent of the unit in the last place of the result.
    let ulp = (msb - 52).max(-1074);
    let k = (ulp - s).max(1); // bits of q to round away (always >= 2 as l >= 55)
    if k > l {
        return Ok(0.0);
    }
    let k_us = k as usize;
    let mut mant = &q >> k_us;
    let rem = &q - (&mant << k_us);
    let half = BigUint::one() << (k_us - 1);
    let round_up = match rem.cmp(&half) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => sticky || mant.is_odd(),
    };
    if round_up {
        mant += 1u32;
    }
    let m = mant.to_u64().ok_or(())?; // at most 2**53
    let v = m as f64 * pow2(ulp);
    if v.is_infinite() {
        Err(())
    } else {
        Ok(v)
    }
}

/// `float(n)`: correctly rounded (round-half-even).  Error (OverflowError):
/// "int too large to convert to float".
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, String> {
    if let Some(v) = n.to_i64() {
        return Ok(v as f64);
    }
    let v = ratio_to_f64(n.magnitude(), &BigUint::one())
        .map_err(|_| "int too large to convert to float".to_string())?;
    Ok(if n.is_negative() { -v } else { v })
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`
/// (`10**400 / 10**399 == 10.0`; `0 / -5 == -0.0`).  Errors:
/// "division by zero" (ZeroDivisionError) when `b == 0`, "integer division
/// result too large for a float" (OverflowError).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if b.is_zero() {
        return Err("division by zero".to_string());
    }
    let negate = a.is_negative() != b.is_negative();
    let v = ratio_to_f64(a.magnitude(), b.magnitude())
        .map_err(|_| "integer division result too large for a float".to_string())?;
    Ok(if negate { -v } else { v })
}

/// `(a // b, a % b)` for floats with Python's rules (the remainder has the
/// sign of `b`; a port of CPython's `_float_div_mod`).  The caller raises
/// ZeroDivisionError ("float divmod()", "float floor division by zero",
/// "float modulo") when `b == 0`.
pub fn float_floordiv_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a % b` for floats (sign of `b`), CPython's `float_rem`.  The caller
/// handles `b == 0`.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn float_to_int() {
        assert_eq!(float_to_bigint(1e20).unwrap(), b("100000000000000000000"));
        assert_eq!(float_to_bigint(-2.9).unwrap(), b("-2"));
        assert_eq!(float_to_bigint(0.5).unwrap(), b("0"));
        assert_eq!(float_to_bigint(-0.0).unwrap(), b("0"));
        assert_eq!(float_to_bigint(5e-324).unwrap(), b("0"));
        assert_eq!(float_to_bigint(2251799813685248.5).unwrap(), b("2251799813685248"));
        assert_eq!(
            float_to_bigint(1.7976931348623157e308).unwrap().to_string(),
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"
        );
        assert_eq!(float_to_bigint(f64::INFINITY).unwrap_err(), "cannot convert float infinity to integer");
        assert_eq!(float_to_bigint(f64::NAN).unwrap_err(), "cannot convert float NaN to integer");
        assert_eq!(float_to_i64(-9.99), Some(-9));
        assert_eq!(float_to_i64(9.3e18), None);
        assert_eq!(float_to_i64(-9223372036854775808.0), Some(i64::MIN));
        assert_eq!(float_to_i64(f64::NAN), None);
    }

    #[test]
    fn int_to_float() {
        assert_eq!(bigint_to_f64(&b("9007199254740993")).unwrap(), 9007199254740992.0);
        assert_eq!(bigint_to_f64(&b("9007199254740995")).unwrap(), 9007199254740996.0);
        // 2**64 + 1 and huge values with sticky bits far below.
        assert_eq!(bigint_to_f64(&b("18446744073709551617")).unwrap(), 18446744073709551616.0);
        let x = (BigInt::one() << 200usize) + (BigInt::one() << 147usize); // exact tie -> even
        assert_eq!(bigint_to_f64(&x).unwrap(), 2f64.powi(200));
        let x = (BigInt::one() << 200usize) + (BigInt::one() << 147usize) + 1;
        assert_eq!(bigint_to_f64(&x).unwrap(), 2f64.powi(200) + 2f64.powi(148));
        let x = (BigInt::one() << 200usize) + (BigInt::from(3) << 147usize); // tie, odd -> up
        assert_eq!(bigint_to_f64(&x).unwrap(), 2f64.powi(200) + 2f64.powi(149));
        assert_eq!(bigint_to_f64(&-(BigInt::one() << 1023usize)).unwrap(), -(2f64.powi(1023)));
        // Largest value that still rounds to DBL_MAX, and the first that overflows.
        let max = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(bigint_to_f64(&(&max - 1)).unwrap(), f64::MAX);
        assert_eq!(bigint_to_f64(&max).unwrap_err(), "int too large to convert to float");
        assert_eq!(bigint_to_f64(&(BigInt::one() << 1024usize)).unwrap_err(), "int too large to convert to float");
    }

    #[test]
    fn true_divide() {
        let p = |n: u32| BigInt::from(10).pow(n);
        assert_eq!(int_true_divide(&p(400), &p(399)).unwrap(), 10.0);
        assert_eq!(int_true_divide(&b("1"), &b("3")).unwrap(), 1.0 / 3.0);
        assert_eq!(int_true_divide(&b("-7"), &b("2")).unwrap(), -3.5);
        let z = int_true_divide(&b("0"), &b("-5")).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert_eq!(int_true_divide(&b("1"), &b("0")).unwrap_err(), "division by zero");
        assert_eq!(int_true_divide(&p(400), &b("1")).unwrap_err(), "integer division result too large for a float");
        // Values checked against CPython 3.11.
        assert_eq!(int_true_divide(&b("1"), &p(320)).unwrap(), 1e-320);
        assert_eq!(int_true_divide(&b("1"), &p(400)).unwrap(), 0.0);
        assert_eq!(int_true_divide(&p(330), &p(30)).unwrap(), 1e300);
        assert_eq!(int_true_divide(&b("2"), &(BigInt::one() << 1076usize)).unwrap(), 0.0);
        assert_eq!(int_true_divide(&b("3"), &(BigInt::one() << 1076usize)).unwrap(), 5e-324);
        assert_eq!(int_true_divide(&b("123456789012345678901234567890"), &b("987654321")).unwrap(), 1.249999988734375e20);
        assert_eq!(int_true_divide(&(&p(308) * 17), &p(308)).unwrap(), 17.0);
        assert_eq!(int_true_divide(&b("9007199254740993"), &b("1")).unwrap(), 9007199254740992.0);
    }

    #[test]
    fn divmod() {
        let inf = f64::INFINITY;
        assert_eq!(float_floordiv_mod(7.0, 2.0), (3.0, 1.0));
        assert_eq!(float_floordiv_mod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_floordiv_mod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(float_floordiv_mod(-7.0, -2.0), (3.0, -1.0));
        assert_eq!(float_floordiv_mod(1.0, inf), (0.0, 1.0));
        assert_eq!(float_floordiv_mod(-1.0, inf), (-1.0, inf));
        assert_eq!(float_floordiv_mod(0.1, 0.01), (10.0, 3.469446951953614e-18));
        let (q, r) = float_floordiv_mod(-0.0, 5.0);
        assert!(q == 0.0 && q.is_sign_negative() && r == 0.0 && r.is_sign_positive());
        let (q, r) = float_floordiv_mod(6.0, -3.0);
        assert!(q == -2.0 && r == 0.0 && r.is_sign_negative());
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_mod(7.5, -2.0), -0.5);
        assert!(float_mod(4.0, -2.0).is_sign_negative());
        assert_eq!(float_mod(-1e-20, 1.0), 1.0);
    }
}
