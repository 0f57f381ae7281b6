//! The `sys` module and the standard streams behind `print()` and `input()`.

use std::io::{BufRead, Write};

use crate::modules::builtins::native;
use crate::objects::methods::check_args;
use crate::objects::typeobj::Layout;
use crate::objects::{Instance, PyObject, Value};
use crate::vm::builtins_types::{add_method, new_type};
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("sys", None);
    let stream_type = new_type("TextIOWrapper", vec![vm.types().object.clone()], Layout::Instance, false);
    if let PyObject::Type(t) = &*stream_type {
        *t.module.borrow_mut() = "_io".to_string();
    }
    add_method(&stream_type, "write", stream_write);
    add_method(&stream_type, "flush", stream_flush);
    add_method(&stream_type, "isatty", stream_isatty);
    add_method(&stream_type, "fileno", stream_fileno);
    add_method(&stream_type, "readline", stream_readline);
    add_method(&stream_type, "read", stream_read);
    add_method(&stream_type, "readlines", stream_readlines);
    add_method(&stream_type, "__iter__", stream_iter);
    add_method(&stream_type, "__next__", stream_next);
    let mut streams = Vec::new();
    for (fd, name) in [(0, "<stdin>"), (1, "<stdout>"), (2, "<stderr>")] {
        let inst = Instance::new(stream_type.clone(), None);
        {
            let ns = inst.dict();
            let mut d = ns.borrow_mut();
            d.set_str("_fd", Value::Int(fd));
            d.set_str("name", Value::str(name));
            d.set_str("encoding", Value::str("utf-8"));
            d.set_str("errors", Value::str("strict"));
            d.set_str("mode", Value::str(if fd == 0 { "r" } else { "w" }));
        }
        streams.push(Value::from_obj(PyObject::Instance(inst)));
    }
    *vm.interp.std_streams.borrow_mut() = streams.clone();
    let argv: Vec<Value> = vm.interp.argv.borrow().iter().map(|a| Value::str(a)).collect();
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
    ];
    let version = format!("3.11.7 (coil {})", env!("CARGO_PKG_VERSION"));
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in fns {
                d.set_str(n, native(n, *f));
            }
            d.set_str("argv", Value::list(argv));
            d.set_str("path", Value::Obj(vm.interp.path.clone()));
            d.set_str("modules", Value::Obj(vm.interp.modules.clone()));
            d.set_str("stdin", streams[0].clone());
            d.set_str("stdout", streams[1].clone());
            d.set_str("stderr", streams[2].clone());
            d.set_str("__stdin__", streams[0].clone());
            d.set_str("__stdout__", streams[1].clone());
            d.set_str("__stderr__", streams[2].clone());
            d.set_str("version", Value::string(version));
            d.set_str("version_info", version_info(vm));
            d.set_str("hexversion", Value::Int(0x030b07f0));
            d.set_str("platform", Value::str(std::env::consts::OS));
            d.set_str("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
            d.set_str("maxsize", Value::Int(i64::MAX));
            d.set_str("maxunicode", Value::Int(0x10ffff));
            d.set_str("executable", Value::string(std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
            d.set_str("implementation_name", Value::str("coil"));
            d.set_str("implementation", implementation(vm));
            d.set_str("builtin_module_names", Value::tuple(vec![Value::str("builtins"), Value::str("sys"), Value::str("time")]));
            d.set_str("dont_write_bytecode", Value::bool(true));
        }
    }
    m
}

/// `sys.version_info`: a tuple with named fields (a struct sequence in
/// CPython): an instance of a tuple subclass whose dict holds the names.
fn version_info(vm: &Vm) -> Value {
    let cls = new_type("version_info", vec![vm.types().tuple.clone()], Layout::Instance, false);
    if let PyObject::Type(t) = &*cls {
        *t.module.borrow_mut() = "sys".to_string();
    }
    add_method(&cls, "__repr__", version_info_repr);
    let fields = [("major", Value::Int(3)), ("minor", Value::Int(11)), ("micro", Value::Int(7)), ("releaselevel", Value::str("final")), ("serial", Value::Int(0))];
    let inst = Instance::new(cls, Some(Value::tuple(fields.iter().map(|(_, v)| v.clone()).collect())));
    {
        let ns = inst.dict();
        let mut d = ns.borrow_mut();
        for (n, v) in &fields {
            d.set_str(n, v.clone());
        }
    }
    Value::from_obj(PyObject::Instance(inst))
}

/// `sys.implementation`: a namespace with name, cache_tag, version, hexversion.
fn implementation(vm: &Vm) -> Value {
    let cls = new_type("SimpleNamespace", vec![vm.types().object.clone()], Layout::Instance, false);
    if let PyObject::Type(t) = &*cls {
        *t.module.borrow_mut() = "types".to_string();
    }
    add_method(&cls, "__repr__", namespace_repr);
    let inst = Instance::new(cls, None);
    {
        let ns = inst.dict();
        let mut d = ns.borrow_mut();
        d.set_str("name", Value::str("coil"));
        d.set_str("cache_tag", Value::None);
        d.set_str("version", version_info(vm));
        d.set_str("hexversion", Value::Int(0x030b07f0));
    }
    Value::from_obj(PyObject::Instance(inst))
}

fn namespace_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let Value::Obj(o) = &args[0] else { return Err(vm.type_error("namespace expected")) };
    let PyObject::Instance(i) = &**o else { return Err(vm.type_error("namespace expected")) };
    let items: Vec<(Value, Value)> = i.dict().borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut parts = Vec::new();
    for (k, v) in items {
        parts.push(format!("{}={}", k.as_str().unwrap_or(""), vm.repr(&v)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

fn version_info_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let items = crate::objects::methods::this(args).as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let names = ["major", "minor", "micro", "releaselevel", "serial"];
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items.iter()) {
        parts.push(format!("{}={}", n, vm.repr(v)?));
    }
    Ok(Value::string(format!("sys.version_info({})", parts.join(", "))))
}

/// The sys module's current attribute `name`.
fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let modules = vm.interp.modules.clone();
    let sys = Vm::dict_of(&modules).borrow().get_str("sys").cloned()?;
    match &sys {
        Value::Obj(o) => match &**o {
            PyObject::Module(m) => Vm::dict_of(&m.dict).borrow().get_str(name).cloned(),
            _ => None,
        },
        _ => None,
    }
}

/// `sys.stdout` when a program has replaced it (redirect_stdout, StringIO).
pub fn replaced_stdout(vm: &Vm) -> Option<Value> {
    let cur = sys_attr(vm, "stdout")?;
    let native = vm.interp.std_streams.borrow().get(1).cloned()?;
    (!cur.is(&native)).then_some(cur)
}

/// Writes to `sys.stdout` (buffered when it is the real stdout).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    match replaced_stdout(vm) {
        Some(c) => {
            vm.call_method(&c, "write", &[Value::str(s)])?;
        }
        None => raw_stdout(vm, s.as_bytes()),
    }
    Ok(())
}

/// Appends to the real stdout's buffer (flushed when full, per line on a tty).
pub fn raw_stdout(vm: &Vm, b: &[u8]) {
    let mut buf = vm.interp.stdout_buf.borrow_mut();
    buf.extend_from_slice(b);
    if buf.len() >= 8192 || (vm.interp.stdout_tty && b.contains(&b'\n')) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&buf);
        let _ = out.flush();
        buf.clear();
    }
}

pub fn flush_stdout(vm: &Vm) {
    let mut buf = vm.interp.stdout_buf.borrow_mut();
    if !buf.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&buf);
        let _ = out.flush();
        buf.clear();
    }
}

/// Writes to `sys.stderr` (unbuffered), falling back to the real stderr.
pub fn write_stderr(vm: &mut Vm, s: &str) {
    let cur = sys_attr(vm, "stderr");
    let native = vm.interp.std_streams.borrow().get(2).cloned();
    if let (Some(c), Some(n)) = (&cur, &native) {
        if !c.is(n) && vm.call_method(c, "write", &[Value::str(s)]).is_ok() {
            return;
        }
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// One line from standard input (None at end of input).
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    flush_stdout(vm);
    let r = crate::runtime::allow_threads(|| {
        let mut line = Vec::new();
        std::io::stdin().lock().read_until(b'\n', &mut line).map(|n| if n == 0 { None } else { Some(line) })
    });
    match r {
        Ok(Some(bytes)) => Ok(Some(String::from_utf8_lossy(&bytes).to_string())),
        Ok(None) => Ok(None),
        Err(e) => Err(vm.new_error("OSError", &e.to_string())),
    }
}

fn stream_fd(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        if let PyObject::Instance(i) = &**o {
            if let Some(Value::Int(fd)) = i.dict().borrow().get_str("_fd") {
                return Ok(*fd);
            }
        }
    }
    Err(vm.type_error("not a standard stream"))
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let fd = stream_fd(vm, &args[0])?;
    let Some(s) = args[1].as_str() else {
        return Err(vm.type_error(&format!("write() argument must be str, not {}", vm.type_name(&args[1]))));
    };
    let n = args[1].as_pystr().map(|p| p.char_len()).unwrap_or(0);
    match fd {
        1 => raw_stdout(vm, s.as_bytes()),
        2 => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(s.as_bytes());
            let _ = err.flush();
        }
        _ => return Err(vm.new_error("OSError", "not writable")),
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "flush", args, 1, 1)?;
    if stream_fd(vm, &args[0])? == 1 {
        flush_stdout(vm);
    }
    Ok(Value::None)
}

fn stream_isatty(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isatty", args, 1, 1)?;
    use std::io::IsTerminal;
    Ok(Value::bool(match stream_fd(vm, &args[0])? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "fileno", args, 1, 1)?;
    stream_fd(vm, &args[0]).map(Value::Int)
}

fn stream_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 2)?;
    Ok(Value::string(read_stdin_line(vm)?.unwrap_or_default()))
}

fn stream_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let mut all = String::new();
    while let Some(l) = read_stdin_line(vm)? {
        all.push_str(&l);
    }
    Ok(Value::string(all))
}

fn stream_readlines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 2)?;
    let mut lines = Vec::new();
    while let Some(l) = read_stdin_line(vm)? {
        lines.push(Value::string(l));
    }
    Ok(Value::list(lines))
}

fn stream_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn stream_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    match read_stdin_line(vm)? {
        Some(l) => Ok(Value::string(l)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    let cls = vm.types().exc("SystemExit").clone();
    Err(vm.new_exception(cls, args.to_vec()))
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getswitchinterval", args, 0, 0)?;
    Ok(Value::float(crate::runtime::gil::switch_interval()))
}

/// `setswitchinterval(seconds)`: how long a thread waiting for the GIL waits
/// before asking the running thread to drop it.
fn setswitchinterval(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setswitchinterval", args, 1, 1)?;
    let secs = match &args[0] {
        v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_)) => vm.to_f64(v)?,
        Value::Obj(o) if matches!(&**o, PyObject::BigInt(_)) => vm.to_f64(&args[0])?,
        other => return Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(other)))),
    };
    if !(secs > 0.0) {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::runtime::gil::set_switch_interval(secs);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getrecursionlimit", args, 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let n = match &args[0] {
        Value::Int(n) => *n,
        other => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() + vm.native_depth;
    if (n as usize) <= depth {
        return Err(vm.new_error(
            "RecursionError",
            &format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth),
        ));
    }
    vm.interp.recursion_limit.set(n.min(10_000_000) as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exc_info", args, 0, 0)?;
    match vm.exc_info.clone() {
        Value::Obj(e) => {
            let cls = vm.class_of_exc(&e);
            let tb = crate::modules::traceback_object(vm, &Value::Obj(e.clone()));
            Ok(Value::tuple(vec![Value::Obj(cls), Value::Obj(e), tb]))
        }
        _ => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "exception", args, 0, 0)?;
    Ok(vm.exc_info.clone())
}

fn intern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "intern", args, 1, 1)?;
    if args[0].as_str().is_none() {
        return Err(vm.type_error(&format!("intern() argument must be str, not {}", vm.type_name(&args[0]))));
    }
    Ok(args[0].clone())
}

fn getsizeof(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(crate::objects::approx_size(&args[0]) as i64))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(vm.interp.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let v = args.first().or_else(|| crate::objects::methods::kwarg(kw, "maxdigits")).cloned();
    let Some(v) = v else { return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")) };
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.interp.int_max_str_digits.set(n as usize);
    Ok(Value::None)
}
