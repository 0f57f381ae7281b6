//! `format(float, spec)`: CPython's `format_float_internal`.
//!
//! Presentation types `e E f F g G n %` and none.  No type means: `str(x)`
//! (`repr`) when no precision is given, otherwise like `g` but with at
//! least one digit after the point and exponent notation one digit
//! earlier (`format(1.0, '.3') == '1.0'`, `format(123456.0, '.3') ==
//! '1.23e+05'`).  `n` is `g` (the C locale has no grouping); `%` is `f` of
//! `100*x` followed by `%`.  Default precision is 6.  `inf`/`nan` are
//! `INF`/`NAN` with the upper-case types.

use super::dtoa::double_to_string;
use super::layout::{check_size, layout_number, NumberParts};
use super::spec::{unknown_presentation_type, FormatSpec, Grouping, Resolved};

/// `format(x, spec)` for a float.  Errors (ValueError): "Unknown format
/// code 'd' for object of type 'float'", "precision too big" (precision
/// above 2**31-1), grouping/type conflicts, [`super::MEMORY_ERROR`]
/// (MemoryError) for absurd widths/precisions.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_as(x, spec, "float")
}

/// [`format_float`] naming `type_name` in the "Unknown format code" message.
pub fn format_float_as(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let r = spec.resolve('\0', '>')?;
    match r.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_resolved(x, &r),
        other => Err(unknown_presentation_type(other, type_name)),
    }
}

/// Formats `x` with an already resolved spec whose type is a float type.
pub(crate) fn format_float_resolved(x: f64, r: &Resolved) -> Result<String, String> {
    if r.precision > i32::MAX as i64 {
        return Err("precision too big".to_string());
    }
    let mut ty = r.ty;
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = if r.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        r.precision
    };
    // Rough upper bound of the length, to refuse absurd requests.
    check_size(precision + 330)?;

    let mut buf = double_to_string(val, ty, precision, add_dot_0, r.alternate, r.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    // parse_number: leading digits, optional '.', remainder.
    let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(rem) => (true, rem),
        None => (false, rest),
    };
    let grouping = if r.ty == 'n' { Grouping::None } else { r.grouping };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    layout_number(&parts, r, grouping)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, spec: &str) -> String {
        match FormatSpec::parse_for(spec, "float") {
            Ok(s) => format_float(v, &s).unwrap_or_else(|e| format!("ERR {}", e)),
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn cpython_cases() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        // Expected strings from CPython 3.11.
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (-0.0, "", "-0.0"),
            (1e16, "", "1e+16"),
            (0.1, "", "0.1"),
            (1.0, "#", "1.0"),
            (1e16, "#", "1.e+16"),
            (1.0, "%", "100.000000%"),
            (1.5, ".0%", "150%"),
            (inf, "%", "inf%"),
            (inf, "010", "0000000inf"),
            (-inf, "010", "-000000inf"),
            (nan, "+F", "+NAN"),
            (nan, "", "nan"),
            (-nan, "", "nan"),
            (inf, "E", "INF"),
            (-inf, "g", "-inf"),
            (inf, "^9", "   inf   "),
            (inf, ",", "inf"),
            (-0.0, "z", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0001, ".2f", "-0.00"),
            (-0.0, "z.3e", "0.000e+00"),
            (-1.5, "z.0f", "-2"),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#.0f", "1."),
            (1.0, "#g", "1.00000"),
            (1.0, ".3", "1.0"),
            (123456.0, ".3", "1.23e+05"),
            (100.0, ".3", "1e+02"),
            (12.0, ".3", "12.0"),
            (0.0, "g", "0"),
            (0.0, ".0e", "0e+00"),
            (0.5, ".0f", "0"),
            (2.5, ".0f", "2"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.675, ".2f", "2.67"),
            (1e20, ",", "1e+20"),
            (1234567.0, ",", "1,234,567.0"),
            (1234567.0, "_.2f", "1_234_567.00"),
            (1234567.0, "020,.2f", "0,000,001,234,567.00"),
            (-1234567.0, "020,.2f", "-0,000,001,234,567.00"),
            (1.0, "n", "1"),
            (1234.5, "n", "1234.5"),
            (1e-5, "", "1e-05"),
            (1e-5, "f", "0.000010"),
            (1e-5, "g", "1e-05"),
            (0.0001, "g", "0.0001"),
            (123456789.0, "g", "1.23457e+08"),
            (123456.0, "g", "123456"),
            (1234567.0, "G", "1.23457E+06"),
            (1.5e300, "e", "1.500000e+300"),
            (1.5e300, "", "1.5e+300"),
            (3.24159, "+.3f", "+3.242"),
            (3.24159, " .3f", " 3.242"),
            (3.24159, "10.3f", "     3.242"),
            (-3.24159, "010.3f", "-00003.242"),
            (3.24159, "<10.3f", "3.242     "),
            (3.24159, "^10.3f", "  3.242   "),
            (3.24159, "*=+10.3f", "+****3.242"),
            (1234.5678, ",.2f", "1,234.57"),
            (1234.5678, ",e", "1.234568e+03"),
            (1234.5678, ",g", "1,234.57"),
            (12345678.9, ",g", "1.23457e+07"),
            (0.1, ".20f", "0.10000000000000000555"),
            (0.1, ".17g", "0.10000000000000001"),
            (0.1, ".30", "0.100000000000000005551115123126"),
            (1e22, ".0f", "10000000000000000000000"),
            (1e23, ".0f", "99999999999999991611392"),
            (5e-324, "", "5e-324"),
            (5e-324, ".3e", "4.941e-324"),
            (1.7976931348623157e308, "", "1.7976931348623157e+308"),
            (1.7976931348623157e308, "e", "1.797693e+308"),
            (9.5, ".0e", "1e+01"),
            (0.00001234, ".2", "1.2e-05"),
            (0.0001234, ".2", "0.00012"),
            (1.0, ".0", "1e+00"),
            (10.0, ".1", "1e+01"),
            (1.0, ".1", "1e+00"),
            (1.0, ".2", "1.0"),
            (1.0, "#.1", "1.e+00"),
            (1.0, "#.2", "1.0"),
            (0.5, "%", "50.000000%"),
            (0.5, "z%", "50.000000%"),
            (-1e-10, "z.1%", "0.0%"),
            (1e300 * 10.0, "F", "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863713750804478640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900593689532349707999450811190389676408800746527427801424945792587888200568428381156694721963868654594005401600.000000"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({:?}, {:?})", v, spec);
        }
    }

    #[test]
    fn errors() {
        assert_eq!(f(1.0, "d"), "ERR Unknown format code 'd' for object of type 'float'");
        assert_eq!(f(1.0, "s"), "ERR Unknown format code 's' for object of type 'float'");
        assert_eq!(f(1.0, "abc"), "ERR Invalid format specifier 'abc' for object of type 'float'");
        assert_eq!(f(1.0, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(f(1.0, ",s"), "ERR Cannot specify ',' with 's'.");
        assert_eq!(f(1.0, ".2147483648f"), "ERR precision too big");
        assert_eq!(f(1.0, "."), "ERR Format specifier missing precision");
        assert_eq!(f(1.0, ".2000000000f"), format!("ERR {}", super::super::layout::MEMORY_ERROR));
        let s = FormatSpec::parse("x").unwrap();
        assert_eq!(format_float_as(1.0, &s, "MyFloat").unwrap_err(), "Unknown format code 'x' for object of type 'MyFloat'");
    }

    #[test]
    fn huge() {
        let s = f(1.5, ".1000f");
        assert_eq!(s.len(), 1002);
        assert!(s.starts_with("1.5000") && s.ends_with("000"));
        let s = f(1.5, ".100000e");
        assert_eq!(s.len(), 100_006);
        assert!(s.ends_with("0e+00"));
        let s = f(0.1, ".100000g");
        assert!(s.starts_with("0.1000000000000000055511151231257827021181583404541015625"));
        assert!(!s.ends_with('0'));
        let s = f(0.1, "#.100000g");
        assert_eq!(s.len(), 100_002); // CPython: len(format(0.1, '#.100000g'))
        let s = f(-2.5, "1000000,.1f");
        assert_eq!(s.len(), 1_000_000);
        assert!(s.ends_with(" -2.5"));
        let s = f(-2.5, "01000000,.1f");
        assert_eq!(s.len(), 1_000_000);
        assert!(s.starts_with("-0,000") && s.ends_with(",002.5"));
    }
}
