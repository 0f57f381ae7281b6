//! `_coil`: small native helpers for the Python stdlib (not a public API).

use std::rc::Rc;

use crate::bytecode::flags;
use crate::modules::builtins::native;
use crate::objects::methods::check_args;
use crate::objects::{PyFunction, PyObject, Value};
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_coil", None);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            d.set_str("iterable_coroutine", native("iterable_coroutine", iterable_coroutine));
            d.set_str("format_exception", native("format_exception", format_exception));
            d.set_str("format_exception_only", native("format_exception_only", format_exception_only));
            d.set_str("source_line", native("source_line", source_line));
            d.set_str("frame_info", native("frame_info", frame_info));
        }
    }
    m
}

/// `types.coroutine` for a generator function: a copy of the function whose
/// generators may be awaited (CPython's CO_ITERABLE_COROUTINE flag).
fn iterable_coroutine(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iterable_coroutine", args, 1, 1)?;
    let Value::Obj(o) = &args[0] else { return Ok(args[0].clone()) };
    let PyObject::Function(f) = &**o else { return Ok(args[0].clone()) };
    if f.code.flags & flags::GENERATOR == 0 {
        return Ok(args[0].clone());
    }
    let mut code = (*f.code).clone();
    code.flags |= flags::ITERABLE_COROUTINE;
    let g = PyFunction {
        code: Rc::new(code),
        globals: f.globals.clone(),
        name: f.name.clone(),
        qualname: f.qualname.clone(),
        renamed: f.renamed.clone(),
        defaults: f.defaults.clone(),
        kwdefaults: f.kwdefaults.clone(),
        closure: f.closure.clone(),
        dict: std::cell::RefCell::new(f.dict.borrow().clone()),
        module: f.module.clone(),
        doc: f.doc.clone(),
    };
    Ok(Value::from_obj(PyObject::Function(Box::new(g))))
}

fn exception_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<crate::objects::Obj> {
    match v {
        Value::Obj(o) if matches!(&**o, PyObject::Exception(_)) => Ok(o.clone()),
        other => Err(vm.type_error(&format!("{}() argument must be an exception, not {}", fname, vm.type_name(other)))),
    }
}

/// `format_exception(exc, chain=True)`: the VM's traceback text for `exc` as
/// the list of pieces `traceback.format_exception` returns.
fn format_exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_exception", args, 1, 2)?;
    let e = exception_arg(vm, "format_exception", &args[0])?;
    let chain = match args.get(1) {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    let chunks = vm.format_exception_chunks(&e, chain);
    Ok(Value::list(chunks.into_iter().map(Value::string).collect()))
}

/// `format_exception_only(exc)`: the exception's own lines.
fn format_exception_only(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format_exception_only", args, 1, 1)?;
    let e = exception_arg(vm, "format_exception_only", &args[0])?;
    let chunks = vm.format_exception_only_chunks(&e);
    Ok(Value::list(chunks.into_iter().map(Value::string).collect()))
}

/// `source_line(filename, lineno)`: the stripped source line tracebacks
/// show, or None.
fn source_line(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "source_line", args, 2, 2)?;
    let (Some(file), Value::Int(line)) = (args[0].as_str(), &args[1]) else {
        return Err(vm.type_error("source_line() takes a filename and a line number"));
    };
    if *line < 1 || *line > u32::MAX as i64 {
        return Ok(Value::None);
    }
    Ok(vm.source_line(file, *line as u32).map(Value::string).unwrap_or(Value::None))
}

/// `frame_info(depth)`: (filename, line, globals, function name) of the
/// Python frame `depth` levels above the caller of frame_info (0 is the
/// caller itself); ValueError when the stack is not that deep.
fn frame_info(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "frame_info", args, 1, 1)?;
    let Value::Int(depth) = args[0] else {
        return Err(vm.type_error(&format!("an integer is required (got type {})", vm.type_name(&args[0]))));
    };
    let n = vm.frames.len();
    if depth < 0 || depth as usize >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let f = &vm.frames[n - 1 - depth as usize];
    Ok(Value::tuple(vec![
        Value::str(&f.code.filename),
        Value::Int(f.line() as i64),
        Value::Obj(f.globals.clone()),
        Value::str(&f.code.name),
    ]))
}
