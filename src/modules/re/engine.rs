//! A compiled pattern over fancy-regex: searching at a position, anchored
//! matching, full matching, and Python's rules for successive matches (an
//! empty match may follow a non-empty one at the same place; after an empty
//! match the next one must not be empty at that same place).

use std::cell::OnceCell;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use super::parse::{self, ReError};

/// Byte spans of the groups of one match (index 0: the whole match).
pub type Spans = Vec<Option<(usize, usize)>>;

pub struct Compiled {
    source: String,
    regex: Regex,
    /// `(?:pattern)\z`, built on first use by fullmatch.
    full: OnceCell<Option<Regex>>,
    /// The pattern refusing empty matches, built on first need.
    not_empty: OnceCell<Option<Regex>>,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub close_rank: Vec<usize>,
    pub is_bytes: bool,
}

/// How a search is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Search,
    Match,
    Full,
}

fn build(pattern: &str, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(pattern);
    b.backtrack_limit(usize::MAX / 2).delegate_size_limit(1 << 28).delegate_dfa_size_limit(1 << 26);
    if not_empty {
        b.find_not_empty(true);
    }
    b.build()
}

/// The engine refused a pattern our parser accepted.
fn engine_error(e: fancy_regex::Error) -> ReError {
    ReError::re(format!("pattern not supported by the regex engine: {}", e), None)
}

impl Compiled {
    /// Parses and compiles `pattern` (bytes patterns arrive decoded as Latin-1).
    pub fn new(pattern: &str, is_bytes: bool, flags: u32) -> Result<Compiled, ReError> {
        let parsed = parse::parse(pattern, is_bytes, flags)?;
        let source = super::emit::emit(&parsed.node, parsed.flags, is_bytes);
        let regex = build(&source, false).map_err(engine_error)?;
        Ok(Compiled {
            source,
            regex,
            full: OnceCell::new(),
            not_empty: OnceCell::new(),
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
            close_rank: parsed.close_rank,
            is_bytes,
        })
    }

    fn full_regex(&self) -> Option<&Regex> {
        self.full.get_or_init(|| build(&format!("(?:{})\\z", self.source), false).ok()).as_ref()
    }

    fn not_empty_regex(&self) -> Option<&Regex> {
        self.not_empty.get_or_init(|| build(&self.source, true).ok()).as_ref()
    }

    fn run(re: &Regex, hay: &str, start: usize, anchored: bool, caps: bool) -> Option<Spans> {
        let input = RegexInput::new(hay).from_pos(start).anchored(anchored);
        if !caps {
            return match re.find_input(input) {
                Ok(Some(m)) => Some(vec![Some((m.start(), m.end()))]),
                _ => None,
            };
        }
        match re.captures_input(input) {
            Ok(Some(c)) => Some((0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()),
            _ => None,
        }
    }

    /// One search of `hay` (already cut at endpos) from byte `start`.
    /// With `caps` false only the span of group 0 is filled in.
    pub fn search(&self, hay: &str, start: usize, mode: Mode, caps: bool) -> Option<Spans> {
        if start > hay.len() {
            return None;
        }
        let mut spans = match mode {
            Mode::Search => Self::run(&self.regex, hay, start, false, caps),
            Mode::Match => Self::run(&self.regex, hay, start, true, caps),
            Mode::Full => Self::run(self.full_regex()?, hay, start, true, caps),
        }?;
        if caps {
            spans.resize(self.groups + 1, None);
        }
        Some(spans)
    }

    /// The next match for the iterating functions (findall, finditer, sub,
    /// split): from `start`, refusing an empty match at `start` when the
    /// previous match was empty there.
    pub fn next_match(&self, hay: &str, start: usize, must_advance: bool, caps: bool) -> Option<Spans> {
        let m = self.search(hay, start, Mode::Search, caps)?;
        let (s, e) = m[0]?;
        if !(must_advance && s == start && e == start) {
            return Some(m);
        }
        // A non-empty match at `start`, if the pattern has one.
        if let Some(ne) = self.not_empty_regex() {
            if let Some(mut spans) = Self::run(ne, hay, start, true, caps) {
                if caps {
                    spans.resize(self.groups + 1, None);
                }
                return Some(spans);
            }
        }
        let next = start + hay[start..].chars().next()?.len_utf8();
        self.search(hay, next, Mode::Search, caps)
    }
}
