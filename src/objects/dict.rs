//! `PyDict`: an insertion-ordered hash table in CPython's compact layout
//! (a sparse index table pointing into a dense entry vector).
//!
//! The table only knows hashes and a caller-supplied equality test. Equality
//! that needs Python code (`__eq__` on user keys) is resolved by the VM in
//! vm/dictops.rs, which never calls Python while the table is borrowed.

use super::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered mapping.
#[derive(Clone, Default)]
pub struct PyDict {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: u32,
    /// Index slots that are not EMPTY (live or deleted). Deleted trailing
    /// entries are dropped from `entries` but their slots stay DUMMY, so
    /// growth must count these too, or a probe could find no EMPTY slot.
    fill: u32,
    /// Bumped on every insertion and removal (not on a value update).
    pub version: u64,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    pub fn with_capacity(n: usize) -> PyDict {
        let mut d = PyDict::default();
        if n > 0 {
            d.resize_indices((n * 3 / 2).next_power_of_two().max(8));
            d.entries.reserve(n);
        }
        d
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Finds the entry index for a key with `hash` for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && eq(&e.key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Keys stored under `hash` (for equality tests that need Python code).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        self.entries.iter().filter(|e| e.hash == hash && !e.key.is_null()).map(|e| e.key.clone()).collect()
    }

    /// The entry index whose key is identical (`is`) to `key`.
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.find(hash, |k| k.is(key))
    }

    #[inline]
    pub fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }
    /// The value at entry `ix` if that entry's key is the str object `key`
    /// (checked by address: a cache hit on an interned name).
    #[inline]
    pub fn value_if_key(&self, ix: usize, key: &super::PyStr) -> Option<&Value> {
        let e = self.entries.get(ix)?;
        match e.key.as_pystr() {
            Some(k) if std::ptr::eq(k, key) => Some(&e.value),
            _ => None,
        }
    }
    /// `value_if_key`, for replacing the value (not a structural change).
    #[inline]
    pub fn value_if_key_mut(&mut self, ix: usize, key: &super::PyStr) -> Option<&mut Value> {
        let e = self.entries.get_mut(ix)?;
        match e.key.as_pystr() {
            Some(k) if std::ptr::eq(k, key) => Some(&mut e.value),
            _ => None,
        }
    }
    /// The entry index of a str key (see `get_pystr`).
    #[inline]
    pub fn index_of_pystr(&self, key: &super::PyStr) -> Option<usize> {
        let s = key.as_str();
        self.find(key.hash(), |k| match k.as_pystr() {
            Some(k) => std::ptr::eq(k, key) || k.as_str() == s,
            None => false,
        })
    }
    #[inline]
    pub fn value_at_mut(&mut self, ix: usize) -> &mut Value {
        &mut self.entries[ix].value
    }

    /// Inserts a new key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if ((self.fill as usize).max(self.entries.len()) + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] < DUMMY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        if self.indices[i] == EMPTY {
            self.fill += 1;
        }
        self.indices[i] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version += 1;
    }

    /// Removes the entry at `ix` and returns its key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let hash = self.entries[ix].hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[i] = DUMMY;
        let e = &mut self.entries[ix];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        self.version += 1;
        // Trailing deleted entries can be dropped outright (keeps popitem O(1)).
        while matches!(self.entries.last(), Some(e) if e.key.is_null()) {
            self.entries.pop();
            if self.entries.len() * 8 < self.indices.len() && self.indices.len() > 8 {
                break;
            }
        }
        if self.used == 0 {
            self.clear();
        }
        (key, value)
    }

    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.fill = 0;
        self.version += 1;
    }

    fn grow(&mut self) {
        let want = ((self.used as usize + 1) * 3).next_power_of_two().max(8);
        self.entries.retain(|e| !e.key.is_null());
        self.resize_indices(want);
    }

    fn resize_indices(&mut self, size: usize) {
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = n as u32;
        }
        self.fill = self.entries.len() as u32;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (&e.key, &e.value))
    }
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    /// Raw entry slots (including deleted ones) for position-based iteration.
    pub fn slot_count(&self) -> usize {
        self.entries.len()
    }
    pub fn slot(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }
    /// The first live entry at or after slot `*pos`, advancing `*pos` past it
    /// (position-based iteration that tolerates deletions).
    pub fn next_entry(&self, pos: &mut usize) -> Option<&Entry> {
        while *pos < self.entries.len() {
            let p = *pos;
            *pos += 1;
            if let Some(e) = self.slot(p) {
                return Some(e);
            }
        }
        None
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    // --- str-keyed helpers (namespaces, attribute dicts) ---

    pub fn get_str(&self, key: &str) -> Option<&Value> {
        let h = super::str::hash_bytes(key.as_bytes());
        self.find(h, |k| k.as_str() == Some(key)).map(|ix| &self.entries[ix].value)
    }
    /// Looks up an interned-or-not str key object.
    #[inline]
    pub fn get_pystr(&self, key: &super::PyStr) -> Option<&Value> {
        let h = key.hash();
        let s = key.as_str();
        self.find(h, |k| match k.as_pystr() {
            Some(k) => std::ptr::eq(k, key) || k.as_str() == s,
            None => false,
        })
        .map(|ix| &self.entries[ix].value)
    }
    pub fn set_str(&mut self, key: &str, value: Value) {
        self.set_strval(super::str::intern(key), value)
    }
    /// Sets a key that is a str value.
    pub fn set_strval(&mut self, key: Value, value: Value) {
        let ks = key.as_pystr().expect("str key");
        let h = ks.hash();
        let s = ks.as_str();
        let found = self.find(h, |k| match k.as_pystr() {
            Some(k) => std::ptr::eq(k, ks) || k.as_str() == s,
            None => false,
        });
        match found {
            Some(ix) => self.entries[ix].value = value,
            None => self.insert_new(h, key, value),
        }
    }
    pub fn del_str(&mut self, key: &str) -> Option<Value> {
        let h = super::str::hash_bytes(key.as_bytes());
        let ix = self.find(h, |k| k.as_str() == Some(key))?;
        Some(self.remove_at(ix).1)
    }
}
