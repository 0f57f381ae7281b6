//! `format(int, spec)` (CPython's `format_long_internal`) and the
//! `bin()`/`oct()`/`hex()` helpers.
//!
//! Integer presentation types: `b c d o x X n` (`n` is `d`: the C locale has
//! no grouping) and the float types `e E f F g G %`, which convert the
//! integer to a float first (OverflowError "int too large to convert to
//! float" for huge ints).  The default type is `d`, the default alignment is
//! right, and `0` padding means sign-aware `=` alignment.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::convert::bigint_to_f64;
use super::float_format::format_float_resolved;
use super::layout::{layout_number, NumberParts};
use super::spec::{unknown_presentation_type, FormatSpec, Grouping, Resolved};

#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Digits of the absolute value in `base` (2, 8, 10 or 16).
    fn magnitude_digits(self, base: u32, upper: bool) -> String {
        let s = match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        };
        if upper {
            s.to_ascii_uppercase()
        } else {
            s
        }
    }

    fn to_f64(self) -> Result<f64, String> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(b) => bigint_to_f64(b),
        }
    }
}

/// `format(v, spec)` for an `int`.  Errors are ValueError except
/// "int too large to convert to float", "Python int too large to convert
/// to C long" and "%c arg not in range(0x110000)" (OverflowError) and
/// [`super::MEMORY_ERROR`] (MemoryError).  `'c'` of a surrogate code point
/// (U+D800..U+DFFF) cannot be represented in a Rust string and gives a
/// ValueError "character U+D800 is a surrogate ...".
///
/// The empty spec gives `str(v)`; for `bool` the caller must produce
/// `'True'`/`'False'` itself in that case.
pub fn format_int_i64(v: i64, spec: &FormatSpec) -> Result<String, String> {
    format_int_i64_as(v, spec, "int")
}

/// [`format_int_i64`] naming `type_name` (e.g. `"bool"`) in the
/// "Unknown format code" message.
pub fn format_int_i64_as(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    format_int_impl(IntRef::Small(v), spec, type_name)
}

/// `format(v, spec)` for an arbitrary-precision `int`; see
/// [`format_int_i64`] for the errors.
pub fn format_bigint(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_bigint_as(v, spec, "int")
}

/// [`format_bigint`] naming `type_name` in the "Unknown format code" message.
pub fn format_bigint_as(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match v.to_i64() {
        Some(small) => format_int_impl(IntRef::Small(small), spec, type_name),
        None => format_int_impl(IntRef::Big(v), spec, type_name),
    }
}

fn format_int_impl(v: IntRef, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let r = spec.resolve('d', '>')?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &r),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_resolved(v.to_f64()?, &r),
        other => Err(unknown_presentation_type(other, type_name)),
    }
}

fn format_long_internal(v: IntRef, r: &Resolved) -> Result<String, String> {
    if r.precision != -1 {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if r.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    if r.ty == 'c' {
        if r.sign != '\0' {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if r.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let x = match v {
            IntRef::Small(x) => x,
            IntRef::Big(b) => b.to_i64().ok_or_else(|| "Python int too large to convert to C long".to_string())?,
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = char::from_u32(x as u32).ok_or_else(|| {
            format!("character U+{:04X} is a surrogate and cannot be represented", x)
        })?;
        let text = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        return layout_number(&parts, r, Grouping::None);
    }
    let (base, prefix) = match r.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = v.magnitude_digits(base, r.ty == 'X');
    let grouping = if r.ty == 'n' { Grouping::None } else { r.grouping };
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if r.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, r, grouping)
}

fn base_prefix(base: u32) -> &'static str {
    match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}

/// `v` written in `base` (2..=36, lower-case digits), with the sign first
/// and then, if `prefix` is true, `0b`/`0o`/`0x` for bases 2/8/16 (no
/// prefix for other bases): `bin()`, `oct()`, `hex()` give
/// `int_to_base(v, 16, true) == "-0x1f"` for -31.  Bases outside 2..=36
/// are clamped into that range.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(base_prefix(base));
    }
    out.push_str(&v.magnitude().to_str_radix(base));
    out
}

/// [`int_to_base`] for an `i64`.
pub fn i64_to_base(v: i64, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let mut out = String::new();
    if v < 0 {
        out.push('-');
    }
    if prefix {
        out.push_str(base_prefix(base));
    }
    let m = v.unsigned_abs();
    match base {
        2 => out.push_str(&format!("{:b}", m)),
        8 => out.push_str(&format!("{:o}", m)),
        10 => out.push_str(&m.to_string()),
        16 => out.push_str(&format!("{:x}", m)),
        _ => out.push_str(&num_bigint::BigUint::from(m).to_str_radix(base)),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: i64, spec: &str) -> String {
        match FormatSpec::parse_for(spec, "int") {
            Ok(s) => format_int_i64(v, &s).unwrap_or_else(|e| format!("ERR {}", e)),
            Err(e) => format!("ERR {}", e),
        }
    }

    fn fb(v: &str, spec: &str) -> String {
        let v: BigInt = v.parse().unwrap();
        match FormatSpec::parse_for(spec, "int") {
            Ok(s) => format_bigint(&v, &s).unwrap_or_else(|e| format!("ERR {}", e)),
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn basic() {
        // Expected strings from CPython 3.11.
        let cases: &[(i64, &str, &str)] = &[
            (0, "", "0"),
            (-17, "", "-17"),
            (1234567, ",", "1,234,567"),
            (1234567, "_", "1_234_567"),
            (-1234567, ",d", "-1,234,567"),
            (1, "09,", "0,000,001"),
            (1234, "08,", "0,001,234"),
            (1234, "0=9,", "0,001,234"),
            (1234, "<09,", "1,2340000"),
            (-1, "010,", "-0,000,001"),
            (-1, "05,", "-0,001"),
            (255, "#X", "0XFF"),
            (255, "X", "FF"),
            (255, "#x", "0xff"),
            (255, "#_b", "0b1111_1111"),
            (255, "_b", "1111_1111"),
            (-255, "#010x", "-0x00000ff"),
            (-255, "#o", "-0o377"),
            (65535, "_x", "ffff"),
            (65536, "_x", "1_0000"),
            (1, "010_x", "0_0000_0001"),
            (-8, "b", "-1000"),
            (65, "c", "A"),
            (65, "^5c", "  A  "),
            (65, "05c", "0000A"),
            (233, "c", "é"),
            (1, "=^10", "====1====="),
            (1, "=^+10", "====+1===="),
            (3, " ", " 3"),
            (-3, " 5", "   -3"),
            (3, "+", "+3"),
            (3, "-", "3"),
            (123, "0<5", "12300"),
            (123, "<05", "12300"),
            (123, "^7", "  123  "),
            (123, "*>7", "****123"),
            (-123, "*=+8", "-****123"),
            (123, "=+8", "+    123"),
            (1, "x<", "1"),
            (1, "00000", "1"),
            (1, "0000x", "1"),
            (12, "\0>5", "\0\0\x0012"),
            (1234567, "n", "1234567"),
            (1234, "10n", "      1234"),
            (1, "\u{967}\u{966}", "         1"),
            (i64::MIN, "", "-9223372036854775808"),
            (i64::MIN, "#x", "-0x8000000000000000"),
            (i64::MIN, ",", "-9,223,372,036,854,775,808"),
            // Float presentation types convert to float.
            (1, ".2f", "1.00"),
            (1, "%", "100.000000%"),
            (1, ".3%", "100.000%"),
            (123456789, "e", "1.234568e+08"),
            (123456789, ",.2f", "123,456,789.00"),
            (1, "z.1f", "1.0"),
            (9007199254740993, ".0f", "9007199254740992"),
            (-5, "g", "-5"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({}, {:?})", v, spec);
        }
    }

    #[test]
    fn errors() {
        let cases: &[(i64, &str, &str)] = &[
            (1, "abc", "Invalid format specifier 'abc' for object of type 'int'"),
            (1, ".2", "Precision not allowed in integer format specifier"),
            (1, ".2d", "Precision not allowed in integer format specifier"),
            (1, "z", "Negative zero coercion (z) not allowed in integer format specifier"),
            (5, "zd", "Negative zero coercion (z) not allowed in integer format specifier"),
            (1, "+c", "Sign not allowed with integer format specifier 'c'"),
            (1, "#c", "Alternate form (#) not allowed with integer format specifier 'c'"),
            (1, ",c", "Cannot specify ',' with 'c'."),
            (1, "_n", "Cannot specify '_' with 'n'."),
            (1, ",x", "Cannot specify ',' with 'x'."),
            (1, ",b", "Cannot specify ',' with 'b'."),
            (1, "s", "Unknown format code 's' for object of type 'int'"),
            (1, "--", "Unknown format code '-' for object of type 'int'"),
            (1, "\u{1}", "Unknown format code '\\x1' for object of type 'int'"),
            (1, "\u{100}", "Unknown format code '\\x100' for object of type 'int'"),
            (-1, "c", "%c arg not in range(0x110000)"),
            (0x110000, "c", "%c arg not in range(0x110000)"),
            (1, ".2147483648f", "precision too big"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), format!("ERR {}", want), "format({}, {:?})", v, spec);
        }
        let s = FormatSpec::parse("s").unwrap();
        assert_eq!(
            format_int_i64_as(1, &s, "bool").unwrap_err(),
            "Unknown format code 's' for object of type 'bool'"
        );
        assert!(f(0xD800, "c").starts_with("ERR character U+D800"));
    }

    #[test]
    fn big() {
        assert_eq!(fb("18446744073709551616", ","), "18,446,744,073,709,551,616");
        assert_eq!(fb("-18446744073709551616", "#x"), "-0x10000000000000000");
        assert_eq!(fb("18446744073709551616", "_X"), "1_0000_0000_0000_0000");
        assert_eq!(fb("18446744073709551616", "c"), "ERR Python int too large to convert to C long");
        assert_eq!(fb("1000000000000000000000000000000", "e"), "1.000000e+30");
        assert_eq!(fb("123456789012345678901234567890", ".3g"), "1.23e+29");
        let big = format!("1{}", "0".repeat(400));
        assert_eq!(fb(&big, "e"), "ERR int too large to convert to float");
        assert_eq!(fb(&big, "d"), big);
        assert_eq!(fb("65", "c"), "A");
    }

    #[test]
    fn width_large() {
        let s = f(7, "1000000");
        assert_eq!(s.len(), 1_000_000);
        assert!(s.ends_with(" 7"));
        let s = f(7, "01000000,");
        assert_eq!(s.len(), 1_000_001); // CPython: len(format(7, '01000000,'))
        assert!(s.starts_with("0,000,") && s.ends_with(",007"));
    }

    #[test]
    fn bases() {
        let b = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(int_to_base(&b("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_base(&b("0"), 2, true), "0b0");
        assert_eq!(int_to_base(&b("8"), 8, true), "0o10");
        assert_eq!(int_to_base(&b("35"), 36, false), "z");
        assert_eq!(i64_to_base(-31, 16, true), "-0x1f");
        assert_eq!(i64_to_base(i64::MIN, 2, true), format!("-0b1{}", "0".repeat(63)));
        assert_eq!(i64_to_base(-35, 36, false), "-z");
        assert_eq!(i64_to_base(255, 10, true), "255");
    }
}
