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

// ---- Arity checks of builtin methods ----
//
// Methods receive `self` as `args[0]`; these count only the arguments after
// it and word their errors the way CPython does for each kind of C method:
// METH_NOARGS and METH_O name the method with its owner (`list.copy()`),
// Argument Clinic's positional checks name it bare (`pop expected ...`),
// slot wrappers (`__len__`, `__add__`, ...) do not name it at all. The
// checks are plain length tests; messages are built only on failure.

/// `n word` or `n words`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

/// Rejects keyword arguments for a method: `list.append() takes no keyword arguments`.
#[inline]
pub fn method_no_kw(vm: &Vm, owner: &str, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(&format!("{}.{}() takes no keyword arguments", owner, name)))
    }
}

/// A method called through its class with no self at all: `list.copy()`.
#[cold]
fn unbound_error(vm: &Vm, owner: &str, name: &str) -> crate::vm::PyErr {
    vm.type_error(&format!("unbound method {}.{}() needs an argument", owner, name))
}

/// METH_NOARGS: `list.copy() takes no arguments (1 given)`.
#[inline]
pub fn no_args(vm: &Vm, owner: &str, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    method_no_kw(vm, owner, name, kw)?;
    if args.len() != 1 {
        if args.is_empty() {
            return Err(unbound_error(vm, owner, name));
        }
        return Err(vm.type_error(&format!("{}.{}() takes no arguments ({} given)", owner, name, args.len() - 1)));
    }
    Ok(())
}

/// METH_O: `list.append() takes exactly one argument (0 given)`.
#[inline]
pub fn one_arg<'a>(vm: &Vm, owner: &str, name: &str, args: &'a [Value], kw: &[(Value, Value)]) -> PyResult<&'a Value> {
    method_no_kw(vm, owner, name, kw)?;
    match args {
        [_, v] => Ok(v),
        [] => Err(unbound_error(vm, owner, name)),
        _ => Err(vm.type_error(&format!("{}.{}() takes exactly one argument ({} given)", owner, name, args.len().saturating_sub(1)))),
    }
}

/// `_PyArg_CheckPositional` / `PyArg_UnpackTuple`: `pop expected at most 1
/// argument, got 2`, or `insert expected 2 arguments, got 1` for an exact count.
pub fn positional_error(vm: &Vm, name: &str, given: usize, min: usize, max: usize) -> crate::vm::PyErr {
    let (bound, n) = if given < min { ("at least ", min) } else { ("at most ", max) };
    let bound = if min == max { "" } else { bound };
    vm.type_error(&format!("{} expected {}{}, got {}", name, bound, plural(n, "argument"), given))
}

/// The positional count check of [`pos_args`] alone (keywords are the
/// caller's business): between `min` and `max` arguments after self.
#[inline]
pub fn positional_count(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given < min || given > max {
        return Err(positional_error(vm, name, given, min, max));
    }
    Ok(())
}

/// Positional-only Argument Clinic (and `PyArg_UnpackTuple` with a name):
/// between `min` and `max` arguments after self, no keywords.
#[inline]
pub fn pos_args(vm: &Vm, owner: &str, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    method_no_kw(vm, owner, name, kw)?;
    if args.is_empty() {
        return Err(unbound_error(vm, owner, name));
    }
    positional_count(vm, name, args, min, max)
}

/// Argument Clinic with keywords: the counts `_PyArg_UnpackKeywords` checks
/// before binding names, for `maxpos` positional and `maxargs` arguments in
/// all after self: `sort() takes at most 2 arguments (3 given)`,
/// `to_bytes() takes at most 2 positional arguments (3 given)`.
#[inline]
pub fn kw_counts(vm: &Vm, fname: &str, args: &[Value], kw: &[(Value, Value)], maxpos: usize, maxargs: usize) -> PyResult<()> {
    let npos = args.len().saturating_sub(1);
    if npos + kw.len() > maxargs {
        let what = if npos == 0 { "keyword argument" } else { "argument" };
        return Err(vm.type_error(&format!("{}() takes at most {} ({} given)", fname, plural(maxargs, what), npos + kw.len())));
    }
    if npos > maxpos {
        let msg = if maxpos == 0 {
            format!("{}() takes no positional arguments", fname)
        } else {
            format!("{}() takes at most {} ({} given)", fname, plural(maxpos, "positional argument"), npos)
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Slot wrappers that check their count exactly (`__len__`, `__add__`,
/// `__eq__`, `__contains__`, ...): `expected 1 argument, got 2`.
#[inline]
pub fn slot_args(vm: &Vm, name: &str, args: &[Value], kw: &[(Value, Value)], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("wrapper {}() takes no keyword arguments", name)));
    }
    if args.len() != n + 1 {
        if args.is_empty() {
            // No self: the owner is not known here.
            return Err(vm.type_error(&format!("descriptor '{}' needs an argument", name)));
        }
        return Err(vm.type_error(&format!("expected {}, got {}", plural(n, "argument"), args.len() - 1)));
    }
    Ok(())
}

/// A one-argument slot wrapper's argument.
#[inline]
pub fn slot_one<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[(Value, Value)]) -> PyResult<&'a Value> {
    slot_args(vm, name, args, kw, 1)?;
    Ok(&args[1])
}

/// Slot wrappers that unpack their arguments with an empty name (sequence
/// `__mul__`/`__rmul__`/`__imul__`, `__setitem__`, `__setattr__`, `__pow__`):
/// CPython's message then starts with a stray space, ` expected 2 arguments, got 1`.
#[inline]
pub fn slot_unpack(vm: &Vm, name: &str, args: &[Value], kw: &[(Value, Value)], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("wrapper {}() takes no keyword arguments", name)));
    }
    let given = args.len().saturating_sub(1);
    if given < min || given > max {
        return Err(positional_error(vm, "", given, min, max));
    }
    Ok(())
}

/// The name a bound builtin method shows for its owner: the type of self,
/// or self itself when it is a class (classmethods).
pub fn owner_name(vm: &Vm, this: Option<&Value>) -> String {
    if let Some(Value::Obj(o)) = this {
        if let PyObject::Type(t) = &**o {
            return t.qualname.borrow().clone();
        }
    }
    match this {
        Some(v) => vm.type_name(v),
        None => "object".to_string(),
    }
}

/// [`no_args`] for a method shared by many types (`object.__dir__`,
/// `generator.close`): the owner is named after self's type, as a bound
/// method shows it, and is looked up only on failure.
#[inline]
pub fn self_no_args(vm: &Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    if args.len() != 1 || !kw.is_empty() {
        no_args(vm, &owner_name(vm, args.first()), name, args, kw)?;
    }
    Ok(())
}

/// [`one_arg`] with the owner named after self's type (see [`self_no_args`]).
#[inline]
pub fn self_one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[(Value, Value)]) -> PyResult<&'a Value> {
    match args {
        [_, v] if kw.is_empty() => Ok(v),
        _ => one_arg(vm, &owner_name(vm, args.first()), name, args, kw),
    }
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
