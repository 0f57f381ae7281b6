//! The indentation pass: turns the start of each logical line into INDENT/DEDENT
//! tokens, ends logical lines with NEWLINE, and reports IndentationError/TabError
//! the way CPython's tokenizer does.

use super::ast::Loc;
use super::lexer::{ErrorClass, Spanned, Tok};
use super::{SyntaxError, SyntaxErrorKind};

/// CPython's MAXINDENT: blocks may nest 99 deep.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// A block header (`if x:`) whose indented body has not been seen yet.
struct Pending {
    what: &'static str,
    line: u32,
    newline: Loc,
}

pub(crate) struct Layout {
    /// Indentation of each open block as (column with 8-column tabs, column with
    /// 1-column tabs); the second detects inconsistent tab use.
    stack: Vec<(u32, u32)>,
    /// Whether INDENT/DEDENT are produced at all (not for `eval()` input).
    blocks: bool,
    /// The next token starts a logical line.
    at_bol: bool,
    /// Byte offset where the current physical line starts.
    line_start: usize,
    tokens_in_line: u32,
    /// First one or two tokens of the logical line, to name a block header.
    first: Option<Tok>,
    second: Option<Tok>,
    last_is_colon: bool,
    header_line: u32,
    pending: Option<Pending>,
}

type LayoutResult = Result<(), (SyntaxError, ErrorClass)>;

fn indentation_error(msg: &str, line: u32, col: u32) -> SyntaxError {
    SyntaxError::new(msg, line, col).with_kind(SyntaxErrorKind::IndentationError)
}

impl Layout {
    pub fn new(blocks: bool) -> Layout {
        Layout {
            stack: vec![(0, 0)],
            blocks,
            at_bol: true,
            line_start: 0,
            tokens_in_line: 0,
            first: None,
            second: None,
            last_is_colon: false,
            header_line: 0,
            pending: None,
        }
    }

    /// Called before every real token (outside brackets or not).
    pub fn before_token(&mut self, src: &str, tok: &Tok, loc: Loc, out: &mut Vec<Spanned>) -> LayoutResult {
        if self.at_bol {
            self.at_bol = false;
            if self.blocks {
                self.indent(src, loc, out)?;
            }
        }
        if self.tokens_in_line == 0 {
            self.first = Some(tok.clone());
            self.second = None;
            self.header_line = loc.line;
        } else if self.tokens_in_line == 1 {
            self.second = Some(tok.clone());
        }
        self.tokens_in_line += 1;
        self.last_is_colon = matches!(tok, Tok::Colon);
        Ok(())
    }

    /// A line break outside brackets at byte `end` (just after the break).
    pub fn newline(&mut self, loc: Loc, end: usize, out: &mut Vec<Spanned>) {
        if self.tokens_in_line > 0 {
            self.end_logical_line(loc, out);
        }
        self.at_bol = true;
        self.line_start = end;
    }

    fn end_logical_line(&mut self, loc: Loc, out: &mut Vec<Spanned>) {
        out.push((loc, Tok::Newline, loc));
        if self.blocks && self.last_is_colon {
            if let Some(what) = self.header_name() {
                self.pending = Some(Pending { what, line: self.header_line, newline: loc });
            }
        }
        self.tokens_in_line = 0;
        self.last_is_colon = false;
    }

    /// How CPython names a block header in "expected an indented block after ...".
    fn header_name(&self) -> Option<&'static str> {
        let kw = match (&self.first, &self.second) {
            (Some(Tok::Async), Some(t)) => t,
            (Some(t), _) => t,
            _ => return None,
        };
        Some(match kw {
            Tok::If => "'if' statement",
            Tok::Elif => "'elif' statement",
            Tok::Else => "'else' statement",
            Tok::While => "'while' statement",
            Tok::For => "'for' statement",
            Tok::With => "'with' statement",
            Tok::Try => "'try' statement",
            Tok::Except => "'except' statement",
            Tok::Finally => "'finally' statement",
            Tok::Def => "function definition",
            Tok::Class => "class definition",
            _ => return None,
        })
    }

    /// Measures the indentation of the line holding the token at `loc` and emits
    /// INDENT/DEDENT tokens.
    fn indent(&mut self, src: &str, loc: Loc, out: &mut Vec<Spanned>) -> LayoutResult {
        let (mut col, mut alt) = (0u32, 0u32);
        for c in src[self.line_start..].bytes() {
            match c {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_error = || {
            let e = SyntaxError::new("inconsistent use of tabs and spaces in indentation", loc.line, 1)
                .with_kind(SyntaxErrorKind::TabError);
            (e, ErrorClass::Tokenizer)
        };
        let (top, top_alt) = *self.stack.last().unwrap_or(&(0, 0));
        let mut indented = false;
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if self.stack.len() >= MAX_INDENT {
                let e = indentation_error("too many levels of indentation", loc.line, 1);
                return Err((e, ErrorClass::Tokenizer));
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.stack.push((col, alt));
            out.push((loc, Tok::Indent, loc));
            indented = true;
        } else {
            while self.stack.len() > 1 && col < self.stack[self.stack.len() - 1].0 {
                self.stack.pop();
                out.push((loc, Tok::Dedent, loc));
            }
            let (top, top_alt) = *self.stack.last().unwrap_or(&(0, 0));
            if col != top {
                let line_len = src[self.line_start..].split(['\n', '\r']).next().map_or(0, |l| l.chars().count());
                let e = indentation_error(
                    "unindent does not match any outer indentation level",
                    loc.line,
                    line_len as u32 + 1,
                );
                return Err((e, ErrorClass::Tokenizer));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        if let Some(p) = self.pending.take() {
            if !indented {
                let msg = format!("expected an indented block after {} on line {}", p.what, p.line);
                return Err((indentation_error(&msg, loc.line, loc.col + 1), ErrorClass::Parser));
            }
        }
        Ok(())
    }

    /// End of input outside brackets: closes the last line and all open blocks.
    pub fn finish(&mut self, eof: Loc, out: &mut Vec<Spanned>) -> LayoutResult {
        if self.tokens_in_line > 0 {
            self.end_logical_line(eof, out);
        }
        if let Some(p) = self.pending.take() {
            let msg = format!("expected an indented block after {} on line {}", p.what, p.line);
            let e = indentation_error(&msg, p.newline.line, p.newline.col + 1).incomplete();
            return Err((e, ErrorClass::Parser));
        }
        while self.stack.len() > 1 {
            self.stack.pop();
            out.push((eof, Tok::Dedent, eof));
        }
        Ok(())
    }
}
