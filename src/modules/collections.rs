//! `_collections`: the native half of the `collections` package — the
//! `deque` type (objects/methods/deque.rs) and its iterator types.

use crate::objects::{PyObject, Value};
use crate::vm::Vm;

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_collections", None);
    let deque = vm.types().deque.clone();
    let it = vm.types().named("_deque_iterator").clone();
    let rit = vm.types().named("_deque_reverse_iterator").clone();
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            d.set_str("deque", Value::Obj(deque));
            d.set_str("_deque_iterator", Value::Obj(it));
            d.set_str("_deque_reverse_iterator", Value::Obj(rit));
        }
    }
    m
}
