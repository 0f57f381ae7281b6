//! `_thread`: OS threads sharing the interpreter, and the locks
//! `threading` builds everything else on (stdlib/threading.py).
//!
//! A new thread receives its function and arguments in a `SendBox`, takes
//! the GIL, and only then opens them and builds its own `Vm` (frames,
//! exception state) over the shared `Interp`. Lock waits that block run in
//! `allow_threads_for_lock` with the GIL released.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::modules::builtins::native;
use crate::objects::methods::{check_args, check_kw, kwarg};
use crate::objects::typeobj::Layout;
use crate::objects::{obj_id, Obj, PyObject, Value};
use crate::runtime::gil::{GilToken, SendBox};
use crate::runtime::lock::{Acquired, RawLock};
use crate::runtime::gil::allow_threads_for_lock;
use crate::runtime::{breaker, gilstats};
use crate::vm::builtins_types::{add_method, add_staticmethod, new_type};
use crate::vm::{PyResult, Vm};

/// The largest timeout a lock accepts (CPython's value on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Native stack of a Python thread, and how much native recursion may use.
const THREAD_STACK: usize = 256 << 20;
const THREAD_STACK_BUDGET: usize = 192 << 20;

/// Threads started by `start_new_thread` and still running.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// `_thread.lock`.
pub struct Lock(pub(crate) Arc<RawLock>);

/// `_thread.RLock`: a lock with an owner and a recursion count (both touched
/// only under the GIL).
pub struct RLock {
    pub(crate) raw: Arc<RawLock>,
    pub(crate) owner: Cell<u64>,
    pub(crate) count: Cell<u64>,
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_thread", None);
    let object = vm.types().object.clone();
    let lock = new_type("lock", vec![object.clone()], Layout::Builtin, false);
    let rlock = new_type("RLock", vec![object], Layout::Builtin, false);
    for t in [&lock, &rlock] {
        if let PyObject::Type(ty) = &**t {
            *ty.module.borrow_mut() = "_thread".to_string();
        }
    }
    for (n, f) in [("acquire", lock_acquire as crate::objects::NativeFn), ("acquire_lock", lock_acquire), ("__enter__", lock_acquire)] {
        add_method(&lock, n, f);
    }
    for (n, f) in [("release", lock_release as crate::objects::NativeFn), ("release_lock", lock_release), ("__exit__", lock_exit)] {
        add_method(&lock, n, f);
    }
    add_method(&lock, "locked", lock_locked);
    add_method(&lock, "locked_lock", lock_locked);
    add_method(&lock, "__repr__", lock_repr);
    add_staticmethod(&rlock, "__new__", rlock_new);
    add_method(&rlock, "acquire", rlock_acquire);
    add_method(&rlock, "__enter__", rlock_acquire);
    add_method(&rlock, "release", rlock_release);
    add_method(&rlock, "__exit__", rlock_exit);
    add_method(&rlock, "_is_owned", rlock_is_owned);
    add_method(&rlock, "_release_save", rlock_release_save);
    add_method(&rlock, "_acquire_restore", rlock_acquire_restore);
    add_method(&rlock, "__repr__", rlock_repr);
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("exit", exit),
        ("exit_thread", exit),
        ("_count", count),
        ("stack_size", stack_size),
        ("_set_name", set_name),
        ("_print_exception", print_exception),
    ];
    let error = vm.types().exc("RuntimeError").clone();
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in fns {
                d.set_str(n, native(n, *f));
            }
            d.set_str("LockType", Value::Obj(lock.clone()));
            d.set_str("RLock", Value::Obj(rlock));
            super::condition::install(vm, &mut d);
            d.set_str("error", Value::Obj(error));
            d.set_str("TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
        }
    }
    m
}

// ---- threads ----

/// `start_new_thread(function, args, kwargs=None)`: runs `function(*args,
/// **kwargs)` in a new OS thread; returns its ident.
fn start_new_thread(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(&format!("start_new_thread expected at least 2 arguments, got {}", args.len())));
    }
    if !vm.is_callable(&args[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Some(fargs) = args[1].as_tuple().map(|t| t.to_vec()) else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let fkw: Vec<(Value, Value)> = match args.get(2) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Dict(_)) => Vm::dict_of(o).borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let ident = gilstats::new_ident();
    let payload = SendBox::new((vm.interp.clone(), args[0].clone(), fargs, fkw));
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .name(format!("coil-{ident}"))
        .stack_size(THREAD_STACK.max(STACK_SIZE.load(Ordering::SeqCst)))
        .spawn(move || thread_main(payload, ident));
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.runtime_error("can't start new thread"));
    }
    Ok(Value::Int(ident as i64))
}

fn thread_main(payload: SendBox<(Rc<crate::vm::Interp>, Value, Vec<Value>, Vec<(Value, Value)>)>, ident: u64) {
    gilstats::adopt_ident(ident);
    breaker::mark_worker_thread();
    let gil = GilToken::acquire();
    let (interp, func, args, kw) = payload.open();
    let mut vm = Vm::for_thread(interp, gil);
    vm.stack_budget = THREAD_STACK_BUDGET;
    if let Err(e) = vm.call_kw(func.clone(), &args, &kw) {
        if !vm.err_is(&e, "SystemExit") {
            let what = vm.repr(&func).unwrap_or_default();
            let tb = vm.format_exception(&e.0);
            crate::modules::sys::write_stderr(&mut vm, &format!("Exception ignored in thread started by: {}\n{}", what, tb));
        }
    }
    drop((func, args, kw));
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    gilstats::thread_finished();
    drop(vm);
}

fn get_ident(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "get_ident", args, 0, 0)?;
    Ok(Value::Int(gilstats::ident() as i64))
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 0)?;
    Err(vm.new_error_noargs("SystemExit"))
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_count", args, 0, 0)?;
    Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
}

/// The size last set with `stack_size` (0: the default).
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// `stack_size([size])`: returns the size set before and remembers the new
/// one (0, the default, if none is given; else at least 32 KiB). Python frames do not live on the native
/// stack, so a thread gets the larger of this size and coil's own.
fn stack_size(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "stack_size", args, 0, 1)?;
    // Without an argument the size goes back to 0.
    let new = match args.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::Obj(o)) if matches!(&**o, PyObject::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(other) => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    };
    let old = STACK_SIZE.load(Ordering::SeqCst);
    if new < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if new != 0 && new < 32768 {
        return Err(vm.value_error(&format!("size not valid: {} bytes", new)));
    }
    STACK_SIZE.store(new as usize, Ordering::SeqCst);
    Ok(Value::Int(old as i64))
}

/// `_set_name(name)`: the current thread's name in `-X gilstats`.
fn set_name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_set_name", args, 1, 1)?;
    if let Some(s) = args[0].as_str() {
        gilstats::set_name(s);
    }
    Ok(Value::None)
}

/// `_print_exception(exc)`: the traceback of `exc` on stderr (threading's excepthook).
fn print_exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_print_exception", args, 1, 1)?;
    if let Value::Obj(o) = &args[0] {
        if matches!(&**o, PyObject::Exception(_)) {
            let tb = vm.format_exception(o);
            crate::modules::sys::write_stderr(vm, &tb);
        }
    }
    Ok(Value::None)
}

// ---- acquiring ----

/// The largest wait in microseconds (CPython's PY_TIMEOUT_MAX on Linux).
const TIMEOUT_MAX_US: i128 = (i64::MAX / 1000) as i128;
/// `timeout=-1`, "no timeout", in nanoseconds.
const UNSET_NS: i128 = -1_000_000_000;

/// A timeout in seconds as nanoseconds, rounded away from zero, with
/// CPython's errors for NaN and for values out of range.
fn timeout_ns(vm: &mut Vm, t: &Value) -> PyResult<i128> {
    let too_large = "timestamp too large to convert to C _PyTime_t";
    match t {
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let ns = f.get() * 1e9;
            let ns = if ns >= 0.0 { ns.ceil() } else { ns.floor() };
            if !(ns >= i64::MIN as f64 && ns < i64::MAX as f64) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(ns as i128)
        }
        Value::Int(_) | Value::Bool(_) => {
            let n = match t {
                Value::Int(n) => *n,
                Value::Bool(b) => *b as i64,
                _ => 0,
            };
            match n.checked_mul(1_000_000_000) {
                Some(ns) => Ok(ns as i128),
                None => Err(vm.overflow_error(too_large)),
            }
        }
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => Err(vm.overflow_error(too_large)),
        other => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    }
}

/// Parses `acquire(blocking=True, timeout=-1)` into None (try only) or the
/// wait limit (Some(None): forever).
fn wait_limit(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Option<Option<Duration>>> {
    check_kw(vm, name, kw, &["blocking", "timeout"])?;
    if args.len() > 3 {
        return Err(vm.type_error(&format!("{}() takes at most 2 arguments ({} given)", name, args.len() - 1)));
    }
    let blocking = match args.get(1).or_else(|| kwarg(kw, "blocking")) {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let ns = match args.get(2).or_else(|| kwarg(kw, "timeout")) {
        Some(t) => timeout_ns(vm, &t.clone())?,
        None => UNSET_NS,
    };
    if !blocking && ns != UNSET_NS {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if ns < 0 && ns != UNSET_NS {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(None);
    }
    if ns < 0 {
        return Ok(Some(None));
    }
    // Rounded up to whole microseconds, like the wait itself in CPython.
    let us = (ns + 999) / 1000;
    if us > TIMEOUT_MAX_US {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok(Some(Some(Duration::from_micros(us as u64))))
}

/// Takes `raw`: first without giving up the GIL, then waiting with it released.
pub(crate) fn acquire_raw(vm: &mut Vm, raw: &Arc<RawLock>, limit: Option<Option<Duration>>) -> PyResult<bool> {
    if raw.try_acquire() {
        return Ok(true);
    }
    let Some(timeout) = limit else { return Ok(false) };
    let r = raw.clone();
    match allow_threads_for_lock(move || r.acquire(timeout)) {
        Acquired::Yes => Ok(true),
        Acquired::TimedOut => Ok(false),
        Acquired::Interrupted => {
            breaker::take_interrupt();
            Err(vm.new_error_noargs("KeyboardInterrupt"))
        }
    }
}

// ---- lock ----

fn allocate_lock(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "allocate_lock", args, 0, 0)?;
    Ok(new_lock(vm))
}

/// A new unlocked `_thread.lock`.
pub fn new_lock(vm: &mut Vm) -> Value {
    let cls = lock_type(vm);
    Value::native(cls, Lock(Arc::new(RawLock::default())))
}

fn lock_type(vm: &mut Vm) -> Obj {
    match vm.load_module("_thread").ok().and_then(|m| vm.getattr_str(&m, "LockType").ok()) {
        Some(Value::Obj(t)) => t,
        _ => vm.types().object.clone(),
    }
}

fn this_lock<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Lock> {
    args.first()
        .and_then(|v| v.native_ref::<Lock>())
        .ok_or_else(|| vm.type_error(&format!("descriptor '{}' for '_thread.lock' objects doesn't apply to this object", name)))
}

pub(crate) fn lock_acquire(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let raw = this_lock(vm, args, "acquire")?.0.clone();
    let limit = wait_limit(vm, "acquire", args, kw)?;
    acquire_raw(vm, &raw, limit).map(Value::bool)
}

pub(crate) fn lock_release(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "release", args, 1, 1)?;
    if !this_lock(vm, args, "release")?.0.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if !this_lock(vm, args, "__exit__")?.0.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "locked", args, 1, 1)?;
    Ok(Value::bool(this_lock(vm, args, "locked")?.0.locked()))
}

fn lock_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let l = this_lock(vm, args, "__repr__")?;
    let state = if l.0.locked() { "locked" } else { "unlocked" };
    let id = args[0].obj().map(obj_id).unwrap_or(0);
    Ok(Value::string(format!("<{} _thread.lock object at {:#x}>", state, id)))
}

// ---- RLock ----

fn rlock_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else { return Err(vm.type_error("RLock.__new__(): not enough arguments")) };
    Ok(Value::native(cls.clone(), RLock { raw: Arc::new(RawLock::default()), owner: Cell::new(0), count: Cell::new(0) }))
}

fn this_rlock<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RLock> {
    args.first()
        .and_then(|v| v.native_ref::<RLock>())
        .ok_or_else(|| vm.type_error(&format!("descriptor '{}' for '_thread.RLock' objects doesn't apply to this object", name)))
}

pub(crate) fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = gilstats::ident();
    let raw = {
        let r = this_rlock(vm, args, "acquire")?;
        if r.count.get() > 0 && r.owner.get() == me {
            r.count.set(r.count.get() + 1);
            return Ok(Value::bool(true));
        }
        r.raw.clone()
    };
    let limit = wait_limit(vm, "acquire", args, kw)?;
    if !acquire_raw(vm, &raw, limit)? {
        return Ok(Value::bool(false));
    }
    let r = this_rlock(vm, args, "acquire")?;
    r.owner.set(me);
    r.count.set(1);
    Ok(Value::bool(true))
}

pub(crate) fn rlock_release(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = this_rlock(vm, args, "release")?;
    if r.count.get() == 0 || r.owner.get() != gilstats::ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        r.raw.release();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    rlock_release(vm, &args[..1.min(args.len())], kw)
}

pub(crate) fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = this_rlock(vm, args, "_is_owned")?;
    Ok(Value::bool(r.count.get() > 0 && r.owner.get() == gilstats::ident()))
}

/// `_release_save()`: fully releases the lock (for Condition.wait) and
/// returns the state to restore.
pub(crate) fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = this_rlock(vm, args, "_release_save")?;
    if r.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let state = Value::tuple(vec![Value::Int(r.count.get() as i64), Value::Int(r.owner.get() as i64)]);
    r.count.set(0);
    r.owner.set(0);
    r.raw.release();
    Ok(state)
}

pub(crate) fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "_acquire_restore", args, 2, 2)?;
    let raw = this_rlock(vm, args, "_acquire_restore")?.raw.clone();
    let state = args[1].as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let (Some(Value::Int(count)), Some(Value::Int(owner))) = (state.first(), state.get(1)) else {
        return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    if !raw.try_acquire() {
        allow_threads_for_lock(move || raw.acquire_uninterruptible());
    }
    let r = this_rlock(vm, args, "_acquire_restore")?;
    r.count.set(*count as u64);
    r.owner.set(*owner as u64);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let r = this_rlock(vm, args, "__repr__")?;
    let state = if r.count.get() > 0 { "locked" } else { "unlocked" };
    let id = args[0].obj().map(obj_id).unwrap_or(0);
    let cls = vm.type_of(&args[0]);
    let name = vm.type_name_of_type(&cls);
    // Builtin types' names carry their module already ('_thread.RLock').
    let name = match &*cls {
        PyObject::Type(t) if !name.contains('.') => format!("{}.{}", t.module.borrow(), name),
        _ => name,
    };
    Ok(Value::string(format!("<{} {} object owner={} count={} at {:#x}>", state, name, r.owner.get(), r.count.get(), id)))
}
