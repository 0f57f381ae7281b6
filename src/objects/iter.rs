//! Builtin iterator objects (list, tuple, str, range, dict views, and the
//! lazy builtins `enumerate`, `zip`, `map`, `filter`, `reversed`).

use super::{Obj, Value};

/// The state of a builtin iterator.
pub enum PyIter {
    /// Over a list, tuple, or any object indexed by position.
    Seq { seq: Obj, index: usize },
    /// Over a list or tuple backwards; `name` is the CPython type name
    /// (`reversed('abc')` walks a copy but is still a 'reversed' object).
    Reversed { seq: Obj, index: usize, name: &'static str },
    Range { next: i64, stop: i64, step: i64 },
    /// Over a range whose bounds do not fit in an i64: (next, remaining, step),
    /// boxed so that every other object stays small.
    BigRange(Box<[num_bigint::BigInt; 3]>),
    /// Over the characters of a str.
    Str { s: Obj, byte: usize },
    /// Over a dict's (or set's) entries: what to yield and where we are.
    Dict { dict: Obj, pos: usize, kind: DictIterKind, len: usize },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// `iter(callable, sentinel)`
    Callable { func: Value, sentinel: Value },
    /// Over a `collections.deque` (the native object), forwards or backwards:
    /// the position of the next item, how many are left, and the deque's
    /// mutation counter when the iterator was made.
    Deque { deque: Obj, next: usize, left: usize, state: u64, reverse: bool },
    /// Over an object with `__getitem__` only.
    GetItem { obj: Value, index: i64 },
    /// Finished; keeps the type name of the iterator it was.
    Exhausted(&'static str),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl PyIter {
    /// CPython's type name for the iterator (for repr and error messages).
    pub fn type_name(&self) -> &'static str {
        match self {
            PyIter::Seq { seq, .. } => match &**seq {
                super::PyObject::Tuple(_) => "tuple_iterator",
                super::PyObject::List(_) => "list_iterator",
                super::PyObject::Bytes(_) => "bytes_iterator",
                super::PyObject::ByteArray(_) => "bytearray_iterator",
                _ => "iterator",
            },
            PyIter::Reversed { name, .. } => name,
            PyIter::Range { .. } => "range_iterator",
            PyIter::BigRange(_) => "longrange_iterator",
            PyIter::Str { .. } => "str_ascii_iterator",
            PyIter::Dict { kind, dict, .. } => match (&**dict, kind) {
                (super::PyObject::Set(_) | super::PyObject::FrozenSet(_), _) => "set_iterator",
                (_, DictIterKind::Keys) => "dict_keyiterator",
                (_, DictIterKind::Values) => "dict_valueiterator",
                (_, DictIterKind::Items) => "dict_itemiterator",
            },
            PyIter::Enumerate { .. } => "enumerate",
            PyIter::Zip { .. } => "zip",
            PyIter::Map { .. } => "map",
            PyIter::Filter { .. } => "filter",
            PyIter::Callable { .. } => "callable_iterator",
            PyIter::GetItem { .. } => "iterator",
            PyIter::Deque { reverse: false, .. } => "_deque_iterator",
            PyIter::Deque { reverse: true, .. } => "_deque_reverse_iterator",
            PyIter::Exhausted(name) => name,
        }
    }
}
