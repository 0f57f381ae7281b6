//! `str` storage: UTF-8 text with a cached hash and an ASCII flag, so that
//! indexing ASCII text is O(1) and dict lookups hash each string once.

use std::cell::Cell;

/// A Python `str`.
pub struct PyStr {
    s: Box<str>,
    hash: Cell<i64>,
    /// Number of characters, or `usize::MAX` until computed.
    chars: Cell<usize>,
    /// Interned strings live for the whole process, so their address is a
    /// stable identity (used as a cache key by type attribute lookup).
    interned: Cell<bool>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { usize::MAX };
        PyStr { s: s.into_boxed_str(), hash: Cell::new(-1), chars: Cell::new(chars), interned: Cell::new(false) }
    }
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in characters (code points), as `len()` reports it.
    pub fn char_len(&self) -> usize {
        let n = self.chars.get();
        if n != usize::MAX {
            return n;
        }
        let n = self.s.chars().count();
        self.chars.set(n);
        n
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.s.len()
    }
    /// The character at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
    /// The (cached) hash of the text. Not CPython's value (CPython randomises
    /// str hashes per process), but stable within a process.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
}

/// FNV-1a as a `Hasher`, for the VM's own tables keyed by short names (the
/// interned strings, types and exceptions by name): std's default SipHash
/// costs more than the lookups themselves on these hot paths.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for &c in bytes {
            h ^= c as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` hashed with `Fnv`.
pub type NameMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// The interned strings of the process (shared by all threads, under the GIL).
static INTERNED: crate::runtime::gil::GilCell<std::cell::RefCell<Option<NameMap<Box<str>, super::Value>>>> =
    crate::runtime::gil::GilCell::new(std::cell::RefCell::new(None));

/// The shared str object for an identifier-like name, so that dict lookups
/// of names (globals, attributes) usually match by pointer.
pub fn intern(s: &str) -> super::Value {
    let mut table = INTERNED.get().borrow_mut();
    let t = table.get_or_insert_with(Default::default);
    if let Some(v) = t.get(s) {
        return v.clone();
    }
    let v = super::Value::str(s);
    if let Some(p) = v.as_pystr() {
        p.interned.set(true);
    }
    t.insert(s.into(), v.clone());
    v
}

/// Recently interned names spelled in coil's own source, by address.
static STATIC_NAMES: crate::runtime::gil::GilCell<std::cell::RefCell<[(usize, usize, Option<super::Value>); 128]>> =
    crate::runtime::gil::GilCell::new(std::cell::RefCell::new([const { (0, 0, None) }; 128]));

/// `intern` for a name spelled in coil's own source (a special method name
/// the VM looks up): a string literal's address and length identify it, so
/// a small direct-mapped cache answers without hashing the text.
pub fn intern_static(s: &'static str) -> super::Value {
    let key = s.as_ptr() as usize;
    let slot = (key ^ (key >> 7) ^ s.len()) % 128;
    let mut cache = STATIC_NAMES.get().borrow_mut();
    let e = &mut cache[slot];
    if e.0 == key && e.1 == s.len() {
        if let Some(v) = &e.2 {
            return v.clone();
        }
    }
    let v = intern(s);
    *e = (key, s.len(), Some(v.clone()));
    v
}

/// FNV-1a over the bytes, folded to never be -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}
