//! Hashed lookups in dicts and sets with Python equality.
//!
//! Keys of builtin types compare natively while the table is borrowed. A key
//! whose equality needs Python code (`__eq__`) is compared with the table
//! released, then the entry is found again by identity, so user code may
//! even mutate the dict without tripping a `RefCell` borrow.

use std::cell::{Ref, RefMut};
use std::ops::Deref;

use super::ops::native_eq;
use super::{PyResult, Vm};
use crate::objects::{Obj, PyDict, PyObject, PySet, Value};

enum TableRef<'a> {
    Cell(Ref<'a, PyDict>),
    Plain(&'a PyDict),
}

impl Deref for TableRef<'_> {
    type Target = PyDict;
    fn deref(&self) -> &PyDict {
        match self {
            TableRef::Cell(r) => r,
            TableRef::Plain(p) => p,
        }
    }
}

fn table(o: &Obj) -> Option<TableRef<'_>> {
    match &**o {
        PyObject::Dict(d) => Some(TableRef::Cell(d.borrow())),
        PyObject::Set(s) => Some(TableRef::Cell(Ref::map(s.borrow(), |s| &s.table))),
        PyObject::FrozenSet(s) => Some(TableRef::Plain(&s.table)),
        PyObject::Instance(i) => match &i.base {
            Some(Value::Obj(b)) => table(b).map(|t| match t {
                // SAFETY-free re-borrow: the base object lives as long as `o`.
                TableRef::Cell(r) => TableRef::Cell(r),
                TableRef::Plain(p) => TableRef::Plain(p),
            }),
            _ => None,
        },
        _ => None,
    }
}

fn table_mut(o: &Obj) -> Option<RefMut<'_, PyDict>> {
    match &**o {
        PyObject::Dict(d) => Some(d.borrow_mut()),
        PyObject::Set(s) => Some(RefMut::map(s.borrow_mut(), |s| &mut s.table)),
        PyObject::Instance(i) => match &i.base {
            Some(Value::Obj(b)) => table_mut(b),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Index of `key`'s entry in the dict or set `o`.
    pub fn table_find(&mut self, o: &Obj, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mut slow = false;
        {
            let Some(t) = table(o) else { return Ok(None) };
            let r = t.find(hash, |k| match native_eq(k, key) {
                Some(b) => b,
                None => {
                    if k.is(key) {
                        return true;
                    }
                    slow = true;
                    false
                }
            });
            if r.is_some() || !slow {
                return Ok(r);
            }
        }
        // Some candidate needs Python equality: compare without the borrow.
        let candidates = match table(o) {
            Some(t) => t.keys_with_hash(hash),
            None => return Ok(None),
        };
        for c in candidates {
            if native_eq(&c, key) == Some(false) {
                continue;
            }
            if c.is(key) || self.eq(&c, key)? {
                let t = table(o);
                return Ok(t.and_then(|t| t.find_identical(hash, &c)));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        // str keys: the common case, no hashing through the VM.
        if let Some(s) = key.as_pystr() {
            if let PyObject::Dict(dd) = &**d {
                return Ok(dd.borrow().get_pystr(s).cloned());
            }
        }
        let h = self.hash(key)?;
        let ix = self.table_find(d, key, h)?;
        Ok(ix.and_then(|i| table(d).map(|t| t.entry(i).value.clone())))
    }

    pub fn dict_set(&mut self, d: &Obj, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.table_find(d, &key, h)? {
            Some(i) => {
                if let Some(mut t) = table_mut(d) {
                    *t.value_at_mut(i) = value;
                }
            }
            None => {
                if let Some(mut t) = table_mut(d) {
                    t.insert_new(h, key, value);
                }
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn dict_del(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.table_find(d, key, h)? {
            Some(i) => Ok(table_mut(d).map(|mut t| t.remove_at(i).1)),
            None => Ok(None),
        }
    }

    pub fn set_contains(&mut self, s: &Obj, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {set}`: unhashable → TypeError like CPython.
                return Err(e);
            }
        };
        Ok(self.table_find(s, key, h)?.is_some())
    }

    /// Adds to a standalone set table (not yet an object).
    pub fn set_add_to(&mut self, s: &mut PySet, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let mut slow = false;
        let found = s.table.find(h, |k| match native_eq(k, &key) {
            Some(b) => b,
            None => {
                if k.is(&key) {
                    return true;
                }
                slow = true;
                false
            }
        });
        if found.is_some() {
            return Ok(());
        }
        if slow {
            for c in s.table.keys_with_hash(h) {
                if self.eq(&c, &key)? {
                    return Ok(());
                }
            }
        }
        s.table.insert_new(h, key, Value::None);
        Ok(())
    }

    pub fn set_add(&mut self, s: &Obj, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if self.table_find(s, &key, h)?.is_none() {
            if let Some(mut t) = table_mut(s) {
                t.insert_new(h, key, Value::None);
            }
        }
        Ok(())
    }

    /// `dict.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, d: &Obj, other: &Value) -> PyResult<()> {
        if let Value::Obj(o) = other {
            if let PyObject::Dict(src) = &**o {
                let items: Vec<(Value, Value)> = src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
            // Any object with keys() is a mapping.
            if self.lookup_special(other, "keys").is_some() && !matches!(&**o, PyObject::List(_) | PyObject::Tuple(_)) {
                let keys = self.call_method(other, "keys", &[])?;
                for k in self.iterate(&keys)? {
                    let v = self.get_item(other, &k)?;
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        let it = self.get_iter(other)?;
        let mut i = 0;
        while let Some(item) = self.next(&it)? {
            let pair = self.iterate(&item).map_err(|_| {
                self.type_error(&format!("cannot convert dictionary update sequence element #{} to a sequence", i))
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(&format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut p = pair.into_iter();
            let (k, v) = (p.next().unwrap_or(Value::None), p.next().unwrap_or(Value::None));
            self.dict_set(d, k, v)?;
            i += 1;
        }
        Ok(())
    }

    /// A new dict object from (key, value) pairs.
    pub fn new_dict(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let d = Value::dict(PyDict::with_capacity(pairs.len()));
        if let Value::Obj(o) = &d {
            for (k, v) in pairs {
                self.dict_set(o, k, v)?;
            }
        }
        Ok(d)
    }
}
