//! A compiled pattern: searching at a position, anchored matching, full
//! matching, and Python's rules for successive matches (an empty match may
//! follow a non-empty one at the same place; after an empty match the next
//! one must not be empty at that same place).
//!
//! Patterns without look-around, backreferences, atomic groups or
//! conditionals run on the `regex` crate's automata directly, with a reused
//! cache (the fast path); the others go through fancy-regex's backtracker.

use std::cell::{OnceCell, RefCell};

use fancy_regex::{Regex, RegexBuilder, RegexInput};
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use super::parse::{self, ReError};

/// Byte spans of the groups of one match (index 0: the whole match).
pub type Spans = Vec<Option<(usize, usize)>>;

/// A regex-automata regex with its search cache and capture slots.
struct Auto {
    re: meta::Regex,
    cache: RefCell<meta::Cache>,
    caps: RefCell<Captures>,
}

impl Auto {
    fn new(pattern: &str) -> Option<Auto> {
        let config = meta::Config::new().nfa_size_limit(Some(1 << 28)).dfa_size_limit(Some(1 << 26));
        let syntax = regex_automata::util::syntax::Config::new().nest_limit(4000);
        let re = meta::Regex::builder().configure(config).syntax(syntax).build(pattern).ok()?;
        let cache = RefCell::new(re.create_cache());
        let caps = RefCell::new(re.create_captures());
        Some(Auto { re, cache, caps })
    }
}

/// The fast path: the pattern, and its `(?:...)\z` form for fullmatch.
struct Fast {
    main: Auto,
    full: OnceCell<Option<Auto>>,
    /// Text of the pattern without the `$` group (for the fullmatch form).
    body: String,
    /// Index of the trailing `(\n?)\z` group standing for Python's `$`.
    dollar: Option<usize>,
}

pub struct Compiled {
    /// The pattern in fancy-regex syntax.
    source: String,
    fancy: OnceCell<Option<Regex>>,
    /// `(?:pattern)\z` for fullmatch.
    fancy_full: OnceCell<Option<Regex>>,
    /// The pattern refusing empty matches.
    not_empty: OnceCell<Option<Regex>>,
    fast: Option<Fast>,
    /// The pattern for an empty subject, when `\B` makes it differ.
    empty_source: Option<String>,
    empty: OnceCell<Option<Regex>>,
    empty_full: OnceCell<Option<Regex>>,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub close_rank: Vec<usize>,
    pub is_bytes: bool,
    /// False when every match is empty (no need to look for a non-empty one).
    can_consume: bool,
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
        let fast = super::emit::emit_fast(&parsed.node, parsed.flags, is_bytes).and_then(|(text, dollar)| {
            let main = Auto::new(&text)?;
            let body = if dollar { text[..text.len() - r"(\n?)\z".len()].to_string() } else { text };
            Some(Fast { main, full: OnceCell::new(), body, dollar: dollar.then_some(parsed.groups + 1) })
        });
        let empty_source = super::emit::emit_for_empty(&parsed.node, parsed.flags, is_bytes);
        let c = Compiled {
            empty_source,
            empty: OnceCell::new(),
            empty_full: OnceCell::new(),
            source,
            fancy: OnceCell::new(),
            fancy_full: OnceCell::new(),
            not_empty: OnceCell::new(),
            fast,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
            close_rank: parsed.close_rank,
            is_bytes,
            can_consume: parsed.can_consume,
        };
        if c.fast.is_none() {
            let re = build(&c.source, false).map_err(engine_error)?;
            let _ = c.fancy.set(Some(re));
        }
        Ok(c)
    }

    fn fancy(&self) -> Option<&Regex> {
        self.fancy.get_or_init(|| build(&self.source, false).ok()).as_ref()
    }

    fn fancy_full(&self) -> Option<&Regex> {
        self.fancy_full.get_or_init(|| build(&format!("(?:{})\\z", self.source), false).ok()).as_ref()
    }

    fn not_empty_regex(&self) -> Option<&Regex> {
        self.not_empty.get_or_init(|| build(&self.source, true).ok()).as_ref()
    }

    fn run_fancy(re: &Regex, hay: &str, start: usize, anchored: bool, caps: bool) -> Option<Spans> {
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

    fn run_auto(a: &Auto, hay: &str, start: usize, anchored: bool, ngroups: usize, dollar: Option<usize>) -> Option<Spans> {
        let input = Input::new(hay).range(start..).anchored(if anchored { Anchored::Yes } else { Anchored::No });
        let mut cache = a.cache.borrow_mut();
        if ngroups == 0 && dollar.is_none() {
            let m = a.re.search_with(&mut cache, &input)?;
            return Some(vec![Some((m.start(), m.end()))]);
        }
        let mut c = a.caps.borrow_mut();
        a.re.search_captures_with(&mut cache, &input, &mut c);
        if !c.is_match() {
            return None;
        }
        let mut spans: Spans = (0..=ngroups).map(|i| c.get_group(i).map(|s| (s.start, s.end))).collect();
        if let Some(d) = dollar {
            if let (Some(ds), Some(g0)) = (c.get_group(d), spans[0].as_mut()) {
                g0.1 = ds.start;
            }
        }
        Some(spans)
    }

    /// One search of `hay` (already cut at endpos) from byte `start`.
    /// With `caps` false only the span of group 0 is filled in.
    pub fn search(&self, hay: &str, start: usize, mode: Mode, caps: bool) -> Option<Spans> {
        if start > hay.len() {
            return None;
        }
        let ngroups = if caps { self.groups } else { 0 };
        let mut spans = if let (true, Some(src)) = (hay.is_empty(), &self.empty_source) {
            let re = match mode {
                Mode::Full => self.empty_full.get_or_init(|| build(&format!("(?:{})\\z", src), false).ok()),
                _ => self.empty.get_or_init(|| build(src, false).ok()),
            };
            Self::run_fancy(re.as_ref()?, hay, start, mode != Mode::Search, caps)?
        } else if let Some(f) = &self.fast {
            match mode {
                Mode::Search => Self::run_auto(&f.main, hay, start, false, ngroups, f.dollar)?,
                Mode::Match => Self::run_auto(&f.main, hay, start, true, ngroups, f.dollar)?,
                Mode::Full => {
                    let full = f.full.get_or_init(|| Auto::new(&format!("(?:{})\\z", f.body))).as_ref()?;
                    Self::run_auto(full, hay, start, true, ngroups, None)?
                }
            }
        } else {
            match mode {
                Mode::Search => Self::run_fancy(self.fancy()?, hay, start, false, caps)?,
                Mode::Match => Self::run_fancy(self.fancy()?, hay, start, true, caps)?,
                Mode::Full => Self::run_fancy(self.fancy_full()?, hay, start, true, caps)?,
            }
        };
        if caps {
            spans.resize(self.groups + 1, None);
        }
        Some(spans)
    }

    /// The next match for the iterating functions (findall, finditer, sub,
    /// split): from `start`, refusing an empty match at `start` when the
    /// previous match was empty there.
    pub fn next_match(&self, hay: &str, start: usize, must_advance: bool, caps: bool) -> Option<Spans> {
        if !must_advance {
            return self.search(hay, start, Mode::Search, caps);
        }
        // The previous match was empty at `start`, and a search from there
        // would find it again: look for a non-empty match at `start`, if the
        // pattern has one, then search from the next character.
        if let Some(ne) = self.can_consume.then(|| self.not_empty_regex()).flatten() {
            if let Some(mut spans) = Self::run_fancy(ne, hay, start, true, caps) {
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
