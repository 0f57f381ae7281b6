//! `set` and `frozenset` storage: a `PyDict` whose values are unused.
//! Insertion order is kept internally but never promised to Python code.

use super::{PyDict, Value};

#[derive(Clone, Default)]
pub struct PySet {
    pub table: PyDict,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().map(|(k, _)| k)
    }
    pub fn items(&self) -> Vec<Value> {
        self.table.keys()
    }
}
