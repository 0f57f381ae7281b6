//! Attribute access: `getattr`, `setattr`, `delattr` and the method lookup
//! used by `LoadMethod`, following Python's descriptor rules (data
//! descriptors on the type, then the instance dict, then other class
//! attributes, then `__getattr__`).

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::function::is_builtin;
use crate::objects::{Obj, PyObject, PyStr, Value};

/// The result of a method lookup: an unbound function plus its self, or a
/// plain attribute value.
pub enum Method {
    Unbound(Value),
    Attr(Value),
}

fn is_data_descriptor(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Property(_) => true,
            PyObject::Instance(_) => vm.lookup_special(v, "__set__").is_some() || vm.lookup_special(v, "__delete__").is_some(),
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = PyStr::new(name.to_string());
        self.getattr(obj, &n)
    }

    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A user `__getattribute__` on the class of an instance (None when the
    /// class inherits `object.__getattribute__`).
    fn custom_getattribute(&self, t: &crate::objects::PyType) -> Option<Value> {
        if t.hooks() & crate::objects::typeobj::HOOK_GETATTRIBUTE == 0 {
            return None;
        }
        let ga = t.lookup(self.interp.names.getattribute.as_pystr()?)?;
        match &ga {
            g if is_builtin(g, "__getattribute__", Some("object")) => None,
            _ => Some(ga),
        }
    }

    /// `obj.name`
    pub fn getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let PyObject::Instance(inst) = &**o {
                // Fast path: an instance attribute, or a plain method, of a
                // class without attribute hooks.
                {
                    let cls = inst.class();
                    if let PyObject::Type(t) = &**cls {
                        if t.hooks() & crate::objects::typeobj::HOOK_GETATTRIBUTE == 0 {
                            match t.lookup(name) {
                                None => {
                                    if let Some(v) = inst.dict_if_any().and_then(|d| d.borrow().get_pystr(name).cloned()) {
                                        return Ok(v);
                                    }
                                }
                                Some(d @ Value::Obj(_)) if matches!(&d, Value::Obj(f) if matches!(&**f, PyObject::Function(_))) => {
                                    if let Some(v) = inst.dict_if_any().and_then(|d| d.borrow().get_pystr(name).cloned()) {
                                        return Ok(v);
                                    }
                                    return Ok(Value::from_obj(PyObject::Method(obj.clone(), d)));
                                }
                                _ => {}
                            }
                        }
                    }
                }
                let cls = inst.class().clone();
                if let PyObject::Type(t) = &*cls {
                    if let Some(ga) = self.custom_getattribute(t) {
                        // type.__getattribute__ first; __getattr__ only when it
                        // raises AttributeError (CPython's slot_tp_getattr_hook).
                        return match self.call(ga, &[obj.clone(), Value::str(name.as_str())]) {
                            Err(e) if self.err_is(&e, "AttributeError") => {
                                let interp = self.interp.clone();
                                match t.lookup(interp.names.getattr.as_pystr().expect("str")) {
                                    Some(fallback) => self.call(fallback, &[obj.clone(), Value::str(name.as_str())]),
                                    None => Err(e),
                                }
                            }
                            r => r,
                        };
                    }
                }
            }
        }
        self.getattr_generic(obj, name, true)
    }

    /// `object.__getattribute__(obj, name)`: the standard lookup, with the
    /// `__getattr__` fallback only when `use_getattr` is set.
    pub fn getattr_generic(&mut self, obj: &Value, name: &PyStr, use_getattr: bool) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match &**o {
                PyObject::Instance(inst) => {
                    let cls = inst.class().clone();
                    let PyObject::Type(t) = &*cls else { return Err(self.attribute_error(obj, name.as_str())) };
                    let descr = t.lookup(name);
                    if let Some(d) = &descr {
                        if is_data_descriptor(self, d) {
                            return self.descr_get(d.clone(), obj, &cls);
                        }
                    }
                    if let Some(v) = inst.dict_if_any().and_then(|d| d.borrow().get_pystr(name).cloned()) {
                        return Ok(v);
                    }
                    if let Some(d) = descr {
                        return self.descr_get(d, obj, &cls);
                    }
                    if name.as_str() == "__dict__" && !Rc::ptr_eq(&cls, &self.types().object) {
                        return Ok(self.instance_dict_view(o));
                    }
                    if name.as_str() == "__class__" {
                        return Ok(Value::Obj(cls.clone()));
                    }
                    let interp = self.interp.clone();
                    if use_getattr {
                        if let Some(ga) = t.lookup(interp.names.getattr.as_pystr().expect("str")) {
                            return self.call(ga, &[obj.clone(), Value::str(name.as_str())]);
                        }
                    }
                    return Err(self.attribute_error(obj, name.as_str()));
                }
                PyObject::Type(_) => return self.type_getattr(o, name),
                PyObject::Module(m) => {
                    if let Some(v) = Vm::dict_of(&m.dict).borrow().get_pystr(name) {
                        return Ok(v.clone());
                    }
                    if name.as_str() == "__dict__" {
                        return Ok(Value::Obj(m.dict.clone()));
                    }
                    let ga = Vm::dict_of(&m.dict).borrow().get_str("__getattr__").cloned();
                    if let Some(ga) = ga {
                        return self.call(ga, &[Value::str(name.as_str())]);
                    }
                    return Err(self.attribute_error(obj, name.as_str()));
                }
                _ => {}
            }
        }
        self.builtin_getattr(obj, name)
    }

    /// Attribute lookup on values of builtin types (and exceptions).
    fn builtin_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        if let Some(v) = crate::objects::methods::special_attr(self, obj, name.as_str())? {
            return Ok(v);
        }
        let cls = self.type_of(obj);
        let descr = match &*cls {
            PyObject::Type(t) => t.lookup(name),
            _ => None,
        };
        if let Value::Obj(o) = obj {
            if let PyObject::Exception(e) = &**o {
                if let Some(d) = &descr {
                    if is_data_descriptor(self, d) {
                        return self.descr_get(d.clone(), obj, &cls);
                    }
                }
                if let Some(v) = e.dict.borrow().get_pystr(name) {
                    return Ok(v.clone());
                }
            }
            if let PyObject::Function(f) = &**o {
                if let Some(v) = f.dict.borrow().get_pystr(name) {
                    return Ok(v.clone());
                }
            }
        }
        if let Some(d) = descr {
            return self.descr_get(d, obj, &cls);
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Obj(cls));
        }
        if let PyObject::Type(t) = &*cls {
            if let Some(ga) = t.lookup_str("__getattr__") {
                return self.call(ga, &[obj.clone(), Value::str(name.as_str())]);
            }
        }
        // A bound method forwards other attributes to its function (whose
        // AttributeError it lets through, as CPython does).
        if let Value::Obj(o) = obj {
            if let PyObject::Method(_, f) = &**o {
                let f = f.clone();
                return self.getattr(&f, name);
            }
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`.
    pub fn descr_get(&mut self, d: Value, obj: &Value, cls: &Obj) -> PyResult<Value> {
        let Value::Obj(o) = &d else { return Ok(d) };
        match &**o {
            PyObject::Function(_) | PyObject::Builtin(_) => Ok(Value::from_obj(PyObject::Method(obj.clone(), d.clone()))),
            PyObject::Property(p) => {
                if p[0].is_none() {
                    return Err(self.new_error("AttributeError", "unreadable attribute"));
                }
                let g = p[0].clone();
                self.call(g, &[obj.clone()])
            }
            PyObject::StaticMethod(f) => Ok(f.clone()),
            PyObject::ClassMethod(f) => Ok(Value::from_obj(PyObject::Method(Value::Obj(cls.clone()), f.clone()))),
            PyObject::Instance(_) => {
                if let Some(get) = self.lookup_special(&d, "__get__") {
                    return self.call(get, &[d.clone(), obj.clone(), Value::Obj(cls.clone())]);
                }
                Ok(d)
            }
            _ => Ok(d),
        }
    }

    /// `Class.name`: the MRO, with classmethods bound to the class; a
    /// metaclass `__getattr__` gets any AttributeError's name.
    fn type_getattr(&mut self, cls: &Obj, name: &PyStr) -> PyResult<Value> {
        match self.type_getattr_inner(cls, name) {
            Err(e) if self.err_is(&e, "AttributeError") => match self.meta_override(cls, "__getattr__") {
                Some(ga) => self.call(ga, &[Value::Obj(cls.clone()), Value::str(name.as_str())]),
                None => Err(e),
            },
            r => r,
        }
    }

    fn type_getattr_inner(&mut self, cls: &Obj, name: &PyStr) -> PyResult<Value> {
        let PyObject::Type(t) = &**cls else { unreachable!("type_getattr on a type") };
        // A user metaclass's data descriptors (properties) come first.
        if let Some(meta) = &t.meta {
            if let PyObject::Type(mt) = &**meta {
                if let Some(d) = mt.lookup(name) {
                    if is_data_descriptor(self, &d) {
                        return self.descr_get(d, &Value::Obj(cls.clone()), meta);
                    }
                }
            }
        }
        // A class's own annotations only (made empty on first access), as
        // type.__annotations__ does; a base's are not inherited.
        if t.heap && name.as_str() == "__annotations__" {
            let own = t.dict.borrow().get_str("__annotations__").cloned();
            if let Some(a) = own {
                return Ok(a);
            }
            let d = Value::dict(crate::objects::PyDict::new());
            t.dict.borrow_mut().set_str("__annotations__", d.clone());
            crate::objects::typeobj::bump_type_epoch();
            return Ok(d);
        }
        if let Some(v) = t.lookup(name) {
            if let Value::Obj(o) = &v {
                match &**o {
                    PyObject::ClassMethod(f) => return Ok(Value::from_obj(PyObject::Method(Value::Obj(cls.clone()), f.clone()))),
                    PyObject::StaticMethod(f) => return Ok(f.clone()),
                    PyObject::Instance(_) => {
                        if let Some(get) = self.lookup_special(&v, "__get__") {
                            return self.call(get, &[v.clone(), Value::None, Value::Obj(cls.clone())]);
                        }
                    }
                    _ => {}
                }
            }
            return Ok(v);
        }
        if let Some(v) = crate::objects::methods::type_special_attr(self, cls, name.as_str())? {
            return Ok(v);
        }
        // Methods of the metaclass (`type` itself: mro, __subclasses__ ...).
        let meta = self.type_of(&Value::Obj(cls.clone()));
        if let Some(v) = self.meta_attr(cls, &meta, name)? {
            return Ok(v);
        }
        Err(self.attribute_error(&Value::Obj(cls.clone()), name.as_str()))
    }

    /// `LoadMethod`: avoids creating a bound method for the common case.
    #[inline]
    pub fn load_method(&mut self, obj: &Value, name: &PyStr) -> PyResult<Method> {
        if let Value::Obj(o) = obj {
            match &**o {
                PyObject::Instance(inst) => {
                    let found = {
                        let cls = inst.class();
                        match &**cls {
                            PyObject::Type(t) if t.hooks() & crate::objects::typeobj::HOOK_GETATTRIBUTE == 0 => t.lookup(name),
                            _ => None,
                        }
                    };
                    if let Some(d @ Value::Obj(_)) = found {
                        if matches!(&d, Value::Obj(f) if matches!(&**f, PyObject::Function(_) | PyObject::Builtin(_)))
                            && inst.dict_if_any().map_or(true, |d| d.borrow().get_pystr(name).is_none())
                        {
                            return Ok(Method::Unbound(d));
                        }
                    }
                }
                PyObject::Type(_) | PyObject::Module(_) | PyObject::Exception(_) | PyObject::Function(_) | PyObject::Super(..) => {}
                _ => {
                    let cls = self.type_of(obj);
                    if let PyObject::Type(t) = &*cls {
                        if let Some(d) = t.lookup(name) {
                            if let Value::Obj(dobj) = &d {
                                if matches!(&**dobj, PyObject::Builtin(_) | PyObject::Function(_)) {
                                    return Ok(Method::Unbound(d));
                                }
                            }
                        }
                    }
                }
            }
        }
        self.getattr(obj, name).map(Method::Attr)
    }

    /// `obj.name = value` (`name` is a str value, ideally interned).
    pub fn setattr(&mut self, obj: &Value, name_v: &Value, value: Value) -> PyResult<()> {
        let Some(name) = name_v.as_pystr() else {
            return Err(self.type_error(&format!("attribute name must be string, not '{}'", self.type_name(name_v))));
        };
        if let Value::Obj(o) = obj {
            match &**o {
                PyObject::Instance(inst) => {
                    // Fast path: a user class with no __setattr__ and no
                    // descriptor of that name stores straight into the dict.
                    let plain = {
                        let cls = inst.class();
                        match &**cls {
                            PyObject::Type(t) => {
                                t.heap && t.hooks() & crate::objects::typeobj::HOOK_SETATTR == 0 && t.lookup(name).is_none() && !is_special_slot(name)
                            }
                            _ => false,
                        }
                    };
                    if plain {
                        inst.dict().borrow_mut().set_strval(name_v.clone(), value);
                        return Ok(());
                    }
                    let cls = inst.class().clone();
                    if let PyObject::Type(t) = &*cls {
                        let interp = self.interp.clone();
                        if let Some(sa) = t.lookup(interp.names.setattr.as_pystr().expect("str")) {
                            if !is_builtin(&sa, "__setattr__", Some("object")) {
                                self.call(sa, &[obj.clone(), Value::str(name.as_str()), value])?;
                                return Ok(());
                            }
                        }
                        if let Some(d) = t.lookup(name) {
                            if self.descr_set(&d, obj, Some(value.clone()), name.as_str(), &cls)? {
                                return Ok(());
                            }
                        }
                    }
                    if Rc::ptr_eq(&cls, &self.types().object) {
                        // Bare object() instances have no __dict__.
                        return Err(self.attribute_error(obj, name.as_str()));
                    }
                    if name.as_str() == "__class__" {
                        if let Value::Obj(c) = &value {
                            if matches!(&**c, PyObject::Type(_)) {
                                inst.set_class(c.clone());
                                return Ok(());
                            }
                        }
                        return Err(self.type_error("__class__ must be set to a class"));
                    }
                    if name.as_str() == "__dict__" {
                        return self.assign_instance_dict(inst, Some(value));
                    }
                    inst.dict().borrow_mut().set_strval(name_v.clone(), value);
                    return Ok(());
                }
                PyObject::Type(_) => {
                    if let Some(sa) = self.meta_override(o, "__setattr__") {
                        self.call(sa, &[obj.clone(), Value::str(name.as_str()), value])?;
                        return Ok(());
                    }
                    return self.type_setattr(o, name, value);
                }
                PyObject::Module(m) => {
                    Vm::dict_of(&m.dict).borrow_mut().set_strval(Value::str(name.as_str()), value);
                    return Ok(());
                }
                PyObject::Function(f) => {
                    match name.as_str() {
                        "__name__" => {
                            *f.name.borrow_mut() = value.as_str().unwrap_or("").to_string();
                            f.renamed.set(true);
                        }
                        "__qualname__" => {
                            *f.qualname.borrow_mut() = value.as_str().unwrap_or("").to_string();
                            f.renamed.set(true);
                        }
                        "__doc__" => *f.doc.borrow_mut() = value,
                        "__defaults__" => {
                            *f.defaults.borrow_mut() = value.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                        }
                        _ => f.dict.borrow_mut().set_strval(Value::str(name.as_str()), value),
                    }
                    return Ok(());
                }
                PyObject::Generator(g) if matches!(name.as_str(), "__name__" | "__qualname__") => {
                    let Some(s) = value.as_str() else {
                        return Err(self.type_error(&format!("{} must be set to a string object", name.as_str())));
                    };
                    g.set_name(name.as_str() == "__qualname__", s);
                    return Ok(());
                }
                PyObject::Exception(e) => {
                    let cls = e.class.borrow().clone();
                    if let PyObject::Type(t) = &*cls {
                        if let Some(d) = t.lookup(name) {
                            if self.descr_set(&d, obj, Some(value.clone()), name.as_str(), &cls)? {
                                return Ok(());
                            }
                        }
                    }
                    match name.as_str() {
                        "__cause__" => {
                            *e.cause.borrow_mut() = value;
                            e.suppress_context.set(true);
                        }
                        "__context__" => *e.context.borrow_mut() = value,
                        "__suppress_context__" => e.suppress_context.set(matches!(value, Value::Bool(crate::objects::Truth::True))),
                        "args" => *e.args.borrow_mut() = Value::tuple(self.iterate(&value)?),
                        "__traceback__" => {
                            if value.is_none() {
                                e.traceback.borrow_mut().clear();
                            }
                        }
                        _ => e.dict.borrow_mut().set_strval(Value::str(name.as_str()), value),
                    }
                    return Ok(());
                }
                PyObject::Native(n) => {
                    // Data descriptors of the native class (`deque.maxlen`).
                    let cls = n.class.clone();
                    if let PyObject::Type(t) = &*cls {
                        if let Some(d) = t.lookup(name) {
                            if self.descr_set(&d, obj, Some(value), name.as_str(), &cls)? {
                                return Ok(());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        let on_type = match &*self.type_of(obj) {
            PyObject::Type(t) => t.lookup_str(name.as_str()).is_some(),
            _ => false,
        };
        if on_type {
            return Err(self.new_error("AttributeError", &format!("'{}' object attribute '{}' is read-only", tn, name.as_str())));
        }
        Err(self.new_error("AttributeError", &format!("'{}' object has no attribute '{}'", tn, name.as_str())))
    }

    /// `type.__setattr__(cls, name, value)`: a metaclass data descriptor, or
    /// a store into the class dict.
    pub fn type_setattr(&mut self, o: &Obj, name: &PyStr, value: Value) -> PyResult<()> {
        let PyObject::Type(t) = &**o else { return Err(self.type_error("type_setattr on a non-type")) };
        if !t.heap {
            return Err(self.type_error(&format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), t.name)));
        }
        if let Some(meta) = t.meta.clone() {
            if let PyObject::Type(mt) = &*meta {
                if let Some(d) = mt.lookup(name) {
                    if self.descr_set(&d, &Value::Obj(o.clone()), Some(value.clone()), name.as_str(), &meta)? {
                        return Ok(());
                    }
                }
            }
        }
        match name.as_str() {
            "__name__" | "__qualname__" => {
                if let Some(s) = value.as_str() {
                    *t.qualname.borrow_mut() = s.to_string();
                    return Ok(());
                }
            }
            "__module__" => {
                if let Some(s) = value.as_str() {
                    *t.module.borrow_mut() = s.to_string();
                }
            }
            _ => {}
        }
        t.dict.borrow_mut().set_strval(Value::str(name.as_str()), value);
        crate::objects::typeobj::bump_type_epoch();
        Ok(())
    }

    /// `type.__delattr__(cls, name)`.
    pub fn type_delattr(&mut self, o: &Obj, name: &PyStr) -> PyResult<()> {
        let PyObject::Type(t) = &**o else { return Err(self.type_error("type_delattr on a non-type")) };
        if !t.heap {
            return Err(self.type_error(&format!("cannot delete '{}' attribute of immutable type '{}'", name.as_str(), t.name)));
        }
        if t.dict.borrow_mut().del_str(name.as_str()).is_none() {
            return Err(self.attribute_error(&Value::Obj(o.clone()), name.as_str()));
        }
        crate::objects::typeobj::bump_type_epoch();
        Ok(())
    }

    /// Runs a data descriptor's setter/deleter; false if `d` is not one.
    fn descr_set(&mut self, d: &Value, obj: &Value, value: Option<Value>, name: &str, cls: &Obj) -> PyResult<bool> {
        let Value::Obj(o) = d else { return Ok(false) };
        match &**o {
            PyObject::Property(p) => {
                let (f, what) = if value.is_some() { (p[1].clone(), "setter") } else { (p[2].clone(), "deleter") };
                if f.is_none() {
                    return Err(self.new_error(
                        "AttributeError",
                        &format!("property '{}' of '{}' object has no {}", name, self.type_name_of_type(cls), what),
                    ));
                }
                match value {
                    Some(v) => self.call(f, &[obj.clone(), v])?,
                    None => self.call(f, &[obj.clone()])?,
                };
                Ok(true)
            }
            PyObject::Instance(_) => {
                match value {
                    Some(v) => {
                        if let Some(set) = self.lookup_special(d, "__set__") {
                            self.call(set, &[d.clone(), obj.clone(), v])?;
                            return Ok(true);
                        }
                    }
                    None => {
                        if let Some(del) = self.lookup_special(d, "__delete__") {
                            self.call(del, &[d.clone(), obj.clone()])?;
                            return Ok(true);
                        }
                    }
                }
                Ok(false)
            }
            _ => Ok(false),
        }
    }

    /// `del obj.name`
    pub fn delattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &**o {
                PyObject::Instance(inst) => {
                    let cls = inst.class().clone();
                    if let PyObject::Type(t) = &*cls {
                        if let Some(da) = t.lookup_str("__delattr__") {
                            if !is_builtin(&da, "__delattr__", Some("object")) {
                                self.call(da, &[obj.clone(), Value::str(name.as_str())])?;
                                return Ok(());
                            }
                        }
                        if let Some(d) = t.lookup(name) {
                            if self.descr_set(&d, obj, None, name.as_str(), &cls)? {
                                return Ok(());
                            }
                        }
                    }
                    if name.as_str() == "__dict__" && !Rc::ptr_eq(&cls, &self.types().object) {
                        return self.assign_instance_dict(inst, None);
                    }
                    if inst.dict().borrow_mut().del_str(name.as_str()).is_none() {
                        return Err(self.attribute_error(obj, name.as_str()));
                    }
                    return Ok(());
                }
                PyObject::Type(t) if t.heap => {
                    if let Some(da) = self.meta_override(o, "__delattr__") {
                        self.call(da, &[obj.clone(), Value::str(name.as_str())])?;
                        return Ok(());
                    }
                    return self.type_delattr(o, name);
                }
                PyObject::Module(m) => {
                    if Vm::dict_of(&m.dict).borrow_mut().del_str(name.as_str()).is_none() {
                        return Err(self.attribute_error(obj, name.as_str()));
                    }
                    return Ok(());
                }
                PyObject::Function(f) => {
                    if f.dict.borrow_mut().del_str(name.as_str()).is_none() {
                        return Err(self.attribute_error(obj, name.as_str()));
                    }
                    return Ok(());
                }
                PyObject::Exception(e) => {
                    if e.dict.borrow_mut().del_str(name.as_str()).is_none() {
                        return Err(self.attribute_error(obj, name.as_str()));
                    }
                    return Ok(());
                }
                PyObject::Native(n) => {
                    let cls = n.class.clone();
                    if let PyObject::Type(t) = &*cls {
                        if let Some(d) = t.lookup(name) {
                            if self.descr_set(&d, obj, None, name.as_str(), &cls)? {
                                return Ok(());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    /// `obj.__dict__ = value` (a dict, or an instance of a dict subclass)
    /// or, with None, `del obj.__dict__`: the next use makes a new one.
    pub(crate) fn assign_instance_dict(&self, inst: &crate::objects::Instance, value: Option<Value>) -> PyResult<()> {
        let Some(v) = value else {
            inst.set_dict(None);
            return Ok(());
        };
        match &v {
            Value::Obj(o) if inst.set_dict(Some(o.clone())) => Ok(()),
            _ => Err(self.type_error(&format!("__dict__ must be set to a dictionary, not a '{}'", self.type_name(&v)))),
        }
    }

    /// `instance.__dict__`: the live namespace.
    fn instance_dict_view(&mut self, o: &Obj) -> Value {
        match &**o {
            PyObject::Instance(i) => Value::Obj(i.dict_obj()),
            _ => Value::None,
        }
    }

    /// Calls `obj.name(*args)` for a name spelled in coil's source.
    pub fn call_method(&mut self, obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Value> {
        let n = crate::objects::str::intern_static(name);
        let m = self.load_method(obj, n.as_pystr().expect("str"))?;
        self.call_loaded(obj, m, args)
    }

    /// Calls a method `load_method` found on `obj`.
    pub fn call_loaded(&mut self, obj: &Value, m: Method, args: &[Value]) -> PyResult<Value> {
        match m {
            Method::Unbound(f) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                self.call(f, &a)
            }
            Method::Attr(f) => self.call(f, args),
        }
    }
}

impl Vm {
    /// The names `dir(obj)` lists: instance dict plus the MRO's dicts.
    pub fn dir_of(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let mut names: Vec<Value> = Vec::new();
        if let Value::Obj(o) = v {
            match &**o {
                PyObject::Module(m) => return Ok(Vm::dict_of(&m.dict).borrow().keys()),
                PyObject::Instance(i) => names.extend(i.dict_if_any().map(|d| d.borrow().keys()).unwrap_or_default()),
                PyObject::Type(_) => {
                    for t in self.mro(o) {
                        if let PyObject::Type(tt) = &*t {
                            names.extend(tt.dict.borrow().keys());
                        }
                    }
                    return Ok(names);
                }
                _ => {}
            }
        }
        let cls = self.type_of(v);
        for t in self.mro(&cls) {
            if let PyObject::Type(tt) = &*t {
                names.extend(tt.dict.borrow().keys());
            }
        }
        Ok(names)
    }
}

/// Instance attributes that are not namespace entries: assigning them
/// changes the instance itself.
pub(crate) fn is_special_slot(name: &PyStr) -> bool {
    matches!(name.as_str(), "__class__" | "__dict__")
}
