//! The `math` module: constants, argument conversion shared by its
//! functions, and the registration table. The functions live by theme in
//! the files beside this one (float functions, integer functions, exact
//! sums and norms, special functions).
//!
//! Float results must print exactly as CPython's do: the elementary
//! functions go to the same system libm through Rust's `f64` methods;
//! where CPython computes a result itself (gamma, lgamma, hypot, fsum, ...)
//! the same algorithm is used here.

mod floats;
mod integers;
mod libm_extra;
mod special;
mod sums;

use num_bigint::BigInt;

use crate::modules::builtins::native;
use crate::objects::{NativeFn, PyObject, Value};
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("math", None);
    let mut fns: Vec<(&'static str, NativeFn)> = Vec::new();
    fns.extend_from_slice(floats::FUNCTIONS);
    fns.extend_from_slice(integers::FUNCTIONS);
    fns.extend_from_slice(sums::FUNCTIONS);
    fns.extend_from_slice(special::FUNCTIONS);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in fns {
                d.set_str(n, native(n, f));
            }
            d.set_str("pi", Value::float(std::f64::consts::PI));
            d.set_str("e", Value::float(std::f64::consts::E));
            d.set_str("tau", Value::float(std::f64::consts::TAU));
            d.set_str("inf", Value::float(f64::INFINITY));
            d.set_str("nan", Value::float(f64::NAN));
        }
    }
    m
}

/// The one argument of a `math.f(x)` function, with CPython's messages.
fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[(Value, Value)]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("math.{}() takes no keyword arguments", name)));
    }
    if args.len() != 1 {
        return Err(vm.type_error(&format!("math.{}() takes exactly one argument ({} given)", name, args.len())));
    }
    Ok(&args[0])
}

/// The two arguments of a `math.f(x, y)` function.
fn two_args<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[(Value, Value)]) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("math.{}() takes no keyword arguments", name)));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("{} expected 2 arguments, got {}", name, args.len())));
    }
    Ok((&args[0], &args[1]))
}

/// Rejects keyword arguments for the functions taking `*args`.
fn no_kw(vm: &Vm, name: &str, kw: &[(Value, Value)]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("math.{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__` (or
/// `__index__`) as a double.
pub fn to_double(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &**o {
            PyObject::BigInt(b) => big_to_double(vm, b),
            PyObject::Instance(i) => {
                if let Some(Value::Float(f)) = &i.base {
                    return Ok(f.get());
                }
                if let Some(r) = vm.call_special(v, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(f.get()),
                        Value::Obj(ref ro) if matches!(&**ro, PyObject::Instance(ri) if matches!(ri.base, Some(Value::Float(_)))) => {
                            let PyObject::Instance(ri) = &**ro else { unreachable!("checked") };
                            let Some(Value::Float(f)) = ri.base else { unreachable!("checked") };
                            Ok(f.get())
                        }
                        _ => Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r)))),
                    };
                }
                if vm.lookup_special(v, "__index__").is_some() {
                    let r = index(vm, v)?;
                    return to_double(vm, &r);
                }
                Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v))))
            }
            _ => Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v)))),
        },
        _ => Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// An int as a double, correctly rounded; OverflowError when too large.
fn big_to_double(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    crate::format::bigint_to_f64(b).map_err(|m| vm.overflow_error(&m))
}

/// `operator.index(v)` as an int value (`Value::Int` or a BigInt object).
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => Ok(v.clone()),
        _ if Vm::is_user_object(v) => match vm.call_special(v, "__index__", &[])? {
            Some(r) => match as_int(&r) {
                Some(i) => Ok(Value::from_bigint(i.to_big())),
                None => Err(vm.type_error(&format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
            },
            None => Err(cannot_interpret(vm, v)),
        },
        _ => Err(cannot_interpret(vm, v)),
    }
}

fn cannot_interpret(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
}

/// `operator.index(v)` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let r = index(vm, v)?;
    Ok(as_int(&r).map(|i| i.to_big()).unwrap_or_default())
}

fn domain_error(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}
