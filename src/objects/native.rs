//! Objects owned by a native module (a lock, a deque, a random generator's
//! state, a compression stream): their Python class and Rust data that
//! only the module knows how to read, reached by downcasting.
//!
//! Two conventions share the one variant: `Value::native(cls, T)` stores a
//! `T` that keeps its own interior mutability (read with `native_ref::<T>`),
//! and `NativeObject::new_value(cls, T)` stores a `RefCell<T>` (borrowed
//! mutably with `native_data::<T>`).
//!
//! Such a class is a builtin (non-heap) type made by the module. Python
//! classes may derive from it: their instances wrap a `Native` object as
//! their builtin base.

use std::any::Any;
use std::cell::{RefCell, RefMut};

use super::{Obj, PyObject, Value};

pub struct NativeObject {
    pub class: Obj,
    pub data: Box<dyn Any>,
}

impl NativeObject {
    /// A new object of `class` holding `data` behind a `RefCell`.
    pub fn new_value<T: Any>(class: Obj, data: T) -> Value {
        Value::native(class, RefCell::new(data))
    }
}

/// The data of `v`, mutably borrowed, if it is a `RefCell<T>` (see `NativeObject::new_value`).
pub fn native_data<T: Any>(v: &Value) -> Option<RefMut<'_, T>> {
    v.native_ref::<RefCell<T>>()?.try_borrow_mut().ok()
}

impl Value {
    /// A new native object of class `class` holding `data`.
    pub fn native<T: Any>(class: Obj, data: T) -> Value {
        Value::from_obj(PyObject::Native(Box::new(NativeObject { class, data: Box::new(data) })))
    }

    /// The data of a native object of Rust type `T`.
    pub fn native_ref<T: Any>(&self) -> Option<&T> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Native(n) => n.data.downcast_ref::<T>(),
                _ => None,
            },
            _ => None,
        }
    }
}
