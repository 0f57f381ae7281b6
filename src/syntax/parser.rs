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

/// A message for a token the grammar did not accept, as specific as CPython's
/// where a cheap look at the neighbouring tokens allows.
fn describe(src: &str, cfg: &Config, loc: Loc, tok: &Tok, expected: &[String]) -> SyntaxError {
    let generic = SyntaxError::at("invalid syntax", loc);
    let Lexed { tokens: toks, .. } = tokenize(src, cfg);
    let kind = std::mem::discriminant(tok);
    let Some(i) = toks.iter().position(|t| t.0 == loc && std::mem::discriminant(&t.1) == kind) else {
        return generic;
    };
    if i == 0 {
        return generic;
    }
    let prev = &toks[i - 1].1;
    let mut depth = 0i32;
    let mut line_start = 1;
    // Indexes of the brackets open at the failing token.
    let mut open: Vec<usize> = Vec::new();
    for (j, t) in toks[..i].iter().enumerate() {
        if is_open(&t.1) {
            depth += 1;
            open.push(j);
        } else if is_close(&t.1) {
            depth -= 1;
            open.pop();
        } else if matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            line_start = j + 1;
        }
    }
    let first = toks.get(line_start).map(|t| &t.1);
    let first = match (first, toks.get(line_start + 1)) {
        (Some(Tok::Async), Some(t)) => Some(&t.1),
        (f, _) => f,
    };
    // Tokens at the innermost bracket level, from its opening bracket on.
    let inner_start = open.last().map_or(line_start, |&o| o + 1);
    let at_level = |from: usize| {
        let mut d = 0i32;
        toks[from..i].iter().filter(move |t| {
            let here = d == 0;
            if is_open(&t.1) {
                d += 1;
            } else if is_close(&t.1) {
                d -= 1;
            }
            here && !is_close(&t.1)
        })
    };
    let innermost = open.last().map(|&o| &toks[o].1);
    // Whether the innermost bracket holds a parameter list: a `def`'s, or a
    // lambda's when a `lambda` at this level has not reached its `:` yet.
    let in_def_params = depth == 1 && matches!(first, Some(Tok::Def)) && matches!(innermost, Some(Tok::LPar));
    let in_lambda_params = {
        let mut pending = 0;
        for t in at_level(inner_start) {
            match t.1 {
                Tok::Lambda => pending += 1,
                Tok::Colon if pending > 0 => pending -= 1,
                _ => {}
            }
        }
        pending > 0
    };
    let in_params = in_def_params || in_lambda_params;
    let header = matches!(
        first,
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

    if header && expects(expected, ":") && (matches!(tok, Tok::Newline) || depth == 0 && matches!(prev, Tok::RPar)) {
        return SyntaxError::at("expected ':'", loc);
    }
    if expects(expected, "(") && matches!(prev, Tok::Name(_)) && i >= 2 && matches!(toks[i - 2].1, Tok::Def) {
        return SyntaxError::at("expected '('", loc);
    }
    if expects(expected, "except") && expects(expected, "finally") {
        return SyntaxError::at("expected 'except' or 'finally' block", loc);
    }
    if matches!(tok, Tok::Comma) && matches!(first, Some(Tok::Except)) && depth == 0 {
        let at = toks.get(line_start + 1).map_or(loc, |t| t.0);
        return SyntaxError::at("multiple exception types must be parenthesized", at);
    }
    if expects(expected, "else") && !matches!(tok, Tok::Else | Tok::Colon) {
        // Point at the expression before the `if`, as CPython does.
        let mut d = 0i32;
        for j in (line_start..i).rev() {
            let t = &toks[j].1;
            if is_close(t) {
                d += 1;
            } else if is_open(t) {
                d -= 1;
            } else if d == 0 && matches!(t, Tok::If) && j > line_start && ends_expression(&toks[j - 1].1) {
                let start = primary_start(&toks, j - 1);
                return SyntaxError::at("expected 'else' after 'if' expression", toks[start].0);
            }
        }
    }
    if in_params {
        if matches!(prev, Tok::Equal) && matches!(tok, Tok::Comma | Tok::RPar | Tok::Colon) {
            return SyntaxError::at("expected default value expression", toks[i - 1].0);
        }
        if matches!(prev, Tok::Slash) && matches!(tok, Tok::Star | Tok::DoubleStar) {
            return SyntaxError::at("expected comma between / and *", loc);
        }
        if matches!(tok, Tok::LPar) && matches!(prev, Tok::LPar | Tok::Comma | Tok::Lambda) {
            let msg = if in_def_params && !in_lambda_params {
                "Function parameters cannot be parenthesized"
            } else {
                "Lambda expression parameters cannot be parenthesized"
            };
            return SyntaxError::at(msg, loc);
        }
    }
    if matches!(tok, Tok::For | Tok::Async)
        && matches!(innermost, Some(Tok::LSqb | Tok::LBrace))
        && at_level(inner_start).any(|t| matches!(t.1, Tok::Comma))
    {
        let msg = "did you forget parentheses around the comprehension target?";
        return SyntaxError::at(msg, toks[inner_start].0);
    }
    if matches!(innermost, Some(Tok::LBrace)) {
        if matches!(prev, Tok::Colon) && matches!(tok, Tok::Comma | Tok::RBrace) {
            return SyntaxError::at("expression expected after dictionary key and ':'", toks[i - 1].0);
        }
        if matches!(prev, Tok::Colon) && matches!(tok, Tok::Star) {
            return SyntaxError::at("cannot use a starred expression in a dictionary value", loc);
        }
        if matches!(tok, Tok::Comma | Tok::RBrace) {
            // A dict display whose last item lacks its `: value`.
            let items: Vec<&Spanned> = at_level(inner_start).collect();
            let item_start = items.iter().rposition(|t| matches!(t.1, Tok::Comma)).map_or(0, |c| c + 1);
            let is_dict = items[..item_start].iter().any(|t| matches!(t.1, Tok::Colon));
            let has_colon = items[item_start..].iter().any(|t| matches!(t.1, Tok::Colon | Tok::DoubleStar));
            if is_dict && !has_colon && item_start < items.len() {
                return SyntaxError::at("':' expected after dictionary key", items[item_start].0);
            }
        }
    }
    let after_star = |start: usize| start > 0 && matches!(toks[start - 1].1, Tok::Star | Tok::DoubleStar);
    if matches!(tok, Tok::Equal) && ends_expression(prev) && !after_star(primary_start(&toks, i - 1)) {
        let start = primary_start(&toks, i - 1);
        if start == i - 1 && matches!(prev, Tok::Name(_)) {
            return SyntaxError::at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[start].0);
        }
        if let Some(what) = primary_name(&toks, start, i - 1) {
            let msg = format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
            return SyntaxError::at(msg, toks[start].0);
        }
    }
    if starts_expression(tok) && ends_expression(prev) {
        let start = primary_start(&toks, i - 1);
        if start == line_start && depth == 0 {
            if let Tok::Name(n) = &toks[start].1 {
                if n == "print" || n == "exec" {
                    let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                    return SyntaxError::at(msg, toks[start].0);
                }
            }
        }
        let name_then_string = matches!(prev, Tok::Name(_)) && matches!(tok, Tok::Str(_));
        if depth > 0 && !name_then_string {
            return SyntaxError::at("invalid syntax. Perhaps you forgot a comma?", toks[start].0);
        }
    }
    generic
}
