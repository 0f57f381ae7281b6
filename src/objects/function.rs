//! Python functions (code + globals + defaults + closure) and native builtins.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Obj, PyDict, Value};
pub use crate::bytecode::PyCode;
use crate::vm::{PyResult, Vm};

/// A `def` or `lambda` function object.
pub struct PyFunction {
    pub code: Rc<PyCode>,
    pub globals: Obj,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `name` or `qualname` differs from the code's (assigned, or a
    /// copied function's): generators made by it then carry their own.
    pub renamed: std::cell::Cell<bool>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Obj>>,
    pub closure: Box<[Obj]>,
    pub dict: RefCell<PyDict>,
    pub module: Value,
    pub doc: RefCell<Value>,
}

/// The Rust signature of every builtin: positional arguments and
/// (name, value) keyword pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// A builtin function or method descriptor.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The type that owns it, for method descriptors (`list.append`).
    pub owner: Option<&'static str>,
}

/// True if `f` is the builtin function `name` defined on the type named
/// `owner` (on any type when `owner` is None), looking through a
/// staticmethod wrapper. Used to tell inherited builtin slots from overrides.
pub fn is_builtin(f: &Value, name: &str, owner: Option<&str>) -> bool {
    match f {
        Value::Obj(o) => match &**o {
            super::PyObject::Builtin(b) => b.name == name && (owner.is_none() || b.owner == owner),
            super::PyObject::StaticMethod(inner) => is_builtin(inner, name, owner),
            _ => false,
        },
        _ => false,
    }
}
