//! AST to bytecode. `symtable` decides where each name lives; `stmt` and
//! `expr` emit instructions into a `Unit` (one per code object).
//!
//! Control flow that leaves a `try`/`with`/`except` body early (`return`,
//! `break`, `continue`) is compiled CPython 3.9-style: the compiler walks its
//! stack of frame blocks (`FBlock`) and emits the cleanup inline (popping the
//! runtime block, running the `finally` body, calling `__exit__`).

mod expr;
mod stmt;
pub mod symtable;

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{flags, Instr, Label, PyCode};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use symtable::{ScopeKind, Sym, SymbolTable};

/// What kind of top-level code to produce.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Exec,
    /// An interactive line: expression statements print their value.
    Single,
    /// `eval()`: one expression whose value is returned.
    Eval,
}

/// Compiles a module body into a code object.
pub fn compile_module(body: &[Stmt], filename: &str, mode: Mode) -> Result<Rc<PyCode>, SyntaxError> {
    let table = SymbolTable::build(body, ScopeKind::Module)?;
    let mut c = Compiler { table, filename: Rc::from(filename), units: Vec::new(), mode };
    c.push_unit(0, "<module>", "<module>", 1);
    let start = if mode == Mode::Exec { c.docstring_stmt(body) } else { 0 };
    if mode == Mode::Exec && start == 1 {
        if let StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. }) = &body[0].kind {
            let k = c.const_str(s);
            c.emit(Instr::LoadConst(k));
            let n = c.name_idx("__doc__");
            c.emit(Instr::StoreName(n));
        }
    }
    if body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. })) {
        c.emit(Instr::SetupAnnotations);
    }
    for s in &body[start..] {
        c.stmt(s)?;
    }
    c.emit_none_return();
    Ok(c.pop_unit())
}

/// Compiles a single expression for `eval()`.
pub fn compile_eval(e: &Expr, filename: &str) -> Result<Rc<PyCode>, SyntaxError> {
    let body = vec![Stmt { loc: e.loc, kind: StmtKind::Expr(e.clone()) }];
    let table = SymbolTable::build(&body, ScopeKind::Module)?;
    let mut c = Compiler { table, filename: Rc::from(filename), units: Vec::new(), mode: Mode::Eval };
    c.push_unit(0, "<module>", "<module>", e.loc.line);
    if let StmtKind::Expr(e) = &body[0].kind {
        c.expr(e)?;
    }
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

/// Blocks of the compile-time block stack (what an early exit must undo).
#[derive(Clone)]
enum FBlock<'a> {
    /// A `while` loop: `continue` jumps to `start`, `break` is patched later.
    While { start: Label, breaks: Vec<usize> },
    /// A `for` loop: the iterator is on the stack.
    For { start: Label, breaks: Vec<usize> },
    /// The body of `try` with a `finally`: the runtime block is pushed.
    TryFinally(&'a [Stmt]),
    /// The body of a `try` with handlers: the runtime block is pushed.
    TryExcept,
    /// Inside an `except` body: `prev_exc_info` on the stack, a cleanup block
    /// pushed; with a name, also the block that unbinds it.
    Handler(Option<String>),
    /// Inside the exception path of a `finally`: `prev_exc exc` on the stack.
    FinallyHandler,
    /// Inside a `with` body: `exit` on the stack and a runtime block pushed.
    With,
    /// Inside an `async with` body: like `With`, but `__aexit__` is awaited.
    AsyncWith,
    /// A `finally` body inlined by `return`: the return value sits on the
    /// stack, so a `break`/`continue`/`return` inside must pop it.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_keys: HashMap<String, u32>,
    names: Vec<Value>,
    name_keys: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    line: u32,
    fblocks: Vec<FBlock<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    doc: Option<String>,
}

pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    mode: Mode,
}

fn syntax_err(loc: Loc, msg: &str) -> SyntaxError {
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.to_string(), line: loc.line, col: loc.col + 1, incomplete: false }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32) {
        let s = &self.table.scopes[scope];
        let varnames = if s.kind == ScopeKind::Function || s.kind == ScopeKind::Comprehension { s.local_names() } else { Vec::new() };
        let mut flags = 0;
        if s.kind == ScopeKind::Function || s.kind == ScopeKind::Comprehension {
            flags |= flags::NESTED;
            if s.is_generator && s.is_coroutine {
                flags |= flags::ASYNC_GENERATOR;
            } else if s.is_generator {
                flags |= flags::GENERATOR;
            } else if s.is_coroutine {
                flags |= flags::COROUTINE;
            }
        }
        let unit = Unit {
            scope,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_keys: HashMap::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            line,
            fblocks: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            doc: None,
        };
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> Rc<PyCode> {
        let mut u = self.units.pop().expect("unit");
        fuse_local_loads(&mut u.instrs);
        let max_stack = compute_max_stack(&u.instrs);
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                let pi = u.varnames.iter().position(|v| v == n)?;
                if (pi as u32) < u.argcount + u.kwonly + (u.flags & (flags::VARARGS | flags::VARKEYWORDS)).count_ones() {
                    Some((ci as u32, pi as u32))
                } else {
                    None
                }
            })
            .collect();
        let simple_args = u.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && u.kwonly == 0 && u.cellvars.is_empty();
        let global_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let attr_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let method_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        Rc::new(PyCode {
            simple_args,
            global_cache,
            attr_cache,
            method_cache,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            instrs: u.instrs,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            max_stack,
            doc: u.doc,
        })
    }

    // ---- emitting ----

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.instrs.len() - 1
    }
    fn here(&mut self) -> Label {
        self.unit().instrs.len() as Label
    }
    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let here = self.here();
        self.unit().instrs[at].set_target(here);
    }
    fn set_line(&mut self, line: u32) -> u32 {
        let u = self.unit();
        std::mem::replace(&mut u.line, line)
    }
    fn emit_none_return(&mut self) {
        let k = self.const_value("None", Value::None);
        self.emit(Instr::LoadConst(k));
        self.emit(Instr::ReturnValue);
    }

    fn const_value(&mut self, key: &str, v: Value) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.const_keys.get(key) {
            return i;
        }
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        u.const_keys.insert(key.to_string(), i);
        i
    }
    fn const_str(&mut self, s: &str) -> u32 {
        // Short identifier-like constants (keyword names, dict keys) are interned.
        let v = if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            crate::objects::str::intern(s)
        } else {
            Value::str(s)
        };
        self.const_value(&format!("s{s}"), v)
    }
    fn const_unique(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }
    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_keys.get(name) {
            return i;
        }
        u.names.push(crate::objects::str::intern(name));
        let i = (u.names.len() - 1) as u32;
        u.name_keys.insert(name.to_string(), i);
        i
    }
    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        match u.varnames.iter().position(|v| v == name) {
            Some(i) => i as u32,
            None => {
                u.varnames.push(name.to_string());
                (u.varnames.len() - 1) as u32
            }
        }
    }
    fn cell_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|v| v == name) {
            return i as u32;
        }
        match u.freevars.iter().position(|v| v == name) {
            Some(i) => (u.cellvars.len() + i) as u32,
            None => {
                u.freevars.push(name.to_string());
                (u.cellvars.len() + u.freevars.len() - 1) as u32
            }
        }
    }

    fn scope_kind(&mut self) -> ScopeKind {
        let s = self.unit().scope;
        self.table.scopes[s].kind
    }
    fn sym(&mut self, name: &str) -> Sym {
        let s = self.unit().scope;
        self.table.scopes[s].lookup(name)
    }

    /// `name` with private name mangling applied (see symtable::mangle).
    fn mangled(&mut self, name: &str) -> String {
        let s = self.unit().scope;
        self.table.scopes[s].mangle(name).into_owned()
    }

    /// The names-table index of an attribute name (mangled like a variable).
    fn attr_idx(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        self.name_idx(&name)
    }

    // ---- names ----

    fn load_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let i = match self.sym(name) {
            Sym::Local => Instr::LoadFast(self.var_idx(name)),
            Sym::Cell => Instr::LoadDeref(self.cell_idx(name)),
            Sym::Free => {
                if self.scope_kind() == ScopeKind::Class {
                    Instr::LoadClassDeref(self.cell_idx(name))
                } else {
                    Instr::LoadDeref(self.cell_idx(name))
                }
            }
            Sym::GlobalExplicit | Sym::GlobalImplicit => {
                if self.scope_kind() == ScopeKind::Class && matches!(self.sym(name), Sym::GlobalImplicit) {
                    Instr::LoadName(self.name_idx(name))
                } else {
                    Instr::LoadGlobal(self.name_idx(name))
                }
            }
            Sym::Name => Instr::LoadName(self.name_idx(name)),
        };
        self.emit(i);
    }

    fn store_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let i = match self.sym(name) {
            Sym::Local => Instr::StoreFast(self.var_idx(name)),
            Sym::Cell | Sym::Free => Instr::StoreDeref(self.cell_idx(name)),
            Sym::GlobalExplicit | Sym::GlobalImplicit => Instr::StoreGlobal(self.name_idx(name)),
            Sym::Name => Instr::StoreName(self.name_idx(name)),
        };
        self.emit(i);
    }

    fn delete_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        let i = match self.sym(name) {
            Sym::Local => Instr::DeleteFast(self.var_idx(name)),
            Sym::Cell | Sym::Free => Instr::DeleteDeref(self.cell_idx(name)),
            Sym::GlobalExplicit | Sym::GlobalImplicit => Instr::DeleteGlobal(self.name_idx(name)),
            Sym::Name => Instr::DeleteName(self.name_idx(name)),
        };
        self.emit(i);
    }

    /// Index of the first statement after a docstring (0 or 1).
    fn docstring_stmt(&self, body: &[Stmt]) -> usize {
        match body.first() {
            Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(_)), .. }), .. }) => 1,
            _ => 0,
        }
    }

    fn qualname_for(&mut self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let scope = &self.table.scopes[u.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }
}

/// Marks common sequences starting with `LoadFast` as fused (see the
/// `LoadFast*` instructions): the first instruction does the whole sequence
/// and skips the rest, which stay in place, so jumps into them still work
/// and the fused instruction can always fall back to a plain `LoadFast`.
/// Walks backwards, so `LoadFast2` only pairs with a load left plain.
fn fuse_local_loads(instrs: &mut [Instr]) {
    for i in (0..instrs.len()).rev() {
        let Instr::LoadFast(l) = instrs[i] else { continue };
        let next = |k: usize| instrs.get(i + k).copied();
        instrs[i] = match (next(1), next(2), next(3)) {
            (
                Some(Instr::LoadConst(_)),
                Some(Instr::CompareOp(_) | Instr::IsOp(_)),
                Some(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)),
            ) => Instr::LoadFastConstCompare(l),
            (Some(Instr::LoadConst(_)), Some(Instr::BinaryOp(_) | Instr::InplaceOp(_)), _) => Instr::LoadFastConstOp(l),
            (Some(Instr::LoadFast(_)), _, _) => Instr::LoadFast2(l),
            (Some(Instr::LoadAttr(_)), _, _) => Instr::LoadFastAttr(l),
            (Some(Instr::StoreAttr(_)), _, _) => Instr::LoadFastStoreAttr(l),
            _ => continue,
        };
    }
}

/// The deepest the value stack can get, by following every path through the code.
fn compute_max_stack(instrs: &[Instr]) -> u32 {
    let mut depth_at: Vec<i32> = vec![-1; instrs.len() + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((mut pc, mut d)) = work.pop() {
        while pc < instrs.len() {
            // A depth seen before (or a deeper one) needs no second walk; the
            // cap only matters if the compiler ever emitted unbalanced code.
            if depth_at[pc] >= d || d > 100_000 {
                break;
            }
            depth_at[pc] = d;
            let ins = instrs[pc];
            if let (Some(t), Some(je)) = (ins.target(), ins.jump_effect()) {
                let td = d + je;
                max = max.max(td);
                work.push((t as usize, td));
            }
            d += ins.stack_effect();
            max = max.max(d);
            if matches!(ins, Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::Raise(_)) {
                break;
            }
            pc += 1;
        }
    }
    max.max(0) as u32
}
