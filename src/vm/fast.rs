//! The fast loop: the instructions whose common case needs nothing but the
//! frame stack, run with the running frame's instructions, instruction
//! pointer and value stack kept in registers.
//!
//! `execute` (eval.rs) hands its frame stack to `run` before it dispatches
//! an instruction itself. `run` completes instructions until one needs the
//! rest of the VM — a name or attribute lookup beyond the caches, an operand
//! that is not a machine number, a call of anything but a plain Python
//! function, an error to raise, a pending eval-breaker request at a switch
//! point — and stops there, with the frame's ip past that instruction, for
//! `execute` to finish it along its general path. Nothing here calls native code that
//! could call back into Python or raise, so no instruction is left half
//! done when `run` returns.
//!
//! The common frame switches happen here too, without leaving the loop:
//! calls of Python functions whose arguments bind one to one (see
//! `frame::simple_call`), returns to such a caller, and the in-place
//! generator resumptions of generator.rs (a `for` loop, `yield from` /
//! `await`, `send()` and `next()`) with their yields and returns. `base`
//! bounds them: the frame `execute` was started for returns and yields
//! through `execute`, which hands the value to its native caller.
//!
//! The helpers write results over their operands in place: building a
//! temporary `Value` and copying it stalls the CPU's store forwarding.

use std::cell::Cell;
use std::rc::Rc;

use super::frame::{self, cell_at, cell_value, release, simple_call, Block, BlockKind, Frame, InPlace, Return};
use super::generator;
use super::{Interp, Types, Vm};
use crate::bytecode::{AttrCache, Instr, PyCode};
use crate::objects::typeobj::Construct;
use crate::objects::{Instance, Obj, PyObject, Value};
use crate::runtime::breaker;
use crate::syntax::ast::{BinOp, CmpOp};

/// What the fast loop needs of the `Vm`.
pub(super) struct Machine<'a> {
    pub frames: &'a mut Vec<Box<Frame>>,
    pub pool: &'a mut Vec<Box<Frame>>,
    /// `Vm::stack_pool`.
    pub stacks: &'a mut Vec<Vec<Value>>,
    /// `sys.exc_info()`: generator switches swap it.
    pub exc_info: &'a mut Value,
    pub interp: &'a Interp,
    /// Frames the stack may hold: the recursion limit less native re-entries.
    pub max_frames: usize,
    /// The frame `execute` runs until; its own return or yield is execute's.
    pub base: usize,
}

/// How the loop over one frame ended.
enum Exit {
    /// `execute` finishes the instruction before the frame's ip.
    Slow,
    /// The instruction before the frame's ip is done, but a value it
    /// dropped asked for the eval breaker (a coroutine never awaited warns
    /// at the line that dropped it): `execute` handles it now.
    Poll,
    /// Call Python function `func` with the caller's `stack[args_at..]`
    /// (after `first`, a bound method's self), cutting it back to `func_at`.
    Call { func: Obj, first: Option<Value>, args_at: usize, func_at: usize },
    /// `Call`, of the `__init__` of the new instance `obj`.
    Init { func: Obj, obj: Value, args_at: usize, func_at: usize },
    /// A class called without arguments made `obj`, which replaces it.
    Made(Value),
    /// Resume generator `gen` in place with `sent`, after cutting the
    /// caller's stack back to `cut` (a `send()` or `next()` call).
    Resume { gen: Obj, sent: Value, ret: InPlace, cut: Option<usize> },
    /// The generator frame yields the value to its caller.
    Yield(Value),
    /// The frame returns the value to its caller.
    Return(Value),
}

/// Runs the top frames until an instruction needs the VM, leaving the top
/// frame's ip just past it (see the module note). False when that
/// instruction is done and only the eval breaker wants handling.
#[inline(never)]
pub(super) fn run(m: &mut Machine<'_>) -> bool {
    loop {
        let top = m.frames.len() - 1;
        let can_push = m.frames.len() < m.max_frames;
        let exit = run_frame(&mut m.frames[top], m.interp, can_push, top == m.base);
        match exit {
            Exit::Slow => return true,
            Exit::Poll => return false,
            Exit::Call { func, first, args_at, func_at } => {
                let PyObject::Function(pf) = &*func else { unreachable!("fast calls are of functions") };
                let room = m.frames.len() < m.max_frames;
                let f = &mut m.frames[top];
                if !pf.code.is_generator_like() {
                    let frame = frame::simple(m.pool, &mut f.stack, pf, args_at, func_at, first);
                    m.frames.push(frame);
                    continue;
                }
                let g = generator::from_call(m.stacks, &mut f.stack, pf, &func, args_at, func_at, first);
                // An `__await__` generator made by GetAwaitable: the
                // `LoadConst None; Send` after it takes its first step here.
                match (await_send(&f.code.instrs, &f.code.consts, f.ip), &g) {
                    (Some(l), Value::Obj(o)) if room => {
                        let gen = o.clone();
                        f.ip += 2;
                        f.stack.push(g);
                        let (frame, _) = generator::start_sending(m.pool, m.exc_info, gen, Value::None, Some(InPlace::Send(l)));
                        m.frames.push(frame);
                    }
                    _ => f.stack.push(g),
                }
            }
            Exit::Init { func, obj, args_at, func_at } => {
                let PyObject::Function(pf) = &*func else { unreachable!("fast calls are of functions") };
                let mut frame = frame::simple(m.pool, &mut m.frames[top].stack, pf, args_at, func_at, Some(obj.clone()));
                frame.ret = Return::Init(obj);
                m.frames.push(frame);
            }
            Exit::Made(obj) => {
                if let Some(top) = m.frames[top].stack.last_mut() {
                    *top = obj;
                }
            }
            Exit::Resume { gen, sent, ret, cut } => {
                if let Some(n) = cut {
                    m.frames[top].stack.truncate(n);
                }
                let (mut frame, mut at_send) = generator::start_sending(m.pool, m.exc_info, gen, sent, Some(ret));
                // Resumed inside `yield from` / `await` of another generator:
                // its Send would only resume that one, so resume it here.
                while let Some((l, sent)) = at_send {
                    let delegate = match frame.stack.last() {
                        Some(d) if m.frames.len() + 1 < m.max_frames => generator_arg(d, &sent, false),
                        _ => None,
                    };
                    let Some(g) = delegate else {
                        frame.stack.push(sent);
                        break;
                    };
                    frame.ip += 1;
                    m.frames.push(frame);
                    (frame, at_send) = generator::start_sending(m.pool, m.exc_info, g, sent, Some(InPlace::Send(l)));
                }
                m.frames.push(frame);
            }
            Exit::Yield(v) => loop {
                let for_loop = generator::suspend_top(m.frames, m.pool, m.exc_info);
                // A caller in `yield from` / `await` passes the value on:
                // its YieldValue runs here.
                let top = m.frames.len() - 1;
                let f = &mut m.frames[top];
                if for_loop || top == m.base || !f.ret.is_inline_generator() || breaker::pending() || !matches!(f.code.instrs.get(f.ip), Some(Instr::YieldValue)) {
                    generator::hand_on(m.frames, for_loop, v);
                    break;
                }
                f.ip += 1;
            },
            Exit::Return(v) => {
                let mut frame = m.frames.pop().expect("returning frame");
                match std::mem::replace(&mut frame.ret, Return::Push) {
                    Return::InPlace(r @ (InPlace::ForIter(_) | InPlace::Send(_))) => {
                        generator::return_in_place(&mut m.frames[top - 1], m.pool, m.stacks, m.exc_info, frame, r, v)
                    }
                    Return::Init(obj) => {
                        m.frames[top - 1].stack.push(obj);
                        frame::recycle(m.pool, frame);
                    }
                    _ => {
                        m.frames[top - 1].stack.push(v);
                        frame::recycle(m.pool, frame);
                    }
                }
            }
        }
    }
}

/// Runs frame `f` until it leaves the fast path (see `Exit`). `can_push`:
/// a frame may be pushed; `at_base`: `f` is the frame `execute` runs until.
#[inline(always)]
fn run_frame(f: &mut Frame, interp: &Interp, can_push: bool, at_base: bool) -> Exit {
    let Frame { code, ip: frame_ip, stack, globals, ret, blocks, .. } = f;
    let code: &PyCode = code;
    let (instrs, consts) = (&code.instrs[..], &code.consts[..]);
    let mut ip = *frame_ip;
    let exit = loop {
        let instr = instrs[ip];
        ip += 1;
        match instr {
                // ---- loads and stores ----
                Instr::LoadConst(i) => stack.push(consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = stack[i as usize].clone();
                    if v.is_null() {
                        break Exit::Slow;
                    }
                    stack.push(v);
                }
                Instr::LoadFast2(i) => {
                    if fused_locals(instrs, stack, &mut ip, i as usize) {
                        continue;
                    }
                    let (a, b) = match instrs.get(ip) {
                        Some(Instr::LoadFast(j)) => (stack[i as usize].clone(), stack[*j as usize].clone()),
                        _ => (stack[i as usize].clone(), Value::Null),
                    };
                    if a.is_null() {
                        break Exit::Slow;
                    }
                    stack.push(a);
                    // An unbound second local is the next instruction's to report.
                    if !b.is_null() {
                        stack.push(b);
                        ip += 1;
                    }
                }
                Instr::LoadFastConstOp(i) => {
                    if !fused_const_op(instrs, consts, stack, &mut ip, i as usize) {
                        break Exit::Slow;
                    }
                }
                Instr::LoadFastConstCompare(i) => {
                    if !fused_const_test(instrs, consts, stack, &mut ip, i as usize) {
                        break Exit::Slow;
                    }
                }
                Instr::StoreFast(i) => {
                    let v = stack.pop().unwrap_or(Value::None);
                    if let Value::Obj(old) = std::mem::replace(&mut stack[i as usize], v) {
                        if dropped_polls(old) {
                            break Exit::Poll;
                        }
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = cell_value(cell_at(stack, code.varnames.len() + i as usize));
                    if v.is_null() {
                        break Exit::Slow;
                    }
                    stack.push(v);
                }
                Instr::LoadGlobal(i) => match cached_global(code, globals, &interp.builtins, i as usize) {
                    Some(v) => stack.push(v),
                    None => break Exit::Slow,
                },
                Instr::LoadAttr(i) => {
                    let Some(v) = stack.last().and_then(|obj| plain_load(code, obj, i as usize)) else { break Exit::Slow };
                    if let Some(top) = stack.last_mut() {
                        *top = v;
                    }
                }
                Instr::LoadFastAttr(l) => {
                    let Some(Instr::LoadAttr(n)) = instrs.get(ip) else { break Exit::Slow };
                    let Some(v) = plain_load(code, &stack[l as usize], *n as usize) else { break Exit::Slow };
                    stack.push(v);
                    ip += 1;
                }
                Instr::StoreAttr(i) => {
                    let n = stack.len();
                    if breaker::pending() || n < 2 {
                        break Exit::Slow;
                    }
                    let v = std::mem::replace(&mut stack[n - 2], Value::Null);
                    match plain_store(code, &stack[n - 1], i as usize, v) {
                        Ok(()) => stack.truncate(n - 2),
                        Err(v) => {
                            stack[n - 2] = v;
                            break Exit::Slow;
                        }
                    }
                }
                Instr::LoadFastStoreAttr(l) => {
                    let Some(Instr::StoreAttr(n)) = instrs.get(ip) else { break Exit::Slow };
                    if breaker::pending() || stack.is_empty() {
                        break Exit::Slow;
                    }
                    let v = stack.pop().unwrap_or(Value::None);
                    match plain_store(code, &stack[l as usize], *n as usize, v) {
                        Ok(()) => ip += 1,
                        Err(v) => {
                            stack.push(v);
                            break Exit::Slow;
                        }
                    }
                }
                Instr::BinarySubscr => {
                    if !subscr_in_place(stack) {
                        break Exit::Slow;
                    }
                }
                Instr::StoreSubscr => {
                    if breaker::pending() || !store_subscr_in_place(stack) {
                        break Exit::Slow;
                    }
                }

                // ---- stack ----
                Instr::PopTop => {
                    if let Some(Value::Obj(old)) = stack.pop() {
                        if dropped_polls(old) {
                            break Exit::Poll;
                        }
                    }
                }
                Instr::DupTop => match stack.last() {
                    Some(v) => {
                        let v = v.clone();
                        stack.push(v);
                    }
                    None => break Exit::Slow,
                },
                Instr::Rot2 => {
                    let n = stack.len();
                    if n < 2 {
                        break Exit::Slow;
                    }
                    stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let n = stack.len();
                    if n < 3 {
                        break Exit::Slow;
                    }
                    // `x[i] op= v` ends in Rot3, StoreSubscr: store directly.
                    if matches!(instrs.get(ip), Some(Instr::StoreSubscr)) && !breaker::pending() && store_item_below(stack) {
                        ip += 1;
                        continue;
                    }
                    // [a, b, c] -> [c, a, b], by two swaps (`rotate_right`
                    // may become a call of the generic rotation).
                    stack.swap(n - 1, n - 2);
                    stack.swap(n - 2, n - 3);
                }
                Instr::DupTop2 => {
                    let n = stack.len();
                    if n < 2 {
                        break Exit::Slow;
                    }
                    let (a, b) = (stack[n - 2].clone(), stack[n - 1].clone());
                    stack.push(a);
                    stack.push(b);
                }
                Instr::UnpackSequence(n) => {
                    if !unpack_in_place(stack, n as usize) {
                        break Exit::Slow;
                    }
                }
                Instr::Nop => {}

                // ---- operators ----
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    if !arith_in_place(stack, op) {
                        break Exit::Slow;
                    }
                }
                Instr::CompareOp(op) => {
                    if !compare_in_place(stack, op) {
                        break Exit::Slow;
                    }
                }
                Instr::UnaryNot => {
                    let Some(t) = stack.last().and_then(super::ops::native_truth) else { break Exit::Slow };
                    if let Some(top) = stack.last_mut() {
                        *top = Value::bool(!t);
                    }
                }
                Instr::IsOp(invert) => {
                    let n = stack.len();
                    if n < 2 {
                        break Exit::Slow;
                    }
                    let r = stack[n - 2].is(&stack[n - 1]) != invert;
                    stack.pop();
                    stack[n - 2] = Value::bool(r);
                }

                // ---- control flow ----
                Instr::Jump(l) => {
                    // Before jumping: `execute` finds the instruction at ip - 1.
                    if breaker::pending() {
                        break Exit::Slow;
                    }
                    ip = l as usize;
                }
                Instr::PopJumpIfFalse(l) => match pop_truth(stack) {
                    Some(t) => {
                        if !t {
                            ip = l as usize;
                        }
                    }
                    None => break Exit::Slow,
                },
                Instr::PopJumpIfTrue(l) => match pop_truth(stack) {
                    Some(t) => {
                        if t {
                            ip = l as usize;
                        }
                    }
                    None => break Exit::Slow,
                },
                Instr::ForIter(l) => {
                    let Some(Value::Obj(o)) = stack.last() else { break Exit::Slow };
                    match &**o {
                        PyObject::Iter(cell) => match iter_step(cell) {
                            Step::Int(n) => frame::push_or_store(instrs, stack, &mut ip, Value::Int(n)),
                            Step::Item(v) => frame::push_or_store(instrs, stack, &mut ip, v),
                            Step::Slow => break Exit::Slow,
                        },
                        PyObject::Generator(_) if can_push && generator::resumable(o, &Value::None) => {
                            break Exit::Resume { gen: o.clone(), sent: Value::None, ret: InPlace::ForIter(l), cut: None };
                        }
                        _ => break Exit::Slow,
                    }
                }

                // ---- blocks, comprehensions, awaiting ----
                Instr::SetupExcept(l) => blocks.push(Block { kind: BlockKind::Except, depth: stack.len() as u32, handler: l }),
                Instr::SetupWith(l) => {
                    if stack.is_empty() {
                        break Exit::Slow;
                    }
                    blocks.push(Block { kind: BlockKind::Except, depth: stack.len() as u32 - 1, handler: l });
                }
                Instr::PopBlock => {
                    blocks.pop();
                }
                Instr::ListAppend(d) => {
                    let n = stack.len();
                    let d = d as usize;
                    if n <= d {
                        break Exit::Slow;
                    }
                    if !matches!(&stack[n - 1 - d], Value::Obj(o) if matches!(&**o, PyObject::List(_))) {
                        break Exit::Slow;
                    }
                    let v = stack.pop().unwrap_or(Value::None);
                    if let Value::Obj(o) = &stack[n - 1 - d] {
                        if let PyObject::List(l) = &**o {
                            l.borrow_mut().push(v);
                        }
                    }
                }
                Instr::GetAwaitable(_) => {
                    let Some(Value::Obj(o)) = stack.last() else { break Exit::Slow };
                    match &**o {
                        // A coroutine (or types.coroutine generator) awaits itself.
                        PyObject::Generator(g) if g.kind == generator::GenKind::Coroutine || g.code.flags & crate::bytecode::flags::ITERABLE_COROUTINE != 0 => {
                            // One already started may be awaited already: the
                            // general path checks.
                            if g.state() != generator::GenState::Created {
                                break Exit::Slow;
                            }
                            // `await coro()`: its first step is the `Send` of
                            // None that follows, done here.
                            if let (Some(l), true) = (await_send(instrs, consts, ip), can_push) {
                                ip += 2;
                                break Exit::Resume { gen: o.clone(), sent: Value::None, ret: InPlace::Send(l), cut: None };
                            }
                        }
                        // An object whose class's `__await__` is a generator
                        // function: the generator it makes.
                        PyObject::Instance(inst) if can_push => match await_method(inst, &interp.names) {
                            Some(func) => {
                                let n = stack.len();
                                break Exit::Call { func, first: None, args_at: n - 1, func_at: n - 1 };
                            }
                            None => break Exit::Slow,
                        },
                _ => break Exit::Slow,
                }
            }
            Instr::LoadMethod(i) => {
                let Some(top) = stack.last_mut() else { break Exit::Slow };
                let Some(m) = cached_method(code, i as usize, &interp.types, top) else { break Exit::Slow };
                // The method goes under its object.
                let obj = std::mem::replace(top, m);
                stack.push(obj);
            }

            // ---- calls and frame switches ----
            Instr::Call(n) => {
                if breaker::pending() || !can_push {
                    break Exit::Slow;
                }
                break call_exit(stack, n as usize, &interp.names);
            }
            Instr::CallMethod(n) => {
                if breaker::pending() {
                    break Exit::Slow;
                }
                if self_is_list(stack, n as usize) && list_method_in_place(stack, n as usize) {
                    continue;
                }
                if !can_push {
                    break Exit::Slow;
                }
                break method_call_exit(stack, n as usize);
            }
            Instr::ReturnValue => {
                let ok = match ret {
                    Return::Push | Return::InPlace(InPlace::ForIter(_) | InPlace::Send(_)) => true,
                    // `__init__` must return None (the slow path raises).
                    Return::Init(_) => matches!(stack.last(), Some(Value::None)),
                    Return::Native | Return::InPlace(InPlace::Call) => false,
                };
                if breaker::pending() || at_base || !ok {
                    break Exit::Slow;
                }
                break Exit::Return(stack.pop().unwrap_or(Value::None));
            }
            Instr::YieldValue => {
                if breaker::pending() || at_base || !ret.is_inline_generator() {
                    break Exit::Slow;
                }
                break Exit::Yield(stack.pop().unwrap_or(Value::None));
            }
            Instr::Send(l) => {
                let n = stack.len();
                if !can_push || n < 2 {
                    break Exit::Slow;
                }
                let Some(g) = generator_arg(&stack[n - 2], &stack[n - 1], false) else { break Exit::Slow };
                let sent = stack.pop().unwrap_or(Value::None);
                break Exit::Resume { gen: g, sent, ret: InPlace::Send(l), cut: None };
            }
            // The rest, named rather than matched by `_`: a match that
            // names every instruction needs no range check per dispatch.
            Instr::DeleteFast(..) | Instr::StoreDeref(..) | Instr::DeleteDeref(..) | Instr::LoadClosure(..)
            | Instr::LoadClassDeref(..) | Instr::StoreGlobal(..) | Instr::DeleteGlobal(..) | Instr::LoadName(..)
            | Instr::StoreName(..) | Instr::DeleteName(..) | Instr::DeleteAttr(..) | Instr::DeleteSubscr
            | Instr::Rot4 | Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert
            | Instr::ContainsOp(..) | Instr::JumpIfFalseOrPop(..) | Instr::JumpIfTrueOrPop(..) | Instr::GetIter
            | Instr::BuildTuple(..) | Instr::BuildList(..) | Instr::BuildSet(..) | Instr::BuildMap(..)
            | Instr::BuildConstKeyMap(..) | Instr::BuildSlice(..) | Instr::BuildString(..)
            | Instr::FormatValue(..) | Instr::SetAdd(..) | Instr::MapAdd(..) | Instr::ListExtend(..)
            | Instr::SetUpdate(..) | Instr::DictUpdate(..) | Instr::DictMerge(..) | Instr::ListToTuple
            | Instr::UnpackEx(..) | Instr::MakeFunction(..) | Instr::CallKw(..) | Instr::CallEx(..)
            | Instr::CallMethodKw(..) | Instr::LoadBuildClass | Instr::ImportName(..) | Instr::ImportFrom(..)
            | Instr::ImportStar | Instr::PopExcept | Instr::Reraise | Instr::Raise(..) | Instr::CheckExcMatch
            | Instr::BeforeWith | Instr::WithExceptStart | Instr::WithExit | Instr::LoadAssertionError
            | Instr::GetYieldFromIter | Instr::GetAIter | Instr::GetANext | Instr::EndAsyncFor
            | Instr::AsyncGenWrap | Instr::BeforeAsyncWith | Instr::PrintExpr | Instr::SetupAnnotations => break Exit::Slow,
            }
        };
    *frame_ip = ip;
    exit
}

/// `Call(n)`: the fast exit for a plain Python function, a method bound to
/// one, or `next(generator)`; `Exit::Slow` for anything else.
#[inline(never)]
fn call_exit(stack: &[Value], n: usize, names: &super::Names) -> Exit {
    if stack.len() <= n {
        return Exit::Slow;
    }
    let at = stack.len() - n;
    let Value::Obj(o) = &stack[at - 1] else { return Exit::Slow };
    match &**o {
        PyObject::Function(pf) if simple_call(pf, n) => Exit::Call { func: o.clone(), first: None, args_at: at, func_at: at - 1 },
        PyObject::Method(slf, Value::Obj(mo)) => match &**mo {
            PyObject::Function(pf) if !pf.code.is_generator_like() && simple_call(pf, n + 1) => {
                Exit::Call { func: mo.clone(), first: Some(slf.clone()), args_at: at, func_at: at - 1 }
            }
            _ => Exit::Slow,
        },
        // A class with object's `__new__` (see `Construct`).
        PyObject::Type(t) => match t.construct(names) {
            Construct::Plain if n == 0 => Exit::Made(Value::from_obj(PyObject::Instance(Instance::new(o.clone(), None)))),
            Construct::Init(Value::Obj(init)) => match &*init {
                PyObject::Function(pf) if !pf.code.is_generator_like() && simple_call(pf, n + 1) => {
                    let obj = Value::from_obj(PyObject::Instance(Instance::new(o.clone(), None)));
                    Exit::Init { func: init.clone(), obj, args_at: at, func_at: at - 1 }
                }
                _ => Exit::Slow,
            },
            _ => Exit::Slow,
        },
        PyObject::Builtin(b) if n == 1 && b.func as usize == crate::modules::builtins::NEXT as usize => {
            match generator_arg(&stack[at], &Value::None, true) {
                Some(g) => Exit::Resume { gen: g, sent: Value::None, ret: InPlace::Call, cut: Some(at - 1) },
                None => Exit::Slow,
            }
        }
        _ => Exit::Slow,
    }
}

/// True when the self of a `CallMethod(n)` is a list: only then is
/// `list_method_in_place` worth its call (`gen.send(v)` skips it).
#[inline(always)]
fn self_is_list(stack: &[Value], n: usize) -> bool {
    stack.len() >= n + 2 && matches!(&stack[stack.len() - n - 1], Value::Obj(o) if matches!(**o, PyObject::List(_)))
}

/// `CallMethod(n)` of `list.append(x)`, `list.pop()` or `list.pop(i)` (an
/// int in range) on a plain list, run in place: the method, the list and
/// the arguments give way to the result. False for anything else (errors
/// included: the builtin raises them).
#[inline(never)]
fn list_method_in_place(stack: &mut Vec<Value>, n: usize) -> bool {
    use crate::objects::methods::list::{LIST_APPEND, LIST_POP};
    let len = stack.len();
    if len < n + 2 || n > 1 {
        return false;
    }
    let at = len - n;
    let (head, args) = stack.split_at_mut(at);
    let (Value::Obj(m), Value::Obj(l)) = (&head[at - 2], &head[at - 1]) else { return false };
    let (PyObject::Builtin(b), PyObject::List(list)) = (&**m, &**l) else { return false };
    let f = b.func as usize;
    let result = if f == LIST_APPEND as usize && n == 1 {
        let v = std::mem::replace(&mut args[0], Value::Null);
        list.borrow_mut().push(v);
        Value::None
    } else if f == LIST_POP as usize {
        let mut items = list.borrow_mut();
        let size = items.len() as i64;
        let i = match args.first() {
            None => -1,
            Some(Value::Int(i)) => *i,
            Some(_) => return false,
        };
        let j = if i < 0 { i + size } else { i };
        if j < 0 || j >= size {
            return false;
        }
        items.remove(j as usize)
    } else {
        return false;
    };
    // Left: the method, the list, and the argument slot (emptied by
    // append, an int for pop).
    if n == 1 {
        release(stack.pop());
    }
    release(stack.pop());
    if let Some(top) = stack.last_mut() {
        release(Some(std::mem::replace(top, result)));
    }
    true
}

/// Drops `o`; true when that made a request of the eval breaker.
#[inline(always)]
fn dropped_polls(o: Obj) -> bool {
    drop(o);
    breaker::pending()
}

/// `CallMethod(n)` (after `LoadMethod`): the fast exit for a plain Python
/// function, `gen.send(v)` or `gen.__next__()`; `Exit::Slow` otherwise.
#[inline(never)]
fn method_call_exit(stack: &[Value], n: usize) -> Exit {
    if stack.len() < n + 2 {
        return Exit::Slow;
    }
    let at = stack.len() - n;
    let args_at = if stack[at - 1].is_null() { at } else { at - 1 };
    let Value::Obj(o) = &stack[at - 2] else { return Exit::Slow };
    match &**o {
        PyObject::Function(pf) if simple_call(pf, stack.len() - args_at) => Exit::Call { func: o.clone(), first: None, args_at, func_at: at - 2 },
        PyObject::Builtin(b) if args_at == at - 1 => {
            use crate::objects::methods::misc::{GEN_NEXT, GEN_SEND};
            let f = b.func as usize;
            let sent = if f == GEN_SEND as usize && n == 1 {
                stack[at].clone()
            } else if f == GEN_NEXT as usize && n == 0 {
                Value::None
            } else {
                return Exit::Slow;
            };
            match generator_arg(&stack[at - 1], &sent, f == GEN_NEXT as usize) {
                Some(g) => Exit::Resume { gen: g, sent, ret: InPlace::Call, cut: Some(at - 2) },
                None => Exit::Slow,
            }
        }
        _ => Exit::Slow,
    }
}

/// The `__await__` of `inst`'s class when it is a generator function that
/// takes the instance alone.
#[inline(never)]
fn await_method(inst: &Instance, names: &super::Names) -> Option<Obj> {
    let cls = inst.class();
    let PyObject::Type(t) = &**cls else { return None };
    let Some(Value::Obj(f)) = t.lookup(names.await_.as_pystr()?) else { return None };
    let PyObject::Function(pf) = &*f else { return None };
    let plain_generator = pf.code.flags & (crate::bytecode::flags::GENERATOR | crate::bytecode::flags::COROUTINE | crate::bytecode::flags::ASYNC_GENERATOR)
        == crate::bytecode::flags::GENERATOR;
    (plain_generator && simple_call(pf, 1)).then(|| f.clone())
}

/// The label of the `Send` when `LoadConst None; Send` start at `ip`: the
/// first step of an `await` whose awaitable is on the stack.
#[inline(always)]
fn await_send(instrs: &[Instr], consts: &[Value], ip: usize) -> Option<u32> {
    match (instrs.get(ip), instrs.get(ip + 1)) {
        (Some(Instr::LoadConst(c)), Some(Instr::Send(l))) if consts[*c as usize].is_none() => Some(*l),
        _ => None,
    }
}

/// The generator `v`, if its caller's loop can resume it in place with
/// `sent` (`plain`: only a plain generator, not a coroutine: `next()`).
#[inline(always)]
fn generator_arg(v: &Value, sent: &Value, plain: bool) -> Option<Obj> {
    let Value::Obj(o) = v else { return None };
    let PyObject::Generator(g) = &**o else { return None };
    if !generator::resumable(o, sent) || (plain && g.kind != generator::GenKind::Generator) {
        return None;
    }
    Some(o.clone())
}

/// `a op b` for two small ints or two floats, written over `a` in place
/// (no temporary `Value`: building one and copying it stalls the CPU's
/// store forwarding). False when the operands need the general path.
#[inline(always)]
fn arith_in_place(stack: &mut Vec<Value>, op: BinOp) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let (lo, hi) = stack.split_at_mut(n - 1);
    match (&mut lo[n - 2], &hi[0]) {
        (Value::Int(x), Value::Int(y)) => match int_op(op, *x, *y) {
            Some(r) => *x = r,
            None => return false,
        },
        (Value::Float(x), Value::Float(y)) => match float_op(op, x.get(), y.get()) {
            Some(r) => *x = crate::objects::FloatBits::new(r),
            None => return false,
        },
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => match float_op(op, x.get(), *y as f64) {
            Some(r) => *x = crate::objects::FloatBits::new(r),
            None => return false,
        },
        _ => return false,
    }
    stack.pop();
    true
}

/// `LoadFastConstOp`: pushes `local op constant` and skips the `LoadConst`
/// and the operator when both are machine numbers.
#[inline(always)]
fn fused_const_op(instrs: &[Instr], consts: &[Value], stack: &mut Vec<Value>, ip: &mut usize, i: usize) -> bool {
    let (Some(Instr::LoadConst(c)), Some(Instr::BinaryOp(op) | Instr::InplaceOp(op))) = (instrs.get(*ip), instrs.get(*ip + 1)) else {
        return false;
    };
    let Some(r) = number_op(*op, &stack[i], &consts[*c as usize]) else { return false };
    // `x = y + 1`: into the local straight away.
    match instrs.get(*ip + 2) {
        Some(Instr::StoreFast(j)) => {
            stack[*j as usize] = r;
            *ip += 3;
        }
        _ => {
            stack.push(r);
            *ip += 2;
        }
    }
    true
}

/// `LoadFast2` followed by `LoadFast` and an operator on the two locals,
/// when both are machine numbers: a comparison and the conditional jump
/// after it (`while i < n`) are decided at once; an arithmetic operator
/// (`total += x`, `c = a * b`) puts its result straight into the local a
/// `StoreFast` after it names, or on the stack.
#[inline(always)]
fn fused_locals(instrs: &[Instr], stack: &mut Vec<Value>, ip: &mut usize, i: usize) -> bool {
    let (Some(Instr::LoadFast(j)), Some(op)) = (instrs.get(*ip), instrs.get(*ip + 1)) else {
        return false;
    };
    let (a, b) = (&stack[i], &stack[*j as usize]);
    match *op {
        Instr::CompareOp(op) => {
            let Some(r) = number_compare(op, a, b) else { return false };
            *ip = match instrs.get(*ip + 2) {
                Some(Instr::PopJumpIfFalse(l)) if !r => *l as usize,
                Some(Instr::PopJumpIfTrue(l)) if r => *l as usize,
                Some(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) => *ip + 3,
                _ => return false,
            };
        }
        Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
            let Some(r) = number_op(op, a, b) else { return false };
            match instrs.get(*ip + 2) {
                Some(Instr::StoreFast(k)) => {
                    stack[*k as usize] = r;
                    *ip += 3;
                }
                _ => {
                    stack.push(r);
                    *ip += 2;
                }
            }
        }
        _ => return false,
    }
    true
}

/// `LoadFastConstCompare`: compares the local with the constant (`is` for
/// any values, the others for machine numbers) and takes the conditional
/// jump that follows.
#[inline(always)]
fn fused_const_test(instrs: &[Instr], consts: &[Value], stack: &[Value], ip: &mut usize, i: usize) -> bool {
    let (Some(Instr::LoadConst(c)), Some(test), Some(jump)) = (instrs.get(*ip), instrs.get(*ip + 1), instrs.get(*ip + 2)) else {
        return false;
    };
    let (a, b) = (&stack[i], &consts[*c as usize]);
    let r = match *test {
        Instr::CompareOp(op) => number_compare(op, a, b),
        Instr::IsOp(invert) if !a.is_null() => Some(a.is(b) != invert),
        _ => None,
    };
    let Some(r) = r else { return false };
    *ip = match *jump {
        Instr::PopJumpIfFalse(l) if !r => l as usize,
        Instr::PopJumpIfTrue(l) if r => l as usize,
        _ => *ip + 3,
    };
    true
}

/// `x op y` for the int operators whose machine result is Python's
/// (None on overflow and for the cases needing the general path).
#[inline(always)]
fn int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        _ => None,
    }
}

/// `a op b` when both are machine numbers and the result is exact, else None.
#[inline(always)]
fn number_op(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_op(op, *x, *y).map(Value::Int),
        (Value::Float(x), Value::Float(y)) => float_op(op, x.get(), y.get()).map(Value::float),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => float_op(op, x.get(), *y as f64).map(Value::float),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => float_op(op, *x as f64, y.get()).map(Value::float),
        _ => None,
    }
}

/// `a op b` for two ints or two floats, else None.
#[inline(always)]
fn number_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => ordered(op, x, y),
        (Value::Float(x), Value::Float(y)) => ordered(op, &x.get(), &y.get()),
        _ => None,
    }
}

#[inline(always)]
fn ordered<T: PartialOrd>(op: CmpOp, x: &T, y: &T) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

/// `x op y` for the float operators that cannot fail.
#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::Div if y != 0.0 => Some(x / y),
        // C's pow() as CPython calls it; a negative base, or a result out of
        // range (OverflowError), is left to the general path.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => Some(x.powf(y)).filter(|r| r.is_finite()),
        _ => None,
    }
}

/// `list[int]` / `tuple[int]` with the index in range, replacing the
/// container on the stack by the item. False for everything else.
#[inline(always)]
fn subscr_in_place(stack: &mut Vec<Value>) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let item = match (&stack[n - 2], &stack[n - 1]) {
        (Value::Obj(o), Value::Int(i)) => match &**o {
            PyObject::List(l) => {
                let l = l.borrow();
                let len = l.len() as i64;
                let j = if *i < 0 { *i + len } else { *i };
                if j < 0 || j >= len {
                    return false;
                }
                l[j as usize].clone()
            }
            PyObject::Tuple(t) => {
                let len = t.len() as i64;
                let j = if *i < 0 { *i + len } else { *i };
                if j < 0 || j >= len {
                    return false;
                }
                t[j as usize].clone()
            }
            PyObject::Native(nat) => match nat.data.downcast_ref::<crate::objects::deque::PyDeque>() {
                Some(d) => match crate::objects::methods::deque_ops::get_at(d, *i) {
                    Some(v) => v,
                    None => return false,
                },
                None => return false,
            },
            _ => return false,
        },
        _ => return false,
    };
    stack.pop();
    stack[n - 2] = item;
    true
}

/// When attribute `names[i]` of an instance of class `cls` lives only in
/// its dict (`store` false: for reading; true: for assignment): the code's
/// per-name cache entry (see `AttrCache`) for that class, whose `index` is
/// where the name was last found.
#[inline(always)]
fn plain_attr<'c>(code: &'c PyCode, i: usize, cls: &Obj, store: bool) -> Option<&'c Cell<AttrCache>> {
    let entries = code.attr_cache.get(i)?;
    let class = Rc::as_ptr(cls) as usize;
    let epoch = crate::objects::typeobj::type_epoch();
    for e in entries {
        let c = e.get();
        if c.class == class && c.epoch == epoch {
            return if store { c.store } else { c.load }.then_some(e);
        }
    }
    plain_attr_miss(code, i, cls, store).then_some(&entries[0])
}

/// `plain_attr` for a class the cache does not hold: looks it up and
/// makes it the latest entry.
#[cold]
#[inline(never)]
fn plain_attr_miss(code: &PyCode, i: usize, cls: &Obj, store: bool) -> bool {
    let (PyObject::Type(t), Some(name)) = (&**cls, code.names[i].as_pystr()) else { return false };
    let hooks = t.hooks();
    let free = t.lookup(name).is_none();
    let load = free && hooks & crate::objects::typeobj::HOOK_GETATTRIBUTE == 0;
    let store_ok = free && t.heap && hooks & crate::objects::typeobj::HOOK_SETATTR == 0 && !super::attr::is_special_slot(name);
    let epoch = crate::objects::typeobj::type_epoch();
    let [latest, older] = &code.attr_cache[i];
    older.set(latest.get());
    latest.set(AttrCache { class: Rc::as_ptr(cls) as usize, epoch, load, store: store_ok, index: latest.get().index });
    if store { store_ok } else { load }
}

/// `obj.name` when it is a plain instance attribute (None otherwise,
/// including when the instance dict lacks it: the slow path raises).
#[inline(always)]
fn plain_load(code: &PyCode, obj: &Value, i: usize) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let PyObject::Instance(inst) = &**o else { return None };
    let slots = inst.slots();
    let entry = plain_attr(code, i, &slots.class, false)?;
    let name = code.names[i].as_pystr()?;
    let d = slots.dict_if_any()?.borrow();
    if let Some(v) = d.value_if_key(entry.get().index as usize, name) {
        return Some(v.clone());
    }
    let ix = d.index_of_pystr(name)?;
    let mut c = entry.get();
    c.index = ix as u32;
    entry.set(c);
    Some(d.entry(ix).value.clone())
}

/// `obj.name = v` straight into the instance dict when that is all it does;
/// gives `v` back otherwise.
#[inline(always)]
pub(super) fn plain_store(code: &PyCode, obj: &Value, i: usize, v: Value) -> Result<(), Value> {
    let Value::Obj(o) = obj else { return Err(v) };
    let PyObject::Instance(inst) = &**o else { return Err(v) };
    let slots = inst.slots();
    let Some(entry) = plain_attr(code, i, &slots.class, true) else { return Err(v) };
    let hint = entry.get().index as usize;
    match slots.dict_if_any() {
        Some(d) => store_at(code, i, d, hint, v),
        None => {
            // The instance's first attribute: its namespace is made now.
            drop(slots);
            store_at(code, i, &inst.dict(), hint, v);
        }
    }
    Ok(())
}

/// Stores `v` as `names[i]` in `d`, at entry `hint` when that holds it.
#[inline(always)]
fn store_at(code: &PyCode, i: usize, d: &std::cell::RefCell<crate::objects::dict::PyDict>, hint: usize, v: Value) {
    let mut d = d.borrow_mut();
    if let Some(name) = code.names[i].as_pystr() {
        if let Some(slot) = d.value_if_key_mut(hint, name) {
            *slot = v;
            return;
        }
    }
    d.set_strval(code.names[i].clone(), v);
}

/// The class `LoadMethod` looks methods of `obj` up on, as the address the
/// method cache keys on. None for the receivers the cache leaves alone.
#[inline(always)]
fn method_class(types: &Types, obj: &Value) -> Option<usize> {
    let Value::Obj(o) = obj else { return None };
    let t = match &**o {
        PyObject::Instance(inst) => return Some(Rc::as_ptr(&*inst.class()) as usize),
        PyObject::List(_) => &types.list,
        PyObject::Dict(_) => &types.dict,
        PyObject::Str(_) => &types.str_,
        PyObject::Tuple(_) => &types.tuple,
        PyObject::Set(_) => &types.set,
        PyObject::Bytes(_) => &types.bytes,
        PyObject::Generator(g) => match g.kind {
            generator::GenKind::Generator => &types.generator,
            generator::GenKind::Coroutine => &types.coroutine,
            generator::GenKind::AsyncGenerator => &types.async_generator,
        },
        _ => return None,
    };
    Some(Rc::as_ptr(t) as usize)
}

/// `LoadMethod` of `names[i]` on `obj` through the code's method cache.
#[inline(always)]
fn cached_method(code: &PyCode, i: usize, types: &Types, obj: &Value) -> Option<Value> {
    let entries = code.method_cache.get(i)?;
    let epoch = crate::objects::typeobj::type_epoch();
    let hit = |class: usize| entries.iter().map(|e| e.borrow()).find(|c| c.class == class && c.epoch == epoch);
    if let Value::Obj(o) = obj {
        if let PyObject::Instance(inst) = &**o {
            // The class and the dict that could shadow the method, in one borrow.
            let slots = inst.slots();
            let c = hit(Rc::as_ptr(&slots.class) as usize)?;
            if let Some(d) = slots.dict_if_any() {
                let d = d.borrow();
                if !d.is_empty() && d.get_pystr(code.names[i].as_pystr()?).is_some() {
                    return None;
                }
            }
            return c.method.clone();
        }
    }
    hit(method_class(types, obj)?)?.method.clone()
}

/// Remembers that `LoadMethod` of `names[i]` on `obj` found the unbound
/// method `m` (see `cached_method`).
pub(super) fn remember_method(code: &PyCode, i: usize, types: &Types, obj: &Value, m: &Value) {
    let Some(class) = method_class(types, obj) else { return };
    let [latest, older] = &code.method_cache[i];
    let new = crate::bytecode::MethodCache { class, epoch: crate::objects::typeobj::type_epoch(), method: Some(m.clone()) };
    *older.borrow_mut() = std::mem::replace(&mut *latest.borrow_mut(), new);
}

/// `LoadGlobal` through the code's cache (see `GlobalCache`).
#[inline(always)]
fn cached_global(code: &PyCode, globals: &Obj, builtins: &Obj, i: usize) -> Option<Value> {
    use crate::bytecode::GlobalCache;
    let name = code.names[i].as_pystr()?;
    match &*code.global_cache[i].borrow() {
        GlobalCache::Global { globals: g, ix } if Rc::ptr_eq(g, globals) => Vm::dict_of(g).borrow().value_if_key(*ix, name).cloned(),
        GlobalCache::Builtin { globals: g, version, ix } if Rc::ptr_eq(g, globals) => {
            if Vm::dict_of(g).borrow().version != *version {
                return None;
            }
            Vm::dict_of(builtins).borrow().value_if_key(*ix, name).cloned()
        }
        _ => None,
    }
}

/// What `iter_step` found.
enum Step {
    /// The next int of a range.
    Int(i64),
    /// The next item of a list or tuple.
    Item(Value),
    /// Another kind of iterator, or an exhausted one: the general path handles both.
    Slow,
}

/// One step of a range (step 1), list or tuple iterator.
#[inline(always)]
fn iter_step(cell: &std::cell::RefCell<crate::objects::PyIter>) -> Step {
    use crate::objects::PyIter;
    match &mut *cell.borrow_mut() {
        PyIter::Range { next, stop, step } if *step == 1 && *next < *stop => {
            *next += 1;
            Step::Int(*next - 1)
        }
        PyIter::Seq { seq, index } => {
            let v = match &**seq {
                PyObject::List(l) => l.borrow().get(*index).cloned(),
                PyObject::Tuple(t) => t.get(*index).cloned(),
                _ => None,
            };
            match v {
                Some(v) => {
                    *index += 1;
                    Step::Item(v)
                }
                None => Step::Slow,
            }
        }
        _ => Step::Slow,
    }
}

/// `UnpackSequence(n)` of a tuple or list of exactly `n` items.
#[inline(always)]
fn unpack_in_place(stack: &mut Vec<Value>, n: usize) -> bool {
    let Some(Value::Obj(o)) = stack.last() else { return false };
    let o = o.clone();
    match &*o {
        PyObject::Tuple(t) if t.len() == n => {
            stack.pop();
            stack.extend(t.iter().rev().cloned());
        }
        PyObject::List(l) if l.borrow().len() == n => {
            stack.pop();
            stack.extend(l.borrow().iter().rev().cloned());
        }
        _ => return false,
    }
    true
}

/// `Rot3; StoreSubscr` with the stack `[container, key, value]`: the
/// store, without rotating (see `store_list_item`).
#[inline(always)]
fn store_item_below(stack: &mut Vec<Value>) -> bool {
    let n = stack.len();
    let (target, value) = stack.split_at_mut(n - 1);
    if !store_list_item(&target[n - 3], &target[n - 2], &mut value[0]) {
        return false;
    }
    stack.truncate(n - 3);
    true
}

/// `StoreSubscr` with the stack `[value, container, key]` (see `store_list_item`).
#[inline(always)]
fn store_subscr_in_place(stack: &mut Vec<Value>) -> bool {
    let n = stack.len();
    if n < 3 {
        return false;
    }
    let (value, target) = stack.split_at_mut(n - 2);
    if !store_list_item(&target[0], &target[1], &mut value[n - 3]) {
        return false;
    }
    stack.truncate(n - 3);
    true
}

/// `container[key] = value` for a list and an int index in range, moving
/// the value out of its slot (the caller then drops the slot). Numbers
/// move word by word: the value was usually just computed in place, and a
/// 16-byte copy of it would wait for the 8-byte store of its payload (store
/// forwarding fails). False, changing nothing, for anything else.
#[inline(always)]
fn store_list_item(container: &Value, key: &Value, value: &mut Value) -> bool {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else { return false };
    let PyObject::List(l) = &**o else { return false };
    let mut l = l.borrow_mut();
    let len = l.len() as i64;
    let j = if *i < 0 { *i + len } else { *i };
    if j < 0 || j >= len {
        return false;
    }
    let v = match value {
        Value::Int(x) => Value::Int(*x),
        Value::Float(x) => Value::Float(*x),
        v => std::mem::replace(v, Value::Null),
    };
    let old = std::mem::replace(&mut l[j as usize], v);
    // The item replaced is dropped after the list is released.
    drop(l);
    drop(old);
    true
}

/// Pops the top if its truth needs no Python code (peeking first, so no
/// `Value` temporary is built; bools first); None leaves the stack alone for
/// the general truth test. The two conditional-jump arms stay separate:
/// merging them cost nbody ~5%.
#[inline(always)]
fn pop_truth(stack: &mut Vec<Value>) -> Option<bool> {
    let t = match stack.last()? {
        Value::Bool(b) => b.get(),
        v => super::ops::native_truth(v)?,
    };
    stack.pop();
    Some(t)
}

/// Comparison of two small ints or two floats, in place.
#[inline(always)]
fn compare_in_place(stack: &mut Vec<Value>, op: CmpOp) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let Some(r) = number_compare(op, &stack[n - 2], &stack[n - 1]) else { return false };
    stack[n - 2] = Value::bool(r);
    stack.pop();
    true
}
