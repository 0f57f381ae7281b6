//! `repr()` of `str` and `bytes` (CPython's `unicode_repr` and
//! `PyBytes_Repr`).
//!
//! Quotes: single quotes unless the text contains `'` and no `"`, in which
//! case double quotes.  Escapes: the chosen quote and `\\`, then `\t`,
//! `\n`, `\r`; other characters below U+0020 and U+007F as `\xNN`.  For
//! str, non-ASCII characters are kept when printable (per CPython's exact
//! Unicode 14 tables) and otherwise written `\xNN`, `\uNNNN` or
//! `\UNNNNNNNN`; for bytes every byte ≥ 0x7F is `\xNN`.

use std::fmt::Write;

use super::tables::is_printable;

/// `repr(s)` for a str, e.g. `'it''s'` → `"it's"`, `'\x00'`, `'\u200b'`,
/// `'é'`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp <= 0xff {
                    let _ = write!(out, "\\x{:02x}", cp);
                } else if cp <= 0xffff {
                    let _ = write!(out, "\\u{:04x}", cp);
                } else {
                    let _ = write!(out, "\\U{:08x}", cp);
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for bytes, e.g. `b'\x00ab\n'`, `b"it's"`.  For a bytearray the
/// caller wraps it: `bytearray(b'...')`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{:02x}", c);
            }
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        // (value, CPython 3.11 repr)
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("\t\n\r", "'\\t\\n\\r'"),
            ("\0\x01\x1f\x7f", "'\\x00\\x01\\x1f\\x7f'"),
            ("\u{80}\u{9f}\u{a0}\u{a1}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0¡\\xadÿ'"),
            ("é中😀", "'é中😀'"),
            ("\u{200b}\u{200f}\u{2028}\u{2029}\u{feff}", "'\\u200b\\u200f\\u2028\\u2029\\ufeff'"),
            ("\u{e000}\u{378}\u{3000}", "'\\ue000\\u0378\\u3000'"),
            ("\u{10ffff}\u{e0001}\u{1f600}", "'\\U0010ffff\\U000e0001😀'"),
            ("\u{f0000}", "'\\U000f0000'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "repr({:?})", s);
        }
    }

    #[test]
    fn bytes() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"abc", "b'abc'"),
            (b"it's", "b\"it's\""),
            (b"'\"", "b'\\'\"'"),
            (b"\x00\t\n\r\x7f\x80\xff\\", "b'\\x00\\t\\n\\r\\x7f\\x80\\xff\\\\'"),
            (b" ~", "b' ~'"),
        ];
        for &(b, want) in cases {
            assert_eq!(bytes_repr(b), want, "repr({:?})", b);
        }
    }
}
