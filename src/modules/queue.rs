//! `_queue`: `queue.Queue`'s methods, native. They are CPython's Python code
//! (Lib/queue.py) step for step — the same attribute reads, comparisons,
//! condition waits and hook calls, in the same order — without the bytecode:
//! `put`/`get` are the hot path of every producer/consumer program, and as
//! Python they cost a dozen calls each.
//!
//! Everything goes through the instance's attributes, so a subclass that
//! overrides `_qsize`/`_put`/`_get` (LifoQueue, PriorityQueue, user
//! queues) or replaces `mutex`/`not_empty`/`not_full` gets exactly the
//! Python behaviour; only the unmodified pieces (a native Condition, the
//! deque behind Queue's own `_put`/`_get`) are driven directly.

use super::condition;
use crate::objects::function::is_builtin;
use crate::objects::str::intern_static;
use crate::objects::{PyBuiltin, PyObject, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::attr::Method;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_queue", None);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (name, func) in [
                ("put", put as crate::objects::NativeFn),
                ("get", get),
                ("_init", init),
                ("_qsize", qsize),
                ("_put", put_item),
                ("_get", get_item),
            ] {
                // Method descriptors of Queue: they bind to the instance.
                let f = PyBuiltin { name, func, owner: Some("Queue") };
                d.set_str(name, Value::from_obj(PyObject::Builtin(Box::new(f))));
            }
        }
    }
    m
}

/// Binds `args`/`kw` like the Python signature `Queue.name(self, *params)`
/// with `defaults` for the trailing ones, with CPython's messages.
fn bind(vm: &Vm, name: &str, args: &[Value], kw: &[(Value, Value)], params: &[&str], defaults: &[Value]) -> PyResult<Vec<Value>> {
    let fname = || format!("Queue.{}()", name);
    let n = params.len();
    if args.len() > n {
        let lo = n - defaults.len();
        let takes = if defaults.is_empty() { format!("{}", n) } else { format!("from {} to {}", lo, n) };
        return Err(vm.type_error(&format!("{} takes {} positional arguments but {} were given", fname(), takes, args.len())));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(n, None);
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(&format!("{} got multiple values for argument '{}'", fname(), key)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("{} got an unexpected keyword argument '{}'", fname(), key))),
        }
    }
    let first_default = n - defaults.len();
    let missing: Vec<String> = (0..first_default).filter(|&i| out[i].is_none()).map(|i| format!("'{}'", params[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..missing.len() - 1].join(", "), missing[missing.len() - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(&format!("{} missing {} required positional argument{}: {}", fname(), missing.len(), s, list)));
    }
    Ok(out.into_iter().enumerate().map(|(i, v)| v.unwrap_or_else(|| defaults[i - first_default].clone())).collect())
}

fn attr(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<Value> {
    let n = intern_static(name);
    vm.getattr(obj, n.as_pystr().expect("str"))
}

/// `obj.name(*args)`; `fast` runs instead when the method found is Queue's
/// own native one (so an override in a subclass or instance wins).
fn call_hook(vm: &mut Vm, obj: &Value, name: &'static str, args: &[Value], fast: fn(&mut Vm, &Value, &[Value]) -> PyResult<Value>) -> PyResult<Value> {
    let n = intern_static(name);
    match vm.load_method(obj, n.as_pystr().expect("str"))? {
        Method::Unbound(f) if is_builtin(&f, name, Some("Queue")) => fast(vm, obj, args),
        m => vm.call_loaded(obj, m, args),
    }
}

/// True for a `threading.Condition` itself (not a Python subclass, whose
/// methods may be overridden).
fn plain_condition(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, PyObject::Native(n) if n.data.is::<condition::Condition>()))
}

/// `with cond: body`, with `__exit__` seeing the body's exception.
fn with_condition(vm: &mut Vm, cond: &Value, body: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
    let plain = plain_condition(cond);
    let exit = if plain { None } else { Some(attr(vm, cond, "__exit__")?) };
    if plain {
        condition::enter(vm, cond)?;
    } else {
        vm.call_method(cond, "__enter__", &[])?;
    }
    let r = body(vm);
    match exit {
        None => {
            condition::exit(vm, cond)?;
            r
        }
        Some(exit) => match r {
            Ok(v) => {
                vm.call(exit, &[Value::None, Value::None, Value::None])?;
                Ok(v)
            }
            Err(e) => {
                let exc = Value::Obj(e.0.clone());
                let t = Value::Obj(vm.class_of_exc(&e.0));
                let tb = super::traceback_object(vm, &exc);
                let suppress = vm.call(exit, &[t, exc, tb])?;
                if vm.truthy(&suppress)? {
                    Ok(Value::None)
                } else {
                    Err(e)
                }
            }
        },
    }
}

fn wait(vm: &mut Vm, cond: &Value, timeout: Option<Value>) -> PyResult<()> {
    let args: Vec<Value> = std::iter::once(cond.clone()).chain(timeout).collect();
    if plain_condition(cond) {
        condition::cond_wait(vm, &args, &[])?;
    } else {
        vm.call_method(cond, "wait", &args[1..])?;
    }
    Ok(())
}

fn notify(vm: &mut Vm, queue: &Value, which: &'static str) -> PyResult<()> {
    let cond = attr(vm, queue, which)?;
    if plain_condition(&cond) {
        condition::cond_notify(vm, &[cond], &[])?;
    } else {
        vm.call_method(&cond, "notify", &[])?;
    }
    Ok(())
}

/// `self._qsize() >= self.maxsize`
fn is_full(vm: &mut Vm, queue: &Value, maxsize: &Value) -> PyResult<bool> {
    let n = call_hook(vm, queue, "_qsize", &[], native_qsize)?;
    let r = vm.compare(CmpOp::GtE, &n, maxsize)?;
    vm.truthy(&r)
}

/// `not self._qsize()`
fn is_empty(vm: &mut Vm, queue: &Value) -> PyResult<bool> {
    let n = call_hook(vm, queue, "_qsize", &[], native_qsize)?;
    Ok(!vm.truthy(&n)?)
}

fn queue_error(vm: &mut Vm, name: &'static str) -> crate::vm::PyErr {
    let cls = vm.load_module("queue").and_then(|m| attr(vm, &m, name));
    match cls {
        Ok(c) => match vm.call(c, &[]) {
            Ok(Value::Obj(o)) => crate::vm::PyErr(o),
            Ok(_) => vm.type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

fn now() -> Value {
    Value::float(super::time::monotonic_secs())
}

fn negative_timeout(vm: &mut Vm, timeout: &Value) -> PyResult<bool> {
    let r = vm.compare(CmpOp::Lt, timeout, &Value::Int(0))?;
    vm.truthy(&r)
}

/// `Queue.put(self, item, block=True, timeout=None)`
fn put(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "put", args, kw, &["self", "item", "block", "timeout"], &[Value::bool(true), Value::None])?;
    let [q, item, block, timeout] = <[Value; 4]>::try_from(a).map_err(|_| vm.type_error("put"))?;
    let cond = attr(vm, &q, "not_full")?;
    with_condition(vm, &cond, |vm| {
        let maxsize = attr(vm, &q, "maxsize")?;
        let bounded = vm.compare(CmpOp::Gt, &maxsize, &Value::Int(0))?;
        if vm.truthy(&bounded)? {
            if !vm.truthy(&block)? {
                if is_full(vm, &q, &maxsize)? {
                    return Err(queue_error(vm, "Full"));
                }
            } else if timeout.is_none() {
                while is_full(vm, &q, &maxsize)? {
                    wait(vm, &cond, None)?;
                }
            } else if negative_timeout(vm, &timeout)? {
                return Err(vm.value_error("'timeout' must be a non-negative number"));
            } else {
                let endtime = vm.binary_op(BinOp::Add, &now(), &timeout)?;
                while is_full(vm, &q, &maxsize)? {
                    let remaining = vm.binary_op(BinOp::Sub, &endtime, &now())?;
                    let over = vm.compare(CmpOp::LtE, &remaining, &Value::float(0.0))?;
                    if vm.truthy(&over)? {
                        return Err(queue_error(vm, "Full"));
                    }
                    wait(vm, &cond, Some(remaining))?;
                }
            }
        }
        call_hook(vm, &q, "_put", std::slice::from_ref(&item), native_put)?;
        let tasks = attr(vm, &q, "unfinished_tasks")?;
        let tasks = vm.inplace_op(BinOp::Add, &tasks, &Value::Int(1))?;
        vm.setattr(&q, &intern_static("unfinished_tasks"), tasks)?;
        notify(vm, &q, "not_empty")?;
        Ok(Value::None)
    })
}

/// `Queue.get(self, block=True, timeout=None)`
fn get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "get", args, kw, &["self", "block", "timeout"], &[Value::bool(true), Value::None])?;
    let [q, block, timeout] = <[Value; 3]>::try_from(a).map_err(|_| vm.type_error("get"))?;
    let cond = attr(vm, &q, "not_empty")?;
    with_condition(vm, &cond, |vm| {
        if !vm.truthy(&block)? {
            if is_empty(vm, &q)? {
                return Err(queue_error(vm, "Empty"));
            }
        } else if timeout.is_none() {
            while is_empty(vm, &q)? {
                wait(vm, &cond, None)?;
            }
        } else if negative_timeout(vm, &timeout)? {
            return Err(vm.value_error("'timeout' must be a non-negative number"));
        } else {
            let endtime = vm.binary_op(BinOp::Add, &now(), &timeout)?;
            while is_empty(vm, &q)? {
                let remaining = vm.binary_op(BinOp::Sub, &endtime, &now())?;
                let over = vm.compare(CmpOp::LtE, &remaining, &Value::float(0.0))?;
                if vm.truthy(&over)? {
                    return Err(queue_error(vm, "Empty"));
                }
                wait(vm, &cond, Some(remaining))?;
            }
        }
        let item = call_hook(vm, &q, "_get", &[], native_get)?;
        notify(vm, &q, "not_full")?;
        Ok(item)
    })
}

/// `Queue._init(self, maxsize)`: `self.queue = deque()`.
fn init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "_init", args, kw, &["self", "maxsize"], &[])?;
    let deque = vm.load_module("_collections").and_then(|m| attr(vm, &m, "deque"))?;
    let d = vm.call(deque, &[])?;
    vm.setattr(&a[0], &intern_static("queue"), d)?;
    Ok(Value::None)
}

/// `Queue._qsize(self)`: `len(self.queue)`.
fn qsize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "_qsize", args, kw, &["self"], &[])?;
    native_qsize(vm, &a[0], &[])
}

fn native_qsize(vm: &mut Vm, q: &Value, _: &[Value]) -> PyResult<Value> {
    let items = attr(vm, q, "queue")?;
    if let Some(d) = crate::objects::deque::deque_of(&items) {
        return Ok(Value::Int(d.len() as i64));
    }
    super::builtins::len_of(vm, &items).map(Value::Int)
}

/// `Queue._put(self, item)`: `self.queue.append(item)`.
fn put_item(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "_put", args, kw, &["self", "item"], &[])?;
    native_put(vm, &a[0], &a[1..])
}

fn native_put(vm: &mut Vm, q: &Value, item: &[Value]) -> PyResult<Value> {
    let items = attr(vm, q, "queue")?;
    match plain_deque(&items) {
        Some(d) => d.push_back(item[0].clone()),
        None => {
            vm.call_method(&items, "append", item)?;
        }
    }
    Ok(Value::None)
}

/// `Queue._get(self)`: `self.queue.popleft()`.
fn get_item(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "_get", args, kw, &["self"], &[])?;
    native_get(vm, &a[0], &[])
}

fn native_get(vm: &mut Vm, q: &Value, _: &[Value]) -> PyResult<Value> {
    let items = attr(vm, q, "queue")?;
    match plain_deque(&items) {
        Some(d) => d.pop_front().ok_or_else(|| vm.index_error("pop from an empty deque")),
        None => vm.call_method(&items, "popleft", &[]),
    }
}

/// A `collections.deque` itself (a subclass may override its methods).
fn plain_deque(v: &Value) -> Option<&crate::objects::deque::PyDeque> {
    match v {
        Value::Obj(o) if matches!(&**o, PyObject::Native(_)) => crate::objects::deque::deque_of(v),
        _ => None,
    }
}
