//! `object` and `type`: the default dunder methods every class inherits,
//! and the attributes every type has.

use std::rc::Rc;

use super::{self_no_args, self_one_arg, slot_args, slot_unpack};
use crate::objects::{obj_id, Obj, PyObject, PyStr, Value};
use crate::vm::builtins_types::{add_classmethod, add_method, add_staticmethod};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let o = vm.types().object.clone();
    add_method(&o, "__init__", object_init);
    add_staticmethod(&o, "__new__", object_new);
    add_method(&o, "__repr__", object_repr);
    add_method(&o, "__str__", object_str);
    add_method(&o, "__eq__", object_eq);
    add_method(&o, "__ne__", object_ne);
    add_method(&o, "__hash__", object_hash);
    add_method(&o, "__setattr__", object_setattr);
    add_method(&o, "__delattr__", object_delattr);
    add_method(&o, "__getattribute__", object_getattribute);
    add_method(&o, "__format__", object_format);
    add_method(&o, "__dir__", object_dir);
    add_classmethod(&o, "__init_subclass__", object_init_subclass);
    let t = vm.types().type_.clone();
    add_method(&t, "mro", type_mro);
    // Lets metaclasses (`class M(type)`) be called and `super().__new__(mcls, ...)` work.
    add_staticmethod(&t, "__new__", type_dunder_new);
    add_method(&t, "__call__", type_call);
    add_classmethod(&t, "__prepare__", type_prepare);
    add_method(&t, "__subclasscheck__", type_subclasscheck);
    add_method(&t, "__instancecheck__", type_instancecheck);
}

fn object_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(c)) if matches!(&**c, PyObject::Type(_)) => {
            let c = c.clone();
            if let PyObject::Type(t) = &*c {
                let is_object = Rc::ptr_eq(&c, &vm.types().object);
                if !t.heap && !is_object && t.layout == crate::objects::typeobj::Layout::Builtin {
                    return Err(vm.type_error(&format!("object.__new__({}) is not safe, use {}.__new__()", t.name, t.name)));
                }
            }
            vm.new_object(&c, &args[1..])
        }
        Some(other) => Err(vm.type_error(&format!("object.__new__(X): X is not a type object ({})", vm.type_name(other)))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
    match &args[0] {
        Value::Obj(o) if matches!(&**o, PyObject::Instance(_)) => Ok(Value::string(vm.default_repr(&args[0], o))),
        v => vm.repr(v).map(Value::string),
    }
}

fn object_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__str__", args, kw, 0)?;
    vm.repr(&args[0]).map(Value::string)
}

fn object_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__eq__", args, kw, 1)?;
    if args[0].is(&args[1]) {
        return Ok(Value::bool(true));
    }
    Ok(Value::from_obj(PyObject::NotImplemented))
}

fn object_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__ne__", args, kw, 1)?;
    let r = match vm.call_special(&args[0], "__eq__", &[args[1].clone()])? {
        Some(r) => r,
        None => return Ok(Value::from_obj(PyObject::NotImplemented)),
    };
    if crate::vm::ops::is_notimpl(&r) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(Value::bool(!t))
}

fn object_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__hash__", args, kw, 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(Value::Int(obj_id(o) >> 4)),
        v => vm.hash(v).map(Value::Int),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__setattr__", args, kw, 2, 2)?;
    let Some(name) = args[1].as_str() else {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", vm.type_name(&args[1]))));
    };
    if let Value::Obj(o) = &args[0] {
        if let PyObject::Instance(i) = &**o {
            // Bypass a user __setattr__ but honour data descriptors.
            let cls = i.class().clone();
            if let PyObject::Type(t) = &*cls {
                if let Some(d) = t.lookup_str(name) {
                    if let Value::Obj(dobj) = &d {
                        if let PyObject::Property(p) = &**dobj {
                            if p[1].is_none() {
                                return Err(vm.new_error("AttributeError", &format!("property '{}' of '{}' object has no setter", name, t.name)));
                            }
                            let f = p[1].clone();
                            vm.call(f, &[args[0].clone(), args[2].clone()])?;
                            return Ok(Value::None);
                        }
                    }
                }
            }
            if Rc::ptr_eq(&cls, &vm.types().object) {
                // Bare object() instances have no __dict__.
                return Err(vm.attribute_error(&args[0], name));
            }
            if name == "__dict__" {
                vm.assign_instance_dict(i, Some(args[2].clone()))?;
                return Ok(Value::None);
            }
            i.dict().borrow_mut().set_str(name, args[2].clone());
            return Ok(Value::None);
        }
        if matches!(&**o, PyObject::Type(_)) {
            let n = crate::objects::PyStr::new(name.to_string());
            vm.type_setattr(o, &n, args[2].clone())?;
            return Ok(Value::None);
        }
    }
    vm.setattr(&args[0], &args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__delattr__", args, kw, 1)?;
    let Some(name) = args[1].as_str() else { return Err(vm.type_error("attribute name must be string")) };
    if let Value::Obj(o) = &args[0] {
        if let PyObject::Instance(i) = &**o {
            if name == "__dict__" {
                vm.assign_instance_dict(i, None)?;
                return Ok(Value::None);
            }
            if i.dict().borrow_mut().del_str(name).is_none() {
                return Err(vm.attribute_error(&args[0], name));
            }
            return Ok(Value::None);
        }
        if matches!(&**o, PyObject::Type(_)) {
            vm.type_delattr(o, &PyStr::new(name.to_string()))?;
            return Ok(Value::None);
        }
    }
    vm.delattr(&args[0], &PyStr::new(name.to_string()))?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__getattribute__", args, kw, 1)?;
    let Some(name) = args[1].as_str() else { return Err(vm.type_error("attribute name must be string")) };
    vm.getattr_generic(&args[0], &PyStr::new(name.to_string()), false)
}

fn object_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // A bound method names the type of self: `list.__format__() takes ...`.
    self_one_arg(vm, "__format__", args, kw)?;
    let spec = args[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", vm.type_name(&args[0]))));
    }
    vm.str_of(&args[0]).map(Value::string)
}

fn object_dir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "__dir__", args, kw)?;
    let names = vm.dir_of(&args[0])?;
    Ok(Value::list(names))
}

/// `object.__init_subclass__()`, a classmethod taking nothing: class keywords
/// no other `__init_subclass__` consumed end here (`A.__init_subclass__()
/// takes no keyword arguments`).
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "__init_subclass__", args, kw)?;
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "mro", args, kw)?;
    match &args[0] {
        Value::Obj(c) if matches!(&**c, PyObject::Type(_)) => Ok(Value::list(vm.mro(c).into_iter().map(Value::Obj).collect())),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "__subclasscheck__", args, kw)?;
    match (&args[0], &args[1]) {
        (Value::Obj(a), Value::Obj(b)) => Ok(Value::bool(vm.is_subclass(b, a))),
        _ => Ok(Value::bool(false)),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "__instancecheck__", args, kw)?;
    match &args[0] {
        Value::Obj(a) => Ok(Value::bool(vm.isinstance(&args[1], a))),
        _ => Ok(Value::bool(false)),
    }
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does (a metaclass
/// `__call__` reaches it through `super().__call__(...)`).
fn type_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(c)) if matches!(&**c, PyObject::Type(_)) => {
            let c = c.clone();
            vm.call_type(&c, &args[1..], kw)
        }
        Some(other) => Err(vm.type_error(&format!("descriptor '__call__' requires a 'type' object but received a '{}'", vm.type_name(other)))),
        None => Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument")),
    }
}

/// `type.__prepare__(name, bases, **kw)`: the empty class namespace.
fn type_prepare(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::dict(crate::objects::PyDict::new()))
}

/// Attributes every type object has.
pub fn type_special_attr(vm: &mut Vm, cls: &Obj, name: &str) -> PyResult<Option<Value>> {
    let PyObject::Type(t) = &**cls else { return Ok(None) };
    Ok(Some(match name {
        "__name__" => {
            let q = t.qualname.borrow();
            Value::str(q.rsplit('.').next().unwrap_or(&q))
        }
        "__qualname__" => Value::str(&t.qualname.borrow()),
        "__module__" => Value::str(&t.module.borrow()),
        "__mro__" => Value::tuple(vm.mro(cls).into_iter().map(Value::Obj).collect()),
        "__bases__" => Value::tuple(t.bases.iter().cloned().map(Value::Obj).collect()),
        "__base__" => t.bases.first().cloned().map(Value::Obj).unwrap_or(Value::None),
        "__dict__" => Value::dict(t.dict.borrow().clone()),
        "__doc__" => Value::None,
        "__class__" => Value::Obj(vm.type_of(&Value::Obj(cls.clone()))),
        "__annotations__" => Value::dict(crate::objects::PyDict::new()),
        _ => return Ok(None),
    }))
}

/// `type.__new__(mcls, name, bases, dict)`: makes a class whose metaclass is
/// `mcls` (or the more derived metaclass of a base).
fn type_dunder_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(mcls) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let type_ = vm.types().type_.clone();
    let mcls = match mcls {
        Value::Obj(m) if matches!(&**m, PyObject::Type(_)) && vm.is_subclass(m, &type_) => m.clone(),
        Value::Obj(m) if matches!(&**m, PyObject::Type(_)) => {
            let n = vm.type_name_of_type(m);
            return Err(vm.type_error(&format!("type.__new__({}): {} is not a subtype of type", n, n)));
        }
        other => return Err(vm.type_error(&format!("type.__new__(X): X is not a type object ({})", vm.type_name(other)))),
    };
    create_class_from_args(vm, mcls, &args[1..], kw)
}

/// `type(x)` or `type(name, bases, dict)`.
pub fn type_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match args.len() {
        1 if kw.is_empty() => Ok(Value::Obj(vm.type_of(&args[0]))),
        3 => {
            let type_ = vm.types().type_.clone();
            create_class_from_args(vm, type_, args, kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// The `(name, bases, dict)` part of `type.__new__` for metaclass `mcls`.
fn create_class_from_args(vm: &mut Vm, mcls: Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let Some(name) = args[0].as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error(&format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&args[0]))));
    };
    let Some(bases) = args[1].as_tuple().map(|b| b.to_vec()) else {
        return Err(vm.type_error(&format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(&args[1]))));
    };
    let mut bs = Vec::new();
    for b in bases {
        match b {
            Value::Obj(o) if matches!(&*o, PyObject::Type(_)) => bs.push(o),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    // A dict, or a dict subclass (a metaclass __prepare__ namespace).
    let d = match &args[2] {
        Value::Obj(o) if matches!(&**o, PyObject::Dict(_)) => Some(Vm::dict_of(o).borrow().clone()),
        v @ Value::Obj(o) if matches!(&**o, PyObject::Instance(_)) => match crate::vm::ops::base_value(v) {
            Some(Value::Obj(b)) if matches!(&*b, PyObject::Dict(_)) => Some(Vm::dict_of(&b).borrow().clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(d) = d else {
        return Err(vm.type_error(&format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(&args[2]))));
    };
    // The most derived metaclass wins; its own __new__ runs if it has one.
    let winner = match vm.calculate_meta(Some(Value::Obj(mcls.clone())), &bs)? {
        Value::Obj(w) => w,
        _ => mcls.clone(),
    };
    if !Rc::ptr_eq(&winner, &mcls) {
        if let PyObject::Type(wt) = &*winner {
            if let Some(n) = wt.lookup_str("__new__") {
                if !crate::objects::function::is_builtin(&n, "__new__", Some("type")) {
                    let mut a = vec![Value::Obj(winner.clone())];
                    a.extend_from_slice(args);
                    let f = match &n {
                        Value::Obj(o) => match &**o {
                            PyObject::StaticMethod(f) => f.clone(),
                            _ => n.clone(),
                        },
                        _ => n.clone(),
                    };
                    return vm.call_kw(f, &a, kw);
                }
            }
        }
    }
    let ns = Rc::new(PyObject::Dict(std::cell::RefCell::new(d)));
    if Vm::dict_of(&ns).borrow().get_str("__module__").is_none() {
        let m = vm.frames.last().and_then(|f| Vm::dict_of(&f.globals).borrow().get_str("__name__").cloned()).unwrap_or(Value::str("__main__"));
        Vm::dict_of(&ns).borrow_mut().set_str("__module__", m);
    }
    let meta = if Rc::ptr_eq(&winner, &vm.types().type_) { None } else { Some(winner) };
    vm.create_class(&name, bs, &ns, kw, meta)
}
