//! `type` objects: name, bases, C3 MRO, and the attribute dict.
//!
//! Builtin types are `PyType`s too; their methods are native functions stored
//! in the type dict, so `list.append` and `[].append` resolve the same way as a
//! method of a user class. `layout` says which builtin object an instance of
//! the type is (an `Instance`, an `Exception`, ...).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{Obj, PyDict, Value};

/// What the instances of a type are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Builtin types whose instances are made natively (int, str, list, ...).
    Builtin,
    /// `object` and user classes deriving only from it.
    Instance,
    /// BaseException and everything derived from it.
    Exception,
}

pub struct PyType {
    pub name: String,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: Vec<Obj>,
    /// The C3 linearisation, starting with the type itself (stored without it
    /// to avoid a reference cycle: `mro()` prepends `self`).
    pub mro_tail: Vec<Obj>,
    pub dict: RefCell<PyDict>,
    pub layout: Layout,
    /// The builtin type whose instances back this type (list for `class L(list)`).
    pub builtin_base: Option<Obj>,
    /// True for user classes; builtin types reject attribute assignment.
    pub heap: bool,
    /// MRO lookups of interned names, valid while the type epoch is unchanged.
    pub cache: RefCell<HashMap<usize, (u64, Option<Value>), BuildPtrHasher>>,
}

/// Bumped whenever any class dict changes; invalidates every lookup cache.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(0);

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// A hasher for pointer keys (already well distributed above the low bits).
#[derive(Default, Clone, Copy)]
pub struct BuildPtrHasher;

pub struct PtrHasher(u64);

impl std::hash::BuildHasher for BuildPtrHasher {
    type Hasher = PtrHasher;
    fn build_hasher(&self) -> PtrHasher {
        PtrHasher(0)
    }
}

impl std::hash::Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E3779B97F4A7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E3779B97F4A7C15);
    }
}

impl PyType {
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        let n = super::str::intern(name);
        if let Some(p) = n.as_pystr() {
            return self.lookup(p);
        }
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v.clone());
        }
        for t in &self.mro_tail {
            if let super::PyObject::Type(t) = &**t {
                if let Some(v) = t.dict.borrow().get_str(name) {
                    return Some(v.clone());
                }
            }
        }
        None
    }
    /// Looks `name` up along the MRO, through the cache for interned names.
    #[inline]
    pub fn lookup(&self, name: &super::PyStr) -> Option<Value> {
        if !name.is_interned() {
            return self.lookup_uncached(name);
        }
        let key = name as *const super::PyStr as usize;
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        if let Some((e, v)) = self.cache.borrow().get(&key) {
            if *e == epoch {
                return v.clone();
            }
        }
        let v = self.lookup_uncached(name);
        self.cache.borrow_mut().insert(key, (epoch, v.clone()));
        v
    }

    fn lookup_uncached(&self, name: &super::PyStr) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_pystr(name) {
            return Some(v.clone());
        }
        for t in &self.mro_tail {
            if let super::PyObject::Type(t) = &**t {
                if let Some(v) = t.dict.borrow().get_pystr(name) {
                    return Some(v.clone());
                }
            }
        }
        None
    }
}

/// C3 linearisation of `bases` (each given as its full MRO). Returns `None`
/// when no consistent order exists.
pub fn c3_merge(mut seqs: Vec<Vec<Obj>>) -> Option<Vec<Obj>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| std::rc::Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let c = found?;
        for s in seqs.iter_mut() {
            if std::rc::Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
