//! The `_os` module: the system calls under `os` (stdlib/os.py builds the
//! public module on top, as CPython's os.py does on `posix`). Paths may be
//! str, bytes or os.PathLike; failures raise the OSError subclass of the
//! errno with CPython's message ("[Errno 2] No such file or directory:
//! 'x'"). Every blocking call runs inside `runtime::allow_threads`.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

use crate::modules::builtins::native;
use crate::objects::{NativeFn, PyDict, PyObject, Value};
use crate::runtime::allow_threads;
use crate::vm::{PyErr, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("getgid", getgid),
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
    ("listdir", listdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("stat", stat),
    ("lstat", lstat),
    ("access", access),
    ("chmod", chmod),
    ("readlink", readlink),
    ("symlink", symlink),
    ("cpu_count", cpu_count),
    ("urandom", crate::modules::random::urandom),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("strerror", strerror),
    ("fspath", fspath),
];

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_os", None);
    let mut env = PyDict::new();
    for (k, v) in std::env::vars_os() {
        env.set_strval(Value::string(k.to_string_lossy().into_owned()), Value::string(v.to_string_lossy().into_owned()));
    }
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in FUNCTIONS {
                d.set_str(n, native(n, *f));
            }
            d.set_str("environ", Value::dict(env));
            for (n, v) in [("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4)] {
                d.set_str(n, Value::Int(v));
            }
        }
    }
    m
}

/// Binds positional and keyword arguments to `names`; the first
/// `required` must be given ("f() missing required argument 'path' (pos 1)").
fn bind(vm: &Vm, fname: &str, args: &[Value], kw: &[(Value, Value)], names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(vm.type_error(&format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(&format!("argument for {}() given by name ('{}') and position ({})", fname, key, i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(&format!("{}() got an unexpected keyword argument '{}'", fname, key))),
        }
    }
    for (i, name) in names.iter().take(required).enumerate() {
        if out[i].is_none() {
            return Err(vm.type_error(&format!("{}() missing required argument '{}' (pos {})", fname, name, i + 1)));
        }
    }
    Ok(out)
}

/// A path argument: its file-system path, the value to name in errors, and
/// whether it was bytes (results then come back as bytes).
struct PathArg {
    path: PathBuf,
    shown: Value,
    bytes: bool,
}

/// `os.fspath(v)`: str and bytes as they are, else `__fspath__()`.
fn fspath_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = v {
        match &**o {
            PyObject::Str(_) | PyObject::Bytes(_) => return Ok(Some(v.clone())),
            _ => {}
        }
    }
    if Vm::is_user_object(v) {
        if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
            return match &r {
                Value::Obj(o) if matches!(&**o, PyObject::Str(_) | PyObject::Bytes(_)) => Ok(Some(r)),
                _ => Err(vm.type_error(&format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(v),
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Ok(None)
}

/// Converts a path argument; `what` lists the accepted kinds for the message.
fn path_arg(vm: &mut Vm, fname: &str, argname: &str, v: &Value, what: &str) -> PyResult<PathArg> {
    let Some(p) = fspath_value(vm, v)? else {
        return Err(vm.type_error(&format!("{}: {} should be {}, not {}", fname, argname, what, vm.type_name(v))));
    };
    let (raw, bytes) = match &p {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => (s.as_str().as_bytes().to_vec(), false),
            PyObject::Bytes(b) => (b.to_vec(), true),
            _ => unreachable!("fspath gives str or bytes"),
        },
        _ => unreachable!("fspath gives str or bytes"),
    };
    if raw.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(PathArg { path: PathBuf::from(OsString::from_vec(raw)), shown: p, bytes })
}

const PATH_KINDS: &str = "string, bytes or os.PathLike";

/// The OSError for a failed call on `path` (and `path2` for two-path calls).
fn os_err(vm: &mut Vm, e: &std::io::Error, path: &Value, path2: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return crate::objects::methods::exceptions::os_error(vm, e, Some(path.clone()));
    };
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror_text(errno)), path.clone()];
    if let Some(p2) = path2 {
        args.push(Value::None);
        args.push(p2.clone());
    }
    let cls = vm.types().exc("OSError").clone();
    match crate::objects::methods::exceptions::construct(vm, &cls, &args, &[]) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_error("OSError", &e.to_string()),
        Err(err) => err,
    }
}

/// The C library's message for an errno, without Rust's " (os error N)".
fn strerror_text(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    text.strip_suffix(&format!(" (os error {})", errno)).unwrap_or(&text).to_string()
}

/// A str or bytes result matching the argument's kind.
fn path_result(p: &std::path::Path, bytes: bool) -> Value {
    if bytes {
        Value::bytes(p.as_os_str().as_bytes().to_vec())
    } else {
        Value::string(p.to_string_lossy().into_owned())
    }
}

fn no_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("posix.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(())
}

fn getpid(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getpid", args)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getppid", args)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// The owner ids of this process, from /proc (no libc call needed).
fn proc_status_id(field: &str) -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn getuid(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getuid", args)?;
    Ok(Value::Int(proc_status_id("Uid:")))
}

fn getgid(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getgid", args)?;
    Ok(Value::Int(proc_status_id("Gid:")))
}

fn cwd(vm: &mut Vm, bytes: bool) -> PyResult<Value> {
    match allow_threads(std::env::current_dir) {
        Ok(p) => Ok(path_result(&p, bytes)),
        Err(e) => Err(crate::objects::methods::exceptions::os_error(vm, &e, None)),
    }
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getcwd", args)?;
    cwd(vm, false)
}

fn getcwdb(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "getcwdb", args)?;
    cwd(vm, true)
}

/// Runs a one-path call and maps its error.
fn one_path<T: Send>(vm: &mut Vm, p: &PathArg, f: impl FnOnce(PathBuf) -> std::io::Result<T> + Send) -> PyResult<T> {
    let path = p.path.clone();
    allow_threads(move || f(path)).map_err(|e| os_err(vm, &e, &p.shown, None))
}

fn chdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "chdir", args, kw, &["path"], 1)?;
    let p = path_arg(vm, "chdir", "path", a[0].as_ref().unwrap_or(&Value::None), "string, bytes, os.PathLike or integer")?;
    one_path(vm, &p, std::env::set_current_dir)?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "listdir", args, kw, &["path"], 0)?;
    let p = match &a[0] {
        None | Some(Value::None) => PathArg { path: PathBuf::from("."), shown: Value::str("."), bytes: false },
        Some(v) => path_arg(vm, "listdir", "path", v, "string, bytes, os.PathLike, integer or None")?,
    };
    let names = one_path(vm, &p, |path| {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(path)? {
            out.push(entry?.file_name());
        }
        Ok(out)
    })?;
    let items = names.iter().map(|n| path_result(std::path::Path::new(n), p.bytes)).collect();
    Ok(Value::list(items))
}

fn mode_arg(vm: &mut Vm, v: &Option<Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(m) => Ok(vm.index_value(m)? as u32),
    }
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "mkdir", args, kw, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, "mkdir", "path", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    let mode = mode_arg(vm, &a[1], 0o777)?;
    one_path(vm, &p, move |path| {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(path)
    })?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "rmdir", args, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "rmdir", "path", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    one_path(vm, &p, std::fs::remove_dir)?;
    Ok(Value::None)
}

/// unlink(2): unlike `fs::remove_file`, a directory fails with EISDIR.
fn unlink_path(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, name, args, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, name, "path", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    one_path(vm, &p, |path| match std::fs::remove_file(&path) {
        Err(e) if e.raw_os_error() == Some(1) && std::fs::symlink_metadata(&path).map(|m| m.is_dir()).unwrap_or(false) => {
            Err(std::io::Error::from_raw_os_error(21))
        }
        r => r,
    })?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unlink_path(vm, "remove", args, kw)
}

fn unlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    unlink_path(vm, "unlink", args, kw)
}

fn two_paths(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<(PathArg, PathArg)> {
    let a = bind(vm, name, args, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let src = path_arg(vm, name, "src", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    let dst = path_arg(vm, name, "dst", a[1].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    Ok((src, dst))
}

fn rename_impl(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, name, args, kw)?;
    let (s, d) = (src.path.clone(), dst.path.clone());
    allow_threads(move || std::fs::rename(s, d)).map_err(|e| os_err(vm, &e, &src.shown, Some(&dst.shown)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    rename_impl(vm, "rename", args, kw)
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    rename_impl(vm, "replace", args, kw)
}

/// The fields of a stat result: the ten of the tuple, then the float
/// times, the nanosecond times, st_blksize, st_blocks, st_rdev.
fn stat_fields(m: &std::fs::Metadata) -> Value {
    let float_time = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let ns_time = |s: i64, ns: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::from_bigint(m.ino().into()),
        Value::from_bigint(m.dev().into()),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
        float_time(m.atime(), m.atime_nsec()),
        float_time(m.mtime(), m.mtime_nsec()),
        float_time(m.ctime(), m.ctime_nsec()),
        ns_time(m.atime(), m.atime_nsec()),
        ns_time(m.mtime(), m.mtime_nsec()),
        ns_time(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        Value::from_bigint(m.rdev().into()),
    ])
}

/// A path or an open file descriptor (an int) for stat-like calls.
fn path_or_fd(vm: &mut Vm, name: &str, v: &Value) -> PyResult<PathArg> {
    if let Value::Int(fd) = v {
        return Ok(PathArg { path: PathBuf::from(format!("/proc/self/fd/{}", fd)), shown: Value::None, bytes: false });
    }
    path_arg(vm, name, "path", v, "string, bytes, os.PathLike or integer")
}

fn stat_impl(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], follow_default: bool) -> PyResult<Value> {
    let a = bind(vm, name, args, kw, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_or_fd(vm, name, a[0].as_ref().unwrap_or(&Value::None))?;
    let follow = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => follow_default,
    };
    let path = p.path.clone();
    let r = allow_threads(move || if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) });
    match r {
        Ok(m) => Ok(stat_fields(&m)),
        Err(e) if p.shown.is_none() => {
            let e = if e.raw_os_error() == Some(2) { std::io::Error::from_raw_os_error(9) } else { e };
            Err(crate::objects::methods::exceptions::os_error(vm, &e, None))
        }
        Err(e) => Err(os_err(vm, &e, &p.shown, None)),
    }
}

fn stat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    stat_impl(vm, "stat", args, kw, true)
}

fn lstat(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    stat_impl(vm, "lstat", args, kw, false)
}

fn access(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "access", args, kw, &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let p = path_or_fd(vm, "access", a[0].as_ref().unwrap_or(&Value::None))?;
    let mode = mode_arg(vm, &a[1], 0)?;
    let path = p.path.clone();
    let ok = allow_threads(move || {
        let Ok(m) = std::fs::metadata(&path) else { return false };
        if mode == 0 {
            return true;
        }
        let perms = m.permissions().mode();
        // Root may read and write anything, and execute what anyone may.
        let root = proc_status_id("Uid:") == 0;
        let (r, w, x) = if root {
            (true, true, perms & 0o111 != 0 || m.is_dir())
        } else {
            (perms & 0o444 != 0, perms & 0o222 != 0 && !m.permissions().readonly(), perms & 0o111 != 0)
        };
        (mode & 4 == 0 || r) && (mode & 2 == 0 || w) && (mode & 1 == 0 || x)
    });
    Ok(Value::bool(ok))
}

fn chmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "chmod", args, kw, &["path", "mode", "dir_fd", "follow_symlinks"], 2)?;
    let p = path_arg(vm, "chmod", "path", a[0].as_ref().unwrap_or(&Value::None), "string, bytes, os.PathLike or integer")?;
    let mode = mode_arg(vm, &a[1], 0)?;
    one_path(vm, &p, move |path| std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "readlink", args, kw, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "readlink", "path", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    let target = one_path(vm, &p, std::fs::read_link)?;
    Ok(path_result(&target, p.bytes))
}

fn symlink(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "symlink", args, kw, &["src", "dst", "target_is_directory", "dir_fd"], 2)?;
    let src = path_arg(vm, "symlink", "src", a[0].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    let dst = path_arg(vm, "symlink", "dst", a[1].as_ref().unwrap_or(&Value::None), PATH_KINDS)?;
    let (s, d) = (src.path.clone(), dst.path.clone());
    allow_threads(move || std::os::unix::fs::symlink(s, d)).map_err(|e| os_err(vm, &e, &src.shown, Some(&dst.shown)))?;
    Ok(Value::None)
}

/// The number of online CPUs (as sysconf reports it), or None.
fn cpu_count(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    no_args(vm, "cpu_count", args)?;
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online").ok().and_then(|s| {
        let mut n = 0i64;
        for part in s.trim().split(',') {
            let (lo, hi) = part.split_once('-').unwrap_or((part, part));
            n += hi.parse::<i64>().ok()? - lo.parse::<i64>().ok()? + 1;
        }
        Some(n)
    });
    match online.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get() as i64)) {
        Some(n) => Ok(Value::Int(n)),
        None => Ok(Value::None),
    }
}

/// An environment name or value: str (or bytes), without NUL.
fn env_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<OsString> {
    let Some(p) = fspath_value(vm, v)? else {
        return Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))));
    };
    let raw = match &p {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => s.as_str().as_bytes().to_vec(),
            PyObject::Bytes(b) => b.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if raw.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    if what == "name" && raw.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if what == "name" && raw.is_empty() {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(crate::objects::methods::exceptions::os_error(vm, &e, None));
    }
    Ok(OsString::from_vec(raw))
}

fn putenv(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "putenv", args, 2, 2)?;
    let k = env_text(vm, &args[0], "name")?;
    let v = env_text(vm, &args[1], "value")?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "unsetenv", args, 1, 1)?;
    let k = env_text(vm, &args[0], "name")?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn strerror(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "strerror", args, 1, 1)?;
    let code = vm.index_value(&args[0])?;
    Ok(Value::string(strerror_text(code as i32)))
}

fn fspath(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = bind(vm, "fspath", args, kw, &["path"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    match fspath_value(vm, &v)? {
        Some(p) => Ok(p),
        None => Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v)))),
    }
}
