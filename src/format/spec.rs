//! The format-specification mini-language used by `format()`,
//! `str.format` and f-strings:
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping_option]["." precision][type]
//! ```
//!
//! A port of CPython's `parse_internal_render_format_spec`
//! (Python/formatter_unicode.c).  Parsing is type independent
//! ([`FormatSpec::parse`]); the per-type defaults (default presentation
//! type, default alignment, the `0` flag meaning `=` alignment for numbers)
//! and the grouping/type validation are applied by [`FormatSpec::resolve`],
//! which the `format_*` functions call.

use super::tables::decimal_value;

/// A parsed format specification.  Fields record what was written; the
/// defaults depend on the type being formatted (see [`FormatSpec::resolve`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only possible together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment: one of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// Sign option: one of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to zero, floats only).
    pub no_neg_0: bool,
    /// The `#` option (alternate form).
    pub alternate: bool,
    /// The `0` option before the width (ignored if an explicit fill was given).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Grouping option: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (after the `.`).
    pub precision: Option<usize>,
    /// Presentation type (any single character; validated when formatting).
    pub ty: Option<char>,
}

/// How digits are grouped when laying out a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grouping {
    /// No separators.
    None,
    /// Insert `sep` every `n` digits, counting from the decimal point.
    Every(usize, char),
}

/// A format spec with the per-type defaults applied (CPython's
/// `InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub fill: char,
    pub align: char,
    /// `'\0'` when no sign option was given.
    pub sign: char,
    pub no_neg_0: bool,
    pub alternate: bool,
    /// -1 when not given.
    pub width: i64,
    /// `Grouping::None`, `(3, ',')`, `(3, '_')` or `(4, '_')`.
    pub grouping: Grouping,
    /// -1 when not given.
    pub precision: i64,
    /// `'\0'` when no type was given and the type has no default.
    pub ty: char,
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn is_sign_element(c: char) -> bool {
    matches!(c, ' ' | '+' | '-')
}

/// CPython's `get_integer`: reads a run of (Unicode) decimal digits.
/// Returns the number of digits consumed and the value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, i64), String> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

/// CPython's message for a presentation type that a type does not support,
/// e.g. `Unknown format code 'd' for object of type 'float'`.
pub(crate) fn unknown_presentation_type(ty: char, type_name: &str) -> String {
    let c = ty as u32;
    if c > 32 && c < 128 {
        format!("Unknown format code '{}' for object of type '{}'", ty, type_name)
    } else {
        format!("Unknown format code '\\x{:x}' for object of type '{}'", c, type_name)
    }
}

fn invalid_thousands_separator_type(sep: char, ty: char) -> String {
    let c = ty as u32;
    if c > 32 && c < 128 {
        format!("Cannot specify '{}' with '{}'.", sep, ty)
    } else {
        format!("Cannot specify '{}' with '\\x{:x}'.", sep, c)
    }
}

impl FormatSpec {
    /// Parses a format spec.  Errors (ValueError) carry CPython's message,
    /// except that an over-long spec gives the bare
    /// `"Invalid format specifier"`; use [`FormatSpec::parse_for`] to get
    /// CPython's full `"Invalid format specifier 'abc' for object of type
    /// 'int'"` message.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        Self::parse_impl(spec, None)
    }

    /// Like [`FormatSpec::parse`], naming the type of the formatted object
    /// (`"int"`, `"float"`, `"str"`, `"bool"`, a subclass name, …) in the
    /// invalid-specifier message, exactly like CPython.  All errors are
    /// ValueError.
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        Self::parse_impl(spec, Some(type_name))
    }

    fn parse_impl(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0usize;
        let mut out = FormatSpec::default();

        if end - pos >= 2 && is_alignment_token(chars[pos + 1]) {
            out.align = Some(chars[pos + 1]);
            out.fill = Some(chars[pos]);
            pos += 2;
        } else if end - pos >= 1 && is_alignment_token(chars[pos]) {
            out.align = Some(chars[pos]);
            pos += 1;
        }
        if end - pos >= 1 && is_sign_element(chars[pos]) {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == 'z' {
            out.no_neg_0 = true;
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && end - pos >= 1 && chars[pos] == '0' {
            out.zero_pad = true;
            pos += 1;
        }
        let (consumed, width) = get_integer(&chars, &mut pos)?;
        if consumed > 0 {
            out.width = Some(width as usize);
        }
        if end - pos >= 1 && chars[pos] == ',' {
            out.grouping = Some(',');
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == '_' {
            if out.grouping.is_some() {
                return Err("Cannot specify both ',' and '_'.".to_string());
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == ',' && out.grouping == Some('_') {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        if end - pos >= 1 && chars[pos] == '.' {
            pos += 1;
            let (consumed, precision) = get_integer(&chars, &mut pos)?;
            if consumed == 0 {
                return Err("Format specifier missing precision".to_string());
            }
            out.precision = Some(precision as usize);
        }
        if end - pos > 1 {
            return Err(match type_name {
                Some(t) => format!("Invalid format specifier '{}' for object of type '{}'", spec, t),
                None => "Invalid format specifier".to_string(),
            });
        }
        if end - pos == 1 {
            out.ty = Some(chars[pos]);
        }
        Ok(out)
    }

    /// True if nothing at all was specified (the empty spec): `format(x, '')`
    /// is `str(x)`, which for `bool` and subclasses differs from `'d'`
    /// formatting — the caller handles that case.
    pub fn is_empty(&self) -> bool {
        *self == FormatSpec::default()
    }

    /// Applies the per-type defaults (`default_type` is `'\0'` for "none",
    /// `default_align` is `'>'` for numbers and `'<'` for strings) and
    /// validates the grouping option against the type (ValueError
    /// "Cannot specify ',' with 's'." etc.).
    pub(crate) fn resolve(&self, default_type: char, default_align: char) -> Result<Resolved, String> {
        let mut fill = self.fill.unwrap_or(' ');
        let mut align = self.align.unwrap_or(default_align);
        if self.zero_pad && self.fill.is_none() {
            fill = '0';
            if self.align.is_none() && default_align == '>' {
                align = '=';
            }
        }
        let ty = self.ty.unwrap_or(default_type);
        let grouping = match self.grouping {
            None => Grouping::None,
            Some(sep) => match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Grouping::Every(3, sep),
                'b' | 'o' | 'x' | 'X' if sep == '_' => Grouping::Every(4, '_'),
                _ => return Err(invalid_thousands_separator_type(sep, ty)),
            },
        };
        Ok(Resolved {
            fill,
            align,
            sign: self.sign.unwrap_or('\0'),
            no_neg_0: self.no_neg_0,
            alternate: self.alternate,
            width: self.width.map_or(-1, |w| w as i64),
            grouping,
            precision: self.precision.map_or(-1, |p| p as i64),
            ty,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_full() {
        let s = FormatSpec::parse("*^+z#010,.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alternate);
        assert!(!s.zero_pad); // explicit fill: '0' is part of the width
        assert_eq!(s.width, Some(10));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));

        let s = FormatSpec::parse("010").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(10));
        assert!(FormatSpec::parse("").unwrap().is_empty());
        // Unicode digits count as digits (CPython uses Py_UNICODE_TODECIMAL).
        assert_eq!(FormatSpec::parse("\u{967}\u{966}").unwrap().width, Some(10));
        // A fill character may be an alignment token itself.
        let s = FormatSpec::parse("<<").unwrap();
        assert_eq!((s.fill, s.align), (Some('<'), Some('<')));
        let s = FormatSpec::parse("x<").unwrap();
        assert_eq!((s.fill, s.align, s.ty), (Some('x'), Some('<'), None));
    }

    #[test]
    fn parse_errors() {
        let e = |s: &str| FormatSpec::parse_for(s, "int").unwrap_err();
        assert_eq!(e("abc"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(FormatSpec::parse("abc").unwrap_err(), "Invalid format specifier");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(e(".x"), "Format specifier missing precision");
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("99999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(e(".99999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(FormatSpec::parse("9223372036854775807").unwrap().width, Some(i64::MAX as usize));
    }

    #[test]
    fn resolve_defaults() {
        let r = FormatSpec::parse("05").unwrap().resolve('d', '>').unwrap();
        assert_eq!((r.fill, r.align), ('0', '='));
        let r = FormatSpec::parse("05").unwrap().resolve('s', '<').unwrap();
        assert_eq!((r.fill, r.align), ('0', '<'));
        let r = FormatSpec::parse("<05").unwrap().resolve('d', '>').unwrap();
        assert_eq!((r.fill, r.align), ('0', '<'));
        let r = FormatSpec::parse("_x").unwrap().resolve('d', '>').unwrap();
        assert_eq!(r.grouping, Grouping::Every(4, '_'));
        let err = |s: &str, t: char| FormatSpec::parse(s).unwrap().resolve(t, '>').unwrap_err();
        assert_eq!(err(",", 's'), "Cannot specify ',' with 's'.");
        assert_eq!(err(",x", 'd'), "Cannot specify ',' with 'x'.");
        assert_eq!(err("_n", 'd'), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",,", 'd'), "Cannot specify ',' with ','.");
        assert_eq!(err(",\u{1}", 'd'), "Cannot specify ',' with '\\x1'.");
        assert_eq!(unknown_presentation_type('\u{100}', "int"), "Unknown format code '\\x100' for object of type 'int'");
        assert_eq!(unknown_presentation_type(' ', "int"), "Unknown format code '\\x20' for object of type 'int'");
    }
}
