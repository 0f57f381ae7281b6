//! `bytearray`: a mutable byte string (`PyObject::ByteArray`).
//!
//! The mutating methods and the subscript protocol are native here; the
//! many read-only methods shared with `bytes` (`upper`, `split`, `find`, ...)
//! delegate to the `bytes` implementation on a copy and turn any bytes in
//! the result back into bytearrays, which is what CPython returns.

use std::cell::RefCell;

use super::{no_args, one_arg, pos_args, slot_args, slot_unpack};
use crate::objects::{NativeFn, Obj, PyObject, Value};
use crate::vm::builtins_types::add_method;
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

pub fn new(b: Vec<u8>) -> Value {
    Value::from_obj(PyObject::ByteArray(RefCell::new(b)))
}

/// The bytes of a bytes-like value (bytes or bytearray), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(b) => Some(b.to_vec()),
            PyObject::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A bytearray argument replaced by an equal bytes (for code that only
/// knows bytes); other values unchanged.
pub fn as_bytes_arg(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::ByteArray(b) => Value::bytes(b.borrow().clone()),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// Bytes in a result turned into bytearrays (also inside lists and tuples).
fn to_bytearray_result(v: Value) -> Value {
    match &v {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(b) => new(b.to_vec()),
            PyObject::List(l) => {
                let items: Vec<Value> = l.borrow().iter().cloned().map(to_bytearray_result).collect();
                Value::list(items)
            }
            PyObject::Tuple(t) => Value::tuple(t.iter().cloned().map(to_bytearray_result).collect()),
            _ => v,
        },
        _ => v,
    }
}

/// Calls the `bytes` method `name` on a copy of self.
fn delegate(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = cell(vm, args, name)?;
    let copy = Value::bytes(me.borrow().clone());
    let Some(f) = vm.types().bytes.clone().as_type_lookup(name) else {
        return Err(vm.new_error("AttributeError", &format!("'bytearray' object has no attribute '{}'", name)));
    };
    let mut full = Vec::with_capacity(args.len());
    full.push(copy);
    full.extend(args[1..].iter().map(as_bytes_arg));
    let kw: Vec<(Value, Value)> = kw.iter().map(|(k, v)| (k.clone(), as_bytes_arg(v))).collect();
    match vm.call_kw(f, &full, &kw) {
        Ok(r) => Ok(to_bytearray_result(r)),
        Err(e) => Err(rename_owner(vm, e, name)),
    }
}

/// The bytes method's argument errors name their owner (`bytes.upper() takes
/// no arguments`); called on a bytearray, CPython names `bytearray`.
fn rename_owner(vm: &mut Vm, e: crate::vm::PyErr, name: &str) -> crate::vm::PyErr {
    if vm.type_name(&Value::Obj(e.0.clone())) != "TypeError" {
        return e;
    }
    let msg = vm.exc_message(&e.0);
    let prefix = format!("bytes.{}(", name);
    match msg.strip_prefix(prefix.as_str()) {
        Some(rest) => vm.type_error(&format!("bytearray.{}({}", name, rest)),
        None => e,
    }
}

trait TypeLookup {
    fn as_type_lookup(&self, name: &str) -> Option<Value>;
}

impl TypeLookup for Obj {
    fn as_type_lookup(&self, name: &str) -> Option<Value> {
        match &**self {
            PyObject::Type(t) => t.lookup_str(name),
            _ => None,
        }
    }
}

macro_rules! delegated {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
                delegate(vm, stringify!($name), args, kw)
            }
        )*
        const DELEGATED: &[(&str, NativeFn)] = &[$((stringify!($name), $name as NativeFn)),*];
    };
}

delegated!(
    capitalize, center, count, decode, endswith, expandtabs, find, hex, index, isalnum, isalpha, isascii, isdigit, islower,
    isspace, istitle, isupper, join, ljust, lower, lstrip, partition, removeprefix, removesuffix, replace, rfind, rindex,
    rjust, rpartition, rsplit, rstrip, split, splitlines, startswith, strip, swapcase, title, translate, upper, zfill,
);

pub fn install(vm: &mut Vm) {
    let t = vm.types().bytearray.clone();
    for (name, f) in DELEGATED {
        add_method(&t, name, *f);
    }
    let own: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__contains__", ba_contains),
        ("__iter__", ba_iter),
        ("__repr__", ba_repr),
        ("__str__", ba_str),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__add__", ba_add),
        ("__iadd__", ba_iadd),
        ("__mul__", ba_mul),
        ("__rmul__", ba_rmul),
        ("__alloc__", ba_alloc),
    ];
    for (name, f) in own {
        add_method(&t, name, *f);
    }
    t_set_hash_none(&t);
}

/// `bytearray.__hash__ = None`: mutable, so unhashable.
fn t_set_hash_none(t: &Obj) {
    if let PyObject::Type(ty) = &**t {
        ty.dict.borrow_mut().set_str("__hash__", Value::None);
    }
}

/// `bytes % args` and `bytearray % args` (the result has the left operand's type).
pub fn percent_format(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let fmt = bytes_like(a).unwrap_or_default();
    let r = super::str_format::bytes_percent_format(vm, &fmt, &as_bytes_arg(b))?;
    let is_ba = matches!(a, Value::Obj(o) if matches!(&**o, PyObject::ByteArray(_)));
    Ok(if is_ba { to_bytearray_result(r) } else { r })
}

/// `bytearray(...)`: the same arguments as `bytes(...)`.
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() && kw.is_empty() {
        return Ok(new(Vec::new()));
    }
    let args: Vec<Value> = args.iter().map(as_bytes_arg).collect();
    let b = super::str::construct(vm, "bytes", &args, kw).map_err(|e| rename_error(vm, e))?;
    Ok(new(bytes_like(&b).unwrap_or_default()))
}

/// Error messages from the bytes constructor that name `bytes`.
fn rename_error(vm: &mut Vm, e: crate::vm::PyErr) -> crate::vm::PyErr {
    let msg = vm.exc_message(&e.0);
    if msg.starts_with("cannot convert '") && msg.ends_with("' object to bytes") {
        let what = msg.trim_start_matches("cannot convert '").trim_end_matches("' object to bytes");
        return vm.type_error(&format!("cannot convert '{}' object to bytearray", what));
    }
    if msg == "bytes must be in range(0, 256)" {
        return vm.value_error("byte must be in range(0, 256)");
    }
    e
}

fn cell<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.first() {
        Some(Value::Obj(o)) => match &**o {
            PyObject::ByteArray(b) => Ok(b),
            _ => Err(vm.type_error(&format!("descriptor '{}' requires a 'bytearray' object but received a '{}'", name, vm.type_name(&args[0])))),
        },
        _ => Err(vm.type_error(&format!("descriptor '{}' of 'bytearray' object needs an argument", name))),
    }
}

/// An int usable as a byte value.
fn byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match as_int(v) {
        Some(crate::objects::int::IntRef::Small(n)) => n,
        Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            if Vm::is_user_object(v) && vm.lookup_special(v, "__index__").is_some() {
                vm.index_value(v)?
            } else {
                return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
            }
        }
    };
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes of any iterable of ints, or of a bytes-like object.
fn bytes_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if v.as_str().is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let mut out = Vec::new();
    for x in vm.iterate(v)? {
        out.push(byte(vm, &x)?);
    }
    Ok(out)
}

fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "bytearray", "append", args, kw)?;
    let b = byte(vm, &args[1])?;
    cell(vm, args, "append")?.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "bytearray", "extend", args, kw)?;
    cell(vm, args, "extend")?;
    let more = bytes_of_iterable(vm, &args[1])?;
    cell(vm, args, "extend")?.borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "bytearray", "pop", args, kw, 0, 1)?;
    let c = cell(vm, args, "pop")?;
    let n = c.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(c.borrow_mut().remove(j as usize) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "bytearray", "insert", args, kw, 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let b = byte(vm, &args[2])?;
    let c = cell(vm, args, "insert")?;
    let n = c.borrow().len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    c.borrow_mut().insert(j as usize, b);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "bytearray", "remove", args, kw)?;
    let b = byte(vm, &args[1])?;
    let c = cell(vm, args, "remove")?;
    let pos = c.borrow().iter().position(|x| *x == b);
    match pos {
        Some(p) => {
            c.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "bytearray", "clear", args, kw)?;
    cell(vm, args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "bytearray", "copy", args, kw)?;
    let b = cell(vm, args, "copy")?.borrow().clone();
    Ok(new(b))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "bytearray", "reverse", args, kw)?;
    cell(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__len__", args, kw, 0)?;
    Ok(Value::Int(cell(vm, args, "__len__")?.borrow().len() as i64))
}

fn ba_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__getitem__", args, kw, 1)?;
    let o = args[0].clone();
    vm.get_item(&o, &args[1])
}

fn ba_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__setitem__", args, kw, 2, 2)?;
    let o = args[0].clone();
    vm.set_item(&o, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__delitem__", args, kw, 1)?;
    let o = args[0].clone();
    vm.del_item(&o, &args[1])?;
    Ok(Value::None)
}

fn ba_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__contains__", args, kw, 1)?;
    let o = args[0].clone();
    vm.contains(&o, &args[1]).map(Value::bool)
}

fn ba_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iter__", args, kw, 0)?;
    let o = args[0].clone();
    vm.get_iter(&o)
}

fn ba_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__repr__", args, kw, 0)?;
    let b = cell(vm, args, "__repr__")?.borrow().clone();
    Ok(Value::string(format!("bytearray({})", crate::format::bytes_repr(&b))))
}

fn ba_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__str__", args, kw, 0)?;
    ba_repr(vm, args, &[])
}

fn ba_cmp(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], eq: bool) -> PyResult<Value> {
    slot_args(vm, if eq { "__eq__" } else { "__ne__" }, args, kw, 1)?;
    let me = cell(vm, args, "__eq__")?.borrow().clone();
    Ok(match bytes_like(&args[1]) {
        Some(other) => Value::bool((me == other) == eq),
        None => Value::from_obj(PyObject::NotImplemented),
    })
}
fn ba_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    ba_cmp(vm, args, kw, true)
}
fn ba_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    ba_cmp(vm, args, kw, false)
}

fn ba_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__add__", args, kw, 1)?;
    let mut me = cell(vm, args, "__add__")?.borrow().clone();
    match bytes_like(&args[1]) {
        Some(other) => {
            me.extend(other);
            Ok(new(me))
        }
        None => Err(vm.type_error(&format!("can't concat {} to bytearray", vm.type_name(&args[1])))),
    }
}

fn ba_iadd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_args(vm, "__iadd__", args, kw, 1)?;
    let c = cell(vm, args, "__iadd__")?;
    match bytes_like(&args[1]) {
        Some(other) => {
            c.borrow_mut().extend(other);
            Ok(args[0].clone())
        }
        None => Err(vm.type_error(&format!("can't concat {} to bytearray", vm.type_name(&args[1])))),
    }
}

fn ba_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__mul__", args, kw, 1, 1)?;
    let o = args[0].clone();
    vm.binary_op(crate::syntax::ast::BinOp::Mul, &o, &args[1])
}

fn ba_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    slot_unpack(vm, "__rmul__", args, kw, 1, 1)?;
    ba_mul(vm, args, &[])
}

fn ba_alloc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "bytearray", "__alloc__", args, kw)?;
    let n = cell(vm, args, "__alloc__")?.borrow().capacity();
    Ok(Value::Int(n as i64 + 1))
}

impl Vm {
    /// `ba[i]` (an int) and `ba[i:j:k]` (a new bytearray).
    pub fn bytearray_getitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<Value> {
        if let Some(s) = slice_of(key) {
            let len = b.borrow().len();
            let si = self.slice_indices(&s, len)?;
            let b = b.borrow();
            return Ok(new(si.indices().filter_map(|i| b.get(i).copied()).collect()));
        }
        let i = self.byte_index(key)?;
        let len = b.borrow().len();
        match self.seq_index(&i, len)? {
            Some(i) => Ok(Value::Int(b.borrow()[i] as i64)),
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `ba[i] = byte` and `ba[i:j:k] = bytes_like_or_iterable`.
    pub fn bytearray_setitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value, v: &Value) -> PyResult<()> {
        if let Some(s) = slice_of(key) {
            if as_int(v).is_some() {
                return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            let items = bytes_of_iterable(self, v)?;
            let len = b.borrow().len();
            let si = self.slice_indices(&s, len)?;
            if si.step == 1 {
                let start = si.start.max(0) as usize;
                let stop = (si.start + si.len as i64).max(start as i64) as usize;
                b.borrow_mut().splice(start..stop, items);
                return Ok(());
            }
            if items.len() != si.len {
                return Err(self.value_error(&format!("attempt to assign bytes of size {} to extended slice of size {}", items.len(), si.len)));
            }
            let idx: Vec<usize> = si.indices().collect();
            let mut b = b.borrow_mut();
            for (i, x) in idx.into_iter().zip(items) {
                b[i] = x;
            }
            return Ok(());
        }
        let i = self.byte_index(key)?;
        let x = byte(self, v)?;
        let len = b.borrow().len();
        match self.seq_index(&i, len)? {
            Some(i) => {
                b.borrow_mut()[i] = x;
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `del ba[i]` and `del ba[i:j:k]`.
    pub fn bytearray_delitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
        if let Some(s) = slice_of(key) {
            let len = b.borrow().len();
            let si = self.slice_indices(&s, len)?;
            let mut idx: Vec<usize> = si.indices().collect();
            idx.sort_unstable();
            let mut b = b.borrow_mut();
            for i in idx.into_iter().rev() {
                if i < b.len() {
                    b.remove(i);
                }
            }
            return Ok(());
        }
        let i = self.byte_index(key)?;
        let len = b.borrow().len();
        match self.seq_index(&i, len)? {
            Some(i) => {
                b.borrow_mut().remove(i);
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// A subscript that must be an int (or have `__index__`).
    fn byte_index(&mut self, key: &Value) -> PyResult<Value> {
        if as_int(key).is_some() {
            return Ok(key.clone());
        }
        if Vm::is_user_object(key) && self.lookup_special(key, "__index__").is_some() {
            return Ok(Value::Int(self.index_value(key)?));
        }
        Err(self.type_error(&format!("bytearray indices must be integers or slices, not {}", self.type_name(key))))
    }
}

fn slice_of(key: &Value) -> Option<Box<[Value; 3]>> {
    match key {
        Value::Obj(k) => match &**k {
            PyObject::Slice(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}
