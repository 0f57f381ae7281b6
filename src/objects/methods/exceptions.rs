//! `BaseException` and the builtin exception classes.

use super::check_args;
use crate::objects::{Obj, PyException, PyObject, Value};
use crate::vm::builtins_types::add_method;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.types().base_exception.clone();
    add_method(&b, "__init__", exc_init);
    add_method(&b, "__str__", exc_str);
    add_method(&b, "__repr__", exc_repr);
    add_method(&b, "with_traceback", exc_with_traceback);
    add_method(&b, "add_note", exc_add_note);
}

/// `SomeError(*args)` for builtin exception classes.
pub fn construct(vm: &mut Vm, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        let PyObject::Type(t) = &**cls else { return Err(vm.type_error("not a type")) };
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", t.name)));
    }
    let e = Value::from_obj(PyObject::Exception(Box::new(PyException::new(cls.clone(), Value::tuple(args.to_vec())))));
    init_attrs(vm, &e, args);
    Ok(e)
}

/// Class-specific attributes set from the arguments (OSError.errno, ...).
fn init_attrs(vm: &Vm, e: &Value, args: &[Value]) {
    let Value::Obj(o) = e else { return };
    let PyObject::Exception(x) = &**o else { return };
    let cls = x.class.borrow().clone();
    let is = |name: &str| vm.is_subclass(&cls, vm.types().exc(name));
    let mut d = x.dict.borrow_mut();
    if is("OSError") {
        if args.len() >= 2 {
            d.set_str("errno", args[0].clone());
            d.set_str("strerror", args[1].clone());
            d.set_str("filename", args.get(2).cloned().unwrap_or(Value::None));
        } else {
            d.set_str("errno", Value::None);
            d.set_str("strerror", Value::None);
            d.set_str("filename", Value::None);
        }
    }
    if is("SyntaxError") && d.get_str("msg").is_none() {
        d.set_str("msg", args.first().cloned().unwrap_or(Value::None));
        for k in ["filename", "lineno", "offset", "text"] {
            d.set_str(k, Value::None);
        }
        if let Some(info) = args.get(1).and_then(|a| a.as_tuple().map(|t| t.to_vec())) {
            for (k, v) in ["filename", "lineno", "offset", "text"].iter().zip(info) {
                d.set_str(k, v);
            }
        }
    }
    if is("ImportError") {
        d.set_str("name", Value::None);
        d.set_str("path", Value::None);
    }
}

fn exc_obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyException> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Exception(e) => Ok(e),
            _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument"));
    }
    let e = exc_obj(vm, &args[0])?;
    *e.args.borrow_mut() = Value::tuple(args[1..].to_vec());
    init_attrs(vm, &args[0], &args[1..]);
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__str__", args, 1, 1)?;
    let e = exc_obj(vm, &args[0])?;
    let a = e.args.borrow().clone();
    let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    match items.len() {
        0 => Ok(Value::str("")),
        1 => vm.str_of(&items[0]).map(Value::string),
        _ => vm.repr(&a).map(Value::string),
    }
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let e = exc_obj(vm, &args[0])?;
    let a = e.args.borrow().clone();
    let name = vm.type_name(&args[0]);
    let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    if items.len() == 1 {
        return Ok(Value::string(format!("{}({})", name, vm.repr(&items[0])?)));
    }
    let r = vm.repr(&a)?;
    let inner = r.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',');
    Ok(Value::string(format!("{}({})", name, inner)))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "with_traceback", args, 2, 2)?;
    let e = exc_obj(vm, &args[0])?;
    if args[1].is_none() {
        e.traceback.borrow_mut().clear();
    }
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "add_note", args, 2, 2)?;
    let e = exc_obj(vm, &args[0])?;
    if args[1].as_str().is_none() {
        return Err(vm.type_error(&format!("note must be a str, not '{}'", vm.type_name(&args[1]))));
    }
    let notes = e.dict.borrow().get_str("__notes__").cloned();
    match notes {
        Some(Value::Obj(l)) => {
            if let PyObject::List(l) = &*l {
                l.borrow_mut().push(args[1].clone());
            }
        }
        _ => e.dict.borrow_mut().set_str("__notes__", Value::list(vec![args[1].clone()])),
    }
    Ok(Value::None)
}

/// Attributes of exception objects.
pub fn special_attr(vm: &mut Vm, e: &PyException, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "args" => e.args.borrow().clone(),
        "__cause__" => e.cause.borrow().clone(),
        "__context__" => e.context.borrow().clone(),
        "__suppress_context__" => Value::Bool(e.suppress_context.get()),
        "__traceback__" => {
            if e.traceback.borrow().is_empty() {
                Value::None
            } else {
                crate::modules::traceback_object(vm, obj)
            }
        }
        "value" | "code" => {
            let cls = e.class.borrow().clone();
            let which = if name == "value" { "StopIteration" } else { "SystemExit" };
            let alt = if name == "value" { "StopAsyncIteration" } else { "SystemExit" };
            if !vm.is_subclass(&cls, vm.types().exc(which)) && !vm.is_subclass(&cls, vm.types().exc(alt)) {
                return Ok(None);
            }
            if let Some(v) = e.dict.borrow().get_str(name) {
                return Ok(Some(v.clone()));
            }
            let a = e.args.borrow().clone();
            let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
            match items.len() {
                0 => Value::None,
                1 => items[0].clone(),
                _ if name == "code" => a.clone(),
                _ => items[0].clone(),
            }
        }
        _ => return Ok(None),
    }))
}
