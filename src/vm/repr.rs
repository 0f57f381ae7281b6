//! `repr()`, `str()`, `ascii()` and `format()` of every value.

use super::{PyResult, Vm};
use crate::objects::function::is_builtin;
use crate::objects::iter::DictIterKind;
use crate::objects::{obj_id, Obj, PyObject, Value};

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".to_string(),
            Value::None => "None".to_string(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::format::float_repr(f.get()),
            Value::Obj(o) => return self.repr_obj(v, o),
        })
    }

    fn repr_obj(&mut self, v: &Value, o: &Obj) -> PyResult<String> {
        self.stack_guard()?;
        Ok(match &**o {
            PyObject::Str(s) => crate::format::str_repr(s.as_str()),
            PyObject::Bytes(b) => crate::format::bytes_repr(b),
            PyObject::ByteArray(b) => format!("bytearray({})", crate::format::bytes_repr(&b.borrow())),
            PyObject::BigInt(b) => {
                let s = b.to_string();
                let limit = self.interp.int_max_str_digits.get();
                if limit > 0 && s.trim_start_matches('-').len() > limit {
                    return Err(self.value_error(&format!(
                        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        limit
                    )));
                }
                s
            }
            PyObject::Complex(re, im) => crate::objects::methods::complex::repr(*re, *im),
            PyObject::List(_) | PyObject::Tuple(_) | PyObject::Dict(_) | PyObject::Set(_) | PyObject::FrozenSet(_) | PyObject::DictView(..) => {
                return self.repr_container(o)
            }
            PyObject::Range(_) | PyObject::BigRange(_) => crate::objects::methods::range::repr(o),
            PyObject::Slice(s) => {
                let s = s.clone();
                format!("slice({}, {}, {})", self.repr(&s[0])?, self.repr(&s[1])?, self.repr(&s[2])?)
            }
            PyObject::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), obj_id(o)),
            PyObject::Builtin(b) => match b.owner {
                Some(t) => format!("<method '{}' of '{}' objects>", b.name, t),
                None => format!("<built-in function {}>", b.name),
            },
            PyObject::Method(slf, f) => {
                let (slf, f) = (slf.clone(), f.clone());
                let fname = match &f {
                    Value::Obj(fo) => match &**fo {
                        PyObject::Function(pf) => pf.qualname.borrow().clone(),
                        PyObject::Builtin(b) => {
                            let sr = self.short_repr(&slf)?;
                            return Ok(format!("<built-in method {} of {}>", b.name, sr));
                        }
                        _ => "?".to_string(),
                    },
                    _ => "?".to_string(),
                };
                let sr = self.repr(&slf)?;
                format!("<bound method {} of {}>", fname, sr)
            }
            PyObject::Type(_) => match self.meta_special(o, "__repr__", &[])? {
                Some(r) => match r.as_str() {
                    Some(s) => s.to_string(),
                    None => return Err(self.type_error(&format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                },
                None => self.repr_type(o),
            },
            PyObject::Module(m) => {
                let file = Vm::dict_of(&m.dict).borrow().get_str("__file__").and_then(|f| f.as_str().map(|s| s.to_string()));
                match file {
                    Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                    None => format!("<module '{}' (built-in)>", m.name),
                }
            }
            PyObject::Instance(_) | PyObject::Native(_) => {
                let r = self.lookup_special(v, "__repr__");
                match r {
                    Some(f) if !is_builtin(&f, "__repr__", Some("object")) => {
                        let r = self.call(f, &[v.clone()])?;
                        match r.as_str() {
                            Some(s) => s.to_string(),
                            None => return Err(self.type_error(&format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                        }
                    }
                    _ => {
                        if let Some(b) = super::ops::base_value(v) {
                            return self.repr(&b);
                        }
                        self.default_repr(v, o)
                    }
                }
            }
            PyObject::Exception(e) => {
                if let Some(f) = self.lookup_special(v, "__repr__") {
                    if !is_builtin(&f, "__repr__", None) {
                        let r = self.call(f, &[v.clone()])?;
                        return Ok(r.as_str().unwrap_or("").to_string());
                    }
                }
                let cls = e.class.borrow().clone();
                let name = self.type_name_of_type(&cls);
                let args = e.args.borrow().clone();
                let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                if items.len() == 1 {
                    format!("{}({})", name, self.repr(&items[0])?)
                } else {
                    let r = self.repr(&args)?;
                    let inner = r.trim_start_matches('(').trim_end_matches(')').trim_end_matches(',');
                    format!("{}({})", name, inner)
                }
            }
            PyObject::Cell(_) => format!("<cell at {:#x}>", obj_id(o)),
            PyObject::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, obj_id(o), c.filename, c.firstlineno),
            PyObject::Iter(_) => format!("<{} object at {:#x}>", self.type_name(v), obj_id(o)),
            PyObject::Generator(g) => format!("<{} object {} at {:#x}>", g.kind_name(), g.qualname(), obj_id(o)),
            PyObject::Property(_) => format!("<property object at {:#x}>", obj_id(o)),
            PyObject::StaticMethod(f) => {
                let f = f.clone();
                format!("<staticmethod({})>", self.repr(&f)?)
            }
            PyObject::ClassMethod(f) => {
                let f = f.clone();
                format!("<classmethod({})>", self.repr(&f)?)
            }
            PyObject::Super(t, _) => {
                let t = t.clone();
                format!("<super: {}, <object>>", self.repr(&t)?)
            }
            PyObject::File(f) => crate::modules::io_file::repr(self, f)?,
            PyObject::NotImplemented => "NotImplemented".to_string(),
            PyObject::Ellipsis => "Ellipsis".to_string(),
        })
    }

    fn short_repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) if matches!(&**o, PyObject::Instance(_)) => Ok(self.default_repr(v, o)),
            Value::Obj(o) if matches!(&**o, PyObject::Type(_) | PyObject::Module(_)) => self.repr(v),
            _ => Ok(format!("{} object at {:#x}", self.type_name(v), v.obj().map(obj_id).unwrap_or(0))).map(|s| format!("<{}>", s)),
        }
    }

    pub fn default_repr(&self, v: &Value, o: &Obj) -> String {
        let cls = self.type_of(v);
        let (module, qn) = match &*cls {
            PyObject::Type(t) => (t.module.borrow().clone(), t.qualname.borrow().clone()),
            _ => (String::new(), String::new()),
        };
        if module == "builtins" {
            format!("<{} object at {:#x}>", qn, obj_id(o))
        } else {
            format!("<{}.{} object at {:#x}>", module, qn, obj_id(o))
        }
    }

    /// Containers, with `[...]` for self-reference and a recursion guard.
    fn repr_container(&mut self, o: &Obj) -> PyResult<String> {
        let id = obj_id(o);
        if self.repr_stack.contains(&id) {
            return Ok(match &**o {
                PyObject::List(_) => "[...]",
                PyObject::Tuple(_) => "(...)",
                PyObject::Dict(_) => "{...}",
                _ => "...",
            }
            .to_string());
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_stack.push(id);
        let r = self.repr_container_inner(o);
        self.repr_stack.pop();
        self.leave_native();
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut s = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        Ok(s)
    }

    fn repr_container_inner(&mut self, o: &Obj) -> PyResult<String> {
        Ok(match &**o {
            PyObject::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", self.join_reprs(&items)?)
            }
            PyObject::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    let items = t.to_vec();
                    format!("({})", self.join_reprs(&items)?)
                }
            }
            PyObject::Dict(d) => {
                let items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                let mut s = String::from("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr(k)?);
                    s.push_str(": ");
                    s.push_str(&self.repr(v)?);
                }
                s.push('}');
                s
            }
            PyObject::Set(st) => {
                let items = st.borrow().items();
                if items.is_empty() {
                    "set()".to_string()
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            PyObject::FrozenSet(st) => {
                let items = st.items();
                if items.is_empty() {
                    "frozenset()".to_string()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            PyObject::DictView(d, kind) => {
                let name = match kind {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                let items = self.iterate(&Value::from_obj(PyObject::DictView(d.clone(), *kind)))?;
                format!("{}([{}])", name, self.join_reprs(&items)?)
            }
            _ => String::new(),
        })
    }

    /// `str(v)`
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => Ok(s.as_str().to_string()),
                PyObject::Instance(_) => {
                    if let Some(f) = self.lookup_special(v, "__str__") {
                        if !is_builtin(&f, "__str__", Some("object")) {
                            let r = self.call(f, &[v.clone()])?;
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error(&format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                            };
                        }
                    }
                    if let Some(b) = super::ops::base_value(v) {
                        if self.lookup_special(v, "__repr__").map(|f| is_builtin(&f, "__repr__", Some("object")) || is_builtin(&f, "__repr__", None)).unwrap_or(true) {
                            return self.str_of(&b);
                        }
                    }
                    self.repr(v)
                }
                PyObject::Type(_) => match self.meta_special(o, "__str__", &[])? {
                    Some(r) => match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(&format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                    },
                    None => self.repr(v),
                },
                PyObject::Exception(e) => {
                    if let Some(f) = self.lookup_special(v, "__str__") {
                        if !is_builtin_str(&f) {
                            let r = self.call(f, &[v.clone()])?;
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error(&format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                            };
                        }
                    }
                    let cls = e.class.borrow().clone();
                    if self.is_subclass(&cls, &self.types().exc("SyntaxError").clone()) {
                        return self.syntax_error_str(e);
                    }
                    let args = e.args.borrow().clone();
                    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    let is_key_error = self.is_subclass(&cls, self.types().exc("KeyError"));
                    match items.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&items[0]),
                        1 => self.str_of(&items[0]),
                        _ => self.repr(&args),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `ascii(v)`: repr with non-ASCII characters escaped.
    pub fn ascii_of(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{:02x}", n));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{:04x}", n));
            } else {
                out.push_str(&format!("\\U{:08x}", n));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let conv = |vm: &Vm, r: Result<String, String>| r.map_err(|m| vm.new_error(crate::format::exception_type(&m), &m));
        match v {
            Value::Int(i) => {
                let s = crate::format::FormatSpec::parse_for(spec, "int").map_err(|m| self.value_error(&m))?;
                conv(self, crate::format::format_int_i64(*i, &s))
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b.get() { "True" } else { "False" }.to_string());
                }
                let s = crate::format::FormatSpec::parse_for(spec, "bool").map_err(|m| self.value_error(&m))?;
                conv(self, crate::format::format_int_i64_as(*b as i64, &s, "bool"))
            }
            Value::Float(f) => {
                let s = crate::format::FormatSpec::parse_for(spec, "float").map_err(|m| self.value_error(&m))?;
                conv(self, crate::format::format_float(f.get(), &s))
            }
            Value::Obj(o) => match &**o {
                PyObject::Str(st) => {
                    let s = crate::format::FormatSpec::parse_for(spec, "str").map_err(|m| self.value_error(&m))?;
                    conv(self, crate::format::format_str(st.as_str(), &s))
                }
                PyObject::BigInt(b) => {
                    let s = crate::format::FormatSpec::parse_for(spec, "int").map_err(|m| self.value_error(&m))?;
                    conv(self, crate::format::format_bigint(b, &s))
                }
                PyObject::Instance(_) | PyObject::Exception(_) => {
                    if let Some(f) = self.lookup_special(v, "__format__") {
                        if !is_builtin(&f, "__format__", Some("object")) {
                            let r = self.call(f, &[v.clone(), Value::str(spec)])?;
                            return match r.as_str() {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error(&format!("__format__ must return a str, not {}", self.type_name(&r)))),
                            };
                        }
                    }
                    // Subclasses of numbers and str format as their value;
                    // containers fall back to str(self), like object.__format__.
                    if let Some(b) = super::ops::base_value(v) {
                        let numeric_or_str = matches!(&b, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                            || matches!(&b, Value::Obj(bo) if matches!(&**bo, PyObject::Str(_) | PyObject::BigInt(_) | PyObject::Complex(..)));
                        // An empty spec means str(self) (int/float/complex
                        // __format__ do so), which honours a subclass's __repr__.
                        if numeric_or_str && !spec.is_empty() {
                            return self.format_value(&b, spec);
                        }
                    }
                    self.format_generic(v, spec)
                }
                _ => self.format_generic(v, spec),
            },
            _ => self.format_generic(v, spec),
        }
    }

    fn format_generic(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        Err(self.type_error(&format!("unsupported format string passed to {}.__format__", self.type_name(v))))
    }
}

impl Vm {
    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, or `qualname()` for builtins.
    pub fn function_str(&mut self, func: &Value) -> String {
        if let Value::Obj(o) = func {
            if let PyObject::Builtin(b) = &**o {
                return match b.owner {
                    Some(owner) => format!("{}.{}()", owner, b.name),
                    None => format!("{}()", b.name),
                };
            }
        }
        let qualname = match self.getattr_opt(func, "__qualname__") {
            Ok(Some(q)) if q.as_str().is_some() => q.as_str().unwrap_or("").to_string(),
            _ => return format!("{} object", self.type_name(func)),
        };
        match self.getattr_opt(func, "__module__") {
            Ok(Some(m)) if m.as_str().is_some_and(|m| m != "builtins") => {
                format!("{}.{}()", m.as_str().unwrap_or(""), qualname)
            }
            _ => format!("{}()", qualname),
        }
    }
}

/// BaseException's own `__str__` (other native ones, like OSError's, are called).
impl Vm {
    /// `str(SyntaxError)`: the message, then "(file, line N)" with the
    /// file's base name, as far as filename and lineno are known.
    fn syntax_error_str(&mut self, e: &crate::objects::PyException) -> PyResult<String> {
        let (msg, filename, lineno) = {
            let d = e.dict.borrow();
            (d.get_str("msg").cloned().unwrap_or(Value::None), d.get_str("filename").cloned(), d.get_str("lineno").cloned())
        };
        let msg = self.str_of(&msg)?;
        let file = filename.and_then(|f| f.as_str().map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
        let line = match lineno {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        Ok(match (file, line) {
            (Some(f), Some(n)) => format!("{} ({}, line {})", msg, f, n),
            (Some(f), None) => format!("{} ({})", msg, f),
            (None, Some(n)) => format!("{} (line {})", msg, n),
            (None, None) => msg,
        })
    }
}

fn is_builtin_str(f: &Value) -> bool {
    is_builtin(f, "__str__", None) && !is_builtin(f, "__str__", Some("OSError"))
}
