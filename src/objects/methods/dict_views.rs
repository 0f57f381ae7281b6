//! The dict views (`dict_keys`, `dict_values`, `dict_items`): set operators
//! and set comparisons on keys and items views, membership, `reversed()`,
//! and the view methods (`isdisjoint`, `mapping`).
//!
//! Keys and items views behave like sets (CPython registers them as
//! `collections.abc.Set`); the operators always produce a new `set`.

use std::cell::RefCell;

use super::{no_args, one_arg, slot_args};
use crate::objects::iter::DictIterKind;
use crate::objects::{Obj, PyObject, PySet, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::builtins_types::add_method;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let t = vm.types().named(name).clone();
        add_method(&t, "__reversed__", view_reversed);
        add_method(&t, "__len__", view_len);
        add_method(&t, "__iter__", view_iter);
        if name != "dict_values" {
            add_method(&t, "isdisjoint", view_isdisjoint);
            add_method(&t, "__contains__", view_contains);
            // Set-like views compare by value, so they are unhashable.
            if let PyObject::Type(ty) = &*t {
                ty.dict.borrow_mut().set_str("__hash__", Value::None);
            }
        }
    }
}

/// The (dict, kind) of a keys or items view: the set-like ones.
fn set_like(v: &Value) -> Option<(&Obj, DictIterKind)> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::DictView(d, k) if *k != DictIterKind::Values => Some((d, *k)),
            _ => None,
        },
        _ => None,
    }
}

fn is_view(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, PyObject::DictView(..)))
}

/// The CPython type name of the reverse iterator and the items to walk
/// (in forward order) for `reversed(dict)` and `reversed(view)`.
pub fn reversed_items(vm: &mut Vm, o: &Obj) -> PyResult<(&'static str, Vec<Value>)> {
    let (dict, kind) = match &**o {
        PyObject::DictView(d, k) => (d.clone(), *k),
        _ => (o.clone(), DictIterKind::Keys),
    };
    let name = match kind {
        DictIterKind::Keys => "dict_reversekeyiterator",
        DictIterKind::Values => "dict_reversevalueiterator",
        DictIterKind::Items => "dict_reverseitemiterator",
    };
    let view = Value::from_obj(PyObject::DictView(dict, kind));
    Ok((name, vm.iterate(&view)?))
}

impl Vm {
    /// A new set of the items of an iterable.
    fn set_from(&mut self, v: &Value) -> PyResult<Obj> {
        let mut s = PySet::new();
        for item in self.iterate(v)? {
            self.set_add_to(&mut s, item)?;
        }
        Ok(std::rc::Rc::new(PyObject::Set(RefCell::new(s))))
    }

    /// `&`, `|`, `-`, `^` with a keys or items view on either side; None
    /// when neither operand is a set-like view or the operator is another one.
    pub fn view_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor) {
            return Ok(None);
        }
        if set_like(a).is_none() && set_like(b).is_none() {
            return Ok(None);
        }
        // Values views are not set-like: `d.values() & s` is a TypeError.
        if (is_view(a) && set_like(a).is_none()) || (is_view(b) && set_like(b).is_none()) {
            return Ok(None);
        }
        // Like CPython: set(left) op= right, so either side may be any iterable.
        let x = self.set_from(a)?;
        let y = self.set_from(b)?;
        self.set_binop(op, &x, &y)
    }

    /// `==`, `!=`, `<`, ... between a keys/items view and a set or another
    /// such view; None when not applicable (then views compare by identity).
    pub fn view_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let setish = |v: &Value| set_like(v).is_some() || matches!(v, Value::Obj(o) if matches!(&**o, PyObject::Set(_) | PyObject::FrozenSet(_)));
        if !(set_like(a).is_some() || set_like(b).is_some()) || !setish(a) || !setish(b) {
            return Ok(None);
        }
        let x = self.set_from(a)?;
        let y = self.set_from(b)?;
        let r = self.compare(op, &Value::Obj(x), &Value::Obj(y))?;
        self.truthy(&r).map(Some)
    }

    /// `item in view`.
    pub fn view_contains(&mut self, dict: &Obj, kind: DictIterKind, item: &Value) -> PyResult<bool> {
        match kind {
            DictIterKind::Keys => Ok(self.dict_get(dict, item)?.is_some()),
            DictIterKind::Items => {
                let Some(pair) = item.as_tuple().filter(|t| t.len() == 2).map(|t| t.to_vec()) else { return Ok(false) };
                match self.dict_get(dict, &pair[0])? {
                    Some(v) => Ok(v.is(&pair[1]) || self.eq(&v, &pair[1])?),
                    None => Ok(false),
                }
            }
            DictIterKind::Values => {
                let values = match &**dict {
                    PyObject::Dict(d) => d.borrow().values(),
                    _ => Vec::new(),
                };
                for v in values {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn view_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(&'a Obj, DictIterKind)> {
    match args.first() {
        Some(Value::Obj(o)) => match &**o {
            PyObject::DictView(d, k) => Ok((d, *k)),
            _ => Err(vm.type_error(&format!("descriptor '{}' requires a dict view", name))),
        },
        _ => Err(vm.type_error(&format!("descriptor '{}' requires a dict view", name))),
    }
}

/// The type name of a view: `dict_keys`, `dict_values` or `dict_items`.
fn view_type(args: &[Value]) -> &'static str {
    match args.first() {
        Some(Value::Obj(o)) => match &**o {
            PyObject::DictView(_, DictIterKind::Values) => "dict_values",
            PyObject::DictView(_, DictIterKind::Items) => "dict_items",
            _ => "dict_keys",
        },
        _ => "dict_keys",
    }
}

fn view_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, view_type(args), "__reversed__", args, kw)?;
    view_of(vm, args, "__reversed__")?;
    crate::modules::builtins::reversed(vm, args, &[])
}

fn view_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__len__", args, kw, 0)?;
    let (d, _) = view_of(vm, args, "__len__")?;
    Ok(Value::Int(match &**d {
        PyObject::Dict(d) => d.borrow().len() as i64,
        _ => 0,
    }))
}

fn view_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iter__", args, kw, 0)?;
    view_of(vm, args, "__iter__")?;
    vm.get_iter(&args[0])
}

fn view_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__contains__", args, kw, 1)?;
    let (d, k) = view_of(vm, args, "__contains__")?;
    let d = d.clone();
    vm.view_contains(&d, k, &args[1]).map(Value::bool)
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, view_type(args), "isdisjoint", args, kw)?;
    let (d, k) = view_of(vm, args, "isdisjoint")?;
    let d = d.clone();
    for item in vm.iterate(&args[1])? {
        if vm.view_contains(&d, k, &item)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}
