//! Calling: binding arguments to a new frame's parameters, the call
//! dispatch for every callable kind, class instantiation and
//! `__build_class__`.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Frame, Return};
use super::{PyResult, Vm};
use crate::bytecode::flags;
use crate::objects::function::is_builtin;
use crate::objects::typeobj::{c3_merge, Layout};
use crate::objects::{Instance, Obj, PyDict, PyException, PyFunction, PyObject, PyType, Value};

/// What instantiating a class needs from the caller.
pub enum Instantiate {
    /// The object is ready.
    Done(Value),
    /// Call this `__init__` (a Python function) with the object prepended;
    /// the call's result must be None.
    Init(Value, Value),
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Vm {
    /// Builds the frame for calling a Python function.
    pub fn bind_frame(&mut self, f: &PyFunction, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let nlocals = code.varnames.len();
        let mut frame = self.alloc_frame(&code, &f.globals);
        let stack = &mut frame.stack;
        stack.reserve(code.frame_size());
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let fast_simple = kw.is_empty() && args.len() == argcount && !has_varargs && !has_varkw && kwonly == 0;
        if fast_simple {
            stack.extend_from_slice(args);
            stack.resize(nlocals, Value::Null);
        } else {
            stack.resize(nlocals, Value::Null);
            if let Err(e) = self.bind_general(f, args, kw, &mut frame.stack) {
                self.recycle(frame);
                return Err(e);
            }
        }
        for _ in 0..code.cellvars.len() {
            frame.stack.push(Value::cell(Value::Null));
        }
        for &(ci, pi) in &code.cell_params {
            let v = std::mem::replace(&mut frame.stack[pi as usize], Value::Null);
            if let PyObject::Cell(c) = &**frame.cell(ci as usize) {
                *c.borrow_mut() = v;
            }
        }
        frame.stack.extend(f.closure.iter().map(|c| Value::Obj(c.clone())));
        Ok(frame)
    }

    /// A cleared frame for `code` (see `frame::alloc`).
    #[inline]
    pub fn alloc_frame(&mut self, code: &Rc<crate::bytecode::PyCode>, globals: &Obj) -> Box<Frame> {
        super::frame::alloc(&mut self.frame_pool, code, globals)
    }

    fn bind_general(&mut self, f: &PyFunction, args: &[Value], kw: &[(Value, Value)], slots: &mut [Value]) -> PyResult<()> {
        let code = &f.code;
        let qn = f.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let n = args.len().min(argcount);
        slots[..n].clone_from_slice(&args[..n]);
        let mut idx = argcount + kwonly;
        if has_varargs {
            slots[idx] = Value::tuple(args[n..].to_vec());
            idx += 1;
        } else if args.len() > argcount {
            let defaults = f.defaults.borrow().len();
            let kw_given = kw.iter().filter(|(k, _)| {
                let k = k.as_str().unwrap_or("");
                code.varnames[argcount..argcount + kwonly].iter().any(|v| v == k)
            }).count();
            let takes = if defaults > 0 {
                format!("from {} to {} positional arguments", argcount - defaults, argcount)
            } else {
                plural(argcount, "positional argument")
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{}", args.len())
            };
            let verb = if args.len() == 1 && kw_given == 0 { "was" } else { "were" };
            return Err(self.type_error(&format!("{}() takes {} but {} {} given", qn, takes, given, verb)));
        }
        let kwdict = if has_varkw {
            let d = Value::dict(PyDict::new());
            slots[idx] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kw {
            let Some(name) = k.as_str() else {
                return Err(self.type_error("keywords must be strings"));
            };
            let pos = code.varnames[..argcount + kwonly].iter().position(|p| p == name);
            match pos {
                Some(i) if i >= posonly => {
                    if !slots[i].is_null() {
                        return Err(self.type_error(&format!("{}() got multiple values for argument '{}'", qn, name)));
                    }
                    slots[i] = v.clone();
                }
                _ => match &kwdict {
                    Some(Value::Obj(d)) => {
                        if self.dict_get(d, k)?.is_some() {
                            return Err(self.type_error(&format!("{}() got multiple values for keyword argument '{}'", qn, name)));
                        }
                        self.dict_set(d, k.clone(), v.clone())?;
                    }
                    _ => {
                        if pos.is_some() {
                            posonly_as_kw.push(name.to_string());
                        } else {
                            return Err(self.type_error(&format!("{}() got an unexpected keyword argument '{}'", qn, name)));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(&format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qn,
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = f.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if slots[i].is_null() {
                if i >= first_default {
                    slots[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(&format!(
                "{}() missing {} required positional argument{}: {}",
                qn,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        for i in argcount..argcount + kwonly {
            if slots[i].is_null() {
                let name = &code.varnames[i];
                let d = match &kwdefaults {
                    Some(kd) => Vm::dict_of(kd).borrow().get_str(name).cloned(),
                    None => None,
                };
                match d {
                    Some(v) => slots[i] = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(&format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qn,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Pushes a frame, checking the recursion limit.
    pub fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.interp.recursion_limit.get() {
            self.recycle(frame);
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Returns a finished frame to the pool (dropping the values it held).
    pub fn recycle(&mut self, frame: Box<Frame>) {
        super::frame::recycle(&mut self.frame_pool, frame)
    }

    /// Calls a callable with positional arguments.
    /// `callable(v)`.
    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                PyObject::Function(_) | PyObject::Builtin(_) | PyObject::Method(..) | PyObject::Type(_) => true,
                _ => self.lookup_special(v, "__call__").is_some(),
            },
            _ => false,
        }
    }

    pub fn call(&mut self, func: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(func, args, &[])
    }

    /// Calls a callable with positional and keyword arguments.
    pub fn call_kw(&mut self, func: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        self.stack_guard()?;
        let Value::Obj(o) = &func else {
            return Err(self.type_error(&format!("'{}' object is not callable", self.type_name(&func))));
        };
        match &**o {
            PyObject::Function(f) => {
                let mut frame = self.bind_frame(f, args, kw)?;
                if f.code.is_generator_like() {
                    return Ok(self.make_generator(frame, o));
                }
                frame.ret = Return::Native;
                self.run_frame(frame)
            }
            PyObject::Builtin(b) => (b.func)(self, args, kw),
            PyObject::Method(slf, f) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(slf.clone());
                a.extend_from_slice(args);
                let f = f.clone();
                self.call_kw(f, &a, kw)
            }
            PyObject::Type(t) => {
                if t.meta.is_some() {
                    if let Some(r) = self.meta_call(o, args, kw)? {
                        return Ok(r);
                    }
                }
                self.call_type(o, args, kw)
            }
            _ => {
                if let Some(c) = self.lookup_special(&func, "__call__") {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(func.clone());
                    a.extend_from_slice(args);
                    return self.call_kw(c, &a, kw);
                }
                Err(self.type_error(&format!("'{}' object is not callable", self.type_name(&func))))
            }
        }
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
    pub fn call_type(&mut self, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match self.instantiate(cls, args, kw)? {
            Instantiate::Done(v) => Ok(v),
            Instantiate::Init(obj, init) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                let r = self.call_kw(init, &a, kw)?;
                self.check_init_result(&r)?;
                Ok(obj)
            }
        }
    }

    pub fn check_init_result(&self, r: &Value) -> PyResult<()> {
        if !r.is_none() {
            return Err(self.type_error(&format!("__init__() should return None, not '{}'", self.type_name(r))));
        }
        Ok(())
    }

    /// Runs a frame to completion in a nested eval loop (native → Python).
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        self.push_frame(frame)?;
        let base = self.frames.len() - 1;
        if base > 0 && self.native_depth > 20_000 {
            let f = self.frames.pop();
            if let Some(f) = f {
                self.recycle(f);
            }
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let r = self.run(base);
        self.native_depth -= 1;
        match r {
            Ok(super::eval::Halt::Return(v)) => {
                if let Some(f) = self.frames.pop() {
                    self.recycle(f);
                }
                Ok(v)
            }
            Ok(super::eval::Halt::Yield(_)) => {
                if let Some(f) = self.frames.pop() {
                    self.recycle(f);
                }
                Err(self.runtime_error("yield from a non-generator frame"))
            }
            Err(e) => Err(e),
        }
    }

    /// `cls(*args, **kw)` up to (not including) a Python `__init__`.
    pub fn instantiate(&mut self, cls: &Obj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Instantiate> {
        let PyObject::Type(t) = &**cls else { unreachable!("instantiate on a type") };
        if Rc::ptr_eq(cls, &self.types().type_) {
            return crate::objects::methods::type_new(self, cls, args, kw).map(Instantiate::Done);
        }
        if !t.heap {
            return crate::objects::methods::construct_builtin(self, cls, args, kw).map(Instantiate::Done);
        }
        // __new__
        let interp = self.interp.clone();
        let new = t.lookup(interp.names.new.as_pystr().expect("str"));
        let obj = match new {
            Some(n) if !is_builtin(&n, "__new__", Some("object")) => {
                let n = match &n {
                    Value::Obj(o) => match &**o {
                        PyObject::StaticMethod(f) => f.clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(Value::Obj(cls.clone()));
                a.extend_from_slice(args);
                let obj = self.call_kw(n, &a, kw)?;
                if !self.isinstance(&obj, cls) {
                    return Ok(Instantiate::Done(obj));
                }
                obj
            }
            _ => self.new_object(cls, args)?,
        };
        match t.lookup(interp.names.init.as_pystr().expect("str")) {
            Some(init) if !is_builtin(&init, "__init__", Some("object")) => {
                if let Value::Obj(io) = &init {
                    if matches!(&**io, PyObject::Function(_)) {
                        return Ok(Instantiate::Init(obj, init));
                    }
                }
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                let r = self.call_kw(init, &a, kw)?;
                self.check_init_result(&r)?;
                Ok(Instantiate::Done(obj))
            }
            _ => {
                let has_new = t.lookup_str("__new__").map(|n| !is_builtin(&n, "__new__", Some("object"))).unwrap_or(false);
                if (!args.is_empty() || !kw.is_empty()) && !has_new && t.layout == Layout::Instance && t.builtin_base.is_none() {
                    return Err(self.type_error(&format!("{}() takes no arguments", t.name)));
                }
                Ok(Instantiate::Done(obj))
            }
        }
    }

    /// For a class whose `__new__` is object's and whose `__init__` is a
    /// Python function (see `PyType::construct`): a fresh instance and that
    /// `__init__`.
    pub fn plain_init(&self, cls: &Obj) -> Option<(Value, Value)> {
        let PyObject::Type(t) = &**cls else { return None };
        let crate::objects::typeobj::Construct::Init(init) = t.construct(&self.interp.names) else { return None };
        Some((Value::from_obj(PyObject::Instance(Instance::new(cls.clone(), None))), init))
    }

    /// `object.__new__(cls)` for a user class (an Instance, an exception, or
    /// an instance wrapping an empty builtin base).
    pub fn new_object(&mut self, cls: &Obj, args: &[Value]) -> PyResult<Value> {
        let PyObject::Type(t) = &**cls else { return Err(self.type_error("object.__new__(X): X is not a type object")) };
        Ok(match t.layout {
            Layout::Exception => Value::from_obj(PyObject::Exception(Box::new(PyException::new(cls.clone(), Value::tuple(args.to_vec()))))),
            _ => {
                let base = match &t.builtin_base {
                    Some(b) => Some(crate::objects::methods::construct_builtin(self, &b.clone(), &[], &[])?),
                    None => None,
                };
                Value::from_obj(PyObject::Instance(Instance::new(cls.clone(), base)))
            }
        })
    }

    /// `__build_class__(func, name, *bases, **kw)`
    pub fn build_class(&mut self, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if args.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = args[0].clone();
        let Some(name) = args[1].as_str().map(|s| s.to_string()) else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let mut bases: Vec<Obj> = Vec::new();
        for b in &args[2..] {
            match b {
                Value::Obj(o) if matches!(&**o, PyObject::Type(_)) => bases.push(o.clone()),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        let mut metaclass: Option<Value> = None;
        let mut class_kw = Vec::new();
        for (k, v) in kw {
            if k.as_str() == Some("metaclass") {
                metaclass = Some(v.clone());
            } else {
                class_kw.push((k.clone(), v.clone()));
            }
        }
        let meta = self.calculate_meta(metaclass, &bases)?;
        let plain = self.is_type_type(&meta);
        let bases_t = Value::tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
        // The namespace: a fresh dict, or whatever the metaclass's __prepare__ returns.
        let ns = match plain {
            true => Value::dict(PyDict::new()),
            false => match self.getattr_opt(&meta, "__prepare__")? {
                Some(p) => self.call_kw(p, &[Value::str(&name), bases_t.clone()], &class_kw)?,
                None => Value::dict(PyDict::new()),
            },
        };
        let nso = match &ns {
            Value::Obj(o) if matches!(&**o, PyObject::Dict(_) | PyObject::Instance(_)) => o.clone(),
            other => {
                let mn = match &meta {
                    Value::Obj(m) if matches!(&**m, PyObject::Type(_)) => self.type_name_of_type(m),
                    _ => "<metaclass>".to_string(),
                };
                return Err(self.type_error(&format!("{}.__prepare__() must return a mapping, not {}", mn, self.type_name(other))));
            }
        };
        // Run the class body with the namespace as its locals.
        let Value::Obj(fo) = &func else { return Err(self.type_error("__build_class__: func must be a function")) };
        let PyObject::Function(f) = &**fo else { return Err(self.type_error("__build_class__: func must be a function")) };
        let mut frame = self.bind_frame(f, &[], &[])?;
        frame.locals = Some(nso.clone());
        frame.ret = Return::Native;
        self.run_frame(frame)?;
        if !plain {
            return self.call_kw(meta, &[Value::str(&name), bases_t, ns.clone()], &class_kw);
        }
        self.create_class(&name, bases, &nso, &class_kw, None)
    }

    /// Makes a new class from a name, bases and a namespace dict.
    /// `meta` is the metaclass when it is a user subclass of `type`.
    pub fn create_class(&mut self, name: &str, bases: Vec<Obj>, ns: &Obj, class_kw: &[(Value, Value)], meta: Option<Obj>) -> PyResult<Value> {
        let object = self.types().object.clone();
        let bases = if bases.is_empty() { vec![object.clone()] } else { bases };
        for b in &bases {
            if let PyObject::Type(bt) = &**b {
                let final_types = ["bool", "range", "slice", "function", "NoneType", "generator", "coroutine", "method", "builtin_function_or_method"];
                if !bt.heap && final_types.contains(&bt.name.as_str()) {
                    return Err(self.type_error(&format!("type '{}' is not an acceptable base type", bt.name)));
                }
            }
        }
        let mut seqs: Vec<Vec<Obj>> = bases.iter().map(|b| self.mro(b)).collect();
        seqs.push(bases.clone());
        let Some(mro_tail) = c3_merge(seqs) else {
            let names: Vec<String> = bases.iter().map(|b| self.type_name_of_type(b)).collect();
            return Err(self.type_error(&format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        let layout = if bases.iter().any(|b| matches!(&**b, PyObject::Type(t) if t.layout == Layout::Exception)) {
            Layout::Exception
        } else {
            Layout::Instance
        };
        let builtin_base = bases.iter().find_map(|b| match &**b {
            PyObject::Type(t) if t.layout == Layout::Builtin && !t.heap => Some(b.clone()),
            PyObject::Type(t) => t.builtin_base.clone(),
            _ => None,
        });
        let mut dict = Vm::dict_of(ns).borrow().clone();
        let module = dict.get_str("__module__").and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_else(|| "__main__".to_string());
        let qualname = dict.del_str("__qualname__").and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_else(|| name.to_string());
        let classcell = dict.del_str("__classcell__");
        // A class without a docstring has its own __doc__ = None (not a base's).
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        // `__eq__` without `__hash__` makes instances unhashable.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        // __init_subclass__ and __class_getitem__ are implicit classmethods; __new__ a staticmethod.
        for n in ["__init_subclass__", "__class_getitem__"] {
            if let Some(v) = dict.get_str(n).cloned() {
                if matches!(&v, Value::Obj(o) if matches!(&**o, PyObject::Function(_))) {
                    dict.set_str(n, Value::from_obj(PyObject::ClassMethod(v)));
                }
            }
        }
        if let Some(v) = dict.get_str("__new__").cloned() {
            if matches!(&v, Value::Obj(o) if matches!(&**o, PyObject::Function(_))) {
                dict.set_str("__new__", Value::from_obj(PyObject::StaticMethod(v)));
            }
        }
        let cls = Rc::new(PyObject::Type(Box::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(qualname),
            module: RefCell::new(module),
            bases: bases.clone(),
            mro_tail: mro_tail.into_iter().collect(),
            dict: RefCell::new(dict),
            layout,
            builtin_base,
            heap: true,
            cache: RefCell::new(Default::default()),
            hooks: std::cell::Cell::new((u64::MAX, 0)),
            construct: RefCell::new((u64::MAX, Default::default())),
            meta,
        })));
        crate::objects::typeobj::bump_type_epoch();
        if let Some(Value::Obj(cell)) = classcell {
            if let PyObject::Cell(c) = &*cell {
                *c.borrow_mut() = Value::Obj(cls.clone());
            }
        }
        let clsv = Value::Obj(cls.clone());
        // __set_name__ on descriptors.
        let items: Vec<(Value, Value)> = match &*cls {
            PyObject::Type(t) => t.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => vec![],
        };
        for (k, v) in items {
            if Vm::is_user_object(&v) {
                if let Some(sn) = self.lookup_special(&v, "__set_name__") {
                    self.call(sn, &[v.clone(), clsv.clone(), k.clone()])?;
                }
            }
        }
        // Parent's __init_subclass__.
        let parent_isc = match &*cls {
            PyObject::Type(t) => t.mro_tail.iter().find_map(|m| match &**m {
                PyObject::Type(mt) => mt.dict.borrow().get_str("__init_subclass__").cloned(),
                _ => None,
            }),
            _ => None,
        };
        if let Some(isc) = parent_isc {
            let f = match &isc {
                Value::Obj(o) => match &**o {
                    PyObject::ClassMethod(f) => f.clone(),
                    _ => isc.clone(),
                },
                _ => isc.clone(),
            };
            self.call_kw(f, &[clsv.clone()], class_kw)?;
        } else if !class_kw.is_empty() {
            return Err(self.type_error(&format!("{}.__init_subclass__() takes no keyword arguments", name)));
        }
        Ok(clsv)
    }
}

