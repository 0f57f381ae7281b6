//! Async generator objects: `__aiter__`, `__anext__`, `asend`, `athrow`,
//! `aclose`. The awaitables these return are small Python classes
//! (stdlib/_asyncgen.py) over two native steps: `_coil_step(value)` and
//! `_coil_throw(exc)` resume the generator once and report a `yield`ed
//! value as StopIteration(value), an inner `await`'s yield as a plain
//! return (it goes to the event loop), and the end as StopAsyncIteration.

use super::{check_args, owner_name, pos_args, self_no_args, self_one_arg, slot_args};
use crate::objects::{Obj, PyObject, Value};
use crate::vm::builtins_types::add_method;
use crate::vm::generator::{unwrap_async_value, Sent};
use crate::vm::{PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types().async_generator.clone();
    add_method(&t, "__aiter__", agen_aiter);
    add_method(&t, "__anext__", agen_anext);
    add_method(&t, "asend", agen_asend);
    add_method(&t, "athrow", agen_athrow);
    add_method(&t, "aclose", agen_aclose);
    add_method(&t, "_coil_step", agen_step);
    add_method(&t, "_coil_throw", agen_throw);
}

fn agen(vm: &Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(&**o, PyObject::Generator(g) if g.kind == crate::vm::generator::GenKind::AsyncGenerator) => Ok(o.clone()),
        _ => Err(vm.type_error(&format!("descriptor requires an 'async_generator' object but received a '{}'", vm.type_name(v)))),
    }
}

/// Maps one resumption of the generator to the awaitable protocol; the
/// awaitable stays in progress (`ag_running`) only while an inner `await`
/// is suspended.
fn step_result(vm: &mut Vm, g: &Obj, r: PyResult<Sent>) -> PyResult<Value> {
    set_running(g, false);
    match r? {
        Sent::Yielded(v) => match unwrap_async_value(vm, &v) {
            Some(inner) => Err(vm.stop_iteration_always(inner)),
            None => {
                set_running(g, true);
                Ok(v)
            }
        },
        Sent::Returned(_) => Err(vm.new_error_noargs("StopAsyncIteration")),
    }
}

/// `ag_running`: an awaitable of the generator is being stepped.
fn set_running(g: &Obj, on: bool) {
    if let PyObject::Generator(g) = &**g {
        g.running_async.set(on);
    }
}

fn agen_step(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_coil_step", args, 2, 2)?;
    let g = agen(vm, &args[0])?;
    set_running(&g, true);
    let r = vm.resume(&g, args[1].clone(), None);
    step_result(vm, &g, r)
}

fn agen_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_coil_throw", args, 2, 2)?;
    let g = agen(vm, &args[0])?;
    let e = crate::vm::exc::make_exception(vm, args[1].clone())?;
    set_running(&g, true);
    let r = vm.resume(&g, Value::None, Some(PyErr(e)));
    step_result(vm, &g, r)
}

fn agen_aiter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__aiter__", args, kw, 0)?;
    agen(vm, &args[0])?;
    Ok(args[0].clone())
}

/// Calls a class of stdlib/_asyncgen.py.
fn helper(vm: &mut Vm, class: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.private_module("_asyncgen")?;
    let cls = vm.getattr_str(&m, class)?;
    vm.call(cls, args)
}

fn agen_anext(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__anext__", args, kw, 0)?;
    agen(vm, &args[0])?;
    helper(vm, "async_generator_asend", &[args[0].clone(), Value::None])
}

fn agen_asend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "asend", args, kw)?;
    agen(vm, &args[0])?;
    helper(vm, "async_generator_asend", &[args[0].clone(), args[1].clone()])
}

fn agen_athrow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !(2..=4).contains(&args.len()) || !kw.is_empty() {
        pos_args(vm, &owner_name(vm, args.first()), "athrow", args, kw, 1, 3)?;
    }
    agen(vm, &args[0])?;
    let exc = match (&args[1], args.get(2)) {
        (t @ Value::Obj(_), Some(v)) if !v.is_none() => vm.call(t.clone(), std::slice::from_ref(v))?,
        (v, _) => v.clone(),
    };
    helper(vm, "async_generator_athrow", &[args[0].clone(), exc, Value::bool(false)])
}

fn agen_aclose(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "aclose", args, kw)?;
    agen(vm, &args[0])?;
    let exit = Value::Obj(vm.types().exc("GeneratorExit").clone());
    helper(vm, "async_generator_athrow", &[args[0].clone(), exit, Value::bool(true)])
}
