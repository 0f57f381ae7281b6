//! Field layout shared by the number and string formatters: digit grouping
//! (CPython's `_PyUnicode_InsertThousandsGrouping`, including its trick of
//! growing zero padding *through* the grouping, so `format(1234, '09,')`
//! is `'0,001,234'`), sign/prefix placement and fill/alignment
//! (`calc_number_widths`, `fill_number` and `calc_padding` in
//! Python/formatter_unicode.c).

use super::spec::{Grouping, Resolved};

/// Results longer than this many characters are refused with
/// [`MEMORY_ERROR`] instead of attempting a huge allocation.
pub const MAX_RESULT_CHARS: i64 = 1 << 28;

/// Message returned when a result would exceed [`MAX_RESULT_CHARS`]; the
/// caller should raise MemoryError.
pub const MEMORY_ERROR: &str = "format result too large (MemoryError)";

pub(crate) fn check_size(n: i64) -> Result<(), String> {
    if n > MAX_RESULT_CHARS {
        Err(MEMORY_ERROR.to_string())
    } else {
        Ok(())
    }
}

/// Groups the ASCII `digits` (most significant first), padding on the left
/// with `'0'` digits (which are grouped too) until at least `min_width`
/// characters are produced.  Port of `_PyUnicode_InsertThousandsGrouping`.
/// The separator is always `,` or `_`.
pub(crate) fn insert_grouping(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let bytes = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = bytes.len() as i64;
    // Built right to left (all characters are ASCII), reversed at the end.
    let mut rev: Vec<u8> = Vec::with_capacity(bytes.len().max(min_width as usize) + bytes.len() / 3 + 2);
    let emit = |rev: &mut Vec<u8>, remaining: i64, n_zeros: i64, n_chars: i64, sep: Option<u8>| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        let end = remaining as usize;
        let start = end - n_chars as usize;
        rev.extend(bytes[start..end].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
    };
    let mut loop_broken = false;
    let mut sep: Option<u8> = None;
    if let Grouping::Every(group, sep_char) = grouping {
        let sep_byte = if sep_char.is_ascii() { sep_char as u8 } else { b',' };
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, remaining, n_zeros, n_chars, sep);
            sep = Some(sep_byte);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, remaining, n_zeros, n_chars, sep);
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// The pieces of a formatted number:
/// `<sign><prefix><digits>[.]<remainder>`, where only `digits` is grouped
/// and zero padded.
pub(crate) struct NumberParts<'a> {
    /// The number is negative (a `-` sign is always shown).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper-case) prefix, or empty.
    pub prefix: &'a str,
    /// ASCII digits subject to grouping (may be empty, e.g. `inf`, `'c'`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the digits and decimal point (fraction, exponent,
    /// `%`, `inf`, the `'c'` character, …).
    pub remainder: &'a str,
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Lays out a number according to the resolved spec (sign option, fill,
/// alignment, width, grouping).  Port of `calc_number_widths` +
/// `fill_number`.
pub(crate) fn layout_number(parts: &NumberParts, spec: &Resolved, grouping: Grouping) -> Result<String, String> {
    let sign = match spec.sign {
        '+' => Some(if parts.negative { '-' } else { '+' }),
        ' ' => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' { spec.width - n_non_digit } else { 0 };
    check_size(spec.width)?;
    check_size(parts.digits.len() as i64 + n_non_digit)?;
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, grouping)
    };
    let n_grouped = grouped.len() as i64;
    let n_padding = spec.width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let total = lpad + n_non_digit + n_grouped + spad + rpad;
    let mut out = String::with_capacity(total as usize);
    push_fill(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

/// Pads `text` (already truncated; `nchars` characters long) to the spec's
/// width with its fill and alignment.  Port of `calc_padding`.
pub(crate) fn pad_text(text: &str, nchars: i64, width: i64, align: char, fill: char) -> Result<String, String> {
    check_size(width)?;
    let total = if width >= 0 && width > nchars { width } else { nchars };
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len() + (lpad + rpad) as usize * fill.len_utf8());
    push_fill(&mut out, fill, lpad);
    out.push_str(text);
    push_fill(&mut out, fill, rpad);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        let g3 = Grouping::Every(3, ',');
        assert_eq!(insert_grouping("1234567", 0, g3), "1,234,567");
        assert_eq!(insert_grouping("123", 0, g3), "123");
        assert_eq!(insert_grouping("1234", 8, g3), "0,001,234");
        assert_eq!(insert_grouping("1", 9, g3), "0,000,001");
        assert_eq!(insert_grouping("1", 8, g3), "0,000,001");
        assert_eq!(insert_grouping("1", 7, g3), "000,001");
        assert_eq!(insert_grouping("1", 6, g3), "00,001");
        assert_eq!(insert_grouping("1", 4, g3), "0,001");
        assert_eq!(insert_grouping("1", 3, g3), "001");
        assert_eq!(insert_grouping("11111111", 0, Grouping::Every(4, '_')), "1111_1111");
        assert_eq!(insert_grouping("42", 5, Grouping::None), "00042");
        assert_eq!(insert_grouping("42", 0, Grouping::None), "42");
    }

    #[test]
    fn padding() {
        assert_eq!(pad_text("x", 1, 4, '^', ' ').unwrap(), " x  ");
        assert_eq!(pad_text("x", 1, 5, '^', '*').unwrap(), "**x**");
        assert_eq!(pad_text("abc", 3, 2, '>', ' ').unwrap(), "abc");
        assert_eq!(pad_text("a", 1, -1, '<', ' ').unwrap(), "a");
        assert_eq!(pad_text("a", 1, 1 << 40, '<', ' ').unwrap_err(), MEMORY_ERROR);
    }
}
