//! Frames: the activation record of one running code object.
//!
//! A frame owns one value vector, laid out like CPython's "localsplus": the
//! fast locals occupy its first `code.varnames.len()` slots (`Value::Null`
//! when unbound), the cells follow (cell variables, then free variables: each
//! slot holds the shared `PyObject::Cell`), and the value stack grows after
//! them. A frame lives on `Vm::frames` while it runs; a suspended generator
//! keeps just that vector and its position (see generator.rs).

use std::rc::Rc;

use crate::bytecode::PyCode;
use crate::objects::{Obj, Value};

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
    /// A generator frame resumed in place by the caller's `ForIter` (see
    /// generator.rs): a yield pushes the value on the caller's stack; a
    /// return ends the caller's loop, jumping to the label.
    ForIter(u32),
    /// A generator or coroutine frame resumed in place by the caller's
    /// `Send` (`yield from` / `await`): a yield pushes the value on the
    /// caller's stack; a return replaces the delegate by the value and jumps
    /// to the label.
    Send(u32),
    /// A generator or coroutine frame resumed in place by a call to its
    /// `send()`/`__next__()` or to `next()`: a yield is the call's result; a
    /// return raises StopIteration in the caller.
    Call,
}

impl Return {
    /// True for a generator frame resumed in place by its caller's loop.
    #[inline]
    pub fn is_inline_generator(&self) -> bool {
        matches!(self, Return::ForIter(_) | Return::Send(_) | Return::Call)
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
