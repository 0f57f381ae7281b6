//! `__new__` for the immutable builtin types (`tuple`, `int`, `float`,
//! `frozenset`, `complex`): their value must exist when the object is made,
//! so `class P(tuple)` and `tuple.__new__(cls, items)` build the builtin
//! value from the arguments and wrap it in an instance of the subclass.

use std::rc::Rc;

use crate::objects::{Instance, Obj, PyObject, Value};
use crate::vm::builtins_types::add_staticmethod;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let types = [t.tuple.clone(), t.int.clone(), t.float.clone(), t.frozenset.clone(), t.complex.clone()];
    for ty in types {
        add_staticmethod(&ty, "__new__", immutable_new);
    }
}

/// The builtin (non-heap) type at the root of `cls`'s builtin ancestry.
fn builtin_of(cls: &Obj) -> Option<Obj> {
    match &**cls {
        PyObject::Type(t) if !t.heap => Some(cls.clone()),
        PyObject::Type(t) => t.builtin_base.clone(),
        _ => None,
    }
}

fn immutable_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(&**c, PyObject::Type(_)) => c.clone(),
        Some(other) => return Err(vm.type_error(&format!("__new__(X): X is not a type object ({})", vm.type_name(other)))),
        None => return Err(vm.type_error("__new__(): not enough arguments")),
    };
    let Some(base) = builtin_of(&cls) else {
        return Err(vm.type_error("__new__(X): X is not a subtype of a builtin type"));
    };
    let v = super::construct_builtin(vm, &base, &args[1..], kw)?;
    if Rc::ptr_eq(&cls, &base) {
        return Ok(v);
    }
    Ok(Value::from_obj(PyObject::Instance(Instance::new(cls, Some(v)))))
}
