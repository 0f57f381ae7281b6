//! Exception instances: args, chaining links and the traceback collected while
//! the exception unwinds through frames.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Obj, PyCode, PyDict, Value};

/// One traceback line: the code running and the line it was on.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<PyCode>,
    pub line: u32,
}

pub struct PyException {
    pub class: RefCell<Obj>,
    pub args: RefCell<Value>,
    pub dict: RefCell<PyDict>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
}

impl PyException {
    pub fn new(class: Obj, args: Value) -> PyException {
        PyException {
            class: RefCell::new(class),
            args: RefCell::new(args),
            dict: RefCell::new(PyDict::new()),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
        }
    }
}
