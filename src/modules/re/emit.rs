//! Translates a parsed Python pattern into fancy-regex syntax, spelling out
//! where the two differ: `$` also matches before a final newline, `\Z` is the
//! absolute end, `\d \s \w` follow Python's Unicode (or ASCII) definitions,
//! `.` excludes only `\n`, every group is numbered as Python numbers it, and
//! case-insensitivity under the ASCII flag folds ASCII letters only.

use super::parse::{At, Category, ClassItem, Node, RepeatKind, ASCII, DOTALL, IGNORECASE, MAXREPEAT, MULTILINE};

/// Python's Unicode whitespace (`str.isspace`), as class items.
const UNI_SPACE: &str = r"\t\n\x0B\x0C\r\x1C-\x20\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";
const ASCII_SPACE: &str = r"\t\n\x0B\x0C\r\x20";
/// Python's Unicode word characters (`str.isalnum` plus `_`).
const UNI_WORD: &str = r"\p{L}\p{N}_";
const ASCII_WORD: &str = r"0-9A-Za-z_";
const ASCII_BOUNDARY: &str = r"(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";
const ASCII_NON_BOUNDARY: &str = r"(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";

pub struct Emitter {
    out: String,
    /// Emitting for regex-automata directly (no look-around available).
    fast: bool,
    /// For an empty subject, where CPython's `\B` never matches.
    empty_subject: bool,
    /// Bytes patterns (matched as Latin-1 text) always use ASCII classes.
    bytes: bool,
    /// Whether the engine's own case-insensitive flag is on here.
    engine_casei: bool,
}

/// The fancy-regex pattern for a parsed pattern with final flags `flags`.
pub fn emit(node: &Node, flags: u32, bytes: bool) -> String {
    let mut e = Emitter { out: String::with_capacity(64), fast: false, empty_subject: false, bytes, engine_casei: false };
    e.scoped(node, flags);
    e.out
}

/// The fancy-regex pattern to use on an empty subject when the pattern has
/// `\B` (None otherwise): CPython's `\B` never matches an empty string.
pub fn emit_for_empty(node: &Node, flags: u32, bytes: bool) -> Option<String> {
    if !has_non_boundary(node) {
        return None;
    }
    let mut e = Emitter { out: String::with_capacity(64), fast: false, empty_subject: true, bytes, engine_casei: false };
    e.scoped(node, flags);
    Some(e.out)
}

fn has_non_boundary(n: &Node) -> bool {
    match n {
        Node::At(At::NonBoundary) => true,
        Node::Group { body, .. } | Node::Atomic(body) | Node::Look { body, .. } | Node::Repeat { body, .. } => has_non_boundary(body),
        Node::Cond { yes, no, .. } => has_non_boundary(yes) || no.as_ref().is_some_and(|n| has_non_boundary(n)),
        Node::Concat(items) | Node::Alt(items) => items.iter().any(has_non_boundary),
        _ => false,
    }
}

/// A pattern the `regex` crate's automata can run without fancy-regex: the
/// pattern text and whether it ends with Python's `$` (then spelled as a
/// last group `(\n?)\z` whose start is the real end of the match). None
/// when the pattern needs backtracking features.
pub fn emit_fast(node: &Node, flags: u32, bytes: bool) -> Option<(String, bool)> {
    let (body, dollar): (&[Node], bool) = match node {
        Node::At(At::End) if flags & MULTILINE == 0 => (&[], true),
        Node::Concat(items) if flags & MULTILINE == 0 && matches!(items.last(), Some(Node::At(At::End))) => (&items[..items.len() - 1], true),
        Node::Concat(items) => (&items[..], false),
        other => (std::slice::from_ref(other), false),
    };
    if !body.iter().all(|n| is_easy(n, flags)) {
        return None;
    }
    let mut e = Emitter { out: String::with_capacity(64), fast: true, empty_subject: false, bytes, engine_casei: false };
    let want = flags & IGNORECASE != 0 && !e.ascii(flags);
    if want {
        e.out.push_str("(?i:");
        e.engine_casei = true;
    }
    for n in body {
        e.node(n, flags);
    }
    if want {
        e.out.push(')');
    }
    if dollar {
        e.out.push_str(r"(\n?)\z");
    }
    Some((e.out, dollar))
}

/// Whether `n` can consume characters (false for assertions only).
fn consumes(n: &Node) -> bool {
    match n {
        Node::Literal(_) | Node::Any | Node::Class { .. } | Node::Cat(_) | Node::Backref(_) => true,
        Node::At(_) | Node::Look { .. } => false,
        Node::Group { body, .. } | Node::Atomic(body) => consumes(body),
        Node::Cond { yes, no, .. } => consumes(yes) || no.as_ref().is_some_and(|n| consumes(n)),
        Node::Repeat { max, body, .. } => *max > 0 && consumes(body),
        Node::Concat(items) | Node::Alt(items) => items.iter().any(consumes),
    }
}

/// Whether `n` needs nothing beyond what the automata support.
fn is_easy(n: &Node, flags: u32) -> bool {
    match n {
        Node::Literal(_) | Node::Any | Node::Class { .. } | Node::Cat(_) => true,
        Node::At(At::End) => flags & MULTILINE != 0,
        Node::At(_) => true,
        Node::Group { add, del, body, .. } => is_easy(body, (flags | add) & !del),
        Node::Repeat { kind, body, .. } => *kind != RepeatKind::Possessive && is_easy(body, flags),
        Node::Concat(items) | Node::Alt(items) => items.iter().all(|i| is_easy(i, flags)),
        Node::Atomic(_) | Node::Look { .. } | Node::Backref(_) | Node::Cond { .. } => false,
    }
}

fn push_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && !c.is_control() && !c.is_whitespace()) {
        out.push(c);
    } else if "\\.+*?()|[]{}^$#&-~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_ascii_graphic() {
        // Not special (and `\<`, `\>` would be word boundaries).
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

/// A character inside a class: everything not alphanumeric is escaped.
fn push_class_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_control() && !c.is_whitespace()) {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

impl Emitter {
    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & ASCII != 0
    }

    /// Case folding done by hand: ASCII letters only.
    fn manual_fold(&self, flags: u32) -> bool {
        flags & IGNORECASE != 0 && self.ascii(flags)
    }

    /// Emits `node` with `flags` in force, switching the engine's `i` flag
    /// around it when needed.
    fn scoped(&mut self, node: &Node, flags: u32) {
        let want = flags & IGNORECASE != 0 && !self.ascii(flags);
        if want != self.engine_casei {
            let saved = self.engine_casei;
            self.engine_casei = want;
            self.out.push_str(if want { "(?i:" } else { "(?-i:" });
            self.node(node, flags);
            self.out.push(')');
            self.engine_casei = saved;
        } else {
            self.node(node, flags);
        }
    }

    fn category_items(&mut self, cat: Category, flags: u32) {
        let ascii = self.ascii(flags);
        let s: String = match cat {
            Category::Digit => (if ascii { "0-9" } else { r"\d" }).to_string(),
            Category::NotDigit => (if ascii { "[^0-9]" } else { r"\D" }).to_string(),
            Category::Space => (if ascii { ASCII_SPACE } else { UNI_SPACE }).to_string(),
            Category::NotSpace => format!("[^{}]", if ascii { ASCII_SPACE } else { UNI_SPACE }),
            Category::Word => (if ascii { ASCII_WORD } else { UNI_WORD }).to_string(),
            Category::NotWord => format!("[^{}]", if ascii { ASCII_WORD } else { UNI_WORD }),
        };
        self.out.push_str(&s);
    }

    fn class_char(&mut self, c: char, flags: u32) {
        push_class_char(&mut self.out, c);
        if self.manual_fold(flags) && c.is_ascii_alphabetic() {
            let other = if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
            push_class_char(&mut self.out, other);
        }
    }

    fn class_range(&mut self, lo: char, hi: char, flags: u32) {
        push_class_char(&mut self.out, lo);
        self.out.push('-');
        push_class_char(&mut self.out, hi);
        if self.manual_fold(flags) {
            // The other case of the part of the range within a-z / A-Z.
            for (a, z, shift) in [('a', 'z', -32i32), ('A', 'Z', 32)] {
                let l = lo.max(a);
                let h = hi.min(z);
                if l <= h {
                    let cl = char::from_u32((l as i32 + shift) as u32).unwrap_or(l);
                    let ch = char::from_u32((h as i32 + shift) as u32).unwrap_or(h);
                    push_class_char(&mut self.out, cl);
                    self.out.push('-');
                    push_class_char(&mut self.out, ch);
                }
            }
        }
    }

    fn node(&mut self, node: &Node, flags: u32) {
        match node {
            Node::Literal(c) => {
                if self.manual_fold(flags) && c.is_ascii_alphabetic() {
                    self.out.push('[');
                    self.class_char(*c, flags);
                    self.out.push(']');
                } else {
                    push_char(&mut self.out, *c);
                }
            }
            Node::Any => {
                if flags & DOTALL != 0 {
                    self.out.push_str(r"[\s\S]");
                } else {
                    self.out.push_str(r"[^\n]");
                }
            }
            Node::Class { negate, items } => {
                self.out.push('[');
                if *negate {
                    self.out.push('^');
                }
                if items.is_empty() {
                    // Cannot happen for parsed classes; keep the class valid.
                    self.out.push_str(r"\x{0}&&\x{1}");
                }
                for it in items {
                    match it {
                        ClassItem::Char(c) => self.class_char(*c, flags),
                        ClassItem::Range(lo, hi) => self.class_range(*lo, *hi, flags),
                        ClassItem::Cat(cat) => self.category_items(*cat, flags),
                    }
                }
                self.out.push(']');
            }
            Node::Cat(cat) => {
                self.out.push('[');
                self.category_items(*cat, flags);
                self.out.push(']');
            }
            Node::At(at) => {
                let s = match at {
                    At::Beginning => {
                        if flags & MULTILINE != 0 {
                            "(?m:^)"
                        } else {
                            r"\A"
                        }
                    }
                    At::End => {
                        if flags & MULTILINE != 0 {
                            "(?m:$)"
                        } else {
                            r"(?=\n?\z)"
                        }
                    }
                    At::BeginningString => r"\A",
                    At::EndString => r"\z",
                    At::Boundary => {
                        if self.ascii(flags) && self.fast {
                            r"(?-u:\b)"
                        } else if self.ascii(flags) {
                            ASCII_BOUNDARY
                        } else {
                            r"\b"
                        }
                    }
                    At::NonBoundary => {
                        if self.empty_subject {
                            r"[^\s\S]"
                        } else if self.ascii(flags) && self.fast {
                            r"(?-u:\B)"
                        } else if self.ascii(flags) {
                            ASCII_NON_BOUNDARY
                        } else {
                            r"\B"
                        }
                    }
                };
                self.out.push_str(s);
            }
            Node::Group { index, add, del, body } => {
                let inner = (flags | add) & !del;
                self.out.push_str(if index.is_some() { "(" } else { "(?:" });
                self.scoped(body, inner);
                self.out.push(')');
            }
            Node::Atomic(body) => {
                self.out.push_str("(?>");
                self.node(body, flags);
                self.out.push(')');
            }
            Node::Look { behind, negate, body } => {
                self.out.push_str(match (behind, negate) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                self.node(body, flags);
                self.out.push(')');
            }
            Node::Backref(g) => {
                self.out.push_str(&format!("(?:\\{})", g));
            }
            Node::Cond { group, yes, no } => {
                self.out.push_str(&format!("(?({})", group));
                self.node(yes, flags);
                self.out.push('|');
                if let Some(no) = no {
                    self.node(no, flags);
                }
                self.out.push(')');
            }
            Node::Repeat { min, max, kind, body } if !consumes(body) => {
                // A repeated zero-width body (look-around, anchors) matters
                // at most once; the engines refuse to repeat it, so spell
                // it as optional or plain.
                if *max == 0 {
                    return;
                }
                let open = if *kind == RepeatKind::Possessive { "(?>" } else { "(?:" };
                self.out.push_str(open);
                if *min == 0 && *kind == RepeatKind::Lazy {
                    self.out.push('|');
                }
                self.out.push_str("(?:");
                self.node(body, flags);
                self.out.push(')');
                if *min == 0 && *kind != RepeatKind::Lazy {
                    self.out.push('|');
                }
                self.out.push(')');
            }
            Node::Repeat { min, max, kind, body } => {
                if *kind == RepeatKind::Possessive {
                    self.out.push_str("(?>");
                }
                self.out.push_str("(?:");
                self.node(body, flags);
                self.out.push(')');
                let q = match (*min, *max) {
                    (0, MAXREPEAT) => "*".to_string(),
                    (1, MAXREPEAT) => "+".to_string(),
                    (0, 1) => "?".to_string(),
                    (m, MAXREPEAT) => format!("{{{},}}", m),
                    (m, n) if m == n => format!("{{{}}}", m),
                    (m, n) => format!("{{{},{}}}", m, n),
                };
                self.out.push_str(&q);
                if *kind == RepeatKind::Lazy {
                    self.out.push('?');
                }
                if *kind == RepeatKind::Possessive {
                    self.out.push(')');
                }
            }
            Node::Concat(items) => {
                for it in items {
                    self.node(it, flags);
                }
            }
            Node::Alt(items) => {
                self.out.push_str("(?:");
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push('|');
                    }
                    self.node(it, flags);
                }
                self.out.push(')');
            }
        }
    }
}
