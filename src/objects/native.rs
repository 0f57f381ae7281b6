//! Heap objects whose state is a Rust value (`_thread` locks, ...): the
//! class the object reports, plus the data, recovered by its Rust type.

use std::any::Any;

use super::{Obj, PyObject, Value};

pub struct NativeObj {
    pub class: Obj,
    pub data: Box<dyn Any>,
}

impl Value {
    /// A new native object of class `class` holding `data`.
    pub fn native<T: Any>(class: Obj, data: T) -> Value {
        Value::from_obj(PyObject::Native(Box::new(NativeObj { class, data: Box::new(data) })))
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
