//! Replacement templates for `sub`/`subn`/`Match.expand`: literal text with
//! `\1`, `\g<1>`, `\g<name>` group references and the usual escapes.

use super::parse::ReError;

pub enum Piece {
    Lit(String),
    Group(usize),
}

pub enum TemplateError {
    /// `re.error` (message, position in the template).
    Re(ReError),
    /// IndexError (unknown group name).
    Index(String),
}

fn re_err(msg: String, pos: usize) -> TemplateError {
    TemplateError::Re(ReError::re(msg, Some(pos)))
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

/// Parses `t` for a pattern with `groups` groups named by `names`.
pub fn parse(t: &str, groups: usize, names: &[(String, usize)]) -> Result<Vec<Piece>, TemplateError> {
    let chars: Vec<char> = t.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, pieces: &mut Vec<Piece>| {
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(lit)));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            return Err(re_err("bad escape (end of pattern)".into(), chars.len() - 1));
        };
        i += 2;
        match e {
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(re_err("missing <".into(), i));
                }
                i += 1;
                let start = i;
                // Tokens up to '>' (a backslash pair counts as one token).
                let mut name = String::new();
                loop {
                    match chars.get(i) {
                        None => {
                            if name.is_empty() {
                                return Err(re_err("missing group name".into(), i));
                            }
                            let n = name.chars().count();
                            return Err(re_err("missing >, unterminated name".into(), i - n));
                        }
                        Some('>') => {
                            i += 1;
                            if name.is_empty() {
                                return Err(re_err("missing group name".into(), i - 1));
                            }
                            break;
                        }
                        Some('\\') if i + 1 < chars.len() => {
                            name.push('\\');
                            name.push(chars[i + 1]);
                            i += 2;
                        }
                        Some('\\') => return Err(re_err("bad escape (end of pattern)".into(), chars.len() - 1)),
                        Some(&ch) => {
                            name.push(ch);
                            i += 1;
                        }
                    }
                }
                let _ = start;
                let nlen = name.chars().count();
                let index = if super::parse::is_identifier(&name) {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => *g,
                        None => return Err(TemplateError::Index(format!("unknown group name '{}'", name))),
                    }
                } else {
                    let digits = name.trim();
                    let ok = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
                    let v = if ok { digits.parse::<u64>().ok() } else { None };
                    let Some(v) = v else {
                        return Err(re_err(format!("bad character in group name {}", super::parse::py_repr_str(&name)), i - nlen - 1));
                    };
                    if v >= (1u64 << 30) {
                        return Err(re_err(format!("invalid group reference {}", v), i - nlen - 1));
                    }
                    v as usize
                };
                if index > groups {
                    return Err(re_err(format!("invalid group reference {}", index), i - nlen - 1));
                }
                flush(&mut lit, &mut pieces);
                pieces.push(Piece::Group(index));
            }
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && i < chars.len() && is_octal(chars[i]) {
                    v = v * 8 + chars[i] as u32 - '0' as u32;
                    i += 1;
                    n += 1;
                }
                lit.push(char::from_u32(v & 0xff).unwrap_or('\0'));
            }
            d if d.is_ascii_digit() => {
                let mut text = vec![d];
                let mut octal = false;
                if i < chars.len() && chars[i].is_ascii_digit() {
                    text.push(chars[i]);
                    i += 1;
                    if is_octal(d) && is_octal(text[1]) && i < chars.len() && is_octal(chars[i]) {
                        text.push(chars[i]);
                        i += 1;
                        octal = true;
                        let v = text.iter().fold(0u32, |a, c| a * 8 + (*c as u32 - '0' as u32));
                        if v > 0o377 {
                            let s: String = text.iter().collect();
                            return Err(re_err(format!("octal escape value \\{} outside of range 0-0o377", s), i - 4));
                        }
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                    }
                }
                if !octal {
                    let index: usize = text.iter().collect::<String>().parse().unwrap_or(0);
                    if index > groups {
                        return Err(re_err(format!("invalid group reference {}", index), i - text.len()));
                    }
                    flush(&mut lit, &mut pieces);
                    pieces.push(Piece::Group(index));
                }
            }
            _ => {
                let esc = match e {
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    'f' => Some('\x0c'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'v' => Some('\x0b'),
                    '\\' => Some('\\'),
                    _ => None,
                };
                match esc {
                    Some(ch) => lit.push(ch),
                    None if e.is_ascii_alphabetic() => return Err(re_err(format!("bad escape \\{}", e), i - 2)),
                    None => {
                        lit.push('\\');
                        lit.push(e);
                    }
                }
            }
        }
    }
    flush(&mut lit, &mut pieces);
    Ok(pieces)
}

/// The template's text when it has no group references.
pub fn literal(pieces: &[Piece]) -> Option<String> {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Lit(l) => s.push_str(l),
            Piece::Group(_) => return None,
        }
    }
    Some(s)
}

/// Appends the expansion of `pieces` for a match with byte `spans` over `text`.
pub fn expand_into(out: &mut String, pieces: &[Piece], text: &str, spans: &[Option<(usize, usize)>]) {
    for p in pieces {
        match p {
            Piece::Lit(l) => out.push_str(l),
            Piece::Group(g) => {
                if let Some(Some((s, e))) = spans.get(*g) {
                    out.push_str(&text[*s..*e]);
                }
            }
        }
    }
}
