//! Numeric literals: a port of CPython 3.11's tokenizer number rules, so that
//! malformed literals get the same messages and error columns as CPython.

use num_bigint::BigInt;

pub(crate) enum Number {
    Int(BigInt),
    Float(f64),
    Imag(f64),
}

/// A malformed literal. `pos` is a byte offset; CPython reports most of these
/// errors with `offset` equal to the 0-based column of `pos` (`plus_one` false),
/// a few at the 1-based column of `pos` (`plus_one` true).
pub(crate) struct NumError {
    pub msg: String,
    pub pos: usize,
    pub plus_one: bool,
}

const EOF: u8 = 0;

/// Mirrors CPython's `tok_nextc`/`tok_backup` pair: EOF does not advance.
struct Cursor<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn next(&mut self) -> u8 {
        match self.src.get(self.pos) {
            Some(&c) if c != 0 => {
                self.pos += 1;
                c
            }
            _ => EOF,
        }
    }

    fn backup(&mut self, c: u8) {
        if c != EOF {
            self.pos -= 1;
        }
    }

    fn error(&self, msg: impl Into<String>) -> NumError {
        NumError { msg: msg.into(), pos: self.pos, plus_one: false }
    }

    /// True when the next characters spell `rest` and are not followed by an
    /// identifier character; the cursor does not move.
    fn lookahead(&mut self, rest: &str) -> bool {
        let tail = &self.src[self.pos..];
        tail.starts_with(rest.as_bytes()) && !tail.get(rest.len()).is_some_and(|&c| is_potential_identifier_char(c))
    }

    /// After a number, an identifier character is an error unless it starts one of
    /// the keywords that may legally follow a number (`1if x else 2`).
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), NumError> {
        let keyword_follows = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.src.get(self.pos), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if !keyword_follows && is_potential_identifier_char(c) && !self.non_identifier_char_at(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Whether the non-ASCII character starting with byte `c` (just read) cannot
    /// be part of an identifier; the next token then reports it (`1\u00a0`).
    fn non_identifier_char_at(&self, c: u8) -> bool {
        if c < 128 {
            return false;
        }
        let start = self.pos - 1;
        let text = std::str::from_utf8(&self.src[start..(start + 4).min(self.src.len())])
            .or_else(|e| std::str::from_utf8(&self.src[start..start + e.valid_up_to()]))
            .unwrap_or("");
        text.chars().next().is_some_and(|ch| !ch.is_alphanumeric())
    }

    /// Digits with single underscores between them; returns the first char after.
    fn decimal_tail(&mut self) -> Result<u8, NumError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// `0x`, `0o`, `0b` digits after the prefix; returns the first char after.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Result<u8, NumError> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                self.backup(c);
                return Err(self.error(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        Ok(c)
    }
}

fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

enum Shape {
    Int(u32),
    Float,
    Imag,
}

/// Scans the number starting at `start` (a digit, or `.` followed by a digit) and
/// returns its value and end offset.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(Number, usize), NumError> {
    let mut cur = Cursor { src: src.as_bytes(), pos: start };
    let shape = scan_shape(&mut cur, start)?;
    let end = cur.pos;
    let text: String = src[start..end].chars().filter(|&c| c != '_').collect();
    let number = match shape {
        Shape::Int(radix) => {
            let digits = if radix == 10 { &text[..] } else { &text[2..] };
            match BigInt::parse_bytes(digits.as_bytes(), radix) {
                Some(v) => Number::Int(v),
                None => return Err(NumError { msg: "invalid decimal literal".into(), pos: start, plus_one: true }),
            }
        }
        Shape::Float => Number::Float(parse_float(&text)),
        Shape::Imag => Number::Imag(parse_float(&text[..text.len() - 1])),
    };
    Ok((number, end))
}

fn parse_float(text: &str) -> f64 {
    text.parse::<f64>().unwrap_or(f64::NAN)
}

fn scan_shape(cur: &mut Cursor, start: usize) -> Result<Shape, NumError> {
    let first = cur.next();
    if first == b'.' {
        let c = cur.next();
        return fraction(cur, c);
    }
    if first == b'0' {
        let c = cur.next();
        match c {
            b'x' | b'X' => {
                let c = cur.radix_digits(16, "hexadecimal")?;
                cur.verify_end(c, "hexadecimal")?;
                cur.backup(c);
                return Ok(Shape::Int(16));
            }
            b'o' | b'O' => {
                let c = cur.radix_digits(8, "octal")?;
                cur.verify_end(c, "octal")?;
                cur.backup(c);
                return Ok(Shape::Int(8));
            }
            b'b' | b'B' => {
                let c = cur.radix_digits(2, "binary")?;
                cur.verify_end(c, "binary")?;
                cur.backup(c);
                return Ok(Shape::Int(2));
            }
            _ => {}
        }
        // Zeros, possibly an old-style octal that is only legal as a float.
        let mut c = c;
        loop {
            if c == b'_' {
                c = cur.next();
                if !c.is_ascii_digit() {
                    cur.backup(c);
                    return Err(cur.error("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = cur.next();
        }
        let mut nonzero = false;
        if c.is_ascii_digit() {
            nonzero = true;
            c = cur.decimal_tail()?;
        }
        return match c {
            b'.' => {
                let c = cur.next();
                fraction(cur, c)
            }
            b'e' | b'E' => exponent(cur, c, false),
            b'j' | b'J' => imaginary(cur),
            _ if nonzero => {
                cur.backup(c);
                Err(NumError {
                    msg: "leading zeros in decimal integer literals are not permitted; \
                          use an 0o prefix for octal integers"
                        .into(),
                    pos: start,
                    plus_one: true,
                })
            }
            _ => {
                cur.verify_end(c, "decimal")?;
                cur.backup(c);
                Ok(Shape::Int(10))
            }
        };
    }
    let c = cur.decimal_tail()?;
    match c {
        b'.' => {
            let c = cur.next();
            fraction(cur, c)
        }
        b'e' | b'E' => exponent(cur, c, false),
        b'j' | b'J' => imaginary(cur),
        _ => {
            cur.verify_end(c, "decimal")?;
            cur.backup(c);
            Ok(Shape::Int(10))
        }
    }
}

/// After the `.`; `c` is the first character of the fraction.
fn fraction(cur: &mut Cursor, mut c: u8) -> Result<Shape, NumError> {
    if c.is_ascii_digit() {
        c = cur.decimal_tail()?;
    }
    match c {
        b'e' | b'E' => exponent(cur, c, true),
        b'j' | b'J' => imaginary(cur),
        _ => {
            cur.verify_end(c, "decimal")?;
            cur.backup(c);
            Ok(Shape::Float)
        }
    }
}

/// `e` has just been read; `had_dot` tells whether a fraction preceded it.
fn exponent(cur: &mut Cursor, e: u8, had_dot: bool) -> Result<Shape, NumError> {
    let mut c = cur.next();
    if c == b'+' || c == b'-' {
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup(c);
            return Err(cur.error("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        // `1else`: the number ends before the `e`.
        cur.backup(c);
        cur.verify_end(e, "decimal")?;
        cur.backup(e);
        return Ok(if had_dot { Shape::Float } else { Shape::Int(10) });
    }
    c = cur.decimal_tail()?;
    if c == b'j' || c == b'J' {
        return imaginary(cur);
    }
    cur.verify_end(c, "decimal")?;
    cur.backup(c);
    Ok(Shape::Float)
}

/// `j` has just been read.
fn imaginary(cur: &mut Cursor) -> Result<Shape, NumError> {
    let c = cur.next();
    cur.verify_end(c, "imaginary")?;
    cur.backup(c);
    Ok(Shape::Imag)
}
