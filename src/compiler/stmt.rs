//! Statement code generation.

use super::symtable::ScopeKind;
use super::{syntax_err, Compiler, FBlock, Mode};
use crate::bytecode::{flags, Instr};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

type R = Result<(), SyntaxError>;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> R {
        self.set_line(s.loc.line);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // a bare constant (docstring-like) does nothing
                } else {
                    self.expr(e)?;
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if let ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } = &target.kind {
                    self.expr(value)?;
                    self.emit(Instr::PopTop);
                }
                if *simple && self.scope_kind() != ScopeKind::Function {
                    if let ExprKind::Name(n) = &target.kind {
                        // __annotations__[name] = annotation
                        self.expr(annotation)?;
                        let a = self.name_idx("__annotations__");
                        self.emit(Instr::LoadName(a));
                        let k = self.const_str(n);
                        self.emit(Instr::LoadConst(k));
                        self.emit(Instr::StoreSubscr);
                    }
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(s.loc)?,
            StmtKind::Continue => self.continue_stmt(s.loc)?,
            StmtKind::Return(v) => self.return_stmt(s.loc, v.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let je = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    self.stmts(orelse)?;
                    self.patch(je);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                // `while True:` (or `while 1:`) tests nothing, as in CPython.
                let jf = if always_true(test) {
                    None
                } else {
                    self.expr(test)?;
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                };
                self.unit().fblocks.push(FBlock::While { start, breaks: Vec::new() });
                self.stmts(body)?;
                self.set_line(s.loc.line);
                self.emit(Instr::Jump(start));
                let breaks = match self.unit().fblocks.pop() {
                    Some(FBlock::While { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                if let Some(jf) = jf {
                    self.patch(jf);
                }
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return self.async_for(s, target, iter, body, orelse);
                }
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let start = self.here();
                let fi = self.emit(Instr::ForIter(0));
                self.store_target(target)?;
                self.unit().fblocks.push(FBlock::For { start, breaks: Vec::new() });
                self.stmts(body)?;
                self.set_line(s.loc.line);
                self.emit(Instr::Jump(start));
                let breaks = match self.unit().fblocks.pop() {
                    Some(FBlock::For { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                self.patch(fi);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::With { items, body, is_async } => self.with_stmt(items, body, *is_async)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let z = self.const_value("i0", Value::Int(0));
                    self.emit(Instr::LoadConst(z));
                    let none = self.const_value("None", Value::None);
                    self.emit(Instr::LoadConst(none));
                    let n = self.name_idx(&a.name);
                    self.emit(Instr::ImportName(n));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule itself.
                            for part in a.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Instr::LoadAttr(p));
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level, star } => {
                let lv = self.const_value(&format!("i{level}"), Value::Int(*level as i64));
                self.emit(Instr::LoadConst(lv));
                let fromlist: Vec<Value> = if *star { vec![Value::str("*")] } else { names.iter().map(|a| Value::str(&a.name)).collect() };
                let fl = self.const_unique(Value::tuple(fromlist));
                self.emit(Instr::LoadConst(fl));
                let n = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(n));
                if *star {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let n = self.name_idx(&a.name);
                        self.emit(Instr::ImportFrom(n));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::DupTop);
                let a = self.attr_idx(attr);
                self.emit(Instr::LoadAttr(a));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(a));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Instr::DupTop2);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(syntax_err(target.loc, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let a = self.attr_idx(attr);
                self.emit(Instr::StoreAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            return Err(syntax_err(t.loc, "multiple starred expressions in assignment"));
                        }
                        let after = items.len() - si - 1;
                        if si > 255 || after > 255 {
                            return Err(syntax_err(t.loc, "too many expressions in star-unpacking assignment"));
                        }
                        self.emit(Instr::UnpackEx(((si as u32) << 8) | after as u32));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
            }
            ExprKind::Starred(_) => return Err(syntax_err(t.loc, "starred assignment target must be in a list or tuple")),
            _ => return Err(syntax_err(t.loc, "cannot assign to expression")),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let a = self.attr_idx(attr);
                self.emit(Instr::DeleteAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(syntax_err(t.loc, "cannot delete expression")),
        }
        Ok(())
    }

    // ---- early exits ----

    /// Emits the cleanup of fblocks from the innermost outwards, stopping at
    /// the first loop when `to_loop` (returns its index), or unwinding all for
    /// `return` (with the return value on top of the stack when `preserve_tos`).
    fn unwind_fblocks(&mut self, to_loop: bool, preserve_tos: bool) -> Result<Option<usize>, SyntaxError> {
        let blocks = self.unit().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            match b {
                FBlock::While { .. } => {
                    if to_loop {
                        return Ok(Some(i));
                    }
                }
                FBlock::For { .. } => {
                    if to_loop {
                        return Ok(Some(i));
                    }
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopTop);
                }
                FBlock::TryExcept => {
                    self.emit(Instr::PopBlock);
                }
                FBlock::TryFinally(body) => {
                    self.emit(Instr::PopBlock);
                    // The finally body runs outside of its own block.
                    let saved = self.unit().fblocks.split_off(i);
                    if preserve_tos {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    let r = self.stmts(body);
                    if preserve_tos {
                        self.unit().fblocks.pop();
                    }
                    self.unit().fblocks.extend(saved);
                    r?;
                }
                FBlock::Handler(name) => {
                    if let Some(n) = name {
                        self.emit(Instr::PopBlock);
                        self.unbind_handler_name(n);
                    }
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopExcept);
                }
                FBlock::FinallyHandler => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::PopTop);
                        self.emit(Instr::Rot2);
                    } else {
                        self.emit(Instr::PopTop);
                    }
                    self.emit(Instr::PopExcept);
                }
                FBlock::With => {
                    self.emit(Instr::PopBlock);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::WithExit);
                }
                FBlock::AsyncWith => {
                    self.emit(Instr::PopBlock);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    // await exit(None, None, None)
                    let none = self.const_value("None", Value::None);
                    for _ in 0..3 {
                        self.emit(Instr::LoadConst(none));
                    }
                    self.emit(Instr::Call(3));
                    self.emit(Instr::GetAwaitable(2));
                    self.emit(Instr::LoadConst(none));
                    self.yield_from_loop();
                    self.emit(Instr::PopTop);
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(None)
    }

    fn break_stmt(&mut self, loc: Loc) -> R {
        let Some(i) = self.unwind_fblocks(true, false)? else {
            return Err(syntax_err(loc, "'break' outside loop"));
        };
        if let FBlock::For { .. } = self.unit().fblocks[i] {
            self.emit(Instr::PopTop);
        }
        let j = self.emit(Instr::Jump(0));
        match &mut self.unit().fblocks[i] {
            FBlock::While { breaks, .. } | FBlock::For { breaks, .. } => breaks.push(j),
            _ => {}
        }
        Ok(())
    }

    fn continue_stmt(&mut self, loc: Loc) -> R {
        let Some(i) = self.unwind_fblocks(true, false)? else {
            return Err(syntax_err(loc, "'continue' not properly in loop"));
        };
        let start = match &self.unit().fblocks[i] {
            FBlock::While { start, .. } | FBlock::For { start, .. } => *start,
            _ => 0,
        };
        self.emit(Instr::Jump(start));
        Ok(())
    }

    fn return_stmt(&mut self, loc: Loc, v: Option<&'a Expr>) -> R {
        if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) || self.units.len() == 1 {
            return Err(syntax_err(loc, "'return' outside function"));
        }
        if v.is_some() && self.unit().flags & flags::ASYNC_GENERATOR != 0 {
            return Err(syntax_err(loc, "'return' with value in async generator"));
        }
        match v {
            Some(e) => self.expr(e)?,
            None => {
                let k = self.const_value("None", Value::None);
                self.emit(Instr::LoadConst(k));
            }
        }
        self.unwind_fblocks(false, true)?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    // ---- try ----

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt]) -> R {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        let to_end = self.emit(Instr::Jump(0));
        self.patch(setup);
        let mut ends = vec![to_end];
        // stack: prev_exc exc
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.loc.line);
            let mut next = None;
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    next = Some(self.emit(Instr::PopJumpIfFalse(0)));
                }
                None => {
                    if i + 1 < handlers.len() {
                        return Err(syntax_err(h.loc, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(n) => {
                    self.store_name(n);
                    // try: body finally: n = None; del n
                    let cleanup = self.emit(Instr::SetupExcept(0));
                    self.unit().fblocks.push(FBlock::Handler(Some(n.clone())));
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.unbind_handler_name(n);
                    self.emit(Instr::PopExcept);
                    ends.push(self.emit(Instr::Jump(0)));
                    self.patch(cleanup);
                    // stack: prev_exc prev_exc2 exc2
                    self.unbind_handler_name(n);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit().fblocks.push(FBlock::Handler(None));
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopExcept);
                    ends.push(self.emit(Instr::Jump(0)));
                }
            }
            if let Some(nx) = next {
                self.patch(nx);
            }
        }
        // No handler matched.
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn unbind_handler_name(&mut self, n: &str) {
        let k = self.const_value("None", Value::None);
        self.emit(Instr::LoadConst(k));
        self.store_name(n);
        self.delete_name(n);
    }

    fn try_finally(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt], finalbody: &'a [Stmt]) -> R {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // exception path: prev_exc exc
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    // ---- with ----

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> R {
        if is_async {
            return self.async_with(items, body);
        }
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        self.emit(Instr::BeforeWith);
        let setup = self.emit(Instr::SetupWith(0));
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, false)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExit);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // stack: exit prev_exc exc
        self.emit(Instr::WithExceptStart);
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.patch(end);
        Ok(())
    }

    // ---- definitions ----

    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> R {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let scope = self.table.scope_of(f);
        let qualname = self.qualname_for(&f.name);
        self.make_function(scope, &f.name, &qualname, &f.params, f.returns.as_ref(), s.loc.line, |c| {
            let start = c.docstring_stmt(&f.body);
            if start == 1 {
                if let StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(d)), .. }) = &f.body[0].kind {
                    c.unit().doc = Some(d.clone());
                }
            }
            c.stmts(&f.body[start..])?;
            c.emit_none_return();
            Ok(())
        })?;
        self.set_line(s.loc.line);
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    /// Compiles a function body in a new unit and emits the code that builds
    /// the function object (defaults, closure) in the current unit.
    pub(super) fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        params: &'a Params,
        returns: Option<&'a Expr>,
        line: u32,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let mut fl = 0;
        if !params.defaults.is_empty() {
            for d in &params.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(params.defaults.len() as u32));
            fl |= 1;
        }
        let kwd: Vec<(&Param, &Expr)> = params.kwonly.iter().zip(&params.kw_defaults).filter_map(|(p, d)| d.as_ref().map(|d| (p, d))).collect();
        if !kwd.is_empty() {
            for (p, d) in &kwd {
                let name = self.mangled(&p.name);
                let k = self.const_str(&name);
                self.emit(Instr::LoadConst(k));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwd.len() as u32));
            fl |= 2;
        }
        // Annotations are evaluated when the function is defined (3.11 semantics).
        let all = params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly).chain(&params.kwarg);
        let mut anns: Vec<(&str, &'a Expr)> = all.filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a))).collect();
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            for (n, e) in &anns {
                let name = self.mangled(n);
                let k = self.const_str(&name);
                self.emit(Instr::LoadConst(k));
                self.expr(e)?;
            }
            self.emit(Instr::BuildMap(anns.len() as u32));
            fl |= 4;
        }
        self.push_unit(scope, name, qualname, line);
        {
            let u = self.unit();
            u.posonly = params.posonly.len() as u32;
            u.argcount = (params.posonly.len() + params.args.len()) as u32;
            u.kwonly = params.kwonly.len() as u32;
            if params.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if params.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        body(self)?;
        let code = self.pop_unit();
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.cell_idx(fv);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fl |= 8;
        }
        let k = self.const_unique(Value::from_obj(crate::objects::PyObject::Code(code)));
        self.emit(Instr::LoadConst(k));
        let q = self.const_str(qualname);
        self.emit(Instr::LoadConst(q));
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> R {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(&c.name);
        let empty: &'a Params = &super::expr::EMPTY_PARAMS;
        let qn = qualname.clone();
        self.make_function(scope, &c.name, &qualname, empty, None, s.loc.line, |cc| {
            let m = cc.name_idx("__name__");
            cc.emit(Instr::LoadName(m));
            let mm = cc.name_idx("__module__");
            cc.emit(Instr::StoreName(mm));
            let q = cc.const_str(&qn);
            cc.emit(Instr::LoadConst(q));
            let qq = cc.name_idx("__qualname__");
            cc.emit(Instr::StoreName(qq));
            let start = cc.docstring_stmt(&c.body);
            if start == 1 {
                if let StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(d)), .. }) = &c.body[0].kind {
                    let k = cc.const_str(d);
                    cc.emit(Instr::LoadConst(k));
                    let dn = cc.name_idx("__doc__");
                    cc.emit(Instr::StoreName(dn));
                }
            }
            if c.body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. })) {
                cc.emit(Instr::SetupAnnotations);
            }
            cc.stmts(&c.body[start..])?;
            let sc = cc.unit().scope;
            if cc.table.scopes[sc].has_class_cell {
                let i = cc.cell_idx("__class__");
                cc.emit(Instr::LoadClosure(i));
                let n = cc.name_idx("__classcell__");
                cc.emit(Instr::StoreName(n));
            }
            cc.emit_none_return();
            Ok(())
        })?;
        let k = self.const_str(&c.name);
        self.emit(Instr::LoadConst(k));
        self.call_args(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

/// A loop test that is a true constant (`True`, a nonzero int literal).
fn always_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Constant(Constant::True) => true,
        ExprKind::Constant(Constant::Int(i)) => i.sign() != num_bigint::Sign::NoSign,
        _ => false,
    }
}
