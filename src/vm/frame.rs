//! Frames: the activation record of one running code object.
//!
//! A frame owns one value vector, laid out like CPython's "localsplus": the
//! fast locals occupy its first `code.varnames.len()` slots (`Value::Null`
//! when unbound), the cells follow (cell variables, then free variables: each
//! slot holds the shared `PyObject::Cell`), and the value stack grows after
//! them. A frame lives on `Vm::frames` while it runs; a suspended generator
//! keeps just that vector and its position (see generator.rs).

use std::rc::Rc;

use crate::bytecode::{Instr, PyCode};
use crate::objects::{Obj, PyFunction, Value};

/// A runtime block: an exception handler or a handler's cleanup.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Value-stack length (including locals) when the block was pushed.
    pub depth: u32,
    pub handler: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `SetupExcept`: jump to `handler` on an exception.
    Except,
    /// Pushed on entering a handler: restores the previously handled
    /// exception (stored at `depth`) when an exception escapes the handler.
    Cleanup,
}

/// What the caller does with the value a frame returns.
#[derive(Clone)]
pub enum Return {
    /// Push it on the calling frame's stack.
    Push,
    /// `__init__` of a class call: the result must be None; push the instance.
    Init(Value),
    /// Hand it back to native code (the frame is the base of a nested run).
    Native,
    /// A generator frame resumed in place by its caller's loop (see generator.rs).
    InPlace(InPlace),
}

/// How a generator frame resumed in place by its caller's loop hands it
/// what it yields or returns. A small `Copy` value that travels in a
/// register (a `Return` passed to `generator::start` went through memory,
/// rebuilt piecewise, and its reload stalled store forwarding).
#[derive(Clone, Copy)]
pub enum InPlace {
    /// Resumed by the caller's `ForIter`: a yield pushes the value on the
    /// caller's stack; a return ends the caller's loop, jumping to the label.
    ForIter(u32),
    /// Resumed by the caller's `Send` (`yield from` / `await`): a yield
    /// pushes the value on the caller's stack; a return replaces the
    /// delegate by the value and jumps to the label.
    Send(u32),
    /// Resumed by a call to its `send()`/`__next__()` or to `next()`: a
    /// yield is the call's result; a return raises StopIteration in the caller.
    Call,
}

impl Return {
    /// True for a generator frame resumed in place by its caller's loop.
    #[inline]
    pub fn is_inline_generator(&self) -> bool {
        matches!(self, Return::InPlace(_))
    }
}

pub struct Frame {
    pub code: Rc<PyCode>,
    pub ip: usize,
    /// Locals, cells, then the value stack.
    pub stack: Vec<Value>,
    pub globals: Obj,
    /// The namespace of module and class bodies (None in functions).
    pub locals: Option<Obj>,
    pub blocks: Vec<Block>,
    pub ret: Return,
    /// The generator owning this frame while it runs.
    pub generator: Option<Obj>,
    /// A generator frame's caller's `sys.exc_info()`, restored when it stops.
    pub caller_exc: Value,
}

impl Frame {
    /// A fresh frame (the pool in `Vm::alloc_frame` reuses old ones).
    pub fn new(code: Rc<PyCode>, globals: Obj) -> Frame {
        Frame {
            code,
            ip: 0,
            stack: Vec::new(),
            globals,
            locals: None,
            blocks: Vec::new(),
            ret: Return::Push,
            generator: None,
            caller_exc: Value::None,
        }
    }
    pub fn nlocals(&self) -> usize {
        self.code.varnames.len()
    }
    /// Cell `i` (cell variables, then free variables).
    #[inline]
    pub fn cell(&self, i: usize) -> &Obj {
        cell_at(&self.stack, self.code.varnames.len() + i)
    }
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// The cell object in slot `at` of a frame's value vector.
#[inline]
pub fn cell_at(stack: &[Value], at: usize) -> &Obj {
    match &stack[at] {
        Value::Obj(o) => o,
        _ => panic!("frame cell slot holds no cell (internal invariant)"),
    }
}

/// The value inside a cell object (Null when empty).
#[inline]
pub fn cell_value(c: &Obj) -> Value {
    match &**c {
        crate::objects::PyObject::Cell(v) => v.borrow().clone(),
        _ => Value::Null,
    }
}

/// A `for` loop's next item: stored straight into the loop variable when
/// the next instruction is its `StoreFast` (skipping that), else pushed.
#[inline(always)]
pub fn push_or_store(instrs: &[Instr], stack: &mut Vec<Value>, ip: &mut usize, v: Value) {
    match instrs.get(*ip) {
        Some(Instr::StoreFast(j)) => {
            stack[*j as usize] = v;
            *ip += 1;
        }
        _ => stack.push(v),
    }
}

/// Finished frames kept for reuse (see `Vm::frame_pool`).
pub const POOL_SIZE: usize = 256;

/// A cleared frame for `code`, reusing a pooled allocation (which `recycle`
/// left empty, with `ret`, `locals` and `generator` reset; a recursive call
/// usually finds its own code and globals still there).
#[inline]
pub fn alloc(pool: &mut Vec<Box<Frame>>, code: &Rc<PyCode>, globals: &Obj) -> Box<Frame> {
    match pool.pop() {
        Some(mut f) => {
            if !Rc::ptr_eq(&f.code, code) {
                f.code = code.clone();
            }
            if !Rc::ptr_eq(&f.globals, globals) {
                f.globals = globals.clone();
            }
            f.ip = 0;
            f
        }
        None => Box::new(Frame::new(code.clone(), globals.clone())),
    }
}

/// Fills a field of a frame from the pool, which by the pool's invariant
/// holds nothing to drop (`Return::Push`, no generator, no caller
/// exception): the old value's drop check is skipped.
/// (Were the invariant broken, a reference would leak, nothing worse.)
#[inline(always)]
pub fn set_empty<T: Vacant>(slot: &mut T, v: T) {
    debug_assert!(slot.vacant());
    std::mem::forget(std::mem::replace(slot, v));
}

/// The empty state of a pooled frame's field (see `set_empty`).
pub trait Vacant {
    fn vacant(&self) -> bool;
}

impl Vacant for Return {
    fn vacant(&self) -> bool {
        matches!(self, Return::Push)
    }
}

impl Vacant for Option<Obj> {
    fn vacant(&self) -> bool {
        self.is_none()
    }
}

impl Vacant for Value {
    fn vacant(&self) -> bool {
        self.is_none()
    }
}

/// Returns a finished frame to the pool (dropping the values it held).
pub fn recycle(pool: &mut Vec<Box<Frame>>, mut frame: Box<Frame>) {
    frame.stack.clear();
    frame.blocks.clear();
    if frame.locals.is_some() {
        frame.locals = None;
    }
    if frame.generator.is_some() {
        frame.generator = None;
    }
    if !frame.caller_exc.is_none() {
        frame.caller_exc = Value::None;
    }
    if !matches!(frame.ret, Return::Push) {
        frame.ret = Return::Push;
    }
    if pool.len() < POOL_SIZE && frame.stack.capacity() <= 4096 {
        pool.push(frame);
    }
}

/// True when `nargs` positional arguments bind to `pf`'s parameters one to
/// one, defaults filling the missing trailing ones (no `*args`, `**kwargs`,
/// keyword-only parameters or cells).
#[inline]
pub fn simple_call(pf: &PyFunction, nargs: usize) -> bool {
    let argcount = pf.code.argcount as usize;
    pf.code.simple_args && nargs <= argcount && (nargs == argcount || nargs + pf.defaults.borrow().len() >= argcount)
}

/// The frame for a call whose arguments map one-to-one onto the first
/// parameters (see `simple_call`): they move from the caller's stack
/// (`caller[args_at..]`, after `first` if given) without copying, the
/// caller's stack is cut back to `func_at`, and defaults fill the rest.
#[inline]
pub fn simple(pool: &mut Vec<Box<Frame>>, caller: &mut Vec<Value>, pf: &PyFunction, args_at: usize, func_at: usize, first: Option<Value>) -> Box<Frame> {
    let mut frame = alloc(pool, &pf.code, &pf.globals);
    let size = pf.code.frame_size();
    if frame.stack.capacity() < size {
        frame.stack.reserve(size);
    }
    bind_simple(&mut frame.stack, caller, pf, args_at, func_at, first);
    frame
}

/// Drops a value taken off a stack with the reference count handled
/// inline (the generic drop of a `Value` is a call).
#[inline(always)]
pub fn release(v: Option<Value>) {
    match v {
        Some(Value::Obj(o)) => drop(o),
        Some(Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)) | None => {}
    }
}

/// Fills `stack`, an empty value vector, with the locals and cells of a
/// `simple` call of `pf`.
#[inline(always)]
pub fn bind_simple(stack: &mut Vec<Value>, caller: &mut Vec<Value>, pf: &PyFunction, args_at: usize, func_at: usize, first: Option<Value>) {
    let code = &*pf.code;
    if let Some(f) = first {
        stack.push(f);
    }
    // Move the arguments out, leaving Nulls: one `extend` of a slice
    // iterator (its length known, so one capacity check). A `drain` costs
    // more (its state is spilled and reloaded per call).
    stack.extend(caller[args_at..].iter_mut().map(|slot| std::mem::replace(slot, Value::Null)));
    while caller.len() > func_at {
        release(caller.pop());
    }
    let argcount = code.argcount as usize;
    if stack.len() < argcount {
        let defaults = pf.defaults.borrow();
        let from = defaults.len() - (argcount - stack.len());
        stack.extend_from_slice(&defaults[from..]);
    }
    while stack.len() < code.varnames.len() {
        stack.push(Value::Null);
    }
    if !pf.closure.is_empty() {
        stack.extend(pf.closure.iter().map(|c| Value::Obj(c.clone())));
    }
}
