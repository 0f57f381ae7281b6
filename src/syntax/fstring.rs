//! f-string bodies: splits the text between the quotes into literal pieces and
//! `{expr!conv:spec}` fields, following CPython 3.11's `fstring_find_literal` /
//! `fstring_find_expr` (so the messages match), and parses each expression with
//! the ordinary expression grammar.

use super::ast::{FPart, Loc};
use super::strings::decode_str;
use super::{parser, SyntaxError};

/// Deepest f-string-inside-f-string-expression nesting accepted; Python's quote
/// rules already bound it to about four, this is a guard against surprises.
pub(crate) const MAX_FSTRING_DEPTH: u32 = 8;

pub(crate) struct FString<'a> {
    /// The text between the quotes.
    pub body: &'a str,
    pub raw: bool,
    /// Absolute position of a byte offset in `body`.
    pub loc_of: &'a dyn Fn(usize) -> Loc,
    /// Where structural errors are reported (CPython points past the literal).
    pub err_loc: Loc,
    /// How many f-strings enclose this one.
    pub depth: u32,
    /// Nesting estimate of the enclosing expression, passed on to inner parses.
    pub nesting: u32,
}

impl<'a> FString<'a> {
    pub fn parse(&self) -> Result<Vec<FPart>, SyntaxError> {
        if self.depth > MAX_FSTRING_DEPTH {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let mut i = 0;
        let parts = self.parse_level(&mut i, 0)?;
        Ok(parts)
    }

    fn error(&self, msg: &str) -> SyntaxError {
        SyntaxError::at(msg, self.err_loc)
    }

    /// Literal pieces and fields up to the end of the body (level 0) or up to the
    /// `}` closing a format spec (level 1).
    fn parse_level(&self, i: &mut usize, level: u32) -> Result<Vec<FPart>, SyntaxError> {
        let b = self.body.as_bytes();
        let mut parts = Vec::new();
        loop {
            let (literal, doubled) = self.find_literal(i, level)?;
            if let Some(text) = literal {
                push_literal(&mut parts, text);
            }
            if doubled {
                continue;
            }
            if *i >= b.len() || b[*i] == b'}' {
                break;
            }
            self.find_expr(i, level, &mut parts)?;
        }
        if level != 0 && (*i >= b.len() || b[*i] != b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(parts)
    }

    /// Scans literal text up to an undoubled brace. Returns the decoded text and
    /// whether the scan stopped after a doubled brace (`{{` or `}}`).
    fn find_literal(&self, i: &mut usize, level: u32) -> Result<(Option<String>, bool), SyntaxError> {
        let b = self.body.as_bytes();
        let start = *i;
        let mut s = *i;
        let mut doubled = false;
        let mut lit_end = None;
        while s < b.len() {
            let mut ch = b[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < b.len() {
                ch = b[s];
                s += 1;
                if ch == b'N' {
                    // `\N{NAME}`: the braces belong to the escape, not to a field.
                    let next = b.get(s).copied();
                    s += 1;
                    if next == Some(b'{') {
                        while s < b.len() {
                            s += 1;
                            if b[s - 1] == b'}' {
                                break;
                            }
                        }
                    }
                    s = s.min(b.len());
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                // Doubled braces are only recognized at the top level, so that
                // f'{0:{3}}' can end with two closing braces.
                if level == 0 {
                    if b.get(s) == Some(&ch) {
                        lit_end = Some(s);
                        *i = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        let end = lit_end.unwrap_or(s);
        if !doubled {
            *i = s;
        }
        if end == start {
            return Ok((None, doubled));
        }
        let text = decode_str(&self.body[start..end], self.raw).map_err(|e| self.error(&e.msg))?;
        Ok((Some(text), doubled))
    }

    /// Parses one `{...}` field starting at the `{`.
    fn find_expr(&self, i: &mut usize, level: u32, parts: &mut Vec<FPart>) -> Result<(), SyntaxError> {
        let b = self.body.as_bytes();
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        *i += 1;
        let expr_start = *i;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *i < b.len() {
            let ch = b[*i];
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if b.get(*i + 1) == Some(&ch) && b.get(*i + 2) == Some(&ch) {
                        *i += 2;
                        quote = 0;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = b.get(*i + 1) == Some(&ch) && b.get(*i + 2) == Some(&ch);
                    if triple {
                        *i += 2;
                    }
                    quote = ch;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    // `!=`, `==`, `<=`, `>=` and lone `<`/`>` do not end the expression.
                    if b.get(*i + 1) == Some(&b'=') && ch != b':' && ch != b'}' {
                        *i += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.error(&format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let matches = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matches {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote != 0 {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.error(&format!("f-string: unmatched '{}'", open as char)));
        }
        if *i >= b.len() {
            return Err(self.error("f-string: expecting '}'"));
        }
        let expr_end = *i;
        let text = &self.body[expr_start..expr_end];
        if text.bytes().all(|c| c.is_ascii_whitespace() || c == 0x0b) {
            let msg = match b[expr_end] {
                c @ (b'!' | b':' | b'=') => format!("f-string: expression required before '{}'", c as char),
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(self.error(&msg));
        }
        let value = parser::parse_fstring_expr(text, (self.loc_of)(expr_start), self.depth + 1, self.nesting)?;

        // `{expr=}` shows the source text, then the repr unless told otherwise.
        let mut self_doc = None;
        if b[*i] == b'=' {
            *i += 1;
            while *i < b.len() && b[*i].is_ascii_whitespace() {
                *i += 1;
            }
            self_doc = Some(self.body[expr_start..*i].to_string());
        }
        let mut conversion = None;
        if *i < b.len() && b[*i] == b'!' {
            *i += 1;
            let Some(c) = self.body[*i..].chars().next() else {
                return Err(self.error("f-string: expecting '}'"));
            };
            *i += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(c);
        }
        if *i >= b.len() {
            return Err(self.error("f-string: expecting '}'"));
        }
        let mut spec = None;
        if b[*i] == b':' {
            *i += 1;
            if *i >= b.len() {
                return Err(self.error("f-string: expecting '}'"));
            }
            spec = Some(self.parse_level(i, level + 1)?);
        }
        if *i >= b.len() || b[*i] != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        *i += 1;
        if let Some(text) = self_doc {
            push_literal(parts, text);
            if spec.is_none() && conversion.is_none() {
                conversion = Some('r');
            }
        }
        parts.push(FPart::Value { value: Box::new(value), conversion, spec });
        Ok(())
    }
}

/// Appends literal text, merging it with a preceding literal piece.
fn push_literal(parts: &mut Vec<FPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&text);
    } else {
        parts.push(FPart::Literal(text));
    }
}

/// Appends the parts of a later f-string (or plain string) of an implicit
/// concatenation, merging literal text across the boundary.
pub(crate) fn extend_parts(parts: &mut Vec<FPart>, more: Vec<FPart>) {
    for part in more {
        match part {
            FPart::Literal(text) => push_literal(parts, text),
            value => parts.push(value),
        }
    }
}
