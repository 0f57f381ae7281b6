//! `collections.deque`'s protocol dunders: length, item access, `in`,
//! iteration, repr, rich comparison, and `+`, `*`, `+=`, `*=`.
//!
//! The VM reaches plain deques through fast paths (iterate.rs, subscr.rs,
//! ops.rs) that call the helpers here; these methods serve subclasses and
//! explicit `d.__getitem__(i)`-style calls.

use super::deque::{contains, copy_of, extend_right, this_deque};
use crate::objects::deque::{deque_of, PyDeque};
use crate::objects::int::IntRef;
use crate::objects::iter::PyIter;
use crate::objects::{obj_id, NativeFn, Obj, PyObject, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::builtins_types::add_method;
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm, t: &Obj) {
    for name in ["_deque_iterator", "_deque_reverse_iterator"] {
        add_method(&vm.types().named(name).clone(), "__length_hint__", iter_length_hint);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains_),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__iadd__", iadd),
        ("__imul__", imul),
    ];
    for (n, f) in methods {
        add_method(t, n, *f);
    }
}

/// A slot wrapper's argument count check: `expected 1 argument, got 0`.
fn wrapper_args<'a>(vm: &Vm, args: &'a [Value], name: &str, n: usize) -> PyResult<&'a PyDeque> {
    let d = this_deque(vm, args, name)?;
    let got = args.len() - 1;
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(&format!("expected {} argument{}, got {}", n, s, got)));
    }
    Ok(d)
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

// ---- item access ----

/// Resolves `d[key]`'s position: an int (or `__index__`), negative from the
/// right, in range.
pub fn item_index(vm: &mut Vm, d: &PyDeque, key: &Value) -> PyResult<usize> {
    let i = match as_int(key) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        None if Vm::is_user_object(key) && vm.lookup_special(key, "__index__").is_some() => vm.index_value(key)?,
        None => return Err(vm.type_error(&format!("sequence index must be integer, not '{}'", vm.type_name(key)))),
    };
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

/// `d[i]` for an int in range (the VM's fast path); None otherwise.
#[inline]
pub fn get_at(d: &PyDeque, i: i64) -> Option<Value> {
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return None;
    }
    d.get(j as usize)
}

#[inline]
pub fn get_fast(d: &PyDeque, key: &Value) -> Option<Value> {
    match key {
        Value::Int(i) => get_at(d, *i),
        _ => None,
    }
}

pub fn get_item(vm: &mut Vm, d: &PyDeque, key: &Value) -> PyResult<Value> {
    if let Some(v) = get_fast(d, key) {
        return Ok(v);
    }
    let i = item_index(vm, d, key)?;
    d.get(i).ok_or_else(|| vm.index_error("deque index out of range"))
}

pub fn set_item(vm: &mut Vm, d: &PyDeque, key: &Value, v: Value) -> PyResult<()> {
    let i = item_index(vm, d, key)?;
    drop(d.set(i, v));
    Ok(())
}

pub fn del_item(vm: &mut Vm, d: &PyDeque, key: &Value) -> PyResult<()> {
    let i = item_index(vm, d, key)?;
    drop(d.remove(i));
    Ok(())
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__getitem__", 1)?;
    get_item(vm, d, &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__setitem__", 2)?;
    set_item(vm, d, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__delitem__", 1)?;
    del_item(vm, d, &args[1])?;
    Ok(Value::None)
}

fn contains_(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__contains__", 1)?;
    contains(vm, d, &args[1]).map(Value::bool)
}

// ---- iteration ----

/// The deque object itself: a subclass instance's wrapped base.
fn deque_obj(v: &Value) -> Option<Obj> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Native(_) => Some(o.clone()),
            PyObject::Instance(i) => i.base.as_ref().and_then(|b| b.obj().cloned()),
            _ => None,
        },
        _ => None,
    }
}

/// A forward (or reverse) iterator over `d`, the state of the native deque
/// object `deque`.
pub fn new_iter(vm: &Vm, deque: Obj, d: &PyDeque, reverse: bool) -> Value {
    let n = d.len();
    let next = if reverse { n.wrapping_sub(1) } else { 0 };
    vm.new_iterator(PyIter::Deque { deque, next, left: n, state: d.state(), reverse })
}

fn iter_of(vm: &Vm, args: &[Value], d: &PyDeque, reverse: bool) -> PyResult<Value> {
    match deque_obj(&args[0]) {
        Some(o) => Ok(new_iter(vm, o, d, reverse)),
        None => Err(vm.type_error("deque iterator of a non-deque")),
    }
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__iter__", 0)?;
    iter_of(vm, args, d, false)
}

fn reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this_deque(vm, args, "__reversed__")?;
    super::no_kw(vm, "deque.__reversed__", kw)?;
    super::check_args(vm, "deque.__reversed__", &args[1..], 0, 0)?;
    iter_of(vm, args, d, true)
}

/// `__length_hint__` of the deque iterators: the items not yet produced.
fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        if let PyObject::Iter(cell) = &**o {
            if let PyIter::Deque { left, .. } = &*cell.borrow() {
                return Ok(Value::Int(*left as i64));
            }
        }
    }
    Err(vm.type_error("descriptor '__length_hint__' requires a '_collections._deque_iterator' object"))
}

// ---- repr ----

/// `deque([1, 2])`, `deque([1], maxlen=3)`, with the class's own name for
/// subclasses and `[...]` for a deque inside itself.
pub fn repr_of(vm: &mut Vm, v: &Value, d: &PyDeque) -> PyResult<String> {
    let id = v.obj().map(obj_id).unwrap_or(0);
    if vm.repr_stack.contains(&id) {
        return Ok("[...]".to_string());
    }
    vm.enter_native(" while getting the repr of an object")?;
    vm.repr_stack.push(id);
    let items = Value::list(d.to_vec());
    let r = vm.repr(&items);
    vm.repr_stack.pop();
    vm.leave_native();
    let items = r?;
    let cls = vm.type_of(v);
    let name = match &*cls {
        PyObject::Type(t) => t.name.clone(),
        _ => "deque".to_string(),
    };
    Ok(match d.maxlen() {
        Some(m) => format!("{}({}, maxlen={})", name, items, m),
        None => format!("{}({})", name, items),
    })
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__repr__", 0)?;
    repr_of(vm, &args[0], d).map(Value::string)
}

// ---- comparison ----

fn not_implemented() -> Value {
    Value::from_obj(PyObject::NotImplemented)
}

fn mutated(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// Lexicographic comparison of two deques, walking both as CPython's
/// iterators would (a deque changed by an item's `__eq__` is an error).
fn richcompare(vm: &mut Vm, args: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let a = wrapper_args(vm, args, name, 1)?;
    let Some(b) = deque_of(&args[1]) else { return Ok(not_implemented()) };
    let (la, lb) = (a.len(), b.len());
    match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let same = args[0].is(&args[1]);
            if same || la != lb {
                return Ok(Value::bool((op == CmpOp::Eq) == same));
            }
        }
        _ => {}
    }
    let (sa, sb) = (a.state(), b.state());
    let mut i = 0;
    let (x, y) = loop {
        if a.state() != sa {
            return Err(mutated(vm));
        }
        let x = if i < la { a.get(i) } else { None };
        if b.state() != sb {
            return Err(mutated(vm));
        }
        let y = if i < lb { b.get(i) } else { None };
        let (Some(xv), Some(yv)) = (&x, &y) else { break (x, y) };
        if !(xv.is(yv) || vm.eq(xv, yv)?) {
            let r = vm.compare(op, xv, yv)?;
            return Ok(Value::bool(vm.truthy(&r)?));
        }
        i += 1;
    };
    let r = match op {
        CmpOp::Lt => y.is_some(),
        CmpOp::LtE => x.is_none(),
        CmpOp::Eq => x.is_none() && y.is_none(),
        CmpOp::NotEq => x.is_some() || y.is_some(),
        CmpOp::Gt => x.is_some(),
        _ => y.is_none(),
    };
    Ok(Value::bool(r))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__ne__", CmpOp::NotEq)
}
fn lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__lt__", CmpOp::Lt)
}
fn le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__le__", CmpOp::LtE)
}
fn gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__gt__", CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    richcompare(vm, args, "__ge__", CmpOp::GtE)
}

// ---- + and * ----

/// Whether `v` is a user object whose type may answer the reflected
/// operator `rname`: the deque then steps aside with NotImplemented, as
/// CPython tries the other operand's number slot before the sequence one.
fn defers_to(vm: &Vm, v: &Value, rname: &'static str) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, PyObject::Instance(_))) && vm.lookup_special(v, rname).is_some()
}

/// The error for `deque + other` when other is not a deque.
pub fn concat_error(vm: &Vm, other: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(other)))
}

fn add(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    wrapper_args(vm, args, "__add__", 1)?;
    if deque_of(&args[1]).is_none() {
        if defers_to(vm, &args[1], "__radd__") {
            return Ok(not_implemented());
        }
        return Err(concat_error(vm, &args[1]));
    }
    let r = copy_of(vm, &args[0])?;
    let Some(rd) = deque_of(&r) else { return Ok(r) };
    extend_right(vm, &r, rd, &args[1])?;
    Ok(r)
}

/// The repeat count of `d * n`: None when `n` is not an int (the caller
/// returns NotImplemented or raises).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    let overflow = |vm: &Vm| vm.overflow_error("cannot fit 'int' into an index-sized integer");
    match as_int(n) {
        Some(IntRef::Small(k)) => Ok(Some(k)),
        Some(IntRef::Big(_)) => Err(overflow(vm)),
        None if Vm::is_user_object(n) && vm.lookup_special(n, "__index__").is_some() => match vm.index_value(n) {
            Err(e) if vm.err_is(&e, "IndexError") => Err(overflow(vm)),
            r => r.map(Some),
        },
        None => Ok(None),
    }
}

/// `d *= n` on the deque itself.
fn repeat_in_place(vm: &Vm, d: &PyDeque, n: i64) -> PyResult<()> {
    let size = d.len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        drop(d.take_all());
        return Ok(());
    }
    let n = n as u64;
    let total = match (size as u64).checked_mul(n) {
        Some(t) if t <= i64::MAX as u64 => t,
        _ if size > 1 => return Err(vm.new_error_noargs("MemoryError")),
        _ => u64::MAX,
    };
    let keep = d.maxlen().map_or(total, |m| total.min(m as u64));
    if keep > 1 << 34 {
        return Err(vm.new_error_noargs("MemoryError"));
    }
    d.repeat_in_place(n.min(usize::MAX as u64) as usize);
    Ok(())
}

fn non_int_error(vm: &Vm, n: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))
}

fn mul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    wrapper_args(vm, args, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &args[1])? else {
        if defers_to(vm, &args[1], "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(non_int_error(vm, &args[1]));
    };
    let r = copy_of(vm, &args[0])?;
    if let Some(rd) = deque_of(&r) {
        repeat_in_place(vm, rd, n)?;
    }
    Ok(r)
}

/// `n * d`: reached only when `n` did not handle it; a non-int `n` leaves
/// the error to the operator (it names the non-int operand).
fn rmul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    wrapper_args(vm, args, "__rmul__", 1)?;
    let Some(n) = repeat_count(vm, &args[1])? else { return Ok(not_implemented()) };
    let r = copy_of(vm, &args[0])?;
    if let Some(rd) = deque_of(&r) {
        repeat_in_place(vm, rd, n)?;
    }
    Ok(r)
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__iadd__", 1)?;
    extend_right(vm, &args[0], d, &args[1])?;
    Ok(args[0].clone())
}

fn imul(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = wrapper_args(vm, args, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &args[1])? else {
        if defers_to(vm, &args[1], "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(non_int_error(vm, &args[1]));
    };
    repeat_in_place(vm, d, n)?;
    Ok(args[0].clone())
}
