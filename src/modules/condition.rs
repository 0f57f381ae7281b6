//! `threading.Condition`, native: the same algorithm as CPython's Python
//! class (each waiter blocks on a fresh lock of its own, which `notify`
//! releases), without the Python-level calls on every `with cond:` and
//! `notify()` — the hot path of `queue.Queue`.
//!
//! The underlying lock may be a `_thread.lock` or `_thread.RLock` (handled
//! directly) or any object with acquire/release (called like CPython does).

use std::cell::RefCell;
use std::collections::VecDeque;

use super::thread::{self, Lock, RLock};
use crate::objects::methods::{check_kw, kwarg};
use crate::objects::typeobj::Layout;
use crate::objects::{PyObject, Value};
use crate::runtime::gil::allow_threads_for_lock;
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::builtins_types::{add_method, add_property, add_staticmethod, new_type};
use crate::vm::{PyResult, Vm};

pub struct Condition {
    lock: RefCell<Value>,
    /// The waiters' own locks (`_thread.lock` objects), oldest first.
    waiters: RefCell<VecDeque<Value>>,
}

/// Adds `_thread._Condition` (threading.Condition) to the module dict.
pub fn install(vm: &mut Vm, d: &mut crate::objects::PyDict) {
    let cls = new_type("Condition", vec![vm.types().object.clone()], Layout::Builtin, false);
    if let PyObject::Type(t) = &*cls {
        *t.module.borrow_mut() = "threading".to_string();
    }
    add_staticmethod(&cls, "__new__", cond_new);
    add_method(&cls, "__init__", cond_init);
    add_method(&cls, "__enter__", cond_enter);
    add_method(&cls, "__exit__", cond_exit);
    add_method(&cls, "acquire", cond_acquire);
    add_method(&cls, "release", cond_release);
    add_method(&cls, "_is_owned", cond_is_owned);
    add_method(&cls, "wait", cond_wait);
    add_method(&cls, "wait_for", cond_wait_for);
    add_method(&cls, "notify", cond_notify);
    add_method(&cls, "notify_all", cond_notify_all);
    add_method(&cls, "notifyAll", cond_notify_all);
    add_property(&cls, "_waiters", cond_waiters);
    add_method(&cls, "__repr__", cond_repr);
    d.set_str("_Condition", Value::Obj(cls));
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Condition> {
    let v = args.first().ok_or_else(|| vm.type_error("Condition method needs an instance"))?;
    // A Python subclass's instance wraps the native object as its base.
    let target = match v {
        Value::Obj(o) => match &**o {
            PyObject::Instance(i) => i.base.as_ref().unwrap_or(v),
            _ => v,
        },
        _ => v,
    };
    target
        .native_ref::<Condition>()
        .ok_or_else(|| vm.type_error("descriptor for 'threading.Condition' objects doesn't apply to this object"))
}

/// The lock argument (None: a new RLock).
fn lock_arg(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "Condition", kw, &["lock"])?;
    if args.len() > 2 {
        return Err(vm.type_error(&format!("Condition.__init__() takes from 1 to 2 positional arguments but {} were given", args.len())));
    }
    match args.get(1).or_else(|| kwarg(kw, "lock")) {
        Some(l) if !l.is_none() => Ok(l.clone()),
        _ => {
            let m = vm.load_module("_thread")?;
            let rlock = vm.getattr_str(&m, "RLock")?;
            vm.call(rlock, &[])
        }
    }
}

fn cond_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else { return Err(vm.type_error("Condition.__new__(): not enough arguments")) };
    let lock = lock_arg(vm, args, kw)?;
    let data = Condition { lock: RefCell::new(lock), waiters: RefCell::new(VecDeque::new()) };
    // A Python subclass gets an instance (with a __dict__) wrapping the native object.
    let native_cls = match &**cls {
        PyObject::Type(t) if t.heap => t.builtin_base.clone(),
        _ => None,
    };
    Ok(match native_cls {
        Some(base) => Value::from_obj(PyObject::Instance(crate::objects::Instance::new(cls.clone(), Some(Value::native(base, data))))),
        None => Value::native(cls.clone(), data),
    })
}

fn cond_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = lock_arg(vm, args, kw)?;
    let c = this(vm, args)?;
    *c.lock.borrow_mut() = lock;
    c.waiters.borrow_mut().clear();
    Ok(Value::None)
}

fn the_lock(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    Ok(this(vm, args)?.lock.borrow().clone())
}

// ---- the lock's operations, direct for native locks ----

fn acquire(vm: &mut Vm, lock: &Value, rest: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut a = Vec::with_capacity(rest.len() + 1);
    a.push(lock.clone());
    a.extend_from_slice(rest);
    if lock.native_ref::<Lock>().is_some() {
        return thread::lock_acquire(vm, &a, kw);
    }
    if lock.native_ref::<RLock>().is_some() {
        return thread::rlock_acquire(vm, &a, kw);
    }
    let f = vm.getattr_str(lock, "acquire")?;
    vm.call_kw(f, rest, kw)
}

fn release(vm: &mut Vm, lock: &Value) -> PyResult<Value> {
    if lock.native_ref::<Lock>().is_some() {
        return thread::lock_release(vm, &[lock.clone()], &[]);
    }
    if lock.native_ref::<RLock>().is_some() {
        return thread::rlock_release(vm, &[lock.clone()], &[]);
    }
    vm.call_method(lock, "release", &[])
}

fn is_owned(vm: &mut Vm, lock: &Value) -> PyResult<bool> {
    if let Some(l) = lock.native_ref::<Lock>() {
        // A plain lock has no owner: "owned" means someone holds it.
        return Ok(l.0.locked());
    }
    if lock.native_ref::<RLock>().is_some() {
        return thread::rlock_is_owned(vm, &[lock.clone()], &[]).map(|v| matches!(v, Value::Bool(crate::objects::Truth::True)));
    }
    if vm.getattr_opt(lock, "_is_owned")?.is_some() {
        let r = vm.call_method(lock, "_is_owned", &[])?;
        return vm.truthy(&r);
    }
    let got = vm.call_method(lock, "acquire", &[Value::bool(false)])?;
    if vm.truthy(&got)? {
        vm.call_method(lock, "release", &[])?;
        return Ok(false);
    }
    Ok(true)
}

/// Releases the lock completely, returning what `restore` needs.
fn release_save(vm: &mut Vm, lock: &Value) -> PyResult<Value> {
    if lock.native_ref::<RLock>().is_some() {
        return thread::rlock_release_save(vm, &[lock.clone()], &[]);
    }
    if lock.native_ref::<Lock>().is_none() && vm.getattr_opt(lock, "_release_save")?.is_some() {
        return vm.call_method(lock, "_release_save", &[]);
    }
    release(vm, lock)?;
    Ok(Value::None)
}

fn restore(vm: &mut Vm, lock: &Value, state: Value) -> PyResult<()> {
    if lock.native_ref::<RLock>().is_some() {
        return thread::rlock_acquire_restore(vm, &[lock.clone(), state], &[]).map(|_| ());
    }
    if let Some(l) = lock.native_ref::<Lock>() {
        let raw = l.0.clone();
        if !raw.try_acquire() {
            allow_threads_for_lock(move || raw.acquire_uninterruptible());
        }
        return Ok(());
    }
    if vm.getattr_opt(lock, "_acquire_restore")?.is_some() {
        vm.call_method(lock, "_acquire_restore", &[state])?;
        return Ok(());
    }
    vm.call_method(lock, "acquire", &[])?;
    Ok(())
}

// ---- methods ----

fn cond_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    enter(vm, &args[0])
}

fn cond_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    exit(vm, &args[0])?;
    Ok(Value::None)
}

/// `cond.__enter__()` (for native callers such as `_queue`).
pub(crate) fn enter(vm: &mut Vm, cond: &Value) -> PyResult<Value> {
    let lock = the_lock(vm, std::slice::from_ref(cond))?;
    acquire(vm, &lock, &[], &[])
}

/// `cond.__exit__(...)`: releases the lock.
pub(crate) fn exit(vm: &mut Vm, cond: &Value) -> PyResult<()> {
    let lock = the_lock(vm, std::slice::from_ref(cond))?;
    release(vm, &lock)?;
    Ok(())
}

fn cond_acquire(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = the_lock(vm, args)?;
    acquire(vm, &lock, &args[1..], kw)
}

fn cond_release(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = the_lock(vm, args)?;
    release(vm, &lock)
}

fn cond_is_owned(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = the_lock(vm, args)?;
    is_owned(vm, &lock).map(Value::bool)
}

/// `wait(timeout=None)`: releases the lock, sleeps until notified (or the
/// timeout), takes the lock back; True unless it timed out.
pub(crate) fn cond_wait(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "wait", kw, &["timeout"])?;
    let timeout = args.get(1).or_else(|| kwarg(kw, "timeout")).cloned().unwrap_or(Value::None);
    wait(vm, &args[0], &timeout).map(Value::bool)
}

fn wait(vm: &mut Vm, cond: &Value, timeout: &Value) -> PyResult<bool> {
    let args = std::slice::from_ref(cond);
    let lock = the_lock(vm, args)?;
    if !is_owned(vm, &lock)? {
        return Err(vm.runtime_error("cannot wait on un-acquired lock"));
    }
    let waiter = thread::new_lock(vm);
    thread::lock_acquire(vm, std::slice::from_ref(&waiter), &[])?;
    this(vm, args)?.waiters.borrow_mut().push_back(waiter.clone());
    let saved = release_save(vm, &lock)?;
    // The waiter's own acquire, as CPython's Condition does: blocking
    // without a timeout, with `timeout` when positive, else just a try
    // (so timeouts are checked and waited for exactly like a lock's).
    let got = if timeout.is_none() {
        thread::lock_acquire(vm, std::slice::from_ref(&waiter), &[])
    } else {
        match vm.compare(CmpOp::Gt, timeout, &Value::Int(0)).and_then(|r| vm.truthy(&r)) {
            Ok(true) => thread::lock_acquire(vm, &[waiter.clone(), Value::bool(true), timeout.clone()], &[]),
            Ok(false) => thread::lock_acquire(vm, &[waiter.clone(), Value::bool(false)], &[]),
            Err(e) => Err(e),
        }
    };
    restore(vm, &lock, saved)?;
    let got = got.map(|v| matches!(v, Value::Bool(crate::objects::Truth::True)));
    if !matches!(got, Ok(true)) {
        this(vm, args)?.waiters.borrow_mut().retain(|w| !w.is(&waiter));
    }
    got
}

/// `wait_for(predicate, timeout=None)`: waits until `predicate()` is true.
fn cond_wait_for(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "wait_for", kw, &["predicate", "timeout"])?;
    let Some(pred) = args.get(1).or_else(|| kwarg(kw, "predicate")).cloned() else {
        return Err(vm.type_error("wait_for() missing 1 required positional argument: 'predicate'"));
    };
    let timeout = args.get(2).or_else(|| kwarg(kw, "timeout")).cloned().unwrap_or(Value::None);
    let mut end: Option<Value> = None;
    let mut result = vm.call(pred.clone(), &[])?;
    while !vm.truthy(&result)? {
        // The remaining time, computed with Python arithmetic like CPython's
        // (so a bad timeout fails the same way).
        let mut wait_time = timeout.clone();
        if !timeout.is_none() {
            let now = Value::float(super::time::monotonic_secs());
            match &end {
                None => end = Some(vm.binary_op(BinOp::Add, &now, &timeout)?),
                Some(e) => {
                    wait_time = vm.binary_op(BinOp::Sub, e, &now)?;
                    let expired = vm.compare(CmpOp::LtE, &wait_time, &Value::Int(0))?;
                    if vm.truthy(&expired)? {
                        break;
                    }
                }
            }
        }
        wait(vm, &args[0], &wait_time)?;
        result = vm.call(pred.clone(), &[])?;
    }
    Ok(result)
}

fn notify(vm: &mut Vm, args: &[Value], mut n: usize) -> PyResult<Value> {
    let lock = the_lock(vm, args)?;
    if !is_owned(vm, &lock)? {
        return Err(vm.runtime_error("cannot notify on un-acquired lock"));
    }
    while n > 0 {
        let Some(w) = this(vm, args)?.waiters.borrow_mut().pop_front() else { break };
        // A waiter whose wait timed out meanwhile is already unlocked.
        if w.native_ref::<Lock>().is_some_and(|l| l.0.release()) {
            n -= 1;
        }
    }
    Ok(Value::None)
}

pub(crate) fn cond_notify(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "notify", kw, &["n"])?;
    let n = match args.get(1).or_else(|| kwarg(kw, "n")) {
        None => 1,
        Some(Value::Int(i)) => (*i).max(0) as usize,
        Some(Value::Bool(b)) => *b as usize,
        Some(v) => return Err(vm.type_error(&format!("'>' not supported between instances of '{}' and 'int'", vm.type_name(v)))),
    };
    notify(vm, args, n)
}

fn cond_notify_all(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let n = this(vm, args)?.waiters.borrow().len();
    notify(vm, args, n)
}

/// `_waiters`: the waiting threads' locks, oldest first (a copy).
fn cond_waiters(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::list(this(vm, args)?.waiters.borrow().iter().cloned().collect()))
}

fn cond_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let lock = the_lock(vm, args)?;
    let n = this(vm, args)?.waiters.borrow().len();
    let l = vm.repr(&lock)?;
    Ok(Value::string(format!("<Condition({}, {})>", l, n)))
}
