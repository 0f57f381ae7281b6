//! `_coil`: small native helpers for the Python stdlib (not a public API).

use std::rc::Rc;

use crate::bytecode::flags;
use crate::modules::builtins::native;
use crate::objects::methods::check_args;
use crate::objects::{PyFunction, PyObject, Value};
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_coil", None);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            Vm::dict_of(&md.dict).borrow_mut().set_str("iterable_coroutine", native("iterable_coroutine", iterable_coroutine));
        }
    }
    m
}

/// `types.coroutine` for a generator function: a copy of the function whose
/// generators may be awaited (CPython's CO_ITERABLE_COROUTINE flag).
fn iterable_coroutine(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iterable_coroutine", args, 1, 1)?;
    let Value::Obj(o) = &args[0] else { return Ok(args[0].clone()) };
    let PyObject::Function(f) = &**o else { return Ok(args[0].clone()) };
    if f.code.flags & flags::GENERATOR == 0 {
        return Ok(args[0].clone());
    }
    let mut code = (*f.code).clone();
    code.flags |= flags::ITERABLE_COROUTINE;
    let g = PyFunction {
        code: Rc::new(code),
        globals: f.globals.clone(),
        name: f.name.clone(),
        qualname: f.qualname.clone(),
        defaults: f.defaults.clone(),
        kwdefaults: f.kwdefaults.clone(),
        closure: f.closure.clone(),
        dict: std::cell::RefCell::new(f.dict.borrow().clone()),
        module: f.module.clone(),
        doc: f.doc.clone(),
    };
    Ok(Value::from_obj(PyObject::Function(Box::new(g))))
}
