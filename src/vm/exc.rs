//! Raising exceptions from native code, and printing tracebacks the way
//! CPython does.

use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::objects::exception::TbEntry;
use crate::objects::{Obj, PyException, PyObject, Value};

impl Vm {
    /// A new exception of builtin class `name` with one message argument.
    pub fn new_error(&self, name: &str, msg: &str) -> PyErr {
        let cls = self.types().exc(name).clone();
        PyErr(Rc::new(PyObject::Exception(Box::new(PyException::new(cls, Value::tuple(vec![Value::str(msg)]))))))
    }
    /// A new exception of class `cls` with the given args.
    pub fn new_exception(&self, cls: Obj, args: Vec<Value>) -> PyErr {
        PyErr(Rc::new(PyObject::Exception(Box::new(PyException::new(cls, Value::tuple(args))))))
    }
    pub fn new_error_noargs(&self, name: &str) -> PyErr {
        let cls = self.types().exc(name).clone();
        PyErr(Rc::new(PyObject::Exception(Box::new(PyException::new(cls, Value::tuple(vec![]))))))
    }
    pub fn type_error(&self, msg: &str) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: &str) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: &str) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn overflow_error(&self, msg: &str) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&self, msg: &str) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.types().exc("KeyError").clone(), vec![key])
    }
    /// StopIteration carrying `value` even when it is None (`StopIteration(None)`).
    pub fn stop_iteration_always(&self, value: Value) -> PyErr {
        self.new_exception(self.types().exc("StopIteration").clone(), vec![value])
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(self.types().exc("StopIteration").clone(), args)
    }
    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Obj(o) if matches!(&**o, PyObject::Type(_)) => {
                format!("type object '{}' has no attribute '{}'", self.type_name_of_type(o), name)
            }
            Value::Obj(o) if matches!(&**o, PyObject::Module(_)) => {
                let PyObject::Module(m) = &**o else { unreachable!("checked") };
                format!("module '{}' has no attribute '{}'", m.name, name)
            }
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), name),
        };
        self.new_error("AttributeError", &msg)
    }

    /// Whether the exception's class is `name` or a subclass of it.
    pub fn err_is(&self, e: &PyErr, name: &str) -> bool {
        let cls = self.class_of_exc(&e.0);
        self.is_subclass(&cls, self.types().exc(name))
    }

    pub fn class_of_exc(&self, e: &Obj) -> Obj {
        match &**e {
            PyObject::Exception(x) => x.class.borrow().clone(),
            _ => self.types().base_exception.clone(),
        }
    }

    /// The exception's args tuple items.
    pub fn exc_args(e: &Obj) -> Vec<Value> {
        match &**e {
            PyObject::Exception(x) => x.args.borrow().as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            _ => vec![],
        }
    }

    /// Adds a traceback line for `frame`'s current instruction.
    pub(crate) fn add_traceback(e: &Obj, code: Rc<crate::bytecode::PyCode>, line: u32) {
        if crate::stdlib::hides_frames(&code.filename) {
            return;
        }
        if let PyObject::Exception(x) = &**e {
            x.traceback.borrow_mut().push(TbEntry { code, line });
        }
    }

    /// `str(exc)` as the traceback's last line shows it.
    pub fn exc_message(&mut self, e: &Obj) -> String {
        match self.str_of(&Value::Obj(e.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// Formats a full traceback, with chained causes and contexts first.
    pub fn format_exception(&mut self, e: &Obj) -> String {
        self.format_exception_chunks(e, true).concat()
    }

    /// The traceback as the pieces `traceback.format_exception` returns:
    /// the header, one piece per frame (its "File" line and source line),
    /// "[Previous line repeated]" notes, the chaining messages, and the
    /// exception-only lines. `chain` false leaves out causes and contexts.
    pub fn format_exception_chunks(&mut self, e: &Obj, chain: bool) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen: Vec<Obj> = Vec::new();
        if chain {
            self.format_chain(e, &mut out, &mut seen);
        } else {
            self.format_one(e, &mut out);
        }
        out
    }

    fn format_chain(&mut self, e: &Obj, out: &mut Vec<String>, seen: &mut Vec<Obj>) {
        seen.push(e.clone());
        if let PyObject::Exception(x) = &**e {
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            if let Value::Obj(c) = &cause {
                if !seen.iter().any(|s| Rc::ptr_eq(s, c)) {
                    self.format_chain(c, out, seen);
                    out.push("\nThe above exception was the direct cause of the following exception:\n\n".to_string());
                }
            } else if let Value::Obj(c) = &context {
                if !x.suppress_context.get() && !seen.iter().any(|s| Rc::ptr_eq(s, c)) {
                    self.format_chain(c, out, seen);
                    out.push("\nDuring handling of the above exception, another exception occurred:\n\n".to_string());
                }
            }
        }
        self.format_one(e, out);
    }

    fn format_one(&mut self, e: &Obj, out: &mut Vec<String>) {
        let entries: Vec<TbEntry> = match &**e {
            PyObject::Exception(x) => x.traceback.borrow().clone(),
            _ => vec![],
        };
        if !entries.is_empty() {
            out.push("Traceback (most recent call last):\n".to_string());
            let frames: Vec<(String, u32, String)> =
                entries.iter().rev().map(|ent| (ent.code.filename.to_string(), ent.line, ent.code.name.clone())).collect();
            out.extend(self.format_frames(&frames));
        }
        out.extend(self.format_exception_only_chunks(e));
    }

    /// One piece per frame (filename, line, function name), outermost
    /// first, with runs of more than three identical frames collapsed into
    /// "[Previous line repeated N more times]".
    pub fn format_frames(&mut self, frames: &[(String, u32, String)]) -> Vec<String> {
        let mut out = Vec::new();
        let mut last: Option<&(String, u32, String)> = None;
        let mut repeat = 0;
        let note = |n: usize| format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" });
        for frame in frames {
            if last == Some(frame) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                if repeat >= 3 {
                    out.push(note(repeat - 2));
                }
                repeat = 0;
            }
            let (file, line, name) = frame;
            let mut piece = format!("  File \"{}\", line {}, in {}\n", file, line, name);
            if let Some(src) = self.source_line(file, *line) {
                piece.push_str(&format!("    {}\n", src));
            }
            out.push(piece);
            last = Some(frame);
        }
        if repeat >= 3 {
            out.push(note(repeat - 2));
        }
        out
    }

    /// The exception's own lines (the SyntaxError location, then
    /// "Name: message"), as `traceback.format_exception_only` gives them.
    pub fn format_exception_only_chunks(&mut self, e: &Obj) -> Vec<String> {
        let mut out = Vec::new();
        let cls = self.class_of_exc(e);
        let name = self.qualified_class_name(&cls);
        if self.is_subclass(&cls, &self.types().exc("SyntaxError").clone()) {
            self.format_syntax_error(e, &mut out);
            // The bare message (str() would add the location again).
            let (msg, filename, lineno) = match &**e {
                PyObject::Exception(x) => {
                    let d = x.dict.borrow();
                    (d.get_str("msg").cloned().unwrap_or(Value::None), d.get_str("filename").cloned(), d.get_str("lineno").cloned())
                }
                _ => (Value::None, None, None),
            };
            let mut text = if msg.is_none() { String::new() } else { self.str_of(&msg).unwrap_or_default() };
            if text.is_empty() {
                text = "<no detail available>".to_string();
            }
            if matches!(lineno, None | Some(Value::None)) {
                if let Some(f) = filename.as_ref().and_then(|f| f.as_str()) {
                    text = format!("{} ({})", text, f);
                }
            }
            out.push(format!("{}: {}\n", name, text));
            return out;
        }
        let msg = self.exc_message(e);
        if msg.is_empty() {
            out.push(format!("{}\n", name));
        } else {
            out.push(format!("{}: {}\n", name, msg));
        }
        out
    }

    /// `  File "x.py", line 3` + source + caret lines of a SyntaxError.
    fn format_syntax_error(&mut self, e: &Obj, out: &mut Vec<String>) {
        let PyObject::Exception(x) = &**e else { return };
        let d = x.dict.borrow();
        let filename = d.get_str("filename").and_then(|v| v.as_str().map(|s| s.to_string()));
        let lineno = match d.get_str("lineno") {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        };
        let offset = match d.get_str("offset") {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        };
        let end_offset = match d.get_str("end_offset") {
            Some(Value::Int(i)) if *i != 0 => Some(*i),
            _ => None,
        };
        let text = d.get_str("text").and_then(|v| v.as_str().map(|s| s.to_string()));
        drop(d);
        if let Some(n) = lineno {
            out.push(format!("  File \"{}\", line {}\n", filename.as_deref().unwrap_or("<string>"), n));
        }
        let Some(t) = text else { return };
        let rtext = t.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push(format!("    {}\n", ltext));
        let Some(offset) = offset else { return };
        let mut end = end_offset.unwrap_or(offset);
        if end == offset || end == -1 {
            end = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end - 1 - spaces;
        if colno >= 0 {
            let lead: String = ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
            out.push(format!("    {}{}\n", lead, "^".repeat((end_colno - colno).max(0) as usize)));
        }
    }

    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let src = {
            let sources = self.interp.sources.borrow();
            sources.get(filename).cloned()
        };
        let src = match src {
            Some(s) => s,
            None => {
                let text = std::fs::read_to_string(filename).ok()?;
                let rc: Rc<str> = Rc::from(text);
                self.interp.sources.borrow_mut().insert(filename.to_string(), rc.clone());
                rc
            }
        };
        let l = src.lines().nth((line as usize).checked_sub(1)?)?;
        let t = l.trim();
        if t.is_empty() {
            None
        } else {
            Some(t.to_string())
        }
    }

    /// `module.Name` for non-builtin exception classes, like CPython prints.
    pub fn qualified_class_name(&self, cls: &Obj) -> String {
        match &**cls {
            PyObject::Type(t) => {
                let m = t.module.borrow();
                let q = t.qualname.borrow();
                if *m == "builtins" || *m == "__main__" {
                    q.clone()
                } else {
                    format!("{}.{}", m, q)
                }
            }
            _ => "?".to_string(),
        }
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, e: &PyErr) {
        let text = self.format_exception(&e.0);
        crate::modules::sys::write_stderr(self, &text);
    }

    /// Converts a syntax error into a Python SyntaxError exception.
    pub fn syntax_error(&mut self, err: &crate::syntax::SyntaxError, filename: &str, source: Option<&str>) -> PyErr {
        use crate::syntax::SyntaxErrorKind;
        let name = match err.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        };
        let e = self.new_error(name, &err.msg);
        if let PyObject::Exception(x) = &*e.0 {
            let mut d = x.dict.borrow_mut();
            d.set_str("msg", Value::str(&err.msg));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(err.line as i64));
            d.set_str("offset", Value::Int(err.col as i64));
            let text = source.and_then(|s| s.lines().nth((err.line as usize).saturating_sub(1))).map(|l| Value::string(format!("{}\n", l)));
            d.set_str("text", text.unwrap_or(Value::None));
        }
        e
    }
}

/// `raise X` accepts a class or an instance; this normalises to an instance.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<Obj> {
    match &v {
        Value::Obj(o) => match &**o {
            PyObject::Exception(_) => Ok(o.clone()),
            PyObject::Type(_) if vm.is_subclass(o, &vm.types().base_exception.clone()) => {
                let inst = vm.call(v.clone(), &[])?;
                match inst {
                    Value::Obj(i) if matches!(&*i, PyObject::Exception(_)) => Ok(i),
                    other => Err(vm.type_error(&format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr_type(o),
                        vm.type_name(&other)
                    ))),
                }
            }
            _ => Err(vm.type_error("exceptions must derive from BaseException")),
        },
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}
