//! Generators and coroutines.
//!
//! A generator owns its suspended frame (`frame` is `None` while it runs and
//! once it has finished). Resuming moves the frame onto `Vm::frames`; it
//! moves back into the generator when the frame yields. States follow
//! CPython's genobject.c: created (not started), suspended, running,
//! completed.
//!
//! Two ways to resume. The common ones — a `for` loop (`ForIter`), `yield
//! from`/`await` (`Send`), and calls of `send`, `__next__` or `next()` — are
//! *in place*: the frame is pushed with a `Return::ForIter`/`Send`/`Call`
//! marker and the running loop simply continues in it; its yield hands the
//! value to the caller's stack, its return ends the caller's loop, finishes
//! the `yield from` or raises StopIteration, and an exception escaping it
//! finishes the generator as `unwind` passes through (PEP 479 applied there).
//! No native call nests, so `yield from` chains are bounded only by the
//! recursion limit. Everything else (`throw`, `close`, async generators,
//! native callers) goes through `resume`/`drive`, a nested run of the loop
//! with the frame as its base. The exception being handled inside the generator
//! (`sys.exc_info()`) is swapped in and out with the frame: a generator that
//! handles no exception of its own sees its caller's, as in CPython, whose
//! exception states form a chain (`enter_exc_state` / `leave_exc_state`).
//!
//! `yield from` / `await` are the `Send` instruction: while a generator is
//! suspended inside one, its top of stack is the delegate, and `throw()` and
//! `close()` are forwarded to it first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::Halt;
use super::frame::{Frame, Return};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{flags, Instr, PyCode};
use crate::objects::{Obj, PyObject, Value};
use crate::runtime::gil::GilCell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct PyGenerator {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// An async generator's `ag_running`: an `asend`/`athrow` awaitable is
    /// in progress (set on its first step, cleared when it finishes).
    pub running_async: Cell<bool>,
    pub started: Cell<bool>,
    /// `(__name__, __qualname__)` when they differ from the code's (a renamed
    /// function's): most generators carry no strings of their own.
    pub names: RefCell<Option<Box<(String, String)>>>,
    pub code: Rc<PyCode>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Value>,
}

impl PyGenerator {
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
    pub fn name(&self) -> String {
        self.names.borrow().as_ref().map_or_else(|| self.code.name.clone(), |n| n.0.clone())
    }
    pub fn qualname(&self) -> String {
        self.names.borrow().as_ref().map_or_else(|| self.code.qualname.clone(), |n| n.1.clone())
    }
    /// Sets `__name__` (`qualname` false) or `__qualname__`.
    pub fn set_name(&self, qualname: bool, s: &str) {
        let mut names = self.names.borrow_mut();
        let n = names.get_or_insert_with(|| Box::new((self.code.name.clone(), self.code.qualname.clone())));
        if qualname {
            n.1 = s.to_string();
        } else {
            n.0 = s.to_string();
        }
    }
    pub fn finished(&self) -> bool {
        self.frame.borrow().is_none() && !self.running.get()
    }
}

/// Generators to close, revived from the ones being dropped (by any thread;
/// whichever thread runs next closes them).
static TO_FINALIZE: GilCell<RefCell<Vec<Value>>> = GilCell::new(RefCell::new(Vec::new()));
/// Qualified names of coroutines dropped without ever being awaited.
static NEVER_AWAITED: GilCell<RefCell<Vec<String>>> = GilCell::new(RefCell::new(Vec::new()));

impl Drop for PyGenerator {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else { return };
        if self.kind == GenKind::Coroutine && !self.started.get() {
            let name = self.qualname();
            NEVER_AWAITED.get().borrow_mut().push(name);
            crate::runtime::breaker::request(crate::runtime::breaker::FINALIZE);
            return;
        }
        if !self.started.get() || frame.blocks.is_empty() {
            return;
        }
        let revived = PyGenerator {
            kind: self.kind,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            running_async: Cell::new(false),
            started: Cell::new(true),
            names: RefCell::new(self.names.get_mut().take()),
            code: self.code.clone(),
            exc_state: RefCell::new(std::mem::replace(self.exc_state.get_mut(), Value::None)),
        };
        let v = Value::from_obj(PyObject::Generator(revived));
        TO_FINALIZE.get().borrow_mut().push(v);
        crate::runtime::breaker::request(crate::runtime::breaker::FINALIZE);
    }
}

/// Nested generator resumptions (`yield from` chains) allowed at once; about
/// 4 KiB of native stack each, against the 2 GiB interpreter thread.
const MAX_GENERATOR_NESTING: usize = 250_000;

/// The outcome of sending into a generator or iterator.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

/// Async generators mark the values they `yield`, so that the awaitable
/// driving them (`__anext__`, `asend`) can tell them from the yields of an
/// `await` inside, which belong to the event loop.
pub fn wrap_async_value(vm: &Vm, v: Value) -> Value {
    Value::from_obj(PyObject::Instance(crate::objects::Instance::new(vm.types().async_wrapped.clone(), Some(v))))
}

/// The value inside a wrapped async-generator yield, if `v` is one.
pub fn unwrap_async_value(vm: &Vm, v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Instance(i) if Rc::ptr_eq(&i.class.borrow(), &vm.types().async_wrapped) => i.base.clone(),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Wraps a fresh frame of a generator function into a generator object.
    pub fn make_generator(&mut self, mut frame: Box<Frame>, func: &Obj) -> Value {
        let code = frame.code.clone();
        let names = match &**func {
            PyObject::Function(f) if *f.name.borrow() != code.name || *f.qualname.borrow() != code.qualname => {
                Some(Box::new((f.name.borrow().clone(), f.qualname.borrow().clone())))
            }
            _ => None,
        };
        let kind = if code.flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        frame.ret = Return::Native;
        // A pooled frame may bring a large value stack; a generator keeps
        // its frame for as long as it lives, so give it just what it needs.
        let need = code.frame_size();
        if frame.stack.capacity() > need {
            frame.stack.shrink_to(need);
        }
        Value::from_obj(PyObject::Generator(PyGenerator {
            kind,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            running_async: Cell::new(false),
            started: Cell::new(false),
            names: RefCell::new(names),
            code,
            exc_state: RefCell::new(Value::None),
        }))
    }

    /// Resumes a generator with a sent value, or by throwing `throw` into it.
    pub fn resume(&mut self, o: &Obj, value: Value, throw: Option<PyErr>) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(self.type_error("not a generator")) };
        if g.running.get() {
            let what = g.kind_name();
            return Err(self.value_error(&format!("{} already executing", what)));
        }
        let frame = g.frame.borrow_mut().take();
        let Some(mut frame) = frame else {
            if let Some(e) = throw {
                return Err(e);
            }
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(Sent::Returned(Value::None));
        };
        if throw.is_none() {
            if !g.started.get() {
                if !value.is_none() {
                    *g.frame.borrow_mut() = Some(frame);
                    let what = if g.kind == GenKind::AsyncGenerator { "async generator" } else { g.kind_name() };
                    return Err(self.type_error(&format!("can't send non-None value to a just-started {}", what)));
                }
            } else {
                frame.stack.push(value);
            }
        } else if g.started.get() {
            // Delegate throw() to a `yield from` target first.
            if let Some(sub) = delegate_of(&frame) {
                *g.frame.borrow_mut() = Some(frame);
                return self.throw_to_delegate(o, sub, throw.unwrap_or_else(|| self.runtime_error("throw")));
            }
        }
        g.started.set(true);
        self.drive(o, g, frame, throw)
    }

    /// Resumes the generator or coroutine on top of frame `top`'s stack in
    /// place: its frame is pushed on `Vm::frames` and the running loop simply
    /// continues in it (DESIGN.md decision 5), instead of a nested `run` per
    /// resumption. `ret` says what its yield and return do to the caller (see
    /// `Return::ForIter`, `Send` and `Call`); while it runs, the generator's
    /// `exc_state` holds the caller's `sys.exc_info()`. Err(sent) leaves the
    /// rare cases to `resume`: not a generator, an async generator, running
    /// or finished, a value sent to a just-started one, or the recursion limit.
    #[inline(never)]
    pub(crate) fn resume_inline(&mut self, top: usize, sent: Value, ret: Return) -> Result<(), Value> {
        let Some(Value::Obj(o)) = self.frames[top].stack.last() else { return Err(sent) };
        let o = o.clone();
        self.resume_inline_obj(&o, sent, ret)
    }

    /// `resume_inline` for the generator `o`.
    pub(crate) fn resume_inline_obj(&mut self, o: &Obj, sent: Value, ret: Return) -> Result<(), Value> {
        let PyObject::Generator(g) = &**o else { return Err(sent) };
        let started = g.started.get();
        if g.kind == GenKind::AsyncGenerator || g.running.get() || (!started && !sent.is_none()) {
            return Err(sent);
        }
        if self.frames.len() + self.native_depth >= self.interp.recursion_limit.get() {
            return Err(sent);
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else { return Err(sent) };
        if started {
            frame.stack.push(sent);
        }
        g.started.set(true);
        g.running.set(true);
        let caller = Vm::enter_exc_state(&mut self.exc_info, g);
        *g.exc_state.borrow_mut() = caller;
        frame.ret = ret;
        frame.generator = Some(o.clone());
        self.frames.push(frame);
        Ok(())
    }

    /// A generator frame resumed in place yields: it goes back into its
    /// generator, and the caller's `sys.exc_info()` comes back.
    #[inline(never)]
    pub(crate) fn suspend_inline(&mut self, mut frame: Box<Frame>) {
        let Some(o) = frame.generator.take() else { return };
        let PyObject::Generator(g) = &*o else { return };
        g.running.set(false);
        let caller = g.exc_state.replace(Value::None);
        self.leave_exc_state(g, caller, true);
        *g.frame.borrow_mut() = Some(frame);
    }

    /// A generator frame resumed in place returns `v`: the generator is
    /// finished, and its caller leaves its loop or `yield from`.
    #[inline(never)]
    pub(crate) fn return_inline(&mut self, mut frame: Box<Frame>, v: Value) -> PyResult<()> {
        self.finish_inline(&mut frame);
        let ret = std::mem::replace(&mut frame.ret, Return::Native);
        self.recycle(frame);
        if let Return::Call = ret {
            return Err(self.stop_iteration(v));
        }
        let Some(f) = self.frames.last_mut() else { return Ok(()) };
        f.stack.pop();
        match ret {
            Return::ForIter(l) => f.ip = l as usize,
            Return::Send(l) => {
                f.stack.push(v);
                f.ip = l as usize;
            }
            _ => {}
        }
        Ok(())
    }

    /// A generator frame resumed in place returns: the generator is finished.
    fn finish_inline(&mut self, frame: &mut Frame) {
        let Some(o) = frame.generator.take() else { return };
        let PyObject::Generator(g) = &*o else { return };
        g.running.set(false);
        let caller = g.exc_state.replace(Value::None);
        self.leave_exc_state(g, caller, false);
    }

    /// An exception leaves a generator frame resumed in place: the generator
    /// is finished, and the error is what its caller sees (PEP 479, and the
    /// caller's handled exception as context, as when resumed natively).
    #[cold]
    pub(crate) fn finish_inline_with_error(&mut self, frame: &mut Frame, e: PyErr) -> PyErr {
        let Some(o) = frame.generator.clone() else { return e };
        self.finish_inline(frame);
        let PyObject::Generator(g) = &*o else { return e };
        let e = self.pep479(g, e);
        self.chain_context(&e.0);
        e
    }

    /// Makes the generator's own handled exception current as it starts
    /// running, or leaves the caller's visible when it has none. Returns the
    /// caller's, to give to `leave_exc_state`.
    fn enter_exc_state(exc_info: &mut Value, g: &PyGenerator) -> Value {
        let own = g.exc_state.replace(Value::None);
        if own.is_none() {
            exc_info.clone()
        } else {
            std::mem::replace(exc_info, own)
        }
    }

    /// Restores the caller's handled exception as the generator stops; one
    /// that suspends keeps what it handles itself (anything but the caller's).
    fn leave_exc_state(&mut self, g: &PyGenerator, caller: Value, suspended: bool) {
        let inner = std::mem::replace(&mut self.exc_info, caller);
        if suspended && !inner.is(&self.exc_info) {
            *g.exc_state.borrow_mut() = inner;
        }
    }

    /// Runs a generator's frame until it yields, returns or raises (with
    /// `throw` raised at its suspension point first, if given), keeping the
    /// generator's own `sys.exc_info()` while it runs.
    fn drive(&mut self, o: &Obj, g: &PyGenerator, mut frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<Sent> {
        if let Err(e) = self.stack_guard() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        // Each resumption nests a native call; bound it well inside the
        // interpreter thread's stack (main.rs) so it never overflows.
        if self.native_depth >= MAX_GENERATOR_NESTING {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.generator = Some(o.clone());
        frame.ret = Return::Native;
        self.push_frame(frame)?;
        let base = self.frames.len() - 1;
        let saved = Vm::enter_exc_state(&mut self.exc_info, g);
        g.running.set(true);
        self.native_depth += 1;
        let r = match throw {
            Some(e) => match self.unwind(e, base) {
                Ok(()) => self.run(base),
                Err(e) => Err(e),
            },
            None => self.run(base),
        };
        self.native_depth -= 1;
        g.running.set(false);
        self.leave_exc_state(g, saved, matches!(r, Ok(Halt::Yield(_))));
        match r {
            Ok(Halt::Yield(v)) => {
                let mut frame = self.frames.pop().expect("generator frame");
                frame.generator = None;
                *g.frame.borrow_mut() = Some(frame);
                Ok(Sent::Yielded(v))
            }
            Ok(Halt::Return(v)) => {
                if let Some(f) = self.frames.pop() {
                    self.recycle(f);
                }
                Ok(Sent::Returned(v))
            }
            Err(e) => Err(self.pep479(g, e)),
        }
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    fn pep479(&mut self, g: &PyGenerator, e: PyErr) -> PyErr {
        if self.err_is(&e, "StopIteration") {
            let what = if g.kind == GenKind::AsyncGenerator { "async generator" } else { g.kind_name() };
            let new = self.runtime_error(&format!("{} raised StopIteration", what));
            if let PyObject::Exception(x) = &*new.0 {
                *x.cause.borrow_mut() = Value::Obj(e.0.clone());
                *x.context.borrow_mut() = Value::Obj(e.0.clone());
                x.suppress_context.set(true);
            }
            return new;
        }
        if g.kind == GenKind::AsyncGenerator && self.err_is(&e, "StopAsyncIteration") {
            return self.runtime_error("async generator raised StopAsyncIteration");
        }
        e
    }

    fn throw_to_delegate(&mut self, o: &Obj, sub: Value, exc: PyErr) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(exc) };
        let is_exit = self.err_is(&exc, "GeneratorExit");
        g.running.set(true);
        let r = if is_exit {
            // close() the delegate, then raise GeneratorExit here.
            let c = self.close_value(&sub);
            g.running.set(false);
            match c {
                Ok(()) => return self.resume_throw_here(o, exc),
                Err(e) => return self.resume_throw_here(o, e),
            }
        } else {
            match &sub {
                Value::Obj(so) if matches!(&**so, PyObject::Generator(_)) => self.resume(so, Value::None, Some(exc.clone())),
                _ => match self.getattr_opt(&sub, "throw")? {
                    Some(t) => {
                        match self.call(t, &[Value::Obj(exc.0.clone())]) {
                            Ok(v) => Ok(Sent::Yielded(v)),
                            Err(e) if self.err_is(&e, "StopIteration") => {
                                let v = Vm::exc_args(&e.0).into_iter().next().unwrap_or(Value::None);
                                Ok(Sent::Returned(v))
                            }
                            Err(e) => Err(e),
                        }
                    }
                    None => {
                        g.running.set(false);
                        return self.resume_throw_here(o, exc);
                    }
                },
            }
        };
        g.running.set(false);
        match r {
            Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
            Ok(Sent::Returned(v)) => {
                // The delegate finished: continue after the `Send` with its value.
                let frame = g.frame.borrow_mut().take();
                let Some(mut frame) = frame else { return Ok(Sent::Returned(Value::None)) };
                frame.stack.pop();
                skip_delegation(&mut frame);
                frame.stack.push(v);
                self.drive(o, g, frame, None)
            }
            Err(e) => self.resume_throw_here(o, e),
        }
    }

    /// Raises `exc` at the generator's own suspension point (not the delegate's).
    fn resume_throw_here(&mut self, o: &Obj, exc: PyErr) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(exc) };
        let frame = g.frame.borrow_mut().take();
        let Some(mut frame) = frame else { return Err(exc) };
        skip_delegation(&mut frame);
        self.drive(o, g, frame, Some(exc))
    }

    /// Closes the generators abandoned since the last call; an error in one
    /// is printed like CPython's "Exception ignored in" and not raised.
    pub fn run_finalizers(&mut self) {
        let unawaited: Vec<String> = std::mem::take(&mut *NEVER_AWAITED.get().borrow_mut());
        for name in unawaited {
            self.warn_at_current_line("RuntimeWarning", &format!("coroutine '{}' was never awaited", name));
        }
        loop {
            let next = TO_FINALIZE.get().borrow_mut().pop();
            let Some(g) = next else { break };
            let Value::Obj(o) = &g else { continue };
            if let Err(e) = self.close_generator(o) {
                let what = self.repr(&g).unwrap_or_default();
                let tb = self.format_exception(&e.0);
                crate::modules::sys::write_stderr(self, &format!("Exception ignored in: {}\n{}", what, tb));
            }
        }
    }

    /// Prints a warning for the current source line, once per location (the
    /// "default" action of CPython's warnings filter).
    pub fn warn_at_current_line(&mut self, category: &str, msg: &str) {
        let (file, line) = match self.frames.last() {
            Some(f) => (f.code.filename.to_string(), f.line()),
            None => ("sys".to_string(), 1),
        };
        let never_awaited = category == "RuntimeWarning" && msg.ends_with("was never awaited");
        // Once the warnings module is loaded, its filters and hooks decide.
        let warnings = Vm::dict_of(&self.interp.modules.clone()).borrow().get_str("warnings").cloned();
        if let Some(w) = warnings {
            if let Ok(Some(hook)) = self.getattr_opt(&w, "_warn_from_interpreter") {
                let globals = self.frames.last().map(|f| Value::Obj(f.globals.clone())).unwrap_or(Value::None);
                let args = [Value::str(category), Value::str(msg), Value::str(&file), Value::Int(line as i64), globals, Value::bool(never_awaited)];
                if let Err(e) = self.call(hook, &args) {
                    let tb = self.format_exception(&e.0);
                    crate::modules::sys::write_stderr(self, &format!("Exception ignored in warning:\n{}", tb));
                }
                return;
            }
        }
        let key = format!("{}:{}:{}:{}", file, line, category, msg);
        if !self.interp.warned.borrow_mut().insert(key) {
            return;
        }
        let mut text = format!("{}:{}: {}: {}\n", file, line, category, msg);
        if let Some(src) = self.source_line(&file, line) {
            text.push_str(&format!("  {}\n", src));
        }
        if never_awaited {
            text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        crate::modules::sys::write_stderr(self, &text);
    }

    /// `next(gen)`: Some(value) or None when the generator returns.
    pub fn generator_next(&mut self, o: &Obj) -> PyResult<Option<Value>> {
        match self.resume(o, Value::None, None)? {
            Sent::Yielded(v) => Ok(Some(v)),
            Sent::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)` for the `Send` instruction and `yield from` on any iterator.
    pub fn send_into(&mut self, it: &Value, sent: Value) -> PyResult<Sent> {
        if let Value::Obj(o) = it {
            if matches!(&**o, PyObject::Generator(_)) {
                return self.resume(o, sent, None);
            }
        }
        if sent.is_none() {
            match self.next_with_value(it)? {
                Ok(v) => Ok(Sent::Yielded(v)),
                Err(r) => Ok(Sent::Returned(r)),
            }
        } else {
            match self.call_method(it, "send", &[sent]) {
                Ok(v) => Ok(Sent::Yielded(v)),
                Err(e) if self.err_is(&e, "StopIteration") => {
                    Ok(Sent::Returned(Vm::exc_args(&e.0).into_iter().next().unwrap_or(Value::None)))
                }
                Err(e) => Err(e),
            }
        }
    }

    /// One step of an iterator keeping StopIteration's value: Ok(item) or Err(return value).
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = it {
            if matches!(&**o, PyObject::Iter(_)) {
                return Ok(match self.next(it)? {
                    Some(v) => Ok(v),
                    None => Err(Value::None),
                });
            }
        }
        match self.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Err(self.type_error(&format!("'{}' object is not an iterator", self.type_name(it)))),
            Err(e) if self.err_is(&e, "StopIteration") => Ok(Err(Vm::exc_args(&e.0).into_iter().next().unwrap_or(Value::None))),
            Err(e) => Err(e),
        }
    }

    /// `gen.close()`
    pub fn close_generator(&mut self, o: &Obj) -> PyResult<()> {
        let PyObject::Generator(g) = &**o else { return Ok(()) };
        if g.running.get() {
            return Err(self.value_error(&format!("{} already executing", g.kind_name())));
        }
        if g.frame.borrow().is_none() {
            return Ok(());
        }
        if !g.started.get() {
            *g.frame.borrow_mut() = None;
            return Ok(());
        }
        let exit = self.new_error_noargs("GeneratorExit");
        match self.resume(o, Value::None, Some(exit)) {
            Ok(Sent::Yielded(_)) => {
                let what = g.kind_name();
                Err(self.runtime_error(&format!("{} ignored GeneratorExit", what)))
            }
            Ok(Sent::Returned(_)) => Ok(()),
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn close_value(&mut self, v: &Value) -> PyResult<()> {
        if let Value::Obj(o) = v {
            if matches!(&**o, PyObject::Generator(_)) {
                return self.close_generator(o);
            }
        }
        if let Some(c) = self.getattr_opt(v, "close")? {
            self.call(c, &[])?;
        }
        Ok(())
    }

    /// `await v`: the iterator that drives it.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if let PyObject::Generator(g) = &**o {
                if g.kind == GenKind::Coroutine || g.code.flags & flags::ITERABLE_COROUTINE != 0 {
                    return Ok(v.clone());
                }
            }
        }
        if let Some(r) = self.call_special(v, "__await__", &[])? {
            if matches!(&r, Value::Obj(ro) if matches!(&**ro, PyObject::Generator(g) if g.kind == GenKind::Coroutine)) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            let ok = matches!(&r, Value::Obj(ro) if matches!(&**ro, PyObject::Iter(_)) || matches!(&**ro, PyObject::Generator(g) if g.kind == GenKind::Generator))
                || self.lookup_special(&r, "__next__").is_some();
            if !ok {
                return Err(self.type_error(&format!("__await__() returned non-iterator of type '{}'", self.type_name(&r))));
            }
            return Ok(r);
        }
        Err(self.type_error(&format!("object {} can't be used in 'await' expression", self.type_name(v))))
    }

    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_special(v, "__aiter__", &[])? {
            Some(r) => {
                if self.lookup_special(&r, "__anext__").is_none() {
                    return Err(self.type_error(&format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error(&format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(v)))),
        }
    }

    pub fn get_anext(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_special(v, "__anext__", &[])? {
            Some(r) => self.get_awaitable(&r).map_err(|_| {
                self.type_error(&format!("'async for' received an invalid object from __anext__: {}", self.type_name(&r)))
            }),
            None => Err(self.type_error(&format!("'async for' requires an iterator with __anext__ method, got {}", self.type_name(v)))),
        }
    }
}

/// Moves a frame suspended inside `yield from` past its `Send` loop.
fn skip_delegation(f: &mut Frame) {
    if let Some(Instr::Jump(t)) = f.code.instrs.get(f.ip) {
        if let Some(Instr::Send(end)) = f.code.instrs.get(*t as usize) {
            f.ip = *end as usize;
        }
    }
}

/// The `yield from` target of a frame suspended inside one, if any.
pub fn delegate_of(f: &Frame) -> Option<Value> {
    if let Some(Instr::Jump(t)) = f.code.instrs.get(f.ip) {
        if let Some(Instr::Send(_)) = f.code.instrs.get(*t as usize) {
            return f.stack.last().cloned();
        }
    }
    None
}
