//! `float(str)` and `int(str, base)` parsing with CPython's exact
//! acceptance rules (`PyFloat_FromString`, `PyLong_FromUnicodeObject`,
//! `PyLong_FromString`, `_Py_string_to_number_with_underscores`).
//!
//! Both first apply `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode
//! whitespace becomes a space and Unicode decimal digits (`'٣'`) become
//! ASCII digits; any other non-ASCII character makes the string invalid.

use num_bigint::{BigInt, BigUint, Sign};

use super::tables::{decimal_value, is_ascii_space, is_space};

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`; `None` if a non-ASCII
/// character is neither whitespace nor a decimal digit.
fn to_ascii(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else {
            out.push(b'0' + decimal_value(c)? as u8);
        }
    }
    Some(out)
}

fn trim_ascii_space(mut s: &[u8]) -> &[u8] {
    while let Some((&first, rest)) = s.split_first() {
        if !is_ascii_space(first) {
            break;
        }
        s = rest;
    }
    while let Some((&last, rest)) = s.split_last() {
        if !is_ascii_space(last) {
            break;
        }
        s = rest;
    }
    s
}

/// Validates the underscore rules of `_Py_string_to_number_with_underscores`
/// (an underscore only between two digits) and removes them.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Checks `s` against the strtod grammar
/// `[sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    if matches!(s.first(), Some(b'+') | Some(b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut n_digits = i - int_start;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        n_digits += i - frac_start;
    }
    if n_digits == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == s.len()
}

/// `float(s)` for a str: surrounding whitespace, underscores between
/// digits (`'1_000.5'`), `inf`/`infinity`/`nan` in any case with an
/// optional sign (`'-nan'` is a NaN with the sign bit set), `'.5'`, `'5.'`,
/// `'+1e3'`; overflow gives ±inf and underflow ±0.0.  Returns `None` for
/// anything CPython rejects (`''`, `'1__0'`, `'_1'`, `'1e'`, `'0x10'`,
/// embedded NULs); the caller raises ValueError "could not convert string
/// to float: 'abc'" (with the repr of the original string).
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii(s)?;
    if ascii.contains(&0) {
        return None;
    }
    let cleaned;
    let mut bytes: &[u8] = &ascii;
    if ascii.contains(&b'_') {
        cleaned = remove_underscores(&ascii)?;
        bytes = &cleaned;
    }
    let body = trim_ascii_space(bytes);
    if body.is_empty() {
        return None;
    }
    if is_decimal_literal(body) {
        let text = std::str::from_utf8(body).ok()?;
        return text.parse::<f64>().ok();
    }
    // Infinities and NaNs (_Py_parse_inf_or_nan).
    let (negative, word) = match body[0] {
        b'-' => (true, &body[1..]),
        b'+' => (false, &body[1..]),
        _ => (false, body),
    };
    let value = if word.eq_ignore_ascii_case(b"inf") || word.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if word.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if negative { -value } else { value })
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// The validated pieces of an int literal: sign, base actually used and the
/// digit values (most significant first).
struct IntLiteral {
    negative: bool,
    base: u32,
    digits: Vec<u8>,
}

/// Port of `PyLong_FromString`'s syntax checks.
fn scan_int(s: &str, base: u32) -> Option<IntLiteral> {
    if base == 1 || base > 36 {
        return None;
    }
    let bytes = to_ascii(s)?;
    let s = bytes.as_slice();
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        negative = true;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // "Old" C-style octal: only zero is allowed.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            // One underscore allowed after the prefix.
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            digits.push(digit_value(s[i]) as u8);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return None;
    }
    if error_if_nonzero && digits.iter().any(|&d| d != 0) {
        return None;
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some(IntLiteral { negative, base, digits })
}

/// `int(s, base)` for a str, `base` 0 or 2..=36: surrounding whitespace,
/// a sign, single underscores between digits (and one right after a
/// prefix), prefixes `0x`/`0o`/`0b` when they match the base (`int('0x1f',
/// 16)`), base 0 auto-detection (where `'010'` is invalid but `'000'` is
/// 0), Unicode decimal digits.  Returns `None` when CPython raises
/// ValueError "invalid literal for int() with base 10: 'abc'"; the caller
/// checks the base first ("int() arg 2 must be >= 2 and <= 36"; an invalid
/// base also gives `None` here).  CPython's 4300-digit limit for non-power-
/// of-two bases (`sys.set_int_max_str_digits`) is not enforced here.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let lit = scan_int(s, base)?;
    let mag = BigUint::from_radix_be(&lit.digits, lit.base)?;
    Some(BigInt::from_biguint(if lit.negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// Fast path of [`parse_int`]: `Some(v)` when the literal is valid and fits
/// in an `i64`; `None` when it is invalid *or* too big — call
/// [`parse_int`] for the definitive answer then.
pub fn parse_int_i64(s: &str, base: u32) -> Option<i64> {
    let lit = scan_int(s, base)?;
    // Accumulate negatively so i64::MIN fits.
    let mut acc: i64 = 0;
    for &d in &lit.digits {
        acc = acc.checked_mul(lit.base as i64)?.checked_sub(d as i64)?;
    }
    if lit.negative {
        Some(acc)
    } else {
        acc.checked_neg()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_ok() {
        // (input, CPython 3.11 float(input))
        let cases: &[(&str, f64)] = &[
            ("1_000.5", 1000.5),
            ("  3.25\n", 3.25),
            ("+1e3", 1000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("-5.E-1", -0.5),
            ("1e1_0", 1e10),
            ("0.1", 0.1),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e-500", 0.0),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+iNF", f64::INFINITY),
            ("\u{3000}\u{661}\u{662}.\u{665}\u{a0}", 12.5),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("9007199254740993", 9007199254740992.0),
            ("0.30000000000000004", 0.30000000000000004),
            ("000001", 1.0),
            ("1e99999999999999999999", f64::INFINITY),
            ("0e99999999999999999999", 0.0),
            ("\x0c1\x0b", 1.0),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_float(s), Some(want), "float({:?})", s);
        }
        let z = parse_float("-0").unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float(" -NaN ").unwrap().is_sign_negative());
        assert!(parse_float("+nan").unwrap().is_sign_positive());
        let long = format!("0.{}1", "0".repeat(400));
        assert_eq!(parse_float(&long), Some(0.0));
        let long = format!("1{}", "0".repeat(400));
        assert_eq!(parse_float(&long), Some(f64::INFINITY));
    }

    #[test]
    fn floats_rejected() {
        for s in [
            "", " ", "1__0", "_1", "1_", "1e", "1e+", "e5", ".", "+.", "-", "1.5.3", "0x10", "1_.5", "1._5",
            "in_f", "infinit", "nana", "1 0", "abc", "1\u{0}", "١x", "1e5.0", "--1", "+-1", "1,5", "²",
            "infinityy", "in f", "1e_5", "_", "1__e5", " _1",
        ] {
            assert_eq!(parse_float(s), None, "float({:?})", s);
        }
    }

    fn pi(s: &str, base: u32) -> Option<String> {
        parse_int(s, base).map(|v| v.to_string())
    }

    #[test]
    fn ints_ok() {
        let cases: &[(&str, u32, &str)] = &[
            ("0x1f", 16, "31"),
            ("0x1f", 0, "31"),
            ("0X1F", 0, "31"),
            ("-0x_1f", 0, "-31"),
            ("0b101", 0, "5"),
            ("0o17", 0, "15"),
            ("0o17", 8, "15"),
            ("17", 8, "15"),
            ("0b1", 16, "177"),
            (" 1_000 ", 10, "1000"),
            ("  -42\t\n", 10, "-42"),
            ("+7", 10, "7"),
            ("000", 0, "0"),
            ("0_0", 0, "0"),
            ("-0", 0, "0"),
            ("010", 10, "10"),
            ("z", 36, "35"),
            ("Zz", 36, "1295"),
            ("\u{661}\u{662}\u{663}", 10, "123"),
            ("\u{3000}12\u{2009}", 10, "12"),
            ("99999999999999999999999999", 10, "99999999999999999999999999"),
            ("-9223372036854775808", 10, "-9223372036854775808"),
            ("1_0", 2, "2"),
            ("0b_1_0", 2, "2"),
        ];
        for &(s, base, want) in cases {
            assert_eq!(pi(s, base).as_deref(), Some(want), "int({:?}, {})", s, base);
        }
    }

    #[test]
    fn ints_rejected() {
        let cases: &[(&str, u32)] = &[
            ("010", 0),
            ("0_1", 0),
            ("1__0", 10),
            ("_1", 10),
            ("1_", 10),
            ("", 10),
            ("  ", 10),
            ("-", 10),
            ("- 1", 10),
            ("+-1", 10),
            ("0x", 16),
            ("0x_", 16),
            ("0x__1", 16),
            ("0x1f", 10),
            ("0b2", 0),
            ("12", 2),
            ("1.0", 10),
            ("1 0", 10),
            ("1\u{0}", 10),
            ("a", 10),
            ("1", 1),
            ("1", 37),
            ("\u{b2}", 10),
            ("0o", 8),
            ("_", 0),
            ("1_0_", 2),
        ];
        for &(s, base) in cases {
            assert_eq!(pi(s, base), None, "int({:?}, {})", s, base);
            assert_eq!(parse_int_i64(s, base), None, "int({:?}, {})", s, base);
        }
    }

    #[test]
    fn ints_i64() {
        assert_eq!(parse_int_i64("-9223372036854775808", 10), Some(i64::MIN));
        assert_eq!(parse_int_i64("9223372036854775807", 10), Some(i64::MAX));
        assert_eq!(parse_int_i64("9223372036854775808", 10), None);
        assert_eq!(parse_int_i64(" 0x7f ", 0), Some(127));
        assert_eq!(parse_int_i64("-1_000", 0), Some(-1000));
        assert_eq!(parse_int_i64("zz", 36), Some(1295));
    }
}
