//! `dict` methods and views.

use super::{check_args, no_args, pos_args, positional_count, this};
use crate::objects::iter::DictIterKind;
use crate::objects::{Obj, PyDict, PyObject, Value};
use crate::vm::builtins_types::{add_classmethod, add_method};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.types().dict.clone();
    add_method(&d, "keys", dict_keys);
    add_method(&d, "values", dict_values);
    add_method(&d, "items", dict_items);
    add_method(&d, "get", dict_get);
    add_method(&d, "setdefault", dict_setdefault);
    add_method(&d, "pop", dict_pop);
    add_method(&d, "popitem", dict_popitem);
    add_method(&d, "update", dict_update);
    add_method(&d, "copy", dict_copy);
    add_method(&d, "clear", dict_clear);
    add_method(&d, "__init__", dict_init);
    add_method(&d, "__reversed__", dict_reversed);
    add_classmethod(&d, "fromkeys", dict_fromkeys);
}

/// `dict(mapping_or_pairs, **kw)`
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dict", args, 0, 1)?;
    let d = Value::dict(PyDict::new());
    let Value::Obj(o) = &d else { unreachable!("dict") };
    fill(vm, o, args.first(), kw)?;
    Ok(d)
}

fn fill(vm: &mut Vm, o: &Obj, src: Option<&Value>, kw: &[(Value, Value)]) -> PyResult<()> {
    if let Some(src) = src {
        vm.dict_update(o, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(o, k.clone(), v.clone())?;
    }
    Ok(())
}

/// The dict object behind `self` (unwrapping dict subclasses).
fn dict_obj(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match this(args) {
        Value::Obj(o) if matches!(&*o, PyObject::Dict(_)) => Ok(o),
        other => Err(vm.type_error(&format!("descriptor '{}' for 'dict' objects doesn't apply to a '{}' object", name, vm.type_name(&other)))),
    }
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    positional_count(vm, "dict", args, 0, 1)?;
    let o = dict_obj(vm, args, "__init__")?;
    fill(vm, &o, args.get(1), kw)?;
    Ok(Value::None)
}

fn view(vm: &Vm, args: &[Value], kind: DictIterKind, name: &str) -> PyResult<Value> {
    let o = dict_obj(vm, args, name)?;
    Ok(Value::from_obj(PyObject::DictView(o, kind)))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "keys", args, kw)?;
    view(vm, args, DictIterKind::Keys, "keys")
}
fn dict_values(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "values", args, kw)?;
    view(vm, args, DictIterKind::Values, "values")
}
fn dict_items(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "items", args, kw)?;
    view(vm, args, DictIterKind::Items, "items")
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "dict", "get", args, kw, 1, 2)?;
    let o = dict_obj(vm, args, "get")?;
    Ok(vm.dict_get(&o, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "dict", "setdefault", args, kw, 1, 2)?;
    let o = dict_obj(vm, args, "setdefault")?;
    if let Some(v) = vm.dict_get(&o, &args[1])? {
        return Ok(v);
    }
    let d = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&o, args[1].clone(), d.clone())?;
    Ok(d)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "dict", "pop", args, kw, 1, 2)?;
    let o = dict_obj(vm, args, "pop")?;
    match vm.dict_del(&o, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "popitem", args, kw)?;
    let o = dict_obj(vm, args, "popitem")?;
    let PyObject::Dict(d) = &*o else { unreachable!("dict") };
    let last = d.borrow().last_index();
    match last {
        Some(i) => {
            let (k, v) = d.borrow_mut().remove_at(i);
            Ok(Value::tuple(vec![k, v]))
        }
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    positional_count(vm, "update", args, 0, 1)?;
    let o = dict_obj(vm, args, "update")?;
    fill(vm, &o, args.get(1), kw)?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "copy", args, kw)?;
    let o = dict_obj(vm, args, "copy")?;
    let PyObject::Dict(d) = &*o else { unreachable!("dict") };
    let c = d.borrow().clone();
    Ok(Value::dict(c))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "clear", args, kw)?;
    let o = dict_obj(vm, args, "clear")?;
    let PyObject::Dict(d) = &*o else { unreachable!("dict") };
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "dict", "__reversed__", args, kw)?;
    let o = dict_obj(vm, args, "__reversed__")?;
    crate::modules::builtins::reversed(vm, &[Value::Obj(o)], &[])
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "dict", "fromkeys", args, kw, 1, 2)?;
    let cls = args[0].clone();
    let d = vm.call(cls, &[])?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    for k in vm.iterate(&args[1])? {
        vm.set_item(&d, k, v.clone())?;
    }
    Ok(d)
}
