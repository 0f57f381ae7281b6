//! `format(str, spec)`: CPython's `format_string_internal`.
//!
//! Only the `s` presentation type (the default).  Default alignment is
//! left; the precision truncates to that many characters (code points);
//! `0` before the width just means fill `'0'` (`format('ab', '05') ==
//! 'ab000'`).  Signs, `z`, `#`, `=` alignment and grouping are errors.

use super::layout::pad_text;
use super::spec::{unknown_presentation_type, FormatSpec};

/// `format(s, spec)` for a str.  All errors are ValueError (plus
/// [`super::MEMORY_ERROR`] for absurd widths): "Sign not allowed in string
/// format specifier", "Space not allowed in string format specifier",
/// "Negative zero coercion (z) not allowed in string format specifier",
/// "Alternate form (#) not allowed in string format specifier", "'='
/// alignment not allowed in string format specifier", "Cannot specify ','
/// with 's'.", "Unknown format code 'd' for object of type 'str'".
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_as(s, spec, "str")
}

/// [`format_str`] naming `type_name` in the "Unknown format code" message.
pub fn format_str_as(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let r = spec.resolve('s', '<')?;
    if r.ty != 's' {
        return Err(unknown_presentation_type(r.ty, type_name));
    }
    if r.sign != '\0' {
        return Err(if r.sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }
        .to_string());
    }
    if r.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if r.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if r.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let (text, len) = if r.precision >= 0 {
        match s.char_indices().nth(r.precision as usize) {
            Some((byte_idx, _)) => (&s[..byte_idx], r.precision),
            None => (s, s.chars().count() as i64),
        }
    } else {
        (s, s.chars().count() as i64)
    };
    if r.width <= len {
        return Ok(text.to_string());
    }
    pad_text(text, len, r.width, r.align, r.fill)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: &str, spec: &str) -> String {
        match FormatSpec::parse_for(spec, "str") {
            Ok(s) => format_str(v, &s).unwrap_or_else(|e| format!("ERR {}", e)),
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn cpython_cases() {
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "", "abc"),
            ("abc", "s", "abc"),
            ("ab", "05", "ab000"),
            ("ab", "^5.1", "  a  "),
            ("x", "^4", " x  "),
            ("x", "*^5", "**x**"),
            ("abc", ".1", "a"),
            ("abc", ".0", ""),
            ("abc", ".10", "abc"),
            ("abc", "10.2", "ab        "),
            ("abc", ">10", "       abc"),
            ("abc", "2", "abc"),
            ("héllo", ".2", "hé"),
            ("héllo", "7", "héllo  "),
            ("日本", "é>5", "ééé日本"),
            ("abc", "0>5", "00abc"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({:?}, {:?})", v, spec);
        }
        let s = f("a", "1000000");
        assert_eq!(s.len(), 1_000_000);
        assert!(s.starts_with("a "));
        assert_eq!(f("abc", ".99999999999"), "abc");
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str)] = &[
            ("abc", "Invalid format specifier 'abc' for object of type 'str'"),
            (",", "Cannot specify ',' with 's'."),
            ("_", "Cannot specify '_' with 's'."),
            ("+", "Sign not allowed in string format specifier"),
            ("-", "Sign not allowed in string format specifier"),
            (" ", "Space not allowed in string format specifier"),
            ("#", "Alternate form (#) not allowed in string format specifier"),
            ("=", "'=' alignment not allowed in string format specifier"),
            ("=5", "'=' alignment not allowed in string format specifier"),
            ("z", "Negative zero coercion (z) not allowed in string format specifier"),
            ("d", "Unknown format code 'd' for object of type 'str'"),
            (",d", "Unknown format code 'd' for object of type 'str'"),
        ];
        for &(spec, want) in cases {
            assert_eq!(f("a", spec), format!("ERR {}", want), "spec {:?}", spec);
        }
    }
}
