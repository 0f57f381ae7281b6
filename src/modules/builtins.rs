//! The `builtins` module: the functions every script can call by name.

use crate::objects::iter::PyIter;
use crate::objects::methods::{check_args, check_kw, kwarg, no_kw};
use crate::objects::{NativeFn, PyBuiltin, PyObject, Value};
use crate::syntax::ast::BinOp;
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("id", id),
    ("hash", hash),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("sorted", sorted),
    ("iter", iter),
    ("next", next),
    ("aiter", aiter),
    ("anext", anext),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("callable", callable),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("format", format),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("input", input),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("eval", eval),
    ("exec", exec),
    ("compile", compile),
    ("__build_class__", build_class),
    ("__import__", import),
    ("open", crate::modules::io_file::open),
];

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let mut entries: Vec<(&str, Value)> = vec![
        ("object", Value::Obj(t.object.clone())),
        ("type", Value::Obj(t.type_.clone())),
        ("int", Value::Obj(t.int.clone())),
        ("bool", Value::Obj(t.bool_.clone())),
        ("float", Value::Obj(t.float.clone())),
        ("complex", Value::Obj(t.complex.clone())),
        ("bytearray", Value::Obj(t.bytearray.clone())),
        ("enumerate", Value::Obj(t.named("enumerate").clone())),
        ("zip", Value::Obj(t.named("zip").clone())),
        ("map", Value::Obj(t.named("map").clone())),
        ("filter", Value::Obj(t.named("filter").clone())),
        ("reversed", Value::Obj(t.named("reversed").clone())),
        ("str", Value::Obj(t.str_.clone())),
        ("bytes", Value::Obj(t.bytes.clone())),
        ("list", Value::Obj(t.list.clone())),
        ("tuple", Value::Obj(t.tuple.clone())),
        ("dict", Value::Obj(t.dict.clone())),
        ("set", Value::Obj(t.set.clone())),
        ("frozenset", Value::Obj(t.frozenset.clone())),
        ("range", Value::Obj(t.range.clone())),
        ("slice", Value::Obj(t.slice.clone())),
        ("property", Value::Obj(t.property.clone())),
        ("staticmethod", Value::Obj(t.staticmethod.clone())),
        ("classmethod", Value::Obj(t.classmethod.clone())),
        ("super", Value::Obj(t.super_.clone())),
        ("NotImplemented", Value::from_obj(PyObject::NotImplemented)),
        ("Ellipsis", Value::from_obj(PyObject::Ellipsis)),
        ("None", Value::None),
        ("True", Value::bool(true)),
        ("False", Value::bool(false)),
        ("__debug__", Value::bool(true)),
        ("__name__", Value::str("builtins")),
    ];
    for name in &t.exception_order {
        entries.push((name, Value::Obj(t.exceptions[name].clone())));
    }
    // CPython aliases
    entries.push(("EnvironmentError", Value::Obj(t.exceptions["OSError"].clone())));
    entries.push(("IOError", Value::Obj(t.exceptions["OSError"].clone())));
    let mut d = crate::vm::Vm::dict_of(&vm.interp.builtins).borrow_mut();
    for (k, v) in entries {
        d.set_str(k, v);
    }
    for (name, f) in FUNCTIONS {
        d.set_str(name, native(name, *f));
    }
}

/// A builtin function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::from_obj(PyObject::Builtin(Box::new(PyBuiltin { name, func, owner: None })))
}

fn print(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(&format!("sep must be None or a string, not {}", vm.type_name(v)))),
        },
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(&format!("end must be None or a string, not {}", vm.type_name(v)))),
        },
    };
    let file = kwarg(kw, "file").cloned().filter(|f| !f.is_none()).or_else(|| crate::modules::sys::replaced_stdout(vm));
    if file.as_ref().is_some_and(|f| f.is_none()) {
        return Ok(Value::None); // sys.stdout = None: print does nothing
    }
    let flush = match kwarg(kw, "flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    if let Some(f) = file {
        // A file object (or a replaced sys.stdout) gets each piece in its
        // own write(), as in CPython.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.call_method(&f, "write", &[Value::str(&sep)])?;
            }
            let s = match a.as_str() {
                Some(_) => a.clone(),
                None => Value::string(vm.str_of(a)?),
            };
            vm.call_method(&f, "write", &[s])?;
        }
        vm.call_method(&f, "write", &[Value::str(&end)])?;
        if flush {
            vm.call_method(&f, "flush", &[])?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&vm.str_of(a)?),
        }
    }
    out.push_str(&end);
    // sys.stdout is the real stream here (a replaced one was handled above).
    crate::modules::sys::raw_stdout(vm, out.as_bytes());
    if flush {
        crate::modules::sys::flush_stdout(vm);
    }
    Ok(Value::None)
}

/// `len(v)` as a number.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        let n = match &**o {
            PyObject::Str(s) => s.char_len(),
            PyObject::List(l) => l.borrow().len(),
            PyObject::Tuple(t) => t.len(),
            PyObject::Dict(d) => d.borrow().len(),
            PyObject::Set(s) => s.borrow().len(),
            PyObject::FrozenSet(s) => s.len(),
            PyObject::Bytes(b) => b.len(),
            PyObject::ByteArray(b) => b.borrow().len(),
            PyObject::Range(r) => r.len() as usize,
            PyObject::BigRange(_) => return vm.range_len(o),
            PyObject::DictView(d, _) => match &**d {
                PyObject::Dict(d) => d.borrow().len(),
                _ => 0,
            },
            PyObject::Native(n) => match n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                Some(d) => d.len(),
                None => return user_len(vm, v),
            },
            PyObject::Instance(_) => return user_len(vm, v),
            PyObject::Type(_) => {
                if let Some(r) = vm.meta_special(o, "__len__", &[])? {
                    return vm.len_result(r);
                }
                return Err(vm.type_error(&format!("object of type '{}' has no len()", vm.type_name(v))));
            }
            _ => return Err(vm.type_error(&format!("object of type '{}' has no len()", vm.type_name(v)))),
        };
        return Ok(n as i64);
    }
    Err(vm.type_error(&format!("object of type '{}' has no len()", vm.type_name(v))))
}

/// `len()` through the type's `__len__` (or a builtin base value's length).
fn user_len(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(r) = vm.call_special(v, "__len__", &[])? {
        return vm.len_result(r);
    }
    if let Some(b) = crate::vm::ops::base_value(v) {
        return len_of(vm, &b);
    }
    Err(vm.type_error(&format!("object of type '{}' has no len()", vm.type_name(v))))
}

fn len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    len_of(vm, &args[0]).map(Value::Int)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "repr", args, 1, 1)?;
    vm.repr(&args[0]).map(Value::string)
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ascii", args, 1, 1)?;
    vm.ascii_of(&args[0]).map(Value::string)
}

fn class_check(vm: &mut Vm, v: &Value, cls: &Value, fname: &str, f: &dyn Fn(&mut Vm, &crate::objects::Obj) -> PyResult<bool>) -> PyResult<bool> {
    let _ = v;
    match cls {
        Value::Obj(c) => match &**c {
            PyObject::Type(_) => f(vm, c),
            PyObject::Tuple(items) => {
                for it in items.iter() {
                    if class_check(vm, v, it, fname, f)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(vm.type_error(&format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
        },
        _ => Err(vm.type_error(&format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isinstance", args, 2, 2)?;
    // A class whose metaclass is `type` and which defines no
    // `__instancecheck__` of its own: the answer is the MRO's.
    if let Value::Obj(c) = &args[1] {
        if let PyObject::Type(t) = &**c {
            if t.meta.is_none() {
                let vt = vm.type_of(&args[0]);
                if std::rc::Rc::ptr_eq(&vt, c) || vm.is_subclass(&vt, c) {
                    return Ok(Value::bool(true));
                }
                if !t.heap || t.lookup(vm.interp.names.instancecheck.as_pystr().expect("str")).is_none() {
                    return Ok(Value::bool(false));
                }
            }
        }
    }
    let v = args[0].clone();
    let r = class_check(vm, &args[0], &args[1], "isinstance", &|vm, c| {
        if std::rc::Rc::ptr_eq(&vm.type_of(&v), c) {
            return Ok(true);
        }
        // A metaclass __instancecheck__ decides (abc's registered classes).
        if let Some(r) = vm.meta_special(c, "__instancecheck__", &[v.clone()])? {
            return vm.truthy(&r);
        }
        if vm.isinstance(&v, c) {
            return Ok(true);
        }
        // A user __instancecheck__ on the class (abc-style registration).
        if let PyObject::Type(t) = &**c {
            if !t.heap {
                return Ok(false);
            }
            let interp = vm.interp.clone();
            if let Some(ic) = t.lookup(interp.names.instancecheck.as_pystr().expect("str")) {
                if matches!(&ic, Value::Obj(o) if matches!(&**o, PyObject::Function(_) | PyObject::ClassMethod(_))) {
                    let f = match &ic {
                        Value::Obj(o) => match &**o {
                            PyObject::ClassMethod(f) => f.clone(),
                            _ => ic.clone(),
                        },
                        _ => ic.clone(),
                    };
                    let r = vm.call(f, &[Value::Obj(c.clone()), v.clone()])?;
                    return vm.truthy(&r);
                }
            }
        }
        Ok(false)
    })?;
    Ok(Value::bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "issubclass", args, 2, 2)?;
    let sub = args[0].clone();
    let r = class_check(vm, &args[0], &args[1], "issubclass", &|vm, c| {
        // A metaclass __subclasscheck__ decides (abc's registered classes).
        if let Some(r) = vm.meta_special(c, "__subclasscheck__", &[sub.clone()])? {
            return vm.truthy(&r);
        }
        match &sub {
            Value::Obj(s) if matches!(&**s, PyObject::Type(_)) => Ok(vm.is_subclass(s, c)),
            _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
        }
    })?;
    Ok(Value::bool(r))
}

fn id(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Obj(o) => crate::objects::obj_id(o),
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + *b as i64,
        Value::Int(i) => 0x10_0000_0000 ^ i.wrapping_mul(31),
        Value::Float(f) => f.get().to_bits() as i64 & i64::MAX,
        Value::Null => 0,
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hash", args, 1, 1)?;
    vm.hash(&args[0]).map(Value::Int)
}

/// `abs(v)`
pub fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        Value::Obj(o) => match &**o {
            PyObject::BigInt(b) => Ok(Value::from_bigint(num_traits::Signed::abs(b))),
            PyObject::Complex(re, im) => vm.complex_abs(*re, *im),
            _ => match vm.call_special(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(&format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            },
        },
        _ => Err(vm.type_error(&format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn abs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "abs", args, 1, 1)?;
    abs_value(vm, &args[0])
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, want_less: bool) -> PyResult<Value> {
    check_kw(vm, name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let default = kwarg(kw, "default").cloned();
    let items = match args.len() {
        0 => return Err(vm.type_error(&format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(&format!("Cannot specify a default for {}() with multiple positional arguments", name)));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f.clone(), &[it.clone()])?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                // CPython asks `item < best` for min and `item > best` for max
                // (the operand order shows in TypeError messages).
                let better = if want_less {
                    vm.lt(&k, &bk)?
                } else {
                    let r = vm.compare(crate::syntax::ast::CmpOp::Gt, &k, &bk)?;
                    vm.truthy(&r)?
                };
                if better {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(&format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "min", true)
}

fn max(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "max", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "sum", kw, &["start"])?;
    check_args(vm, "sum", args, 1, 2)?;
    let mut acc = args.get(1).cloned().or_else(|| kwarg(kw, "start").cloned()).unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(&acc, Value::Obj(o) if matches!(&**o, PyObject::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args[0])?;
    // Float sums are accumulated like CPython (plain addition, in order).
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(BinOp::Add, &acc, &x)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = vm.iterate(&args[0])?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    crate::objects::methods::list::sorted(vm, items, key, reverse)
}

pub fn reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "reversed", args, 1, 1)?;
    let v = &args[0];
    if let Value::Obj(o) = v {
        match &**o {
            PyObject::List(l) => {
                let n = l.borrow().len();
                return Ok(vm.new_iterator(PyIter::Reversed { seq: o.clone(), index: n, name: "list_reverseiterator" }));
            }
            PyObject::Tuple(t) => return Ok(vm.new_iterator(PyIter::Reversed { seq: o.clone(), index: t.len(), name: "reversed" })),
            PyObject::Range(r) => {
                let n = r.len();
                let last = r.start.checked_add((n - 1).checked_mul(r.step).unwrap_or(i64::MAX)).unwrap_or(i64::MAX);
                // Machine ints when the walk cannot overflow; otherwise BigInts.
                if let (Some(stop), Some(step)) = (r.start.checked_sub(r.step), r.step.checked_neg()) {
                    if n > 0 && last != i64::MAX {
                        return Ok(vm.new_iterator(PyIter::Range { next: last, stop, step }));
                    }
                }
                return Ok(vm.new_iterator(vm.range_iter(o, true)));
            }
            PyObject::BigRange(_) => return Ok(vm.new_iterator(vm.range_iter(o, true))),
            PyObject::Str(_) | PyObject::Bytes(_) | PyObject::ByteArray(_) => {
                let items = vm.iterate(v)?;
                return Ok(reversed_copy(vm, items, "reversed"));
            }
            PyObject::Dict(_) | PyObject::DictView(..) => {
                let (name, items) = crate::objects::methods::dict_views::reversed_items(vm, o)?;
                return Ok(reversed_copy(vm, items, name));
            }
            _ => {}
        }
    }
    if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
        return Ok(r);
    }
    if vm.lookup_special(v, "__len__").is_some() && vm.lookup_special(v, "__getitem__").is_some() {
        let n = len_of(vm, v)?;
        let mut items = Vec::with_capacity(n as usize);
        for i in 0..n {
            items.push(vm.get_item(v, &Value::Int(i))?);
        }
        return Ok(reversed_copy(vm, items, "reversed"));
    }
    Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(v))))
}

/// An iterator walking `items` backwards, reporting itself as type `name`.
fn reversed_copy(vm: &Vm, items: Vec<Value>, name: &'static str) -> Value {
    let n = items.len();
    let Value::Obj(seq) = Value::list(items) else { return Value::None };
    vm.new_iterator(PyIter::Reversed { seq, index: n, name })
}

pub fn enumerate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "enumerate", kw, &["start", "iterable"])?;
    let iterable = args.first().or(kwarg(kw, "iterable")).cloned();
    let Some(iterable) = iterable else { return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")) };
    let start = args.get(1).or(kwarg(kw, "start")).cloned().unwrap_or(Value::Int(0));
    if as_int(&start).is_none() {
        return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&start))));
    }
    let it = vm.get_iter(&iterable)?;
    Ok(vm.new_iterator(PyIter::Enumerate { it, count: start }))
}

pub fn zip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => its.push(it),
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(&format!("zip argument #{} must support iteration", i + 1)));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_iterator(PyIter::Zip { its, strict }))
}

pub fn map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "map", kw)?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iterator(PyIter::Map { func: args[0].clone(), its }))
}

pub fn filter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, "filter", kw)?;
    check_args(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(vm.new_iterator(PyIter::Filter { func: args[0].clone(), it }))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(vm.new_iterator(PyIter::Callable { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    vm.get_iter(&args[0])
}

/// `next`, which the eval loop recognises to resume generators in place.
pub(crate) const NEXT: crate::objects::NativeFn = next;

/// The builtins that stdlib/_consume.py stands in for when their iterable
/// is a generator, with the name of the stand-in.
pub(crate) const CONSUMERS: [(crate::objects::NativeFn, &str); 3] = [(sum, "sum"), (any, "any"), (all, "all")];

fn next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = match it {
        Value::Obj(o) => match &**o {
            PyObject::Iter(_) => true,
            // Coroutines and async generators are not iterators.
            PyObject::Generator(g) => g.kind == crate::vm::generator::GenKind::Generator,
            _ => vm.lookup_special(it, "__next__").is_some(),
        },
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(&format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Obj(o) = it {
        if matches!(&**o, PyObject::Generator(_)) {
            return match vm.resume(o, Value::None, None) {
                Ok(crate::vm::generator::Sent::Yielded(v)) => Ok(v),
                Ok(crate::vm::generator::Sent::Returned(r)) => match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(r)),
                },
                Err(e) => Err(e),
            };
        }
    }
    if Vm::is_user_object(it) {
        // A user __next__'s StopIteration (and its value) passes through.
        return match vm.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.type_error(&format!("'{}' object is not an iterator", vm.type_name(it)))),
            Err(e) if args.len() == 2 && vm.err_is(&e, "StopIteration") => Ok(args[1].clone()),
            Err(e) => Err(e),
        };
    }
    match vm.next(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
        Err(e) if args.len() == 2 && vm.err_is(&e, "StopIteration") => Ok(args[1].clone()),
        Err(e) => Err(e),
    }
}

fn aiter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "aiter", args, 1, 1)?;
    vm.get_aiter(&args[0])
}

/// `anext(aiterator[, default])`: the awaitable of one step.
fn anext(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "anext", args, 1, 2)?;
    let Some(aw) = vm.call_special(&args[0], "__anext__", &[])? else {
        return Err(vm.type_error(&format!("'{}' object is not an async iterator", vm.type_name(&args[0]))));
    };
    match args.get(1) {
        None => Ok(aw),
        Some(d) => {
            let m = vm.private_module("_asyncgen")?;
            let cls = vm.getattr_str(&m, "anext_awaitable")?;
            vm.call(cls, &[aw, d.clone()])
        }
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(&format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr_str(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_is(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &Value::string(name), args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    Ok(Value::bool(vm.getattr_opt(&args[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &crate::objects::PyStr::new(name))?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(vm.is_callable(&args[0])))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        other => {
            if Vm::is_user_object(other) {
                vm.index_value(other)?
            } else {
                return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(other))));
            }
        }
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.value_error("chr() arg is a surrogate, which coil's UTF-8 strings cannot hold")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => {
                let n = s.char_len();
                if n != 1 {
                    return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", n)));
                }
                Ok(Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
            }
            PyObject::Bytes(b) => {
                if b.len() != 1 {
                    return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", b.len())));
                }
                Ok(Value::Int(b[0] as i64))
            }
            _ => Err(vm.type_error(&format!("ord() expected string of length 1, but {} found", vm.type_name(&args[0])))),
        },
        v => Err(vm.type_error(&format!("ord() expected string of length 1, but {} found", vm.type_name(v)))),
    }
}

fn to_base(vm: &mut Vm, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let v = &args[0];
    let v = if as_int(v).is_none() && Vm::is_user_object(v) { Value::Int(vm.index_value(v)?) } else { v.clone() };
    match as_int(&v) {
        Some(crate::objects::int::IntRef::Small(i)) => Ok(Value::string(crate::format::i64_to_base(i, base, true))),
        Some(crate::objects::int::IntRef::Big(b)) => Ok(Value::string(crate::format::int_to_base(b, base, true))),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
    }
}

fn hex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    to_base(vm, args, "hex", 16)
}
fn bin(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    to_base(vm, args, "bin", 2)
}
fn oct(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    to_base(vm, args, "oct", 8)
}

fn format(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(&format!("format() argument 2 must be str, not {}", vm.type_name(s)))),
        },
        None => String::new(),
    };
    vm.format_value(&args[0], &spec).map(Value::string)
}

fn round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "round", kw, &["number", "ndigits"])?;
    let Some(x) = args.first().or(kwarg(kw, "number")).cloned() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args.get(1).or(kwarg(kw, "ndigits")).cloned().filter(|v| !v.is_none());
    match &x {
        Value::Float(f) => match nd {
            None => {
                let r = crate::format::round_half_even(f.get());
                crate::objects::int::float_to_int(r).map_err(|e| vm.int_err(e))
            }
            Some(n) => {
                let n = vm.index_value(&n)?;
                crate::format::round_float(f.get(), n).map(Value::float).map_err(|m| vm.new_error(crate::format::exception_type(&m), &m))
            }
        },
        _ if as_int(&x).is_some() => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(b as i64),
                other => other,
            }),
            Some(n) => {
                let n = vm.index_value(&n)?;
                if n >= 0 {
                    return Ok(x.clone());
                }
                // Round half to even at 10**-n.
                let p = vm.binary_op(BinOp::Pow, &Value::Int(10), &Value::Int(-n))?;
                let q = vm.binary_op(BinOp::FloorDiv, &x, &p)?;
                let r = vm.binary_op(BinOp::Mod, &x, &p)?;
                let twice = vm.binary_op(BinOp::Mul, &r, &Value::Int(2))?;
                let up = vm.lt(&p, &twice)? || (vm.eq(&twice, &p)? && vm.binary_op(BinOp::Mod, &q, &Value::Int(2))?.is(&Value::Int(1)));
                let q = if up { vm.binary_op(BinOp::Add, &q, &Value::Int(1))? } else { q };
                vm.binary_op(BinOp::Mul, &q, &p)
            }
        },
        _ => {
            let args: Vec<Value> = nd.into_iter().collect();
            match vm.call_special(&x, "__round__", &args)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(&format!("type {} doesn't define __round__ method", vm.type_name(&x)))),
            }
        }
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(_), Some(_)) = (as_int(a), as_int(b)) {
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Ok(x), Ok(y)) = (vm.to_f64(a), vm.to_f64(b)) {
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::format::float_floordiv_mod(x, y);
            return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
        }
    }
    if let Some(r) = vm.call_special(a, "__divmod__", &[b.clone()])? {
        if !crate::vm::ops::is_notimpl(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_special(b, "__rdivmod__", &[a.clone()])? {
        if !crate::vm::ops::is_notimpl(&r) {
            return Ok(r);
        }
    }
    Err(vm.type_error(&format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "pow", kw, &["base", "exp", "mod"])?;
    let base = args.first().or(kwarg(kw, "base")).cloned();
    let exp = args.get(1).or(kwarg(kw, "exp")).cloned();
    let (Some(base), Some(exp)) = (base, exp) else { return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)")) };
    let m = args.get(2).or(kwarg(kw, "mod")).cloned().filter(|m| !m.is_none());
    match m {
        None => vm.binary_op(BinOp::Pow, &base, &exp),
        Some(m) => match (as_int(&base), as_int(&exp), as_int(&m)) {
            (Some(b), Some(e), Some(md)) => crate::objects::int::int_pow_mod(&b.to_big(), &e.to_big(), &md.to_big())
                .map(Value::from_bigint)
                .map_err(|e| vm.int_err(e)),
            _ => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
        },
    }
}

fn input(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        crate::modules::sys::write_stdout(vm, &s)?;
    }
    crate::modules::sys::flush_stdout(vm);
    match crate::modules::sys::read_stdin_line(vm)? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        None => Err(vm.new_error("EOFError", "EOF when reading a line")),
    }
}

fn current_globals(vm: &Vm) -> Value {
    match vm.frames.last() {
        Some(f) => Value::Obj(f.globals.clone()),
        None => Value::None,
    }
}

fn globals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "globals", args, 0, 0)?;
    Ok(current_globals(vm))
}

/// The calling frame's locals as a dict (a snapshot in functions).
fn frame_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else { return Ok(Value::None) };
    if let Some(l) = &f.locals {
        return Ok(Value::Obj(l.clone()));
    }
    let code = f.code.clone();
    let mut pairs = Vec::new();
    for (i, n) in code.varnames.iter().enumerate() {
        let v = f.stack.get(i).cloned().unwrap_or(Value::Null);
        if !v.is_null() {
            pairs.push((Value::str(n), v));
        }
    }
    for (i, n) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let v = crate::vm::frame::cell_value(f.cell(i));
        if !v.is_null() {
            pairs.push((Value::str(n), v));
        }
    }
    vm.new_dict(pairs)
}

fn locals(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "locals", args, 0, 0)?;
    frame_locals(vm)
}

fn vars(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => frame_locals(vm),
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    let mut names = match args.first() {
        None => {
            let l = frame_locals(vm)?;
            match &l {
                Value::Obj(o) => match &**o {
                    PyObject::Dict(d) => d.borrow().keys(),
                    _ => vec![],
                },
                _ => vec![],
            }
        }
        Some(v) => {
            if let Some(f) = vm.lookup_special(v, "__dir__") {
                if !matches!(&f, Value::Obj(o) if matches!(&**o, PyObject::Builtin(_))) {
                    let r = vm.call(f, &[v.clone()])?;
                    vm.iterate(&r)?
                } else {
                    vm.dir_of(v)?
                }
            } else {
                vm.dir_of(v)?
            }
        }
    };
    let mut strs: Vec<String> = names.drain(..).filter_map(|n| n.as_str().map(|s| s.to_string())).collect();
    strs.sort();
    strs.dedup();
    Ok(Value::list(strs.into_iter().map(Value::string).collect()))
}

/// `eval(source, globals=None, locals=None)` and `exec`.
fn eval_or_exec(vm: &mut Vm, args: &[Value], is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    check_args(vm, name, args, 1, 3)?;
    let globals = match args.get(1) {
        Some(Value::Obj(g)) if matches!(&**g, PyObject::Dict(_)) => g.clone(),
        Some(Value::None) | None => match current_globals(vm) {
            Value::Obj(g) => g,
            _ => return Err(vm.runtime_error("no current globals")),
        },
        Some(other) => {
            return Err(vm.type_error(&format!("{}() globals must be a dict, not {}", name, vm.type_name(other))));
        }
    };
    {
        let mut g = Vm::dict_of(&globals).borrow_mut();
        if g.get_str("__builtins__").is_none() {
            g.set_str("__builtins__", Value::Obj(vm.interp.builtins.clone()));
        }
    }
    let locals = match args.get(2) {
        Some(Value::Obj(l)) if matches!(&**l, PyObject::Dict(_)) => Some(l.clone()),
        _ => {
            if args.get(1).map(|v| v.is_none()).unwrap_or(true) {
                vm.frames.last().and_then(|f| f.locals.clone())
            } else {
                None
            }
        }
    };
    let code = match &args[0] {
        Value::Obj(o) => match &**o {
            PyObject::Code(c) => c.clone(),
            PyObject::Str(s) => {
                let src = s.as_str().to_string();
                if is_eval {
                    let src = src.trim_start_matches([' ', '\t']);
                    let e = match crate::syntax::parse_expression(src) {
                        Ok(e) => e,
                        Err(err) => return Err(vm.syntax_error(&err, "<string>", Some(src))),
                    };
                    crate::compiler::compile_eval(&e, "<string>").map_err(|err| vm.syntax_error(&err, "<string>", Some(src)))?
                } else {
                    vm.compile_source(&src, "<string>", crate::compiler::Mode::Exec)?
                }
            }
            _ => return Err(vm.type_error(&format!("{}() arg 1 must be a string, bytes or code object", name))),
        },
        _ => return Err(vm.type_error(&format!("{}() arg 1 must be a string, bytes or code object", name))),
    };
    let r = vm.run_code(code, &globals, locals)?;
    Ok(if is_eval { r } else { Value::None })
}

fn eval(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    eval_or_exec(vm, args, true)
}

fn exec(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    eval_or_exec(vm, args, false)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`:
/// a code object for `exec` ('exec', 'single') or `eval` ('eval').
fn compile(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "compile", kw, &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"])?;
    check_args(vm, "compile", args, 0, 6)?;
    let names = ["source", "filename", "mode"];
    let mut req = Vec::with_capacity(3);
    for (i, n) in names.iter().enumerate() {
        match args.get(i).or(kwarg(kw, n)) {
            Some(v) => req.push(v.clone()),
            None => return Err(vm.type_error(&format!("compile() missing required argument '{}' (pos {})", n, i + 1))),
        }
    }
    let source = match &req[0] {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => s.as_str().to_string(),
            PyObject::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => s.to_string(),
                Err(_) => return Err(vm.new_error("SyntaxError", "source code is not valid UTF-8")),
            },
            _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    if source.contains('\0') {
        return Err(vm.new_error("SyntaxError", "source code string cannot contain null bytes"));
    }
    let filename = match &req[1] {
        Value::Obj(o) if matches!(&**o, PyObject::Bytes(_)) => {
            let PyObject::Bytes(b) = &**o else { unreachable!("checked") };
            String::from_utf8_lossy(b).to_string()
        }
        v => match v.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
        },
    };
    let Some(mode) = req[2].as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error(&format!("compile() argument 'mode' must be str, not {}", vm.type_name(&req[2]))));
    };
    let code = match mode.as_str() {
        "exec" => vm.compile_source(&source, &filename, crate::compiler::Mode::Exec)?,
        "single" => vm.compile_source(&source, &filename, crate::compiler::Mode::Single)?,
        "eval" => {
            let e = match crate::syntax::parse_expression(&source) {
                Ok(e) => e,
                Err(err) => return Err(vm.syntax_error(&err, &filename, Some(&source))),
            };
            crate::compiler::compile_eval(&e, &filename).map_err(|err| vm.syntax_error(&err, &filename, Some(&source)))?
        }
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(Value::from_obj(PyObject::Code(code)))
}

fn build_class(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.build_class(args, kw)
}

fn import(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__import__", args, 1, 5)?;
    let Some(name) = args[0].as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args.get(3).or(kwarg(kw, "fromlist")).cloned().unwrap_or(Value::None);
    let level = match args.get(4).or(kwarg(kw, "level")) {
        Some(Value::Int(l)) => *l as usize,
        _ => 0,
    };
    let globals = match current_globals(vm) {
        Value::Obj(g) => g,
        _ => return Err(vm.runtime_error("no globals")),
    };
    vm.import(&name, &fromlist, level, &globals)
}
