//! `collections.deque`: construction and the named methods (append, pop,
//! extend, rotate, index, ...). The operator dunders are in deque_ops.rs.
//!
//! A deque is a native object (`PyObject::Native`) holding a `PyDeque`; an
//! instance of a subclass is an `Instance` wrapping one as its base, so
//! every method finds its deque through `deque_of`.

use std::collections::VecDeque;

use super::{check_args, no_kw};
use crate::objects::deque::{deque_of, PyDeque};
use crate::objects::int::IntRef;
use crate::objects::{Instance, NativeFn, Obj, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_staticmethod};
use crate::vm::ops::{as_int, native_eq};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types().deque.clone();
    add_staticmethod(&t, "__new__", deque_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__reduce__", reduce),
    ];
    for (n, f) in methods {
        add_method(&t, n, *f);
    }
    // `maxlen`: a read-only attribute.
    let get = crate::modules::builtins::native("maxlen", maxlen_get);
    let set = crate::modules::builtins::native("maxlen", maxlen_set);
    if let PyObject::Type(ty) = &*t {
        ty.dict.borrow_mut().set_str("maxlen", Value::from_obj(PyObject::Property(Box::new([get, set.clone(), set]))));
        ty.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    super::deque_ops::install(vm, &t);
}

/// The deque behind `self`, or CPython's error for a call on another object.
#[inline]
pub fn this_deque<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyDeque> {
    let Some(s) = args.first() else {
        return Err(vm.type_error(&format!("unbound method deque.{}() needs an argument", name)));
    };
    deque_of(s).ok_or_else(|| {
        vm.type_error(&format!("descriptor '{}' for 'collections.deque' objects doesn't apply to a '{}' object", name, vm.type_name(s)))
    })
}

/// `deque.name()` taking exactly `n` (0 or 1) positional arguments.
#[inline]
fn fixed_args<'a>(vm: &Vm, args: &'a [Value], kw: &[(Value, Value)], name: &str, n: usize) -> PyResult<&'a PyDeque> {
    let d = this_deque(vm, args, name)?;
    if kw.is_empty() && args.len() == n + 1 {
        return Ok(d);
    }
    let full = format!("deque.{}", name);
    no_kw(vm, &full, kw)?;
    check_args(vm, &full, &args[1..], n, n)?;
    Ok(d)
}

/// A new, empty deque of class `cls` (deque itself or a subclass).
pub fn new_deque_of(vm: &Vm, cls: &Obj, d: PyDeque) -> Value {
    let base = Value::native(vm.types().deque.clone(), d);
    if std::rc::Rc::ptr_eq(cls, &vm.types().deque) {
        return base;
    }
    Value::from_obj(PyObject::Instance(Instance::new(cls.clone(), Some(base))))
}

/// `deque.__new__(cls, *args, **kw)`: an empty deque (`__init__` fills it).
fn deque_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(c) = args.first() else { return Err(vm.type_error("collections.deque.__new__(): not enough arguments")) };
    let cls = match c {
        Value::Obj(o) if matches!(&**o, PyObject::Type(_)) => o.clone(),
        other => {
            return Err(vm.type_error(&format!("collections.deque.__new__(X): X is not a type object ({})", vm.type_name(other))));
        }
    };
    let deque_t = vm.types().deque.clone();
    if !vm.is_subclass(&cls, &deque_t) {
        let n = vm.type_name_of_type(&cls);
        return Err(vm.type_error(&format!("collections.deque.__new__({}): {} is not a subtype of collections.deque", n, n)));
    }
    Ok(new_deque_of(vm, &cls, PyDeque::default()))
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: sets the limit, empties
/// the deque, and extends it.
fn deque_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(s) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'collections.deque' object needs an argument"));
    };
    let Some(d) = deque_of(s) else {
        return Err(vm.type_error(&format!("descriptor '__init__' requires a 'collections.deque' object but received a '{}'", vm.type_name(s))));
    };
    let pos = &args[1..];
    if pos.len() + kw.len() > 2 {
        return Err(vm.type_error(&format!("deque() takes at most 2 arguments ({} given)", pos.len() + kw.len())));
    }
    let mut iterable = pos.first().cloned();
    let mut maxlen_arg = pos.get(1).cloned();
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        let (slot, at) = match name {
            "iterable" => (&mut iterable, 1),
            "maxlen" => (&mut maxlen_arg, 2),
            _ => return Err(vm.type_error(&format!("'{}' is an invalid keyword argument for deque()", name))),
        };
        if pos.len() >= at {
            return Err(vm.type_error(&format!("argument for deque() given by name ('{}') and position ({})", name, at)));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match &maxlen_arg {
        None | Some(Value::None) => None,
        Some(m) => Some(maxlen_value(vm, m)?),
    };
    d.set_maxlen(maxlen);
    drop(d.take_all());
    if let Some(it) = iterable {
        extend_right(vm, s, d, &it)?;
    }
    Ok(Value::None)
}

/// `maxlen` as `PyLong_AsSsize_t` reads it: an int (no `__index__`), >= 0.
fn maxlen_value(vm: &mut Vm, m: &Value) -> PyResult<usize> {
    let int = match crate::vm::ops::base_value(m) {
        Some(b) if as_int(&b).is_some() => b,
        _ => m.clone(),
    };
    let n = match as_int(&int) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(n as usize)
}

fn maxlen_get(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this_deque(vm, args, "maxlen")?;
    Ok(match d.maxlen() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn maxlen_set(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.new_error("AttributeError", "attribute 'maxlen' of 'collections.deque' objects is not writable"))
}

/// A `Py_ssize_t` argument: an int or `__index__`, overflowing past i64.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(n)) => Ok(n),
        Some(IntRef::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => match vm.index_value(v) {
            Err(e) if vm.err_is(&e, "IndexError") => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            r => r,
        },
    }
}

// ---- adding and removing at the ends ----

fn append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "append", 1)?;
    d.push_back(args[1].clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "appendleft", 1)?;
    d.push_front(args[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "pop", 0)?;
    d.pop_back().ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn popleft(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "popleft", 0)?;
    d.pop_front().ok_or_else(|| vm.index_error("pop from an empty deque"))
}

/// The items of `it` when they can be read without running Python code
/// (lists, tuples, deques); None for other iterables.
fn plain_items(it: &Value) -> Option<Vec<Value>> {
    if let Some(d) = deque_of(it) {
        if matches!(it, Value::Obj(o) if matches!(&**o, PyObject::Native(_))) {
            return Some(d.to_vec());
        }
    }
    match it {
        Value::Obj(o) => match &**o {
            PyObject::List(l) => Some(l.borrow().clone()),
            PyObject::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// Appends the items of `iterable` on the right of `d` (whose object is `s`).
pub fn extend_right(vm: &mut Vm, s: &Value, d: &PyDeque, iterable: &Value) -> PyResult<()> {
    extend_side(vm, s, d, iterable, false)
}

fn extend_side(vm: &mut Vm, s: &Value, d: &PyDeque, iterable: &Value, left: bool) -> PyResult<()> {
    let push = |d: &PyDeque, x: Value| if left { d.push_front(x) } else { d.push_back(x) };
    // Extending by itself reads a snapshot; so do lists, tuples and deques.
    if iterable.is(s) {
        let items = d.to_vec();
        if d.maxlen() != Some(0) {
            items.into_iter().for_each(|x| push(d, x));
        }
        return Ok(());
    }
    if let Some(items) = plain_items(iterable) {
        if d.maxlen() != Some(0) {
            items.into_iter().for_each(|x| push(d, x));
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let keep = d.maxlen() != Some(0);
    while let Some(x) = vm.next(&it)? {
        if keep {
            push(d, x);
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "extend", 1)?;
    extend_side(vm, &args[0], d, &args[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "extendleft", 1)?;
    extend_side(vm, &args[0], d, &args[1], true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "clear", 0)?;
    drop(d.take_all());
    Ok(Value::None)
}

/// A shallow copy: a plain deque copies natively; a subclass is called as
/// `type(self)(self)` or `type(self)(self, maxlen)`.
pub fn copy_of(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let Some(d) = deque_of(s) else { return Err(vm.type_error("copy of a non-deque")) };
    if matches!(s, Value::Obj(o) if matches!(&**o, PyObject::Native(_))) {
        let items: VecDeque<Value> = d.to_vec().into();
        return Ok(Value::native(vm.types().deque.clone(), PyDeque::new(items, d.maxlen())));
    }
    let cls = Value::Obj(vm.type_of(s));
    let r = match d.maxlen() {
        None => vm.call(cls, &[s.clone()])?,
        Some(m) => vm.call(cls, &[s.clone(), Value::Int(m as i64)])?,
    };
    if deque_of(&r).is_none() {
        let (tn, rn) = (vm.type_name(s), vm.type_name(&r));
        return Err(vm.type_error(&format!("{}() must return a deque, not {}", tn, rn)));
    }
    Ok(r)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    fixed_args(vm, args, kw, "copy", 0)?;
    copy_of(vm, &args[0])
}

// ---- searching ----

/// `item == x` with the identity shortcut, item on the left (as CPython's
/// `PyObject_RichCompareBool(item, x, Py_EQ)`).
fn matches(vm: &mut Vm, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || vm.eq(item, x)?)
}

fn mutated(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// Compares the items in `start..stop` with `x` (item on the left,
/// identity first), calling `hit(i)` for each equal one until it returns
/// true. Items of builtin types compare under one borrow; the others one
/// at a time through Python, after which the deque must be unchanged
/// (`on_change` builds that error).
fn scan(
    vm: &mut Vm,
    d: &PyDeque,
    x: &Value,
    (start, stop): (usize, usize),
    on_change: fn(&Vm) -> crate::vm::PyErr,
    mut hit: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let state = d.state();
    let mut i = start;
    loop {
        let pending = {
            let items = d.items();
            let end = stop.min(items.len());
            let mut pending = None;
            while i < end {
                let item = &items[i];
                let eq = if item.is(x) { Some(true) } else { native_eq(item, x) };
                match eq {
                    Some(true) if hit(i) => return Ok(()),
                    Some(_) => i += 1,
                    None => {
                        pending = Some(item.clone());
                        break;
                    }
                }
            }
            pending
        };
        let Some(item) = pending else { return Ok(()) };
        let eq = matches(vm, &item, x)?;
        if d.state() != state {
            return Err(on_change(vm));
        }
        if eq && hit(i) {
            return Ok(());
        }
        i += 1;
    }
}

/// Position of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, d: &PyDeque, x: &Value, start: usize, stop: usize, on_change: fn(&Vm) -> crate::vm::PyErr) -> PyResult<Option<usize>> {
    let mut found = None;
    scan(vm, d, x, (start, stop), on_change, |i| {
        found = Some(i);
        true
    })?;
    Ok(found)
}

/// Whether the deque holds an item equal to `x` (the `in` operator).
pub fn contains(vm: &mut Vm, d: &PyDeque, x: &Value) -> PyResult<bool> {
    let n = d.len();
    Ok(find(vm, d, x, 0, n, mutated)?.is_some())
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "count", 1)?;
    let mut n = 0;
    scan(vm, d, &args[1], (0, d.len()), mutated, |_| {
        n += 1;
        false
    })?;
    Ok(Value::Int(n))
}

/// A start/stop argument of `index()` (`_PyEval_SliceIndexNotNone`).
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(n)) => Ok(n),
        Some(IntRef::Big(b)) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        None if Vm::is_user_object(v) && vm.lookup_special(v, "__index__").is_some() => vm.index_value(v),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this_deque(vm, args, "index")?;
    no_kw(vm, "deque.index", kw)?;
    let n = args.len() - 1;
    if n < 1 {
        return Err(vm.type_error(&format!("index() takes at least 1 argument ({} given)", n)));
    }
    if n > 3 {
        return Err(vm.type_error(&format!("index() takes at most 3 arguments ({} given)", n)));
    }
    let len = d.len() as i64;
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i.min(len)
        }
    };
    let start = match args.get(2) {
        Some(v) => clamp(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(slice_index(vm, v)?),
        None => len,
    };
    let stop = stop.min(d.len() as i64);
    if start < stop {
        if let Some(i) = find(vm, d, &args[1], start as usize, stop as usize, mutated)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&args[1])?;
    Err(vm.value_error(&format!("{} is not in deque", r)))
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "remove", 1)?;
    let n = d.len();
    match find(vm, d, &args[1], 0, n, |vm| vm.index_error("deque mutated during iteration"))? {
        Some(i) => {
            drop(d.remove(i));
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(&args[1])?;
            Err(vm.value_error(&format!("{} is not in deque", r)))
        }
    }
}

// ---- rearranging ----

fn insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this_deque(vm, args, "insert")?;
    no_kw(vm, "deque.insert", kw)?;
    if args.len() != 3 {
        return Err(vm.type_error(&format!("insert() takes exactly 2 arguments ({} given)", args.len() - 1)));
    }
    let i = ssize_arg(vm, &args[1])?;
    let len = d.len();
    if d.maxlen() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i.saturating_add(len as i64)).max(0) as usize } else { (i as u64).min(len as u64) as usize };
    d.insert(at, args[2].clone());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "reverse", 0)?;
    d.reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = this_deque(vm, args, "rotate")?;
    no_kw(vm, "deque.rotate", kw)?;
    check_args(vm, "deque.rotate", &args[1..], 0, 1)?;
    let n = match args.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

/// `__reduce__`: `(type(d), (), state, iter(d))`, or with `((), maxlen)`
/// as the arguments for a bounded deque.
fn reduce(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = fixed_args(vm, args, kw, "__reduce__", 0)?;
    let maxlen = d.maxlen();
    let s = &args[0];
    let cls = Value::Obj(vm.type_of(s));
    let state = match s {
        Value::Obj(o) => match &**o {
            PyObject::Instance(i) => Value::Obj(i.dict_obj()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let it = vm.get_iter(s)?;
    let cargs = match maxlen {
        None => Value::tuple(vec![]),
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
    };
    Ok(Value::tuple(vec![cls, cargs, state, it]))
}
