//! `tuple` methods.

use super::{check_args, one_arg, pos_args, this};
use crate::objects::{PyObject, Value};
use crate::vm::builtins_types::add_method;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types().tuple.clone();
    add_method(&t, "index", tuple_index);
    add_method(&t, "count", tuple_count);
}

/// `tuple(iterable)`
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::no_kw(vm, "tuple", kw)?;
    check_args(vm, "tuple", args, 0, 1)?;
    match args.first() {
        Some(v @ Value::Obj(o)) if matches!(&**o, PyObject::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

fn items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.as_tuple() {
        Some(t) => Ok(t.to_vec()),
        None => Err(vm.type_error(&format!("descriptor requires a 'tuple' object but received a '{}'", vm.type_name(v)))),
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "tuple", "index", args, kw, 1, 3)?;
    let t = items(vm, &this(args))?;
    let (start, stop) = super::list::start_stop(vm, args, 2, t.len())?;
    for i in start..stop {
        if t[i].is(&args[1]) || vm.eq(&t[i], &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = one_arg(vm, "tuple", "count", args, kw)?;
    let t = items(vm, &this(args))?;
    let mut n = 0;
    for it in &t {
        if it.is(x) || vm.eq(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
