//! Runs the generated LR parser over the lexer's tokens, and turns failures into
//! CPython-style SyntaxErrors: which of a lexer and a parser error wins, and the
//! more specific messages CPython gives for common mistakes.

use lalrpop_util::{lalrpop_mod, ParseError};

use super::actions::{PErr, Top};
use super::ast::{Expr, Loc, Stmt};
use super::lexer::{tokenize, Config, ErrorClass, Lexed, Mode, Spanned, Tok};
use super::{SyntaxError, SyntaxErrorKind};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code, unused_mut, unused_variables)]
    python,
    "/python.rs"
);

pub(crate) fn parse_module(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    match run(src, &Config::new(Mode::Module))? {
        Top::Module(body) => Ok(body),
        Top::Expr(_) => Err(SyntaxError::new("invalid syntax", 1, 1)),
    }
}

pub(crate) fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    // eval() ignores leading spaces and tabs.
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    let trimmed = src.trim_start_matches([' ', '\t']);
    let mut cfg = Config::new(Mode::Expression);
    cfg.base = Loc { line: 1, col: (src.len() - trimmed.len()) as u32 };
    match run(trimmed, &cfg)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new("invalid syntax", 1, 1)),
    }
}

/// Parses the expression of an f-string field; `start` is where `text` begins.
pub(crate) fn parse_fstring_expr(text: &str, start: Loc, fdepth: u32, nesting: u32) -> Result<Expr, SyntaxError> {
    let cfg = Config { mode: Mode::FString, base: start, fdepth, nesting };
    match run_classified(text, &cfg) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(SyntaxError::at("f-string: invalid syntax", start)),
        // As in CPython, the parser's messages (not the tokenizer's) name the f-string.
        Err((mut e, from_tokenizer)) => {
            if !from_tokenizer && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

fn run(src: &str, cfg: &Config) -> Result<Top, SyntaxError> {
    run_classified(src, cfg).map_err(|(e, _)| e)
}

/// Parses; an error comes with whether the tokenizer (rather than the parser)
/// produced it.
fn run_classified(src: &str, cfg: &Config) -> Result<Top, (SyntaxError, bool)> {
    let Lexed { tokens, error, late_error, unclosed } = tokenize(src, cfg);
    let lex_error = error.as_ref().map(|_| Err(PErr::Lex));
    let result = python::TopParser::new().parse(tokens.into_iter().map(Ok).chain(lex_error));
    let err = match result {
        Ok(top) => return Ok(top),
        Err(e) => e,
    };
    // CPython re-tokenizes the rest of the input after a parser error and
    // reports a tokenizer error (or a bracket never closed) instead.
    // `line` is where the parser stopped.
    let prefer_tokenizer = |e: SyntaxError, line: u32| -> (SyntaxError, bool) {
        if let Some(late) = &late_error {
            return (late.clone(), true);
        }
        if let Some((lex, ErrorClass::Tokenizer)) = &error {
            return (lex.clone(), true);
        }
        if let Some((open, loc)) = unclosed {
            if line > loc.line {
                return (SyntaxError::at(format!("'{open}' was never closed"), loc), true);
            }
        }
        (e, false)
    };
    Err(match err {
        ParseError::User { error: PErr::Lex } => match (&error, &late_error) {
            (Some((_, ErrorClass::Parser)), Some(late)) => (late.clone(), true),
            (Some((e, class)), _) => (e.clone(), *class != ErrorClass::Parser),
            (None, _) => (SyntaxError::new("invalid syntax", 1, 1), false),
        },
        ParseError::User { error: PErr::Grammar(e) } => {
            let line = e.line;
            prefer_tokenizer(e, line)
        }
        ParseError::UnrecognizedToken { token: (loc, tok, _), expected } => match tok {
            Tok::Indent => {
                let e = SyntaxError::new("unexpected indent", loc.line, loc.col.max(1));
                (e.with_kind(SyntaxErrorKind::IndentationError), false)
            }
            Tok::Dedent => {
                let e = SyntaxError::new("unexpected unindent", loc.line, loc.col + 1);
                (e.with_kind(SyntaxErrorKind::IndentationError), false)
            }
            _ => prefer_tokenizer(describe(src, cfg, loc, &tok, &expected), loc.line),
        },
        ParseError::UnrecognizedEof { location, expected } => {
            let msg = if expects(&expected, "except") && expects(&expected, "finally") {
                "expected 'except' or 'finally' block"
            } else {
                "invalid syntax"
            };
            (SyntaxError::at(msg, location).incomplete(), false)
        }
        ParseError::InvalidToken { location } => (SyntaxError::at("invalid syntax", location), false),
        ParseError::ExtraToken { token: (loc, _, _) } => (SyntaxError::at("invalid syntax", loc), false),
    })
}

/// Whether lalrpop's list of expected terminals includes the quoted terminal `t`.
fn expects(expected: &[String], t: &str) -> bool {
    expected.iter().any(|e| e.len() == t.len() + 2 && e.starts_with('"') && e[1..].starts_with(t))
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Lambda
            | Tok::Not
            | Tok::Tilde
            | Tok::Await
    )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

fn is_open(t: &Tok) -> bool {
    matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithParen)
}

fn is_close(t: &Tok) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// The index of the bracket opening the one closed at `close`.
fn matching_open(toks: &[Spanned], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..=close).rev() {
        if is_close(&toks[j].1) {
            depth += 1;
        } else if is_open(&toks[j].1) {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}

/// Walks back from the last token of a primary expression (`a.b(c)[d]`) to its
/// first token.
fn primary_start(toks: &[Spanned], last: usize) -> usize {
    let mut j = last;
    loop {
        if is_close(&toks[j].1) {
            let Some(open) = matching_open(toks, j) else { return j };
            j = open;
            let trailer = matches!(toks[j].1, Tok::LPar | Tok::LSqb) && j > 0 && ends_expression(&toks[j - 1].1);
            if !trailer {
                return j;
            }
            j -= 1;
        } else if j >= 2 && matches!(toks[j - 1].1, Tok::Dot) && ends_expression(&toks[j - 2].1) {
            j -= 2;
        } else if j >= 1 && matches!(toks[j].1, Tok::Str(_)) && matches!(toks[j - 1].1, Tok::Str(_)) {
            // Implicitly concatenated strings form one atom.
            j -= 1;
        } else {
            return j;
        }
    }
}

/// The noun CPython would use for the primary expression spanning `start..=last`.
fn primary_name(toks: &[Spanned], start: usize, last: usize) -> Option<&'static str> {
    Some(match &toks[last].1 {
        Tok::RPar if start != matching_open(toks, last)? => "function call",
        Tok::RSqb if start != matching_open(toks, last)? => "subscript",
        Tok::Name(_) if last > start => "attribute",
        Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => "literal",
        Tok::Ellipsis => "ellipsis",
        Tok::RBrace => "dict literal",
        _ => return None,
    })
}

/// What `describe` knows about the failing token's surroundings.
struct Context<'a> {
    toks: &'a [Spanned],
    /// Index of the failing token (at least 1: the start token comes first).
    i: usize,
    tok: &'a Tok,
    prev: &'a Tok,
    expected: &'a [String],
    /// Bracket depth at the failing token, and the innermost open bracket.
    depth: usize,
    innermost: Option<&'a Tok>,
    /// First token inside the innermost bracket (or of the logical line).
    inner_start: usize,
    line_start: usize,
    /// The logical line's first keyword (after `async`).
    first: Option<&'a Tok>,
    in_def_params: bool,
    in_lambda_params: bool,
}

impl<'a> Context<'a> {
    fn new(toks: &'a [Spanned], i: usize, expected: &'a [String]) -> Context<'a> {
        let mut line_start = 1;
        let mut open: Vec<usize> = Vec::new();
        for (j, t) in toks[..i].iter().enumerate() {
            if is_open(&t.1) {
                open.push(j);
            } else if is_close(&t.1) {
                open.pop();
            } else if matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent) {
                line_start = j + 1;
            }
        }
        let first = match (toks.get(line_start), toks.get(line_start + 1)) {
            (Some((_, Tok::Async, _)), Some(t)) => Some(&t.1),
            (f, _) => f.map(|t| &t.1),
        };
        let innermost = open.last().map(|&o| &toks[o].1);
        let mut cx = Context {
            toks,
            i,
            tok: &toks[i].1,
            prev: &toks[i - 1].1,
            expected,
            depth: open.len(),
            innermost,
            inner_start: open.last().map_or(line_start, |&o| o + 1),
            line_start,
            first,
            in_def_params: open.len() == 1 && matches!(first, Some(Tok::Def)) && matches!(innermost, Some(Tok::LPar)),
            in_lambda_params: false,
        };
        // Inside a lambda's parameters when a `lambda` at this level has not
        // reached its `:` yet.
        let mut pending = 0;
        for t in cx.at_level(cx.inner_start) {
            match t.1 {
                Tok::Lambda => pending += 1,
                Tok::Colon if pending > 0 => pending -= 1,
                _ => {}
            }
        }
        cx.in_lambda_params = pending > 0;
        cx
    }

    /// Tokens from `from` up to the failing one, outside nested brackets.
    fn at_level(&self, from: usize) -> impl Iterator<Item = &'a Spanned> {
        let mut d = 0i32;
        self.toks[from..self.i].iter().filter(move |t| {
            let here = d == 0;
            if is_open(&t.1) {
                d += 1;
            } else if is_close(&t.1) {
                d -= 1;
            }
            here && !is_close(&t.1)
        })
    }

    fn in_params(&self) -> bool {
        self.in_def_params || self.in_lambda_params
    }

    fn expects(&self, t: &str) -> bool {
        expects(self.expected, t)
    }

    fn error(&self, msg: impl Into<String>, at: usize) -> Option<SyntaxError> {
        Some(SyntaxError::at(msg, self.toks[at].0))
    }
}

/// A message for a token the grammar did not accept, as specific as CPython's
/// where a cheap look at the neighbouring tokens allows.
fn describe(src: &str, cfg: &Config, loc: Loc, tok: &Tok, expected: &[String]) -> SyntaxError {
    let generic = SyntaxError::at("invalid syntax", loc);
    // The parser consumed the tokens; lex again to look at them.
    let Lexed { tokens: toks, .. } = tokenize(src, cfg);
    let kind = std::mem::discriminant(tok);
    let Some(i) = toks.iter().position(|t| t.0 == loc && std::mem::discriminant(&t.1) == kind) else {
        return generic;
    };
    if i == 0 {
        return generic;
    }
    let cx = Context::new(&toks, i, expected);
    header_hint(&cx)
        .or_else(|| parameter_hint(&cx))
        .or_else(|| display_hint(&cx))
        .or_else(|| assignment_hint(&cx))
        .or_else(|| juxtaposition_hint(&cx))
        .unwrap_or(generic)
}

/// Block headers: a missing `:` or `(`, `try` without handlers, `except A, B`.
fn header_hint(cx: &Context) -> Option<SyntaxError> {
    let header = matches!(
        cx.first,
        Some(
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::With
                | Tok::Def
                | Tok::Class
                | Tok::Try
                | Tok::Except
                | Tok::Finally
        )
    );
    let after_header = matches!(cx.tok, Tok::Newline) || cx.depth == 0 && matches!(cx.prev, Tok::RPar);
    if header && cx.expects(":") && after_header {
        return cx.error("expected ':'", cx.i);
    }
    let is_def = matches!(cx.first, Some(Tok::Def));
    if is_def && cx.depth == 0 && matches!(cx.prev, Tok::RArrow) {
        return cx.error("expected ':'", cx.i - 1);
    }
    if cx.expects("(") && matches!(cx.prev, Tok::Name(_)) && cx.i >= 2 && matches!(cx.toks[cx.i - 2].1, Tok::Def) {
        return cx.error("expected '('", cx.i);
    }
    if cx.expects("except") && cx.expects("finally") {
        return cx.error("expected 'except' or 'finally' block", cx.i);
    }
    if matches!(cx.tok, Tok::Comma) && matches!(cx.first, Some(Tok::Except)) && cx.depth == 0 {
        return cx.error("multiple exception types must be parenthesized", (cx.line_start + 1).min(cx.i));
    }
    None
}

/// Parameter lists: `def f(a=)`, `def f(/*)`, `def f((a, b))`.
fn parameter_hint(cx: &Context) -> Option<SyntaxError> {
    if !cx.in_params() {
        return None;
    }
    if matches!(cx.prev, Tok::Equal) && matches!(cx.tok, Tok::Comma | Tok::RPar | Tok::Colon) {
        return cx.error("expected default value expression", cx.i - 1);
    }
    if matches!(cx.prev, Tok::Slash) && matches!(cx.tok, Tok::Star | Tok::DoubleStar) {
        return cx.error("expected comma between / and *", cx.i);
    }
    if matches!(cx.tok, Tok::LPar) && matches!(cx.prev, Tok::LPar | Tok::Comma | Tok::Lambda) {
        let msg = if cx.in_def_params && !cx.in_lambda_params {
            "Function parameters cannot be parenthesized"
        } else {
            "Lambda expression parameters cannot be parenthesized"
        };
        return cx.error(msg, cx.i);
    }
    None
}

/// Displays and comprehensions: `[x, y for ...]`, dict items missing a part,
/// and the conditional expression without `else`.
fn display_hint(cx: &Context) -> Option<SyntaxError> {
    if matches!(cx.tok, Tok::For | Tok::Async)
        && matches!(cx.innermost, Some(Tok::LSqb | Tok::LBrace))
        && cx.at_level(cx.inner_start).any(|t| matches!(t.1, Tok::Comma))
    {
        return cx.error("did you forget parentheses around the comprehension target?", cx.inner_start);
    }
    if matches!(cx.innermost, Some(Tok::LBrace)) {
        if matches!(cx.prev, Tok::Colon) && matches!(cx.tok, Tok::Comma | Tok::RBrace) {
            return cx.error("expression expected after dictionary key and ':'", cx.i - 1);
        }
        if matches!(cx.prev, Tok::Colon) && matches!(cx.tok, Tok::Star) {
            return cx.error("cannot use a starred expression in a dictionary value", cx.i);
        }
        if matches!(cx.tok, Tok::Comma | Tok::RBrace) {
            // A dict display whose last item lacks its `: value`.
            let items: Vec<&Spanned> = cx.at_level(cx.inner_start).collect();
            let item_start = items.iter().rposition(|t| matches!(t.1, Tok::Comma)).map_or(0, |c| c + 1);
            let is_dict = items[..item_start].iter().any(|t| matches!(t.1, Tok::Colon));
            let has_colon = items[item_start..].iter().any(|t| matches!(t.1, Tok::Colon | Tok::DoubleStar));
            if is_dict && !has_colon && item_start < items.len() {
                return Some(SyntaxError::at("':' expected after dictionary key", items[item_start].0));
            }
        }
    }
    if cx.expects("else") && !matches!(cx.tok, Tok::Else | Tok::Colon) {
        // Point at the expression before the `if`, as CPython does.
        let mut d = 0i32;
        for j in (cx.line_start..cx.i).rev() {
            let t = &cx.toks[j].1;
            if is_close(t) {
                d += 1;
            } else if is_open(t) {
                d -= 1;
            } else if d == 0 && matches!(t, Tok::If) && j > cx.line_start && ends_expression(&cx.toks[j - 1].1) {
                return cx.error("expected 'else' after 'if' expression", primary_start(cx.toks, j - 1));
            }
        }
    }
    None
}

/// `=` where an expression was expected: `if x = 1:`, `f(a) = 1` in a call.
fn assignment_hint(cx: &Context) -> Option<SyntaxError> {
    if !matches!(cx.tok, Tok::Equal) || !ends_expression(cx.prev) || cx.in_params() {
        return None;
    }
    let start = primary_start(cx.toks, cx.i - 1);
    // Not for names in `global x`, `import a`, `**kwargs` and the like.
    let before = &cx.toks[start - 1].1;
    if matches!(
        before,
        Tok::Star
            | Tok::DoubleStar
            | Tok::Global
            | Tok::Nonlocal
            | Tok::Import
            | Tok::As
            | Tok::Def
            | Tok::Class
            | Tok::From
            | Tok::Dot
    ) {
        return None;
    }
    if start == cx.i - 1 && matches!(cx.prev, Tok::Name(_)) {
        return cx.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start);
    }
    let what = primary_name(cx.toks, start, cx.i - 1)?;
    cx.error(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), start)
}

/// Two expressions side by side: `print "x"`, `[a b]`.
fn juxtaposition_hint(cx: &Context) -> Option<SyntaxError> {
    if !starts_expression(cx.tok) || !ends_expression(cx.prev) {
        return None;
    }
    let start = primary_start(cx.toks, cx.i - 1);
    if start == cx.line_start && cx.depth == 0 {
        if let Tok::Name(n) = &cx.toks[start].1 {
            if n == "print" || n == "exec" {
                return cx.error(format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"), start);
            }
        }
    }
    // CPython leaves `name "string"` alone (a mistyped string prefix).
    let name_then_string = matches!(cx.prev, Tok::Name(_)) && matches!(cx.tok, Tok::Str(_));
    if cx.depth > 0 && !name_then_string && !cx.in_params() {
        return cx.error("invalid syntax. Perhaps you forgot a comma?", start);
    }
    None
}
