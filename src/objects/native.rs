//! Objects owned by a native module (a random generator's state, a
//! compression stream): their Python class and Rust data that only the
//! module knows how to read, reached by downcasting.
//!
//! Such a class is a builtin (non-heap) type made by the module. Python
//! classes may derive from it: their instances wrap a `Native` object as
//! their builtin base, and the module's methods find it through `this()`.

use std::any::Any;
use std::cell::{RefCell, RefMut};

use super::{Obj, PyObject, Value};

pub struct NativeObject {
    pub class: Obj,
    pub data: RefCell<Box<dyn Any>>,
}

impl NativeObject {
    /// A new object of `class` holding `data`.
    pub fn new_value<T: Any>(class: Obj, data: T) -> Value {
        Value::from_obj(PyObject::Native(Box::new(NativeObject { class, data: RefCell::new(Box::new(data)) })))
    }
}

/// The data of `v` (or of the native object an instance wraps) if it is a `T`.
pub fn native_data<T: Any>(v: &Value) -> Option<RefMut<'_, T>> {
    let Value::Obj(o) = v else { return None };
    let n = match &**o {
        PyObject::Native(n) => n,
        _ => return None,
    };
    RefMut::filter_map(n.data.try_borrow_mut().ok()?, |d| d.downcast_mut::<T>()).ok()
}
