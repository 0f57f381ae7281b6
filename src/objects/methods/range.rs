//! `range` objects beyond the machine-sized fast path.
//!
//! A range whose bounds and length fit in an i64 is a `PyObject::Range` and
//! its hot operations (iteration, `r[i]`, `i in r`, `len`) stay inline in the
//! VM. Anything larger (`range(2**70)`, `range(0, 10**20, 7)`) is a
//! `PyObject::BigRange` with BigInt bounds; the slow operations here work on
//! either kind through BigInt arithmetic, following CPython's rangeobject.c.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::one_arg;
use crate::objects::iter::PyIter;
use crate::objects::{Obj, PyObject, Range, Value};
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

/// `range(start, stop, step)` with unbounded ints.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// The (start, stop, step) of either kind of range.
pub fn parts(o: &PyObject) -> Option<(BigInt, BigInt, BigInt)> {
    match o {
        PyObject::Range(r) => Some((r.start.into(), r.stop.into(), r.step.into())),
        PyObject::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
        _ => None,
    }
}

/// Number of items of range(start, stop, step) (step is non-zero).
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi || st.is_zero() {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / st + 1u32
}

/// A range value, machine-sized when everything (the length too) fits.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) if big_len(&start, &stop, &step).to_i64().is_some() => Some(Range { start: a, stop: b, step: c }),
        _ => None,
    };
    match small {
        Some(r) => Value::from_obj(PyObject::Range(r)),
        None => Value::from_obj(PyObject::BigRange(Box::new(BigRange { start, stop, step }))),
    }
}

/// An int argument (int, bool, or an object with `__index__`) as a BigInt.
fn to_big(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if Vm::is_user_object(v) {
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
            return Err(vm.type_error(&format!("__index__ returned non-int (type {})", vm.type_name(&r))));
        }
    }
    match what {
        "slice" => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        _ => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// `range(...)`
/// `range(*args)` when every argument is an int or bool in machine range.
fn small_range(args: &[Value]) -> Option<Range> {
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    Some(match args {
        [stop] => Range { start: 0, stop: int(stop)?, step: 1 },
        [start, stop] => Range { start: int(start)?, stop: int(stop)?, step: 1 },
        [start, stop, step] => Range { start: int(start)?, stop: int(stop)?, step: int(step)? },
        _ => return None,
    })
}

pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::no_kw(vm, "range", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(&format!("range expected at most 3 arguments, got {}", args.len())));
    }
    // The common case: machine ints and a length that fits, without BigInts.
    if let Some(r) = small_range(args) {
        if r.step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        let (lo, hi, step) = (r.start as i128, r.stop as i128, r.step as i128);
        let len = if step > 0 { (hi - lo + step - 1).max(0) / step } else { (lo - hi - step - 1).max(0) / -step };
        if len <= i64::MAX as i128 {
            return Ok(Value::from_obj(PyObject::Range(r)));
        }
    }
    let small: Option<Vec<i64>> = args
        .iter()
        .map(|a| match a {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        })
        .collect();
    let n: Vec<BigInt> = match small {
        Some(v) => v.into_iter().map(BigInt::from).collect(),
        None => {
            let mut out = Vec::with_capacity(args.len());
            for a in args {
                out.push(to_big(vm, a, "range")?);
            }
            out
        }
    };
    let (start, stop, step) = match n.len() {
        1 => (BigInt::zero(), n[0].clone(), BigInt::one()),
        2 => (n[0].clone(), n[1].clone(), BigInt::one()),
        _ => (n[0].clone(), n[1].clone(), n[2].clone()),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make(start, stop, step))
}

/// CPython's `_PySlice_GetLongIndices`: a slice clipped to `len` items.
fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if s[2].is_none() { BigInt::one() } else { to_big(vm, &s[2], "slice")? };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let clip = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut x = to_big(vm, v, "slice")?;
        if x.is_negative() {
            x += len;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = clip(vm, &s[0], if neg { &upper } else { &lower })?;
    let stop = clip(vm, &s[1], if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

impl Vm {
    /// `len(range)`; OverflowError when it does not fit a machine int.
    pub fn range_len(&self, o: &PyObject) -> PyResult<i64> {
        match o {
            PyObject::Range(r) => Ok(r.len()),
            _ => {
                let (a, b, c) = parts(o).unwrap_or_default();
                big_len(&a, &b, &c).to_i64().ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t"))
            }
        }
    }

    /// `range[key]` for an int or a slice key, on either kind of range.
    pub fn range_getitem(&mut self, o: &PyObject, key: &Value) -> PyResult<Value> {
        let Some((start, stop, step)) = parts(o) else { return Err(self.type_error("range expected")) };
        let len = big_len(&start, &stop, &step);
        if let Value::Obj(k) = key {
            if let PyObject::Slice(s) = &**k {
                let s = s.clone();
                let (a, b, c) = slice_indices(self, &s, &len)?;
                return Ok(make(&start + a * &step, &start + b * &step, step * c));
            }
        }
        if as_int(key).is_none() && !(Vm::is_user_object(key) && self.lookup_special(key, "__index__").is_some()) {
            return Err(self.type_error(&format!("range indices must be integers or slices, not {}", self.type_name(key))));
        }
        let mut i = to_big(self, key, "range")?;
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(self.index_error("range object index out of range"));
        }
        Ok(Value::from_bigint(start + i * step))
    }

    /// `item in range` for an int item; None for other items (the caller
    /// then compares item by item, as CPython does).
    pub fn range_contains(&mut self, o: &PyObject, item: &Value) -> Option<bool> {
        let i = as_int(item)?.to_big();
        let (start, stop, step) = parts(o)?;
        let inside = if step.is_positive() { start <= i && i < stop } else { stop < i && i <= start };
        Some(inside && ((i - start) % step).is_zero())
    }

    /// The position of an int in the range, if it is in it.
    fn range_position(&mut self, o: &PyObject, item: &Value) -> Option<BigInt> {
        if self.range_contains(o, item)? {
            let (start, _, step) = parts(o)?;
            return Some((as_int(item)?.to_big() - start) / step);
        }
        None
    }

    /// An iterator over a big range (forwards, or backwards for `reversed`).
    pub fn range_iter(&self, o: &PyObject, reverse: bool) -> PyIter {
        let (start, stop, step) = parts(o).unwrap_or_default();
        let len = big_len(&start, &stop, &step);
        if reverse {
            let last = if len.is_zero() { start.clone() } else { &start + (&len - 1u32) * &step };
            PyIter::BigRange(Box::new([last, len, -step]))
        } else {
            PyIter::BigRange(Box::new([start, len, step]))
        }
    }

    /// `==` between ranges: equal when they produce the same items.
    pub fn range_eq(&self, a: &PyObject, b: &PyObject) -> bool {
        let (Some((s1, e1, t1)), Some((s2, e2, t2))) = (parts(a), parts(b)) else { return false };
        let (l1, l2) = (big_len(&s1, &e1, &t1), big_len(&s2, &e2, &t2));
        if l1 != l2 {
            return false;
        }
        l1.is_zero() || (s1 == s2 && (l1.is_one() || t1 == t2))
    }

    /// CPython's range hash: the hash of (len, start, step), with start and
    /// step replaced by None where they do not matter.
    pub fn range_hash(&mut self, o: &PyObject) -> PyResult<i64> {
        let (start, stop, step) = parts(o).unwrap_or_default();
        let len = big_len(&start, &stop, &step);
        let t = if len.is_zero() {
            vec![Value::Int(0), Value::None, Value::None]
        } else if len.is_one() {
            vec![Value::Int(1), Value::from_bigint(start), Value::None]
        } else {
            vec![Value::from_bigint(len), Value::from_bigint(start), Value::from_bigint(step)]
        };
        self.hash(&Value::tuple(t))
    }
}

/// `repr(range)`
pub fn repr(o: &PyObject) -> String {
    let (start, stop, step) = parts(o).unwrap_or_default();
    if step.is_one() {
        format!("range({}, {})", start, stop)
    } else {
        format!("range({}, {}, {})", start, stop, step)
    }
}

/// `range.start`, `.stop`, `.step`
pub fn attr(o: &PyObject, name: &str) -> Option<Value> {
    let (start, stop, step) = parts(o)?;
    match name {
        "start" => Some(Value::from_bigint(start)),
        "stop" => Some(Value::from_bigint(stop)),
        "step" => Some(Value::from_bigint(step)),
        _ => None,
    }
}

fn range_obj(vm: &Vm, args: &[Value]) -> PyResult<Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Range(_) | PyObject::BigRange(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

/// `range.index(x)`
pub fn range_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "range", "index", args, kw)?;
    let o = range_obj(vm, args)?;
    if as_int(&args[1]).is_some() {
        if let Some(p) = vm.range_position(&o, &args[1]) {
            return Ok(Value::from_bigint(p));
        }
    } else {
        // Other objects are compared with each item (`2.0` finds `2`).
        let it = vm.get_iter(&args[0])?;
        let mut pos = 0i64;
        while let Some(x) = vm.next(&it)? {
            if vm.eq(&x, &args[1])? {
                return Ok(Value::Int(pos));
            }
            pos += 1;
        }
    }
    let rep = vm.repr(&args[1])?;
    Err(vm.value_error(&format!("{} is not in range", rep)))
}

/// `range.count(x)`
pub fn range_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    one_arg(vm, "range", "count", args, kw)?;
    let o = range_obj(vm, args)?;
    if let Some(b) = vm.range_contains(&o, &args[1]) {
        return Ok(Value::Int(b as i64));
    }
    let it = vm.get_iter(&args[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
