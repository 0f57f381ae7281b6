//! The `time` module: clocks and sleep.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::modules::builtins::native;
use crate::objects::methods::check_args;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// The monotonic clock's zero, shared by every thread (process start).
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("time", None);
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
    ];
    if let Value::Obj(o) = &m {
        if let crate::objects::PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in fns {
                d.set_str(n, native(n, *f));
            }
        }
    }
    m
}

fn now_since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "time", args, 0, 0)?;
    Ok(Value::float(now_since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "time_ns", args, 0, 0)?;
    Ok(Value::from_bigint(num_bigint::BigInt::from(now_since_epoch().as_nanos())))
}

/// Time since an arbitrary fixed point (process start), the same in every thread.
fn elapsed() -> Duration {
    START.get_or_init(Instant::now).elapsed()
}

/// `time.monotonic()` as a number, for native code.
pub fn monotonic_secs() -> f64 {
    elapsed().as_secs_f64()
}

fn monotonic(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "monotonic", args, 0, 0)?;
    Ok(Value::float(elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "monotonic_ns", args, 0, 0)?;
    Ok(Value::Int(elapsed().as_nanos() as i64))
}

fn process_time(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "process_time", args, 0, 0)?;
    Ok(Value::float(crate::runtime::cpu_time()))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => vm.to_f64(&args[0])?,
        other => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e15 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    crate::modules::sys::flush_stdout(vm);
    // Sleep in slices so that Ctrl-C interrupts it promptly.
    let interrupted = crate::runtime::allow_threads(|| {
        let end = Instant::now() + Duration::from_secs_f64(secs);
        loop {
            let now = Instant::now();
            if now >= end {
                return false;
            }
            if crate::runtime::breaker::interrupt_pending() {
                return true;
            }
            std::thread::sleep((end - now).min(Duration::from_millis(20)));
        }
    });
    if interrupted && crate::runtime::breaker::take_interrupt() {
        return Err(vm.new_error_noargs("KeyboardInterrupt"));
    }
    Ok(Value::None)
}
