//! The virtual machine: interpreter state shared by all threads (`Interp`),
//! per-thread state (`Vm`: the frame stack, the exception being handled),
//! and the helpers every native function uses to raise exceptions.
//!
//! Frames are heap objects kept in `Vm::frames`; a Python-to-Python call
//! pushes a frame and the same eval loop continues in it (see eval.rs), so
//! recursion depth is bounded by `sys.setrecursionlimit`, not the Rust stack.
//! Native code that calls back into Python (`vm.call`) re-enters the loop
//! with a new base frame; that nesting is counted against the same limit.

pub mod attr;
pub mod builtins_types;
pub mod call;
pub mod dictops;
pub mod eval;
pub mod exc;
pub mod fast;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iterate;
pub mod metaclass;
pub mod ops;
pub mod repr;
pub mod subscr;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::{Obj, PyDict, PyObject, Value};
pub use builtins_types::Types;
pub use frame::Frame;

/// A raised Python exception: always a `PyObject::Exception`.
#[derive(Clone)]
pub struct PyErr(pub Obj);

pub type PyResult<T> = Result<T, PyErr>;

/// State shared by every thread of one interpreter (touched only under the GIL).
pub struct Interp {
    pub types: Types,
    pub builtins: Obj,
    /// `sys.modules`
    pub modules: Obj,
    pub recursion_limit: Cell<usize>,
    /// `sys.set_int_max_str_digits` (0: unlimited), CPython's guard against
    /// quadratic-time int/str conversions.
    pub int_max_str_digits: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// `sys.path`, as a Python list.
    pub path: Obj,
    /// Interned names the VM looks up often.
    pub names: Names,
    /// The `sys` module, once created.
    pub sys: RefCell<Option<Obj>>,
    /// Source text of files, for tracebacks (like `linecache`).
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Frozen stdlib sources by module name.
    pub frozen: HashMap<&'static str, crate::stdlib::Frozen>,
    /// Set by `-X gilstats` and friends.
    pub options: RefCell<HashMap<String, String>>,
    /// Buffered standard output (flushed at exit, on flush(), per line on a tty).
    pub stdout_buf: RefCell<Vec<u8>>,
    pub stdout_tty: bool,
    /// Warning locations already reported (`file:line:category:message`).
    pub warned: RefCell<std::collections::HashSet<String>>,
    /// The original `sys.stdout` / `sys.stderr` objects (fast path when unchanged).
    pub std_streams: RefCell<Vec<Value>>,
    /// Frozen helper modules the VM itself uses, kept out of `sys.modules`
    /// (see `Vm::private_module`).
    pub private_modules: RefCell<HashMap<&'static str, Value>>,
}

/// Interned attribute names used by the VM.
pub struct Names {
    pub init: Value,
    pub new: Value,
    pub call: Value,
    pub getattr: Value,
    pub getattribute: Value,
    pub iter: Value,
    pub next: Value,
    pub len: Value,
    pub bool_: Value,
    pub eq: Value,
    pub hash: Value,
    pub repr: Value,
    pub str_: Value,
    pub enter: Value,
    pub exit: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub contains: Value,
    pub getitem: Value,
    pub setitem: Value,
    pub delitem: Value,
    pub dict: Value,
    pub class: Value,
    pub name: Value,
    pub module: Value,
    pub qualname: Value,
    pub classcell: Value,
    pub set_name: Value,
    pub init_subclass: Value,
    pub doc: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub instancecheck: Value,
    pub await_: Value,
}

impl Names {
    fn new() -> Names {
        use crate::objects::str::intern;
        Names {
            setattr: intern("__setattr__"),
            delattr: intern("__delattr__"),
            instancecheck: intern("__instancecheck__"),
            await_: intern("__await__"),
            init: intern("__init__"),
            new: intern("__new__"),
            call: intern("__call__"),
            getattr: intern("__getattr__"),
            getattribute: intern("__getattribute__"),
            iter: intern("__iter__"),
            next: intern("__next__"),
            len: intern("__len__"),
            bool_: intern("__bool__"),
            eq: intern("__eq__"),
            hash: intern("__hash__"),
            repr: intern("__repr__"),
            str_: intern("__str__"),
            enter: intern("__enter__"),
            exit: intern("__exit__"),
            get: intern("__get__"),
            set: intern("__set__"),
            delete: intern("__delete__"),
            contains: intern("__contains__"),
            getitem: intern("__getitem__"),
            setitem: intern("__setitem__"),
            delitem: intern("__delitem__"),
            dict: intern("__dict__"),
            class: intern("__class__"),
            name: intern("__name__"),
            module: intern("__module__"),
            qualname: intern("__qualname__"),
            classcell: intern("__classcell__"),
            set_name: intern("__set_name__"),
            init_subclass: intern("__init_subclass__"),
            doc: intern("__doc__"),
        }
    }
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Rc<Interp>,
    pub frames: Vec<Box<Frame>>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// Nested native→Python re-entries and native recursion (repr of nested
    /// containers), counted against the recursion limit with the frames.
    pub native_depth: usize,
    /// Finished frames kept for reuse: a call fills a pooled frame in place
    /// and keeps its value-stack allocation.
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Empty value vectors left by finished generators, for new ones
    /// (see `generator::from_call`).
    pub(crate) stack_pool: Vec<Vec<Value>>,
    /// Set by `Reraise` and bare `raise`: the next unwind adds no traceback line.
    pub(crate) reraise: bool,
    /// Containers whose repr is being computed (to print `[...]`).
    pub(crate) repr_stack: Vec<i64>,
    /// Address near the base of this thread's native stack, and how much of
    /// it native recursion (Rust calling back into Python) may use before
    /// RecursionError: the guard that keeps any recursion path from
    /// overflowing the real stack.
    pub stack_base: usize,
    pub stack_budget: usize,
    /// This thread holds the GIL while the `Vm` lives (last field: every
    /// value above is dropped before it is released).
    _gil: crate::runtime::gil::GilToken,
}

impl Vm {
    /// A new interpreter with builtins and sys loaded. The calling thread
    /// takes the GIL (if it does not hold it yet) until the `Vm` is dropped.
    pub fn new(argv: Vec<String>) -> Vm {
        let gil = crate::runtime::gil::GilToken::acquire();
        let types = Types::new();
        let builtins = Rc::new(PyObject::Dict(RefCell::new(PyDict::new())));
        let modules = Rc::new(PyObject::Dict(RefCell::new(PyDict::new())));
        let path = match Value::list(Vec::new()) {
            Value::Obj(o) => o,
            _ => unreachable!("list is an object"),
        };
        let interp = Interp {
            types,
            builtins,
            modules,
            recursion_limit: Cell::new(1000),
            int_max_str_digits: Cell::new(4300),
            argv: RefCell::new(argv),
            path,
            names: Names::new(),
            sys: RefCell::new(None),
            sources: RefCell::new(HashMap::new()),
            frozen: crate::stdlib::frozen_modules(),
            options: RefCell::new(HashMap::new()),
            stdout_buf: RefCell::new(Vec::with_capacity(8192)),
            warned: RefCell::new(std::collections::HashSet::new()),
            stdout_tty: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            std_streams: RefCell::new(Vec::new()),
            private_modules: RefCell::new(HashMap::new()),
        };
        let mut vm = Vm::for_thread(Rc::new(interp), gil);
        crate::vm::builtins_types::install_methods(&mut vm);
        crate::modules::builtins::install(&mut vm);
        crate::modules::install_native_modules(&mut vm);
        vm
    }

    /// The per-thread state for a thread of an existing interpreter.
    pub fn for_thread(interp: Rc<Interp>, gil: crate::runtime::gil::GilToken) -> Vm {
        Vm {
            interp,
            frames: Vec::new(),
            exc_info: Value::None,
            native_depth: 0,
            frame_pool: Vec::new(),
            stack_pool: Vec::new(),
            reraise: false,
            repr_stack: Vec::new(),
            stack_base: stack_address(),
            // Safe on a default 8 MiB thread; main.rs and _thread raise it for their big threads.
            stack_budget: 6 << 20,
            _gil: gil,
        }
    }

    #[inline]
    pub fn types(&self) -> &Types {
        &self.interp.types
    }

    /// RecursionError when native recursion has used up this thread's stack budget.
    #[inline]
    pub fn stack_guard(&self) -> PyResult<()> {
        if self.stack_base.saturating_sub(stack_address()) > self.stack_budget {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Counts one level of native recursion; fails with RecursionError past the limit.
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth + self.frames.len() > self.interp.recursion_limit.get() {
            self.native_depth -= 1;
            return Err(self.new_error("RecursionError", &format!("maximum recursion depth exceeded{what}")));
        }
        Ok(())
    }
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    /// The dict of a dict object.
    pub fn dict_of(o: &Obj) -> &RefCell<PyDict> {
        match &**o {
            PyObject::Dict(d) => d,
            _ => panic!("dict_of on a non-dict object (internal invariant)"),
        }
    }

    pub fn builtins_dict(&self) -> &RefCell<PyDict> {
        Vm::dict_of(&self.interp.builtins)
    }
}

/// The address of a local variable: where this thread's stack is now.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
