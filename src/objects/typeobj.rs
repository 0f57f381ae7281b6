//! `type` objects: name, bases, C3 MRO, and the attribute dict.
//!
//! Builtin types are `PyType`s too; their methods are native functions stored
//! in the type dict, so `list.append` and `[].append` resolve the same way as a
//! method of a user class. `layout` says which builtin object an instance of
//! the type is (an `Instance`, an `Exception`, ...).

use std::cell::RefCell;
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
    pub cache: RefCell<LookupCache>,
    /// `HOOK_*` bits for the attribute hooks the class overrides, with the
    /// epoch they were computed at.
    pub hooks: std::cell::Cell<(u64, u32)>,
    /// The metaclass when it is a user subclass of `type` (None means `type`).
    pub meta: Option<Obj>,
    /// How a call of the class makes an instance, with the epoch it was
    /// worked out at (see `construct`).
    pub construct: RefCell<(u64, Construct)>,
}

/// How calling a class makes an instance, when nothing but object's
/// `__new__` is involved.
#[derive(Clone, Default)]
pub enum Construct {
    /// Anything else: a custom `__new__`, a builtin base, a metaclass...
    #[default]
    General,
    /// object's `__new__` and `__init__`: a call with no arguments is a
    /// fresh instance.
    Plain,
    /// object's `__new__` and this Python `__init__`.
    Init(Value),
}

/// The class defines its own `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u32 = 1;
/// The class (or a base) defines `__getattr__`.
pub const HOOK_GETATTR: u32 = 2;
/// The class defines its own `__setattr__`.
pub const HOOK_SETATTR: u32 = 4;
/// The class defines its own `__delattr__`.
pub const HOOK_DELATTR: u32 = 8;

const CACHE_SLOTS: usize = 64;

/// A small direct-mapped cache: slot = name address bits; a colliding name
/// simply replaces the previous entry.
pub struct LookupCache {
    keys: [(usize, u64); CACHE_SLOTS],
    values: [Option<Value>; CACHE_SLOTS],
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache { keys: [(0, u64::MAX); CACHE_SLOTS], values: std::array::from_fn(|_| None) }
    }
}

/// Bumped whenever any class dict changes; invalidates every lookup cache.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(0);

/// The current type epoch (for caches keyed by a class address).
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Relaxed)
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}



impl PyType {
    /// CPython's `tp_name`: the bare name, except that builtin types of
    /// other modules carry the module (`collections.deque`, `_thread.lock`).
    pub fn tp_name(&self) -> String {
        let m = self.module.borrow();
        if !self.heap && self.layout == Layout::Builtin && *m != "builtins" {
            return format!("{}.{}", m, self.name);
        }
        self.name.clone()
    }

    /// Looks a name spelled in coil's source up along the MRO.
    pub fn lookup_static(&self, name: &'static str) -> Option<Value> {
        let n = super::str::intern_static(name);
        self.lookup(n.as_pystr()?)
    }

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
    /// Which attribute hooks (`HOOK_*`) this class overrides.
    pub fn hooks(&self) -> u32 {
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        let (e, h) = self.hooks.get();
        if e == epoch && epoch != u64::MAX {
            return h;
        }
        let custom = |name: &str| match self.lookup_str(name) {
            Some(f) => !super::function::is_builtin(&f, name, Some("object")),
            None => false,
        };
        let mut h = 0;
        if custom("__getattribute__") {
            h |= HOOK_GETATTRIBUTE;
        }
        if self.lookup_str("__getattr__").is_some() {
            h |= HOOK_GETATTR;
        }
        if custom("__setattr__") {
            h |= HOOK_SETATTR;
        }
        if custom("__delattr__") {
            h |= HOOK_DELATTR;
        }
        self.hooks.set((epoch, h));
        h
    }

    /// How a call of this class (`cls`) makes an instance (cached per type epoch).
    pub fn construct(&self, names: &crate::vm::Names) -> Construct {
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        {
            let c = self.construct.borrow();
            if c.0 == epoch && epoch != u64::MAX {
                return c.1.clone();
            }
        }
        let kind = self.work_out_construct(names);
        *self.construct.borrow_mut() = (epoch, kind.clone());
        kind
    }

    fn work_out_construct(&self, names: &crate::vm::Names) -> Construct {
        if !self.heap || self.meta.is_some() || self.layout != Layout::Instance || self.builtin_base.is_some() {
            return Construct::General;
        }
        let (Some(new), Some(init)) = (names.new.as_pystr(), names.init.as_pystr()) else { return Construct::General };
        if !matches!(self.lookup(new), Some(n) if super::function::is_builtin(&n, "__new__", Some("object"))) {
            return Construct::General;
        }
        match self.lookup(init) {
            Some(i) if super::function::is_builtin(&i, "__init__", Some("object")) => Construct::Plain,
            Some(i @ Value::Obj(_)) if matches!(&i, Value::Obj(o) if matches!(&**o, super::PyObject::Function(_))) => Construct::Init(i),
            _ => Construct::General,
        }
    }

    /// Looks `name` up along the MRO, through the cache for interned names.
    #[inline]
    pub fn lookup(&self, name: &super::PyStr) -> Option<Value> {
        if !name.is_interned() {
            return self.lookup_uncached(name);
        }
        let key = name as *const super::PyStr as usize;
        // Two-way: a name may sit in its slot or the slot's pair, so two
        // names that hash alike (`__new__` and `__init__`, looked up
        // alternately on every instantiation) do not evict each other.
        let slot = ((key >> 4) ^ (key >> 11)) % CACHE_SLOTS;
        let epoch = TYPE_EPOCH.load(Ordering::Relaxed);
        {
            let c = self.cache.borrow();
            if c.keys[slot] == (key, epoch) {
                return c.values[slot].clone();
            }
            if c.keys[slot ^ 1] == (key, epoch) {
                return c.values[slot ^ 1].clone();
            }
        }
        let v = self.lookup_uncached(name);
        let mut c = self.cache.borrow_mut();
        c.keys[slot ^ 1] = c.keys[slot];
        c.values[slot ^ 1] = c.values[slot].take();
        c.keys[slot] = (key, epoch);
        c.values[slot] = v.clone();
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
