//! Native methods and attributes of the builtin types, one file per type,
//! plus constructors (`int(...)`, `list(...)`, ...) for calls of builtin types.

pub mod bytearray;
pub mod complex;
pub mod asyncgen;
pub mod deque;
pub mod deque_ops;
pub mod dict;
pub mod dict_views;
pub mod exceptions;
pub mod gen_views;
pub mod immutable_new;
pub mod list;
pub mod misc;
pub mod numbers;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod str_format;
pub mod tuple;

use super::{Obj, PyObject, Value};
use crate::vm::{PyResult, Vm};

/// Registers every builtin type's methods.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    // Generic protocol dunders first: the per-type files below override them.
    misc::install(vm);
    numbers::install(vm);
    str::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    exceptions::install(vm);
    complex::install(vm);
    asyncgen::install(vm);
    gen_views::install(vm);
    immutable_new::install(vm);
    bytearray::install(vm);
    dict_views::install(vm);
    deque::install(vm);
    crate::modules::io_file::install(vm);
}

/// Checks a builtin's positional argument count.
pub fn check_args(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, args.len()),
                1 => format!("{}() takes exactly one argument ({} given)", name, args.len()),
                n => format!("{}() takes exactly {} arguments ({} given)", name, n, args.len()),
            }
        } else if args.len() < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, args.len())
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Rejects keyword arguments for builtins that take none.
pub fn no_kw(vm: &Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// Finds a keyword argument by name.
pub fn kwarg<'a>(kw: &'a [(Value, Value)], name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == Some(name)).map(|(_, v)| v)
}

/// Rejects keyword arguments not in `allowed`.
pub fn check_kw(vm: &Vm, fname: &str, kw: &[(Value, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = k.as_str().unwrap_or("");
        if !allowed.contains(&n) {
            return Err(vm.type_error(&format!("{}() got an unexpected keyword argument '{}'", fname, n)));
        }
    }
    Ok(())
}

/// The self object of a method call, unwrapping builtin-subclass instances.
pub fn this(args: &[Value]) -> Value {
    match args.first() {
        Some(v @ Value::Obj(o)) => match &**o {
            PyObject::Instance(i) => i.base.clone().unwrap_or_else(|| v.clone()),
            _ => v.clone(),
        },
        Some(v) => v.clone(),
        None => Value::None,
    }
}

/// Attributes of builtin values that are not methods.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    misc::special_attr(vm, obj, name)
}

/// `Class.__name__` and the other attributes every type has.
pub fn type_special_attr(vm: &mut Vm, cls: &Obj, name: &str) -> PyResult<Option<Value>> {
    object::type_special_attr(vm, cls, name)
}

/// `type(x)` and `type(name, bases, dict)`.
pub fn type_new(vm: &mut Vm, _cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    object::type_new(vm, args, kw)
}

/// Calls of builtin (non-heap) types: `int("3")`, `list(x)`, `ValueError("m")`.
pub fn construct_builtin(vm: &mut Vm, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let PyObject::Type(t) = &**cls else { return Err(vm.type_error("not a type")) };
    if t.layout == super::typeobj::Layout::Exception {
        return exceptions::construct(vm, cls, args, kw);
    }
    // Classes of native modules (`_thread.RLock`) construct through their native `__new__`.
    if t.module.borrow().as_str() != "builtins" {
        let new = t.dict.borrow().get_str("__new__").cloned();
        if let Some(Value::Obj(n)) = new {
            if let PyObject::StaticMethod(f) = &*n {
                let mut a = vec![Value::Obj(cls.clone())];
                a.extend_from_slice(args);
                let obj = vm.call_kw(f.clone(), &a, kw)?;
                // Then the class's own native `__init__`, as type.__call__ does.
                let init = t.dict.borrow().get_str("__init__").cloned();
                if let Some(init) = init {
                    if vm.isinstance(&obj, cls) {
                        a[0] = obj.clone();
                        vm.call_kw(init, &a, kw)?;
                    }
                }
                return Ok(obj);
            }
        }
    }
    let name = t.name.clone();
    match name.as_str() {
        "object" => {
            if !args.is_empty() || !kw.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            vm.new_object(cls, &[])
        }
        "int" | "bool" | "float" => numbers::construct(vm, &name, args, kw),
        "str" | "bytes" => {
            // The str module knows bytes only: pass bytearrays as bytes
            // (but `str(bytearray)` alone is its repr).
            if name == "str" && args.len() < 2 && kw.is_empty() {
                return str::construct(vm, &name, args, kw);
            }
            let args: Vec<Value> = args.iter().map(bytearray::as_bytes_arg).collect();
            let kw: Vec<(Value, Value)> = kw.iter().map(|(k, v)| (k.clone(), bytearray::as_bytes_arg(v))).collect();
            str::construct(vm, &name, &args, &kw)
        }
        "bytearray" => bytearray::construct(vm, args, kw),
        "list" => list::construct(vm, args, kw),
        "tuple" => tuple::construct(vm, args, kw),
        "dict" => dict::construct(vm, args, kw),
        "set" | "frozenset" => set::construct(vm, &name, args, kw),
        "complex" => complex::construct(vm, args, kw),
        "range" => range::construct(vm, args, kw),
        _ => {
            // A native module's class makes its objects with its own __new__.
            let new = t.dict.borrow().get_str("__new__").cloned();
            if let Some(Value::Obj(n)) = new {
                if let PyObject::StaticMethod(f) = &*n {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(Value::Obj(cls.clone()));
                    a.extend_from_slice(args);
                    return vm.call_kw(f.clone(), &a, kw);
                }
            }
            misc::construct(vm, &name, args, kw)
        }
    }
}
