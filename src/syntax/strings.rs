//! String literals: finding where a literal ends, and decoding its escapes.

use super::unicode_names::lookup;

/// The prefix letters of a string literal (case-insensitive in the source).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

impl Prefix {
    pub fn parse(text: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in text.chars() {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'f' => p.format = true,
                _ => {}
            }
        }
        p
    }
}

/// Where an unterminated literal was noticed (a byte offset: end of line or of input).
pub(crate) struct Unterminated {
    pub detected_at: usize,
}

/// Finds the end of a literal whose body starts at `body_start`. Returns the body's
/// end offset and the offset just after the closing quote(s).
pub(crate) fn scan_literal(
    src: &str,
    body_start: usize,
    quote: u8,
    triple: bool,
) -> Result<(usize, usize), Unterminated> {
    let bytes = src.as_bytes();
    let mut i = body_start;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            // A backslash always escapes the next character for scanning purposes,
            // even in raw literals (r"\"" is a two-character string).
            i += 1;
            if i < bytes.len() {
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
            }
            continue;
        }
        if c == quote {
            if !triple {
                return Ok((i, i + 1));
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return Ok((i, i + 3));
            }
        } else if (c == b'\n' || c == b'\r') && !triple {
            return Err(Unterminated { detected_at: i });
        }
        i += 1;
    }
    Err(Unterminated { detected_at: bytes.len() })
}

/// A bad escape sequence: the message, and whether CPython attributes it to the
/// token's start (`bytes can only contain ASCII`) rather than its end.
pub(crate) struct EscapeError {
    pub msg: String,
    pub at_start: bool,
}

fn unicode_error(start: usize, end: usize, what: &str) -> EscapeError {
    EscapeError {
        msg: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"),
        at_start: false,
    }
}

/// Reads up to `max` digits of `radix` starting at `i`; returns (value, count).
fn read_digits(body: &[u8], i: usize, max: usize, radix: u32) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut n = 0;
    while n < max {
        match body.get(i + n).and_then(|&c| (c as char).to_digit(radix)) {
            Some(d) => {
                value = value.wrapping_mul(radix).wrapping_add(d);
                n += 1;
            }
            None => break,
        }
    }
    (value, n)
}

/// Decodes the body of a `str` literal (or one literal piece of an f-string).
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, EscapeError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    // Copy runs of ordinary characters whole; stop at backslashes and carriage returns.
    while i < b.len() {
        let run_end = b[i..].iter().position(|&c| c == b'\\' || c == b'\r').map_or(b.len(), |p| i + p);
        out.push_str(&body[i..run_end]);
        i = run_end;
        if i >= b.len() {
            break;
        }
        if b[i] == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        // A backslash.
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        if raw {
            out.push('\\');
            continue;
        }
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let (v, n) = read_digits(b, i - 1, 3, 8);
                i += n - 1;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (want, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = read_digits(b, i, want, 16);
                if n < want {
                    return Err(unicode_error(start, i + n - 1, what));
                }
                i += n;
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    // Strings are UTF-8 and cannot hold a lone surrogate: it reads
                    // as U+FFFD, so code that never uses the value still runs.
                    None if (0xD800..0xE000).contains(&v) => out.push('\u{fffd}'),
                    None => return Err(unicode_error(start, i - 1, "illegal Unicode character")),
                }
            }
            b'N' => {
                let (c, next) = named_escape(b, body, start, i)?;
                out.push(c);
                i = next;
            }
            _ => {
                // Unknown escapes keep their backslash (CPython only warns).
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `\N{NAME}`: `i` is just after the `N`. Returns the character and the offset
/// after the `}`; error positions follow CPython's unicode-escape decoder.
fn named_escape(b: &[u8], body: &str, start: usize, i: usize) -> Result<(char, usize), EscapeError> {
    let malformed = |stop: usize| unicode_error(start, stop - 1, "malformed \\N character escape");
    if b.get(i) != Some(&b'{') {
        return Err(malformed(i));
    }
    let Some(len) = b[i + 1..].iter().position(|&c| c == b'}') else {
        return Err(malformed(b.len()));
    };
    let close = i + 1 + len;
    if len == 0 {
        return Err(malformed(close));
    }
    match lookup(&body[i + 1..close]) {
        Some(c) => Ok((c, close + 1)),
        None => Err(unicode_error(start, close, "unknown Unicode character name")),
    }
}

/// Decodes the body of a `bytes` literal.
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    if !body.is_ascii() {
        return Err(EscapeError { msg: "bytes can only contain ASCII literal characters".into(), at_start: true });
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c == b'\r' {
            out.push(b'\n');
            if b.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            continue;
        }
        let start = i - 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (v, n) = read_digits(b, i - 1, 3, 8);
                i += n - 1;
                // CPython keeps the low byte of out-of-range octal escapes (b"\777").
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let (v, n) = read_digits(b, i, 2, 16);
                if n < 2 {
                    return Err(EscapeError {
                        msg: format!("(value error) invalid \\x escape at position {start}"),
                        at_start: false,
                    });
                }
                i += 2;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}
