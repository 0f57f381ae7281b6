//! Parser for Python's regular-expression syntax: builds a small tree and
//! reports bad patterns with CPython's messages and positions (`re.error`).
//! The tree is translated to the matching engine's syntax by `emit.rs`.

use std::collections::HashMap;

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// CPython's MAXREPEAT: an upper bound of "unbounded".
pub const MAXREPEAT: u64 = u32::MAX as u64;
/// Deepest group nesting accepted (counted in parser levels, two per group).
const MAX_NESTING: usize = 1600;
/// Width of an unbounded pattern.
const MAXWIDTH: u64 = u64::MAX;

/// `\d \D \s \S \w \W`
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// Zero-width anchors.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    Beginning,
    End,
    BeginningString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug)]
pub enum ClassItem {
    Char(char),
    Range(char, char),
    Cat(Category),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Literal(char),
    Any,
    Class { negate: bool, items: Vec<ClassItem> },
    Cat(Category),
    At(At),
    /// A capturing group (`index` Some) or a scoped-flags group.
    Group { index: Option<usize>, add: u32, del: u32, body: Box<Node> },
    Atomic(Box<Node>),
    Look { behind: bool, negate: bool, body: Box<Node> },
    Backref(usize),
    Cond { group: usize, yes: Box<Node>, no: Option<Box<Node>> },
    Repeat { min: u64, max: u64, kind: RepeatKind, body: Box<Node> },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
}

/// Which Python exception a bad pattern raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    Re,
    Overflow,
    Value,
    Recursion,
}

#[derive(Debug, Clone)]
pub struct ReError {
    pub kind: ErrKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl ReError {
    pub fn re(msg: impl Into<String>, pos: Option<usize>) -> ReError {
        ReError { kind: ErrKind::Re, msg: msg.into(), pos }
    }
}

type R<T> = Result<T, ReError>;

/// The result of parsing a pattern.
pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// Final flags (inline global flags included, UNICODE added for str).
    pub flags: u32,
    /// For each group (index 0 unused), its rank in closing order.
    pub close_rank: Vec<usize>,
    /// Whether some match can be non-empty (false for `\b`, `(?=x)`, `$`...).
    pub can_consume: bool,
}

/// A token: a character, or a backslash escape `\c`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: char,
    esc: bool,
}

impl Tok {
    fn len(&self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    fn is(&self, c: char) -> bool {
        !self.esc && self.c == c
    }
    fn text(&self) -> String {
        if self.esc {
            format!("\\{}", self.c)
        } else {
            self.c.to_string()
        }
    }
}

struct Parser {
    chars: Vec<char>,
    index: usize,
    next: Option<Tok>,
    is_bytes: bool,
    flags: u32,
    /// Width of each closed group; None while open. Index 0 is group 0.
    widths: Vec<Option<(u64, u64)>>,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    close_rank: Vec<usize>,
    closed: usize,
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

pub fn py_repr_str(s: &str) -> String {
    // repr() of a short str, as CPython prints names in messages.
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

impl Parser {
    fn new(chars: Vec<char>, is_bytes: bool, flags: u32) -> R<Parser> {
        let mut p = Parser {
            chars,
            index: 0,
            next: None,
            is_bytes,
            flags,
            widths: vec![None],
            names: HashMap::new(),
            name_order: Vec::new(),
            lookbehind_groups: None,
            grouprefpos: Vec::new(),
            close_rank: vec![0],
            closed: 0,
        };
        p.advance()?;
        Ok(p)
    }

    fn advance(&mut self) -> R<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.chars.get(self.index + 1) {
                Some(&d) => {
                    self.next = Some(Tok { c: d, esc: true });
                    self.index += 2;
                }
                None => return Err(ReError::re("bad escape (end of pattern)", Some(self.chars.len() - 1))),
            }
        } else {
            self.next = Some(Tok { c, esc: false });
            self.index += 1;
        }
        Ok(())
    }

    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn matches(&mut self, c: char) -> R<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    fn next_in(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| !t.esc && f(t.c))
    }

    fn tell(&self) -> usize {
        self.index - self.next.map(|t| t.len()).unwrap_or(0)
    }

    fn seek(&mut self, index: usize) -> R<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        ReError::re(msg, Some(self.tell().saturating_sub(offset)))
    }

    fn getwhile(&mut self, n: usize, f: impl Fn(char) -> bool) -> R<String> {
        let mut s = String::new();
        for _ in 0..n {
            if !self.next_in(&f) {
                break;
            }
            s.push(self.next.map(|t| t.c).unwrap_or(' '));
            self.advance()?;
        }
        Ok(s)
    }

    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut result = String::new();
        loop {
            let c = self.get()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {}", name), 0));
                    }
                    return Err(self.error(format!("missing {}, unterminated name", term), result.chars().count()));
                }
                Some(t) if t.is(term) => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {}", name), 1));
                    }
                    break;
                }
                Some(t) => result.push_str(&t.text()),
            }
        }
        Ok(result)
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> R<()> {
        if !is_identifier(name) {
            return Err(self.error(format!("bad character in group name {}", py_repr_str(name)), name.chars().count() + offset));
        }
        Ok(())
    }

    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.widths.len() && self.widths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize) -> R<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(self.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.widths.push(None);
        self.close_rank.push(0);
        if let Some(n) = name {
            if let Some(&old) = self.names.get(n) {
                return Err(format!("redefinition of group name {} as group {}; was group {}", py_repr_str(n), gid, old));
            }
            self.names.insert(n.to_string(), gid);
            self.name_order.push((n.to_string(), gid));
        }
        Ok(gid)
    }

    fn closegroup(&mut self, gid: usize, body: &Node) {
        self.widths[gid] = Some(self.width(body));
        self.closed += 1;
        self.close_rank[gid] = self.closed;
    }

    /// (min, max) width of a node, saturating at MAXWIDTH.
    fn width(&self, n: &Node) -> (u64, u64) {
        match n {
            Node::Literal(_) | Node::Any | Node::Class { .. } | Node::Cat(_) => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => self.width(body),
            Node::Backref(g) => self.widths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes);
                match no {
                    Some(no) => {
                        let (c, d) = self.width(no);
                        (a.min(c), b.max(d))
                    }
                    None => (0, b),
                }
            }
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = self.width(body);
                let lo = i.saturating_mul(*min);
                let hi = if *max == MAXREPEAT && j > 0 { MAXWIDTH } else { j.saturating_mul(*max) };
                (lo, hi)
            }
            Node::Concat(items) => items.iter().fold((0u64, 0u64), |(lo, hi), it| {
                let (a, b) = self.width(it);
                (lo.saturating_add(a), hi.saturating_add(b))
            }),
            Node::Alt(items) => {
                let mut lo = MAXWIDTH;
                let mut hi = 0;
                for it in items {
                    let (a, b) = self.width(it);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                (lo, hi)
            }
        }
    }

    fn parse_hex_escape(&mut self, tok: Tok, n: usize) -> R<(u32, String)> {
        let digits = self.getwhile(n, |c| c.is_ascii_hexdigit())?;
        let esc = format!("{}{}", tok.text(), digits);
        if digits.len() != n {
            return Err(self.error(format!("incomplete escape {}", esc), esc.chars().count()));
        }
        Ok((u32::from_str_radix(&digits, 16).unwrap_or(0), esc))
    }

    fn named_char(&mut self) -> R<char> {
        if !self.matches('{')? {
            return Err(self.error("missing {", 0));
        }
        let name = self.getuntil('}', "character name")?;
        match crate::syntax::unicode_names::lookup(&name) {
            Some(c) => Ok(c),
            None => Err(self.error(format!("undefined character name {}", py_repr_str(&name)), name.chars().count() + 4)),
        }
    }

    /// Escapes shared by classes and expressions: `\x \u \U \N` and the
    /// single-letter ones. Returns None when the escape is something else.
    fn common_escape(&mut self, tok: Tok) -> R<Option<char>> {
        let c = tok.c;
        let lit = match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'x' => {
                let (v, _) = self.parse_hex_escape(tok, 2)?;
                return Ok(char::from_u32(v));
            }
            'u' if !self.is_bytes => {
                let (v, _) = self.parse_hex_escape(tok, 4)?;
                return Ok(Some(char::from_u32(v).unwrap_or('\u{fffd}')));
            }
            'U' if !self.is_bytes => {
                let (v, esc) = self.parse_hex_escape(tok, 8)?;
                return match char::from_u32(v) {
                    Some(ch) => Ok(Some(ch)),
                    None => Err(self.error(format!("bad escape {}", esc), esc.len())),
                };
            }
            'N' if !self.is_bytes => return self.named_char().map(Some),
            _ => return Ok(None),
        };
        Ok(Some(lit))
    }

    fn octal_literal(&self, text: &str) -> R<char> {
        let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(self.error(format!("octal escape value {} outside of range 0-0o377", text), text.len()));
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    fn class_escape(&mut self, tok: Tok) -> R<ClassItem> {
        if let Some(cat) = category(tok.c) {
            return Ok(ClassItem::Cat(cat));
        }
        if tok.c == 'b' {
            return Ok(ClassItem::Char('\x08'));
        }
        if let Some(ch) = self.common_escape(tok)? {
            return Ok(ClassItem::Char(ch));
        }
        let c = tok.c;
        if is_octal(c) {
            let more = self.getwhile(2, is_octal)?;
            let text = format!("\\{}{}", c, more);
            return self.octal_literal(&text).map(ClassItem::Char);
        }
        if c.is_ascii_digit() || c.is_ascii_alphabetic() {
            return Err(self.error(format!("bad escape {}", tok.text()), 2));
        }
        Ok(ClassItem::Char(c))
    }

    fn escape(&mut self, tok: Tok) -> R<Node> {
        let c = tok.c;
        match c {
            'A' => return Ok(Node::At(At::BeginningString)),
            'Z' => return Ok(Node::At(At::EndString)),
            'b' => return Ok(Node::At(At::Boundary)),
            'B' => return Ok(Node::At(At::NonBoundary)),
            _ => {}
        }
        if let Some(cat) = category(c) {
            return Ok(Node::Cat(cat));
        }
        if let Some(ch) = self.common_escape(tok)? {
            return Ok(Node::Literal(ch));
        }
        if c == '0' {
            let more = self.getwhile(2, is_octal)?;
            let v = u32::from_str_radix(&format!("0{}", more), 8).unwrap_or(0);
            return Ok(Node::Literal(char::from_u32(v).unwrap_or('\0')));
        }
        if c.is_ascii_digit() {
            let mut text = format!("\\{}", c);
            if self.next_in(|d| d.is_ascii_digit()) {
                let d = self.get()?.map(|t| t.c).unwrap_or('0');
                text.push(d);
                if is_octal(c) && is_octal(d) && self.next_in(is_octal) {
                    let e = self.get()?.map(|t| t.c).unwrap_or('0');
                    text.push(e);
                    return self.octal_literal(&text).map(Node::Literal);
                }
            }
            let group: usize = text[1..].parse().unwrap_or(0);
            if group < self.groups() {
                if !self.checkgroup(group) {
                    return Err(self.error("cannot refer to an open group", text.len()));
                }
                self.checklookbehindgroup(group)?;
                return Ok(Node::Backref(group));
            }
            return Err(self.error(format!("invalid group reference {}", group), text.len() - 1));
        }
        if c.is_ascii_alphabetic() {
            return Err(self.error(format!("bad escape {}", tok.text()), 2));
        }
        Ok(Node::Literal(c))
    }

    fn parse_sub(&mut self, verbose: bool, nested: usize) -> R<Node> {
        let mut items = Vec::new();
        let mut verbose = verbose;
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(verbose, nested + 1, first)?);
            if !self.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or(Node::Concat(vec![])));
        }
        Ok(Node::Alt(items))
    }

    fn parse_class(&mut self) -> R<Node> {
        let here = self.tell() - 1;
        let negate = self.matches('^')?;
        let mut items: Vec<ClassItem> = Vec::new();
        loop {
            let Some(this) = self.get()? else {
                return Err(self.error("unterminated character set", self.tell() - here));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            // `]` first in the set is a literal (handled by `items` being empty).
            let code1 = if this.esc { self.class_escape(this)? } else { ClassItem::Char(this.c) };
            if self.matches('-')? {
                let Some(that) = self.get()? else {
                    return Err(self.error("unterminated character set", self.tell() - here));
                };
                if that.is(']') {
                    items.push(code1);
                    items.push(ClassItem::Char('-'));
                    break;
                }
                let code2 = if that.esc { self.class_escape(that)? } else { ClassItem::Char(that.c) };
                let (ClassItem::Char(lo), ClassItem::Char(hi)) = (&code1, &code2) else {
                    let msg = format!("bad character range {}-{}", this.text(), that.text());
                    return Err(self.error(msg, this.len() + 1 + that.len()));
                };
                if hi < lo {
                    let msg = format!("bad character range {}-{}", this.text(), that.text());
                    return Err(self.error(msg, this.len() + 1 + that.len()));
                }
                items.push(ClassItem::Range(*lo, *hi));
            } else {
                items.push(code1);
            }
        }
        if items.len() == 1 {
            if let ClassItem::Char(c) = items[0] {
                if !negate {
                    return Ok(Node::Literal(c));
                }
            }
        }
        Ok(Node::Class { negate, items })
    }

    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool) -> R<Node> {
        if nested > MAX_NESTING {
            // CPython's recursive parser runs out of Python frames about here.
            return Err(ReError { kind: ErrKind::Recursion, msg: "maximum recursion depth exceeded".into(), pos: None });
        }
        let mut seq: Vec<Node> = Vec::new();
        let mut verbose = verbose;
        // Whether the last item came straight from a quantifier (for "multiple repeat").
        let mut last_is_repeat = false;
        loop {
            let Some(this) = self.next else { break };
            if this.is('|') || this.is(')') {
                break;
            }
            self.advance()?;
            if verbose && !this.esc {
                if matches!(this.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if this.c == '#' {
                    loop {
                        match self.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if this.esc {
                let n = self.escape(this)?;
                seq.push(n);
                last_is_repeat = false;
                continue;
            }
            match this.c {
                '[' => {
                    let n = self.parse_class()?;
                    seq.push(n);
                    last_is_repeat = false;
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.tell();
                    let (min, max) = match this.c {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.next_is('}') {
                                seq.push(Node::Literal('{'));
                                last_is_repeat = false;
                                continue;
                            }
                            let lo = self.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                            let hi = if self.matches(',')? { self.getwhile(usize::MAX, |c| c.is_ascii_digit())? } else { lo.clone() };
                            if !self.matches('}')? {
                                seq.push(Node::Literal('{'));
                                last_is_repeat = false;
                                self.seek(here)?;
                                continue;
                            }
                            let too_large = || ReError { kind: ErrKind::Overflow, msg: "the repetition number is too large".into(), pos: None };
                            let mut min = 0;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                min = lo.parse::<u64>().unwrap_or(u64::MAX);
                                if min >= MAXREPEAT {
                                    return Err(too_large());
                                }
                            }
                            if !hi.is_empty() {
                                max = hi.parse::<u64>().unwrap_or(u64::MAX);
                                if max >= MAXREPEAT {
                                    return Err(too_large());
                                }
                                if max < min {
                                    return Err(self.error("min repeat greater than max repeat", self.tell() - here));
                                }
                            }
                            (min, max)
                        }
                    };
                    let back = self.tell() - here + 1;
                    let item = match seq.last() {
                        None | Some(Node::At(_)) => return Err(self.error("nothing to repeat", back)),
                        Some(_) if last_is_repeat => return Err(self.error("multiple repeat", back)),
                        Some(_) => seq.pop().unwrap_or(Node::Concat(vec![])),
                    };
                    let kind = if self.matches('?')? {
                        RepeatKind::Lazy
                    } else if self.matches('+')? {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    seq.push(Node::Repeat { min, max, kind, body: Box::new(item) });
                    last_is_repeat = true;
                }
                '.' => {
                    seq.push(Node::Any);
                    last_is_repeat = false;
                }
                '(' => {
                    last_is_repeat = false;
                    let start = self.tell() - 1;
                    let mut capture = true;
                    let mut atomic = false;
                    let mut name: Option<String> = None;
                    let mut add = 0u32;
                    let mut del = 0u32;
                    if self.matches('?')? {
                        let Some(ch) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
                        let chc = if ch.esc { '\\' } else { ch.c };
                        if chc == 'P' {
                            if self.matches('<')? {
                                let n = self.getuntil('>', "group name")?;
                                self.checkgroupname(&n, 1)?;
                                name = Some(n);
                            } else if self.matches('=')? {
                                let n = self.getuntil(')', "group name")?;
                                self.checkgroupname(&n, 1)?;
                                let Some(&gid) = self.names.get(&n) else {
                                    return Err(self.error(format!("unknown group name {}", py_repr_str(&n)), n.chars().count() + 1));
                                };
                                if !self.checkgroup(gid) {
                                    return Err(self.error("cannot refer to an open group", n.chars().count() + 1));
                                }
                                self.checklookbehindgroup(gid)?;
                                seq.push(Node::Backref(gid));
                                continue;
                            } else {
                                let Some(c2) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
                                return Err(self.error(format!("unknown extension ?P{}", c2.text()), c2.len() + 2));
                            }
                        } else if chc == ':' {
                            capture = false;
                        } else if chc == '#' {
                            loop {
                                if self.next.is_none() {
                                    return Err(self.error("missing ), unterminated comment", self.tell() - start));
                                }
                                if self.get()?.is_some_and(|t| t.is(')')) {
                                    break;
                                }
                            }
                            continue;
                        } else if chc == '=' || chc == '!' || chc == '<' {
                            let mut kind = chc;
                            let mut behind = false;
                            let mut saved_lb = None;
                            if chc == '<' {
                                let Some(c2) = self.get()? else { return Err(self.error("unexpected end of pattern", 0)) };
                                if !(c2.is('=') || c2.is('!')) {
                                    return Err(self.error(format!("unknown extension ?<{}", c2.text()), c2.len() + 2));
                                }
                                kind = c2.c;
                                behind = true;
                                saved_lb = Some(self.lookbehind_groups);
                                if self.lookbehind_groups.is_none() {
                                    self.lookbehind_groups = Some(self.groups());
                                }
                            }
                            let body = self.parse_sub(verbose, nested + 1)?;
                            if let Some(prev) = saved_lb {
                                if prev.is_none() {
                                    self.lookbehind_groups = None;
                                }
                            }
                            if !self.matches(')')? {
                                return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
                            }
                            seq.push(Node::Look { behind, negate: kind == '!', body: Box::new(body) });
                            continue;
                        } else if chc == '(' {
                            let condname = self.getuntil(')', "group name")?;
                            let ncount = condname.chars().count();
                            let condgroup;
                            if is_identifier(&condname) {
                                match self.names.get(&condname) {
                                    Some(&g) => condgroup = g,
                                    None => return Err(self.error(format!("unknown group name {}", py_repr_str(&condname)), ncount + 1)),
                                }
                            } else {
                                let parsed = if !condname.is_empty() && condname.chars().all(|c| c.is_ascii_digit()) { condname.parse::<u64>().ok() } else { None };
                                let Some(g) = parsed else {
                                    return Err(self.error(format!("bad character in group name {}", py_repr_str(&condname)), ncount + 1));
                                };
                                if g == 0 {
                                    return Err(self.error("bad group number", ncount + 1));
                                }
                                if g >= (1u64 << 30) {
                                    return Err(self.error(format!("invalid group reference {}", g), ncount + 1));
                                }
                                condgroup = g as usize;
                                if !self.grouprefpos.iter().any(|(gg, _)| *gg == condgroup) {
                                    let pos = self.tell() - ncount - 1;
                                    self.grouprefpos.push((condgroup, pos));
                                }
                            }
                            self.checklookbehindgroup(condgroup)?;
                            let yes = self.parse_seq(verbose, nested + 1, false)?;
                            let no = if self.matches('|')? {
                                let no = self.parse_seq(verbose, nested + 1, false)?;
                                if self.next_is('|') {
                                    return Err(self.error("conditional backref with more than two branches", 0));
                                }
                                Some(Box::new(no))
                            } else {
                                None
                            };
                            if !self.matches(')')? {
                                return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
                            }
                            seq.push(Node::Cond { group: condgroup, yes: Box::new(yes), no });
                            continue;
                        } else if chc == '>' {
                            capture = false;
                            atomic = true;
                        } else if flag_of(chc).is_some() || chc == '-' {
                            match self.parse_flags(chc)? {
                                None => {
                                    if !first || !seq.is_empty() {
                                        return Err(self.error("global flags not at the start of the expression", self.tell() - start));
                                    }
                                    verbose = self.flags & VERBOSE != 0;
                                    continue;
                                }
                                Some((a, d)) => {
                                    add = a;
                                    del = d;
                                    capture = false;
                                }
                            }
                        } else {
                            return Err(self.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1));
                        }
                    }
                    let group = if capture {
                        match self.opengroup(name.as_deref()) {
                            Ok(g) => Some(g),
                            Err(msg) => return Err(self.error(msg, name.as_ref().map(|n| n.chars().count()).unwrap_or(0) + 1)),
                        }
                    } else {
                        None
                    };
                    let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                    let body = self.parse_sub(sub_verbose, nested + 1)?;
                    if !self.matches(')')? {
                        return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
                    }
                    if let Some(g) = group {
                        self.closegroup(g, &body);
                    }
                    if atomic {
                        seq.push(Node::Atomic(Box::new(body)));
                    } else {
                        seq.push(Node::Group { index: group, add, del, body: Box::new(body) });
                    }
                }
                '^' => {
                    seq.push(Node::At(At::Beginning));
                    last_is_repeat = false;
                }
                '$' => {
                    seq.push(Node::At(At::End));
                    last_is_repeat = false;
                }
                c => {
                    seq.push(Node::Literal(c));
                    last_is_repeat = false;
                }
            }
        }
        if seq.len() == 1 {
            return Ok(seq.pop().unwrap_or(Node::Concat(vec![])));
        }
        Ok(Node::Concat(seq))
    }

    /// Inline flags after `(?`; None for global flags `(?i)`.
    fn parse_flags(&mut self, first: char) -> R<Option<(u32, u32)>> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut ch = first;
        if ch != '-' {
            loop {
                let flag = flag_of(ch).unwrap_or(0);
                if !self.is_bytes && ch == 'L' {
                    return Err(self.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
                if self.is_bytes && ch == 'u' {
                    return Err(self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
                }
                let Some(t) = self.get()? else { return Err(self.error("missing -, : or )", 0)) };
                if t.is(')') || t.is('-') || t.is(':') {
                    ch = t.c;
                    break;
                }
                if t.esc || flag_of(t.c).is_none() {
                    let msg = if !t.esc && t.c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                    return Err(self.error(msg, t.len()));
                }
                ch = t.c;
            }
        }
        if ch == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch == '-' {
            let Some(t) = self.get()? else { return Err(self.error("missing flag", 0)) };
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && t.c.is_alphabetic() { "unknown flag" } else { "missing flag" };
                return Err(self.error(msg, t.len()));
            }
            let mut c = t.c;
            loop {
                let flag = flag_of(c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
                }
                del |= flag;
                let Some(t) = self.get()? else { return Err(self.error("missing :", 0)) };
                if t.is(':') {
                    break;
                }
                if t.esc || flag_of(t.c).is_none() {
                    let msg = if !t.esc && t.c.is_alphabetic() { "unknown flag" } else { "missing :" };
                    return Err(self.error(msg, t.len()));
                }
                c = t.c;
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

/// Checks the flags for the pattern type (CPython's fix_flags).
fn fix_flags(is_bytes: bool, mut flags: u32) -> R<u32> {
    let verr = |m: &str| ReError { kind: ErrKind::Value, msg: m.to_string(), pos: None };
    if !is_bytes {
        if flags & LOCALE != 0 {
            return Err(verr("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(verr("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(verr("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(verr("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// Parses a pattern (a bytes pattern arrives decoded as Latin-1).
pub fn parse(pattern: &str, is_bytes: bool, flags: u32) -> R<Parsed> {
    let mut p = Parser::new(pattern.chars().collect(), is_bytes, flags)?;
    let node = p.parse_sub(flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(is_bytes, p.flags)?;
    if p.next.is_some() {
        return Err(p.error("unbalanced parenthesis", 0));
    }
    let ngroups = p.groups();
    for (g, pos) in &p.grouprefpos {
        if *g >= ngroups {
            return Err(ReError::re(format!("invalid group reference {}", g), Some(*pos)));
        }
    }
    check_lookbehinds(&p, &node)?;
    let can_consume = p.width(&node).1 > 0;
    Ok(Parsed { node, groups: ngroups - 1, names: p.name_order, flags, close_rank: p.close_rank, can_consume })
}

/// CPython's compiler requires look-behind bodies of fixed width.
fn check_lookbehinds(p: &Parser, n: &Node) -> R<()> {
    match n {
        Node::Look { behind, body, .. } => {
            if *behind {
                let (lo, hi) = p.width(body);
                if lo > MAXREPEAT {
                    return Err(ReError::re("looks too much behind", None));
                }
                if lo != hi {
                    return Err(ReError::re("look-behind requires fixed-width pattern", None));
                }
            }
            check_lookbehinds(p, body)
        }
        Node::Group { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => check_lookbehinds(p, body),
        Node::Cond { yes, no, .. } => {
            check_lookbehinds(p, yes)?;
            if let Some(no) = no {
                check_lookbehinds(p, no)?;
            }
            Ok(())
        }
        Node::Concat(items) | Node::Alt(items) => items.iter().try_for_each(|i| check_lookbehinds(p, i)),
        _ => Ok(()),
    }
}
