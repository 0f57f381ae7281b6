//! Source text to AST: the `logos` lexer, the indentation pass, and the lalrpop grammar.
//!
//! Entry points are [`parse_module`] (a file or a REPL chunk) and [`parse_expression`]
//! (`eval()` input). Both return CPython 3.11's SyntaxError messages where practical.
//!
//! - `lexer`: tokens, with `numbers`, `strings` (literals and escapes, `unicode_names`
//!   for `\N{...}`), `fstring` (f-string fields) and `indent` (NEWLINE/INDENT/DEDENT).
//! - `parser`: runs the grammar in `grammar/python.lalrpop` (actions in `actions`) and
//!   chooses the error to report, as CPython does.

pub mod ast;
mod actions;
mod fstring;
mod indent;
pub mod lexer;
mod numbers;
mod parser;
mod strings;
pub(crate) mod unicode_names;
#[cfg(test)]
mod tests;

use std::fmt;

/// Which SyntaxError subclass CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A compile-time error with CPython's message and position.
#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (CPython's `offset`).
    pub col: u32,
    /// True when more input could complete the source (open bracket, open block,
    /// unterminated triple-quoted string): the REPL then asks for another line.
    pub incomplete: bool,
}

impl SyntaxError {
    /// A plain `SyntaxError` at a 1-based line and column.
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), line, col, incomplete: false }
    }

    /// A plain `SyntaxError` pointing at the first character of an AST position.
    pub fn at(msg: impl Into<String>, loc: ast::Loc) -> SyntaxError {
        SyntaxError::new(msg, loc.line, loc.col + 1)
    }

    pub(crate) fn with_kind(mut self, kind: SyntaxErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    pub(crate) fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }

    /// The Python class name: "SyntaxError", "IndentationError" or "TabError".
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {}, column {})", self.type_name(), self.msg, self.line, self.col)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole module (a file, an `exec()` string or a REPL chunk).
pub fn parse_module(source: &str) -> Result<Vec<ast::Stmt>, SyntaxError> {
    parser::parse_module(source)
}

/// Parses the input of `eval()`: one expression list, surrounding whitespace allowed.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    parser::parse_expression(source)
}
