//! The iterator protocol: `iter()`, `next()`, and draining an iterable.
//! Builtin iterators advance natively and signal exhaustion with `None`
//! rather than a StopIteration exception.

use std::cell::RefCell;

use super::{PyResult, Vm};
use crate::objects::iter::{DictIterKind, PyIter};
use crate::objects::{PyObject, Value};

/// Marks a builtin iterator finished, keeping its type name.
fn exhaust(cell: &RefCell<PyIter>) {
    let mut st = cell.borrow_mut();
    let name = st.type_name();
    *st = PyIter::Exhausted(name);
}

fn new_iter(it: PyIter) -> Value {
    Value::from_obj(PyObject::Iter(RefCell::new(it)))
}

impl Vm {
    /// `iter(v)`
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let it = match &**o {
                PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_) | PyObject::ByteArray(_) => PyIter::Seq { seq: o.clone(), index: 0 },
                PyObject::Str(_) => PyIter::Str { s: o.clone(), byte: 0 },
                PyObject::Range(r) => PyIter::Range { next: r.start, stop: r.stop, step: r.step },
                PyObject::BigRange(_) => self.range_iter(o, false),
                PyObject::Dict(d) => PyIter::Dict { dict: o.clone(), pos: 0, kind: DictIterKind::Keys, len: d.borrow().len() },
                PyObject::Set(s) => PyIter::Dict { dict: o.clone(), pos: 0, kind: DictIterKind::Keys, len: s.borrow().len() },
                PyObject::FrozenSet(s) => PyIter::Dict { dict: o.clone(), pos: 0, kind: DictIterKind::Keys, len: s.len() },
                PyObject::DictView(d, k) => {
                    let len = match &**d {
                        PyObject::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    };
                    PyIter::Dict { dict: d.clone(), pos: 0, kind: *k, len }
                }
                PyObject::Generator(g) if g.kind != crate::vm::generator::GenKind::Generator => {
                    return Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v))));
                }
                PyObject::Iter(_) | PyObject::Generator(_) => return Ok(v.clone()),
                PyObject::Native(n) => match n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                    Some(d) => return Ok(crate::objects::methods::deque_ops::new_iter(self, o.clone(), d, false)),
                    None => return self.user_iter(v),
                },
                // A file iterates over itself (`__iter__` checks it is open).
                PyObject::File(_) => return self.call_special(v, "__iter__", &[]).map(|r| r.unwrap_or_else(|| v.clone())),
                PyObject::Instance(_) | PyObject::Exception(_) | PyObject::Module(_) => return self.user_iter(v),
                // A class iterates only through its metaclass's __iter__.
                PyObject::Type(t) if t.meta.is_some() => return self.user_iter(v),
                _ => return Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v)))),
            };
            return Ok(new_iter(it));
        }
        Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// `iter(v)` through the type's `__iter__` (or `__getitem__`).
    fn user_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, "__iter__", &[])? {
            if self.lookup_special(&r, "__next__").is_none() && !matches!(&r, Value::Obj(ro) if matches!(&**ro, PyObject::Iter(_) | PyObject::Generator(_))) {
                return Err(self.type_error(&format!("iter() returned non-iterator of type '{}'", self.type_name(&r))));
            }
            return Ok(r);
        }
        if self.lookup_special(v, "__getitem__").is_some() {
            return Ok(new_iter(PyIter::GetItem { obj: v.clone(), index: 0 }));
        }
        if let Some(b) = super::ops::base_value(v) {
            return self.get_iter(&b);
        }
        Err(self.type_error(&format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// The next item, or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.next_fast(it)
    }

    #[inline]
    pub fn next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.type_error(&format!("'{}' object is not an iterator", self.type_name(it))));
        };
        match &**o {
            PyObject::Iter(cell) => {
                {
                    let mut st = cell.borrow_mut();
                    match &mut *st {
                        PyIter::Range { next, stop, step } => {
                            let n = *next;
                            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                *next = n.wrapping_add(*step);
                                if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                                    *next = *stop;
                                }
                                return Ok(Some(Value::Int(n)));
                            }
                            return Ok(None);
                        }
                        PyIter::Seq { seq, index } => {
                            let r = match &**seq {
                                PyObject::List(l) => l.borrow().get(*index).cloned(),
                                PyObject::Tuple(t) => t.get(*index).cloned(),
                                PyObject::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                                PyObject::ByteArray(b) => b.borrow().get(*index).map(|x| Value::Int(*x as i64)),
                                _ => None,
                            };
                            if r.is_some() {
                                *index += 1;
                            } else {
                                *st = PyIter::Exhausted(st.type_name());
                            }
                            return Ok(r);
                        }
                        PyIter::Reversed { seq, index, .. } => {
                            if *index == 0 {
                                return Ok(None);
                            }
                            *index -= 1;
                            let r = match &**seq {
                                PyObject::List(l) => l.borrow().get(*index).cloned(),
                                PyObject::Tuple(t) => t.get(*index).cloned(),
                                _ => None,
                            };
                            if r.is_none() {
                                *index = 0;
                            }
                            return Ok(r);
                        }
                        PyIter::Str { s, byte } => {
                            let PyObject::Str(ps) = &**s else { return Ok(None) };
                            let text = ps.as_str();
                            match text[*byte..].chars().next() {
                                Some(c) => {
                                    *byte += c.len_utf8();
                                    return Ok(Some(Value::string(c.to_string())));
                                }
                                None => return Ok(None),
                            }
                        }
                        PyIter::Dict { dict, pos, kind, len } => {
                            let (table_len, item) = match &**dict {
                                PyObject::Dict(d) => {
                                    let d = d.borrow();
                                    let item = d.next_entry(pos).map(|e| match kind {
                                        DictIterKind::Keys => e.key.clone(),
                                        DictIterKind::Values => e.value.clone(),
                                        DictIterKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                                    });
                                    (d.len(), item)
                                }
                                PyObject::Set(s) => {
                                    let s = s.borrow();
                                    (s.len(), s.table.next_entry(pos).map(|e| e.key.clone()))
                                }
                                PyObject::FrozenSet(s) => (s.len(), s.table.next_entry(pos).map(|e| e.key.clone())),
                                _ => (0, None),
                            };
                            if table_len != *len {
                                let what = if matches!(&**dict, PyObject::Dict(_)) { "dictionary" } else { "set" };
                                *len = usize::MAX;
                                drop(st);
                                return Err(self.runtime_error(&format!("{} changed size during iteration", what)));
                            }
                            return Ok(item);
                        }
                        PyIter::BigRange(b) => {
                            let [next, remaining, step] = &mut **b;
                            if !num_traits::Signed::is_positive(remaining) {
                                return Ok(None);
                            }
                            let v = next.clone();
                            *next += &*step;
                            *remaining -= 1u32;
                            return Ok(Some(Value::from_bigint(v)));
                        }
                        PyIter::Deque { deque, next, left, state, reverse } => {
                            let Some(d) = crate::objects::deque::deque_of_obj(deque) else { return Ok(None) };
                            // Forwards checks the deque first; backwards its count first.
                            if *reverse && *left == 0 {
                                return Ok(None);
                            }
                            if d.state() != *state {
                                *left = 0;
                                drop(st);
                                return Err(self.runtime_error("deque mutated during iteration"));
                            }
                            if *left == 0 {
                                return Ok(None);
                            }
                            let r = d.get(*next);
                            if r.is_some() {
                                *left -= 1;
                                *next = if *reverse { next.wrapping_sub(1) } else { *next + 1 };
                            }
                            return Ok(r);
                        }
                        PyIter::Exhausted(_) => return Ok(None),
                        _ => {}
                    }
                }
                self.next_slow(o)
            }
            PyObject::Generator(_) => self.generator_next(o),
            PyObject::Native(n) => {
                // A native __next__ is called directly (no name interning, no bound method).
                let f = match (&*n.class, self.interp.names.next.as_pystr()) {
                    (PyObject::Type(t), Some(name)) => t.lookup(name),
                    _ => None,
                };
                let Some(f) = f else {
                    return Err(self.type_error(&format!("'{}' object is not an iterator", self.type_name(it))));
                };
                let r = match &f {
                    Value::Obj(fo) => match &**fo {
                        PyObject::Builtin(b) => (b.func)(self, std::slice::from_ref(it), &[]),
                        _ => self.call(f.clone(), std::slice::from_ref(it)),
                    },
                    _ => self.call(f.clone(), std::slice::from_ref(it)),
                };
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.type_error(&format!("'{}' object is not an iterator", self.type_name(it)))),
                Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Iterators whose step may run Python code (no borrow held across it).
    fn next_slow(&mut self, o: &crate::objects::Obj) -> PyResult<Option<Value>> {
        let PyObject::Iter(cell) = &**o else { return Ok(None) };
        enum Step {
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Callable(Value, Value),
            GetItem(Value, i64),
        }
        let step = match &*cell.borrow() {
            PyIter::Enumerate { it, count } => Step::Enumerate(it.clone(), count.clone()),
            PyIter::Zip { its, strict } => Step::Zip(its.clone(), *strict),
            PyIter::Map { func, its } => Step::Map(func.clone(), its.clone()),
            PyIter::Filter { func, it } => Step::Filter(func.clone(), it.clone()),
            PyIter::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
            PyIter::GetItem { obj, index } => Step::GetItem(obj.clone(), *index),
            _ => return Ok(None),
        };
        match step {
            Step::Enumerate(it, count) => match self.next(&it)? {
                Some(v) => {
                    let next = self.binary_op(crate::syntax::ast::BinOp::Add, &count, &Value::Int(1))?;
                    if let PyIter::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                        *c = next;
                    }
                    Ok(Some(Value::tuple(vec![count, v])))
                }
                None => Ok(None),
            },
            Step::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            exhaust(cell);
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(&format!("zip() argument {} is shorter than argument{}{}", i + 1, plural, i)));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(&format!("zip() argument {} is longer than argument{}{}", j + 1, plural, j)));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Step::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(func, &args).map(Some)
            }
            Step::Filter(func, it) => loop {
                let Some(v) = self.next(&it)? else { return Ok(None) };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(func.clone(), &[v.clone()])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::Callable(func, sentinel) => {
                let v = self.call(func, &[])?;
                if self.eq(&v, &sentinel)? {
                    exhaust(cell);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::GetItem(obj, index) => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => {
                    if let PyIter::GetItem { index: i, .. } = &mut *cell.borrow_mut() {
                        *i += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if self.err_is(&e, "IndexError") || self.err_is(&e, "StopIteration") => {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// Collects all items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &**o {
                PyObject::List(l) => return Ok(l.borrow().clone()),
                PyObject::Tuple(t) => return Ok(t.to_vec()),
                PyObject::Native(n) => {
                    if let Some(d) = n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                        return Ok(d.to_vec());
                    }
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn new_iterator(&self, it: PyIter) -> Value {
        new_iter(it)
    }
}
