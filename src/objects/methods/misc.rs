//! The remaining builtin types: range, slice, property, staticmethod,
//! classmethod, super, functions, methods, generators and iterators; and
//! the protocol dunders (`__len__`, `__getitem__`, ...) that let Python code
//! call builtin behaviour explicitly (`super().__getitem__(k)`).

use super::{check_args, one_arg, pos_args, self_no_args, self_one_arg, slot_args, slot_unpack, this};
use crate::objects::{PyObject, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::builtins_types::add_method;
use crate::vm::generator::Sent;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let p = vm.types().property.clone();
    add_method(&p, "getter", property_getter);
    add_method(&p, "setter", property_setter);
    add_method(&p, "deleter", property_deleter);
    add_method(&p, "__get__", property_get);
    add_method(&p, "__set__", property_set);
    add_method(&p, "__delete__", property_delete);
    // Functions, classmethods and staticmethods are (non-data) descriptors.
    add_method(&vm.types().function.clone(), "__get__", function_get);
    add_method(&vm.types().classmethod.clone(), "__get__", classmethod_get);
    add_method(&vm.types().staticmethod.clone(), "__get__", staticmethod_get);
    let g = vm.types().generator.clone();
    let c = vm.types().coroutine.clone();
    for t in [&g, &c] {
        add_method(t, "send", gen_send);
        add_method(t, "throw", gen_throw);
        add_method(t, "close", gen_close);
    }
    add_method(&g, "__next__", gen_next);
    add_method(&g, "__iter__", iter_self);
    let mut iter_types = vec![vm.types().iterator.clone()];
    for name in crate::vm::builtins_types::NAMED_TYPES {
        if name.contains("iterator") || matches!(*name, "enumerate" | "zip" | "map" | "filter" | "reversed") {
            iter_types.push(vm.types().named(name).clone());
        }
    }
    for it in &iter_types {
        add_method(it, "__next__", iter_next);
        add_method(it, "__iter__", iter_self);
    }
    for name in ["list_iterator", "tuple_iterator", "list_reverseiterator", "range_iterator"] {
        add_method(&vm.types().named(name).clone(), "__length_hint__", iter_length_hint);
    }
    // Callables expose `__call__` (`f.__call__(x)`, `callable(f.__call__)`);
    // `type.__call__` is in object.rs.
    for t in [vm.types().function.clone(), vm.types().builtin.clone(), vm.types().method.clone()] {
        add_method(&t, "__call__", dunder_call);
    }
    let sl = vm.types().slice.clone();
    add_method(&sl, "indices", slice_indices);
    // Slices are unhashable in 3.11.
    if let PyObject::Type(ty) = &*sl {
        ty.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    let r = vm.types().range.clone();
    add_method(&r, "index", super::range::range_index);
    add_method(&r, "count", super::range::range_count);
    // bool's own __repr__ ('True'), found before int's.
    add_method(&vm.types().bool_.clone(), "__repr__", dunder_repr);
    let types = [
        vm.types().str_.clone(),
        vm.types().bytes.clone(),
        vm.types().list.clone(),
        vm.types().tuple.clone(),
        vm.types().dict.clone(),
        vm.types().set.clone(),
        vm.types().frozenset.clone(),
        vm.types().range.clone(),
        vm.types().int.clone(),
        vm.types().float.clone(),
    ];
    // Only the protocols each type really has: `reversed()` and `iter()`
    // decide by looking these up (a set has no `__getitem__`, an int no `__len__`).
    for t in &types {
        let name = match &**t {
            PyObject::Type(ty) => ty.name.clone(),
            _ => String::new(),
        };
        let container = !matches!(name.as_str(), "int" | "float");
        if container {
            add_method(t, "__len__", dunder_len);
            add_method(t, "__contains__", dunder_contains);
            add_method(t, "__iter__", dunder_iter);
        }
        if container && !matches!(name.as_str(), "set" | "frozenset") {
            add_method(t, "__getitem__", dunder_getitem);
        }
        if !matches!(name.as_str(), "dict" | "set" | "frozenset" | "range") {
            add_method(t, "__add__", dunder_add);
            add_method(t, "__mul__", dunder_mul);
        }
        add_method(t, "__repr__", if name == "int" { int_repr } else { dunder_repr });
        // Everything but str and bytes inherits object.__str__ in CPython
        // (which goes through a subclass's __repr__).
        let own_str = matches!(name.as_str(), "str" | "bytes");
        if own_str {
            add_method(t, "__str__", dunder_str);
        }
        // Mutable containers are unhashable: their `__hash__` is None.
        if matches!(name.as_str(), "list" | "dict" | "set") {
            if let PyObject::Type(ty) = &**t {
                ty.dict.borrow_mut().set_str("__hash__", Value::None);
            }
        } else {
            add_method(t, "__hash__", dunder_hash);
        }
        add_method(t, "__eq__", dunder_eq);
        add_method(t, "__ne__", dunder_ne);
        add_method(t, "__lt__", dunder_lt);
        add_method(t, "__le__", dunder_le);
        add_method(t, "__gt__", dunder_gt);
        add_method(t, "__ge__", dunder_ge);
        if own_str {
            add_method(t, "__format__", dunder_format);
        }
    }
    for t in [vm.types().list.clone(), vm.types().dict.clone()] {
        add_method(&t, "__setitem__", dunder_setitem);
        add_method(&t, "__delitem__", dunder_delitem);
    }
    for t in [vm.types().int.clone(), vm.types().float.clone()] {
        add_method(&t, "__sub__", dunder_sub);
        add_method(&t, "__truediv__", dunder_truediv);
        add_method(&t, "__floordiv__", dunder_floordiv);
        add_method(&t, "__mod__", dunder_mod);
        add_method(&t, "__neg__", dunder_neg);
        add_method(&t, "__bool__", dunder_bool);
        add_method(&t, "__radd__", dunder_radd);
        add_method(&t, "__rmul__", dunder_rmul);
        add_method(&t, "__pow__", dunder_pow);
    }
}

/// Calls of the builtin types not handled elsewhere.
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    match name {
        "slice" => {
            check_args(vm, "slice", args, 1, 3)?;
            let s = match args.len() {
                1 => [Value::None, args[0].clone(), Value::None],
                2 => [args[0].clone(), args[1].clone(), Value::None],
                _ => [args[0].clone(), args[1].clone(), args[2].clone()],
            };
            Ok(Value::from_obj(PyObject::Slice(Box::new(s))))
        }
        "property" => {
            let get = |i: usize, n: &str| args.get(i).cloned().or_else(|| super::kwarg(kw, n).cloned()).unwrap_or(Value::None);
            let p = [get(0, "fget"), get(1, "fset"), get(2, "fdel")];
            Ok(Value::from_obj(PyObject::Property(Box::new(p))))
        }
        "staticmethod" => {
            check_args(vm, "staticmethod", args, 1, 1)?;
            Ok(Value::from_obj(PyObject::StaticMethod(args[0].clone())))
        }
        "classmethod" => {
            check_args(vm, "classmethod", args, 1, 1)?;
            Ok(Value::from_obj(PyObject::ClassMethod(args[0].clone())))
        }
        "super" => make_super(vm, args),
        "enumerate" => crate::modules::builtins::enumerate(vm, args, kw),
        "zip" => crate::modules::builtins::zip(vm, args, kw),
        "map" => crate::modules::builtins::map(vm, args, kw),
        "filter" => crate::modules::builtins::filter(vm, args, kw),
        "reversed" => crate::modules::builtins::reversed(vm, args, kw),
        "NoneType" => Ok(Value::None),
        _ => Err(vm.type_error(&format!("cannot create '{}' instances", name))),
    }
}

/// `super()` (from the calling frame's first argument and `__class__`) or `super(cls, obj)`.
fn make_super(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 2 {
        return Ok(Value::from_obj(PyObject::Super(args[0].clone(), args[1].clone())));
    }
    if !args.is_empty() {
        return Err(vm.type_error("super() takes 0 or 2 arguments"));
    }
    let Some(f) = vm.frames.last() else { return Err(vm.runtime_error("super(): no current frame")) };
    let code = f.code.clone();
    if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    // The first argument may have moved into a cell.
    let mut first = f.stack.first().cloned().unwrap_or(Value::Null);
    if first.is_null() {
        if let Some((ci, _)) = code.cell_params.iter().find(|(_, pi)| *pi == 0) {
            first = crate::vm::frame::cell_value(f.cell(*ci as usize));
        }
    }
    let class_idx = code.freevars.iter().position(|n| n == "__class__").map(|i| i + code.cellvars.len());
    let Some(ci) = class_idx else { return Err(vm.runtime_error("super(): __class__ cell not found")) };
    let cls = crate::vm::frame::cell_value(f.cell(ci));
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    Ok(Value::from_obj(PyObject::Super(cls, first)))
}

/// Attribute lookup through a `super` object.
fn super_getattr(vm: &mut Vm, cls: &Value, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Obj(c) = cls else { return Ok(None) };
    // Whose MRO: obj's type, or obj itself when obj is a class (classmethods).
    let start_type = match obj {
        Value::Obj(o) if matches!(&**o, PyObject::Type(_)) && vm.is_subclass(o, c) => o.clone(),
        _ => vm.type_of(obj),
    };
    let mro = vm.mro(&start_type);
    let pos = mro.iter().position(|m| std::rc::Rc::ptr_eq(m, c));
    let Some(pos) = pos else { return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type")) };
    for t in &mro[pos + 1..] {
        let PyObject::Type(ty) = &**t else { continue };
        let found = ty.dict.borrow().get_str(name).cloned();
        if let Some(v) = found {
            // obj is a class searched through its own MRO (not an instance of a metaclass).
            let is_type_obj = matches!(obj, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &start_type));
            if is_type_obj {
                // super().method in a classmethod: bind classmethods to obj.
                if let Value::Obj(vo) = &v {
                    match &**vo {
                        PyObject::ClassMethod(f) => return Ok(Some(Value::from_obj(PyObject::Method(obj.clone(), f.clone())))),
                        PyObject::StaticMethod(f) => return Ok(Some(f.clone())),
                        _ => return Ok(Some(v)),
                    }
                }
                return Ok(Some(v));
            }
            return vm.descr_get(v, obj, &start_type).map(Some);
        }
    }
    Ok(None)
}

/// Non-method attributes of builtin objects.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else {
        return Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                v => v.clone(),
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::float(f.get())),
            (Value::Float(_), "imag") => Some(Value::float(0.0)),
            _ => None,
        });
    };
    Ok(match (&**o, name) {
        (PyObject::Super(cls, inner), _) => {
            let (cls, inner) = (cls.clone(), inner.clone());
            match super_getattr(vm, &cls, &inner, name)? {
                Some(v) => Some(v),
                None => {
                    return Err(vm.new_error("AttributeError", &format!("'super' object has no attribute '{}'", name)));
                }
            }
        }
        (PyObject::Exception(e), _) => return crate::objects::methods::exceptions::special_attr(vm, e, obj, name),
        (PyObject::Function(f), _) => match name {
            "__name__" => Some(Value::str(&f.name.borrow())),
            "__qualname__" => Some(Value::str(&f.qualname.borrow())),
            "__module__" => Some(f.module.clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__dict__" => Some(Value::dict(f.dict.borrow().clone())),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) })
            }
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
            "__code__" => Some(Value::from_obj(PyObject::Code(f.code.clone()))),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__closure__" => Some(if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.iter().cloned().map(Value::Obj).collect()) }),
            "__annotations__" => {
                let existing = f.dict.borrow().get_str("__annotations__").cloned();
                match existing {
                    Some(a) => Some(a),
                    None => {
                        // Created on first access and kept, as CPython does.
                        let d = Value::dict(crate::objects::PyDict::new());
                        f.dict.borrow_mut().set_str("__annotations__", d.clone());
                        Some(d)
                    }
                }
            }
            _ => None,
        },
        (PyObject::Code(c), _) => match name {
            "co_name" => Some(Value::str(&c.name)),
            "co_qualname" => Some(Value::str(&c.qualname)),
            "co_filename" => Some(Value::str(&c.filename)),
            "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_varnames" => Some(Value::tuple(c.varnames.iter().map(|s| Value::str(s)).collect())),
            "co_flags" => Some(Value::Int(c.flags as i64)),
            _ => None,
        },
        (PyObject::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
        (PyObject::Builtin(_), "__doc__") => Some(Value::None),
        (PyObject::Builtin(_), "__module__") => Some(Value::str("builtins")),
        (PyObject::Method(s, f), _) => match name {
            "__self__" => Some(s.clone()),
            "__func__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = f.clone();
                return vm.getattr_str(&f, name).map(Some);
            }
            _ => None,
        },
        (PyObject::Range(_) | PyObject::BigRange(_), _) => super::range::attr(o, name),
        (PyObject::Slice(s), _) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        (PyObject::Property(p), _) => match name {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => {
                let g = p[0].clone();
                if g.is_none() {
                    Some(Value::None)
                } else {
                    vm.getattr_opt(&g, "__doc__")?
                }
            }
            _ => None,
        },
        (PyObject::StaticMethod(f) | PyObject::ClassMethod(f), "__func__") => Some(f.clone()),
        (PyObject::Generator(g), _) => match name {
            "__name__" => Some(Value::string(g.name())),
            "__qualname__" => Some(Value::string(g.qualname())),
            "gi_running" | "cr_running" => Some(Value::bool(g.running())),
            "ag_running" => Some(Value::bool(g.running_async.get())),
            "gi_frame" | "cr_frame" | "ag_frame" => Some(super::gen_views::frame_of(vm, o, g)),
            "gi_yieldfrom" | "cr_await" | "ag_await" => Some(g.delegate().unwrap_or(Value::None)),
            "gi_code" | "cr_code" | "ag_code" => Some(Value::from_obj(PyObject::Code(g.code.clone()))),
            "gi_suspended" | "cr_suspended" => Some(Value::bool(g.state() == crate::vm::generator::GenState::Suspended)),
            _ => None,
        },
        (PyObject::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (PyObject::BigInt(_), "imag") => Some(Value::Int(0)),
        (PyObject::Complex(re, _), "real") => Some(Value::float(*re)),
        (PyObject::Complex(_, im), "imag") => Some(Value::float(*im)),
        (PyObject::BigInt(_), "denominator") => Some(Value::Int(1)),
        (PyObject::Cell(c), "cell_contents") => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            Some(v)
        }
        (PyObject::Module(m), "__name__") => Some(Value::str(&m.name)),
        (PyObject::File(f), _) => crate::modules::io_file::attr(f, name),
        _ => None,
    })
}

fn prop_with(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], slot: usize, name: &str) -> PyResult<Value> {
    one_arg(vm, "property", name, args, kw)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("property expected")) };
    let PyObject::Property(p) = &**o else { return Err(vm.type_error("property expected")) };
    let mut np = (**p).clone();
    np[slot] = args[1].clone();
    Ok(Value::from_obj(PyObject::Property(Box::new(np))))
}
fn property_getter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    prop_with(vm, args, kw, 0, "getter")
}
fn property_setter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    prop_with(vm, args, kw, 1, "setter")
}
fn property_deleter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    prop_with(vm, args, kw, 2, "deleter")
}
fn property_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__get__", args, kw, 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    let t = vm.type_of(&args[1]);
    vm.descr_get(args[0].clone(), &args[1], &t)
}

/// `property.__set__(obj, value)` / `__delete__(obj)` called explicitly:
/// runs fset / fdel, or raises CPython's "has no setter/deleter" error.
fn property_set(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__set__", args, kw, 2, 2)?;
    property_apply(vm, &args[0], &args[1], Some(args[2].clone()))
}
fn property_delete(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__delete__", args, kw, 1)?;
    property_apply(vm, &args[0], &args[1], None)
}
fn property_apply(vm: &mut Vm, prop: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let Value::Obj(o) = prop else { return Err(vm.type_error("property expected")) };
    let PyObject::Property(p) = &**o else { return Err(vm.type_error("property expected")) };
    let (f, what) = if value.is_some() { (p[1].clone(), "setter") } else { (p[2].clone(), "deleter") };
    if f.is_none() {
        let cls = vm.type_of(obj);
        let qual = vm.type_name_of_type(&cls);
        // The name the property was given in a class body, if it is there.
        let mut name = None;
        if let PyObject::Type(t) = &*cls {
            let mut types = vec![cls.clone()];
            types.extend(t.mro_tail.iter().cloned());
            'found: for ty in &types {
                if let PyObject::Type(ty) = &**ty {
                    for (k, v) in ty.dict.borrow().iter() {
                        if v.is(prop) {
                            name = k.as_str().map(|s| s.to_string());
                            break 'found;
                        }
                    }
                }
            }
        }
        let msg = match name {
            Some(n) => format!("property '{}' of '{}' object has no {}", n, qual, what),
            None => format!("property of '{}' object has no {}", qual, what),
        };
        return Err(vm.new_error("AttributeError", &msg));
    }
    match value {
        Some(v) => vm.call(f, &[obj.clone(), v])?,
        None => vm.call(f, &[obj.clone()])?,
    };
    Ok(Value::None)
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn function_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__get__", args, kw, 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::from_obj(PyObject::Method(args[1].clone(), args[0].clone())))
}

/// `classmethod.__get__(obj, type=None)`: the function bound to the class.
fn classmethod_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__get__", args, kw, 1, 2)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("classmethod expected")) };
    let PyObject::ClassMethod(f) = &**o else { return Err(vm.type_error("classmethod expected")) };
    let owner = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(vm.type_of(&args[1])),
    };
    Ok(Value::from_obj(PyObject::Method(owner, f.clone())))
}

/// `staticmethod.__get__(obj, type=None)`: the plain function.
fn staticmethod_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__get__", args, kw, 1, 2)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("staticmethod expected")) };
    let PyObject::StaticMethod(f) = &**o else { return Err(vm.type_error("staticmethod expected")) };
    Ok(f.clone())
}

/// `__length_hint__` of the sequence and range iterators: items left.
fn iter_length_hint(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "__length_hint__", args, kw)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("__length_hint__ requires an iterator")) };
    let PyObject::Iter(cell) = &**o else { return Err(vm.type_error("__length_hint__ requires an iterator")) };
    let n = match &*cell.borrow() {
        crate::objects::iter::PyIter::Seq { seq, index } => {
            let len = match &**seq {
                PyObject::List(l) => l.borrow().len(),
                PyObject::Tuple(t) => t.len(),
                _ => 0,
            };
            len.saturating_sub(*index) as i64
        }
        crate::objects::iter::PyIter::Reversed { index, .. } => *index as i64,
        crate::objects::iter::PyIter::Range { next, stop, step } => crate::objects::Range { start: *next, stop: *stop, step: *step }.len(),
        _ => 0,
    };
    Ok(Value::Int(n))
}

fn gen_obj(vm: &Vm, v: &Value) -> PyResult<crate::objects::Obj> {
    match v {
        Value::Obj(o) if matches!(&**o, PyObject::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(&format!("descriptor requires a 'generator' object but received a '{}'", vm.type_name(v)))),
    }
}

fn sent_result(vm: &Vm, s: Sent) -> PyResult<Value> {
    match s {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

/// `generator.send` and `__next__`, which the eval loop recognises to resume
/// generators in place.
pub(crate) const GEN_SEND: crate::objects::NativeFn = gen_send;
pub(crate) const GEN_NEXT: crate::objects::NativeFn = gen_next;

fn gen_send(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "send", args, kw)?;
    let g = gen_obj(vm, &args[0])?;
    let s = vm.resume(&g, args[1].clone(), None)?;
    sent_result(vm, s)
}

fn gen_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__next__", args, kw, 0)?;
    let g = gen_obj(vm, &args[0])?;
    let s = vm.resume(&g, Value::None, None)?;
    sent_result(vm, s)
}

fn gen_throw(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !(2..=4).contains(&args.len()) || !kw.is_empty() {
        pos_args(vm, &super::owner_name(vm, args.first()), "throw", args, kw, 1, 3)?;
    }
    let g = gen_obj(vm, &args[0])?;
    // throw(type[, value[, tb]]) or throw(instance)
    if let Some(tb) = args.get(3) {
        let is_tb = matches!(tb, Value::Obj(o) if matches!(&**o, PyObject::Instance(_)) && vm.type_name(tb) == "traceback");
        if !tb.is_none() && !is_tb {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let is_instance = matches!(&args[1], Value::Obj(o) if matches!(&**o, PyObject::Exception(_)));
    if is_instance && args.get(2).is_some_and(|v| !v.is_none()) {
        return Err(vm.type_error("instance exception may not have a separate value"));
    }
    let exc = match (&args[1], args.get(2)) {
        (Value::Obj(t), Some(val)) if matches!(&**t, PyObject::Type(_)) && !val.is_none() => {
            // throw(type, value): an instance is used as is, a tuple is the
            // constructor's arguments, anything else its one argument.
            if matches!(val, Value::Obj(vo) if matches!(&**vo, PyObject::Exception(_))) {
                val.clone()
            } else if let Some(items) = val.as_tuple() {
                let items = items.to_vec();
                vm.call(args[1].clone(), &items)?
            } else {
                vm.call(args[1].clone(), std::slice::from_ref(val))?
            }
        }
        _ => args[1].clone(),
    };
    let e = match crate::vm::exc::make_exception(vm, exc.clone()) {
        Ok(e) => e,
        Err(_) => {
            return Err(vm.type_error(&format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(&exc)
            )))
        }
    };
    let s = vm.resume(&g, Value::None, Some(crate::vm::PyErr(e)))?;
    sent_result(vm, s)
}

fn gen_close(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "close", args, kw)?;
    let g = gen_obj(vm, &args[0])?;
    vm.close_generator(&g)?;
    Ok(Value::None)
}

fn iter_self(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iter__", args, kw, 0)?;
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__next__", args, kw, 0)?;
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of `length`.
fn slice_indices(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "slice", "indices", args, kw)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("slice expected")) };
    let PyObject::Slice(s) = &**o else { return Err(vm.type_error("slice expected")) };
    let s = s.clone();
    let n = vm.index_value(&args[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let si = vm.slice_indices(&s, n as usize)?;
    Ok(Value::tuple(vec![Value::Int(si.start), Value::Int(si.stop), Value::Int(si.step)]))
}

// ---- protocol dunders delegating to the VM's operators ----

fn dunder_call(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(f) = args.first() else { return Err(vm.type_error("descriptor '__call__' needs an argument")) };
    vm.call_kw(f.clone(), &args[1..], kw)
}

/// The builtin type that defines a shared protocol dunder for `v` (self
/// unwrapped by `this`), for the METH_O forms that name their owner.
fn owner_of(v: &Value) -> &'static str {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::List(_) => "list",
            PyObject::Dict(_) => "dict",
            PyObject::Set(_) => "set",
            PyObject::FrozenSet(_) => "frozenset",
            _ => "object",
        },
        _ => "object",
    }
}

/// Whether `v` is a number, whose `__mul__` is a number slot rather than a
/// sequence repeat.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(&**o, PyObject::BigInt(_) | PyObject::Complex(..)),
        _ => false,
    }
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__len__", args, kw, 0)?;
    crate::modules::builtins::len_of(vm, &this(args)).map(Value::Int)
}
fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base = this(args);
    // list and dict define a METH_O `__getitem__`; the others have the slot wrapper.
    match owner_of(&base) {
        owner @ ("list" | "dict") => one_arg(vm, owner, "__getitem__", args, kw).map(|_| ())?,
        _ => slot_args(vm, "__getitem__", args, kw, 1)?,
    }
    // A dict subclass with __missing__ (defaultdict-style) handles absent keys.
    if let (Value::Obj(b), true) = (&base, Vm::is_user_object(&args[0])) {
        if matches!(&**b, PyObject::Dict(_)) {
            if let Some(v) = vm.dict_get(b, &args[1])? {
                return Ok(v);
            }
            if let Some(m) = vm.lookup_special(&args[0], "__missing__") {
                return vm.call(m, &[args[0].clone(), args[1].clone()]);
            }
            return Err(vm.key_error(args[1].clone()));
        }
    }
    vm.get_item(&base, &args[1])
}
fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__setitem__", args, kw, 2, 2)?;
    vm.set_item(&this(args), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}
fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__delitem__", args, kw, 1)?;
    vm.del_item(&this(args), &args[1])?;
    Ok(Value::None)
}
fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let base = this(args);
    // dict, set and frozenset define a METH_O `__contains__`.
    match owner_of(&base) {
        owner @ ("dict" | "set" | "frozenset") => one_arg(vm, owner, "__contains__", args, kw).map(|_| ())?,
        _ => slot_args(vm, "__contains__", args, kw, 1)?,
    }
    vm.contains(&base, &args[1]).map(Value::bool)
}
fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iter__", args, kw, 0)?;
    vm.get_iter(&this(args))
}
fn dunder_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
    vm.repr(&this(args)).map(Value::string)
}
/// `int.__repr__`: the number, also for bools (`int.__repr__(True)` is '1').
fn int_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
    match this(args) {
        Value::Bool(b) => Ok(Value::string((b as i64).to_string())),
        v => vm.repr(&v).map(Value::string),
    }
}
fn dunder_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__str__", args, kw, 0)?;
    vm.str_of(&this(args)).map(Value::string)
}
fn dunder_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__hash__", args, kw, 0)?;
    vm.hash(&this(args)).map(Value::Int)
}
fn dunder_format(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "__format__", args, kw)?;
    let spec = args[1].as_str().unwrap_or("").to_string();
    // An empty spec is str(self) for str and the numbers (a subclass's
    // __str__/__repr__ shows).
    if spec.is_empty() {
        return vm.str_of(&args[0]).map(Value::string);
    }
    vm.format_value(&this(args), &spec).map(Value::string)
}
fn cmp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, op: CmpOp) -> PyResult<Value> {
    slot_args(vm, name, args, kw, 1)?;
    let (a, b) = (this(args), args[1].clone());
    let b = crate::vm::ops::base_value(&b).unwrap_or(b);
    if !same_family(&a, &b) {
        return Ok(Value::from_obj(PyObject::NotImplemented));
    }
    vm.compare(op, &a, &b)
}
/// Whether a builtin type's comparison dunder accepts the other operand
/// (`(3).__eq__(3.0)` is NotImplemented: int compares only with ints).
fn same_family(a: &Value, b: &Value) -> bool {
    use crate::vm::ops::as_int;
    let kind = |v: &Value| -> u8 {
        match v {
            Value::Int(_) | Value::Bool(_) => 1,
            Value::Float(_) => 2,
            Value::Obj(o) => match &**o {
                PyObject::BigInt(_) => 1,
                PyObject::Str(_) => 3,
                PyObject::Bytes(_) | PyObject::ByteArray(_) => 4,
                PyObject::List(_) => 5,
                PyObject::Tuple(_) => 6,
                PyObject::Dict(_) => 7,
                PyObject::Set(_) | PyObject::FrozenSet(_) => 8,
                PyObject::Range(_) | PyObject::BigRange(_) => 9,
                _ => 0,
            },
            _ => 0,
        }
    };
    match (kind(a), kind(b)) {
        (2, 1) => as_int(b).is_some(),
        (0, _) => true,
        (x, y) => x == y,
    }
}

fn dunder_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__eq__", CmpOp::Eq)
}
fn dunder_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__ne__", CmpOp::NotEq)
}
fn dunder_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__lt__", CmpOp::Lt)
}
fn dunder_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__le__", CmpOp::LtE)
}
fn dunder_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__gt__", CmpOp::Gt)
}
fn dunder_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    cmp(vm, args, kw, "__ge__", CmpOp::GtE)
}
fn arith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(args);
    if op == BinOp::Mul && !is_number(&a) {
        // A sequence's repeat wrapper.
        slot_unpack(vm, name, args, kw, 1, 1)?;
    } else {
        slot_args(vm, name, args, kw, 1)?;
    }
    let b = args[1].clone();
    let b = crate::vm::ops::base_value(&b).unwrap_or(b);
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    match vm.native_binop(op, &a, &b)? {
        Some(v) => Ok(v),
        None => Ok(Value::from_obj(PyObject::NotImplemented)),
    }
}
fn dunder_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__add__", BinOp::Add, false)
}
fn dunder_radd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__radd__", BinOp::Add, true)
}
fn dunder_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__mul__", BinOp::Mul, false)
}
fn dunder_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__rmul__", BinOp::Mul, true)
}
fn dunder_sub(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__sub__", BinOp::Sub, false)
}
fn dunder_truediv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__truediv__", BinOp::Div, false)
}
fn dunder_floordiv(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__floordiv__", BinOp::FloorDiv, false)
}
fn dunder_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arith(vm, args, kw, "__mod__", BinOp::Mod, false)
}
/// `__pow__(exp, mod=None)`: a ternary slot wrapper.
fn dunder_pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__pow__", args, kw, 1, 2)?;
    let Some(m) = args.get(2).filter(|m| !m.is_none()) else { return arith(vm, &args[..2], kw, "__pow__", BinOp::Pow, false) };
    let a = this(args);
    let unwrap = |v: &Value| crate::vm::ops::base_value(v).unwrap_or_else(|| v.clone());
    let (b, m) = (unwrap(&args[1]), unwrap(m));
    use crate::vm::ops::as_int;
    match (as_int(&a), as_int(&b), as_int(&m)) {
        (Some(x), Some(e), Some(md)) => crate::objects::int::int_pow_mod(&x.to_big(), &e.to_big(), &md.to_big())
            .map(Value::from_bigint)
            .map_err(|e| vm.int_err(e)),
        _ if matches!(a, Value::Float(_)) => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
        _ => Ok(Value::from_obj(PyObject::NotImplemented)),
    }
}
fn dunder_neg(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__neg__", args, kw, 0)?;
    vm.unary_negative(&this(args))
}
fn dunder_bool(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__bool__", args, kw, 0)?;
    vm.truthy(&this(args)).map(Value::bool)
}
