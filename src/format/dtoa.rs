//! Float → decimal string conversion: a port of CPython's
//! `PyOS_double_to_string` / `format_float_short` (Python/pystrtod.c).
//!
//! The decimal digits themselves come from Rust's float formatting, which
//! is exact and correctly rounded (round-half-even on the exact binary
//! value), just like David Gay's `_Py_dg_dtoa` that CPython uses:
//!
//! * mode 0 (`'r'`): shortest digit string that round-trips (`{:e}`);
//! * mode 2 (`'e'`, `'g'`): `n` significant digits (`{:.*e}`);
//! * mode 3 (`'f'`): `n` digits after the decimal point (`{:.*}`).
//!
//! Rust panics for precisions above 65535, so requested precisions are
//! capped at a value beyond which every double's decimal expansion is
//! already exact (at most 767 significant digits, at most 1074 digits after
//! the point); the missing positions are zeros, which `format_float_short`
//! pads back in.

use num_bigint::BigUint;

use super::convert::decompose;

/// Maximum number of significant digits asked from Rust (`{:.*e}`).
const MAX_SIG_DIGITS: i64 = 800;
/// Maximum number of fractional digits asked from Rust (`{:.*}`).
const MAX_FRAC_DIGITS: i64 = 1100;

/// Decimal digits of a finite non-negative double: `digits` has no leading
/// or trailing zeros (except the single digit `"0"` for zero, or the empty
/// string when a fixed-point rounding gives zero) and the value is
/// `0.digits × 10^decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: String,
    pub decpt: i64,
}

/// Splits Rust's `{:e}`-style output (`"1.2345e-7"`, `"5e0"`) into digits
/// and decimal-point position.
fn from_exp_string(s: &str) -> Digits {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.bytes().all(|b| b == b'0') {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    Digits { digits, decpt: exp + 1 }
}

/// Mode 0: the shortest digit string that rounds back to `x` (x finite, ≥ 0).
///
/// When two shortest candidates are exactly equally close to `x` (e.g.
/// `698985528475369.25` between `…369.2` and `…369.3`), Gay's dtoa picks
/// the even one while Rust picks the upper one; [`fix_shortest_tie`]
/// corrects for that.
pub(crate) fn shortest_digits(x: f64) -> Digits {
    if x == 0.0 {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    let d = from_exp_string(&format!("{:e}", x));
    fix_shortest_tie(x, d)
}

/// Splits `{:.*e}` output into its (unstripped) digits and exponent.
fn split_exp(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    (mant.chars().filter(|c| c.is_ascii_digit()).collect(), exp.parse().unwrap_or(0))
}

/// Is `x` (finite, > 0) exactly `d * 10**k`?
fn exactly_equals(x: f64, d: u64, k: i64) -> bool {
    let (_, m, e) = decompose(x);
    let a = (-(e as i64)).max(0) as usize;
    let b = (-k).max(0) as u32;
    let ten = BigUint::from(10u32);
    // m * 2**e * 2**a * 10**b  ==  d * 10**k * 2**a * 10**b, all integers.
    let lhs = (BigUint::from(m) << ((e as i64) + a as i64) as usize) * ten.pow(b);
    let rhs = (BigUint::from(d) << a) * ten.pow((k + b as i64) as u32);
    lhs == rhs
}

/// Round-half-even between two equally close shortest candidates.
fn fix_shortest_tie(x: f64, d: Digits) -> Digits {
    let (_, m, e) = decompose(x);
    if m == 0 {
        return d;
    }
    // A tie needs x to have an exact expansion of at most 18 significant
    // digits, impossible when x = odd * 2**e' with e' < -25.
    let tz = m.trailing_zeros() as i64;
    if e as i64 + tz < -25 {
        return d;
    }
    let n = d.digits.len();
    if n > 17 {
        return d;
    }
    let (d2, exp2) = split_exp(&format!("{:.*e}", n, x));
    if d2.len() != n + 1 || !d2.ends_with('5') {
        return d;
    }
    let (d3, exp3) = split_exp(&format!("{:.*e}", n + 20, x));
    if exp3 != exp2 || !d3.starts_with(&d2) || !d3[n + 1..].bytes().all(|b| b == b'0') {
        return d;
    }
    let Ok(value) = d2.parse::<u64>() else { return d };
    let k = exp2 - n as i64; // x =? value * 10**k
    if !exactly_equals(x, value, k) {
        return d;
    }
    let lo = value / 10;
    let hi = lo + 1;
    let round_trips = |v: u64| format!("{}e{}", v, k + 1).parse::<f64>().is_ok_and(|y| y == x);
    let chosen = match (round_trips(lo), round_trips(hi)) {
        (true, true) => {
            if lo % 2 == 0 {
                lo
            } else {
                hi
            }
        }
        (true, false) => lo,
        (false, true) => hi,
        (false, false) => return d,
    };
    let mut digits = chosen.to_string();
    let decpt = digits.len() as i64 + k + 1;
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// Mode 2: `n` (≥ 1) correctly rounded significant digits (x finite, ≥ 0).
pub(crate) fn significant_digits(x: f64, n: i64) -> Digits {
    if x == 0.0 {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    let n = n.clamp(1, MAX_SIG_DIGITS);
    from_exp_string(&format!("{:.*e}", (n - 1) as usize, x))
}

/// Mode 3: correctly rounded to `p` (≥ 0) digits after the decimal point
/// (x finite, ≥ 0).
pub(crate) fn fixed_digits(x: f64, p: i64) -> Digits {
    if x == 0.0 {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    let p = p.clamp(0, MAX_FRAC_DIGITS);
    let s = format!("{:.*}", p as usize, x);
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s.as_str(), ""),
    };
    let mut decpt = int_part.len() as i64;
    let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut start = 0;
    while start < all.len() && all[start] == b'0' {
        start += 1;
        decpt -= 1;
    }
    let mut end = all.len();
    while end > start && all[end - 1] == b'0' {
        end -= 1;
    }
    if start == end {
        // Rounds to zero: Gay's dtoa returns no digits with decpt = -p.
        return Digits { digits: String::new(), decpt: -p };
    }
    let digits = String::from_utf8_lossy(&all[start..end]).into_owned();
    Digits { digits, decpt }
}

/// Port of CPython's `format_float_short` as reached through
/// `PyOS_double_to_string(val, code, precision, flags, NULL)`.
///
/// * `code`: one of `e E f F g G r` (upper case gives `E`, `INF`, `NAN`);
/// * `precision`: digits after the point (`e`, `f`) or significant digits
///   (`g`; 0 is treated as 1); ignored for `r`;
/// * `add_dot_0` (`Py_DTSF_ADD_DOT_0`): integral values keep a `.0`, and
///   `g` switches to exponent notation one digit earlier;
/// * `alt` (`Py_DTSF_ALT`): keep trailing zeros in `g` and a trailing point;
/// * `no_neg_0` (`Py_DTSF_NO_NEG_0`): drop the sign of a result that rounds
///   to zero.
///
/// The result carries a leading `-` for negative values (never `+`).
pub(crate) fn double_to_string(
    val: f64,
    code: char,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision.max(0);

    if val.is_nan() {
        // The sign of a NaN is ignored.
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if val.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if val < 0.0 { format!("-{}", s) } else { s.to_string() };
    }

    let mut neg = val.is_sign_negative();
    let a = val.abs();
    let Digits { digits, decpt } = match code {
        'e' => {
            precision += 1;
            significant_digits(a, precision)
        }
        'f' => fixed_digits(a, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant_digits(a, precision)
        }
        _ => shortest_digits(a),
    };
    let mut decpt = decpt;
    if no_neg_0 && neg && digits.bytes().all(|b| b == b'0') {
        neg = false;
    }

    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': switch to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let cap = (vdigits_end - vdigits_start).max(0) as usize + 8;
    let mut out = String::with_capacity(cap);
    if neg {
        out.push('-');
    }
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    // Digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    // Zeros on the right.
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    // Delete a trailing decimal point unless using alternative formatting.
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, decpt: i64) -> Digits {
        Digits { digits: s.to_string(), decpt }
    }

    #[test]
    fn digit_modes() {
        assert_eq!(shortest_digits(0.1), d("1", 0));
        assert_eq!(shortest_digits(123.0), d("123", 3));
        assert_eq!(shortest_digits(5e-324), d("5", -323));
        // Exact ties between two shortest candidates go to the even digit.
        assert_eq!(shortest_digits(f64::from_bits(0x4303ddca0105f74a)), d("6989855284753692", 15));
        assert_eq!(shortest_digits(f64::from_bits(0x42e2cf74177f4584)), d("16545772181764412", 15));
        assert_eq!(shortest_digits(0.5), d("5", 0));
        assert_eq!(significant_digits(2.675, 3), d("267", 1));
        assert_eq!(significant_digits(2.5, 1), d("2", 1));
        assert_eq!(significant_digits(9.96, 2), d("1", 2));
        assert_eq!(significant_digits(1.0, 5), d("1", 1));
        assert_eq!(fixed_digits(2.675, 2), d("267", 1));
        assert_eq!(fixed_digits(0.0001, 2), d("", -2));
        assert_eq!(fixed_digits(0.5, 0), d("", 0));
        assert_eq!(fixed_digits(1.5, 0), d("2", 1));
        assert_eq!(fixed_digits(0.0123, 3), d("12", -1));
    }

    #[test]
    fn short_format() {
        let r = |x| double_to_string(x, 'r', 0, true, false, false);
        assert_eq!(r(1e16), "1e+16");
        assert_eq!(r(9999999999999998.0), "9999999999999998.0");
        assert_eq!(r(0.0001), "0.0001");
        assert_eq!(r(0.00001), "1e-05");
        assert_eq!(r(-0.0), "-0.0");
        assert_eq!(double_to_string(1e16, 'r', 0, true, true, false), "1.e+16");
        assert_eq!(double_to_string(1.0, 'e', 0, false, true, false), "1.e+00");
        assert_eq!(double_to_string(1.0, 'f', 0, false, true, false), "1.");
        assert_eq!(double_to_string(1.0, 'g', 6, false, true, false), "1.00000");
        assert_eq!(double_to_string(-0.0001, 'f', 2, false, false, true), "0.00");
        assert_eq!(double_to_string(-0.0001, 'f', 2, false, false, false), "-0.00");
        assert_eq!(double_to_string(f64::NAN, 'F', 2, false, false, false), "NAN");
        assert_eq!(double_to_string(-f64::INFINITY, 'g', 2, false, false, false), "-inf");
        assert_eq!(double_to_string(1e-300, 'e', 2, false, false, false), "1.00e-300");
    }

    #[test]
    fn huge_precisions() {
        let s = double_to_string(1.5, 'f', 100_000, false, false, false);
        assert_eq!(s.len(), 100_002);
        assert!(s.starts_with("1.5000"));
        let s = double_to_string(0.1, 'e', 100_000, false, false, false);
        assert_eq!(s.len(), 100_006);
        assert!(s.starts_with("1.000000000000000055511151231257827021181583404541015625000"));
        assert!(s.ends_with("0e-01"));
        let s = double_to_string(5e-324, 'f', 2000, false, false, false);
        assert_eq!(s.len(), 2002);
        assert!(s[2..].starts_with(&"0".repeat(323)));
        assert!(s[325..].starts_with("494065645841246544"));
    }
}
