//! The eval loop: one `match` over `Instr`, running the top frame of
//! `Vm::frames` until the frame at `base` returns or yields.
//!
//! Each turn first hands the frame stack to the fast loop (fast.rs), which
//! runs the common cases of the hot instructions, frame switches included,
//! and stops at the first instruction that needs the rest of the VM; the
//! `match` here is every instruction's general path. Python-to-Python calls
//! (and `__init__` of class calls) push a frame and continue in the same
//! loop without recursing in Rust. An error unwinds through the
//! frames' block stacks (see `unwind`): a handler found in some frame above
//! `base` resumes the loop there; otherwise the error returns to the native
//! caller of `run`.

use std::rc::Rc;

use super::call::Instantiate;
use super::frame::{cell_value, simple_call, Block, BlockKind, Return};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::Instr;
use crate::objects::{PyFunction, PyObject, Value};
use crate::syntax::ast::CmpOp;

/// Why the loop stopped.
pub enum Halt {
    Return(Value),
    Yield(Value),
}

/// Polls the eval breaker (GIL drop requests, Ctrl-C, abandoned
/// generators) at an instruction boundary, then re-borrows the frame.
///
/// Polled instructions: jumps (every loop iteration), calls, returns and
/// yields, imports, and every store to state other threads can see
/// (globals, names, attributes, items, cells). So a thread switch can fall
/// between the load and the store of `counter += 1` whatever `counter` is
/// (DESIGN.md decision 4), while straight-line local arithmetic pays nothing:
/// a poll at every instruction cost loops.py 6-9%.
macro_rules! poll {
    ($vm:ident) => {
        if crate::runtime::breaker::pending() {
            $vm.handle_breaker()?;
        }
    };
    ($vm:ident, $f:ident, $top:ident) => {
        poll!($vm);
        #[allow(unused_variables)]
        let $f = &mut $vm.frames[$top];
    };
}

impl Vm {
    /// Runs frames from the top until the frame at index `base` finishes.
    pub fn run(&mut self, base: usize) -> PyResult<Halt> {
        loop {
            match self.execute(base) {
                Ok(h) => return Ok(h),
                Err(e) => self.unwind(e, base)?,
            }
        }
    }

    /// Finds a handler for `e` in the frames at or above `base`, popping the
    /// frames that have none. Err if the exception leaves the base frame.
    pub(crate) fn unwind(&mut self, e: PyErr, base: usize) -> PyResult<()> {
        let mut exc = e.0;
        if !self.reraise {
            self.chain_context(&exc);
        }
        loop {
            let top = self.frames.len() - 1;
            {
                let f = &self.frames[top];
                if !self.reraise {
                    Vm::add_traceback(&exc, f.code.clone(), f.line());
                }
                self.reraise = false;
            }
            while let Some(b) = self.frames[top].blocks.pop() {
                match b.kind {
                    BlockKind::Except => {
                        let prev = std::mem::replace(&mut self.exc_info, Value::Obj(exc.clone()));
                        let f = &mut self.frames[top];
                        f.stack.truncate(b.depth as usize);
                        f.stack.push(prev);
                        f.stack.push(Value::Obj(exc));
                        f.blocks.push(Block { kind: BlockKind::Cleanup, depth: b.depth, handler: 0 });
                        f.ip = b.handler as usize;
                        return Ok(());
                    }
                    BlockKind::Cleanup => {
                        let f = &mut self.frames[top];
                        f.stack.truncate(b.depth as usize + 1);
                        self.exc_info = f.pop();
                    }
                }
            }
            let frame = self.frames.pop();
            if let Some(mut fr) = frame {
                if fr.generator.is_some() {
                    exc = self.finish_generator_with_error(&mut fr, PyErr(exc)).0;
                }
                self.recycle(fr);
            }
            if top == base {
                return Err(PyErr(exc));
            }
        }
    }

    /// Sets `exc.__context__` to the exception being handled, if any.
    pub(crate) fn chain_context(&mut self, exc: &crate::objects::Obj) {
        let Value::Obj(cur) = &self.exc_info else { return };
        if Rc::ptr_eq(cur, exc) {
            return;
        }
        let PyObject::Exception(x) = &**exc else { return };
        if !x.context.borrow().is_none() {
            return;
        }
        // Break cycles: if exc is already in cur's context chain, cut it there.
        let mut o = cur.clone();
        loop {
            let next = match &*o {
                PyObject::Exception(c) => c.context.borrow().clone(),
                _ => Value::None,
            };
            match next {
                Value::Obj(n) => {
                    if Rc::ptr_eq(&n, exc) {
                        if let PyObject::Exception(c) = &*o {
                            *c.context.borrow_mut() = Value::None;
                        }
                        break;
                    }
                    o = n;
                }
                _ => break,
            }
        }
        *x.context.borrow_mut() = Value::Obj(cur.clone());
    }

    fn unbound_local(&self, top: usize, i: usize) -> PyErr {
        let name = &self.frames[top].code.varnames[i];
        self.new_error("UnboundLocalError", &format!("cannot access local variable '{}' where it is not associated with a value", name))
    }

    fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", &format!("name '{}' is not defined", name));
        if let PyObject::Exception(x) = &*e.0 {
            x.dict.borrow_mut().set_str("name", Value::str(name));
        }
        e
    }

    fn cell_name(&self, top: usize, i: usize) -> (String, bool) {
        let code = &self.frames[top].code;
        if i < code.cellvars.len() {
            (code.cellvars[i].clone(), true)
        } else {
            (code.freevars.get(i - code.cellvars.len()).cloned().unwrap_or_default(), false)
        }
    }

    fn deref_error(&self, top: usize, i: usize) -> PyErr {
        let (name, is_cell) = self.cell_name(top, i);
        if is_cell {
            self.new_error("UnboundLocalError", &format!("cannot access local variable '{}' where it is not associated with a value", name))
        } else {
            self.new_error("NameError", &format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name))
        }
    }

    /// Handles the eval-breaker requests (runtime/breaker.rs) at an
    /// instruction boundary (see `poll!`).
    #[cold]
    #[inline(never)]
    fn handle_breaker(&mut self) -> PyResult<()> {
        use crate::runtime::breaker;
        let word = breaker::bits();
        if word & breaker::GIL_DROP != 0 {
            crate::runtime::gil::yield_to_waiters();
        }
        if word & breaker::FINALIZE != 0 {
            breaker::clear(breaker::FINALIZE);
            self.run_finalizers();
        }
        if breaker::take_interrupt() {
            return Err(self.new_error_noargs("KeyboardInterrupt"));
        }
        Ok(())
    }

    /// Executes instructions until the base frame returns or yields, or an
    /// error. The fast loop (fast.rs) runs first and stops at the next
    /// instruction that needs the VM; the arms below are the general path of
    /// every instruction (for the ones the fast loop handles, only their
    /// uncommon cases get here).
    fn execute(&mut self, base: usize) -> PyResult<Halt> {
        loop {
            // A boundary after a slow-path instruction (or one the fast loop
            // finished, see `Exit::Poll`): what it dropped may have asked.
            poll!(self);
            let stopped = super::fast::run(&mut super::fast::Machine {
                frames: &mut self.frames,
                pool: &mut self.frame_pool,
                stacks: &mut self.stack_pool,
                exc_info: &mut self.exc_info,
                interp: &self.interp,
                max_frames: self.interp.recursion_limit.get().saturating_sub(self.native_depth),
                base,
            });
            if !stopped {
                continue;
            }
            // The instruction the fast loop stopped at (re-read rather than
            // returned: returning the `Instr` it had taken apart rebuilt it
            // piecewise in memory, and loading that stalled store forwarding).
            let top = self.frames.len() - 1;
            let f = &mut self.frames[top];
            let instr = f.code.instrs[f.ip - 1];
            match instr {
                // ---- loads and stores ----
                Instr::LoadConst(i) => {
                    let v = f.code.consts[i as usize].clone();
                    f.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    let v = f.stack[i as usize].clone();
                    if v.is_null() {
                        return Err(self.unbound_local(top, i as usize));
                    }
                    f.stack.push(v);
                }
                Instr::LoadFast2(i) => {
                    let (a, b) = match f.code.instrs.get(f.ip) {
                        Some(Instr::LoadFast(j)) => (f.stack[i as usize].clone(), f.stack[*j as usize].clone()),
                        _ => (f.stack[i as usize].clone(), Value::Null),
                    };
                    if a.is_null() {
                        return Err(self.unbound_local(top, i as usize));
                    }
                    f.stack.push(a);
                    if !b.is_null() {
                        f.stack.push(b);
                        f.ip += 1;
                    }
                }
                Instr::LoadFastConstOp(i) | Instr::LoadFastConstCompare(i) => {
                    // Not machine numbers: a plain LoadFast, and the rest runs.
                    let v = f.stack[i as usize].clone();
                    if v.is_null() {
                        return Err(self.unbound_local(top, i as usize));
                    }
                    f.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = f.pop();
                    f.stack[i as usize] = v;
                }
                Instr::DeleteFast(i) => {
                    if f.stack[i as usize].is_null() {
                        return Err(self.unbound_local(top, i as usize));
                    }
                    f.stack[i as usize] = Value::Null;
                }
                Instr::LoadDeref(i) => {
                    let v = cell_value(f.cell(i as usize));
                    if v.is_null() {
                        return Err(self.deref_error(top, i as usize));
                    }
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    poll!(self, f, top);
                    let v = f.pop();
                    if let PyObject::Cell(c) = &**f.cell(i as usize) {
                        *c.borrow_mut() = v;
                    }
                }
                Instr::DeleteDeref(i) => {
                    let was = match &**f.cell(i as usize) {
                        PyObject::Cell(c) => std::mem::replace(&mut *c.borrow_mut(), Value::Null),
                        _ => Value::Null,
                    };
                    if was.is_null() {
                        return Err(self.deref_error(top, i as usize));
                    }
                }
                Instr::LoadClosure(i) => {
                    let c = f.cell(i as usize).clone();
                    f.stack.push(Value::Obj(c));
                }
                Instr::LoadClassDeref(i) => {
                    let (name, _) = self.cell_name(top, i as usize);
                    let from_ns = match self.frames[top].locals.clone() {
                        Some(l) => self.ns_get(&l, &Value::str(&name))?,
                        None => None,
                    };
                    let f = &self.frames[top];
                    let v = match from_ns {
                        Some(v) => v,
                        None => cell_value(f.cell(i as usize)),
                    };
                    if v.is_null() {
                        return Err(self.deref_error(top, i as usize));
                    }
                    self.frames[top].stack.push(v);
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global_slow(top, i as usize);
                    match v {
                        Some(v) => self.frames[top].stack.push(v),
                        None => {
                            let n = self.frames[top].code.names[i as usize].as_str().unwrap_or("").to_string();
                            return Err(self.name_error(&n));
                        }
                    }
                }
                Instr::StoreGlobal(i) => {
                    poll!(self, f, top);
                    let v = f.pop();
                    let name = f.code.names[i as usize].clone();
                    Vm::dict_of(&f.globals).borrow_mut().set_strval(name, v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.code.names[i as usize].as_str().unwrap_or("").to_string();
                    if Vm::dict_of(&f.globals).borrow_mut().del_str(&name).is_none() {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadName(i) => {
                    // A class body's namespace may be any mapping (a metaclass __prepare__'s).
                    let custom = match &f.locals {
                        Some(l) if !matches!(&**l, PyObject::Dict(_)) => Some(l.clone()),
                        _ => None,
                    };
                    let from_custom = match custom {
                        Some(l) => {
                            let name = f.code.names[i as usize].clone();
                            self.ns_get(&l, &name)?
                        }
                        None => None,
                    };
                    let f = &self.frames[top];
                    let v = {
                        let name = f.code.names[i as usize].as_pystr().expect("name");
                        let mut v = from_custom.or_else(|| f.locals.as_ref().filter(|l| matches!(&***l, PyObject::Dict(_))).and_then(|l| Vm::dict_of(l).borrow().get_pystr(name).cloned()));
                        if v.is_none() {
                            v = Vm::dict_of(&f.globals).borrow().get_pystr(name).cloned();
                        }
                        if v.is_none() {
                            v = Vm::dict_of(&self.interp.builtins).borrow().get_pystr(name).cloned();
                        }
                        v
                    };
                    match v {
                        Some(v) => self.frames[top].stack.push(v),
                        None => {
                            let n = self.frames[top].code.names[i as usize].as_str().unwrap_or("").to_string();
                            return Err(self.name_error(&n));
                        }
                    }
                }
                Instr::StoreName(i) => {
                    poll!(self, f, top);
                    let v = f.pop();
                    let name = f.code.names[i as usize].clone();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    match &*ns {
                        PyObject::Dict(d) => d.borrow_mut().set_strval(name, v),
                        _ => {
                            self.set_item(&Value::Obj(ns.clone()), name, v)?;
                        }
                    }
                }
                Instr::DeleteName(i) => {
                    let name = f.code.names[i as usize].as_str().unwrap_or("").to_string();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if !matches!(&*ns, PyObject::Dict(_)) {
                        match self.del_item(&Value::Obj(ns), &Value::str(&name)) {
                            Err(e) if self.err_is(&e, "KeyError") => return Err(self.name_error(&name)),
                            r => r?,
                        }
                    } else if Vm::dict_of(&ns).borrow_mut().del_str(&name).is_none() {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = f.pop();
                    let code = f.code.clone();
                    let name = code.names[i as usize].as_pystr().expect("name");
                    let v = self.getattr(&obj, name)?;
                    self.frames[top].stack.push(v);
                }
                Instr::LoadFastAttr(l) => {
                    let Instr::LoadAttr(n) = f.code.instrs[f.ip] else { continue };
                    f.ip += 1;
                    let obj = f.stack[l as usize].clone();
                    if obj.is_null() {
                        return Err(self.unbound_local(top, l as usize));
                    }
                    let code = f.code.clone();
                    let name = code.names[n as usize].as_pystr().expect("name");
                    let v = self.getattr(&obj, name)?;
                    self.frames[top].stack.push(v);
                }
                Instr::LoadFastStoreAttr(l) => {
                    poll!(self, f, top);
                    let Instr::StoreAttr(n) = f.code.instrs[f.ip] else { continue };
                    f.ip += 1;
                    let v = f.pop();
                    let v = match super::fast::plain_store(&f.code, &f.stack[l as usize], n as usize, v) {
                        Ok(()) => continue,
                        Err(v) => v,
                    };
                    let obj = f.stack[l as usize].clone();
                    if obj.is_null() {
                        return Err(self.unbound_local(top, l as usize));
                    }
                    let name = f.code.names[n as usize].clone();
                    self.setattr(&obj, &name, v)?;
                }
                Instr::StoreAttr(i) => {
                    poll!(self, f, top);
                    let obj = f.pop();
                    let v = f.pop();
                    let v = match super::fast::plain_store(&f.code, &obj, i as usize, v) {
                        Ok(()) => continue,
                        Err(v) => v,
                    };
                    let f = &self.frames[top];
                    let name = f.code.names[i as usize].clone();
                    self.setattr(&obj, &name, v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = f.pop();
                    let code = f.code.clone();
                    let name = code.names[i as usize].as_pystr().expect("name");
                    self.delattr(&obj, name)?;
                }
                Instr::LoadMethod(i) => {
                    let obj = f.pop();
                    let code = f.code.clone();
                    let name = code.names[i as usize].as_pystr().expect("name");
                    match self.load_method(&obj, name)? {
                        super::attr::Method::Unbound(m) => {
                            super::fast::remember_method(&code, i as usize, self.types(), &obj, &m);
                            let f = &mut self.frames[top];
                            f.stack.push(m);
                            f.stack.push(obj);
                        }
                        super::attr::Method::Attr(a) => {
                            let f = &mut self.frames[top];
                            f.stack.push(a);
                            f.stack.push(Value::Null);
                        }
                    }
                }
                Instr::BinarySubscr => {
                    let key = f.pop();
                    let c = f.pop();
                    let v = self.get_item(&c, &key)?;
                    self.frames[top].stack.push(v);
                }
                Instr::StoreSubscr => {
                    poll!(self, f, top);
                    let key = f.pop();
                    let c = f.pop();
                    let v = f.pop();
                    if let (Value::Obj(o), Value::Int(i)) = (&c, &key) {
                        if let PyObject::List(l) = &**o {
                            let mut l = l.borrow_mut();
                            let n = l.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                l[j as usize] = v;
                                continue;
                            }
                        }
                    }
                    self.set_item(&c, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = f.pop();
                    let c = f.pop();
                    self.del_item(&c, &key)?;
                }

                // ---- stack ----
                Instr::PopTop => {
                    f.stack.pop();
                }
                Instr::DupTop => {
                    let v = f.top().clone();
                    f.stack.push(v);
                }
                Instr::DupTop2 => {
                    let n = f.stack.len();
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Instr::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let v = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Instr::Rot4 => {
                    let v = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 3, v);
                }

                // ---- operators ----
                Instr::BinaryOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = self.binary_op(op, &a, &b)?;
                    self.frames[top].stack.push(r);
                }
                Instr::InplaceOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = self.inplace_op(op, &a, &b)?;
                    self.frames[top].stack.push(r);
                }
                Instr::UnaryNegative => {
                    let v = f.pop();
                    let r = self.unary_negative(&v)?;
                    self.frames[top].stack.push(r);
                }
                Instr::UnaryPositive => {
                    let v = f.pop();
                    let r = self.unary_positive(&v)?;
                    self.frames[top].stack.push(r);
                }
                Instr::UnaryInvert => {
                    let v = f.pop();
                    let r = self.unary_invert(&v)?;
                    self.frames[top].stack.push(r);
                }
                Instr::UnaryNot => {
                    let v = f.pop();
                    let t = self.truthy(&v)?;
                    self.frames[top].stack.push(Value::bool(!t));
                }
                Instr::CompareOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = match op {
                        CmpOp::Eq | CmpOp::NotEq => match super::ops::native_eq(&a, &b) {
                            Some(e) => Value::bool(e == (op == CmpOp::Eq)),
                            None => self.compare(op, &a, &b)?,
                        },
                        _ => self.compare(op, &a, &b)?,
                    };
                    self.frames[top].stack.push(r);
                }
                Instr::IsOp(invert) => {
                    // In place: the result replaces the left operand.
                    let n = f.stack.len();
                    let r = f.stack[n - 2].is(&f.stack[n - 1]) != invert;
                    f.stack.pop();
                    f.stack[n - 2] = Value::bool(r);
                }
                Instr::ContainsOp(invert) => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = self.contains(&b, &a)?;
                    self.frames[top].stack.push(Value::bool(r != invert));
                }

                // ---- control flow ----
                Instr::Jump(l) => {
                    f.ip = l as usize;
                    poll!(self);
                }
                Instr::PopJumpIfFalse(l) => {
                    let v = f.pop();
                    let t = self.truthy(&v)?;
                    if !t {
                        self.frames[top].ip = l as usize;
                    }
                }
                Instr::PopJumpIfTrue(l) => {
                    let v = f.pop();
                    let t = self.truthy(&v)?;
                    if t {
                        self.frames[top].ip = l as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(l) | Instr::JumpIfTrueOrPop(l) => {
                    let v = f.top().clone();
                    let t = self.truthy(&v)?;
                    let f = &mut self.frames[top];
                    if t == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                        f.ip = l as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    self.frames[top].stack.push(it);
                }
                Instr::ForIter(l) => {
                    // The fast loop took every step of a range, list or tuple
                    // with items left, and every generator it could resume.
                    let it = f.top().clone();
                    match self.next_fast(&it)? {
                        Some(v) => self.frames[top].stack.push(v),
                        None => {
                            let f = &mut self.frames[top];
                            f.stack.pop();
                            f.ip = l as usize;
                        }
                    }
                }
                Instr::Nop => {}

                // ---- building ----
                Instr::BuildTuple(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.split_off(at);
                    f.stack.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.split_off(at);
                    f.stack.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let at = f.stack.len() - n as usize;
                    let items: Vec<Value> = f.stack.split_off(at);
                    let mut s = crate::objects::PySet::new();
                    for it in items {
                        self.set_add_to(&mut s, it)?;
                    }
                    self.frames[top].stack.push(Value::from_obj(PyObject::Set(std::cell::RefCell::new(s))));
                }
                Instr::BuildMap(n) => {
                    let at = f.stack.len() - 2 * n as usize;
                    let items: Vec<Value> = f.stack.split_off(at);
                    let mut pairs = Vec::with_capacity(n as usize);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        pairs.push((k, v));
                    }
                    let d = self.new_dict(pairs)?;
                    self.frames[top].stack.push(d);
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = f.pop();
                    let at = f.stack.len() - n as usize;
                    let vals: Vec<Value> = f.stack.split_off(at);
                    let keys = keys.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    let d = self.new_dict(keys.into_iter().zip(vals).collect())?;
                    self.frames[top].stack.push(d);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let upper = f.pop();
                    let lower = f.pop();
                    f.stack.push(Value::from_obj(PyObject::Slice(Box::new([lower, upper, step]))));
                }
                Instr::BuildString(n) => {
                    let at = f.stack.len() - n as usize;
                    let mut s = String::new();
                    for v in &f.stack[at..] {
                        s.push_str(v.as_str().unwrap_or(""));
                    }
                    f.stack.truncate(at);
                    f.stack.push(Value::string(s));
                }
                Instr::FormatValue(fl) => {
                    let spec = if fl & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let v = match fl & 3 {
                        1 => Value::string(self.str_of(&v)?),
                        2 => Value::string(self.repr(&v)?),
                        3 => Value::string(self.ascii_of(&v)?),
                        _ => v,
                    };
                    let s = match (&spec, &v) {
                        (None, Value::Obj(o)) if matches!(&**o, PyObject::Str(_)) => v.clone(),
                        _ => {
                            let spec_s = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("").to_string();
                            Value::string(self.format_value(&v, &spec_s)?)
                        }
                    };
                    self.frames[top].stack.push(s);
                }
                Instr::ListAppend(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    if let Value::Obj(o) = &f.stack[n - d as usize] {
                        if let PyObject::List(l) = &**o {
                            l.borrow_mut().push(v);
                        }
                    }
                }
                Instr::SetAdd(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    let s = f.stack[n - d as usize].clone();
                    if let Value::Obj(o) = &s {
                        self.set_add(o, v)?;
                    }
                }
                Instr::MapAdd(d) => {
                    let v = f.pop();
                    let k = f.pop();
                    let n = f.stack.len();
                    let m = f.stack[n - d as usize].clone();
                    if let Value::Obj(o) = &m {
                        self.dict_set(o, k, v)?;
                    }
                }
                Instr::ListExtend(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    let depth = (d & 0xffff) as usize;
                    let l = f.stack[n - depth].clone();
                    let func = if d & crate::bytecode::CALL_ARGS != 0 { f.stack.get(n - depth - 1).cloned() } else { None };
                    let items = match self.iterate(&v) {
                        Ok(i) => i,
                        Err(e) if self.err_is(&e, "TypeError") && self.get_iter(&v).is_err() => {
                            let what = match func {
                                Some(fv) => format!("{} argument", self.function_str(&fv)),
                                None => "Value".to_string(),
                            };
                            return Err(self.type_error(&format!("{} after * must be an iterable, not {}", what, self.type_name(&v))));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Value::Obj(o) = &l {
                        if let PyObject::List(l) = &**o {
                            l.borrow_mut().extend(items);
                        }
                    }
                }
                Instr::SetUpdate(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    let s = f.stack[n - d as usize].clone();
                    let items = self.iterate(&v)?;
                    if let Value::Obj(o) = &s {
                        for it in items {
                            self.set_add(o, it)?;
                        }
                    }
                }
                Instr::DictUpdate(d) | Instr::DictMerge(d) => {
                    let v = f.pop();
                    let n = f.stack.len();
                    let m = f.stack[n - d as usize].clone();
                    let Value::Obj(mo) = &m else { continue };
                    if matches!(instr, Instr::DictMerge(_)) {
                        // Call errors name the callee, which sits below the
                        // positional tuple and this dict.
                        let func = if n >= d as usize + 2 { f.stack[n - d as usize - 2].clone() } else { Value::None };
                        self.dict_merge_kwargs(mo, &v, &func)?;
                    } else {
                        if !matches!(&v, Value::Obj(o) if matches!(&**o, PyObject::Dict(_))) && self.lookup_special(&v, "keys").is_none() {
                            return Err(self.type_error(&format!("'{}' object is not a mapping", self.type_name(&v))));
                        }
                        self.dict_update(mo, &v)?;
                    }
                }
                Instr::ListToTuple => {
                    let v = f.pop();
                    let items = match &v {
                        Value::Obj(o) => match &**o {
                            PyObject::List(l) => std::mem::take(&mut *l.borrow_mut()),
                            _ => vec![],
                        },
                        _ => vec![],
                    };
                    f.stack.push(Value::tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let v = f.pop();
                    let items = self.unpack(&v, n as usize)?;
                    let f = &mut self.frames[top];
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(n) => {
                    let v = f.pop();
                    let (before, after) = ((n >> 8) as usize, (n & 0xff) as usize);
                    let items = self.iterate(&v)?;
                    if items.len() < before + after {
                        return Err(self.value_error(&format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let f = &mut self.frames[top];
                    let mid_end = items.len() - after;
                    for v in items[mid_end..].iter().rev() {
                        f.stack.push(v.clone());
                    }
                    f.stack.push(Value::list(items[before..mid_end].to_vec()));
                    for v in items[..before].iter().rev() {
                        f.stack.push(v.clone());
                    }
                }

                // ---- functions and calls ----
                Instr::MakeFunction(fl) => {
                    let qualname = f.pop();
                    let code = f.pop();
                    let closure = if fl & 8 != 0 { Some(f.pop()) } else { None };
                    let annotations = if fl & 4 != 0 { Some(f.pop()) } else { None };
                    let kwdefaults = if fl & 2 != 0 { Some(f.pop()) } else { None };
                    let defaults = if fl & 1 != 0 { Some(f.pop()) } else { None };
                    let Value::Obj(co) = &code else { continue };
                    let PyObject::Code(code) = &**co else { continue };
                    let globals = f.globals.clone();
                    let module = Vm::dict_of(&globals).borrow().get_str("__name__").cloned().unwrap_or(Value::None);
                    let cells: Vec<_> = closure
                        .and_then(|c| c.as_tuple().map(|t| t.iter().filter_map(|v| v.obj().cloned()).collect()))
                        .unwrap_or_default();
                    let func = PyFunction {
                        code: code.clone(),
                        globals,
                        name: std::cell::RefCell::new(code.name.clone()),
                        renamed: std::cell::Cell::new(qualname.as_str().is_some_and(|q| q != code.qualname)),
                        qualname: std::cell::RefCell::new(qualname.as_str().unwrap_or(&code.name).to_string()),
                        defaults: std::cell::RefCell::new(defaults.and_then(|d| d.as_tuple().map(|t| t.to_vec())).unwrap_or_default()),
                        kwdefaults: std::cell::RefCell::new(kwdefaults.and_then(|d| d.obj().cloned())),
                        closure: cells.into_boxed_slice(),
                        dict: std::cell::RefCell::new(crate::objects::PyDict::new()),
                        module,
                        doc: std::cell::RefCell::new(code.doc.as_ref().map(|d| Value::str(d)).unwrap_or(Value::None)),
                    };
                    if let Some(a) = annotations {
                        func.dict.borrow_mut().set_str("__annotations__", a);
                    }
                    f.stack.push(Value::from_obj(PyObject::Function(Box::new(func))));
                }
                Instr::Call(n) => {
                    poll!(self, f, top);
                    let n = n as usize;
                    let at = f.stack.len() - n;
                    let func = f.stack[at - 1].clone();
                    self.call_from_stack(top, func, at, at - 1, &[])?;
                }
                Instr::CallMethod(n) => {
                    poll!(self, f, top);
                    let n = n as usize;
                    let at = f.stack.len() - n;
                    let slf = &f.stack[at - 1];
                    let func = f.stack[at - 2].clone();
                    let args_at = if slf.is_null() { at } else { at - 1 };
                    self.call_from_stack(top, func, args_at, at - 2, &[])?;
                }
                Instr::CallKw(n) | Instr::CallMethodKw(n) => {
                    poll!(self, f, top);
                    let names = f.pop();
                    let names = names.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    let n = n as usize;
                    let at = f.stack.len() - n;
                    let kwvals: Vec<Value> = f.stack.drain(at + n - names.len()..).collect();
                    let kw: Vec<(Value, Value)> = names.into_iter().zip(kwvals).collect();
                    let (func, args_at, func_at) = if matches!(instr, Instr::CallMethodKw(_)) {
                        let slf = &f.stack[at - 1];
                        (f.stack[at - 2].clone(), if slf.is_null() { at } else { at - 1 }, at - 2)
                    } else {
                        (f.stack[at - 1].clone(), at, at - 1)
                    };
                    self.call_from_stack(top, func, args_at, func_at, &kw)?;
                }
                Instr::CallEx(fl) => {
                    poll!(self, f, top);
                    let kwargs = if fl & 1 != 0 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let func = f.pop();
                    let args = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                    let kw: Vec<(Value, Value)> = match &kwargs {
                        Some(Value::Obj(d)) => match &**d {
                            PyObject::Dict(d) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                            _ => vec![],
                        },
                        _ => vec![],
                    };
                    let at = f.stack.len();
                    f.stack.extend(args);
                    self.call_from_stack(top, func, at, at, &kw)?;
                }
                Instr::ReturnValue => {
                    poll!(self, f, top);
                    if top != base && matches!(f.ret, Return::Push) {
                        let mut frame = self.frames.pop().expect("frame");
                        let v = frame.pop();
                        self.frames[top - 1].stack.push(v);
                        self.recycle(frame);
                        continue;
                    }
                    let v = f.pop();
                    if top == base {
                        return Ok(Halt::Return(v));
                    }
                    let frame = self.frames.pop().expect("frame");
                    let v = match &frame.ret {
                        Return::InPlace(_) => {
                            self.return_inline(frame, v)?;
                            continue;
                        }
                        Return::Init(obj) => {
                            if !v.is_none() {
                                self.recycle(frame);
                                return Err(self.type_error(&format!("__init__() should return None, not '{}'", self.type_name(&v))));
                            }
                            obj.clone()
                        }
                        _ => v,
                    };
                    self.recycle(frame);
                    self.frames[top - 1].stack.push(v);
                }
                Instr::LoadBuildClass => {
                    let v = self.builtins_dict().borrow().get_str("__build_class__").cloned().unwrap_or(Value::None);
                    self.frames[top].stack.push(v);
                }

                // ---- imports ----
                Instr::ImportName(i) => {
                    poll!(self, f, top);
                    let fromlist = f.pop();
                    let level = f.pop();
                    let name = f.code.names[i as usize].as_str().unwrap_or("").to_string();
                    let globals = f.globals.clone();
                    let level = match level {
                        Value::Int(l) => l as usize,
                        _ => 0,
                    };
                    let m = self.import(&name, &fromlist, level, &globals)?;
                    self.frames[top].stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = f.top().clone();
                    let name = f.code.names[i as usize].as_str().unwrap_or("").to_string();
                    let v = self.import_from(&m, &name)?;
                    self.frames[top].stack.push(v);
                }
                Instr::ImportStar => {
                    let m = f.pop();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&m, &ns)?;
                }

                // ---- exceptions and with ----
                Instr::SetupExcept(l) => {
                    let depth = f.stack.len() as u32;
                    f.blocks.push(Block { kind: BlockKind::Except, depth, handler: l });
                }
                Instr::SetupWith(l) => {
                    let depth = f.stack.len() as u32 - 1;
                    f.blocks.push(Block { kind: BlockKind::Except, depth, handler: l });
                }
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PopExcept => {
                    f.blocks.pop();
                    let prev = f.pop();
                    self.exc_info = prev;
                }
                Instr::Reraise => {
                    let e = f.pop();
                    self.reraise = true;
                    return Err(match e {
                        Value::Obj(o) => PyErr(o),
                        _ => self.runtime_error("reraise of a non-exception"),
                    });
                }
                Instr::Raise(n) => return Err(self.do_raise(top, n)?),
                Instr::CheckExcMatch => {
                    let t = f.pop();
                    let exc = f.top().clone();
                    let m = self.exception_matches(&exc, &t)?;
                    self.frames[top].stack.push(Value::bool(m));
                }
                Instr::BeforeWith => {
                    let mgr = f.pop();
                    let enter = self.lookup_special(&mgr, "__enter__");
                    let exit = self.lookup_special(&mgr, "__exit__");
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        return Err(self.type_error(&format!(
                            "'{}' object does not support the context manager protocol",
                            self.type_name(&mgr)
                        )));
                    };
                    let tn = self.type_of(&mgr);
                    let bound_exit = self.descr_get(exit, &mgr, &tn)?;
                    self.frames[top].stack.push(bound_exit);
                    let bound_enter = self.descr_get(enter, &mgr, &tn)?;
                    let r = self.call(bound_enter, &[])?;
                    self.frames[top].stack.push(r);
                }
                Instr::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 3].clone();
                    let t = match &exc {
                        Value::Obj(o) => Value::Obj(self.class_of_exc(o)),
                        _ => Value::None,
                    };
                    let r = self.call(exit, &[t, exc, Value::None])?;
                    self.frames[top].stack.push(r);
                }
                Instr::WithExit => {
                    let exit = f.pop();
                    self.call(exit, &[Value::None, Value::None, Value::None])?;
                }
                Instr::LoadAssertionError => {
                    let t = self.types().exc("AssertionError").clone();
                    self.frames[top].stack.push(Value::Obj(t));
                }

                // ---- generators and coroutines ----
                Instr::YieldValue => {
                    poll!(self, f, top);
                    let v = f.pop();
                    if !f.ret.is_inline_generator() {
                        return Ok(Halt::Yield(v));
                    }
                    super::generator::yield_in_place(&mut self.frames, &mut self.frame_pool, &mut self.exc_info, v);
                }
                Instr::GetYieldFromIter => {
                    let v = f.pop();
                    let it = match &v {
                        Value::Obj(o) if matches!(&**o, PyObject::Generator(_)) => {
                            // Only coroutines and types.coroutine generators may
                            // delegate to a coroutine.
                            let coro = matches!(&**o, PyObject::Generator(g) if g.kind == super::generator::GenKind::Coroutine);
                            let flags = crate::bytecode::flags::COROUTINE | crate::bytecode::flags::ITERABLE_COROUTINE;
                            if coro && f.code.flags & flags == 0 {
                                return Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                            }
                            v.clone()
                        }
                        _ => self.get_iter(&v)?,
                    };
                    self.frames[top].stack.push(it);
                }
                Instr::Send(l) => {
                    // A delegate the fast loop could resume in place never gets here.
                    let sent = f.pop();
                    let it = f.top().clone();
                    match self.send_into(&it, sent)? {
                        super::generator::Sent::Yielded(v) => self.frames[top].stack.push(v),
                        super::generator::Sent::Returned(v) => {
                            let f = &mut self.frames[top];
                            f.stack.pop();
                            f.stack.push(v);
                            f.ip = l as usize;
                        }
                    }
                }
                Instr::GetAwaitable(_) => {
                    let v = f.pop();
                    let it = self.get_awaitable(&v)?;
                    self.frames[top].stack.push(it);
                }
                Instr::GetAIter => {
                    let v = f.pop();
                    let it = self.get_aiter(&v)?;
                    self.frames[top].stack.push(it);
                }
                Instr::GetANext => {
                    let v = f.top().clone();
                    let aw = self.get_anext(&v)?;
                    self.frames[top].stack.push(aw);
                }
                Instr::EndAsyncFor => {
                    // stack: aiter prev_exc exc
                    let exc = f.pop();
                    let is_stop = match &exc {
                        Value::Obj(o) => {
                            let c = self.class_of_exc(o);
                            self.is_subclass(&c, self.types().exc("StopAsyncIteration"))
                        }
                        _ => false,
                    };
                    if !is_stop {
                        self.reraise = true;
                        return Err(match exc {
                            Value::Obj(o) => PyErr(o),
                            _ => self.runtime_error("bad exception"),
                        });
                    }
                    let f = &mut self.frames[top];
                    f.blocks.pop();
                    let prev = f.pop();
                    self.exc_info = prev;
                    self.frames[top].stack.pop();
                }
                Instr::AsyncGenWrap => {
                    let v = f.pop();
                    let w = super::generator::wrap_async_value(self, v);
                    self.frames[top].stack.push(w);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = f.pop();
                    let enter = self.lookup_special(&mgr, "__aenter__");
                    let exit = self.lookup_special(&mgr, "__aexit__");
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        return Err(self.type_error(&format!(
                            "'{}' object does not support the asynchronous context manager protocol",
                            self.type_name(&mgr)
                        )));
                    };
                    let tn = self.type_of(&mgr);
                    let bound_exit = self.descr_get(exit, &mgr, &tn)?;
                    self.frames[top].stack.push(bound_exit);
                    let bound_enter = self.descr_get(enter, &mgr, &tn)?;
                    let r = self.call(bound_enter, &[])?;
                    self.frames[top].stack.push(r);
                }

                // ---- misc ----
                Instr::PrintExpr => {
                    let v = f.pop();
                    if !v.is_none() {
                        let r = self.repr(&v)?;
                        crate::modules::sys::write_stdout(self, &format!("{}\n", r))?;
                        self.builtins_dict().borrow_mut().set_str("_", v);
                    }
                }
                Instr::SetupAnnotations => {
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if !matches!(&*ns, PyObject::Dict(_)) {
                        let key = Value::str("__annotations__");
                        if self.ns_get(&ns, &key)?.is_none() {
                            self.set_item(&Value::Obj(ns), key, Value::dict(crate::objects::PyDict::new()))?;
                        }
                        continue;
                    }
                    let has = Vm::dict_of(&ns).borrow().get_str("__annotations__").is_some();
                    if !has {
                        Vm::dict_of(&ns).borrow_mut().set_str("__annotations__", Value::dict(crate::objects::PyDict::new()));
                    }
                }
            }
        }
    }

    /// Calls `func` with the arguments at `stack[args_at..]` of frame `top`,
    /// removing `stack[func_at..]`. Python functions get a new frame that the
    /// loop continues in; everything else is called natively.
    #[inline]
    fn call_from_stack(&mut self, top: usize, func: Value, args_at: usize, func_at: usize, kw: &[(Value, Value)]) -> PyResult<()> {
        if let Value::Obj(o) = &func {
            match &**o {
                PyObject::Function(pf) => {
                    let nargs = self.frames[top].stack.len() - args_at;
                    if kw.is_empty() && simple_call(pf, nargs) {
                        if pf.code.is_generator_like() {
                            let caller = &mut self.frames[top].stack;
                            let g = super::generator::from_call(&mut self.stack_pool, caller, pf, o, args_at, func_at, None);
                            caller.push(g);
                            return Ok(());
                        }
                        let frame = self.simple_frame(pf, top, args_at, func_at, None);
                        return self.push_frame(frame);
                    }
                    let frame = {
                        let args = &self.frames[top].stack[args_at..];
                        let args: Vec<Value> = args.to_vec();
                        self.bind_frame(pf, &args, kw)?
                    };
                    self.frames[top].stack.truncate(func_at);
                    if pf.code.is_generator_like() {
                        return self.push_generator(top, frame, o);
                    }
                    return self.push_frame(frame);
                }
                PyObject::Method(slf, mf) => {
                    if let Value::Obj(mo) = mf {
                        if let PyObject::Function(pf) = &**mo {
                            if !pf.code.is_generator_like() {
                                let nargs = self.frames[top].stack.len() - args_at + 1;
                                if kw.is_empty() && simple_call(pf, nargs) {
                                    let frame = self.simple_frame(pf, top, args_at, func_at, Some(slf.clone()));
                                    return self.push_frame(frame);
                                }
                                let frame = {
                                    let mut args = Vec::with_capacity(nargs);
                                    args.push(slf.clone());
                                    args.extend_from_slice(&self.frames[top].stack[args_at..]);
                                    self.bind_frame(pf, &args, kw)?
                                };
                                self.frames[top].stack.truncate(func_at);
                                return self.push_frame(frame);
                            }
                        }
                    }
                }
                PyObject::Type(t) if t.heap && t.meta.is_none() => {
                    // Plain classes (object.__new__, a Python __init__ taking
                    // exactly the given positional arguments): no copies.
                    if kw.is_empty() {
                        if let Some((obj, init)) = self.plain_init(o) {
                            if let Value::Obj(io) = &init {
                                if let PyObject::Function(pf) = &**io {
                                    let nargs = self.frames[top].stack.len() - args_at + 1;
                                    if simple_call(pf, nargs) {
                                        let mut frame = self.simple_frame(pf, top, args_at, func_at, Some(obj.clone()));
                                        frame.ret = Return::Init(obj);
                                        return self.push_frame(frame);
                                    }
                                }
                            }
                        }
                    }
                    let args: Vec<Value> = self.frames[top].stack[args_at..].to_vec();
                    match self.instantiate(o, &args, kw)? {
                        Instantiate::Done(v) => {
                            let f = &mut self.frames[top];
                            f.stack.truncate(func_at);
                            f.stack.push(v);
                        }
                        Instantiate::Init(obj, init) => {
                            let Value::Obj(io) = &init else { unreachable!("init is a function") };
                            let PyObject::Function(pf) = &**io else { unreachable!("init is a function") };
                            let mut a = Vec::with_capacity(args.len() + 1);
                            a.push(obj.clone());
                            a.extend(args);
                            let mut frame = self.bind_frame(pf, &a, kw)?;
                            frame.ret = Return::Init(obj);
                            self.frames[top].stack.truncate(func_at);
                            return self.push_frame(frame);
                        }
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Some(pf) = self.consumer_of_generator(&func, top, args_at, kw)? {
            let PyObject::Function(f) = &*pf else { unreachable!("stand-ins are functions") };
            let frame = self.simple_frame(f, top, args_at, func_at, None);
            return self.push_frame(frame);
        }
        // Builtins with a few arguments: move them into a small array
        // instead of a heap Vec.
        let n = self.frames[top].stack.len() - args_at;
        if let (Value::Obj(o), true) = (&func, n <= SMALL_ARGS) {
            if let PyObject::Builtin(b) = &**o {
                let mut buf: [Value; SMALL_ARGS] = std::array::from_fn(|_| Value::None);
                let caller = &mut self.frames[top].stack;
                for (slot, dst) in caller[args_at..].iter_mut().zip(buf.iter_mut()) {
                    std::mem::swap(slot, dst);
                }
                caller.truncate(func_at);
                let r = (b.func)(self, &buf[..n], kw)?;
                self.frames[top].stack.push(r);
                return Ok(());
            }
        }
        let args: Vec<Value> = self.frames[top].stack[args_at..].to_vec();
        self.frames[top].stack.truncate(func_at);
        let r = self.call_kw(func, &args, kw)?;
        self.frames[top].stack.push(r);
        Ok(())
    }

    /// For `sum(gen)`, `sum(gen, number)`, `any(gen)` and `all(gen)` of a
    /// generator the loop can resume in place: the Python stand-in to call
    /// instead (stdlib/_consume.py).
    fn consumer_of_generator(&mut self, func: &Value, top: usize, args_at: usize, kw: &[(Value, Value)]) -> PyResult<Option<crate::objects::Obj>> {
        let Value::Obj(o) = func else { return Ok(None) };
        let PyObject::Builtin(b) = &**o else { return Ok(None) };
        let Some((_, name)) = crate::modules::builtins::CONSUMERS.iter().find(|(f, _)| *f as usize == b.func as usize) else { return Ok(None) };
        let args = &self.frames[top].stack[args_at..];
        let Some(Value::Obj(g)) = args.first() else { return Ok(None) };
        let numeric_start = match args.get(1) {
            None => true,
            Some(v) => *name == "sum" && matches!(v, Value::Int(_) | Value::Float(_)),
        };
        let plain_generator = matches!(&**g, PyObject::Generator(gen) if gen.kind == super::generator::GenKind::Generator);
        if !kw.is_empty() || !numeric_start || args.len() > 2 || !plain_generator || !super::generator::resumable(g, &Value::None) {
            return Ok(None);
        }
        let nargs = args.len();
        let m = self.private_module("_consume")?;
        let stand_in = self.getattr_opt(&m, name)?;
        Ok(match stand_in {
            Some(Value::Obj(f)) if matches!(&*f, PyObject::Function(pf) if simple_call(pf, nargs)) => Some(f),
            _ => None,
        })
    }

    /// A call of a generator or coroutine function: its frame goes into a
    /// new generator object, which is the call's value.
    #[inline(never)]
    fn push_generator(&mut self, top: usize, frame: Box<super::Frame>, func: &crate::objects::Obj) -> PyResult<()> {
        let g = self.make_generator(frame, func);
        self.frames[top].stack.push(g);
        Ok(())
    }

    /// `LoadGlobal` without a cache hit: looks the name up in the globals,
    /// then the builtins, and remembers where it was found.
    #[inline(never)]
    fn load_global_slow(&mut self, top: usize, i: usize) -> Option<Value> {
        use crate::bytecode::GlobalCache;
        let f = &self.frames[top];
        let name = f.code.names[i].as_pystr()?;
        if !name.is_interned() {
            let g = Vm::dict_of(&f.globals).borrow().get_pystr(name).cloned();
            return g.or_else(|| Vm::dict_of(&self.interp.builtins).borrow().get_pystr(name).cloned());
        }
        let globals = Vm::dict_of(&f.globals).borrow();
        if let Some(ix) = globals.index_of_pystr(name) {
            *f.code.global_cache[i].borrow_mut() = GlobalCache::Global { globals: f.globals.clone(), ix };
            return Some(globals.entry(ix).value.clone());
        }
        let builtins = Vm::dict_of(&self.interp.builtins).borrow();
        let ix = builtins.index_of_pystr(name)?;
        *f.code.global_cache[i].borrow_mut() = GlobalCache::Builtin { globals: f.globals.clone(), version: globals.version, ix };
        Some(builtins.entry(ix).value.clone())
    }

    /// `frame::simple` for a call from frame `top`.
    #[inline]
    fn simple_frame(&mut self, pf: &PyFunction, top: usize, args_at: usize, func_at: usize, first: Option<Value>) -> Box<super::Frame> {
        super::frame::simple(&mut self.frame_pool, &mut self.frames[top].stack, pf, args_at, func_at, first)
    }

    fn do_raise(&mut self, top: usize, n: u32) -> PyResult<PyErr> {
        match n {
            0 => match &self.exc_info {
                Value::Obj(o) => {
                    self.reraise = true;
                    Ok(PyErr(o.clone()))
                }
                _ => Ok(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(self.frames[top].pop()) } else { None };
                let v = self.frames[top].pop();
                let exc = super::exc::make_exception(self, v)?;
                if let Some(c) = cause {
                    let c = match c {
                        Value::None => Value::None,
                        other => Value::Obj(super::exc::make_exception(self, other).map_err(|_| {
                            self.type_error("exception causes must derive from BaseException")
                        })?),
                    };
                    if let PyObject::Exception(x) = &*exc {
                        *x.cause.borrow_mut() = c;
                        x.suppress_context.set(true);
                    }
                }
                Ok(PyErr(exc))
            }
        }
    }

    /// `except T:` matching, with tuples of classes.
    pub fn exception_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let Value::Obj(eo) = exc else { return Ok(false) };
        let cls = self.class_of_exc(eo);
        match t {
            Value::Obj(to) => match &**to {
                PyObject::Type(_) => {
                    if !self.is_subclass(to, &self.types().base_exception.clone()) {
                        return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                    }
                    Ok(self.is_subclass(&cls, to))
                }
                PyObject::Tuple(items) => {
                    for it in items.iter() {
                        if self.exception_matches(exc, it)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
            },
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Merges `**mapping` into call keywords, rejecting duplicates.
    fn dict_merge_kwargs(&mut self, d: &crate::objects::Obj, v: &Value, func: &Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match v {
            Value::Obj(o) if matches!(&**o, PyObject::Dict(_)) => match &**o {
                PyObject::Dict(src) => src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                _ => vec![],
            },
            _ => {
                if self.lookup_special(v, "keys").is_none() {
                    let fname = self.function_str(func);
                    return Err(self.type_error(&format!("{} argument after ** must be a mapping, not {}", fname, self.type_name(v))));
                }
                let keys = self.call_method(v, "keys", &[])?;
                let mut out = Vec::new();
                for k in self.iterate(&keys)? {
                    let val = self.get_item(v, &k)?;
                    out.push((k, val));
                }
                out
            }
        };
        for (k, val) in pairs {
            if k.as_str().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get(d, &k)?.is_some() {
                let fname = self.function_str(func);
                return Err(self.type_error(&format!(
                    "{} got multiple values for keyword argument '{}'",
                    fname,
                    k.as_str().unwrap_or("")
                )));
            }
            self.dict_set(d, k, val)?;
        }
        Ok(())
    }

    /// Unpacks exactly `n` items.
    fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Obj(o) => match &**o {
                PyObject::Tuple(t) => Some(t.to_vec()),
                PyObject::List(l) => Some(l.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(i) => i,
            None => {
                let it = match self.get_iter(v) {
                    Ok(it) => it,
                    Err(e) if self.err_is(&e, "TypeError") => {
                        return Err(self.type_error(&format!("cannot unpack non-iterable {} object", self.type_name(v))))
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(self.value_error(&format!("too many values to unpack (expected {})", n)));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(&format!("too many values to unpack (expected {})", n)));
        }
        if items.len() < n {
            return Err(self.value_error(&format!("not enough values to unpack (expected {}, got {})", n, items.len())));
        }
        Ok(items)
    }
}

/// Builtin calls with at most this many arguments pass them in an array.
const SMALL_ARGS: usize = 4;
