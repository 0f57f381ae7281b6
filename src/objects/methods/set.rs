//! `set` and `frozenset` methods.

use std::cell::RefCell;

use super::{check_args, no_args, one_arg, positional_count, this};
use crate::objects::{Obj, PyObject, PySet, Value};
use crate::syntax::ast::BinOp;
use crate::vm::builtins_types::add_method;
use crate::vm::ops::set_of;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for t in [vm.types().set.clone(), vm.types().frozenset.clone()] {
        add_method(&t, "union", set_union);
        add_method(&t, "intersection", set_intersection);
        add_method(&t, "difference", set_difference);
        add_method(&t, "symmetric_difference", set_symmetric_difference);
        add_method(&t, "issubset", set_issubset);
        add_method(&t, "issuperset", set_issuperset);
        add_method(&t, "isdisjoint", set_isdisjoint);
        add_method(&t, "copy", set_copy);
    }
    let s = vm.types().set.clone();
    add_method(&s, "__init__", set_init);
    add_method(&s, "add", set_add);
    add_method(&s, "remove", set_remove);
    add_method(&s, "discard", set_discard);
    add_method(&s, "pop", set_pop);
    add_method(&s, "clear", set_clear);
    add_method(&s, "update", set_update);
    add_method(&s, "intersection_update", set_intersection_update);
    add_method(&s, "difference_update", set_difference_update);
    add_method(&s, "symmetric_difference_update", set_symmetric_difference_update);
}

/// `set(iterable)` / `frozenset(iterable)`
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::no_kw(vm, name, kw)?;
    check_args(vm, name, args, 0, 1)?;
    let mut s = PySet::new();
    if let Some(v) = args.first() {
        for it in vm.iterate(v)? {
            vm.set_add_to(&mut s, it)?;
        }
    }
    Ok(if name == "frozenset" { Value::from_obj(PyObject::FrozenSet(s)) } else { Value::from_obj(PyObject::Set(RefCell::new(s))) })
}

fn set_obj(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match this(args) {
        Value::Obj(o) if matches!(&*o, PyObject::Set(_) | PyObject::FrozenSet(_)) => Ok(o),
        other => Err(vm.type_error(&format!("descriptor '{}' for 'set' objects doesn't apply to a '{}' object", name, vm.type_name(&other)))),
    }
}

/// Any iterable as a set object (sets pass through).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if matches!(&**o, PyObject::Set(_) | PyObject::FrozenSet(_)) {
            return Ok(v.clone());
        }
    }
    construct(vm, "set", std::slice::from_ref(v), &[])
}

/// The type defining a method shared by set and frozenset, for self.
fn owner(args: &[Value]) -> &'static str {
    match this(args) {
        Value::Obj(o) if matches!(&*o, PyObject::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

/// The METH_VARARGS methods (`union`, `update`, ...) take no keywords; their
/// error names the method bare: `union() takes no keyword arguments`.
fn varargs(vm: &Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    super::no_kw(vm, name, kw)
}

fn fold(vm: &mut Vm, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let o = set_obj(vm, args, name)?;
    let mut acc = Value::Obj(o.clone());
    // Start from a copy so the result is a new object even with no arguments.
    acc = copy_of(&acc, &o);
    for other in &args[1..] {
        let s = as_set(vm, other)?;
        acc = vm.binary_op(op, &acc, &s)?;
    }
    Ok(acc)
}

fn copy_of(_v: &Value, o: &Obj) -> Value {
    match &**o {
        PyObject::FrozenSet(s) => Value::from_obj(PyObject::FrozenSet(s.clone())),
        _ => Value::from_obj(PyObject::Set(RefCell::new(set_of(o)))),
    }
}

fn set_union(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "union", kw)?;
    fold(vm, args, "union", BinOp::BitOr)
}
fn set_intersection(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "intersection", kw)?;
    fold(vm, args, "intersection", BinOp::BitAnd)
}
fn set_difference(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "difference", kw)?;
    fold(vm, args, "difference", BinOp::Sub)
}
fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, owner(args), "symmetric_difference", args, kw)?;
    fold(vm, args, "symmetric_difference", BinOp::BitXor)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, owner(args), "issubset", args, kw)?;
    let o = set_obj(vm, args, "issubset")?;
    let other = as_set(vm, &args[1])?;
    vm.compare(crate::syntax::ast::CmpOp::LtE, &Value::Obj(o), &other)
}
fn set_issuperset(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, owner(args), "issuperset", args, kw)?;
    let o = set_obj(vm, args, "issuperset")?;
    let other = as_set(vm, &args[1])?;
    vm.compare(crate::syntax::ast::CmpOp::GtE, &Value::Obj(o), &other)
}
fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, owner(args), "isdisjoint", args, kw)?;
    let o = set_obj(vm, args, "isdisjoint")?;
    for it in vm.iterate(&args[1])? {
        if vm.set_contains(&o, &it)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}
fn set_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, owner(args), "copy", args, kw)?;
    let o = set_obj(vm, args, "copy")?;
    Ok(copy_of(&Value::Obj(o.clone()), &o))
}

fn mutable(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match this(args) {
        Value::Obj(o) if matches!(&*o, PyObject::Set(_)) => Ok(o),
        other => Err(vm.type_error(&format!("descriptor '{}' for 'set' objects doesn't apply to a '{}' object", name, vm.type_name(&other)))),
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "set", "add", args, kw)?;
    let o = mutable(vm, args, "add")?;
    vm.set_add(&o, args[1].clone())?;
    Ok(Value::None)
}
fn set_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "set", "remove", args, kw)?;
    let o = mutable(vm, args, "remove")?;
    match vm.dict_del(&o, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}
fn set_discard(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "set", "discard", args, kw)?;
    let o = mutable(vm, args, "discard")?;
    vm.dict_del(&o, &args[1])?;
    Ok(Value::None)
}
fn set_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "set", "pop", args, kw)?;
    let o = mutable(vm, args, "pop")?;
    let PyObject::Set(s) = &*o else { unreachable!("set") };
    let first = (0..s.borrow().table.slot_count()).find(|&i| s.borrow().table.slot(i).is_some());
    match first {
        Some(i) => Ok(s.borrow_mut().table.remove_at(i).0),
        None => Err(vm.new_error("KeyError", "pop from an empty set")),
    }
}
fn set_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "set", "clear", args, kw)?;
    let o = mutable(vm, args, "clear")?;
    let PyObject::Set(s) = &*o else { unreachable!("set") };
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    Ok(Value::None)
}
fn set_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "update", kw)?;
    let o = mutable(vm, args, "update")?;
    for other in &args[1..] {
        for it in vm.iterate(other)? {
            vm.set_add(&o, it)?;
        }
    }
    Ok(Value::None)
}

fn replace_with(o: &Obj, v: &Value) {
    if let (PyObject::Set(dst), Value::Obj(src)) = (&**o, v) {
        let new = set_of(src);
        *dst.borrow_mut() = new;
    }
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "intersection_update", kw)?;
    let o = mutable(vm, args, "intersection_update")?;
    let r = set_intersection(vm, args, kw)?;
    replace_with(&o, &r);
    Ok(Value::None)
}
fn set_difference_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    varargs(vm, "difference_update", kw)?;
    let o = mutable(vm, args, "difference_update")?;
    let r = set_difference(vm, args, kw)?;
    replace_with(&o, &r);
    Ok(Value::None)
}
fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "set", "symmetric_difference_update", args, kw)?;
    let o = mutable(vm, args, "symmetric_difference_update")?;
    let r = set_symmetric_difference(vm, args, kw)?;
    replace_with(&o, &r);
    Ok(Value::None)
}

/// `set.__init__(iterable=())`: refills the set (used by set subclasses).
fn set_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.len() > 2 {
        // Named after self's type: `S expected at most 1 argument, got 2`.
        let name = super::owner_name(vm, args.first());
        positional_count(vm, &name, args, 0, 1)?;
    }
    let o = mutable(vm, args, "__init__")?;
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    if let PyObject::Set(s) = &*o {
        s.borrow_mut().table.clear();
    }
    for it in items {
        vm.set_add(&o, it)?;
    }
    Ok(Value::None)
}
