//! Generators and coroutines.
//!
//! A suspended generator holds its frame's state itself, not a `Frame`: one
//! value vector (locals, cells, value stack, sized once to the code's
//! needs), the instruction to resume at and its globals, with the rarely
//! used rest behind one optional box. So a suspended generator with two
//! locals is an 96-byte object plus a 64-byte vector (CPython 3.11: 208
//! bytes; examples/gen_memory.py measures it). Resuming fills a pooled
//! `Frame` from it (the vector by a swap) and pushes that on `Vm::frames`;
//! a yield moves the state back and returns the frame to the pool. States
//! follow CPython's genobject.c: created (not started), suspended, running,
//! finished.
//!
//! Two ways to resume. The common ones — a `for` loop (`ForIter`), `yield
//! from`/`await` (`Send`), and calls of `send`, `__next__` or `next()` — are
//! *in place*, by the fast loop (fast.rs, which also resumes and suspends a
//! whole `yield from` chain in one step): the frame is pushed with a
//! `Return::InPlace` marker (`ForIter`, `Send` or `Call`) and the running loop
//! simply continues in it; its yield hands the
//! value to the caller's stack, its return ends the caller's loop, finishes
//! the `yield from` or raises StopIteration, and an exception escaping it
//! finishes the generator as `unwind` passes through (PEP 479 applied there).
//! No native call nests, so `yield from` chains are bounded only by the
//! recursion limit. Everything else (`throw`, `close`, async generators,
//! native callers) goes through `resume`/`drive`, a nested run of the loop
//! with the frame as its base. The exception being handled inside the generator
//! (`sys.exc_info()`) is swapped in and out with the frame: a generator that
//! handles no exception of its own sees its caller's, as in CPython, whose
//! exception states form a chain (`load_into` / `store_from`).
//!
//! `yield from` / `await` are the `Send` instruction: while a generator is
//! suspended inside one, its top of stack is the delegate, and `throw()` and
//! `close()` are forwarded to it first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::Halt;
use super::frame::{set_empty, Block, Frame, InPlace, Return};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{flags, Instr, PyCode};
use crate::objects::{Obj, PyFunction, PyObject, Value};
use crate::runtime::gil::GilCell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// CPython's generator states (genobject.c's `gi_frame_state`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Not started: the arguments are bound, nothing has run.
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator, coroutine or async generator object. While it is not
/// running it holds its frame's whole state itself: the value vector
/// (locals, cells, value stack; allocated once, at the frame's full size),
/// the instruction it resumes at, and its globals. Resuming moves that into
/// a pooled `Frame` on `Vm::frames` (the vector by a swap: the frame's own
/// spare vector waits here meanwhile); suspending moves it back. So a
/// suspended generator costs its object plus one vector, and the rarely
/// needed rest (a block stack, its own handled exception, a changed name)
/// sits in `extra`, allocated only when used.
pub struct PyGenerator {
    pub kind: GenKind,
    state: Cell<GenState>,
    /// An async generator's `ag_running`: an `asend`/`athrow` awaitable is
    /// in progress (set on its first step, cleared when it finishes).
    pub running_async: Cell<bool>,
    ip: Cell<u32>,
    pub code: Rc<PyCode>,
    globals: Obj,
    stack: RefCell<Vec<Value>>,
    extra: RefCell<Option<Box<GenExtra>>>,
}

/// The parts of a generator's state that most generators never need.
struct GenExtra {
    /// The block stack of a generator suspended inside `try` or `with`
    /// (kept, emptied, once allocated: it is swapped with the frame's).
    blocks: Vec<Block>,
    /// The exception being handled inside the generator while it is suspended.
    exc_state: Value,
    /// `(__name__, __qualname__)` when they differ from the code's.
    names: Option<(String, String)>,
}

impl Default for GenExtra {
    fn default() -> GenExtra {
        GenExtra { blocks: Vec::new(), exc_state: Value::None, names: None }
    }
}

impl PyGenerator {
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
    pub fn state(&self) -> GenState {
        self.state.get()
    }
    pub fn running(&self) -> bool {
        self.state.get() == GenState::Running
    }
    pub fn finished(&self) -> bool {
        self.state.get() == GenState::Finished
    }
    fn names(&self) -> Option<(String, String)> {
        self.extra.borrow().as_ref().and_then(|x| x.names.clone())
    }
    pub fn name(&self) -> String {
        self.names().map_or_else(|| self.code.name.clone(), |n| n.0)
    }
    pub fn qualname(&self) -> String {
        self.names().map_or_else(|| self.code.qualname.clone(), |n| n.1)
    }
    /// Sets `__name__` (`qualname` false) or `__qualname__`.
    pub fn set_name(&self, qualname: bool, s: &str) {
        let (name, qual) = self.names().unwrap_or_else(|| (self.code.name.clone(), self.code.qualname.clone()));
        let names = if qualname { (name, s.to_string()) } else { (s.to_string(), qual) };
        self.extra.borrow_mut().get_or_insert_with(Box::default).names = Some(names);
    }
    /// Runs `f` on the suspended frame's value vector (never calling back into Python).
    fn with_stack<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        f(&mut self.stack.borrow_mut())
    }
    /// A not-running generator's frame, seen by `f` (gi_frame, gi_yieldfrom).
    pub fn with_suspended<R>(&self, f: impl FnOnce(&FrameView) -> R) -> Option<R> {
        if !matches!(self.state.get(), GenState::Created | GenState::Suspended) {
            return None;
        }
        Some(self.with_stack(|stack| f(&FrameView { code: &self.code, ip: self.ip.get() as usize, stack, globals: &self.globals })))
    }
    /// The `yield from` / `await` target a suspended generator waits on.
    pub fn delegate(&self) -> Option<Value> {
        self.with_suspended(|v| v.delegate()).flatten()
    }

    /// Moves the generator's frame state into `frame`, which is about to run
    /// it, and makes the generator's own handled exception current (or leaves
    /// the caller's visible when it has none, as CPython's chained exception
    /// states do); the caller's goes into `frame.caller_exc`.
    #[inline(always)]
    fn load_into(&self, frame: &mut Frame, exc_info: &mut Value) {
        if !Rc::ptr_eq(&frame.code, &self.code) {
            frame.code = self.code.clone();
        }
        if !Rc::ptr_eq(&frame.globals, &self.globals) {
            frame.globals = self.globals.clone();
        }
        frame.ip = self.ip.get() as usize;
        std::mem::swap(&mut *self.stack.borrow_mut(), &mut frame.stack);
        let own = match self.extra.borrow_mut().as_mut() {
            Some(x) => {
                std::mem::swap(&mut x.blocks, &mut frame.blocks);
                std::mem::replace(&mut x.exc_state, Value::None)
            }
            None => Value::None,
        };
        let caller = if own.is_none() { exc_info.clone() } else { std::mem::replace(exc_info, own) };
        set_empty(&mut frame.caller_exc, caller);
    }

    /// Moves a yielding frame's state back in (the frame gets its spare
    /// vector back) and restores the caller's handled exception; the
    /// generator keeps what it handles itself (anything but the caller's).
    #[inline(always)]
    fn store_from(&self, frame: &mut Frame, exc_info: &mut Value) {
        self.ip.set(frame.ip as u32);
        std::mem::swap(&mut *self.stack.borrow_mut(), &mut frame.stack);
        let caller = std::mem::replace(&mut frame.caller_exc, Value::None);
        if (exc_info.is_none() && caller.is_none()) || exc_info.is(&caller) {
            // It handles nothing of its own (the common case).
            if frame.blocks.is_empty() && self.extra.borrow().is_none() {
                return;
            }
            *exc_info = caller;
            self.keep_extra(frame, Value::None);
        } else {
            let own = std::mem::replace(exc_info, caller);
            self.keep_extra(frame, own);
        }
    }

    /// The block stack and own handled exception of a suspending frame.
    fn keep_extra(&self, frame: &mut Frame, own: Value) {
        let mut x = self.extra.borrow_mut();
        let x = x.get_or_insert_with(Box::default);
        std::mem::swap(&mut x.blocks, &mut frame.blocks);
        x.exc_state = own;
    }
}

/// A frame's state as the frame views read it: a running `Frame` or a
/// suspended generator's.
pub struct FrameView<'a> {
    pub code: &'a Rc<PyCode>,
    pub ip: usize,
    pub stack: &'a [Value],
    pub globals: &'a Obj,
}

impl FrameView<'_> {
    pub fn of(f: &Frame) -> FrameView<'_> {
        FrameView { code: &f.code, ip: f.ip, stack: &f.stack, globals: &f.globals }
    }
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
    /// The `yield from` target of a frame suspended inside one, if any.
    pub fn delegate(&self) -> Option<Value> {
        if let Some(Instr::Jump(t)) = self.code.instrs.get(self.ip) {
            if let Some(Instr::Send(_)) = self.code.instrs.get(*t as usize) {
                return self.stack.last().cloned();
            }
        }
        None
    }
}

/// Generators to close, revived from the ones being dropped (by any thread;
/// whichever thread runs next closes them).
static TO_FINALIZE: GilCell<std::cell::RefCell<Vec<Value>>> = GilCell::new(std::cell::RefCell::new(Vec::new()));
/// Qualified names of coroutines dropped without ever being awaited.
static NEVER_AWAITED: GilCell<std::cell::RefCell<Vec<String>>> = GilCell::new(std::cell::RefCell::new(Vec::new()));

impl Drop for PyGenerator {
    fn drop(&mut self) {
        match self.state.get() {
            GenState::Created if self.kind == GenKind::Coroutine => {
                let name = self.qualname();
                NEVER_AWAITED.get().borrow_mut().push(name);
                crate::runtime::breaker::request(crate::runtime::breaker::FINALIZE);
            }
            // Suspended inside `try` or `with`: close it, so that its
            // `finally` and `__exit__` run, as refcounting CPython does.
            GenState::Suspended if self.extra.get_mut().as_ref().is_some_and(|x| !x.blocks.is_empty()) => {
                let revived = PyGenerator {
                    kind: self.kind,
                    state: Cell::new(GenState::Suspended),
                    running_async: Cell::new(false),
                    ip: Cell::new(self.ip.get()),
                    code: self.code.clone(),
                    globals: self.globals.clone(),
                    stack: RefCell::new(std::mem::take(self.stack.get_mut())),
                    extra: RefCell::new(self.extra.get_mut().take()),
                };
                TO_FINALIZE.get().borrow_mut().push(Value::from_obj(PyObject::Generator(revived)));
                crate::runtime::breaker::request(crate::runtime::breaker::FINALIZE);
            }
            _ => {}
        }
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
            PyObject::Instance(i) if Rc::ptr_eq(&i.class(), &vm.types().async_wrapped) => i.base.clone(),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Wraps a fresh frame of a generator function into a generator object
    /// (see `new_object`).
    pub fn make_generator(&mut self, frame: Box<Frame>, func: &Obj) -> Value {
        new_object(&mut self.frame_pool, frame, func)
    }

    /// A frame running generator `o` (see `start`).
    fn start_generator(&mut self, o: Obj, ret: Option<InPlace>) -> Box<Frame> {
        start(&mut self.frame_pool, &mut self.exc_info, o, ret)
    }

    /// A generator frame yields (see `suspend`).
    fn suspend_generator(&mut self, frame: Box<Frame>) {
        suspend(&mut self.frame_pool, &mut self.exc_info, frame)
    }

    /// A generator frame stops for good (see `finish`).
    fn finish_generator(&mut self, frame: &mut Frame) {
        finish(&mut self.exc_info, &mut self.stack_pool, frame)
    }

    /// Resumes a generator with a sent value, or by throwing `throw` into it.
    pub fn resume(&mut self, o: &Obj, value: Value, throw: Option<PyErr>) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(self.type_error("not a generator")) };
        match g.state.get() {
            GenState::Running => {
                let what = g.kind_name();
                return Err(self.value_error(&format!("{} already executing", what)));
            }
            GenState::Finished => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if g.kind == GenKind::Coroutine {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Ok(Sent::Returned(Value::None));
            }
            GenState::Created => {
                if throw.is_none() && !value.is_none() {
                    let what = if g.kind == GenKind::AsyncGenerator { "async generator" } else { g.kind_name() };
                    return Err(self.type_error(&format!("can't send non-None value to a just-started {}", what)));
                }
            }
            GenState::Suspended => match throw {
                None => return self.drive_sending(o, Some(value), None),
                // Delegate throw() to a `yield from` target first.
                Some(e) => {
                    if let Some(sub) = g.delegate() {
                        return self.throw_to_delegate(o, sub, e);
                    }
                    return self.drive(o, Some(e));
                }
            },
        }
        self.drive(o, throw)
    }

    /// A generator frame resumed in place returns `v` (see `return_in_place`);
    /// resumed by a `send()` or `next()` call, it raises StopIteration there.
    #[inline(never)]
    pub(crate) fn return_inline(&mut self, mut frame: Box<Frame>, v: Value) -> PyResult<()> {
        let ret = match std::mem::replace(&mut frame.ret, Return::Native) {
            Return::InPlace(r @ (InPlace::ForIter(_) | InPlace::Send(_))) => r,
            _ => {
                self.finish_generator(&mut frame);
                self.recycle(frame);
                return Err(self.stop_iteration(v));
            }
        };
        let top = self.frames.len() - 1;
        return_in_place(&mut self.frames[top], &mut self.frame_pool, &mut self.stack_pool, &mut self.exc_info, frame, ret, v);
        Ok(())
    }

    /// An exception leaves a generator frame (`unwind` popping it): the
    /// generator is finished, and PEP 479 applies. A frame resumed in place
    /// hands the error on to its caller's frame in the same unwind, so it
    /// also gets the caller's handled exception as context, as it would
    /// coming back from a native resumption.
    #[cold]
    pub(crate) fn finish_generator_with_error(&mut self, frame: &mut Frame, e: PyErr) -> PyErr {
        let Some(o) = frame.generator.clone() else { return e };
        self.finish_generator(frame);
        let PyObject::Generator(g) = &*o else { return e };
        let e = self.pep479(g, e);
        if frame.ret.is_inline_generator() {
            self.chain_context(&e.0);
        }
        e
    }

    /// Runs a generator's frame until it yields, returns or raises (with
    /// `throw` raised at its suspension point first, if given), keeping the
    /// generator's own `sys.exc_info()` while it runs.
    fn drive(&mut self, o: &Obj, throw: Option<PyErr>) -> PyResult<Sent> {
        self.drive_sending(o, None, throw)
    }

    /// `drive`, resuming a suspended generator with `sent` as the value of
    /// its `yield` (see `start_sending`).
    fn drive_sending(&mut self, o: &Obj, sent: Option<Value>, throw: Option<PyErr>) -> PyResult<Sent> {
        self.stack_guard()?;
        // Each resumption nests a native call; bound it well inside the
        // interpreter thread's stack (main.rs) so it never overflows.
        if self.native_depth >= MAX_GENERATOR_NESTING || self.frames.len() + self.native_depth >= self.interp.recursion_limit.get() {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        let frame = match sent {
            Some(v) => sending(&mut self.frame_pool, &mut self.exc_info, o.clone(), v),
            None => self.start_generator(o.clone(), None),
        };
        self.frames.push(frame);
        let base = self.frames.len() - 1;
        self.native_depth += 1;
        let r = match throw {
            Some(e) => match self.unwind(e, base) {
                Ok(()) => self.run(base),
                Err(e) => Err(e),
            },
            None => self.run(base),
        };
        self.native_depth -= 1;
        // An error has already finished the generator (see `unwind`).
        match r? {
            Halt::Yield(v) => {
                let frame = self.frames.pop().expect("generator frame");
                self.suspend_generator(frame);
                Ok(Sent::Yielded(v))
            }
            Halt::Return(v) => {
                let mut frame = self.frames.pop().expect("generator frame");
                self.finish_generator(&mut frame);
                self.recycle(frame);
                Ok(Sent::Returned(v))
            }
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

    /// `throw()` into a generator suspended in `yield from sub`: the
    /// delegate gets it first (GeneratorExit closes it).
    fn throw_to_delegate(&mut self, o: &Obj, sub: Value, exc: PyErr) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(exc) };
        let is_exit = self.err_is(&exc, "GeneratorExit");
        g.state.set(GenState::Running);
        let r = if is_exit {
            // close() the delegate, then raise GeneratorExit here.
            let c = self.close_value(&sub);
            g.state.set(GenState::Suspended);
            match c {
                Ok(()) => return self.resume_throw_here(o, exc),
                Err(e) => return self.resume_throw_here(o, e),
            }
        } else {
            match &sub {
                Value::Obj(so) if matches!(&**so, PyObject::Generator(_)) => self.resume(so, Value::None, Some(exc.clone())),
                _ => match self.getattr_opt(&sub, "throw") {
                    Ok(Some(t)) => match self.call(t, &[Value::Obj(exc.0.clone())]) {
                        Ok(v) => Ok(Sent::Yielded(v)),
                        Err(e) if self.err_is(&e, "StopIteration") => {
                            let v = Vm::exc_args(&e.0).into_iter().next().unwrap_or(Value::None);
                            Ok(Sent::Returned(v))
                        }
                        Err(e) => Err(e),
                    },
                    Ok(None) => {
                        g.state.set(GenState::Suspended);
                        return self.resume_throw_here(o, exc);
                    }
                    Err(e) => Err(e),
                },
            }
        };
        g.state.set(GenState::Suspended);
        match r {
            Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
            Ok(Sent::Returned(v)) => {
                // The delegate finished: continue after the `Send` with its value.
                g.with_stack(|s| s.pop());
                skip_delegation(g);
                g.with_stack(|s| s.push(v));
                self.drive(o, None)
            }
            Err(e) => self.resume_throw_here(o, e),
        }
    }

    /// Raises `exc` at the generator's own suspension point (not the delegate's).
    fn resume_throw_here(&mut self, o: &Obj, exc: PyErr) -> PyResult<Sent> {
        let PyObject::Generator(g) = &**o else { return Err(exc) };
        if g.state.get() != GenState::Suspended {
            return Err(exc);
        }
        skip_delegation(g);
        self.drive(o, Some(exc))
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
        match g.state.get() {
            GenState::Running => return Err(self.value_error(&format!("{} already executing", g.kind_name()))),
            GenState::Finished => return Ok(()),
            GenState::Created => {
                g.state.set(GenState::Finished);
                drop(g.stack.take());
                return Ok(());
            }
            GenState::Suspended => {}
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
                // A coroutine suspended in an `await` has an awaiter already.
                if g.kind == GenKind::Coroutine && g.delegate().is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
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

/// Wraps a fresh frame of generator function `func` into a generator object
/// (the frame goes back to the pool; its values move to a vector of exactly
/// the frame's size).
pub(crate) fn new_object(pool: &mut Vec<Box<Frame>>, mut frame: Box<Frame>, func: &Obj) -> Value {
    let mut stack = Vec::with_capacity(frame.code.frame_size());
    stack.append(&mut frame.stack);
    let (code, globals) = (frame.code.clone(), frame.globals.clone());
    super::frame::recycle(pool, frame);
    wrap(code, globals, stack, func)
}

/// Spare value vectors kept (see `finish`), and the largest capacity kept.
const STACK_POOL_SIZE: usize = 64;
const MAX_POOLED_STACK: usize = 64;

/// The generator made by a call of generator function `pf` (`func`) whose
/// arguments bind one to one (see `frame::simple`, whose binding it shares):
/// they move from the caller's stack straight into the generator's vector,
/// a spare one from `stacks` when the last one there fits (no more than
/// twice the size: a generator may live long).
#[inline(never)]
pub(crate) fn from_call(
    stacks: &mut Vec<Vec<Value>>,
    caller: &mut Vec<Value>,
    pf: &PyFunction,
    func: &Obj,
    args_at: usize,
    func_at: usize,
    first: Option<Value>,
) -> Value {
    let need = pf.code.frame_size();
    let mut stack = match stacks.last() {
        Some(s) if (need..=2 * need).contains(&s.capacity()) => stacks.pop().unwrap_or_default(),
        _ => Vec::with_capacity(need),
    };
    super::frame::bind_simple(&mut stack, caller, pf, args_at, func_at, first);
    wrap(pf.code.clone(), pf.globals.clone(), stack, func)
}

/// A new, not yet started generator object for `func`'s frame state.
#[inline(always)]
fn wrap(code: Rc<PyCode>, globals: Obj, stack: Vec<Value>, func: &Obj) -> Value {
    let kind = if code.flags & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if code.flags & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let extra = match &**func {
        PyObject::Function(f) if f.renamed.get() && (*f.name.borrow() != code.name || *f.qualname.borrow() != code.qualname) => {
            Some(Box::new(GenExtra { names: Some((f.name.borrow().clone(), f.qualname.borrow().clone())), ..GenExtra::default() }))
        }
        _ => None,
    };
    Value::from_obj(PyObject::Generator(PyGenerator {
        kind,
        state: Cell::new(GenState::Created),
        running_async: Cell::new(false),
        ip: Cell::new(0),
        code,
        globals,
        stack: RefCell::new(stack),
        extra: RefCell::new(extra),
    }))
}

/// True when `v` is a generator or coroutine that its caller's loop can
/// resume in place with `sent` (its recursion limit aside).
#[inline]
pub(crate) fn resumable(o: &Obj, sent: &Value) -> bool {
    let PyObject::Generator(g) = &**o else { return false };
    g.kind != GenKind::AsyncGenerator
        && match g.state.get() {
            GenState::Suspended => true,
            GenState::Created => sent.is_none(),
            _ => false,
        }
}

/// A frame running generator `o` (a generator object), taken from `pool`:
/// the generator's state moved in, the caller's `sys.exc_info()` kept in
/// the frame until it stops.
/// `ret`: how it returns, None when resumed natively.
#[inline(always)]
pub(crate) fn start(pool: &mut Vec<Box<Frame>>, exc_info: &mut Value, o: Obj, ret: Option<InPlace>) -> Box<Frame> {
    let PyObject::Generator(g) = &*o else { unreachable!("start takes generators") };
    let mut frame = match pool.pop() {
        Some(f) => f,
        None => Box::new(Frame::new(g.code.clone(), g.globals.clone())),
    };
    g.load_into(&mut frame, exc_info);
    g.state.set(GenState::Running);
    set_empty(&mut frame.ret, ret.map_or(Return::Native, Return::InPlace));
    set_empty(&mut frame.generator, Some(o));
    frame
}

/// `start` for a generator `resumable` with `sent`, which becomes the value
/// of the `yield` it is suspended at. A `yield` whose value is discarded
/// (the next instruction pops it) resumes past the pop, one whose value is
/// stored in a local (`x = yield`) past the store. One inside `yield from` /
/// `await` resumes at its `Send` (past the jump back to it), and `sent`,
/// which that `Send` takes from the stack top, comes back with the frame
/// and the `Send`'s label instead: the caller pushes it, or passes it on
/// to the delegate itself (see `sending`).
#[inline]
pub(crate) fn start_sending(pool: &mut Vec<Box<Frame>>, exc_info: &mut Value, o: Obj, sent: Value, ret: Option<InPlace>) -> (Box<Frame>, Option<(u32, Value)>) {
    let started = matches!(&*o, PyObject::Generator(g) if g.state.get() == GenState::Suspended);
    let mut frame = start(pool, exc_info, o, ret);
    if !started {
        return (frame, None);
    }
    let Frame { code, ip, stack, .. } = &mut *frame;
    let send = match code.instrs.get(*ip) {
        Some(Instr::PopTop) => {
            *ip += 1;
            return (frame, None);
        }
        Some(Instr::Jump(t)) => match code.instrs.get(*t as usize) {
            Some(Instr::Send(l)) => Some((*t, *l)),
            _ => None,
        },
        _ => None,
    };
    match send {
        Some((t, l)) => {
            *ip = t as usize;
            (frame, Some((l, sent)))
        }
        None => {
            super::frame::push_or_store(&code.instrs, stack, ip, sent);
            (frame, None)
        }
    }
}

/// `start_sending`, with a value for a `Send` pushed for it to take.
fn sending(pool: &mut Vec<Box<Frame>>, exc_info: &mut Value, o: Obj, sent: Value) -> Box<Frame> {
    let (mut frame, at_send) = start_sending(pool, exc_info, o, sent, None);
    if let Some((_, v)) = at_send {
        frame.stack.push(v);
    }
    frame
}

/// A generator frame yields: its state goes back into the generator and
/// the frame, left with just its spare vector, to the pool.
#[inline(always)]
pub(crate) fn suspend(pool: &mut Vec<Box<Frame>>, exc_info: &mut Value, mut frame: Box<Frame>) {
    if let Some(o) = frame.generator.take() {
        if let PyObject::Generator(g) = &*o {
            g.store_from(&mut frame, exc_info);
            g.state.set(GenState::Suspended);
        }
    }
    debug_assert!(frame.ret.is_inline_generator() || matches!(frame.ret, Return::Native));
    std::mem::forget(std::mem::replace(&mut frame.ret, Return::Push));
    if pool.len() < super::frame::POOL_SIZE {
        pool.push(frame);
    }
}

/// The top frame, a generator resumed in place, yields `v`: its state goes
/// back into the generator (see `suspend_top`) and `v` to its caller (see
/// `hand_on`).
#[inline]
pub(crate) fn yield_in_place(frames: &mut Vec<Box<Frame>>, pool: &mut Vec<Box<Frame>>, exc_info: &mut Value, v: Value) {
    let for_loop = suspend_top(frames, pool, exc_info);
    hand_on(frames, for_loop, v);
}

/// The top frame, a generator resumed in place, yields: it is popped and
/// suspended. True when its caller resumed it by `ForIter`.
#[inline]
pub(crate) fn suspend_top(frames: &mut Vec<Box<Frame>>, pool: &mut Vec<Box<Frame>>, exc_info: &mut Value) -> bool {
    let Some(frame) = frames.pop() else { return false };
    let for_loop = matches!(frame.ret, Return::InPlace(InPlace::ForIter(_)));
    suspend(pool, exc_info, frame);
    for_loop
}

/// A value yielded to the top frame: straight into a `for` loop's variable
/// when its `StoreFast` follows, else pushed.
#[inline(always)]
pub(crate) fn hand_on(frames: &mut [Box<Frame>], for_loop: bool, v: Value) {
    let Some(caller) = frames.last_mut() else { return };
    if for_loop {
        let Frame { code, ip, stack, .. } = &mut **caller;
        super::frame::push_or_store(&code.instrs, stack, ip, v);
    } else {
        caller.stack.push(v);
    }
}

/// `frame`, a generator resumed in place by `caller`'s `for` loop or
/// `yield from` (`ret`), returns `v`: the generator is finished, and the
/// caller leaves its loop, or continues after the `Send` with `v`.
pub(crate) fn return_in_place(
    caller: &mut Frame,
    pool: &mut Vec<Box<Frame>>,
    stacks: &mut Vec<Vec<Value>>,
    exc_info: &mut Value,
    mut frame: Box<Frame>,
    ret: InPlace,
    v: Value,
) {
    finish(exc_info, stacks, &mut frame);
    super::frame::recycle(pool, frame);
    caller.stack.pop();
    match ret {
        InPlace::ForIter(l) => caller.ip = l as usize,
        InPlace::Send(l) => {
            caller.stack.push(v);
            caller.ip = l as usize;
        }
        InPlace::Call => {}
    }
}

/// A generator frame stops for good (returned or raised): the generator is
/// finished, and the caller's `sys.exc_info()` comes back. The spare
/// vector it held while running goes to `stacks`, for a new generator.
pub(crate) fn finish(exc_info: &mut Value, stacks: &mut Vec<Vec<Value>>, frame: &mut Frame) {
    let Some(o) = frame.generator.take() else { return };
    let PyObject::Generator(g) = &*o else { return };
    g.state.set(GenState::Finished);
    let mut spare = g.stack.take();
    if stacks.len() < STACK_POOL_SIZE && (1..=MAX_POOLED_STACK).contains(&spare.capacity()) {
        spare.clear();
        stacks.push(spare);
    }
    *exc_info = std::mem::replace(&mut frame.caller_exc, Value::None);
}

/// Moves a generator suspended inside `yield from` past its `Send` loop.
fn skip_delegation(g: &PyGenerator) {
    if let Some(Instr::Jump(t)) = g.code.instrs.get(g.ip.get() as usize) {
        if let Some(Instr::Send(end)) = g.code.instrs.get(*t as usize) {
            g.ip.set(*end);
        }
    }
}
