//! The state of a `collections.deque`: a ring buffer of values, the
//! optional size limit, and a mutation counter that live iterators compare
//! against (CPython's `state`: bumped whenever items move or the ends
//! change, not by item assignment or `reverse()`).
//!
//! Operations here never call Python code; callers that do (comparisons
//! in `count`, `index`, ...) copy an item out first and re-check `state()`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use super::{Obj, PyObject, Value};

pub struct PyDeque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl Default for PyDeque {
    fn default() -> Self {
        PyDeque { items: RefCell::new(VecDeque::new()), maxlen: Cell::new(None), state: Cell::new(0) }
    }
}

impl PyDeque {
    pub fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> PyDeque {
        PyDeque { items: RefCell::new(items), maxlen: Cell::new(maxlen), state: Cell::new(0) }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen.get()
    }

    pub fn set_maxlen(&self, m: Option<usize>) {
        self.maxlen.set(m);
    }

    /// The mutation counter.
    #[inline(always)]
    pub fn state(&self) -> u64 {
        self.state.get()
    }

    #[inline(always)]
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Appends on the right, dropping from the left past `maxlen`.
    #[inline(always)]
    pub fn push_back(&self, v: Value) {
        let dropped = {
            let mut d = self.items.borrow_mut();
            d.push_back(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    #[inline(always)]
    pub fn push_front(&self, v: Value) {
        let dropped = {
            let mut d = self.items.borrow_mut();
            d.push_front(v);
            match self.maxlen.get() {
                Some(m) if d.len() > m => d.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    #[inline(always)]
    pub fn pop_back(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_back();
        if v.is_some() {
            self.bump();
        }
        v
    }

    #[inline(always)]
    pub fn pop_front(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_front();
        if v.is_some() {
            self.bump();
        }
        v
    }

    /// The item at position `i` (0 = leftmost).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Replaces the item at `i` (in range); returns the old one.
    pub fn set(&self, i: usize, v: Value) -> Option<Value> {
        let mut d = self.items.borrow_mut();
        d.get_mut(i).map(|slot| std::mem::replace(slot, v))
    }

    /// Removes the item at `i` (in range).
    pub fn remove(&self, i: usize) -> Option<Value> {
        let v = self.items.borrow_mut().remove(i);
        self.bump();
        v
    }

    /// Inserts before position `i` (clamped to the ends); the caller checks `maxlen`.
    pub fn insert(&self, i: usize, v: Value) {
        {
            let mut d = self.items.borrow_mut();
            let i = i.min(d.len());
            d.insert(i, v);
        }
        self.bump();
    }

    /// Rotates `n` steps to the right (left when negative).
    pub fn rotate(&self, n: i64) {
        let mut d = self.items.borrow_mut();
        let len = d.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        // Move the fewer items: right by k is left by len - k.
        if k <= len / 2 {
            d.rotate_right(k);
        } else {
            d.rotate_left(len - k);
        }
        drop(d);
        self.bump();
    }

    pub fn reverse(&self) {
        self.items.borrow_mut().make_contiguous().reverse();
    }

    /// Empties the deque, handing back the old items (for the caller to
    /// drop outside any borrow).
    pub fn take_all(&self) -> VecDeque<Value> {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        if !old.is_empty() {
            self.bump();
        }
        old
    }

    /// The items, borrowed: the caller must not run Python code while
    /// holding them.
    #[inline(always)]
    pub fn items(&self) -> std::cell::Ref<'_, VecDeque<Value>> {
        self.items.borrow()
    }

    /// A snapshot of the items, left to right.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Appends copies of the items `times - 1` more times (`d *= times`
    /// for times >= 2), trimming to `maxlen` from the left as appends do.
    pub fn repeat_in_place(&self, times: usize) {
        let mut d = self.items.borrow_mut();
        let size = d.len();
        if size == 0 || times <= 1 {
            return;
        }
        let total = size.saturating_mul(times);
        let keep = self.maxlen.get().map_or(total, |m| m.min(total));
        // The result is the last `keep` items of the full repetition.
        let skip = total - keep;
        let orig: Vec<Value> = d.iter().cloned().collect();
        let mut out = VecDeque::with_capacity(keep);
        for j in skip..total {
            out.push_back(orig[j % size].clone());
        }
        let old = std::mem::replace(&mut *d, out);
        drop(d);
        drop(old);
        self.bump();
    }
}

/// The deque state of a `collections.deque` or of an instance of a
/// subclass (which wraps one).
#[inline(always)]
pub fn deque_of(v: &Value) -> Option<&PyDeque> {
    match v {
        Value::Obj(o) => deque_of_obj(o),
        _ => None,
    }
}

/// The state of a plain `collections.deque` object (not a subclass instance).
#[inline(always)]
pub fn native_deque(o: &Obj) -> Option<&PyDeque> {
    match &**o {
        PyObject::Native(n) => n.data.downcast_ref::<PyDeque>(),
        _ => None,
    }
}

#[inline(always)]
pub fn deque_of_obj(o: &Obj) -> Option<&PyDeque> {
    match &**o {
        PyObject::Native(n) => n.data.downcast_ref::<PyDeque>(),
        PyObject::Instance(i) => i.base.as_ref().and_then(|b| b.native_ref::<PyDeque>()),
        _ => None,
    }
}
