//! `round(x, ndigits)` for floats: CPython's `float___round___impl` /
//! `double_round`, which rounds the *exact* binary value half-to-even at
//! decimal position `ndigits` and converts the decimal result back with
//! correct rounding (so `round(2.675, 2) == 2.67` because 2.675 is really
//! 2.67499999…).

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::One;

use super::convert::{decompose, ratio_to_f64};

/// `round(x, ndigits)` with an explicit `ndigits`.  NaN and infinities are
/// returned unchanged, `ndigits > 323` returns `x`, `ndigits < -308`
/// returns a zero with the sign of `x`.  `round(-0.4, 0)` is `-0.0`.
///
/// Error (OverflowError): "rounded value too large to represent" (e.g.
/// `round(1.7e308, -308)`).
///
/// `round(x)` without ndigits (returns an int) is the caller's job: use
/// [`round_half_even`] and convert with `float_to_bigint`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() {
        return Ok(x);
    }
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (neg, m, e) = decompose(x);
    // |x| = m * 2**e; compute N = round_half_even(|x| * 10**ndigits).
    let ten_pow = BigUint::from(10u32).pow(ndigits.unsigned_abs() as u32);
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if ndigits >= 0 {
        num *= &ten_pow;
    } else {
        den = ten_pow.clone();
    }
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice_r: BigUint = r << 1usize;
    if twice_r > den || (twice_r == den && q.is_odd()) {
        q += 1u32;
    }
    // Result = q * 10**-ndigits, correctly rounded to a double.
    let v = if ndigits >= 0 {
        ratio_to_f64(&q, &ten_pow)
    } else {
        ratio_to_f64(&(q * &ten_pow), &BigUint::one())
    }
    .map_err(|_| "rounded value too large to represent".to_string())?;
    Ok(if neg { -v } else { v })
}

/// `round(x)` as a float: nearest integer, ties to even (`round(0.5) ==
/// 0`, `round(1.5) == 2`, `round(-2.5) == -2`).  The caller converts the
/// result to an int (ValueError/OverflowError for NaN/inf, see
/// `float_to_bigint`).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_cases() {
        // (x, ndigits, CPython 3.11 result)
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1234.5, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-1250.0, -2, -1200.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-2.5, 0, -2.0),
            (1.0 / 3.0, 5, 0.33333),
            (123.456, 1, 123.5),
            (123.456, -1, 120.0),
            (123.456, -3, 0.0),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (1e300, -299, 1e300),
            (1.5e300, -300, 2e300),
            (0.1 + 0.2, 15, 0.3),
            (0.1 + 0.2, 16, 0.3),
            (0.1 + 0.2, 17, 0.30000000000000004),
            (1e-10, 5, 0.0),
            (12345.678, 400, 12345.678),
            (12345.678, -400, 0.0),
            (1.7976931348623157e308, -300, 1.79769313e308),
            (2.5e-323, 323, 2e-323),
            (1e22, -22, 1e22),
            (5e22, -23, 0.0),
            (8.5, 0, 8.0),
            (0.285, 2, 0.28),
            (1.005, 2, 1.0),
            (2.0000000000000004, 15, 2.0),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "round({:?}, {}) = {:?}, want {:?}", x, n, got, want);
        }
    }

    #[test]
    fn signs_and_specials() {
        let z = round_float(-0.4, 0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let z = round_float(-12345.0, -400).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_float(f64::NEG_INFINITY, 2).unwrap(), f64::NEG_INFINITY);
        assert_eq!(round_float(1.7976931348623157e308, -307).unwrap_err(), "rounded value too large to represent");
        assert_eq!(round_float(-1.7976931348623157e308, -308).unwrap_err(), "rounded value too large to represent");
    }

    #[test]
    fn half_even() {
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(-0.4), 0.0);
        assert_eq!(round_half_even(2.6), 3.0);
        assert_eq!(round_half_even(4503599627370497.0), 4503599627370497.0);
        assert_eq!(round_half_even(0.49999999999999994), 0.0);
    }
}
