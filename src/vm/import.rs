//! The import system: `sys.modules`, native modules, modules beside the
//! script (and on `sys.path`), and the frozen stdlib compiled on first import.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Return;
use super::{PyResult, Vm};
use crate::compiler::Mode;
use crate::objects::{Module, Obj, PyDict, PyObject, Value};

impl Vm {
    /// `IMPORT_NAME`: returns the top package for `import a.b`, else the module.
    pub fn import(&mut self, name: &str, fromlist: &Value, level: usize, globals: &Obj) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, level, globals)? } else { name.to_string() };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.load_module(&prefix)?;
        }
        let has_fromlist = match fromlist {
            Value::None => false,
            v => v.as_tuple().map(|t| !t.is_empty()).unwrap_or(true),
        };
        if has_fromlist {
            // `from pkg import sub` may name a submodule not yet loaded.
            if let Some(names) = fromlist.as_tuple() {
                for n in names.to_vec() {
                    let Some(n) = n.as_str() else { continue };
                    if n == "*" {
                        continue;
                    }
                    if self.getattr_opt(&module, n)?.is_none() && self.is_package(&module) {
                        let sub = format!("{}.{}", full, n);
                        match self.load_module(&sub) {
                            Ok(_) => {}
                            Err(e) if self.err_is(&e, "ModuleNotFoundError") => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or("");
            return self.load_module(top);
        }
        Ok(module)
    }

    fn is_package(&mut self, m: &Value) -> bool {
        match m {
            Value::Obj(o) => match &**o {
                PyObject::Module(md) => Vm::dict_of(&md.dict).borrow().get_str("__path__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: &Obj) -> PyResult<String> {
        let g = Vm::dict_of(globals).borrow();
        let package = match g.get_str("__package__").and_then(|v| v.as_str().map(|s| s.to_string())) {
            Some(p) if !p.is_empty() => p,
            _ => {
                let modname = g.get_str("__name__").and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_default();
                if g.get_str("__path__").is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                }
            }
        };
        drop(g);
        if package.is_empty() {
            return Err(self.new_error("ImportError", "attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error("ImportError", "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{}.{}", base, name) })
    }

    /// Returns `sys.modules[name]`, loading the module if needed.
    pub fn load_module(&mut self, name: &str) -> PyResult<Value> {
        let modules = self.interp.modules.clone();
        if let Some(m) = Vm::dict_of(&modules).borrow().get_str(name).cloned() {
            return Ok(m);
        }
        if let Some(m) = crate::modules::load_native(self, name)? {
            Vm::dict_of(&modules).borrow_mut().set_str(name, m.clone());
            self.bind_in_parent(name, &m)?;
            return Ok(m);
        }
        let Some((source, file, is_pkg)) = self.find_source(name)? else {
            let e = self.new_error("ModuleNotFoundError", &format!("No module named '{}'", name));
            if let PyObject::Exception(x) = &*e.0 {
                x.dict.borrow_mut().set_str("name", Value::str(name));
            }
            return Err(e);
        };
        let m = self.new_module(name, Some(&file));
        let Value::Obj(mo) = &m else { unreachable!("module is an object") };
        let PyObject::Module(md) = &**mo else { unreachable!("module") };
        let dict = md.dict.clone();
        {
            let mut d = Vm::dict_of(&dict).borrow_mut();
            if is_pkg {
                let dir = std::path::Path::new(&file).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
                d.set_str("__path__", Value::list(vec![Value::string(dir)]));
                d.set_str("__package__", Value::str(name));
            } else {
                d.set_str("__package__", Value::str(name.rsplit_once('.').map(|(a, _)| a).unwrap_or("")));
            }
        }
        Vm::dict_of(&modules).borrow_mut().set_str(name, m.clone());
        if let Err(e) = self.exec_source(&source, &file, &dict) {
            Vm::dict_of(&modules).borrow_mut().del_str(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let m = Vm::dict_of(&modules).borrow().get_str(name).cloned().unwrap_or(m);
        self.bind_in_parent(name, &m)?;
        Ok(m)
    }

    /// A frozen helper module the VM itself uses (stdlib/_asyncgen.py,
    /// _consume.py), loaded once and kept out of `sys.modules`: programs
    /// never see it, as they never see the C code it stands in for.
    pub fn private_module(&mut self, name: &'static str) -> PyResult<Value> {
        if let Some(m) = self.interp.private_modules.borrow().get(name) {
            return Ok(m.clone());
        }
        // A development copy under COIL_STDLIB first, like imports.
        let dev = std::env::var("COIL_STDLIB").ok().and_then(|d| std::fs::read_to_string(format!("{}/{}.py", d, name)).ok());
        let Some(source) = dev.or_else(|| self.interp.frozen.get(name).map(|f| f.source.to_string())) else {
            return Err(self.new_error("ModuleNotFoundError", &format!("No module named '{}'", name)));
        };
        let file = format!("<frozen {}>", name);
        let m = self.new_module(name, Some(&file));
        let Value::Obj(mo) = &m else { unreachable!("module is an object") };
        let PyObject::Module(md) = &**mo else { unreachable!("module") };
        let dict = md.dict.clone();
        self.exec_source(&source, &file, &dict)?;
        self.interp.private_modules.borrow_mut().insert(name, m.clone());
        Ok(m)
    }

    fn bind_in_parent(&mut self, name: &str, m: &Value) -> PyResult<()> {
        if let Some((parent, child)) = name.rsplit_once('.') {
            let p = Vm::dict_of(&self.interp.modules).borrow().get_str(parent).cloned();
            if let Some(p) = p {
                self.setattr(&p, &Value::str(child), m.clone())?;
            }
        }
        Ok(())
    }

    /// A new empty module object.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Value {
        let mut d = PyDict::new();
        d.set_str("__name__", Value::str(name));
        d.set_str("__doc__", Value::None);
        d.set_str("__package__", Value::None);
        d.set_str("__loader__", Value::None);
        d.set_str("__spec__", Value::None);
        if let Some(f) = file {
            d.set_str("__file__", Value::str(f));
        }
        d.set_str("__builtins__", Value::Obj(self.interp.builtins.clone()));
        let dict = Rc::new(PyObject::Dict(RefCell::new(d)));
        Value::from_obj(PyObject::Module(Box::new(Module { name: name.to_string(), dict })))
    }

    /// Finds a module's source: script directory and sys.path, then the frozen stdlib.
    fn find_source(&mut self, name: &str) -> PyResult<Option<(Rc<str>, String, bool)>> {
        let rel = name.replace('.', "/");
        let path: Vec<Value> = match &*self.interp.path {
            PyObject::List(l) => l.borrow().clone(),
            _ => vec![],
        };
        let stdlib_dir = std::env::var("COIL_STDLIB").ok();
        let mut dirs: Vec<String> = path.iter().filter_map(|p| p.as_str().map(|s| s.to_string())).collect();
        if let Some(d) = &stdlib_dir {
            dirs.insert(1.min(dirs.len()), d.clone());
        }
        // For a submodule, only look inside the parent package's __path__.
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = Vm::dict_of(&self.interp.modules).borrow().get_str(parent).cloned();
            if let Some(pm) = p {
                if let Some(pp) = self.getattr_opt(&pm, "__path__")? {
                    let pdirs: Vec<String> = self.iterate(&pp)?.iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect();
                    let leaf = name.rsplit('.').next().unwrap_or(name);
                    for d in pdirs {
                        if let Some(found) = try_dir(&d, leaf) {
                            return Ok(Some(found));
                        }
                    }
                }
            }
            if let Some(fr) = self.interp.frozen.get(name) {
                return Ok(Some((Rc::from(fr.source), format!("<frozen {}>", name), fr.is_package)));
            }
            return Ok(None);
        }
        for d in &dirs {
            if let Some(found) = try_dir(d, &rel) {
                return Ok(Some(found));
            }
        }
        if let Some(fr) = self.interp.frozen.get(name) {
            return Ok(Some((Rc::from(fr.source), format!("<frozen {}>", name), fr.is_package)));
        }
        Ok(None)
    }

    /// Compiles and runs source text in a module namespace.
    pub fn exec_source(&mut self, source: &str, filename: &str, globals: &Obj) -> PyResult<Value> {
        self.interp.sources.borrow_mut().insert(filename.to_string(), Rc::from(source));
        let code = self.compile_source(source, filename, Mode::Exec)?;
        self.run_code(code, globals, None)
    }

    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<crate::bytecode::PyCode>> {
        let ast = match crate::syntax::parse_module(source) {
            Ok(a) => a,
            Err(e) => return Err(self.syntax_error(&e, filename, Some(source))),
        };
        match crate::compiler::compile_module(&ast, filename, mode) {
            Ok(c) => Ok(c),
            Err(e) => Err(self.syntax_error(&e, filename, Some(source))),
        }
    }

    /// Runs a module-level code object with the given namespaces.
    pub fn run_code(&mut self, code: Rc<crate::bytecode::PyCode>, globals: &Obj, locals: Option<Obj>) -> PyResult<Value> {
        let mut frame = self.alloc_frame(&code, globals);
        frame.stack.resize(code.varnames.len(), Value::Null);
        for _ in 0..code.cellvars.len() {
            frame.stack.push(Value::cell(Value::Null));
        }
        frame.locals = locals;
        frame.ret = Return::Native;
        self.run_frame(frame)
    }

    /// `from module import name`
    pub fn import_from(&mut self, m: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let modname = match m {
            Value::Obj(o) => match &**o {
                PyObject::Module(md) => md.name.clone(),
                _ => "?".to_string(),
            },
            _ => "?".to_string(),
        };
        // A submodule may be importable.
        if self.is_package(m) {
            if let Ok(v) = self.load_module(&format!("{}.{}", modname, name)) {
                return Ok(v);
            }
        }
        let file = self.getattr_opt(m, "__file__")?.and_then(|f| f.as_str().map(|s| s.to_string()));
        let msg = match file {
            Some(f) => format!("cannot import name '{}' from '{}' ({})", name, modname, f),
            None => format!("cannot import name '{}' from '{}' (unknown location)", name, modname),
        };
        Err(self.new_error("ImportError", &msg))
    }

    /// `from module import *`
    pub fn import_star(&mut self, m: &Value, ns: &Obj) -> PyResult<()> {
        let Value::Obj(mo) = m else { return Ok(()) };
        let PyObject::Module(md) = &**mo else { return Ok(()) };
        let all = Vm::dict_of(&md.dict).borrow().get_str("__all__").cloned();
        let names: Vec<Value> = match all {
            Some(a) => self.iterate(&a)?,
            None => Vm::dict_of(&md.dict).borrow().keys().into_iter().filter(|k| !k.as_str().map(|s| s.starts_with('_')).unwrap_or(true)).collect(),
        };
        for n in names {
            let Some(s) = n.as_str() else { continue };
            let v = self.getattr_str(m, s)?;
            self.dict_set(ns, n.clone(), v)?;
        }
        Ok(())
    }
}

fn try_dir(dir: &str, rel: &str) -> Option<(Rc<str>, String, bool)> {
    let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(dir) };
    let file = base.join(format!("{}.py", rel));
    if file.is_file() {
        let src = std::fs::read(&file).ok()?;
        let text = String::from_utf8_lossy(&src).to_string();
        return Some((Rc::from(text), display(&file, dir), false));
    }
    let init = base.join(rel).join("__init__.py");
    if init.is_file() {
        let src = std::fs::read(&init).ok()?;
        return Some((Rc::from(String::from_utf8_lossy(&src).to_string()), display(&init, dir), true));
    }
    None
}

fn display(p: &std::path::Path, dir: &str) -> String {
    if dir.is_empty() {
        p.strip_prefix(".").unwrap_or(p).to_string_lossy().to_string()
    } else {
        p.to_string_lossy().to_string()
    }
}
