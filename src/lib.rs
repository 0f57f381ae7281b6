//! coil: a small Python 3.11 interpreter built for concurrency.
//!
//! Embedding: create an [`Interpreter`], run source with [`Interpreter::run`]
//! or evaluate an expression with [`Interpreter::eval`]. The interpreter's
//! thread holds the GIL while it exists; [`Interpreter::allow_threads`] lets
//! Python threads run while the host does other work.

pub mod bytecode;
pub mod compiler;
pub mod format;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod runtime;
pub mod stdlib;
pub mod syntax;
pub mod vm;

use objects::Value;
use vm::Vm;

/// An embedded interpreter with its own modules and globals.
pub struct Interpreter {
    // Declared before `vm`, so it is dropped while the Vm still holds the GIL.
    main: objects::Obj,
    pub vm: Vm,
}

impl Interpreter {
    pub fn new() -> Interpreter {
        let mut vm = Vm::new(vec![String::new()]);
        let m = vm.new_module("__main__", None);
        let Value::Obj(mo) = &m else { unreachable!("module is an object") };
        let objects::PyObject::Module(md) = &**mo else { unreachable!("module") };
        let main = md.dict.clone();
        Vm::dict_of(&vm.interp.modules).borrow_mut().set_str("__main__", m.clone());
        Interpreter { vm, main }
    }

    /// Runs statements in the `__main__` namespace; an uncaught exception is
    /// returned as its formatted traceback.
    pub fn run(&mut self, source: &str) -> Result<(), String> {
        let main = self.main.clone();
        let r = self.vm.exec_source(source, "<string>", &main);
        modules::sys::flush_stdout(&self.vm);
        r.map(|_| ()).map_err(|e| self.vm.format_exception(&e.0))
    }

    /// Evaluates an expression and returns its `repr()`.
    pub fn eval(&mut self, source: &str) -> Result<String, String> {
        let main = self.main.clone();
        let expr = syntax::parse_expression(source).map_err(|e| e.to_string())?;
        let code = compiler::compile_eval(&expr, "<string>").map_err(|e| e.to_string())?;
        let r = self.vm.run_code(code, &main, None).and_then(|v| self.vm.repr(&v));
        r.map_err(|e| self.vm.format_exception(&e.0))
    }
}

impl Interpreter {
    /// Runs host work with the GIL released, so that Python threads started
    /// by earlier `run` calls make progress meanwhile. (The interpreter holds
    /// the GIL for as long as it exists otherwise.) `f` cannot capture Python
    /// values: they are not `Send`.
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        runtime::allow_threads(f)
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}
