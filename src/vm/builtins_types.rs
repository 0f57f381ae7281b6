//! The builtin type objects (`int`, `list`, ..., the exception hierarchy) and
//! the registration of their native methods.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::typeobj::Layout;
use crate::objects::str::NameMap;
use crate::objects::{NativeFn, Obj, PyBuiltin, PyDict, PyObject, PyType, Value};
use crate::vm::Vm;

pub struct Types {
    pub object: Obj,
    pub type_: Obj,
    pub none: Obj,
    pub notimpl: Obj,
    pub ellipsis: Obj,
    pub bool_: Obj,
    pub int: Obj,
    pub float: Obj,
    pub str_: Obj,
    pub bytes: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub function: Obj,
    pub builtin: Obj,
    pub method: Obj,
    pub module: Obj,
    pub cell: Obj,
    pub code: Obj,
    pub iterator: Obj,
    pub generator: Obj,
    pub coroutine: Obj,
    pub async_generator: Obj,
    /// Marks values an async generator yields (as opposed to awaits).
    pub async_wrapped: Obj,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    pub base_exception: Obj,
    pub complex: Obj,
    pub bytearray: Obj,
    /// `collections.deque` (methods in objects/methods/deque.rs).
    pub deque: Obj,
    /// The less common builtin types (one per iterator kind, the dict views,
    /// file objects) by their CPython name; see `NAMED_TYPES`.
    pub named: NameMap<&'static str, Obj>,
    /// Every builtin exception class by name.
    pub exceptions: NameMap<&'static str, Obj>,
    /// Exception names in definition order (for the builtins module).
    pub exception_order: Vec<&'static str>,
}

/// Makes a type object.
pub fn new_type(name: &str, bases: Vec<Obj>, layout: Layout, heap: bool) -> Obj {
    let mut mro_tail: Vec<Obj> = Vec::new();
    if bases.len() == 1 {
        mro_tail.push(bases[0].clone());
        if let PyObject::Type(b) = &*bases[0] {
            mro_tail.extend(b.mro_tail.iter().cloned());
        }
    }
    let builtin_base = bases.iter().find_map(|b| match &**b {
        PyObject::Type(t) => {
            if t.layout == Layout::Builtin && !t.heap {
                Some(b.clone())
            } else {
                t.builtin_base.clone()
            }
        }
        _ => None,
    });
    // A new class may reuse a freed one's address (see AttrCache).
    crate::objects::typeobj::bump_type_epoch();
    Rc::new(PyObject::Type(Box::new(PyType {
        name: name.to_string(),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        bases,
        mro_tail,
        dict: RefCell::new(PyDict::new()),
        layout,
        builtin_base,
        heap,
        cache: RefCell::new(Default::default()),
        hooks: std::cell::Cell::new((u64::MAX, 0)),
        construct: RefCell::new((u64::MAX, Default::default())),
        meta: None,
    })))
}

/// The exception hierarchy of CPython 3.11: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// Builtin types that only need a name: each iterator kind has its own type
/// (so `type(iter([])).__name__` is 'list_iterator' and `isinstance(x,
/// enumerate)` works), plus the dict views and the file object types.
pub const NAMED_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "list_reverseiterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "dict_keys",
    "dict_values",
    "dict_items",
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "_deque_iterator",
    "_deque_reverse_iterator",
    "frame",
    "coroutine_wrapper",
];

impl Types {
    pub fn new() -> Types {
        let object = new_type("object", vec![], Layout::Instance, false);
        let b = |name: &str| new_type(name, vec![object.clone()], Layout::Builtin, false);
        let int = b("int");
        let mut exceptions = NameMap::default();
        let mut exception_order = Vec::new();
        for (name, base) in EXCEPTIONS {
            let base = if base.is_empty() { object.clone() } else { exceptions.get(base).cloned().unwrap_or_else(|| object.clone()) };
            exceptions.insert(*name, new_type(name, vec![base], Layout::Exception, false));
            exception_order.push(*name);
        }
        // io.UnsupportedOperation (an OSError; not a builtin name).
        let unsupported = new_type("UnsupportedOperation", vec![exceptions["OSError"].clone()], Layout::Exception, false);
        if let PyObject::Type(t) = &*unsupported {
            *t.module.borrow_mut() = "io".to_string();
        }
        exceptions.insert("UnsupportedOperation", unsupported);
        let named: NameMap<&'static str, Obj> = NAMED_TYPES.iter().map(|n| (*n, b(n))).collect();
        for io in ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"] {
            if let PyObject::Type(t) = &*named[io] {
                *t.module.borrow_mut() = "_io".to_string();
            }
        }
        for it in ["_deque_iterator", "_deque_reverse_iterator"] {
            if let PyObject::Type(t) = &*named[it] {
                *t.module.borrow_mut() = "_collections".to_string();
            }
        }
        let deque = b("deque");
        if let PyObject::Type(t) = &*deque {
            *t.module.borrow_mut() = "collections".to_string();
        }
        Types {
            deque,
            complex: b("complex"),
            bytearray: b("bytearray"),
            named,
            type_: b("type"),
            none: b("NoneType"),
            notimpl: b("NotImplementedType"),
            ellipsis: b("ellipsis"),
            bool_: new_type("bool", vec![int.clone()], Layout::Builtin, false),
            int,
            float: b("float"),
            str_: b("str"),
            bytes: b("bytes"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            range: b("range"),
            slice: b("slice"),
            function: b("function"),
            builtin: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            cell: b("cell"),
            code: b("code"),
            iterator: b("iterator"),
            generator: b("generator"),
            coroutine: b("coroutine"),
            async_generator: b("async_generator"),
            async_wrapped: new_type("async_generator_wrapped_value", vec![object.clone()], Layout::Instance, false),
            property: b("property"),
            staticmethod: b("staticmethod"),
            classmethod: b("classmethod"),
            super_: b("super"),
            base_exception: exceptions["BaseException"].clone(),
            exceptions,
            exception_order,
            object,
        }
    }

    /// The named builtin type `name` (falls back to the generic iterator type
    /// for a name missing from `NAMED_TYPES`).
    pub fn named(&self, name: &str) -> &Obj {
        self.named.get(name).unwrap_or(&self.iterator)
    }

    /// The builtin exception class `name` (panics only on a misspelt literal).
    pub fn exc(&self, name: &str) -> &Obj {
        match self.exceptions.get(name) {
            Some(t) => t,
            None => &self.exceptions["SystemError"],
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// Adds a native method to a type's dict.
pub fn add_method(ty: &Obj, name: &'static str, func: NativeFn) {
    if let PyObject::Type(t) = &**ty {
        let f = Value::from_obj(PyObject::Builtin(Box::new(PyBuiltin { name, func, owner: Some(leak_name(&t.tp_name())) })));
        t.dict.borrow_mut().set_str(name, f);
        crate::objects::typeobj::bump_type_epoch();
    }
}

/// Adds a read-only property whose getter is a native function of `self`.
pub fn add_property(ty: &Obj, name: &'static str, getter: NativeFn) {
    if let PyObject::Type(t) = &**ty {
        let f = Value::from_obj(PyObject::Builtin(Box::new(PyBuiltin { name, func: getter, owner: Some(leak_name(&t.name)) })));
        let p = Value::from_obj(PyObject::Property(Box::new([f, Value::None, Value::None])));
        t.dict.borrow_mut().set_str(name, p);
        crate::objects::typeobj::bump_type_epoch();
    }
}

/// Adds a class-level attribute wrapped as a classmethod or staticmethod.
pub fn add_classmethod(ty: &Obj, name: &'static str, func: NativeFn) {
    if let PyObject::Type(t) = &**ty {
        let f = Value::from_obj(PyObject::Builtin(Box::new(PyBuiltin { name, func, owner: Some(leak_name(&t.tp_name())) })));
        t.dict.borrow_mut().set_str(name, Value::from_obj(PyObject::ClassMethod(f)));
    }
}

pub fn add_staticmethod(ty: &Obj, name: &'static str, func: NativeFn) {
    if let PyObject::Type(t) = &**ty {
        let f = Value::from_obj(PyObject::Builtin(Box::new(PyBuiltin { name, func, owner: Some(leak_name(&t.tp_name())) })));
        t.dict.borrow_mut().set_str(name, Value::from_obj(PyObject::StaticMethod(f)));
    }
}

/// Builtin type names live for the whole process; intern them once.
fn leak_name(name: &str) -> &'static str {
    thread_local! {
        static NAMES: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::new());
    }
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(s) = n.get(name) {
            return *s;
        }
        let s: &'static str = Box::leak(name.to_string().into_boxed_str());
        n.insert(name.to_string(), s);
        s
    })
}

/// Registers every builtin type's native methods.
pub fn install_methods(vm: &mut Vm) {
    crate::objects::methods::install(vm);
}
