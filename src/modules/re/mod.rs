//! `_re`: the native half of the `re` module (stdlib/re.py is the other):
//! compiling patterns and the `Pattern`, `Match` and match-iterator types.
//!
//! Patterns are parsed with CPython's rules and error messages (parse.rs),
//! translated to fancy-regex syntax (emit.rs) and matched by fancy-regex,
//! which hands the parts without look-around or backreferences to the
//! `regex` crate's automata (engine.rs). Offsets are converted between the
//! engine's bytes and Python's characters by subject.rs.

mod emit;
mod engine;
mod matchobj;
mod parse;
mod pattern;
mod subject;
mod template;

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::typeobj::Layout;
use crate::objects::native::NativeObject;
use crate::objects::{Obj, PyObject, Value};
use crate::vm::builtins_types::new_type;
use crate::vm::{PyErr, PyResult, Vm};

pub use engine::Compiled;

/// Per-interpreter state: the native types and `re.error`.
pub struct ReCtx {
    pub pattern_type: Obj,
    pub match_type: Obj,
    pub iter_type: Obj,
    /// `re.error`, registered by re.py.
    pub error: RefCell<Value>,
}

fn native_type(name: &str, module: &str, object: &Obj) -> Obj {
    let t = new_type(name, vec![object.clone()], Layout::Builtin, false);
    if let PyObject::Type(tt) = &*t {
        *tt.module.borrow_mut() = module.to_string();
    }
    t
}

pub fn make(vm: &mut Vm) -> Value {
    let object = vm.types().object.clone();
    let pattern_type = native_type("Pattern", "re", &object);
    let match_type = native_type("Match", "re", &object);
    let iter_type = native_type("callable_iterator", "builtins", &object);
    let ctx_type = native_type("_re_context", "_re", &object);
    pattern::install(&pattern_type);
    matchobj::install(&match_type);
    pattern::install_iter(&iter_type);
    let ctx = Rc::new(ReCtx { pattern_type: pattern_type.clone(), match_type: match_type.clone(), iter_type, error: RefCell::new(Value::None) });
    let ctx_obj = NativeObject::new_value(ctx_type, ctx);
    let m = vm.new_module("_re", None);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            let bound = |name: &'static str, f: crate::objects::NativeFn| {
                Value::from_obj(PyObject::Method(ctx_obj.clone(), crate::modules::builtins::native(name, f)))
            };
            d.set_str("compile", bound("compile", re_compile));
            d.set_str("set_error", bound("set_error", set_error));
            d.set_str("Pattern", Value::Obj(pattern_type));
            d.set_str("Match", Value::Obj(match_type));
            d.set_str("MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
            d.set_str("MAXGROUPS", Value::Int((1i64 << 30) - 1));
        }
    }
    m
}

fn ctx_of(v: &Value) -> Option<Rc<ReCtx>> {
    native_ref::<Rc<ReCtx>>(v).map(|c| c.clone())
}

/// `_re.set_error(cls)`: the class raised for bad patterns.
fn set_error(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "set_error", args, 2, 2)?;
    let ctx = ctx_of(&args[0]).ok_or_else(|| vm.type_error("bad context"))?;
    *ctx.error.borrow_mut() = args[1].clone();
    Ok(Value::None)
}

/// Raises a parse error as `re.error(msg, pattern, pos)` (or the
/// OverflowError/ValueError CPython raises for some flags and counts).
pub fn raise_re_error(vm: &mut Vm, ctx: &ReCtx, e: &parse::ReError, pattern: &Value) -> PyErr {
    match e.kind {
        parse::ErrKind::Overflow => return vm.overflow_error(&e.msg),
        parse::ErrKind::Value => return vm.value_error(&e.msg),
        parse::ErrKind::Recursion => return vm.new_error("RecursionError", &e.msg),
        parse::ErrKind::Re => {}
    }
    let cls = ctx.error.borrow().clone();
    if cls.is_none() {
        return vm.new_error("RuntimeError", &e.msg);
    }
    let args = match e.pos {
        Some(p) => vec![Value::str(&e.msg), pattern.clone(), Value::Int(p as i64)],
        None => vec![Value::str(&e.msg)],
    };
    match vm.call(cls, &args) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_error("RuntimeError", &e.msg),
        Err(err) => err,
    }
}

/// `_re.compile(pattern, flags)`: a new Pattern (re.py keeps the cache).
fn re_compile(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "compile", args, 3, 3)?;
    let ctx = ctx_of(&args[0]).ok_or_else(|| vm.type_error("bad context"))?;
    let pat = args[1].clone();
    let flags = vm.index_value(&args[2])?;
    let (text, is_bytes) = match &pat {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => (s.as_str().to_string(), false),
            PyObject::Bytes(b) => (b.iter().map(|&x| x as char).collect::<String>(), true),
            PyObject::ByteArray(b) => (b.borrow().iter().map(|&x| x as char).collect::<String>(), true),
            _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let flags = (flags as u64 & 0xffff_ffff) as u32;
    match Compiled::new(&text, is_bytes, flags) {
        Ok(c) => Ok(pattern::new_pattern(&ctx, Rc::new(c), pat)),
        Err(e) => Err(raise_re_error(vm, &ctx, &e, &pat)),
    }
}

/// Binds positional and keyword arguments to `names` (Argument Clinic's
/// messages); the first `required` names are required.
pub fn bind(vm: &Vm, fname: &str, args: &[Value], kw: &[(Value, Value)], names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        let msg = if names.len() == 1 {
            format!("{}() takes exactly one argument ({} given)", fname, args.len())
        } else {
            format!("{}() takes at most {} arguments ({} given)", fname, names.len(), args.len())
        };
        return Err(vm.type_error(&msg));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i < args.len() => {
                return Err(vm.type_error(&format!("argument for {}() given by name ('{}') and position ({})", fname, key, i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for {}()", key, fname))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!("{}() missing required argument '{}' (pos {})", fname, n, i + 1)));
        }
    }
    Ok(out)
}

/// The data of a native object, when it is a `T` (a shared borrow, so
/// Python code called meanwhile may use the same object).
pub fn native_ref<T: 'static>(v: &Value) -> Option<std::cell::Ref<'_, T>> {
    v.native_ref::<std::cell::RefCell<T>>()?.try_borrow().ok()
}

/// An index argument (`pos`, `endpos`, `count`...), clamped to i64.
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        if let PyObject::BigInt(b) = &**o {
            use num_traits::Signed;
            return Ok(if b.is_negative() { i64::MIN } else { i64::MAX });
        }
    }
    vm.index_value(v)
}
