//! `BaseException` and the builtin exception classes.

use super::{self_one_arg, slot_args};
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
    let os = vm.types().exc("OSError").clone();
    add_method(&os, "__str__", os_error_str);
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
fn errno_class(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError", // EAGAIN, EALREADY, EINPROGRESS
        10 => "ChildProcessError",            // ECHILD
        32 | 108 => "BrokenPipeError",        // EPIPE, ESHUTDOWN
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError", // EPERM, EACCES
        3 => "ProcessLookupError",   // ESRCH
        110 => "TimeoutError",       // ETIMEDOUT
        _ => return None,
    })
}

/// An OSError (of the subclass matching the errno) for a failed system call
/// on `filename`: "[Errno 2] No such file or directory: 'path'".
pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> crate::vm::PyErr {
    let Some(errno) = err.raw_os_error() else {
        return vm.new_error("OSError", &err.to_string());
    };
    // Rust appends " (os error N)" to the C library's message.
    let text = err.to_string();
    let strerror = text.strip_suffix(&format!(" (os error {})", errno)).unwrap_or(&text).to_string();
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror)];
    if let Some(f) = filename {
        args.push(f);
    }
    let cls = vm.types().exc("OSError").clone();
    match construct(vm, &cls, &args, &[]) {
        Ok(Value::Obj(e)) => crate::vm::PyErr(e),
        Ok(_) => vm.new_error("OSError", &text),
        Err(e) => e,
    }
}

fn os_error_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__str__", args, kw, 0)?;
    let e = exc_obj(vm, &args[0])?;
    let get = |n: &str| e.dict.borrow().get_str(n).cloned().unwrap_or(Value::None);
    let (errno, strerror, filename, filename2) = (get("errno"), get("strerror"), get("filename"), get("filename2"));
    if !errno.is_none() && !strerror.is_none() {
        let mut s = format!("[Errno {}] {}", vm.str_of(&errno)?, vm.str_of(&strerror)?);
        if !filename.is_none() {
            s.push_str(&format!(": {}", vm.repr(&filename)?));
            if !filename2.is_none() {
                s.push_str(&format!(" -> {}", vm.repr(&filename2)?));
            }
        }
        return Ok(Value::string(s));
    }
    exc_str(vm, args, &[])
}

/// `SomeError(*args)` for builtin exception classes.
pub fn construct(vm: &mut Vm, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        let PyObject::Type(t) = &**cls else { return Err(vm.type_error("not a type")) };
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", t.name)));
    }
    let mut cls = cls.clone();
    let mut stored = args;
    if vm.is_subclass(&cls, vm.types().exc("OSError")) && (2..=5).contains(&args.len()) {
        // OSError(errno, strerror, filename, winerror, filename2): args keeps
        // the first two; a plain OSError becomes the errno's subclass.
        stored = &args[..2];
        if std::rc::Rc::ptr_eq(&cls, vm.types().exc("OSError")) {
            if let Some(name) = (match &args[0] {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .and_then(errno_class) {
                cls = vm.types().exc(name).clone();
            }
        }
    }
    let e = Value::from_obj(PyObject::Exception(Box::new(PyException::new(cls, Value::tuple(stored.to_vec())))));
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
            d.set_str("filename2", args.get(4).cloned().unwrap_or(Value::None));
        } else {
            d.set_str("errno", Value::None);
            d.set_str("strerror", Value::None);
            d.set_str("filename", Value::None);
            d.set_str("filename2", Value::None);
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

fn exc_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__str__", args, kw, 0)?;
    let e = exc_obj(vm, &args[0])?;
    let a = e.args.borrow().clone();
    let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    match items.len() {
        0 => Ok(Value::str("")),
        1 => vm.str_of(&items[0]).map(Value::string),
        _ => vm.repr(&a).map(Value::string),
    }
}

fn exc_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
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

fn exc_with_traceback(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "with_traceback", args, kw)?;
    let e = exc_obj(vm, &args[0])?;
    if args[1].is_none() {
        e.traceback.borrow_mut().clear();
    }
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "add_note", args, kw)?;
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
        "__suppress_context__" => Value::bool(e.suppress_context.get()),
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
