//! The fast loop: the instructions whose common case needs nothing but the
//! running frame, run with the frame's instructions, instruction pointer and
//! value stack kept in registers.
//!
//! `execute` (eval.rs) hands every frame to `run` before it dispatches an
//! instruction itself. `run` completes instructions until one needs the VM —
//! a call, return or yield, a name or attribute lookup beyond the caches, an
//! operand that is not a machine number, an error to raise, a pending
//! eval-breaker request at a switch point — and returns that one, with
//! `f.ip` past it, for `execute` to finish along its general path. Nothing
//! here allocates frames, calls Python or raises, so no instruction is left
//! half done when `run` returns.
//!
//! The helpers write results over their operands in place: building a
//! temporary `Value` and copying it stalls the CPU's store forwarding.

use std::rc::Rc;

use super::frame::{cell_at, cell_value, Frame};
use super::Vm;
use crate::bytecode::{Instr, PyCode};
use crate::objects::{Obj, PyObject, Value};
use crate::runtime::breaker;
use crate::syntax::ast::{BinOp, CmpOp};

/// Runs frame `f` until an instruction needs the VM; returns it (see the
/// module note).
#[inline(never)]
pub(super) fn run(f: &mut Frame, builtins: &Obj) -> Instr {
    let Frame { code, ip: frame_ip, stack, globals, .. } = f;
    let code: &PyCode = code;
    let (instrs, consts) = (&code.instrs[..], &code.consts[..]);
    let mut ip = *frame_ip;
    let slow = loop {
        let instr = instrs[ip];
        ip += 1;
        match instr {
            // ---- loads and stores ----
            Instr::LoadConst(i) => stack.push(consts[i as usize].clone()),
            Instr::LoadFast(i) => {
                let v = stack[i as usize].clone();
                if v.is_null() {
                    break instr;
                }
                stack.push(v);
            }
            Instr::LoadFast2(i) => {
                let (a, b) = match instrs.get(ip) {
                    Some(Instr::LoadFast(j)) => (stack[i as usize].clone(), stack[*j as usize].clone()),
                    _ => (stack[i as usize].clone(), Value::Null),
                };
                if a.is_null() {
                    break instr;
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
                    break instr;
                }
            }
            Instr::LoadFastConstCompare(i) => {
                if !fused_const_test(instrs, consts, stack, &mut ip, i as usize) {
                    break instr;
                }
            }
            Instr::StoreFast(i) => {
                let v = stack.pop().unwrap_or(Value::None);
                stack[i as usize] = v;
            }
            Instr::LoadDeref(i) => {
                let v = cell_value(cell_at(stack, code.varnames.len() + i as usize));
                if v.is_null() {
                    break instr;
                }
                stack.push(v);
            }
            Instr::LoadGlobal(i) => match cached_global(code, globals, builtins, i as usize) {
                Some(v) => stack.push(v),
                None => break instr,
            },
            Instr::LoadAttr(i) => {
                let Some(v) = stack.last().and_then(|obj| plain_load(code, obj, i as usize)) else { break instr };
                if let Some(top) = stack.last_mut() {
                    *top = v;
                }
            }
            Instr::LoadFastAttr(l) => {
                let Some(Instr::LoadAttr(n)) = instrs.get(ip) else { break instr };
                let Some(v) = plain_load(code, &stack[l as usize], *n as usize) else { break instr };
                stack.push(v);
                ip += 1;
            }
            Instr::StoreAttr(i) => {
                let n = stack.len();
                if breaker::pending() || n < 2 {
                    break instr;
                }
                let v = std::mem::replace(&mut stack[n - 2], Value::Null);
                match plain_store(code, &stack[n - 1], i as usize, v) {
                    Ok(()) => stack.truncate(n - 2),
                    Err(v) => {
                        stack[n - 2] = v;
                        break instr;
                    }
                }
            }
            Instr::LoadFastStoreAttr(l) => {
                let Some(Instr::StoreAttr(n)) = instrs.get(ip) else { break instr };
                if breaker::pending() || stack.is_empty() {
                    break instr;
                }
                let v = stack.pop().unwrap_or(Value::None);
                match plain_store(code, &stack[l as usize], *n as usize, v) {
                    Ok(()) => ip += 1,
                    Err(v) => {
                        stack.push(v);
                        break instr;
                    }
                }
            }
            Instr::BinarySubscr => {
                if !subscr_in_place(stack) {
                    break instr;
                }
            }

            // ---- stack ----
            Instr::PopTop => {
                stack.pop();
            }
            Instr::DupTop => match stack.last() {
                Some(v) => {
                    let v = v.clone();
                    stack.push(v);
                }
                None => break instr,
            },
            Instr::Rot2 => {
                let n = stack.len();
                if n < 2 {
                    break instr;
                }
                stack.swap(n - 1, n - 2);
            }
            Instr::Nop => {}

            // ---- operators ----
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                if !arith_in_place(stack, op) {
                    break instr;
                }
            }
            Instr::CompareOp(op) => {
                if !compare_in_place(stack, op) {
                    break instr;
                }
            }
            Instr::IsOp(invert) => {
                let n = stack.len();
                if n < 2 {
                    break instr;
                }
                let r = stack[n - 2].is(&stack[n - 1]) != invert;
                stack.pop();
                stack[n - 2] = Value::bool(r);
            }

            // ---- control flow ----
            Instr::Jump(l) => {
                ip = l as usize;
                if breaker::pending() {
                    break instr;
                }
            }
            Instr::PopJumpIfFalse(l) => match pop_bool(stack) {
                Some(t) => {
                    if !t {
                        ip = l as usize;
                    }
                }
                None => break instr,
            },
            Instr::PopJumpIfTrue(l) => match pop_bool(stack) {
                Some(t) => {
                    if t {
                        ip = l as usize;
                    }
                }
                None => break instr,
            },
            Instr::ForIter(_) => match stack.last().and_then(range_step) {
                Some(n) => stack.push(Value::Int(n)),
                None => break instr,
            },
            _ => break instr,
        }
    };
    *frame_ip = ip;
    slow
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
    stack.push(r);
    *ip += 2;
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

/// True when attribute `names[i]` of instance `inst` lives only in its dict
/// (`store` false: for reading; true: for assignment), through the code's
/// per-name cache (see `AttrCache`).
#[inline]
fn plain_attr(code: &PyCode, i: usize, inst: &crate::objects::Instance, store: bool) -> bool {
    let cls = inst.class.borrow();
    let addr = Rc::as_ptr(&cls) as usize;
    let epoch = crate::objects::typeobj::type_epoch();
    let c = code.attr_cache[i].get();
    if c.class == addr && c.epoch == epoch {
        return if store { c.store } else { c.load };
    }
    let (PyObject::Type(t), Some(name)) = (&**cls, code.names[i].as_pystr()) else { return false };
    let hooks = t.hooks();
    let free = t.lookup(name).is_none();
    let load = free && hooks & crate::objects::typeobj::HOOK_GETATTRIBUTE == 0;
    let store_ok = free && t.heap && hooks & crate::objects::typeobj::HOOK_SETATTR == 0 && name.as_str() != "__class__";
    code.attr_cache[i].set(crate::bytecode::AttrCache { class: addr, epoch, load, store: store_ok, index: c.index });
    if store { store_ok } else { load }
}

/// `obj.name` when it is a plain instance attribute (None otherwise,
/// including when the instance dict lacks it: the slow path raises).
#[inline]
fn plain_load(code: &PyCode, obj: &Value, i: usize) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let PyObject::Instance(inst) = &**o else { return None };
    if !plain_attr(code, i, inst, false) {
        return None;
    }
    let name = code.names[i].as_pystr()?;
    let d = inst.dict().borrow();
    let cache = &code.attr_cache[i];
    if let Some(v) = d.value_if_key(cache.get().index as usize, name) {
        return Some(v.clone());
    }
    let ix = d.index_of_pystr(name)?;
    let mut c = cache.get();
    c.index = ix as u32;
    cache.set(c);
    Some(d.entry(ix).value.clone())
}

/// `obj.name = v` straight into the instance dict when that is all it does;
/// gives `v` back otherwise.
#[inline]
pub(super) fn plain_store(code: &PyCode, obj: &Value, i: usize, v: Value) -> Result<(), Value> {
    let Value::Obj(o) = obj else { return Err(v) };
    let PyObject::Instance(inst) = &**o else { return Err(v) };
    if !plain_attr(code, i, inst, true) {
        return Err(v);
    }
    let mut d = inst.dict().borrow_mut();
    if let Some(name) = code.names[i].as_pystr() {
        if let Some(slot) = d.value_if_key_mut(code.attr_cache[i].get().index as usize, name) {
            *slot = v;
            return Ok(());
        }
    }
    d.set_strval(code.names[i].clone(), v);
    Ok(())
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

/// The next int of a range iterator on the stack top (None when it is not
/// one, or is exhausted: the general path handles both).
#[inline(always)]
fn range_step(top: &Value) -> Option<i64> {
    let Value::Obj(o) = top else { return None };
    let PyObject::Iter(cell) = &**o else { return None };
    let mut st = cell.borrow_mut();
    let crate::objects::PyIter::Range { next, stop, step } = &mut *st else { return None };
    let n = *next;
    if *step == 1 && n < *stop {
        *next = n + 1;
        return Some(n);
    }
    None
}

/// Pops the top if it is a bool (peeking first, so no `Value` temporary is
/// built); None leaves the stack alone for the general truth test. The two
/// conditional-jump arms stay separate: merging them cost nbody ~5%.
#[inline(always)]
fn pop_bool(stack: &mut Vec<Value>) -> Option<bool> {
    match stack.last() {
        Some(Value::Bool(b)) => {
            let b = *b;
            stack.pop();
            Some(b.get())
        }
        _ => None,
    }
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
