//! Symbol table: decides for every name in every scope whether it is a fast
//! local, a cell (a local captured by an inner function), a free variable
//! (captured from an enclosing function), a global, or a namespace name
//! (module and class bodies).
//!
//! Scopes are keyed by the address of their AST node so the code generator
//! finds them again without relying on traversal order.

use std::collections::HashMap;

use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Module/class namespace lookup.
    Name,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const GLOBAL: u8 = 4;
const NONLOCAL: u8 = 8;
const USED: u8 = 16;

pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance, with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    pub syms: HashMap<String, Sym>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method that mentions `super` or `__class__` needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// For class scopes: whether some method needs `__class__`.
    pub has_class_cell: bool,
    pub params: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub loc: Loc,
    pub has_yield_from: bool,
    pub has_return_value: bool,
    /// The class whose private names (`__x`) this scope mangles: its own
    /// name for a class body, the enclosing one's for functions in it.
    pub private: Option<String>,
}

/// CPython's private name mangling: inside class `C`, `__x` (not a dunder,
/// not dotted) is `_C__x`, with `C`'s leading underscores dropped.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{}{}", class, name).into()
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, loc: Loc) -> Scope {
        Scope {
            private: None,
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            syms: HashMap::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_class_cell: false,
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            loc,
            has_yield_from: false,
            has_return_value: false,
        }
    }
    /// `name` as this scope spells it (see `mangle`).
    pub fn mangle<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        mangle(self.private.as_deref(), name)
    }
    fn flag(&self, name: &str) -> u8 {
        self.flags.get(&*self.mangle(name)).copied().unwrap_or(0)
    }
    fn add(&mut self, name: &str, flag: u8) {
        let name = &*mangle(self.private.as_deref(), name).into_owned();
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }
    /// Locals in CPython's order: parameters first, then the others as they appear.
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if out.contains(n) {
                continue;
            }
            if matches!(self.syms.get(n), Some(Sym::Local) | Some(Sym::Cell)) {
                out.push(n.clone());
            }
        }
        out
    }
    pub fn lookup(&self, name: &str) -> Sym {
        match self.syms.get(&*self.mangle(name)) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Sym::Name,
                _ => Sym::GlobalImplicit,
            },
        }
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

fn err(loc: Loc, msg: String) -> SyntaxError {
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg, line: loc.line, col: loc.col + 1, incomplete: false }
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }

    pub fn build(body: &[Stmt], kind: ScopeKind) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder { t: SymbolTable { scopes: vec![Scope::new(kind, "<module>", None, Loc::default())], by_node: HashMap::new() }, cur: 0 };
        for s in body {
            b.stmt(s)?;
        }
        b.resolve(0, &[])?;
        Ok(b.t)
    }
}

struct Builder {
    t: SymbolTable,
    cur: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn push<T>(&mut self, node: &T, kind: ScopeKind, name: &str, loc: Loc) -> usize {
        let id = self.t.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.cur), loc);
        scope.private = if kind == ScopeKind::Class { Some(name.to_string()) } else { self.t.scopes[self.cur].private.clone() };
        self.t.scopes.push(scope);
        self.t.scopes[self.cur].children.push(id);
        self.t.by_node.insert(node as *const T as usize, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str, loc: Loc) -> Result<(), SyntaxError> {
        let _ = loc;
        self.scope().add(name, ASSIGNED);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USED);
        if name == "super" && self.scope().kind == ScopeKind::Function {
            self.scope().needs_class_cell = true;
        }
        if name == "__class__" && self.scope().kind == ScopeKind::Function {
            self.scope().needs_class_cell = true;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if *simple && self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let f = self.scope().flag(n);
                    if f & (GLOBAL | NONLOCAL) != 0 && value.is_none() {
                        // `global x; x: int` is an error in CPython.
                        let what = if f & GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(err(s.loc, format!("annotated name '{n}' can't be {what}")));
                    }
                    self.bind(n, target.loc)?;
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.scope().has_return_value = true;
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(s.kind, StmtKind::Global(_));
                for n in names {
                    let f = self.scope().flag(n);
                    let kw = if is_global { "global" } else { "nonlocal" };
                    if f & PARAM != 0 {
                        return Err(err(s.loc, format!("name '{n}' is parameter and {kw}")));
                    }
                    if f & USED != 0 {
                        return Err(err(s.loc, format!("name '{n}' is used prior to {kw} declaration")));
                    }
                    if f & ASSIGNED != 0 {
                        return Err(err(s.loc, format!("name '{n}' is assigned to before {kw} declaration")));
                    }
                    if !is_global {
                        if self.scope().kind == ScopeKind::Module {
                            return Err(err(s.loc, "nonlocal declaration not allowed at module level".into()));
                        }
                        if f & GLOBAL != 0 {
                            return Err(err(s.loc, format!("name '{n}' is nonlocal and global")));
                        }
                    } else if f & NONLOCAL != 0 {
                        return Err(err(s.loc, format!("name '{n}' is nonlocal and global")));
                    }
                    self.scope().add(n, if is_global { GLOBAL } else { NONLOCAL });
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&n, s.loc)?;
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.scope().kind != ScopeKind::Module {
                    return Err(err(s.loc, "import * only allowed at module level".into()));
                }
                for a in names {
                    let n = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.bind(&n, s.loc)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.annotations(&f.params, f.returns.as_ref())?;
                self.bind(&f.name, s.loc)?;
                let prev = self.push(&**f, ScopeKind::Function, &f.name, s.loc);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.params)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, s.loc)?;
                let prev = self.push(&**c, ScopeKind::Class, &c.name, s.loc);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &Params) -> Result<(), SyntaxError> {
        for d in &p.defaults {
            self.expr(d)?;
        }
        for d in p.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, p: &Params, returns: Option<&Expr>) -> Result<(), SyntaxError> {
        let all = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Params) -> Result<(), SyntaxError> {
        let all = p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg);
        // CPython's order: positional, keyword-only, *args, **kwargs.
        let mut names: Vec<&Param> = p.posonly.iter().chain(&p.args).chain(&p.kwonly).collect();
        names.extend(p.vararg.iter());
        names.extend(p.kwarg.iter());
        let _ = all;
        for a in names {
            let name = self.scope().mangle(&a.name).into_owned();
            if self.scope().params.contains(&name) {
                return Err(err(a.loc, format!("duplicate argument '{}' in function definition", a.name)));
            }
            self.scope().params.push(name);
            self.scope().add(&a.name, PARAM | ASSIGNED);
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.loc),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(e) => self.target(e),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SyntaxError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // In a comprehension the target binds in the enclosing
                // non-comprehension scope: a global at module level.
                let mut sc = self.cur;
                while self.t.scopes[sc].kind == ScopeKind::Comprehension {
                    sc = self.t.scopes[sc].parent.unwrap_or(0);
                }
                if sc != self.cur && self.t.scopes[sc].kind == ScopeKind::Class {
                    return Err(err(e.loc, "assignment expression within a comprehension cannot be used in a class body".into()));
                }
                let flag = if self.t.scopes[sc].kind == ScopeKind::Module { GLOBAL } else { NONLOCAL };
                let mut c = self.cur;
                while self.t.scopes[c].kind == ScopeKind::Comprehension {
                    self.t.scopes[c].add(target, flag);
                    c = self.t.scopes[c].parent.unwrap_or(0);
                }
                self.t.scopes[sc].add(target, ASSIGNED);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let prev = self.push(e, ScopeKind::Function, "<lambda>", e.loc);
                self.params(params)?;
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => self.exprs(items)?,
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    _ => "<genexpr>",
                };
                self.comprehension(e, name, generators, &[elt])?;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", generators, &[key, value])?;
            }
            ExprKind::Await(v) => {
                // `await` in a comprehension makes it (and any comprehension
                // around it) asynchronous.
                let mut sc = self.cur;
                while self.t.scopes[sc].kind == ScopeKind::Comprehension {
                    self.t.scopes[sc].is_coroutine = true;
                    sc = self.t.scopes[sc].parent.unwrap_or(0);
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.loc)?;
                self.scope().has_yield_from = true;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.fparts(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FPart::Value { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, loc: Loc) -> Result<(), SyntaxError> {
        match self.scope().kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match self.scope().name.as_str() {
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    "<genexpr>" => "generator expression",
                    _ => "list comprehension",
                };
                Err(err(loc, format!("'yield' inside {what}")))
            }
            _ => Err(err(loc, "'yield' outside function".into())),
        }
    }

    fn comprehension(&mut self, node: &Expr, name: &str, gens: &[Comprehension], elts: &[&Expr]) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter)?;
        let prev = self.push(node, ScopeKind::Comprehension, name, node.loc);
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        self.scope().params.push(".0".to_string());
        self.scope().add(".0", PARAM | ASSIGNED);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
            self.target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    /// Resolves scope `id` given the names bound in enclosing function scopes
    /// (`outer`), and returns the names this scope needs from outside (free).
    fn resolve(&mut self, id: usize, outer: &[(String, usize)]) -> Result<Vec<String>, SyntaxError> {
        let kind = self.t.scopes[id].kind;
        let order = self.t.scopes[id].order.clone();
        let mut syms = HashMap::new();
        for n in &order {
            let f = self.t.scopes[id].flags[n];
            let sym = if f & GLOBAL != 0 {
                Sym::GlobalExplicit
            } else if f & NONLOCAL != 0 {
                if !outer.iter().any(|(o, _)| o == n) {
                    let loc = self.t.scopes[id].loc;
                    return Err(err(loc, format!("no binding for nonlocal '{n}' found")));
                }
                Sym::Free
            } else if f & (ASSIGNED | PARAM) != 0 {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => Sym::Name,
                    _ => Sym::Local,
                }
            } else if outer.iter().any(|(o, _)| o == n) {
                Sym::Free
            } else {
                match kind {
                    ScopeKind::Module => Sym::Name,
                    ScopeKind::Class => Sym::Name,
                    _ => Sym::GlobalImplicit,
                }
            };
            syms.insert(n.clone(), sym);
        }
        // Class bodies may read names of enclosing functions (LoadClassDeref).
        if kind == ScopeKind::Class {
            for n in &order {
                let f = self.t.scopes[id].flags[n];
                if f & (ASSIGNED | GLOBAL) == 0 && outer.iter().any(|(o, _)| o == n) {
                    syms.insert(n.clone(), Sym::Free);
                }
            }
        }
        if self.t.scopes[id].needs_class_cell && kind == ScopeKind::Function {
            if outer.iter().any(|(o, _)| o == "__class__") {
                syms.insert("__class__".to_string(), Sym::Free);
                if !self.t.scopes[id].order.iter().any(|n| n == "__class__") {
                    self.t.scopes[id].order.push("__class__".to_string());
                    self.t.scopes[id].flags.insert("__class__".to_string(), USED);
                }
            }
        }
        self.t.scopes[id].syms = syms;

        // Names visible to children: enclosing function names plus this
        // function's locals (class scopes are skipped, except __class__).
        let mut child_outer: Vec<(String, usize)> = outer.to_vec();
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                for (n, s) in &self.t.scopes[id].syms {
                    if matches!(s, Sym::Local | Sym::Free) {
                        child_outer.retain(|(o, _)| o != n);
                        child_outer.push((n.clone(), id));
                    }
                }
                for (n, s) in &self.t.scopes[id].syms {
                    if matches!(s, Sym::GlobalExplicit) {
                        child_outer.retain(|(o, _)| o != n);
                    }
                }
            }
            ScopeKind::Class => {
                child_outer.retain(|(o, _)| o != "__class__");
                child_outer.push(("__class__".to_string(), id));
            }
            ScopeKind::Module => {
                child_outer.clear();
            }
        }
        let children = self.t.scopes[id].children.clone();
        let mut captured: Vec<String> = Vec::new();
        for c in children {
            let free = self.resolve(c, &child_outer)?;
            for n in free {
                if !captured.contains(&n) {
                    captured.push(n);
                }
            }
        }
        // Names captured from this scope become cells; names captured from
        // further out become free variables here too (passed through).
        let mut free_here: Vec<String> = Vec::new();
        let mut cells: Vec<String> = Vec::new();
        for n in &captured {
            let owner = child_outer.iter().find(|(o, _)| o == n).map(|(_, s)| *s);
            if owner == Some(id) {
                if kind == ScopeKind::Class {
                    self.t.scopes[id].has_class_cell = true;
                    if !cells.contains(n) {
                        cells.push(n.clone());
                    }
                    continue;
                }
                match self.t.scopes[id].syms.get(n) {
                    Some(Sym::Free) => {
                        if !free_here.contains(n) {
                            free_here.push(n.clone());
                        }
                    }
                    _ => {
                        self.t.scopes[id].syms.insert(n.clone(), Sym::Cell);
                        if !cells.contains(n) {
                            cells.push(n.clone());
                        }
                    }
                }
            } else if kind != ScopeKind::Module {
                if kind == ScopeKind::Class {
                    // passes through a class body untouched unless the class reads it
                } else {
                    self.t.scopes[id].syms.entry(n.clone()).or_insert(Sym::Free);
                }
                if !free_here.contains(n) {
                    free_here.push(n.clone());
                }
            }
        }
        for (n, s) in &self.t.scopes[id].syms {
            if *s == Sym::Free && !free_here.contains(n) {
                free_here.push(n.clone());
            }
        }
        free_here.sort();
        // Keep CPython-like order: cells in order of appearance.
        let order = self.t.scopes[id].local_names();
        let mut ordered_cells: Vec<String> = order.iter().filter(|n| cells.contains(n)).cloned().collect();
        for c in &cells {
            if !ordered_cells.contains(c) {
                ordered_cells.push(c.clone());
            }
        }
        self.t.scopes[id].cellvars = ordered_cells;
        self.t.scopes[id].freevars = free_here.clone();
        Ok(free_here)
    }
}
