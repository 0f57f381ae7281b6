//! `list` methods, including the stable merge sort behind `sorted()`.

use std::cell::RefCell;

use super::{check_args, check_kw, kw_counts, kwarg, no_args, one_arg, pos_args, positional_count, this};
use crate::objects::{PyObject, Value};
use crate::vm::builtins_types::add_method;
use crate::vm::{PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let l = vm.types().list.clone();
    add_method(&l, "append", list_append);
    add_method(&l, "extend", list_extend);
    add_method(&l, "insert", list_insert);
    add_method(&l, "pop", list_pop);
    add_method(&l, "remove", list_remove);
    add_method(&l, "index", list_index);
    add_method(&l, "count", list_count);
    add_method(&l, "reverse", list_reverse);
    add_method(&l, "sort", list_sort);
    add_method(&l, "copy", list_copy);
    add_method(&l, "clear", list_clear);
    add_method(&l, "__init__", list_init);
    add_method(&l, "__reversed__", list_reversed);
}

/// `list(iterable)`
pub fn construct(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::no_kw(vm, "list", kw)?;
    check_args(vm, "list", args, 0, 1)?;
    match args.first() {
        Some(v) => {
            let items = vm.iterate(v)?;
            Ok(Value::list(items))
        }
        None => Ok(Value::list(Vec::new())),
    }
}

/// The list cell of `self`.
fn list_of<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    if let Value::Obj(o) = v {
        if let PyObject::List(l) = &**o {
            return Ok(l);
        }
    }
    Err(vm.type_error(&format!("descriptor '{}' for 'list' objects doesn't apply to a '{}' object", name, vm.type_name(v))))
}

/// Whether `v`'s class or a class between it and list defines `__new__`.
fn has_own_new(vm: &Vm, v: &Value) -> bool {
    if !matches!(v, Value::Obj(o) if matches!(&**o, PyObject::Instance(_))) {
        return false;
    }
    let cls = vm.type_of(v);
    vm.mro(&cls).iter().any(|t| matches!(&**t, PyObject::Type(ty) if ty.heap && ty.dict.borrow().get_str("__new__").is_some()))
}

fn list_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    // Keywords are refused unless a subclass has its own __new__ (which may take them).
    if !kw.is_empty() && !args.first().is_some_and(|v| has_own_new(vm, v)) {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    positional_count(vm, "list", args, 0, 1)?;
    let s = this(args);
    let l = list_of(vm, &s, "__init__")?;
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items;
    Ok(Value::None)
}

/// `list.append` and `list.pop`, which the fast loop (vm/fast.rs) runs
/// itself on plain lists.
pub(crate) const LIST_APPEND: crate::objects::NativeFn = list_append;
pub(crate) const LIST_POP: crate::objects::NativeFn = list_pop;

fn list_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = one_arg(vm, "list", "append", args, kw)?;
    let s = this(args);
    list_of(vm, &s, "append")?.borrow_mut().push(v.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = one_arg(vm, "list", "extend", args, kw)?;
    let s = this(args);
    let items = vm.iterate(v)?;
    list_of(vm, &s, "extend")?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "list", "insert", args, kw, 2, 2)?;
    let s = this(args);
    let i = vm.index_value(&args[1])?;
    let l = list_of(vm, &s, "insert")?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "list", "pop", args, kw, 0, 1)?;
    let s = this(args);
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let l = list_of(vm, &s, "pop")?;
    let mut l = l.borrow_mut();
    if l.is_empty() {
        drop(l);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(l);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn find(vm: &mut Vm, l: &RefCell<Vec<Value>>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let b = l.borrow();
            if i >= stop.min(b.len()) {
                return Ok(None);
            }
            b[i].clone()
        };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = one_arg(vm, "list", "remove", args, kw)?;
    let s = this(args);
    let l = list_of(vm, &s, "remove")?;
    match find(vm, l, x, 0, usize::MAX)? {
        Some(i) => {
            let mut b = l.borrow_mut();
            if i < b.len() {
                b.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// Resolves optional start/stop arguments like CPython's slice clamping.
pub fn start_stop(vm: &mut Vm, args: &[Value], at: usize, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match args.get(at) {
        Some(v) if !v.is_none() => clamp(vm.index_value(v)?),
        _ => 0,
    };
    let stop = match args.get(at + 1) {
        Some(v) if !v.is_none() => clamp(vm.index_value(v)?),
        _ => len,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    pos_args(vm, "list", "index", args, kw, 1, 3)?;
    let s = this(args);
    let l = list_of(vm, &s, "index")?;
    let len = l.borrow().len();
    let (start, stop) = start_stop(vm, args, 2, len)?;
    match find(vm, l, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[1])?;
            Err(vm.value_error(&format!("{} is not in list", r)))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let x = one_arg(vm, "list", "count", args, kw)?;
    let s = this(args);
    let items = list_of(vm, &s, "count")?.borrow().clone();
    let mut n = 0;
    for it in &items {
        if it.is(x) || vm.eq(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "list", "reverse", args, kw)?;
    let s = this(args);
    list_of(vm, &s, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "list", "copy", args, kw)?;
    let s = this(args);
    let items = list_of(vm, &s, "copy")?.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "list", "clear", args, kw)?;
    let s = this(args);
    let old = std::mem::take(&mut *list_of(vm, &s, "clear")?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "list", "__reversed__", args, kw)?;
    let s = this(args);
    let Value::Obj(o) = &s else { return Err(vm.type_error("list expected")) };
    let n = list_of(vm, &s, "__reversed__")?.borrow().len();
    Ok(vm.new_iterator(crate::objects::PyIter::Reversed { seq: o.clone(), index: n, name: "list_reverseiterator" }))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    kw_counts(vm, "sort", args, kw, 0, 2)?;
    check_kw(vm, "sort", kw, &["key", "reverse"])?;
    let s = this(args);
    let l = list_of(vm, &s, "sort")?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    // Like CPython, the list looks empty while it is being sorted.
    let items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, items, key, reverse);
    let modified = !l.borrow().is_empty();
    match r {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((e, items)) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

/// Stable sort with an optional key function; on error returns the items
/// (in some order) with the error.
pub fn sort_values(vm: &mut Vm, mut items: Vec<Value>, key: Option<Value>, reverse: bool) -> Result<Vec<Value>, (PyErr, Vec<Value>)> {
    let keys: Vec<Value> = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k.clone(), &[it.clone()]) {
                    Ok(v) => ks.push(v),
                    Err(e) => return Err((e, items)),
                }
            }
            ks
        }
        None => items.clone(),
    };
    if reverse {
        items.reverse();
    }
    let mut keys = keys;
    if reverse {
        keys.reverse();
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let r = if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        });
        Ok(())
    } else if keys.iter().all(|k| k.as_str().is_some()) {
        idx.sort_by(|&a, &b| keys[a].as_str().unwrap_or("").cmp(keys[b].as_str().unwrap_or("")));
        Ok(())
    } else {
        merge_sort(vm, &mut idx, &keys)
    };
    if let Err(e) = r {
        return Err((e, items));
    }
    let mut out: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// CPython's sort for short lists (one natural run, then binary
/// insertion), so user `__lt__` sees the same sequence of comparisons.
fn small_sort(vm: &mut Vm, idx: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if vm.lt(&keys[idx[1]], &keys[idx[0]])? {
        while run < n && vm.lt(&keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n && !vm.lt(&keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if vm.lt(&keys[pivot], &keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
    Ok(())
}

/// Stable merge sort of indices by `keys[i] < keys[j]` through the VM.
fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    if n < 64 {
        return small_sort(vm, idx, keys);
    }
    let mut buf = idx.clone();
    // Insertion sort small runs first.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                if vm.lt(&keys[idx[j]], &keys[idx[j - 1]])? {
                    idx.swap(j, j - 1);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // take from the right only if strictly less (stability)
                if vm.lt(&keys[idx[j]], &keys[idx[i]])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Used by `sorted()`.
pub fn sorted(vm: &mut Vm, items: Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<Value> {
    match sort_values(vm, items, key, reverse) {
        Ok(v) => Ok(Value::list(v)),
        Err((e, _)) => Err(e),
    }
}

