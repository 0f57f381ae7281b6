//! The tokenizer. `logos` recognizes names, operators, comments and line breaks;
//! a driver loop scans numbers and string literals by hand (for CPython's error
//! messages), tracks brackets, and feeds the indentation pass in `indent.rs`.
//!
//! The whole input is tokenized before parsing. The parser consumes the tokens
//! lazily, so an error the parser finds early still wins over a lexer error found
//! later, except where CPython prefers the tokenizer's error (see `parser.rs`).

use logos::Logos;
use num_bigint::BigInt;
use std::cell::Cell;

use super::ast::{FPart, Loc};
use super::fstring::FString;
use super::indent::Layout;
use super::numbers::{scan_number, Number};
use super::strings::{decode_bytes, decode_str, scan_literal, Prefix};
use super::SyntaxError;

/// CPython's MAXLEVEL: brackets may nest 200 deep.
const MAX_BRACKET_DEPTH: usize = 200;

/// Bound on the estimated depth of any expression tree, so that the parser's
/// output (and every recursive pass over it) stays far from the native stack
/// limit. See `Nesting`.
pub const MAX_EXPR_NESTING: u32 = 2000;

/// One literal of a (possibly implicitly concatenated) string.
#[derive(Clone, Debug)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    Format(Vec<FPart>),
}

/// A token as the grammar sees it.
#[derive(Clone, Debug)]
pub enum Tok {
    /// Synthetic first token selecting the grammar's start rule.
    StartModule,
    StartExpression,
    StartFString,
    Newline,
    Indent,
    Dedent,
    /// A `(` directly after `with` whose `)` is followed by `:`: the parenthesized
    /// form `with (a as b, c as d):`, which LR(1) could not tell from a tuple.
    WithParen,
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    /// A character no rule accepts (`$`, `?`, `!`): the parser reports "invalid syntax".
    Invalid,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    DoubleSlash,
    At,
    RArrow,
    Ellipsis,
    ColonEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
}

pub type Spanned = (Loc, Tok, Loc);

/// The raw tokens `logos` recognizes. Numbers and strings are only recognized by
/// their first characters; the driver scans the rest.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Word,
    #[regex(r#"([rRuUfFbB]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    StrStart,
    #[regex(r"[0-9]|\.[0-9]")]
    NumStart,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("//")]
    DoubleSlash,
    #[token("@")]
    At,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

fn operator(raw: Raw) -> Tok {
    match raw {
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::Circumflex => Tok::Circumflex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::At => Tok::At,
        Raw::RArrow => Tok::RArrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AtEqual => Tok::AtEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::Newline | Raw::Continuation | Raw::Backslash | Raw::Word | Raw::StrStart | Raw::NumStart => Tok::Invalid,
    }
}

fn keyword(word: &str) -> Option<Tok> {
    Some(match word {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

/// Which start rule of the grammar the tokens are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Statements with INDENT/DEDENT.
    Module,
    /// `eval()` input: one expression list, no blocks.
    Expression,
    /// The expression of an f-string field: line breaks are insignificant, as if
    /// the text were in parentheses.
    FString,
}

pub(crate) struct Config {
    pub mode: Mode,
    /// Position of the first byte of the input (f-string fields start mid-line).
    pub base: Loc,
    /// How many f-strings enclose this input.
    pub fdepth: u32,
    /// Nesting estimate inherited from the enclosing expression.
    pub nesting: u32,
}

impl Config {
    pub fn new(mode: Mode) -> Config {
        Config { mode, base: Loc { line: 1, col: 0 }, fdepth: 0, nesting: 0 }
    }
}

/// How an error found by the lexer interacts with errors found by the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorClass {
    /// A tokenizer error: CPython reports it even when the parser failed earlier.
    Tokenizer,
    /// An error CPython's parser would report (a missing indented block): it only
    /// counts if the parser gets that far.
    Parser,
    /// End of input inside brackets.
    UnclosedAtEof,
}

pub(crate) struct Lexed {
    pub tokens: Vec<Spanned>,
    /// An error that ends the token stream.
    pub error: Option<(SyntaxError, ErrorClass)>,
    /// A tokenizer error found after a `Parser`-class `error`.
    pub late_error: Option<SyntaxError>,
    /// The innermost bracket still open at end of input, and where it opened.
    pub unclosed: Option<(char, Loc)>,
}

/// Maps byte offsets to positions. Columns count characters: on ASCII lines that
/// is a subtraction; on other lines counting starts from the last position looked
/// up (lookups mostly move forward a little), so long lines stay linear.
struct LineIndex<'s> {
    src: &'s str,
    starts: Vec<usize>,
    ascii: Vec<bool>,
    base: Loc,
    cursor: Cell<(usize, usize, u32)>,
}

impl<'s> LineIndex<'s> {
    fn new(src: &'s str, base: Loc) -> LineIndex<'s> {
        let b = src.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let ascii = (0..starts.len())
            .map(|i| {
                let end = starts.get(i + 1).copied().unwrap_or(b.len());
                b[starts[i]..end].is_ascii()
            })
            .collect();
        LineIndex { src, starts, ascii, base, cursor: Cell::new((0, 0, 0)) }
    }

    fn loc(&self, byte: usize) -> Loc {
        let byte = byte.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= byte) - 1;
        let start = self.starts[line];
        let b = self.src.as_bytes();
        let col = if self.ascii[line] {
            (byte - start) as u32
        } else {
            let (c_line, c_byte, c_col) = self.cursor.get();
            let col = if c_line != line || byte - start < byte.abs_diff(c_byte) {
                count_chars(&b[start..byte])
            } else if c_byte <= byte {
                c_col + count_chars(&b[c_byte..byte])
            } else {
                c_col - count_chars(&b[byte..c_byte])
            };
            self.cursor.set((line, byte, col));
            col
        };
        let line = line as u32;
        if line == 0 {
            Loc { line: self.base.line, col: self.base.col + col }
        } else {
            Loc { line: self.base.line + line, col }
        }
    }

    /// 1-based number of the line holding the last character.
    fn last_line(&self) -> u32 {
        let ends_with_break = self.src.ends_with(['\n', '\r']);
        let lines = self.starts.len() as u32 - u32::from(ends_with_break && self.starts.len() > 1);
        self.base.line + lines - 1
    }
}

/// Characters in a UTF-8 byte range (counting lead bytes only).
fn count_chars(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

/// Estimates expression depth from the token stream: a node of an expression
/// tree always owns at least one operator-like token (an operator, keyword,
/// opening bracket), so the depth at any point is bounded by the number of such
/// tokens since the last separator, summed over the enclosing brackets. Commas
/// separate the children of a bracket's node (except inside `lambda` parameter
/// lists, which the lambda node spans); `;` and line ends separate statements.
struct Nesting {
    /// Per bracket level: (operator-like tokens since the last separator,
    /// `lambda`s whose `:` has not been seen yet).
    levels: Vec<(u32, u32)>,
    total: u32,
    inherited: u32,
}

impl Nesting {
    fn new(inherited: u32) -> Nesting {
        Nesting { levels: vec![(0, 0)], total: 0, inherited }
    }

    fn reset_top(&mut self) {
        if let Some(top) = self.levels.last_mut() {
            self.total -= top.0;
            top.0 = 0;
        }
    }

    fn end_statement(&mut self) {
        self.levels.truncate(1);
        self.levels[0] = (0, 0);
        self.total = 0;
    }

    /// Accounts for a token; returns the current estimate.
    fn token(&mut self, tok: &Tok) -> u32 {
        let top_level = self.levels.len() == 1;
        let in_lambda_params = self.levels.last().is_some_and(|l| l.1 > 0);
        match tok {
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis => {}
            Tok::Comma if !in_lambda_params => self.reset_top(),
            Tok::Equal if top_level && !in_lambda_params => self.reset_top(),
            Tok::Semi if top_level => self.end_statement(),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if self.levels.len() > 1 {
                    if let Some((count, _)) = self.levels.pop() {
                        self.total -= count;
                    }
                }
            }
            _ => {
                if let Some(top) = self.levels.last_mut() {
                    top.0 += 1;
                    match tok {
                        Tok::Lambda => top.1 += 1,
                        Tok::Colon if top.1 > 0 => top.1 -= 1,
                        _ => {}
                    }
                }
                self.total += 1;
                if matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithParen) {
                    self.levels.push((0, 0));
                }
            }
        }
        self.inherited + self.total + self.levels.len() as u32
    }
}

struct Lexer<'s> {
    src: &'s str,
    cfg: &'s Config,
    idx: LineIndex<'s>,
    out: Vec<Spanned>,
    brackets: Vec<(u8, Loc)>,
    layout: Layout,
    nesting: Nesting,
    error: Option<(SyntaxError, ErrorClass)>,
    late_error: Option<SyntaxError>,
    /// Set once lexing must stop (a tokenizer error was found).
    stop: bool,
    unclosed: Option<(char, Loc)>,
}

/// Tokenizes `src` for the given start rule.
pub(crate) fn tokenize(src: &str, cfg: &Config) -> Lexed {
    let mut lx = Lexer {
        src,
        cfg,
        idx: LineIndex::new(src, cfg.base),
        out: Vec::new(),
        brackets: Vec::new(),
        layout: Layout::new(cfg.mode != Mode::FString),
        nesting: Nesting::new(cfg.nesting),
        error: None,
        late_error: None,
        stop: false,
        unclosed: None,
    };
    let start = match cfg.mode {
        Mode::Module => Tok::StartModule,
        Mode::Expression => Tok::StartExpression,
        Mode::FString => Tok::StartFString,
    };
    lx.out.push((cfg.base, start, cfg.base));
    lx.run();
    mark_with_parens(&mut lx.out);
    Lexed { tokens: lx.out, error: lx.error, late_error: lx.late_error, unclosed: lx.unclosed }
}

impl<'s> Lexer<'s> {
    fn run(&mut self) {
        let mut raw = Raw::lexer(self.src);
        while let Some(next) = raw.next() {
            let span = raw.span();
            match next {
                Err(()) => self.bad_char(span.start),
                Ok(Raw::Newline) => self.newline(span.start, span.end),
                Ok(Raw::Continuation) => {
                    if span.end == self.src.len() {
                        // CPython points at the line break.
                        self.eof_after_backslash(span.start + 1);
                    }
                }
                Ok(Raw::Backslash) => {
                    if span.end == self.src.len() {
                        self.eof_after_backslash(span.end);
                    } else {
                        let loc = self.idx.loc(span.end);
                        let e = SyntaxError::new(
                            "unexpected character after line continuation character",
                            loc.line,
                            loc.col + 1,
                        );
                        self.fail(e, ErrorClass::Tokenizer);
                    }
                }
                Ok(Raw::Word) => self.word(span.start, span.end),
                Ok(Raw::StrStart) => {
                    let end = self.string(span.start, span.end);
                    raw.bump(end.saturating_sub(span.end));
                }
                Ok(Raw::NumStart) => {
                    let end = self.number(span.start);
                    raw.bump(end.saturating_sub(span.end));
                }
                Ok(op) => self.token(span.start, span.end, operator(op)),
            }
            if self.stop {
                return;
            }
        }
        self.end_of_input();
    }

    /// Records an error. A tokenizer error stops lexing; after a parser-class
    /// error, lexing goes on (emitting nothing) to look for a tokenizer error.
    fn fail(&mut self, err: SyntaxError, class: ErrorClass) {
        if self.error.is_none() {
            self.stop = class != ErrorClass::Parser;
            self.error = Some((err, class));
        } else if class == ErrorClass::Tokenizer {
            self.late_error = Some(err);
            self.stop = true;
        }
    }

    fn emit(&mut self, tok: Spanned) {
        if self.error.is_none() {
            self.out.push(tok);
        }
    }

    /// Input ends right after a line-continuation backslash; `at` is the offset
    /// the error points to.
    fn eof_after_backslash(&mut self, at: usize) {
        let loc = self.idx.loc(at);
        let e = SyntaxError::new("unexpected EOF while parsing", loc.line, loc.col + 1).incomplete();
        self.fail(e, ErrorClass::Tokenizer);
    }

    fn newline(&mut self, start: usize, end: usize) {
        if self.cfg.mode == Mode::FString || !self.brackets.is_empty() {
            return;
        }
        let loc = self.idx.loc(start);
        let mut out = Vec::new();
        self.layout.newline(loc, end, &mut out);
        if !out.is_empty() {
            self.nesting.end_statement();
        }
        for t in out {
            self.emit(t);
        }
    }

    fn end_of_input(&mut self) {
        let eof = self.idx.loc(self.src.len());
        if let Some(&(open, loc)) = self.brackets.last() {
            self.unclosed = Some((open as char, loc));
            let e = SyntaxError::at(format!("'{}' was never closed", open as char), loc).incomplete();
            self.fail(e, ErrorClass::UnclosedAtEof);
            return;
        }
        if self.cfg.mode == Mode::FString {
            return;
        }
        let mut out = Vec::new();
        let result = self.layout.finish(eof, &mut out);
        for t in out {
            self.emit(t);
        }
        if let Err((e, class)) = result {
            self.fail(e, class);
        }
    }

    /// A character no raw token matches.
    fn bad_char(&mut self, at: usize) {
        let c = self.src[at..].chars().next().unwrap_or('\0');
        let loc = self.idx.loc(at);
        match c {
            '\0' => {
                let e = SyntaxError::at("source code cannot contain null bytes", loc);
                self.fail(e, ErrorClass::Tokenizer);
            }
            '$' | '?' | '!' | '`' => self.token(at, at + 1, Tok::Invalid),
            _ => self.fail(invalid_character(c, loc), ErrorClass::Tokenizer),
        }
    }

    /// A name or keyword; non-ASCII characters are checked here.
    fn word(&mut self, start: usize, end: usize) {
        let text = &self.src[start..end];
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let ok = c.is_ascii_alphanumeric()
                    || c == '_'
                    || (!c.is_ascii() && if i == 0 { c.is_alphabetic() } else { is_id_continue(c) });
                if !ok || (i == 0 && c.is_ascii_digit()) {
                    let loc = self.idx.loc(start + i);
                    self.fail(invalid_character(c, loc), ErrorClass::Tokenizer);
                    return;
                }
            }
        }
        let tok = match keyword(text) {
            Some(k) => k,
            None if text.is_ascii() => Tok::Name(text.to_string()),
            None => Tok::Name(normalize_identifier(text)),
        };
        self.token(start, end, tok);
    }

    /// A numeric literal starting at `start`; returns where it ends.
    fn number(&mut self, start: usize) -> usize {
        match scan_number(self.src, start) {
            Ok((n, end)) => {
                let tok = match n {
                    Number::Int(v) => Tok::Int(v),
                    Number::Float(v) => Tok::Float(v),
                    Number::Imag(v) => Tok::Imag(v),
                };
                self.token(start, end, tok);
                end
            }
            Err(e) => {
                let loc = self.idx.loc(e.pos);
                let col = if e.plus_one { loc.col + 1 } else { loc.col.max(1) };
                self.fail(SyntaxError::new(e.msg, loc.line, col), ErrorClass::Tokenizer);
                start + 1
            }
        }
    }

    /// A string literal whose prefix and opening quote span `start..open_end`;
    /// returns where the literal ends.
    fn string(&mut self, start: usize, open_end: usize) -> usize {
        let bytes = self.src.as_bytes();
        let quote = bytes[open_end - 1];
        let prefix = Prefix::parse(&self.src[start..open_end - 1]);
        let triple = bytes.get(open_end) == Some(&quote) && bytes.get(open_end + 1) == Some(&quote);
        let body_start = if triple { open_end + 2 } else { open_end };
        let start_loc = self.idx.loc(start);
        let (body_end, end) = match scan_literal(self.src, body_start, quote, triple) {
            Ok(r) => r,
            Err(u) => {
                let at = self.idx.loc(u.detected_at).line;
                let (msg, incomplete) = if triple {
                    (
                        format!(
                            "unterminated triple-quoted string literal (detected at line {})",
                            self.idx.last_line()
                        ),
                        true,
                    )
                } else {
                    (format!("unterminated string literal (detected at line {at})"), false)
                };
                let mut e = SyntaxError::at(msg, start_loc);
                e.incomplete = incomplete;
                self.fail(e, ErrorClass::Tokenizer);
                return self.src.len();
            }
        };
        let body = &self.src[body_start..body_end];
        let end_loc = self.idx.loc(end);
        let decoded = if prefix.bytes {
            decode_bytes(body, prefix.raw).map(StrLit::Bytes)
        } else if prefix.format {
            return self.fstring(start, end, body_start, body, prefix.raw, end_loc);
        } else {
            decode_str(body, prefix.raw).map(StrLit::Str)
        };
        match decoded {
            Ok(lit) => self.token(start, end, Tok::Str(lit)),
            Err(e) => {
                let loc = if e.at_start { start_loc } else { end_loc };
                self.fail(SyntaxError::at(e.msg, loc), ErrorClass::Tokenizer);
            }
        }
        end
    }

    fn fstring(&mut self, start: usize, end: usize, body_start: usize, body: &str, raw: bool, end_loc: Loc) -> usize {
        if self.error.is_some() {
            // Only looking for tokenizer errors now; field expressions are not parsed.
            return end;
        }
        let idx = &self.idx;
        let loc_of = |offset: usize| idx.loc(body_start + offset);
        let fs = FString {
            body,
            raw,
            loc_of: &loc_of,
            err_loc: end_loc,
            depth: self.cfg.fdepth,
            nesting: self.cfg.nesting + self.nesting.total + self.nesting.levels.len() as u32,
        };
        match fs.parse() {
            Ok(parts) => self.token(start, end, Tok::Str(StrLit::Format(parts))),
            Err(e) => self.fail(e, ErrorClass::Tokenizer),
        }
        end
    }

    /// Every real token passes through here.
    fn token(&mut self, start: usize, end: usize, tok: Tok) {
        let loc = self.idx.loc(start);
        let end_loc = self.idx.loc(end);
        if self.brackets.is_empty() {
            let mut out = Vec::new();
            let r = self.layout.before_token(self.src, &tok, loc, &mut out);
            for t in out {
                self.emit(t);
            }
            if let Err((e, class)) = r {
                self.fail(e, class);
                if self.stop {
                    return;
                }
            }
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    self.fail(SyntaxError::at("too many nested parentheses", loc), ErrorClass::Tokenizer);
                    return;
                }
                self.brackets.push((self.src.as_bytes()[start], loc));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let close = self.src.as_bytes()[start];
                match self.brackets.pop() {
                    None => {
                        let e = SyntaxError::at(format!("unmatched '{}'", close as char), loc);
                        self.fail(e, ErrorClass::Tokenizer);
                        return;
                    }
                    Some((open, open_loc)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if close != expected {
                            let mut msg = format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                close as char, open as char
                            );
                            if open_loc.line != loc.line {
                                msg.push_str(&format!(" on line {}", open_loc.line));
                            }
                            self.fail(SyntaxError::at(msg, loc), ErrorClass::Tokenizer);
                            return;
                        }
                    }
                }
            }
            _ => {}
        }
        let estimate = self.nesting.token(&tok);
        if estimate > MAX_EXPR_NESTING {
            let e = SyntaxError::at("too many nested expressions (nesting too deep to compile)", loc);
            self.fail(e, ErrorClass::Tokenizer);
            return;
        }
        self.emit((loc, tok, end_loc));
    }
}

/// CPython normalizes identifiers to NFKC. Without the Unicode tables only the
/// commonest case is handled: fullwidth ASCII letters, digits and `_`.
fn normalize_identifier(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF3F | 0xFF41..=0xFF5A => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// XID_Continue, approximated: letters and digits plus the combining marks that
/// `char::is_alphanumeric` leaves out.
fn is_id_continue(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x0610..=0x061A
            | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x093C | 0x094D
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x203F | 0x2040
            | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34
            | 0xFE4D..=0xFE4F | 0xFF3F | 0xE0100..=0xE01EF)
}

fn invalid_character(c: char, loc: Loc) -> SyntaxError {
    let printable = !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
        || (0xE000..=0xF8FF).contains(&(c as u32)));
    let msg = if printable {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    SyntaxError::at(msg, loc)
}

/// Turns the `(` of `with (...)` into `WithParen` when its `)` is followed by `:`.
fn mark_with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if !matches!(tokens[i].1, Tok::With) || !matches!(tokens[i + 1].1, Tok::LPar) {
            continue;
        }
        let mut depth = 0usize;
        for j in i + 1..tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        if matches!(tokens.get(j + 1), Some((_, Tok::Colon, _))) {
                            tokens[i + 1].1 = Tok::WithParen;
                        }
                        break;
                    }
                }
                Tok::Newline => break,
                _ => {}
            }
        }
    }
}
