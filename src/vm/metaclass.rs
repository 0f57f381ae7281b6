//! Metaclasses: choosing the metaclass of a new class, and dispatching the
//! operations on a class object (`iter(C)`, `len(C)`, `C[k]`, `C(...)`,
//! `repr(C)` ...) to the methods a user metaclass (a subclass of `type`)
//! defines. Classes whose metaclass is plain `type` never reach the Python
//! code here, so ordinary classes pay nothing.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{Obj, PyObject, Value};

impl Vm {
    /// The metaclass for `class X(*bases, metaclass=explicit)`: the most
    /// derived of the explicit one and the bases' metaclasses (CPython's
    /// `_PyType_CalculateMetaclass`). A non-type `metaclass=` callable is
    /// returned as is.
    pub fn calculate_meta(&mut self, explicit: Option<Value>, bases: &[Obj]) -> PyResult<Value> {
        let mut winner = match explicit {
            Some(Value::Obj(m)) if matches!(&*m, PyObject::Type(_)) => m,
            Some(other) => return Ok(other),
            None => match bases.first() {
                Some(b) => self.type_of(&Value::Obj(b.clone())),
                None => self.types().type_.clone(),
            },
        };
        for b in bases {
            let bt = self.type_of(&Value::Obj(b.clone()));
            if self.is_subclass(&winner, &bt) {
                continue;
            }
            if self.is_subclass(&bt, &winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(Value::Obj(winner))
    }

    /// True when `v` is the builtin `type` itself.
    pub fn is_type_type(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.types().type_))
    }

    /// The user metaclass's own (Python-level) definition of `name` for the
    /// class `cls`; None for classes of plain `type`, and for the methods
    /// `type` and `object` provide natively (the callers' usual paths).
    pub fn meta_override(&self, cls: &Obj, name: &str) -> Option<Value> {
        let PyObject::Type(t) = &**cls else { return None };
        let meta = t.meta.as_ref()?;
        let PyObject::Type(mt) = &**meta else { return None };
        let f = mt.lookup_str(name)?;
        let native = match &f {
            Value::Obj(o) => match &**o {
                PyObject::Builtin(_) => true,
                PyObject::StaticMethod(i) | PyObject::ClassMethod(i) => matches!(i, Value::Obj(io) if matches!(&**io, PyObject::Builtin(_))),
                _ => false,
            },
            _ => false,
        };
        if native {
            return None;
        }
        Some(f)
    }

    /// Calls the metaclass's `name(cls, *args)` if the metaclass defines it.
    pub fn meta_special(&mut self, cls: &Obj, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        if self.meta_override(cls, name).is_none() {
            return Ok(None);
        }
        self.call_special(&Value::Obj(cls.clone()), name, args)
    }

    /// `cls(*args, **kw)` through a metaclass `__call__`, if there is one.
    pub fn meta_call(&mut self, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Option<Value>> {
        let Some(f) = self.meta_override(cls, "__call__") else { return Ok(None) };
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(Value::Obj(cls.clone()));
        a.extend_from_slice(args);
        let f = match &f {
            Value::Obj(o) => match &**o {
                PyObject::StaticMethod(inner) => return self.call_kw(inner.clone(), args, kw).map(Some),
                _ => f.clone(),
            },
            _ => f,
        };
        self.call_kw(f, &a, kw).map(Some)
    }

    /// A class attribute found on the metaclass (for `C.name` when the class's
    /// MRO lacks it), with the descriptor protocol applied for `cls`.
    pub fn meta_attr(&mut self, cls: &Obj, meta: &Obj, name: &crate::objects::PyStr) -> PyResult<Option<Value>> {
        let PyObject::Type(mt) = &**meta else { return Ok(None) };
        match mt.lookup(name) {
            Some(v) => self.descr_get(v, &Value::Obj(cls.clone()), meta).map(Some),
            None => Ok(None),
        }
    }

    /// `ns[name]` for a class body namespace that may be any mapping (from a
    /// metaclass `__prepare__`); None when the name is missing.
    pub fn ns_get(&mut self, ns: &Obj, name: &Value) -> PyResult<Option<Value>> {
        if let PyObject::Dict(d) = &**ns {
            return Ok(name.as_pystr().and_then(|n| d.borrow().get_pystr(n).cloned()));
        }
        match self.get_item(&Value::Obj(ns.clone()), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}
