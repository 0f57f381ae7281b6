//! Expression code generation.

use num_traits::ToPrimitive;

use super::{syntax_err, Compiler};
use crate::bytecode::{flags, Instr};
use crate::objects::{PyObject, Value};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

type R = Result<(), SyntaxError>;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        let prev = self.set_line(e.loc.line);
        let r = self.expr_inner(e);
        self.set_line(prev);
        r
    }

    fn constant(&mut self, c: &Constant) {
        let k = match c {
            Constant::None => self.const_value("None", Value::None),
            Constant::True => self.const_value("True", Value::bool(true)),
            Constant::False => self.const_value("False", Value::bool(false)),
            Constant::Ellipsis => self.const_value("...", Value::from_obj(PyObject::Ellipsis)),
            Constant::Int(i) => match i.to_i64() {
                Some(v) => self.const_value(&format!("i{v}"), Value::Int(v)),
                None => self.const_unique(Value::from_bigint(i.clone())),
            },
            Constant::Float(f) => self.const_value(&format!("f{}", f.to_bits()), Value::float(*f)),
            Constant::Complex(f) => self.const_value(&format!("j{}", f.to_bits()), Value::from_obj(PyObject::Complex(0.0, *f))),
            Constant::Str(s) => self.const_str(s),
            Constant::Bytes(b) => self.const_unique(Value::bytes(b.clone())),
        };
        self.emit(Instr::LoadConst(k));
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::DupTop);
                self.store_name(target);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals.
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant(c) = &operand.kind {
                        match c {
                            Constant::Int(i) => {
                                self.constant(&Constant::Int(-i.clone()));
                                return Ok(());
                            }
                            Constant::Float(f) => {
                                self.constant(&Constant::Float(-f));
                                return Ok(());
                            }
                            _ => {}
                        }
                    }
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.table.scope_of(e);
                let qualname = self.qualname_for("<lambda>");
                self.make_function(scope, "<lambda>", &qualname, params, None, e.loc.line, |c| {
                    // A generator lambda returns its body's value too (StopIteration.value).
                    c.expr(body)?;
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(body)?;
                let je = self.emit(Instr::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(je);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for it in items {
                        match &it.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(it)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for it in items {
                        self.expr(it)?;
                    }
                    self.emit(Instr::BuildSet(items.len() as u32));
                }
            }
            ExprKind::List(items) => self.sequence(items, false)?,
            ExprKind::Tuple(items) => self.sequence(items, true)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", generators, elt, None)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", generators, elt, None)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "<genexpr>", generators, elt, None)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::Await(v) => {
                self.check_async(e.loc, "'await' outside async function")?;
                self.expr(v)?;
                self.emit(Instr::GetAwaitable(0));
                let none = self.const_value("None", Value::None);
                self.emit(Instr::LoadConst(none));
                self.yield_from_loop();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        let none = self.const_value("None", Value::None);
                        self.emit(Instr::LoadConst(none));
                    }
                }
                if self.unit().flags & flags::ASYNC_GENERATOR != 0 {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if self.unit().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
                    return Err(syntax_err(e.loc, "'yield from' inside async function"));
                }
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                let none = self.const_value("None", Value::None);
                self.emit(Instr::LoadConst(none));
                self.yield_from_loop();
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.compare_op(ops[0]);
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(right)?;
                        if i + 1 < ops.len() {
                            self.emit(Instr::DupTop);
                            self.emit(Instr::Rot3);
                            self.compare_op(*op);
                            cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                        } else {
                            self.compare_op(*op);
                        }
                    }
                    let end = self.emit(Instr::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Instr::Rot2);
                    self.emit(Instr::PopTop);
                    self.patch(end);
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let a = self.attr_idx(attr);
                self.emit(Instr::LoadAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => return Err(syntax_err(e.loc, "can't use starred expression here")),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => {
                            let none = self.const_value("None", Value::None);
                            self.emit(Instr::LoadConst(none));
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    /// `(iter value -- result)`: the loop of `yield from` / `await`.
    pub(super) fn yield_from_loop(&mut self) {
        let start = self.here();
        let send = self.emit(Instr::Send(0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(start));
        self.patch(send);
    }

    fn check_async(&mut self, loc: Loc, msg: &str) -> R {
        let ok = self.unit().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0;
        if !ok {
            // At module level CPython says "outside function".
            if self.units.len() == 1 && msg == "'await' outside async function" {
                return Err(syntax_err(loc, "'await' outside function"));
            }
            return Err(syntax_err(loc, msg));
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
            other => Instr::CompareOp(other),
        });
    }

    fn sequence(&mut self, items: &'a [Expr], tuple: bool) -> R {
        if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for it in items {
                match &it.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(it)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
        } else {
            for it in items {
                self.expr(it)?;
            }
            let n = items.len() as u32;
            self.emit(if tuple { Instr::BuildTuple(n) } else { Instr::BuildList(n) });
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        if keys.iter().all(|k| k.is_some()) && keys.len() < 256 {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> R {
        if parts.is_empty() {
            let k = self.const_str("");
            self.emit(Instr::LoadConst(k));
            return Ok(());
        }
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    let k = self.const_str(s);
                    self.emit(Instr::LoadConst(k));
                }
                FPart::Value { value, conversion, spec } => {
                    self.expr(value)?;
                    let mut fl = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        fl |= 4;
                    }
                    self.emit(Instr::FormatValue(fl));
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Instr::BuildString(parts.len() as u32));
        } else if let FPart::Literal(_) = parts[0] {
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && keywords.iter().all(|k| k.name.is_some());
        if simple {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let a = self.attr_idx(attr);
                self.emit(Instr::LoadMethod(a));
                for a in args {
                    self.expr(a)?;
                }
                if keywords.is_empty() {
                    self.emit(Instr::CallMethod(args.len() as u32));
                } else {
                    self.kw_values(keywords)?;
                    self.emit(Instr::CallMethodKw((args.len() + keywords.len()) as u32));
                }
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0)
    }

    fn kw_values(&mut self, keywords: &'a [Keyword]) -> R {
        let mut names = Vec::new();
        for k in keywords {
            let n = k.name.clone().unwrap_or_default();
            if names.iter().any(|x: &Value| x.as_str() == Some(n.as_str())) {
                return Err(syntax_err(k.value.loc, &format!("keyword argument repeated: {n}")));
            }
            names.push(Value::str(&n));
            self.expr(&k.value)?;
        }
        let kn = self.const_unique(Value::tuple(names));
        self.emit(Instr::LoadConst(kn));
        Ok(())
    }

    /// Emits a call of the callable on the stack (with `extra` positional
    /// arguments already pushed after it).
    pub(super) fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> R {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && keywords.iter().all(|k| k.name.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                self.kw_values(keywords)?;
                self.emit(Instr::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // General form: build a positional tuple and a keyword dict.
        self.emit(Instr::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Instr::ListExtend(crate::bytecode::CALL_ARGS | 1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(0));
        } else {
            self.emit(Instr::BuildMap(0));
            for k in keywords {
                match &k.name {
                    Some(n) => {
                        let kc = self.const_str(n);
                        self.emit(Instr::LoadConst(kc));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            self.emit(Instr::CallEx(1));
        }
        Ok(())
    }

    /// Comprehensions are functions of one argument (the first iterator),
    /// called at once, as in CPython 3.11.
    fn comprehension(&mut self, node: &'a Expr, name: &str, gens: &'a [Comprehension], elt: &'a Expr, value: Option<&'a Expr>) -> R {
        let scope = self.table.scope_of(node);
        let qualname = self.qualname_for(name);
        let is_async_outer = self.unit().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0;
        let is_gen = name == "<genexpr>";
        if gens.iter().any(|g| g.is_async) && !is_gen && !is_async_outer {
            return Err(syntax_err(node.loc, "asynchronous comprehension outside of an asynchronous function"));
        }
        // The outermost iterable is evaluated here, before the function runs.
        let empty: &'a Params = &EMPTY_PARAMS;
        let line = node.loc.line;
        self.make_function(scope, name, &qualname, empty, None, line, |c| {
            c.unit().argcount = 1;
            if c.table.scopes[scope].is_coroutine && !is_gen {
                c.unit().flags |= flags::COROUTINE;
            }
            if c.table.scopes[scope].is_coroutine && is_gen {
                c.unit().flags &= !flags::GENERATOR;
                c.unit().flags |= flags::ASYNC_GENERATOR;
            }
            match name {
                "<listcomp>" => {
                    c.emit(Instr::BuildList(0));
                }
                "<setcomp>" => {
                    c.emit(Instr::BuildSet(0));
                }
                "<dictcomp>" => {
                    c.emit(Instr::BuildMap(0));
                }
                _ => {}
            }
            c.comp_level(name, gens, 0, elt, value)?;
            if is_gen {
                c.emit_none_return();
            } else {
                c.emit(Instr::ReturnValue);
            }
            Ok(())
        })?;
        self.expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        let sc = self.table.scopes[scope].is_coroutine;
        if sc && !is_gen {
            self.emit(Instr::GetAwaitable(0));
            let none = self.const_value("None", Value::None);
            self.emit(Instr::LoadConst(none));
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_level(&mut self, name: &str, gens: &'a [Comprehension], i: usize, elt: &'a Expr, value: Option<&'a Expr>) -> R {
        let g = &gens[i];
        if i == 0 {
            let z = self.var_idx(".0");
            self.emit(Instr::LoadFast(z));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        if g.is_async {
            return self.async_comp_level(name, gens, i, elt, value);
        }
        let start = self.here();
        let fi = self.emit(Instr::ForIter(0));
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        if i + 1 < gens.len() {
            self.comp_level(name, gens, i + 1, elt, value)?;
        } else {
            self.comp_element(name, gens.len() as u32, elt, value)?;
        }
        for s in skips {
            let at = s;
            self.unit().instrs[at].set_target(start);
        }
        self.emit(Instr::Jump(start));
        self.patch(fi);
        Ok(())
    }

    fn comp_element(&mut self, name: &str, depth: u32, elt: &'a Expr, value: Option<&'a Expr>) -> R {
        match name {
            "<listcomp>" => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            "<setcomp>" => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            "<dictcomp>" => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Instr::MapAdd(depth + 1));
            }
            _ => {
                self.expr(elt)?;
                if self.unit().flags & flags::ASYNC_GENERATOR != 0 {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// One `async for` level of a comprehension: iterate with `__anext__`
    /// until StopAsyncIteration.
    fn async_comp_level(&mut self, name: &str, gens: &'a [Comprehension], i: usize, elt: &'a Expr, value: Option<&'a Expr>) -> R {
        let g = &gens[i];
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        let none = self.const_value("None", Value::None);
        self.emit(Instr::LoadConst(none));
        self.yield_from_loop();
        self.emit(Instr::PopBlock);
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        if i + 1 < gens.len() {
            self.comp_level(name, gens, i + 1, elt, value)?;
        } else {
            self.comp_element(name, gens.len() as u32, elt, value)?;
        }
        for s in skips {
            self.unit().instrs[s].set_target(start);
        }
        self.emit(Instr::Jump(start));
        self.patch(setup);
        // stack: aiter prev_exc exc
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }

    pub(super) fn async_for(&mut self, s: &'a Stmt, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        self.check_async(s.loc, "'async for' outside async function")?;
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        let none = self.const_value("None", Value::None);
        self.emit(Instr::LoadConst(none));
        self.yield_from_loop();
        self.emit(Instr::PopBlock);
        self.store_target(target)?;
        self.unit().fblocks.push(super::FBlock::For { start, breaks: Vec::new() });
        self.stmts(body)?;
        self.emit(Instr::Jump(start));
        let breaks = match self.unit().fblocks.pop() {
            Some(super::FBlock::For { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.patch(setup);
        // stack: aiter prev_exc exc
        self.emit(Instr::EndAsyncFor);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    pub(super) fn async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        if self.unit().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) == 0 {
            return Err(syntax_err(first.context.loc, "'async with' outside async function"));
        }
        let none = self.const_value("None", Value::None);
        self.expr(&first.context)?;
        self.emit(Instr::BeforeAsyncWith);
        self.emit(Instr::GetAwaitable(1));
        self.emit(Instr::LoadConst(none));
        self.yield_from_loop();
        let setup = self.emit(Instr::SetupWith(0));
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(super::FBlock::AsyncWith);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.async_with(rest, body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        // exit(None, None, None) then await it
        self.emit(Instr::LoadConst(none));
        self.emit(Instr::DupTop);
        self.emit(Instr::DupTop);
        self.emit(Instr::Call(3));
        self.emit(Instr::GetAwaitable(2));
        self.emit(Instr::LoadConst(none));
        self.yield_from_loop();
        self.emit(Instr::PopTop);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // stack: exit prev_exc exc
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::GetAwaitable(2));
        self.emit(Instr::LoadConst(none));
        self.yield_from_loop();
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.patch(end);
        Ok(())
    }
}

pub(super) static EMPTY_PARAMS: Params = Params {
    posonly: Vec::new(),
    args: Vec::new(),
    vararg: None,
    kwonly: Vec::new(),
    kwarg: None,
    defaults: Vec::new(),
    kw_defaults: Vec::new(),
};
