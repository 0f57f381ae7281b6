//! Objects that look into a generator or coroutine: its frame
//! (`gi_frame`, `cr_frame`, `ag_frame`) and the iterator `coroutine.__await__()`
//! returns (CPython's `coroutine_wrapper`).
//!
//! coil's frames are not Python objects, so a `frame` here holds the
//! generator and reads the live frame on each access: `f_lineno` follows the
//! generator as it advances, like CPython's. A generator that has finished
//! has no frame to read; its `gi_frame` is None, and a frame object kept from
//! earlier reports the code's first line and no locals.

use super::{self_no_args, self_one_arg, slot_args};
use crate::objects::{obj_id, Obj, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_property};
use crate::vm::generator::{FrameView, PyGenerator, Sent};
use crate::vm::{PyResult, Vm};

/// A generator's frame, seen from Python.
struct GenFrame(Obj);

/// `coroutine.__await__()`: iterates the coroutine.
struct CoroWrapper(Obj);

pub fn install(vm: &mut Vm) {
    let frame = vm.types().named("frame").clone();
    for (name, f) in [
        ("f_lineno", f_lineno as crate::objects::NativeFn),
        ("f_code", f_code),
        ("f_globals", f_globals),
        ("f_locals", f_locals),
        ("f_back", f_back),
    ] {
        add_property(&frame, name, f);
    }
    add_method(&frame, "__repr__", frame_repr);
    let wrapper = vm.types().named("coroutine_wrapper").clone();
    add_method(&wrapper, "__iter__", wrapper_iter);
    add_method(&wrapper, "__next__", wrapper_next);
    add_method(&wrapper, "send", wrapper_send);
    add_method(&wrapper, "throw", wrapper_throw);
    add_method(&wrapper, "close", wrapper_close);
    add_method(&vm.types().coroutine.clone(), "__await__", coro_await);
}

/// `gen.gi_frame`: None once the generator has finished.
pub fn frame_of(vm: &Vm, gen: &Obj, g: &PyGenerator) -> Value {
    if g.finished() {
        return Value::None;
    }
    Value::native(vm.types().named("frame").clone(), GenFrame(gen.clone()))
}

fn this_frame<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj> {
    match args.first().and_then(|v| v.native_ref::<GenFrame>()) {
        Some(GenFrame(g)) => Ok(g),
        None => Err(vm.type_error("descriptor requires a 'frame' object")),
    }
}

/// Runs `f` on the generator's frame: the suspended one inside it, or the
/// running one on this thread's frame stack.
fn with_frame<R>(vm: &Vm, gen: &Obj, f: impl FnOnce(&FrameView) -> R) -> Option<R> {
    let PyObject::Generator(g) = &**gen else { return None };
    if !g.running() {
        return g.with_suspended(f);
    }
    let running = vm.frames.iter().rev().find(|fr| fr.generator.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, gen)))?;
    Some(f(&FrameView::of(running)))
}

fn code_of(gen: &Obj) -> Option<&std::rc::Rc<crate::bytecode::PyCode>> {
    match &**gen {
        PyObject::Generator(g) => Some(&g.code),
        _ => None,
    }
}

fn f_lineno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let gen = this_frame(vm, args)?;
    // Not started: the `def` line, as CPython reports it.
    let line = with_frame(vm, gen, |fr| if fr.ip == 0 { fr.code.firstlineno } else { fr.line() });
    Ok(Value::Int(line.or_else(|| code_of(gen).map(|c| c.firstlineno)).unwrap_or(0) as i64))
}

fn f_code(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let gen = this_frame(vm, args)?;
    Ok(code_of(gen).map(|c| Value::from_obj(PyObject::Code(c.clone()))).unwrap_or(Value::None))
}

fn f_globals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let gen = this_frame(vm, args)?;
    Ok(with_frame(vm, gen, |fr| Value::Obj(fr.globals.clone())).unwrap_or(Value::None))
}

/// The frame's bound local variables (cells included), as a new dict.
fn f_locals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let gen = this_frame(vm, args)?;
    let d = with_frame(vm, gen, |fr| {
        let mut d = crate::objects::PyDict::new();
        for (name, v) in fr.code.varnames.iter().zip(fr.stack.iter()) {
            if !v.is_null() {
                d.set_str(name, v.clone());
            }
        }
        let cell_names = fr.code.cellvars.iter().chain(fr.code.freevars.iter());
        for (i, name) in cell_names.enumerate() {
            let v = crate::vm::frame::cell_value(crate::vm::frame::cell_at(fr.stack, fr.code.varnames.len() + i));
            if !v.is_null() {
                d.set_str(name, v);
            }
        }
        d
    });
    Ok(Value::dict(d.unwrap_or_default()))
}

/// A suspended generator's frame has no caller.
fn f_back(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    this_frame(vm, args)?;
    Ok(Value::None)
}

fn frame_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let gen = this_frame(vm, args)?.clone();
    let line = f_lineno(vm, args, &[])?;
    let Value::Obj(me) = &args[0] else { return Err(vm.type_error("frame expected")) };
    let (file, name) = code_of(&gen).map(|c| (c.filename.to_string(), c.name.clone())).unwrap_or_default();
    let line = if let Value::Int(l) = line { l } else { 0 };
    Ok(Value::string(format!("<frame at {:#x}, file '{}', line {}, code {}>", obj_id(me), file, line, name)))
}

/// `coroutine.__await__()`
fn coro_await(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__await__", args, kw, 0)?;
    match &args[0] {
        Value::Obj(o) if matches!(&**o, PyObject::Generator(_)) => {
            Ok(Value::native(vm.types().named("coroutine_wrapper").clone(), CoroWrapper(o.clone())))
        }
        v => Err(vm.type_error(&format!("descriptor '__await__' for 'coroutine' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

fn this_coro(vm: &Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match args.first().and_then(|v| v.native_ref::<CoroWrapper>()) {
        Some(CoroWrapper(c)) => Ok(c.clone()),
        None => Err(vm.type_error(&format!("descriptor '{}' requires a 'coroutine_wrapper' object", name))),
    }
}

fn wrapper_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iter__", args, kw, 0)?;
    this_coro(vm, args, "__iter__")?;
    Ok(args[0].clone())
}

fn resume(vm: &mut Vm, coro: &Obj, value: Value) -> PyResult<Value> {
    match vm.resume(coro, value, None)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn wrapper_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__next__", args, kw, 0)?;
    let c = this_coro(vm, args, "__next__")?;
    resume(vm, &c, Value::None)
}

fn wrapper_send(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_one_arg(vm, "send", args, kw)?;
    let c = this_coro(vm, args, "send")?;
    resume(vm, &c, args[1].clone())
}

/// `throw()` and `close()` are the coroutine's own.
fn wrapper_throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let c = this_coro(vm, args, "throw")?;
    vm.call_method(&Value::Obj(c), "throw", &args[1..])
}

fn wrapper_close(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    self_no_args(vm, "close", args, kw)?;
    let c = this_coro(vm, args, "close")?;
    vm.close_generator(&c)?;
    Ok(Value::None)
}
