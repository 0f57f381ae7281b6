//! Python values and heap objects.
//!
//! A `Value` is 16 bytes: the immediates (None, bool, small int, float) live
//! inline; everything else is an `Obj`, a plain (non-atomic) reference-counted
//! pointer to a `PyObject`. `Rc` makes `Value` neither `Send` nor `Sync`: values
//! cross OS threads only through the GIL module (see runtime/gil.rs), which is
//! the one place allowed to open them on another thread.
//!
//! Interior mutability uses `RefCell`/`Cell`. Because every touch of the heap
//! happens under the GIL and the GIL is only released at instruction
//! boundaries or inside closures that cannot capture values, no borrow is ever
//! held across a thread switch. Code must still never hold a `RefCell` borrow
//! across a call back into Python (which could re-enter and borrow again).

pub mod deque;
pub mod dict;
pub mod exception;
pub mod function;
pub mod int;
pub mod methods;
pub mod iter;
pub mod native;
pub mod set;
pub mod str;
pub mod typeobj;

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

pub use dict::PyDict;
pub use exception::PyException;
pub use function::{NativeFn, PyBuiltin, PyCode, PyFunction};
pub use iter::PyIter;
pub use set::PySet;
pub use str::PyStr;
pub use typeobj::PyType;

/// A reference to a heap object.
pub type Obj = Rc<PyObject>;

/// A Python value. `Null` is internal only: an unbound local slot, or the
/// empty "self" slot pushed by `LoadMethod`; Python code never sees it.
///
/// Every payload is one 8-byte integer or pointer at the same offset (bools
/// as `Truth`, floats as their bits in `FloatBits`), which makes `Value` a
/// scalar pair to the compiler: it travels in two registers and is stored as
/// two words. With a `bool` or `f64` payload it is an opaque 16-byte
/// aggregate instead, which LLVM builds piecewise in a stack temporary and
/// copies with one 16-byte load; that load stalls on store forwarding, and
/// such stalls were half the time of a `for i in range(n)` loop.
#[derive(Clone)]
pub enum Value {
    Null,
    None,
    Bool(Truth),
    Int(i64),
    Float(FloatBits),
    Obj(Obj),
}

/// A bool, stored in a word (see `Value`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum Truth {
    False = 0,
    True = 1,
}

impl Truth {
    #[inline(always)]
    pub fn get(self) -> bool {
        self == Truth::True
    }
}

impl From<bool> for Truth {
    #[inline(always)]
    fn from(b: bool) -> Truth {
        if b { Truth::True } else { Truth::False }
    }
}

/// An `f64` stored as its bits (see `Value`).
#[derive(Clone, Copy)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// Every kind of heap object. The variant decides the object's builtin
/// behaviour; `Instance` and `Exception` carry their (possibly user) class.
pub enum PyObject {
    Str(PyStr),
    Bytes(Box<[u8]>),
    /// A mutable byte string.
    ByteArray(RefCell<Vec<u8>>),
    BigInt(BigInt),
    /// A complex number (real, imaginary).
    Complex(f64, f64),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<PyDict>),
    Set(RefCell<PySet>),
    FrozenSet(PySet),
    Range(Range),
    /// A range whose bounds or length do not fit in an i64.
    BigRange(Box<methods::range::BigRange>),
    Slice(Box<[Value; 3]>),
    Function(Box<PyFunction>),
    Builtin(Box<PyBuiltin>),
    /// A function bound to its first argument.
    Method(Value, Value),
    Type(Box<PyType>),
    Instance(Instance),
    Exception(Box<PyException>),
    Module(Box<Module>),
    Cell(RefCell<Value>),
    Code(Rc<PyCode>),
    Iter(RefCell<PyIter>),
    /// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
    DictView(Obj, iter::DictIterKind),
    Generator(crate::vm::generator::PyGenerator),
    Property(Box<[Value; 3]>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Value, Value),
    NotImplemented,
    Ellipsis,
    /// A file object made by `open()`.
    File(Box<crate::modules::io_file::PyFile>),
    /// An object of a native module's class (see native.rs).
    Native(Box<native::NativeObject>),
}

/// `range(start, stop, step)` with machine-sized bounds.
#[derive(Clone, Copy)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if lo < hi { (hi - lo - 1) / step + 1 } else { 0 }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// An instance of a user class (or of `object`).
pub struct Instance {
    /// Its class and namespace, under one borrow flag: an attribute load
    /// checks the class and reads the namespace with one borrow.
    slots: RefCell<InstanceSlots>,
    /// For subclasses of builtin containers (`class C(dict)`): the builtin value
    /// the instance wraps.
    pub base: Option<Value>,
}

/// What `obj.__class__ = C` and `obj.__dict__ = d` change.
pub struct InstanceSlots {
    pub class: Obj,
    /// The namespace (shared as `__dict__`): a `PyObject::Dict`, or an
    /// instance of a dict subclass after `obj.__dict__ = d`. Made when
    /// first needed: many instances never get an attribute.
    namespace: Option<Obj>,
}

impl InstanceSlots {
    /// The namespace's dict, None while there is none.
    #[inline]
    pub fn dict_if_any(&self) -> Option<&RefCell<PyDict>> {
        match self.namespace.as_deref() {
            Some(PyObject::Dict(d)) => Some(d),
            _ => self.namespace.as_ref().and_then(namespace_dict),
        }
    }
}

/// The dict inside a namespace object (see `InstanceSlots`).
#[cold]
fn namespace_dict(o: &Obj) -> Option<&RefCell<PyDict>> {
    match &**o {
        PyObject::Dict(d) => Some(d),
        PyObject::Instance(i) => match &i.base {
            Some(Value::Obj(b)) => match &**b {
                PyObject::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

impl Instance {
    pub fn new(class: Obj, base: Option<Value>) -> Instance {
        Instance { slots: RefCell::new(InstanceSlots { class, namespace: None }), base }
    }
    /// The class and the namespace. Not held across anything that could
    /// run Python code (which could assign either).
    #[inline]
    pub fn slots(&self) -> Ref<'_, InstanceSlots> {
        self.slots.borrow()
    }
    #[inline]
    pub fn class(&self) -> Ref<'_, Obj> {
        Ref::map(self.slots.borrow(), |s| &s.class)
    }
    /// `obj.__class__ = c`.
    pub fn set_class(&self, c: Obj) {
        self.slots.borrow_mut().class = c;
    }
    /// The namespace object, `obj.__dict__` (made now if there is none).
    pub fn dict_obj(&self) -> Obj {
        if let Some(d) = &self.slots.borrow().namespace {
            return d.clone();
        }
        self.new_dict();
        self.dict_obj()
    }
    /// The namespace's dict, for changing it (made now if there is none).
    #[inline]
    pub fn dict(&self) -> Ref<'_, RefCell<PyDict>> {
        match self.dict_if_any() {
            Some(d) => d,
            None => {
                self.new_dict();
                self.dict()
            }
        }
    }
    /// The namespace's dict for reading, None while there is none.
    #[inline]
    pub fn dict_if_any(&self) -> Option<Ref<'_, RefCell<PyDict>>> {
        Ref::filter_map(self.slots.borrow(), InstanceSlots::dict_if_any).ok()
    }
    #[cold]
    fn new_dict(&self) {
        self.slots.borrow_mut().namespace = Some(Rc::new(PyObject::Dict(RefCell::new(PyDict::new()))));
    }
    /// `obj.__dict__ = d` (Some: a dict, or an instance of a dict subclass)
    /// or `del obj.__dict__` (None). False, and nothing changed, when `d`
    /// is not a dict.
    pub fn set_dict(&self, d: Option<Obj>) -> bool {
        if d.as_ref().is_some_and(|o| namespace_dict(o).is_none()) {
            return false;
        }
        self.slots.borrow_mut().namespace = d;
        true
    }
}

/// A module: a name and its namespace dict.
pub struct Module {
    pub name: String,
    pub dict: Obj,
}

/// Per-object identity used by `id()` and default hashing.
pub fn obj_id(o: &Obj) -> i64 {
    Rc::as_ptr(o) as *const u8 as usize as i64
}

impl Value {
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(if b { Truth::True } else { Truth::False })
    }
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Tuple(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn as_type(&self) -> Option<&PyType> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Type(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Value::Obj(a), Value::Obj(b)) => {
                // Ellipsis and NotImplemented are singletons even when made
                // twice; a code object is wrapped anew at each `__code__`.
                Rc::ptr_eq(a, b)
                    || match (&**a, &**b) {
                        (PyObject::Ellipsis, PyObject::Ellipsis) | (PyObject::NotImplemented, PyObject::NotImplemented) => true,
                        (PyObject::Code(x), PyObject::Code(y)) => Rc::ptr_eq(x, y),
                        _ => false,
                    }
            }
            _ => false,
        }
    }
    pub fn str(s: &str) -> Value {
        Value::Obj(Rc::new(PyObject::Str(PyStr::new(s.to_string()))))
    }
    pub fn string(s: String) -> Value {
        Value::Obj(Rc::new(PyObject::Str(PyStr::new(s))))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Obj(Rc::new(PyObject::Tuple(items.into_boxed_slice())))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::Obj(Rc::new(PyObject::List(RefCell::new(items))))
    }
    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Obj(Rc::new(PyObject::Bytes(b.into_boxed_slice())))
    }
    pub fn dict(d: PyDict) -> Value {
        Value::Obj(Rc::new(PyObject::Dict(RefCell::new(d))))
    }
    pub fn from_obj(o: PyObject) -> Value {
        Value::Obj(Rc::new(o))
    }
    /// An int from a BigInt, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(Rc::new(PyObject::BigInt(b))),
        }
    }
    pub fn cell(v: Value) -> Value {
        Value::Obj(Rc::new(PyObject::Cell(RefCell::new(v))))
    }
}

/// A hash cache cell: `-1` means "not computed yet" (CPython never returns -1).
pub type HashCache = Cell<i64>;

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_at_most_16_bytes() {
        assert!(std::mem::size_of::<super::Value>() <= 16);
    }
}

/// A rough size in bytes for `sys.getsizeof`, modelled on CPython's layouts.
pub fn approx_size(v: &Value) -> usize {
    match v {
        Value::Null | Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => if *i == 0 { 24 } else { 28 },
        Value::Float(_) => 24,
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => 49 + s.as_str().len(),
            PyObject::Bytes(b) => 33 + b.len(),
            PyObject::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
            PyObject::List(l) => 56 + 8 * l.borrow().capacity(),
            PyObject::Tuple(t) => 40 + 8 * t.len(),
            PyObject::Dict(d) => 64 + 24 * d.borrow().len(),
            PyObject::Set(s) => 216 + 16 * s.borrow().len(),
            _ => 48,
        },
    }
}
