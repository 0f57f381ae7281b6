//! Operators: type queries, truthiness, equality, ordering, hashing and the
//! arithmetic operators, with fast paths for the builtin types and the
//! `__op__`/`__rop__` protocol for user classes.

use std::cmp::Ordering;
use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::objects::int::{self, IntRef};
use crate::objects::{Obj, PyObject, PySet, Value};
use crate::syntax::ast::{BinOp, CmpOp};

/// The operator in a TypeError's message: `+`, or `+=` for `a += b`.
fn op_symbol(op: BinOp, inplace: bool) -> String {
    let sym = binop_symbol(op);
    if inplace {
        format!("{}=", sym)
    } else {
        sym.to_string()
    }
}

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn binop_dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        _ => "?",
    }
}

fn cmp_dunder(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("__eq__", "__eq__"),
    }
}

impl Vm {
    pub fn int_err(&self, e: int::IntErr) -> PyErr {
        if e.0 == "MemoryError" {
            return self.new_error_noargs("MemoryError");
        }
        self.new_error(e.0, &e.1)
    }

    // ---- types ----

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Obj {
        let t = self.types();
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match &**o {
                PyObject::Str(_) => t.str_.clone(),
                PyObject::Bytes(_) => t.bytes.clone(),
                PyObject::BigInt(_) => t.int.clone(),
                PyObject::List(_) => t.list.clone(),
                PyObject::Tuple(_) => t.tuple.clone(),
                PyObject::Dict(_) => t.dict.clone(),
                PyObject::Set(_) => t.set.clone(),
                PyObject::FrozenSet(_) => t.frozenset.clone(),
                PyObject::Range(_) | PyObject::BigRange(_) => t.range.clone(),
                PyObject::Slice(_) => t.slice.clone(),
                PyObject::Function(_) => t.function.clone(),
                PyObject::Builtin(_) => t.builtin.clone(),
                PyObject::Method(..) => t.method.clone(),
                PyObject::Type(ty) => ty.meta.clone().unwrap_or_else(|| t.type_.clone()),
                PyObject::Instance(i) => i.class().clone(),
                PyObject::Exception(e) => e.class.borrow().clone(),
                PyObject::Module(_) => t.module.clone(),
                PyObject::Cell(_) => t.cell.clone(),
                PyObject::Code(_) => t.code.clone(),
                PyObject::Iter(it) => match it.try_borrow() {
                    Ok(it) => t.named(it.type_name()).clone(),
                    Err(_) => t.iterator.clone(),
                },
                PyObject::DictView(_, k) => t
                    .named(match k {
                        crate::objects::iter::DictIterKind::Keys => "dict_keys",
                        crate::objects::iter::DictIterKind::Values => "dict_values",
                        crate::objects::iter::DictIterKind::Items => "dict_items",
                    })
                    .clone(),
                PyObject::ByteArray(_) => t.bytearray.clone(),
                PyObject::Complex(..) => t.complex.clone(),
                PyObject::File(f) => t.named(f.type_name()).clone(),
                PyObject::Native(n) => n.class.clone(),
                PyObject::Generator(g) => match g.kind {
                    super::generator::GenKind::Generator => t.generator.clone(),
                    super::generator::GenKind::Coroutine => t.coroutine.clone(),
                    super::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
                },
                PyObject::Property(_) => t.property.clone(),
                PyObject::StaticMethod(_) => t.staticmethod.clone(),
                PyObject::ClassMethod(_) => t.classmethod.clone(),
                PyObject::Super(..) => t.super_.clone(),
                PyObject::NotImplemented => t.notimpl.clone(),
                PyObject::Ellipsis => t.ellipsis.clone(),
            },
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        if let Value::Obj(o) = v {
            match &**o {
                PyObject::Iter(it) if !matches!(&*it.borrow(), crate::objects::iter::PyIter::Deque { .. }) => return it.borrow().type_name().to_string(),
                PyObject::DictView(_, k) => {
                    return match k {
                        crate::objects::iter::DictIterKind::Keys => "dict_keys",
                        crate::objects::iter::DictIterKind::Values => "dict_values",
                        crate::objects::iter::DictIterKind::Items => "dict_items",
                    }
                    .to_string()
                }
                _ => {}
            }
        }
        let t = self.type_of(v);
        self.type_name_of_type(&t)
    }
    pub fn type_name_of_type(&self, t: &Obj) -> String {
        match &**t {
            PyObject::Type(t) => t.tp_name(),
            _ => "?".to_string(),
        }
    }
    /// `<class 'name'>`
    pub fn repr_type(&self, t: &Obj) -> String {
        match &**t {
            PyObject::Type(ty) => {
                let m = ty.module.borrow();
                if *m == "builtins" {
                    format!("<class '{}'>", ty.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", m, ty.qualname.borrow())
                }
            }
            _ => "<class '?'>".to_string(),
        }
    }

    /// The MRO of a type, itself first.
    pub fn mro(&self, t: &Obj) -> Vec<Obj> {
        let mut v = vec![t.clone()];
        if let PyObject::Type(ty) = &**t {
            v.extend(ty.mro_tail.iter().cloned());
        }
        v
    }

    pub fn is_subclass(&self, sub: &Obj, sup: &Obj) -> bool {
        if Rc::ptr_eq(sub, sup) {
            return true;
        }
        match &**sub {
            PyObject::Type(t) => t.mro_tail.iter().any(|m| Rc::ptr_eq(m, sup)),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Obj) -> bool {
        let t = self.type_of(v);
        self.is_subclass(&t, cls)
    }

    /// Looks `name` up along the MRO of `v`'s type.
    #[inline]
    pub fn lookup_special(&self, v: &Value, name: &'static str) -> Option<Value> {
        let t = self.type_of(v);
        match &*t {
            PyObject::Type(ty) => ty.lookup_static(name),
            _ => None,
        }
    }

    /// True when `v`'s behaviour comes from its type's dunders: instances of
    /// user classes (dunders may be Python code) and native objects.
    #[inline]
    pub fn is_user_object(v: &Value) -> bool {
        match v {
            Value::Obj(o) => matches!(&**o, PyObject::Instance(_) | PyObject::Exception(_) | PyObject::Native(_)),
            _ => false,
        }
    }

    /// Calls `type(v).name(v, *args)` if defined; None otherwise.
    pub fn call_special(&mut self, v: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        match self.lookup_special(v, name) {
            Some(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(v.clone());
                full.extend_from_slice(args);
                self.call_descriptor_method(f, v, &full).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Calls a function found on a type as a method of `obj`.
    fn call_descriptor_method(&mut self, f: Value, obj: &Value, args_with_self: &[Value]) -> PyResult<Value> {
        match &f {
            Value::Obj(o) => match &**o {
                PyObject::StaticMethod(inner) => self.call(inner.clone(), &args_with_self[1..]),
                PyObject::ClassMethod(inner) => {
                    let mut a = vec![Value::Obj(self.type_of(obj))];
                    a.extend_from_slice(&args_with_self[1..]);
                    self.call(inner.clone(), &a)
                }
                _ => self.call(f.clone(), args_with_self),
            },
            _ => self.call(f.clone(), args_with_self),
        }
    }

    // ---- truthiness ----

    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match native_truth(v) {
            Some(t) => Ok(t),
            None => self.user_truthy(v),
        }
    }

    fn user_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                other => Err(self.type_error(&format!("__bool__ should return bool, returned {}", self.type_name(&other)))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", &[])? {
            let n = self.len_result(r)?;
            return Ok(n != 0);
        }
        if let Value::Obj(o) = v {
            if let PyObject::Instance(i) = &**o {
                if let Some(b) = &i.base {
                    let b = b.clone();
                    return self.truthy(&b);
                }
            }
        }
        Ok(true)
    }

    /// Validates the result of `__len__`.
    pub fn len_result(&self, r: Value) -> PyResult<i64> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(ref o) if matches!(&**o, PyObject::BigInt(_)) => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            other => Err(self.type_error(&format!("'{}' object cannot be interpreted as an integer", self.type_name(&other)))),
        }
    }

    // ---- equality and hashing ----

    /// `a == b` as a bool.
    #[inline]
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// Sequence equality with the identity shortcut CPython uses for items.
    fn seq_eq(&mut self, a: &[Value], b: &[Value]) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        for i in 0..a.len() {
            let (x, y) = (a[i].clone(), b[i].clone());
            if x.is(&y) {
                continue;
            }
            if !self.eq(&x, &y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None | Value::Null => 0x5f3759df,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => int::hash_i64(*i),
            Value::Float(f) => crate::format::float_hash(f.get()),
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => s.hash(),
                PyObject::BigInt(b) => int::hash_bigint(b),
                PyObject::Bytes(b) => crate::objects::str::hash_bytes(b),
                PyObject::Complex(re, im) => crate::objects::methods::complex::hash(*re, *im),
                PyObject::Tuple(items) => {
                    // xxHash-style combination, as CPython's tuplehash.
                    let mut acc: u64 = 0x27D4EB2F165667C5;
                    for it in items.iter() {
                        let h = self.hash(it)? as u64;
                        acc = acc.wrapping_add(h.wrapping_mul(0xC2B2AE3D27D4EB4F));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(0x9E3779B185EBCA87);
                    }
                    acc = acc.wrapping_add((items.len() as u64) ^ (0x27D4EB2F165667C5 ^ 3527539));
                    let h = acc as i64;
                    if h == -1 {
                        1546275796
                    } else {
                        h
                    }
                }
                PyObject::FrozenSet(s) => {
                    let mut acc: u64 = 0;
                    for it in s.iter() {
                        let h = self.hash(it)? as u64;
                        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                    }
                    acc as i64 & i64::MAX
                }
                PyObject::Range(_) | PyObject::BigRange(_) => return self.range_hash(o),
                PyObject::List(_) | PyObject::Dict(_) | PyObject::Set(_) | PyObject::Slice(_) | PyObject::ByteArray(_) => {
                    return Err(self.type_error(&format!("unhashable type: '{}'", self.type_name(v))));
                }
                // Keys and items views are set-like (compared by value), so unhashable.
                PyObject::DictView(_, k) if *k != crate::objects::iter::DictIterKind::Values => {
                    return Err(self.type_error(&format!("unhashable type: '{}'", self.type_name(v))));
                }
                PyObject::Instance(_) | PyObject::Exception(_) | PyObject::Native(_) => return self.user_hash(v, o),
                PyObject::Method(s, f) => {
                    let (s, f) = (s.clone(), f.clone());
                    self.hash(&s)? ^ self.hash(&f)?
                }
                _ => crate::objects::obj_id(o) >> 4,
            },
        })
    }

    fn user_hash(&mut self, v: &Value, o: &Obj) -> PyResult<i64> {
        match self.lookup_special(v, "__hash__") {
            Some(Value::None) => Err(self.type_error(&format!("unhashable type: '{}'", self.type_name(v)))),
            Some(f) if !crate::objects::function::is_builtin(&f, "__hash__", Some("object")) => {
                let r = self.call(f, &[v.clone()])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::Obj(ref b) if matches!(&**b, PyObject::BigInt(_)) => self.hash(&r),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Ok(crate::objects::obj_id(o) >> 4),
        }
    }

    // ---- ordering ----

    /// Rich comparison; returns the (possibly non-bool) result.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Value::bool(r));
        }
        // User-defined comparisons: reflected first if b's type is a proper subclass.
        let (name, rname) = cmp_dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Rc::ptr_eq(&ta, &tb) && self.is_subclass(&tb, &ta) && Vm::is_user_object(b);
        if b_first {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if Vm::is_user_object(a) {
            if let Some(r) = self.call_special(a, name, &[b.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if !b_first && Vm::is_user_object(b) {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        // Builtin-base instances compare as their base value.
        if let Some((x, y)) = unwrap_bases(a, b) {
            return self.compare(op, &x, &y);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::NotEq => {
                if Vm::is_user_object(a) && self.lookup_special(a, "__eq__").map(|f| !crate::objects::function::is_builtin(&f, "__eq__", Some("object"))).unwrap_or(false) {
                    let r = self.compare(CmpOp::Eq, a, b)?;
                    let t = self.truthy(&r)?;
                    return Ok(Value::bool(!t));
                }
                Ok(Value::bool(!a.is(b)))
            }
            _ => Err(self.type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparisons between builtin values; None if not applicable.
    fn native_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if crate::objects::methods::complex::is_complex(a) || crate::objects::methods::complex::is_complex(b) {
            if let Some(r) = self.complex_compare(op, a, b)? {
                return Ok(Some(r));
            }
        }
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => {
                let (x, y) = (x.get(), y.get());
                return Ok(Some(match op {
                    CmpOp::Eq => x == y,
                    CmpOp::NotEq => x != y,
                    CmpOp::Lt => x < y,
                    CmpOp::LtE => x <= y,
                    CmpOp::Gt => x > y,
                    CmpOp::GtE => x >= y,
                    _ => false,
                }))
            }
            _ => {
                if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
                    Some(match (x, y) {
                        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
                        (x, y) => x.to_big().cmp(&y.to_big()),
                    })
                } else if let (Some(x), Value::Float(f)) = (as_int(a), b) {
                    match int::cmp_int_float(&x, f.get()) {
                        Some(o) => Some(o),
                        None => return Ok(Some(op == CmpOp::NotEq)),
                    }
                } else if let (Value::Float(f), Some(y)) = (a, as_int(b)) {
                    match int::cmp_int_float(&y, f.get()) {
                        Some(o) => Some(o.reverse()),
                        None => return Ok(Some(op == CmpOp::NotEq)),
                    }
                } else {
                    match (a, b) {
                        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
                            (PyObject::Str(s), PyObject::Str(t)) => Some(s.as_str().cmp(t.as_str())),
                            (PyObject::Bytes(s), PyObject::Bytes(t)) => Some(s.cmp(t)),
                            (PyObject::Bytes(_) | PyObject::ByteArray(_), PyObject::Bytes(_) | PyObject::ByteArray(_)) => {
                                let (s, t) = (
                                    crate::objects::methods::bytearray::bytes_like(a).unwrap_or_default(),
                                    crate::objects::methods::bytearray::bytes_like(b).unwrap_or_default(),
                                );
                                Some(s.cmp(&t))
                            }
                            (PyObject::List(_), PyObject::List(_)) | (PyObject::Tuple(_), PyObject::Tuple(_)) => {
                                let xs = seq_items(x);
                                let ys = seq_items(y);
                                return self.seq_compare(op, &xs, &ys).map(Some);
                            }
                            (PyObject::Dict(_), PyObject::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                                let r = self.dict_eq(x, y)?;
                                return Ok(Some(if op == CmpOp::Eq { r } else { !r }));
                            }
                            (PyObject::Set(_) | PyObject::FrozenSet(_), PyObject::Set(_) | PyObject::FrozenSet(_)) => {
                                return self.set_compare(op, x, y).map(Some);
                            }
                            (PyObject::DictView(..), _) | (_, PyObject::DictView(..)) => {
                                if let Some(r) = self.view_compare(op, a, b)? {
                                    return Ok(Some(r));
                                }
                                None
                            }
                            (PyObject::Range(_) | PyObject::BigRange(_), PyObject::Range(_) | PyObject::BigRange(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                                let same = self.range_eq(x, y);
                                return Ok(Some(if op == CmpOp::Eq { same } else { !same }));
                            }
                            (PyObject::Slice(s1), PyObject::Slice(s2)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                                let (a1, a2) = (s1.to_vec(), s2.to_vec());
                                let r = self.seq_eq(&a1, &a2)?;
                                return Ok(Some(if op == CmpOp::Eq { r } else { !r }));
                            }
                            (PyObject::Method(s1, f1), PyObject::Method(s2, f2)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                                let r = s1.is(s2) && f1.is(f2);
                                return Ok(Some(if op == CmpOp::Eq { r } else { !r }));
                            }
                            _ => None,
                        },
                        _ => None,
                    }
                }
            }
        };
        match ord {
            Some(o) => Ok(Some(match op {
                CmpOp::Eq => o == Ordering::Equal,
                CmpOp::NotEq => o != Ordering::Equal,
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                CmpOp::GtE => o != Ordering::Less,
                _ => false,
            })),
            None => {
                // Objects of unrelated builtin kinds are unequal (if no user dunder).
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) && !Vm::is_user_object(a) && !Vm::is_user_object(b) {
                    let same = a.is(b);
                    return Ok(Some(if op == CmpOp::Eq { same } else { !same }));
                }
                Ok(None)
            }
        }
    }

    fn seq_compare(&mut self, op: CmpOp, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            let r = self.seq_eq(xs, ys)?;
            return Ok(if op == CmpOp::Eq { r } else { !r });
        }
        for i in 0..xs.len().min(ys.len()) {
            if xs[i].is(&ys[i]) || self.eq(&xs[i], &ys[i])? {
                continue;
            }
            let r = self.compare(op, &xs[i], &ys[i])?;
            return self.truthy(&r);
        }
        let o = xs.len().cmp(&ys.len());
        Ok(match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            _ => false,
        })
    }

    fn dict_eq(&mut self, x: &Obj, y: &Obj) -> PyResult<bool> {
        let (PyObject::Dict(a), PyObject::Dict(b)) = (&**x, &**y) else { return Ok(false) };
        if a.borrow().len() != b.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = a.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !v.is(&v2) && !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, op: CmpOp, x: &Obj, y: &Obj) -> PyResult<bool> {
        let a = set_of(x);
        let b = set_of(y);
        let sub = |vm: &mut Vm, s: &PySet, t: &Obj| -> PyResult<bool> {
            for k in s.items() {
                if !vm.set_contains(t, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let (la, lb) = (a.len(), b.len());
        Ok(match op {
            CmpOp::Eq => la == lb && sub(self, &a, y)?,
            CmpOp::NotEq => !(la == lb && sub(self, &a, y)?),
            CmpOp::LtE => la <= lb && sub(self, &a, y)?,
            CmpOp::Lt => la < lb && sub(self, &a, y)?,
            CmpOp::GtE => la >= lb && sub(self, &b, x)?,
            CmpOp::Gt => la > lb && sub(self, &b, x)?,
            _ => false,
        })
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
            _ => {
                let r = self.compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    // ---- arithmetic ----

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binop(op, a, b, false)
    }

    /// `a op b`, natively or by the operands' methods (`inplace`: for
    /// `a op= b`, see `user_binop`).
    fn binop(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        if let Some(r) = self.native_binop(op, a, b)? {
            return Ok(r);
        }
        self.user_binop(op, a, b, inplace)
    }

    /// `a op= b`: `__iop__` first, then as `a op b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = a {
            match (&**o, op) {
                (PyObject::List(l), BinOp::Add) => {
                    let items = self.iterate(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                (PyObject::List(l), BinOp::Mul) => {
                    let n = self.index_value(b)?;
                    let mut l = l.borrow_mut();
                    if n <= 0 {
                        l.clear();
                    } else {
                        let orig = l.clone();
                        for _ in 1..n {
                            l.extend(orig.iter().cloned());
                        }
                    }
                    return Ok(a.clone());
                }
                (PyObject::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                    if let Value::Obj(bo) = b {
                        if matches!(&**bo, PyObject::Set(_) | PyObject::FrozenSet(_)) {
                            let r = self.binary_op(op, a, b)?;
                            if let (PyObject::Set(dst), Value::Obj(ro)) = (&**o, &r) {
                                let new = set_of(ro);
                                *dst.borrow_mut() = new;
                            }
                            return Ok(a.clone());
                        }
                    }
                }
                (PyObject::Dict(_), BinOp::BitOr) => {
                    self.dict_update(o, b)?;
                    return Ok(a.clone());
                }
                (PyObject::ByteArray(ba), BinOp::Add | BinOp::Mul) => {
                    // In place: `ba += b'x'`, `ba *= 3` keep the same object.
                    let r = self.binary_op(op, a, b)?;
                    if let Some(bytes) = crate::objects::methods::bytearray::bytes_like(&r) {
                        *ba.borrow_mut() = bytes;
                    }
                    return Ok(a.clone());
                }
                (PyObject::Instance(_) | PyObject::Native(_), _) => {
                    let (_, _, iname) = binop_dunder(op);
                    if let Some(r) = self.call_special(a, iname, &[b.clone()])? {
                        if !is_notimpl(&r) {
                            return Ok(r);
                        }
                    }
                }
                _ => {}
            }
        }
        self.binop(op, a, b, true)
    }

    /// `a op b` by the operands' methods; `inplace`: for `a op= b`, whose
    /// TypeError names the augmented operator.
    fn user_binop(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let (name, rname, _) = binop_dunder(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let b_first = !same && self.is_subclass(&tb, &ta) && Vm::is_user_object(b);
        if b_first {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if Vm::is_user_object(a) {
            if let Some(r) = self.call_special(a, name, &[b.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if !same && !b_first && Vm::is_user_object(b) {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !is_notimpl(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some((x, y)) = unwrap_bases(a, b) {
            return match self.binary_op(op, &x, &y) {
                // The message names the subclasses, not the builtin bases.
                Err(e) if self.err_is(&e, "TypeError") && Vm::exc_args(&e.0).first().and_then(|m| m.as_str()).is_some_and(|m| m.starts_with("unsupported operand")) => Err(self.type_error(&format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op_symbol(op, inplace),
                    self.type_name(a),
                    self.type_name(b)
                ))),
                r => r,
            };
        }
        if op == BinOp::Add {
            if let Some(_) = a.as_str() {
                return Err(self.type_error(&format!("can only concatenate str (not \"{}\") to str", self.type_name(b))));
            }
            if let Value::Obj(o) = a {
                if matches!(&**o, PyObject::List(_)) {
                    return Err(self.type_error(&format!("can only concatenate list (not \"{}\") to list", self.type_name(b))));
                }
                if matches!(&**o, PyObject::Tuple(_)) {
                    return Err(self.type_error(&format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b))));
                }
                if matches!(&**o, PyObject::Bytes(_) | PyObject::ByteArray(_)) {
                    return Err(self.type_error(&format!("can't concat {} to {}", self.type_name(b), self.type_name(a))));
                }
                if crate::objects::deque::deque_of(a).is_some() {
                    return Err(crate::objects::methods::deque_ops::concat_error(self, b));
                }
            }
        }
        if op == BinOp::Mul && (is_sequence(a) && !matches!(b, Value::Int(_) | Value::Bool(_)) || is_sequence(b) && !matches!(a, Value::Int(_) | Value::Bool(_))) {
            let other = if is_sequence(a) { b } else { a };
            if as_int(other).is_none() {
                return Err(self.type_error(&format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))));
            }
        }
        Err(self.type_error(&format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op_symbol(op, inplace),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// Arithmetic on builtin values; None when neither side handles it.
    #[inline]
    pub fn native_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // Small ints first: the hot path of every loop.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let fast = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
                BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(Some(Value::Int(r)));
            }
        }
        // Floats have no bitwise operators, shifts or `@`: the general path
        // reports those with both operand types.
        let float_op = !matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMul);
        if let (Value::Float(x), Value::Float(y), true) = (a, b, float_op) {
            return self.float_binop(op, x.get(), y.get()).map(Some);
        }
        match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => {
                if op == BinOp::Div {
                    return int::int_truediv(x, y).map(|f| Some(Value::float(f))).map_err(|e| self.int_err(e));
                }
                if op == BinOp::MatMul {
                    return Ok(None);
                }
                let r = match int::int_binop(op, x, y) {
                    Ok(v) => v,
                    Err(("float", _)) => {
                        let (fx, fy) = (self.to_f64(a)?, self.to_f64(b)?);
                        return self.float_binop(op, fx, fy).map(Some);
                    }
                    Err(e) => return Err(self.int_err(e)),
                };
                // bool & bool stays bool
                if let (Value::Bool(_), Value::Bool(_), Value::Int(i)) = (a, b, &r) {
                    if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
                        return Ok(Some(Value::bool(*i != 0)));
                    }
                }
                return Ok(Some(r));
            }
            (Some(_), None) if float_op && matches!(b, Value::Float(_)) => {
                let fx = self.to_f64(a)?;
                let Value::Float(fy) = b else { return Ok(None) };
                return self.float_binop(op, fx, fy.get()).map(Some);
            }
            (None, Some(_)) if float_op && matches!(a, Value::Float(_)) => {
                let fy = self.to_f64(b)?;
                let Value::Float(fx) = a else { return Ok(None) };
                return self.float_binop(op, fx.get(), fy).map(Some);
            }
            _ => {}
        }
        if crate::objects::methods::complex::is_complex(a) || crate::objects::methods::complex::is_complex(b) {
            return self.complex_binop(op, a, b);
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            // sequence * int with the int on the left
            if let (Some(_), Value::Obj(_)) = (as_int(a), b) {
                if op == BinOp::Mul && is_sequence(b) {
                    return self.native_binop(op, b, a);
                }
            }
            if let (Value::Obj(x), Some(n)) = (a, as_int(b)) {
                if op == BinOp::Mul {
                    return self.repeat(x, n).map(|v| v);
                }
                if op == BinOp::Mod {
                    if let PyObject::Str(s) = &**x {
                        return crate::objects::methods::str_format::percent_format(self, s.as_str(), b).map(Some);
                    }
                }
            }
            if let (Value::Obj(x), Value::Float(_) | Value::None | Value::Bool(_)) = (a, b) {
                if op == BinOp::Mod {
                    if let PyObject::Str(s) = &**x {
                        return crate::objects::methods::str_format::percent_format(self, s.as_str(), b).map(Some);
                    }
                }
            }
            if let (Value::Obj(x), false) = (a, matches!(b, Value::Obj(_))) {
                if op == BinOp::Mod && matches!(&**x, PyObject::Bytes(_) | PyObject::ByteArray(_)) {
                    return crate::objects::methods::bytearray::percent_format(self, a, b).map(Some);
                }
            }
            return Ok(None);
        };
        match (&**x, &**y, op) {
            (PyObject::Str(s), PyObject::Str(t), BinOp::Add) => {
                let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
                r.push_str(s.as_str());
                r.push_str(t.as_str());
                Ok(Some(Value::string(r)))
            }
            (PyObject::Str(s), _, BinOp::Mod) => crate::objects::methods::str_format::percent_format(self, s.as_str(), b).map(Some),
            (PyObject::List(l), PyObject::List(m), BinOp::Add) => {
                let mut r = l.borrow().clone();
                r.extend(m.borrow().iter().cloned());
                Ok(Some(Value::list(r)))
            }
            (PyObject::Tuple(l), PyObject::Tuple(m), BinOp::Add) => {
                let mut r = l.to_vec();
                r.extend(m.iter().cloned());
                Ok(Some(Value::tuple(r)))
            }
            (PyObject::Bytes(l), PyObject::Bytes(m), BinOp::Add) => {
                let mut r = l.to_vec();
                r.extend_from_slice(m);
                Ok(Some(Value::bytes(r)))
            }
            // bytes + bytearray is bytes; bytearray + either is a bytearray.
            (PyObject::Bytes(_) | PyObject::ByteArray(_), PyObject::Bytes(_) | PyObject::ByteArray(_), BinOp::Add) => {
                use crate::objects::methods::bytearray::{bytes_like, new};
                let mut r = bytes_like(a).unwrap_or_default();
                r.extend(bytes_like(b).unwrap_or_default());
                Ok(Some(if matches!(&**x, PyObject::ByteArray(_)) { new(r) } else { Value::bytes(r) }))
            }
            (PyObject::Bytes(_) | PyObject::ByteArray(_), _, BinOp::Mod) => crate::objects::methods::bytearray::percent_format(self, a, b).map(Some),
            (PyObject::Dict(_), PyObject::Dict(_), BinOp::BitOr) => {
                let r = Value::dict(match &**x {
                    PyObject::Dict(d) => d.borrow().clone(),
                    _ => unreachable!("matched"),
                });
                if let Value::Obj(ro) = &r {
                    self.dict_update(ro, b)?;
                }
                Ok(Some(r))
            }
            (PyObject::Set(_) | PyObject::FrozenSet(_), PyObject::Set(_) | PyObject::FrozenSet(_), _) => self.set_binop(op, x, y),
            (PyObject::DictView(..), _, _) | (_, PyObject::DictView(..), _) => self.view_binop(op, a, b),
            // sequence * big int (either order): repeat() reports the overflow
            (_, PyObject::BigInt(_), BinOp::Mul) if is_sequence(a) => match as_int(b) {
                Some(n) => self.repeat(x, n),
                None => Ok(None),
            },
            (PyObject::BigInt(_), _, BinOp::Mul) if is_sequence(b) => match as_int(a) {
                Some(n) => self.repeat(y, n),
                None => Ok(None),
            },
            (PyObject::BigInt(_), _, _) | (_, PyObject::BigInt(_), _) => Ok(None),
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, x: &Obj, n: IntRef) -> PyResult<Option<Value>> {
        let n = match n {
            IntRef::Small(n) => n.max(0) as usize,
            IntRef::Big(b) => {
                if num_traits::Signed::is_negative(b) {
                    0
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
        };
        let check = |vm: &Vm, len: usize| -> PyResult<()> {
            if len.saturating_mul(n) > (1 << 34) {
                return Err(vm.new_error_noargs("MemoryError"));
            }
            Ok(())
        };
        Ok(Some(match &**x {
            PyObject::Str(s) => {
                check(self, s.as_str().len())?;
                Value::string(s.as_str().repeat(n))
            }
            PyObject::List(l) => {
                let l = l.borrow();
                check(self, l.len())?;
                let mut r = Vec::with_capacity(l.len() * n);
                for _ in 0..n {
                    r.extend(l.iter().cloned());
                }
                Value::list(r)
            }
            PyObject::Tuple(t) => {
                check(self, t.len())?;
                let mut r = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    r.extend(t.iter().cloned());
                }
                Value::tuple(r)
            }
            PyObject::Bytes(b) => {
                check(self, b.len())?;
                Value::bytes(b.repeat(n))
            }
            PyObject::ByteArray(b) => {
                let b = b.borrow().clone();
                check(self, b.len())?;
                crate::objects::methods::bytearray::new(b.repeat(n))
            }
            _ => return Ok(None),
        }))
    }

    pub(crate) fn set_binop(&mut self, op: BinOp, x: &Obj, y: &Obj) -> PyResult<Option<Value>> {
        let a = set_of(x);
        let b = set_of(y);
        let mut out = PySet::new();
        match op {
            BinOp::BitOr => {
                out = a.clone();
                for k in b.items() {
                    self.set_add_to(&mut out, k)?;
                }
            }
            BinOp::BitAnd => {
                for k in a.items() {
                    if self.set_contains(y, &k)? {
                        self.set_add_to(&mut out, k)?;
                    }
                }
            }
            BinOp::Sub => {
                for k in a.items() {
                    if !self.set_contains(y, &k)? {
                        self.set_add_to(&mut out, k)?;
                    }
                }
            }
            BinOp::BitXor => {
                for k in a.items() {
                    if !self.set_contains(y, &k)? {
                        self.set_add_to(&mut out, k)?;
                    }
                }
                for k in b.items() {
                    if !self.set_contains(x, &k)? {
                        self.set_add_to(&mut out, k)?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(match &**x {
            PyObject::FrozenSet(_) => Value::from_obj(PyObject::FrozenSet(out)),
            _ => Value::from_obj(PyObject::Set(std::cell::RefCell::new(out))),
        }))
    }

    pub fn float_binop(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(Value::float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                crate::format::float_floordiv_mod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                crate::format::float_floordiv_mod(x, y).1
            }
            BinOp::Pow => return self.float_pow(x, y),
            _ => {
                return Err(self.type_error(&format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    binop_symbol(op)
                )))
            }
        }))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // A negative base to a fractional power is complex (as in CPython).
            return self.complex_pow((x, 0.0), (y, 0.0));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::float(r))
    }

    /// int or float to f64 (for mixed arithmetic).
    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f.get()),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Obj(o) => match &**o {
                PyObject::BigInt(b) => int::big_to_f64(b).map_err(|e| self.int_err(e)),
                _ => Err(self.type_error(&format!("must be real number, not {}", self.type_name(v)))),
            },
            _ => Err(self.type_error(&format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    pub fn unary_negative(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(*b as i64)),
            Value::Float(f) => Value::float(-f.get()),
            Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => {
                let PyObject::BigInt(b) = &**o else { unreachable!("checked") };
                Value::from_bigint(-b.clone())
            }
            Value::Obj(o) if matches!(&**o, PyObject::Complex(..)) => {
                let PyObject::Complex(re, im) = &**o else { unreachable!("checked") };
                crate::objects::methods::complex::new(-re, -im)
            }
            _ => return self.unary_special(v, "__neg__", "-"),
        })
    }

    pub fn unary_positive(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(_) | Value::Float(_) => v.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Obj(o) if matches!(&**o, PyObject::BigInt(_) | PyObject::Complex(..)) => v.clone(),
            _ => return self.unary_special(v, "__pos__", "+"),
        })
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(*b as i64)),
            Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => {
                let PyObject::BigInt(b) = &**o else { unreachable!("checked") };
                Value::from_bigint(-b.clone() - 1)
            }
            _ => return self.unary_special(v, "__invert__", "~"),
        })
    }

    fn unary_special(&mut self, v: &Value, name: &'static str, sym: &str) -> PyResult<Value> {
        if Vm::is_user_object(v) {
            if let Some(r) = self.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
        Err(self.type_error(&format!("bad operand type for unary {}: '{}'", sym, self.type_name(v))))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &**o {
                PyObject::Str(s) => {
                    return match item.as_str() {
                        Some(sub) => Ok(s.as_str().contains(sub)),
                        None => Err(self.type_error(&format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
                    }
                }
                PyObject::List(l) => {
                    let n = l.borrow().len();
                    for i in 0..n {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => break,
                        };
                        if x.is(item) || self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                PyObject::Tuple(t) => {
                    for x in t.iter() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                PyObject::Dict(_) => return Ok(self.dict_get(o, item)?.is_some()),
                PyObject::Set(_) | PyObject::FrozenSet(_) => return self.set_contains(o, item),
                PyObject::DictView(d, kind) => return self.view_contains(d, *kind, item),
                PyObject::Range(r) => {
                    if let Some(IntRef::Small(i)) = as_int(item) {
                        let r = *r;
                        if r.step > 0 && (i < r.start || i >= r.stop) || r.step < 0 && (i > r.start || i <= r.stop) {
                            return Ok(false);
                        }
                        if let Some(d) = i.checked_sub(r.start) {
                            return Ok(d % r.step == 0);
                        }
                    }
                    if let Some(b) = self.range_contains(o, item) {
                        return Ok(b);
                    }
                }
                PyObject::BigRange(_) => {
                    if let Some(b) = self.range_contains(o, item) {
                        return Ok(b);
                    }
                }
                PyObject::Bytes(b) => {
                    return match item {
                        Value::Int(i) => Ok(*i >= 0 && *i < 256 && b.contains(&(*i as u8))),
                        _ => match item.obj().map(|o| &**o) {
                            Some(PyObject::Bytes(sub)) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                            Some(PyObject::ByteArray(sub)) => {
                                let sub = sub.borrow();
                                Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                            }
                            _ => Err(self.type_error(&format!("a bytes-like object is required, not '{}'", self.type_name(item)))),
                        },
                    }
                }
                PyObject::ByteArray(b) => {
                    let b = b.borrow().clone();
                    return match item {
                        Value::Int(i) => Ok(*i >= 0 && *i < 256 && b.contains(&(*i as u8))),
                        _ => match crate::objects::methods::bytearray::bytes_like(item) {
                            Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                            None => Err(self.type_error(&format!("a bytes-like object is required, not '{}'", self.type_name(item)))),
                        },
                    };
                }
                PyObject::Native(n) => {
                    if let Some(d) = n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                        return crate::objects::methods::deque::contains(self, d, item);
                    }
                    if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
                        return self.truthy(&r);
                    }
                }
                PyObject::Instance(_) => {
                    if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
                        return self.truthy(&r);
                    }
                }
                PyObject::Type(_) => {
                    if let Some(r) = self.meta_special(o, "__contains__", &[item.clone()])? {
                        return self.truthy(&r);
                    }
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_is(&e, "TypeError") => {
                return Err(self.type_error(&format!("argument of type '{}' is not iterable", self.type_name(container))))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// An int usable as an index (`__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &**o {
                PyObject::BigInt(_) => Err(self.new_error("IndexError", "cannot fit 'int' into an index-sized integer")),
                PyObject::Instance(_) => match self.call_special(v, "__index__", &[])? {
                    Some(r) => self.index_value(&r),
                    None => Err(self.type_error(&format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
                },
                _ => Err(self.type_error(&format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
            },
            _ => Err(self.type_error(&format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }
}

/// Equality of builtin values that needs no Python code; None otherwise.
#[inline]
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) if x.unsigned_abs() < (1 << 53) => Some((*x as f64) == y.get()),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::None, Value::None) => Some(true),
        (Value::None, Value::Int(_) | Value::Float(_) | Value::Bool(_)) | (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => {
            if Rc::ptr_eq(x, y) && !matches!(&**x, PyObject::Instance(_)) {
                // NaN inside containers is handled by the identity rule too.
                return Some(true);
            }
            match (&**x, &**y) {
                (PyObject::Str(s), PyObject::Str(t)) => Some(s.as_str() == t.as_str()),
                (PyObject::Str(_), PyObject::Bytes(_) | PyObject::BigInt(_) | PyObject::Tuple(_) | PyObject::List(_)) => Some(false),
                (PyObject::BigInt(s), PyObject::BigInt(t)) => Some(s == t),
                (PyObject::Bytes(s), PyObject::Bytes(t)) => Some(s == t),
                _ => None,
            }
        }
        (Value::Obj(x), Value::Int(_) | Value::Bool(_) | Value::None) | (Value::Int(_) | Value::Bool(_) | Value::None, Value::Obj(x)) => match &**x {
            PyObject::Str(_) | PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_) | PyObject::Dict(_) => Some(false),
            PyObject::BigInt(_) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &**o {
            PyObject::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_notimpl(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, PyObject::NotImplemented))
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, PyObject::Str(_) | PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_) | PyObject::ByteArray(_)))
        || crate::objects::deque::deque_of(v).is_some()
}


pub fn seq_items(o: &Obj) -> Vec<Value> {
    match &**o {
        PyObject::List(l) => l.borrow().clone(),
        PyObject::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

pub fn set_of(o: &Obj) -> PySet {
    match &**o {
        PyObject::Set(s) => s.borrow().clone(),
        PyObject::FrozenSet(s) => s.clone(),
        _ => PySet::new(),
    }
}

/// For instances of builtin subclasses: their wrapped builtin values.
fn unwrap_bases(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let ua = base_value(a);
    let ub = base_value(b);
    if ua.is_none() && ub.is_none() {
        return None;
    }
    Some((ua.unwrap_or_else(|| a.clone()), ub.unwrap_or_else(|| b.clone())))
}

pub fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Instance(i) => i.base.clone(),
            _ => None,
        },
        _ => None,
    }
}

/// `bool(v)` when it needs no Python code (None for instances and other
/// objects that may define `__bool__` or `__len__`).
#[inline]
pub fn native_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None | Value::Null => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => !s.as_str().is_empty(),
            PyObject::List(l) => !l.borrow().is_empty(),
            PyObject::Tuple(t) => !t.is_empty(),
            PyObject::Dict(d) => !d.borrow().is_empty(),
            PyObject::Set(s) => !s.borrow().is_empty(),
            PyObject::FrozenSet(s) => !s.is_empty(),
            PyObject::Bytes(b) => !b.is_empty(),
            PyObject::ByteArray(b) => !b.borrow().is_empty(),
            PyObject::BigInt(_) => true,
            PyObject::Complex(re, im) => *re != 0.0 || *im != 0.0,
            PyObject::Range(r) => r.len() != 0,
            PyObject::BigRange(r) => !num_traits::Zero::is_zero(&crate::objects::methods::range::big_len(&r.start, &r.stop, &r.step)),
            PyObject::Native(n) => match n.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                Some(d) => !d.is_empty(),
                None => return None,
            },
            PyObject::Instance(_) | PyObject::Exception(_) => return None,
            PyObject::Type(t) if t.meta.is_some() => return None,
            _ => true,
        },
    })
}
