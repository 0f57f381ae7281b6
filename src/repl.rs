//! The interactive prompt, modelled on python3's.
//!
//! - [`Chunker`] decides, line by line, when the input is a complete chunk to
//!   run. It asks the parser: `SyntaxError::incomplete` means more lines could
//!   complete the input (`... `); a complete compound statement still waits for
//!   an empty line, as python3 does; anything else is reported at once.
//! - [`run`] drives it: with a line editor (rustyline: history in
//!   `~/.coil_history` or `$COIL_HISTORY`, Ctrl-R, tab completion, auto-indent)
//!   when stdin and stdout are terminals, or reading plain lines from stdin with
//!   the prompts on stderr otherwise (what `python3 -i < file` does, and how the
//!   tests drive it).
//! - Chunks are compiled in `Mode::Single`, so expression statements echo their
//!   `repr()` (not None) and set `builtins._`; errors print their traceback
//!   (`File "<stdin>", line N`, lines counted per chunk) and the session goes on.
//!
//! Ctrl-C at the prompt cancels the input; Ctrl-C while code runs is not caught
//! (that needs the eval-breaker) and ends the process like an unhandled SIGINT.

use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Cmd, CompletionType, Config, ConditionalEventHandler, Context, Editor, Event, EventContext, EventHandler, Helper, KeyEvent, RepeatCount};

use crate::compiler::Mode;
use crate::objects::{Obj, PyObject, Value};
use crate::syntax::ast::{Stmt, StmtKind};
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::vm::{PyErr, Vm};

const INDENT: &str = "    ";

/// What the chunk so far still waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wait {
    /// A complete compound statement: runs at the next empty line.
    Blank,
    /// An open bracket or triple-quoted string: empty lines belong to it.
    Open,
    /// A line-continuation backslash.
    Backslash,
    /// A block header (`if x:`): expects an indented block.
    Indent,
    /// Something else only more input can finish (`@dec`, `try:` without `except`).
    Other,
}

/// The outcome of one line of input.
#[derive(Debug)]
pub enum Feed {
    /// Nothing to do (an empty or comment-only line at the primary prompt).
    Idle,
    /// Another line is needed (`... `); `indent` is the suggested indentation.
    More { indent: String },
    /// A complete chunk to compile and run.
    Run(String),
    /// A chunk no further input can make valid; `source` gives the error's line text.
    Invalid { err: SyntaxError, source: String },
}

/// Gathers lines into chunks the way python3's interactive tokenizer does.
pub struct Chunker {
    lines: Vec<String>,
    wait: Wait,
    /// The incomplete-input error of the chunk so far (reported if the chunk ends early).
    err: Option<SyntaxError>,
    /// Indentation of the line that began the current logical line.
    indent: String,
    /// Whether a whitespace-only line ends a block like an empty one (the line
    /// editor pre-fills indentation, so "empty" there means "nothing typed").
    whitespace_is_blank: bool,
}

impl Chunker {
    pub fn new(whitespace_is_blank: bool) -> Chunker {
        Chunker { lines: Vec::new(), wait: Wait::Other, err: None, indent: String::new(), whitespace_is_blank }
    }

    /// True at the primary prompt.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Drops a partly entered chunk (Ctrl-C).
    pub fn reset(&mut self) {
        self.lines.clear();
        self.wait = Wait::Other;
        self.err = None;
        self.indent.clear();
    }

    /// Takes one line of input (without its newline).
    pub fn feed(&mut self, line: &str) -> Feed {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if self.lines.is_empty() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                return Feed::Idle;
            }
            return self.push(line);
        }
        let blank = line.is_empty() || (self.whitespace_is_blank && line.trim().is_empty());
        if blank && self.wait != Wait::Open {
            self.finish(false)
        } else {
            self.push(line)
        }
    }

    /// Ends the chunk: at an empty line, or at end of input (`eof`), where
    /// python3 reports the parser's own error rather than one at the empty line.
    pub fn finish(&mut self, eof: bool) -> Feed {
        let n = self.lines.len() as u32;
        let source = self.lines.join("\n");
        let wait = self.wait;
        let err = self.err.take();
        self.reset();
        if n == 0 {
            return Feed::Idle;
        }
        match (wait, err) {
            (Wait::Blank, _) | (_, None) => Feed::Run(source),
            (_, Some(mut err)) => {
                err.incomplete = false;
                if !eof {
                    // python3 points at the empty line that ended the chunk.
                    err.line = n + 1;
                    err.col = 1;
                    if wait == Wait::Backslash {
                        err.msg = "invalid syntax".into();
                    }
                }
                Feed::Invalid { err, source }
            }
        }
    }

    fn push(&mut self, line: &str) -> Feed {
        if self.lines.is_empty() || !matches!(self.wait, Wait::Open | Wait::Backslash) {
            self.indent = line[..line.len() - line.trim_start().len()].to_string();
        }
        self.lines.push(line.to_string());
        let source = self.lines.join("\n");
        match crate::syntax::parse_module(&source) {
            Ok(stmts) => {
                let compound = stmts.first().is_some_and(is_compound);
                if compound && stmts.len() > 1 {
                    // A new statement after a block without the empty line between.
                    let loc = stmts[1].loc;
                    self.reset();
                    return Feed::Invalid { err: SyntaxError::new("invalid syntax", loc.line, loc.col + 1), source };
                }
                if compound {
                    self.wait = Wait::Blank;
                    self.err = None;
                    Feed::More { indent: self.indent.clone() }
                } else {
                    self.reset();
                    Feed::Run(source)
                }
            }
            Err(e) if e.incomplete => {
                if e.msg.ends_with("was never closed") {
                    if let Some(err) = doomed_in_brackets(&source) {
                        self.reset();
                        return Feed::Invalid { err, source };
                    }
                }
                self.wait = classify(&e);
                self.err = Some(e);
                let indent = match self.wait {
                    Wait::Indent => format!("{}{}", self.indent, INDENT),
                    Wait::Open | Wait::Backslash => String::new(),
                    Wait::Blank | Wait::Other => self.indent.clone(),
                };
                Feed::More { indent }
            }
            Err(err) => {
                self.reset();
                // python3 reads no further than the error: it reports what is
                // wrong inside the brackets rather than that they are unclosed.
                let err = if err.msg.ends_with("was never closed") { doomed_in_brackets(&source).unwrap_or(err) } else { err };
                Feed::Invalid { err, source }
            }
        }
    }
}

/// The error of a source with open brackets that no further line can fix.
///
/// At end of input the lexer reports the unclosed bracket first, so `[1, 2`
/// followed by `b = 3` looks incomplete. python3 sees the error at once: we
/// close the brackets after a neutral continuation (nothing, or an atom) and
/// call the source doomed when every attempt fails inside the source itself.
fn doomed_in_brackets(source: &str) -> Option<SyntaxError> {
    let n = source.split('\n').count() as u32;
    let mut first = None;
    for filler in ["", "0"] {
        let mut closers = String::new();
        let err = loop {
            match crate::syntax::parse_module(&format!("{}\n{}{}", source, filler, closers)) {
                Ok(_) => return None,
                Err(e) if e.incomplete || e.msg.ends_with("was never closed") => {
                    let closer = match e.msg.as_str() {
                        "'(' was never closed" => ')',
                        "'[' was never closed" => ']',
                        "'{' was never closed" => '}',
                        _ => return None,
                    };
                    if closers.len() > 200 {
                        return None;
                    }
                    closers.push(closer);
                }
                Err(e) => break e,
            }
        };
        if err.line > n {
            return None;
        }
        first.get_or_insert(err);
    }
    first
}

fn classify(e: &SyntaxError) -> Wait {
    if e.kind == SyntaxErrorKind::IndentationError {
        Wait::Indent
    } else if e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated triple-quoted") {
        Wait::Open
    } else if e.msg == "unexpected EOF while parsing" {
        Wait::Backslash
    } else {
        Wait::Other
    }
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
    )
}

// ---------------------------------------------------------------------------
// Running chunks

/// `exit`, `quit` and `help`, as CPython's `site` module puts them in builtins.
const SITE_BUILTINS: &str = r#"
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)

class _Helper(object):
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."
    def __call__(self, *args):
        if not args:
            print("coil has no interactive help utility.\n"
                  "help(object) prints the object's docstring; dir(object) lists its attributes;\n"
                  "exit() or Ctrl-D (i.e. EOF) leaves the prompt.")
            return
        obj = args[0]
        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None) or type(obj).__name__
        doc = getattr(obj, '__doc__', None)
        print('Help on %s:\n' % (name,))
        print(doc if isinstance(doc, str) and doc else 'No documentation.')

exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
help = _Helper()
"#;

fn setup(vm: &mut Vm) {
    // python3 shows no source lines for `<stdin>` in the REPL.
    vm.interp.sources.borrow_mut().remove("<stdin>");
    let m = vm.new_module("_sitebuiltins", None);
    if let Value::Obj(mo) = &m {
        if let PyObject::Module(md) = &**mo {
            let dict = md.dict.clone();
            if vm.exec_source(SITE_BUILTINS, "<frozen _sitebuiltins>", &dict).is_ok() {
                for name in ["exit", "quit", "help"] {
                    let v = Vm::dict_of(&dict).borrow().get_str(name).cloned();
                    if let Some(v) = v {
                        if vm.builtins_dict().borrow().get_str(name).is_none() {
                            vm.builtins_dict().borrow_mut().set_str(name, v);
                        }
                    }
                }
            }
        }
    }
    if let Some(d) = sys_dict(vm) {
        let mut d = Vm::dict_of(&d).borrow_mut();
        if d.get_str("ps1").is_none() {
            d.set_str("ps1", Value::str(">>> "));
        }
        if d.get_str("ps2").is_none() {
            d.set_str("ps2", Value::str("... "));
        }
    }
}

fn sys_dict(vm: &Vm) -> Option<Obj> {
    let sys = Vm::dict_of(&vm.interp.modules).borrow().get_str("sys").cloned()?;
    match &sys {
        Value::Obj(o) => match &**o {
            PyObject::Module(m) => Some(m.dict.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `str(sys.ps1)` or `str(sys.ps2)`.
fn prompt(vm: &mut Vm, primary: bool) -> String {
    let (name, default) = if primary { ("ps1", ">>> ") } else { ("ps2", "... ") };
    let v = sys_dict(vm).and_then(|d| Vm::dict_of(&d).borrow().get_str(name).cloned());
    match v {
        Some(v) => vm.str_of(&v).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

fn banner() {
    eprintln!("coil {} (Python 3.11 compatible) on {}", env!("CARGO_PKG_VERSION"), std::env::consts::OS);
    eprintln!("Type \"help\" for more information, \"exit()\" or Ctrl-D (i.e. EOF) to leave.");
}

/// Runs one chunk; `Some(status)` when it raised SystemExit.
fn execute(vm: &mut Vm, globals: &Obj, src: &str) -> Option<u8> {
    // Errors found after parsing carry no source line, as in python3's REPL.
    let code = match crate::syntax::parse_module(src) {
        Ok(ast) => crate::compiler::compile_module(&ast, "<stdin>", Mode::Single).map_err(|e| vm.syntax_error(&e, "<stdin>", None)),
        Err(e) => Err(vm.syntax_error(&e, "<stdin>", Some(src))),
    };
    let r = code.and_then(|code| vm.run_code(code, globals, None));
    crate::modules::sys::flush_stdout(vm);
    match r {
        Ok(_) => None,
        Err(e) if vm.err_is(&e, "SystemExit") => Some(exit_status(vm, &e)),
        Err(e) => {
            vm.print_exception(&e);
            None
        }
    }
}

/// The process status for SystemExit, printing a non-integer code as python3 does.
fn exit_status(vm: &mut Vm, e: &PyErr) -> u8 {
    let code = vm.getattr_str(&Value::Obj(e.0.clone()), "code").unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(i) => (i & 0xff) as u8,
        Value::Bool(b) => b as u8,
        other => {
            let s = vm.str_of(&other).unwrap_or_default();
            crate::modules::sys::flush_stdout(vm);
            crate::modules::sys::write_stderr(vm, &format!("{}\n", s));
            1
        }
    }
}

fn report(vm: &mut Vm, err: &SyntaxError, source: &str) {
    // The extra empty lines give a text for errors reported at the empty line.
    let text = format!("{}\n\n", source);
    let e = vm.syntax_error(err, "<stdin>", Some(&text));
    crate::modules::sys::flush_stdout(vm);
    vm.print_exception(&e);
}

/// Handles one line; `Some(status)` to leave. `history` receives finished chunks.
fn step(vm: &mut Vm, globals: &Obj, feed: Feed, history: &mut Vec<String>) -> Option<u8> {
    match feed {
        Feed::Idle | Feed::More { .. } => None,
        Feed::Run(src) => {
            history.push(src.clone());
            execute(vm, globals, &src)
        }
        Feed::Invalid { err, source } => {
            history.push(source.clone());
            report(vm, &err, &source);
            None
        }
    }
}

/// Runs the REPL until end of input or SystemExit; returns the exit status.
pub fn run(vm: &mut Vm, globals: &Obj) -> u8 {
    setup(vm);
    banner();
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        run_editor(vm, globals)
    } else {
        run_plain(vm, globals)
    }
}

/// Plain lines from stdin, prompts on stderr: python3's behaviour when stdin or
/// stdout is not a terminal.
fn run_plain(vm: &mut Vm, globals: &Obj) -> u8 {
    let mut chunker = Chunker::new(false);
    let mut history = Vec::new();
    loop {
        let p = prompt(vm, chunker.is_empty());
        crate::modules::sys::flush_stdout(vm);
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(p.as_bytes());
        let _ = err.flush();
        drop(err);
        let mut line = Vec::new();
        let n = crate::runtime::allow_threads(|| std::io::stdin().lock().read_until(b'\n', &mut line));
        let feed = match n {
            Ok(0) | Err(_) => {
                eprintln!();
                if chunker.is_empty() {
                    return 0;
                }
                chunker.finish(true)
            }
            Ok(_) => {
                let text = String::from_utf8_lossy(&line);
                chunker.feed(text.strip_suffix('\n').unwrap_or(&text))
            }
        };
        if let Some(status) = step(vm, globals, feed, &mut history) {
            return status;
        }
        history.clear();
    }
}

// ---------------------------------------------------------------------------
// The line editor

/// Where history is kept: `$COIL_HISTORY` (empty: nowhere), else `~/.coil_history`.
fn history_path() -> Option<std::path::PathBuf> {
    match std::env::var_os("COIL_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(p.into()),
        None => std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| std::path::Path::new(&h).join(".coil_history")),
    }
}

fn run_editor(vm: &mut Vm, globals: &Obj) -> u8 {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .history_ignore_space(false)
        .max_history_size(10_000)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.build());
    let editor = config.and_then(Editor::<ReplHelper, FileHistory>::with_config);
    let mut rl = match editor {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("coil: cannot start the line editor ({}); reading plain lines", e);
            return run_plain(vm, globals);
        }
    };
    let path = history_path();
    if let Some(p) = &path {
        let _ = rl.load_history(p);
    }
    rl.bind_sequence(KeyEvent::ctrl('D'), EventHandler::Conditional(Box::new(CtrlD)));
    let vm = Rc::new(RefCell::new(vm));
    rl.set_helper(Some(ReplHelper { vm: vm.clone(), globals: globals.clone() }));
    let mut chunker = Chunker::new(true);
    let mut indent = String::new();
    let mut history: Vec<String> = Vec::new();
    let status = loop {
        let p = {
            let mut vm = vm.borrow_mut();
            crate::modules::sys::flush_stdout(&vm);
            prompt(&mut vm, chunker.is_empty())
        };
        let r = if indent.is_empty() { rl.readline(&p) } else { rl.readline_with_initial(&p, (&indent, "")) };
        indent.clear();
        let mut vm = vm.borrow_mut();
        let mut leave = None;
        match r {
            Ok(text) => {
                // A recalled or pasted entry may hold several lines.
                for line in text.split('\n') {
                    let feed = chunker.feed(line);
                    indent = match &feed {
                        Feed::More { indent } => indent.clone(),
                        _ => String::new(),
                    };
                    leave = step(&mut vm, globals, feed, &mut history);
                    if leave.is_some() {
                        break;
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                chunker.reset();
                crate::modules::sys::write_stderr(&mut vm, "KeyboardInterrupt\n");
            }
            Err(ReadlineError::Eof) => {
                if chunker.is_empty() {
                    leave = Some(0);
                } else {
                    let feed = chunker.finish(true);
                    leave = step(&mut vm, globals, feed, &mut history);
                }
            }
            Err(e) => {
                eprintln!("coil: {}", e);
                leave = Some(1);
            }
        }
        drop(vm);
        for h in history.drain(..) {
            let _ = rl.add_history_entry(h.trim_end());
        }
        if let Some(p) = &path {
            let _ = rl.append_history(p);
        }
        if let Some(s) = leave {
            break s;
        }
    };
    rl.set_helper(None);
    status
}

/// Ctrl-D on a line holding only the pre-filled indentation ends the block
/// (as Ctrl-D on an empty `... ` line does in python3); elsewhere the default
/// (end of input on an empty line, delete a character otherwise).
struct CtrlD;

impl ConditionalEventHandler for CtrlD {
    fn handle(&self, _evt: &Event, _n: RepeatCount, _positive: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        if !line.is_empty() && line.trim().is_empty() {
            Some(Cmd::AcceptLine)
        } else {
            None
        }
    }
}

/// Tab completion for the line editor (no hints, highlighting or validation:
/// the chunker decides about continuation lines).
struct ReplHelper<'a> {
    vm: Rc<RefCell<&'a mut Vm>>,
    globals: Obj,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic()) && cs.all(is_ident_char) && !KEYWORDS.contains(&s)
}

impl ReplHelper<'_> {
    /// Completions of `word` at the cursor: `(start, candidates)`.
    fn completions(&self, before: &str) -> (usize, Vec<String>) {
        let start = before.len() - before.chars().rev().take_while(|&c| is_ident_char(c) || c == '.').map(char::len_utf8).sum::<usize>();
        let word = &before[start..];
        if word.is_empty() {
            // Tab in the indentation indents.
            return if before.trim().is_empty() { (start, vec![INDENT.to_string()]) } else { (start, Vec::new()) };
        }
        let Ok(mut vm) = self.vm.try_borrow_mut() else { return (start, Vec::new()) };
        match word.rsplit_once('.') {
            Some((path, attr)) => {
                let at = start + path.len() + 1;
                (at, attr_matches(&mut vm, &self.globals, path, attr))
            }
            None => (start, global_matches(&vm, &self.globals, word)),
        }
    }
}

/// Keywords, then names in `__main__` and builtins starting with `text`
/// (rlcompleter's suffixes: `(` after callables, ` ` or `:` after keywords).
fn global_matches(vm: &Vm, globals: &Obj, text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for &k in KEYWORDS {
        if k.starts_with(text) && seen.insert(k.to_string()) {
            out.push(match k {
                "finally" | "try" => format!("{}:", k),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
                _ => format!("{} ", k),
            });
        }
    }
    for ns in [globals, &vm.interp.builtins] {
        for (k, v) in Vm::dict_of(ns).borrow().iter() {
            if let Some(name) = k.as_str() {
                if name.starts_with(text) && seen.insert(name.to_string()) {
                    out.push(with_call_suffix(vm, name, v));
                }
            }
        }
    }
    out.sort();
    out
}

fn with_call_suffix(vm: &Vm, name: &str, v: &Value) -> String {
    let callable = match v {
        Value::Obj(o) => match &**o {
            PyObject::Function(_) | PyObject::Builtin(_) | PyObject::Method(..) | PyObject::Type(_) => true,
            PyObject::Module(_) => false,
            _ => vm.lookup_special(v, "__call__").is_some(),
        },
        _ => false,
    };
    if callable {
        format!("{}(", name)
    } else {
        name.to_string()
    }
}

/// Attributes of the object named by the dotted `path` starting with `attr`.
/// Only a plain dotted name is evaluated (attribute lookups, never calls).
fn attr_matches(vm: &mut Vm, globals: &Obj, path: &str, attr: &str) -> Vec<String> {
    let parts: Vec<&str> = path.split('.').collect();
    if !parts.iter().all(|p| is_identifier(p)) {
        return Vec::new();
    }
    let first = Vm::dict_of(globals).borrow().get_str(parts[0]).cloned();
    let Some(mut obj) = first.or_else(|| vm.builtins_dict().borrow().get_str(parts[0]).cloned()) else {
        return Vec::new();
    };
    for p in &parts[1..] {
        match vm.getattr_str(&obj, p) {
            Ok(v) => obj = v,
            Err(_) => return Vec::new(),
        }
    }
    let Ok(names) = vm.dir_of(&obj) else { return Vec::new() };
    // rlcompleter hides _private names until "_" is typed, and dunders until "__".
    let hidden = if attr.is_empty() {
        "_"
    } else if attr == "_" {
        "__"
    } else {
        "\0"
    };
    let mut out: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.starts_with(attr) && !n.starts_with(hidden))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out.into_iter()
        .map(|n| match raw_attr(vm, &obj, &n) {
            Some(v) => with_call_suffix(vm, &n, &v),
            None => n,
        })
        .collect()
}

/// The attribute as stored (module or instance dict, else the class's MRO),
/// without running descriptors: enough to tell whether it is callable.
fn raw_attr(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    if let Value::Obj(o) = obj {
        match &**o {
            PyObject::Module(m) => return Vm::dict_of(&m.dict).borrow().get_str(name).cloned(),
            PyObject::Instance(i) => {
                if let Some(v) = i.dict().borrow().get_str(name) {
                    return Some(v.clone());
                }
            }
            PyObject::Type(_) => return lookup_mro(vm, o, name),
            _ => {}
        }
    }
    let cls = vm.type_of(obj);
    lookup_mro(vm, &cls, name)
}

fn lookup_mro(vm: &Vm, cls: &Obj, name: &str) -> Option<Value> {
    vm.mro(cls).iter().find_map(|t| match &**t {
        PyObject::Type(tt) => tt.dict.borrow().get_str(name).cloned(),
        _ => None,
    })
}

impl Completer for ReplHelper<'_> {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, names) = self.completions(&line[..pos]);
        Ok((start, names.into_iter().map(|n| Pair { display: n.clone(), replacement: n }).collect()))
    }
}

impl Hinter for ReplHelper<'_> {
    type Hint = String;
}

impl Highlighter for ReplHelper<'_> {}

impl Validator for ReplHelper<'_> {}

impl Helper for ReplHelper<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_all(c: &mut Chunker, lines: &[&str]) -> Vec<Feed> {
        lines.iter().map(|l| c.feed(l)).collect()
    }

    fn more(indent: &str) -> Feed {
        Feed::More { indent: indent.to_string() }
    }

    /// Feeds compare by their Debug form (SyntaxError has no PartialEq).
    macro_rules! same {
        ($a:expr, $b:expr) => {
            assert_eq!(format!("{:?}", $a), format!("{:?}", $b))
        };
    }

    #[test]
    fn simple_statements_run_at_once() {
        let mut c = Chunker::new(false);
        same!(c.feed("x = 1"), Feed::Run("x = 1".into()));
        same!(c.feed(""), Feed::Idle);
        same!(c.feed("   "), Feed::Idle);
        same!(c.feed("# comment"), Feed::Idle);
        same!(feed_all(&mut c, &["x = (1,", "", "2)"]), vec![more(""), more(""), Feed::Run("x = (1,\n\n2)".into())]);
        same!(feed_all(&mut c, &["x = \\", "3"]), vec![more(""), Feed::Run("x = \\\n3".into())]);
        same!(feed_all(&mut c, &["s = '''a", "", "b'''"]), vec![more(""), more(""), Feed::Run("s = '''a\n\nb'''".into())]);
    }

    #[test]
    fn blocks_wait_for_an_empty_line() {
        let mut c = Chunker::new(false);
        let src = "def f(x):\n    if x:\n        return 1\n    return 2";
        let got = feed_all(&mut c, &["def f(x):", "    if x:", "        return 1", "    return 2", ""]);
        same!(got, vec![more("    "), more("        "), more("        "), more("    "), Feed::Run(src.into())]);
        // One-line compound statements wait too.
        same!(feed_all(&mut c, &["if 1: pass", ""]), vec![more(""), Feed::Run("if 1: pass".into())]);
        // Whitespace-only lines do not end a block when read from a file...
        same!(feed_all(&mut c, &["if 1:", "  pass", "  ", "  x", ""]).last(), Some(&Feed::Run("if 1:\n  pass\n  \n  x".into())));
        // ...but do in the line editor, which pre-fills indentation.
        let mut c = Chunker::new(true);
        same!(feed_all(&mut c, &["if 1:", "    pass", "    "]).last(), Some(&Feed::Run("if 1:\n    pass".into())));
        // A header spread over lines indents from where it began.
        same!(feed_all(&mut c, &["def f(a,", "  b):"]), vec![more(""), more("    ")]);
    }

    #[test]
    fn errors() {
        let mut c = Chunker::new(false);
        let Feed::Invalid { err, .. } = c.feed("x = )") else { panic!("not invalid") };
        assert_eq!((err.msg.as_str(), err.line), ("unmatched ')'", 1));
        assert!(c.is_empty());
        let got = feed_all(&mut c, &["if 1:", ""]);
        let Feed::Invalid { err, .. } = &got[1] else { panic!("{got:?}") };
        assert_eq!((err.kind, err.msg.as_str(), err.line, err.col), (SyntaxErrorKind::IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1));
        let got = feed_all(&mut c, &["x = \\", ""]);
        let Feed::Invalid { err, .. } = &got[1] else { panic!("{got:?}") };
        assert_eq!((err.msg.as_str(), err.line), ("invalid syntax", 2));
        let got = feed_all(&mut c, &["if 1:", "  pass", "print(1)"]);
        let Feed::Invalid { err, .. } = &got[2] else { panic!("{got:?}") };
        assert_eq!((err.msg.as_str(), err.line, err.col), ("invalid syntax", 3, 1));
        // At end of input the parser's own error is reported.
        c.feed("x = (1,");
        let Feed::Invalid { err, .. } = c.finish(true) else { panic!("not invalid") };
        assert_eq!((err.msg.as_str(), err.line), ("'(' was never closed", 1));
        same!(c.feed("if 1:"), more("    "));
        c.feed("  print(5)");
        same!(c.finish(true), Feed::Run("if 1:\n  print(5)".into()));
    }

    #[test]
    fn open_brackets_that_cannot_close() {
        let mut c = Chunker::new(false);
        same!(c.feed("a = [1, 2"), more(""));
        let Feed::Invalid { err, .. } = c.feed("b = 3") else { panic!("not invalid") };
        assert_eq!((err.msg.as_str(), err.line), ("invalid syntax. Perhaps you forgot a comma?", 1));
        let Feed::Invalid { err, .. } = c.feed("f(a b") else { panic!("not invalid") };
        assert_eq!(err.line, 1);
        // These can still be completed.
        for src in ["f(a=", "x = [1 if", "[x for x in", "f(*", "d = {1:", "if (a and", "f([1,", "g(lambda x"] {
            let mut c = Chunker::new(false);
            assert!(matches!(c.feed(src), Feed::More { .. }), "{src}");
        }
    }

    #[test]
    fn completion() {
        let mut vm = Vm::new(vec![String::new()]);
        setup(&mut vm);
        let Value::Obj(m) = vm.new_module("__main__", None) else { panic!("module") };
        let PyObject::Module(md) = &*m else { panic!("module") };
        let g = md.dict.clone();
        let src = "import sys\ndef add(a, b): pass\nadd_count = 0\nclass C:\n    @property\n    def p(self): raise ValueError\n    def m(self): pass\nc = C()\n";
        assert!(vm.exec_source(src, "<test>", &g).is_ok(), "setup code");
        assert_eq!(global_matches(&vm, &g, "ad"), ["add(", "add_count"]);
        assert_eq!(global_matches(&vm, &g, "whi"), ["while "]);
        assert_eq!(global_matches(&vm, &g, "len"), ["len("]);
        assert_eq!(attr_matches(&mut vm, &g, "sys", "setrec"), ["setrecursionlimit("]);
        assert_eq!(attr_matches(&mut vm, &g, "c", "")[..2], ["m(", "p"]);
        assert_eq!(attr_matches(&mut vm, &g, "str", "upp"), ["upper("]);
        assert!(attr_matches(&mut vm, &g, "c", "_").iter().all(|n| !n.starts_with("__")));
        assert!(attr_matches(&mut vm, &g, "c.p", "").is_empty(), "a raising property gives nothing");
        assert!(attr_matches(&mut vm, &g, "add()", "").is_empty(), "calls are never evaluated");
        assert!(attr_matches(&mut vm, &g, "nothing", "").is_empty());
        let exit = vm.builtins_dict().borrow().get_str("exit").cloned().expect("exit in builtins");
        assert_eq!(vm.repr(&exit).ok().as_deref(), Some("Use exit() or Ctrl-D (i.e. EOF) to exit"));
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("sys") && is_identifier("_x1") && !is_identifier("1x") && !is_identifier("f()") && !is_identifier("if"));
    }
}
