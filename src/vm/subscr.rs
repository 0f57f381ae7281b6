//! Subscription: `c[k]`, `c[k] = v`, `del c[k]`, with slices for the
//! builtin sequences and `__getitem__` & co. for user classes.

use super::{PyResult, Vm};
use crate::objects::{Obj, PyObject, Value};

/// A resolved slice: start, stop, step and the number of items.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    fn slice_part(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => {
                let PyObject::BigInt(b) = &**o else { unreachable!("checked") };
                Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            _ => {
                if Vm::is_user_object(v) && self.lookup_special(v, "__index__").is_some() {
                    return self.index_value(v).map(Some);
                }
                Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
            }
        }
    }

    /// CPython's `PySlice_GetIndicesEx` for a sequence of length `len`.
    pub fn slice_indices(&mut self, s: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = self.slice_part(&s[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo_def, hi_def) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let clamp = |v: Option<i64>, def: i64| -> i64 {
            match v {
                None => def,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < 0 {
                            x = if step < 0 { -1 } else { 0 };
                        }
                    } else if x >= len {
                        x = if step < 0 { len - 1 } else { len };
                    }
                    x
                }
            }
        };
        let start = clamp(self.slice_part(&s[0])?, lo_def);
        let stop = clamp(self.slice_part(&s[1])?, hi_def);
        let n = if step > 0 {
            if stop > start { (stop - start - 1) / step + 1 } else { 0 }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n as usize })
    }

    /// Normalises an index for a sequence of `len` items, or None if out of range.
    pub fn seq_index(&mut self, key: &Value, len: usize) -> PyResult<Option<usize>> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => return Ok(None),
            _ => self.index_value(key)?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        Ok(if j >= 0 && (j as usize) < len { Some(j as usize) } else { None })
    }

    /// A user object usable as an index (it defines `__index__`).
    fn has_index(&self, key: &Value) -> bool {
        Vm::is_user_object(key) && self.lookup_special(key, "__index__").is_some()
    }

    fn index_type_error(&self, what: &str, key: &Value) -> super::PyErr {
        self.type_error(&format!("{} indices must be integers or slices, not {}", what, self.type_name(key)))
    }

    pub fn get_item(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        let Value::Obj(o) = c else {
            return Err(self.type_error(&format!("'{}' object is not subscriptable", self.type_name(c))));
        };
        let slice = match key {
            Value::Obj(k) => match &**k {
                PyObject::Slice(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        };
        match &**o {
            PyObject::List(l) => {
                if let Some(s) = slice {
                    let len = l.borrow().len();
                    let si = self.slice_indices(&s, len)?;
                    let l = l.borrow();
                    return Ok(Value::list(si.indices().filter_map(|i| l.get(i).cloned()).collect()));
                }
                if !is_index(key) && !self.has_index(key) {
                    return Err(self.index_type_error("list", key));
                }
                let len = l.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => Ok(l.borrow()[i].clone()),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            PyObject::Tuple(t) => {
                if let Some(s) = slice {
                    let si = self.slice_indices(&s, t.len())?;
                    return Ok(Value::tuple(si.indices().map(|i| t[i].clone()).collect()));
                }
                if !is_index(key) && !self.has_index(key) {
                    return Err(self.index_type_error("tuple", key));
                }
                match self.seq_index(key, t.len())? {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            PyObject::Str(s) => {
                if let Some(sl) = slice {
                    let n = s.char_len();
                    let si = self.slice_indices(&sl, n)?;
                    if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        if si.step == 1 {
                            let start = si.start.max(0) as usize;
                            return Ok(Value::str(&s.as_str()[start..start + si.len]));
                        }
                        return Ok(Value::string(si.indices().map(|i| b[i] as char).collect()));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(si.indices().map(|i| chars[i]).collect()));
                }
                if !is_index(key) && !self.has_index(key) {
                    return Err(self.type_error(&format!("string indices must be integers, not '{}'", self.type_name(key))));
                }
                match self.seq_index(key, s.char_len())? {
                    Some(i) => Ok(Value::string(s.char_at(i).map(|c| c.to_string()).unwrap_or_default())),
                    None => Err(self.index_error("string index out of range")),
                }
            }
            PyObject::Bytes(b) => {
                if let Some(s) = slice {
                    let si = self.slice_indices(&s, b.len())?;
                    return Ok(Value::bytes(si.indices().map(|i| b[i]).collect()));
                }
                if !is_index(key) && !self.has_index(key) {
                    return Err(self.type_error(&format!("byte indices must be integers or slices, not {}", self.type_name(key))));
                }
                match self.seq_index(key, b.len())? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            PyObject::ByteArray(b) => self.bytearray_getitem(b, key),
            PyObject::Range(r) => {
                // Fast path: a small index; slices and big ints go the long way.
                if let Value::Int(i) = key {
                    let len = r.len();
                    let j = if *i < 0 { i + len } else { *i };
                    if j < 0 || j >= len {
                        return Err(self.index_error("range object index out of range"));
                    }
                    return Ok(Value::Int(r.get(j)));
                }
                self.range_getitem(o, key)
            }
            PyObject::BigRange(_) => self.range_getitem(o, key),
            PyObject::Dict(_) => match self.dict_get(o, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            PyObject::Native(n) => {
                if let Some(d) = n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                    return crate::objects::methods::deque_ops::get_item(self, d, key);
                }
                if let Some(r) = self.call_special(c, "__getitem__", &[key.clone()])? {
                    return Ok(r);
                }
                Err(self.type_error(&format!("'{}' object is not subscriptable", self.type_name(c))))
            }
            PyObject::Instance(_) => {
                if let Some(r) = self.call_special(c, "__getitem__", &[key.clone()])? {
                    return Ok(r);
                }
                // (dict subclasses reach dict.__getitem__ above, which knows __missing__)
                if let Some(b) = super::ops::base_value(c) {
                    return self.get_item(&b, key);
                }
                Err(self.type_error(&format!("'{}' object is not subscriptable", self.type_name(c))))
            }
            PyObject::Type(_) => {
                if let Some(r) = self.meta_special(o, "__getitem__", &[key.clone()])? {
                    return Ok(r);
                }
                if let Some(cg) = self.getattr_opt(c, "__class_getitem__")? {
                    return self.call(cg, &[key.clone()]);
                }
                // `list[int]` and friends: a plain alias is enough for annotations.
                if matches!(&**o, PyObject::Type(t) if !t.heap) {
                    return Ok(c.clone());
                }
                Err(self.type_error(&format!("type '{}' is not subscriptable", self.type_name_of_type(o))))
            }
            _ => Err(self.type_error(&format!("'{}' object is not subscriptable", self.type_name(c)))),
        }
    }

    pub fn set_item(&mut self, c: &Value, key: Value, v: Value) -> PyResult<()> {
        let Value::Obj(o) = c else {
            return Err(self.type_error(&format!("'{}' object does not support item assignment", self.type_name(c))));
        };
        match &**o {
            PyObject::List(l) => {
                if let Value::Obj(k) = &key {
                    if let PyObject::Slice(s) = &**k {
                        let s = s.clone();
                        return self.list_set_slice(o, &s, &v);
                    }
                }
                if !is_index(&key) && !Vm::is_user_object(&key) {
                    return Err(self.index_type_error("list", &key));
                }
                let len = l.borrow().len();
                match self.seq_index(&key, len)? {
                    Some(i) => {
                        l.borrow_mut()[i] = v;
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            PyObject::Dict(_) => self.dict_set(o, key, v),
            PyObject::ByteArray(b) => self.bytearray_setitem(b, &key, &v),
            PyObject::Instance(_) | PyObject::Native(_) => {
                if let Some(d) = crate::objects::deque::native_deque(o) {
                    return crate::objects::methods::deque_ops::set_item(self, d, &key, v);
                }
                if self.call_special(c, "__setitem__", &[key.clone(), v.clone()])?.is_some() {
                    return Ok(());
                }
                if let Some(b) = super::ops::base_value(c) {
                    return self.set_item(&b, key, v);
                }
                Err(self.type_error(&format!("'{}' object does not support item assignment", self.type_name(c))))
            }
            _ => Err(self.type_error(&format!("'{}' object does not support item assignment", self.type_name(c)))),
        }
    }

    fn list_set_slice(&mut self, o: &Obj, s: &[Value; 3], v: &Value) -> PyResult<()> {
        let PyObject::List(l) = &**o else { return Ok(()) };
        let items = match self.iterate(v) {
            Ok(i) => i,
            Err(e) if self.err_is(&e, "TypeError") => return Err(self.type_error("can only assign an iterable")),
            Err(e) => return Err(e),
        };
        let len = l.borrow().len();
        let si = self.slice_indices(s, len)?;
        if si.step == 1 {
            let start = si.start.max(0) as usize;
            let stop = (si.start + si.len as i64).max(start as i64) as usize;
            l.borrow_mut().splice(start..stop, items);
            return Ok(());
        }
        if items.len() != si.len {
            return Err(self.value_error(&format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                si.len
            )));
        }
        let idx: Vec<usize> = si.indices().collect();
        let mut l = l.borrow_mut();
        for (i, v) in idx.into_iter().zip(items) {
            l[i] = v;
        }
        Ok(())
    }

    pub fn del_item(&mut self, c: &Value, key: &Value) -> PyResult<()> {
        let Value::Obj(o) = c else {
            return Err(self.type_error(&format!("'{}' object does not support item deletion", self.type_name(c))));
        };
        match &**o {
            PyObject::List(l) => {
                if let Value::Obj(k) = key {
                    if let PyObject::Slice(s) = &**k {
                        let len = l.borrow().len();
                        let si = self.slice_indices(s, len)?;
                        let mut idx: Vec<usize> = si.indices().collect();
                        idx.sort_unstable();
                        let mut l = l.borrow_mut();
                        for i in idx.into_iter().rev() {
                            l.remove(i);
                        }
                        return Ok(());
                    }
                }
                if !is_index(key) && !self.has_index(key) {
                    return Err(self.index_type_error("list", key));
                }
                let len = l.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => {
                        l.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            PyObject::ByteArray(b) => self.bytearray_delitem(b, key),
            PyObject::Dict(_) => match self.dict_del(o, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            PyObject::Instance(_) | PyObject::Native(_) => {
                if let Some(d) = crate::objects::deque::native_deque(o) {
                    return crate::objects::methods::deque_ops::del_item(self, d, key);
                }
                if self.call_special(c, "__delitem__", &[key.clone()])?.is_some() {
                    return Ok(());
                }
                if let Some(b) = super::ops::base_value(c) {
                    return self.del_item(&b, key);
                }
                Err(self.type_error(&format!("'{}' object doesn't support item deletion", self.type_name(c))))
            }
            _ => {
                // CPython says "doesn't" for types with sequence/mapping slots.
                let verb = if has_seq_slots(o) { "doesn't" } else { "does not" };
                Err(self.type_error(&format!("'{}' object {} support item deletion", self.type_name(c), verb)))
            }
        }
    }
}

/// Whether CPython's type for `o` has sequence or mapping slots (it words
/// the item-deletion error differently for those).
fn has_seq_slots(o: &Obj) -> bool {
    matches!(
        &**o,
        PyObject::Str(_)
            | PyObject::Bytes(_)
            | PyObject::ByteArray(_)
            | PyObject::List(_)
            | PyObject::Tuple(_)
            | PyObject::Dict(_)
            | PyObject::Set(_)
            | PyObject::FrozenSet(_)
            | PyObject::Range(_)
            | PyObject::BigRange(_)
            | PyObject::DictView(..)
            | PyObject::Instance(_)
            | PyObject::Native(_)
    )
}

fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(&**o, PyObject::BigInt(_)),
        _ => false,
    }
}
