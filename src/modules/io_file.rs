//! `open()` and the file objects it returns (`PyObject::File`).
//!
//! One native object serves all modes; its Python type follows CPython's
//! choice (`_io.TextIOWrapper` for text, `_io.BufferedReader`/`Writer`/
//! `Random` for binary). Reads go through a raw read-ahead buffer; text mode
//! translates `\r\n` and `\r` to `\n` as it consumes that buffer (so `tell()`
//! stays a byte offset) and decodes UTF-8, ASCII or Latin-1. Writes are
//! buffered and flushed on `flush()`, `close()`, a read, a seek, and drop.
//! Every blocking system call runs inside `runtime::allow_threads`.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::objects::methods::{check_args, check_kw, kwarg};
use crate::objects::{PyObject, Value};
use crate::runtime::allow_threads;
use crate::vm::builtins_types::add_method;
use crate::vm::{PyResult, Vm};

const CHUNK: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

/// An open (or closed) file.
pub struct PyFile {
    state: RefCell<FileState>,
    pub name: Value,
    pub mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: Encoding,
}

struct FileState {
    /// None once closed.
    file: Option<File>,
    /// Raw bytes read ahead and not yet consumed.
    rbuf: Vec<u8>,
    /// Bytes written and not yet passed to the OS.
    wbuf: Vec<u8>,
    eof: bool,
}

impl Drop for FileState {
    fn drop(&mut self) {
        // An unclosed file still gets its buffered writes (like CPython's finalizer).
        if let Some(f) = self.file.as_mut() {
            if !self.wbuf.is_empty() {
                let _ = f.write_all(&self.wbuf);
            }
        }
    }
}

impl PyFile {
    /// CPython's type name for this file object.
    pub fn type_name(&self) -> &'static str {
        match (self.binary, self.readable, self.writable) {
            (false, _, _) => "TextIOWrapper",
            (true, true, true) => "BufferedRandom",
            (true, true, false) => "BufferedReader",
            (true, false, _) => "BufferedWriter",
        }
    }

    pub fn closed(&self) -> bool {
        self.state.borrow().file.is_none()
    }

    fn encoding_name(&self) -> &'static str {
        match self.encoding {
            Encoding::Utf8 => "UTF-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

pub fn install(vm: &mut Vm) {
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"] {
        let t = vm.types().named(name).clone();
        let methods: &[(&'static str, crate::objects::NativeFn)] = &[
            ("read", file_read),
            ("readline", file_readline),
            ("readlines", file_readlines),
            ("write", file_write),
            ("writelines", file_writelines),
            ("close", file_close),
            ("flush", file_flush),
            ("seek", file_seek),
            ("tell", file_tell),
            ("fileno", file_fileno),
            ("isatty", file_isatty),
            ("readable", file_readable),
            ("writable", file_writable),
            ("seekable", file_seekable),
            ("__enter__", file_enter),
            ("__exit__", file_exit),
            ("__iter__", file_enter),
            ("__next__", file_next),
        ];
        for (n, f) in methods {
            add_method(&t, n, *f);
        }
    }
}

/// `repr(file)`
pub fn repr(vm: &mut Vm, f: &PyFile) -> PyResult<String> {
    let name = vm.repr(&f.name)?;
    Ok(if f.binary {
        format!("<_io.{} name={}>", f.type_name(), name)
    } else {
        format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", name, f.mode, f.encoding_name())
    })
}

/// Attributes that are not methods: `name`, `mode`, `closed`, `encoding`.
pub fn attr(f: &PyFile, name: &str) -> Option<Value> {
    match name {
        "name" => Some(f.name.clone()),
        "mode" => Some(Value::str(&f.mode)),
        "closed" => Some(Value::bool(f.closed())),
        "encoding" if !f.binary => Some(Value::str(f.encoding_name())),
        "errors" if !f.binary => Some(Value::str("strict")),
        _ => None,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`
pub fn open(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_kw(vm, "open", kw, &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"])?;
    if args.len() > 8 {
        return Err(vm.type_error(&format!("open() takes at most 8 arguments ({} given)", args.len())));
    }
    let arg = |i: usize, n: &str| args.get(i).or_else(|| kwarg(kw, n)).cloned().filter(|v| !v.is_none());
    let Some(file) = arg(0, "file") else { return Err(vm.type_error("open() missing required argument 'file' (pos 1)")) };
    let Some(path) = file.as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&file))));
    };
    let mode = match arg(1, "mode") {
        Some(m) => match m.as_str() {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(&format!("open() argument 'mode' must be str, not {}", vm.type_name(&m)))),
        },
        None => "r".to_string(),
    };
    let encoding = arg(3, "encoding");
    let (mut r, mut w, mut a, mut x, mut plus, mut b, mut t) = (0, 0, 0, 0, 0, 0, 0);
    for c in mode.chars() {
        match c {
            'r' => r += 1,
            'w' => w += 1,
            'a' => a += 1,
            'x' => x += 1,
            '+' => plus += 1,
            'b' => b += 1,
            't' => t += 1,
            _ => return Err(vm.value_error(&format!("invalid mode: '{}'", mode))),
        }
    }
    if r + w + a + x + plus + b + t != mode.chars().count() || [r, w, a, x, plus, b, t].iter().any(|n| *n > 1) {
        return Err(vm.value_error(&format!("invalid mode: '{}'", mode)));
    }
    if b + t > 1 {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if mode.is_empty() {
        return Err(vm.value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if r + w + a + x != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let binary = b == 1;
    let enc = match &encoding {
        None => Encoding::Utf8,
        Some(_) if binary => return Err(vm.value_error("binary mode doesn't take an encoding argument")),
        Some(e) => {
            let Some(name) = e.as_str() else {
                return Err(vm.type_error(&format!("open() argument 'encoding' must be str or None, not {}", vm.type_name(e))));
            };
            match name.to_ascii_lowercase().replace('_', "-").as_str() {
                "utf-8" | "utf8" | "u8" | "utf-8-sig" => Encoding::Utf8,
                "ascii" | "us-ascii" => Encoding::Ascii,
                "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Encoding::Latin1,
                _ => return Err(vm.new_error("LookupError", &format!("unknown encoding: {}", name))),
            }
        }
    };
    let readable = r == 1 || plus == 1;
    let writable = r == 0 || plus == 1;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(readable).write(writable && a == 0).append(a == 1);
    if w == 1 {
        opts.create(true).truncate(true);
    } else if a == 1 {
        opts.create(true);
    } else if x == 1 {
        opts.create_new(true);
    }
    let p = path.clone();
    let opened = allow_threads(move || -> std::io::Result<File> {
        let f = opts.open(&p)?;
        // Opening a directory for reading succeeds on Linux; CPython reports EISDIR.
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    let f = match opened {
        Ok(f) => f,
        Err(e) => return Err(crate::objects::methods::exceptions::os_error(vm, &e, Some(file.clone()))),
    };
    let mode_attr = if binary { mode.clone() } else { mode.replace('t', "") };
    Ok(Value::from_obj(PyObject::File(Box::new(PyFile {
        state: RefCell::new(FileState { file: Some(f), rbuf: Vec::new(), wbuf: Vec::new(), eof: false }),
        name: file,
        mode: mode_attr,
        binary,
        readable,
        writable,
        encoding: enc,
    }))))
}

fn file_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyFile> {
    match args.first() {
        Some(Value::Obj(o)) => match &**o {
            PyObject::File(f) => Ok(f),
            _ => Err(vm.type_error(&format!("descriptor '{}' requires a file object", name))),
        },
        _ => Err(vm.type_error(&format!("descriptor '{}' requires a file object", name))),
    }
}

/// The file, checked open (and readable/writable when asked).
fn open_file<'a>(vm: &Vm, args: &'a [Value], name: &str, need: Option<bool>) -> PyResult<&'a PyFile> {
    let f = file_of(vm, args, name)?;
    if f.closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    match need {
        Some(true) if !f.readable => Err(unsupported(vm, "not readable")),
        Some(false) if !f.writable => Err(unsupported(vm, "not writable")),
        _ => Ok(f),
    }
}

fn unsupported(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    vm.new_error("UnsupportedOperation", msg)
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> crate::vm::PyErr {
    crate::objects::methods::exceptions::os_error(vm, &e, None)
}

impl FileState {
    /// Writes out buffered data.
    fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_mut() else { return Ok(()) };
        let data = std::mem::take(&mut self.wbuf);
        allow_threads(move || f.write_all(&data))
    }

    /// Gives back read-ahead bytes to the OS position (before a write or seek).
    fn unread(&mut self) -> std::io::Result<()> {
        if self.rbuf.is_empty() {
            return Ok(());
        }
        let back = self.rbuf.len() as i64;
        self.rbuf.clear();
        self.eof = false;
        let Some(f) = self.file.as_mut() else { return Ok(()) };
        allow_threads(move || f.seek(SeekFrom::Current(-back)).map(|_| ()))
    }

    /// Reads one more chunk into the read-ahead buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        self.flush()?;
        let Some(f) = self.file.as_mut() else { return Ok(false) };
        let chunk = allow_threads(move || -> std::io::Result<Vec<u8>> {
            let mut buf = vec![0u8; CHUNK];
            loop {
                match f.read(&mut buf) {
                    Ok(n) => {
                        buf.truncate(n);
                        return Ok(buf);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            }
        })?;
        if chunk.is_empty() {
            self.eof = true;
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&chunk);
        Ok(true)
    }
}

/// Text-mode newline translation of raw bytes: `\r\n` and `\r` become `\n`.
fn translate(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\r' {
            out.push(b'\n');
            if raw.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(raw[i]);
        }
        i += 1;
    }
    out
}

/// Decodes text-mode bytes, or makes the UnicodeDecodeError CPython would.
fn decode(vm: &Vm, enc: Encoding, bytes: Vec<u8>) -> PyResult<Value> {
    match enc {
        Encoding::Latin1 => Ok(Value::string(bytes.iter().map(|&b| b as char).collect())),
        Encoding::Ascii => match bytes.iter().position(|b| *b >= 0x80) {
            Some(p) => Err(vm.new_error(
                "UnicodeDecodeError",
                &format!("'ascii' codec can't decode byte {:#04x} in position {}: ordinal not in range(128)", bytes[p], p),
            )),
            None => Ok(Value::string(String::from_utf8(bytes).unwrap_or_default())),
        },
        Encoding::Utf8 => match String::from_utf8(bytes) {
            Ok(s) => Ok(Value::string(s)),
            Err(e) => {
                let u = e.utf8_error();
                let p = u.valid_up_to();
                let b = e.as_bytes()[p];
                let why = match u.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc0).contains(&b) || b >= 0xf8 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                Err(vm.new_error("UnicodeDecodeError", &format!("'utf-8' codec can't decode byte {:#04x} in position {}: {}", b, p, why)))
            }
        },
    }
}

impl PyFile {
    /// Takes `n` raw bytes off the read-ahead buffer as a result value.
    fn take(&self, vm: &Vm, st: &mut FileState, n: usize) -> PyResult<Value> {
        let raw: Vec<u8> = st.rbuf.drain(..n.min(st.rbuf.len())).collect();
        if self.binary {
            return Ok(Value::bytes(raw));
        }
        decode(vm, self.encoding, translate(&raw))
    }

    /// Raw length of the first line in the buffer (with its end), filling as
    /// needed; the whole rest at end of file.
    fn line_len(&self, st: &mut FileState, limit: Option<usize>) -> std::io::Result<usize> {
        let mut from = 0;
        loop {
            let end = if self.binary {
                st.rbuf[from..].iter().position(|b| *b == b'\n').map(|i| from + i + 1)
            } else {
                match st.rbuf[from..].iter().position(|b| *b == b'\n' || *b == b'\r') {
                    Some(i) => {
                        let i = from + i;
                        if st.rbuf[i] == b'\n' {
                            Some(i + 1)
                        } else if i + 1 < st.rbuf.len() {
                            Some(if st.rbuf[i + 1] == b'\n' { i + 2 } else { i + 1 })
                        } else if st.eof {
                            Some(i + 1)
                        } else {
                            // A '\r' at the end of the buffer: see what follows.
                            from = i;
                            st.fill()?;
                            continue;
                        }
                    }
                    None => None,
                }
            };
            if let Some(e) = end {
                return Ok(limit.map_or(e, |l| e.min(l)));
            }
            if let Some(l) = limit {
                if st.rbuf.len() >= l {
                    return Ok(l);
                }
            }
            from = st.rbuf.len();
            if !st.fill()? {
                return Ok(st.rbuf.len());
            }
        }
    }

    /// A raw byte count covering `n` characters (text) or bytes (binary).
    fn raw_len_for(&self, st: &mut FileState, n: usize) -> std::io::Result<usize> {
        loop {
            if self.binary {
                if st.rbuf.len() >= n || !st.fill()? {
                    return Ok(n.min(st.rbuf.len()));
                }
                continue;
            }
            // Count characters as text mode will deliver them.
            let (mut chars, mut i) = (0, 0);
            let buf = &st.rbuf;
            while i < buf.len() && chars < n {
                let b = buf[i];
                if b == b'\r' {
                    if i + 1 == buf.len() && !st.eof {
                        break;
                    }
                    i += if buf.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                } else {
                    i += 1;
                    if self.encoding == Encoding::Utf8 {
                        while i < buf.len() && (0x80..0xc0).contains(&buf[i]) {
                            i += 1;
                        }
                    }
                }
                chars += 1;
            }
            if chars >= n || !st.fill()? {
                return Ok(if chars >= n { i } else { st.rbuf.len() });
            }
        }
    }
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn file_read(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let f = open_file(vm, args, "read", Some(true))?;
    let size = size_arg(vm, args.get(1))?;
    let mut st = f.state.borrow_mut();
    let n = match size {
        None => {
            loop {
                match st.fill() {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => {
                        drop(st);
                        return Err(io_err(vm, e));
                    }
                }
            }
            st.rbuf.len()
        }
        Some(n) => match f.raw_len_for(&mut st, n) {
            Ok(k) => k,
            Err(e) => {
                drop(st);
                return Err(io_err(vm, e));
            }
        },
    };
    f.take(vm, &mut st, n)
}

fn read_line(vm: &mut Vm, f: &PyFile, limit: Option<usize>) -> PyResult<Value> {
    let mut st = f.state.borrow_mut();
    let n = match f.line_len(&mut st, limit) {
        Ok(n) => n,
        Err(e) => {
            drop(st);
            return Err(io_err(vm, e));
        }
    };
    f.take(vm, &mut st, n)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => s.as_str().is_empty(),
            PyObject::Bytes(b) => b.is_empty(),
            _ => false,
        },
        _ => false,
    }
}

fn file_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 2)?;
    let f = open_file(vm, args, "readline", Some(true))?;
    let limit = size_arg(vm, args.get(1))?;
    read_line(vm, f, limit)
}

fn file_readlines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 2)?;
    let f = open_file(vm, args, "readlines", Some(true))?;
    let hint = size_arg(vm, args.get(1))?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(vm, f, None)?;
        if is_empty(&line) {
            break;
        }
        total += crate::modules::builtins::len_of(vm, &line)? as usize;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn file_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    let f = open_file(vm, args, "__next__", Some(true))?;
    let line = read_line(vm, f, None)?;
    if is_empty(&line) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// Encodes what `write()` got into bytes (and the count it returns).
fn encode(vm: &Vm, f: &PyFile, v: &Value) -> PyResult<(Vec<u8>, usize)> {
    if f.binary {
        return match v {
            Value::Obj(o) => match &**o {
                PyObject::Bytes(b) => Ok((b.to_vec(), b.len())),
                PyObject::ByteArray(b) => {
                    let b = b.borrow().clone();
                    let n = b.len();
                    Ok((b, n))
                }
                _ => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
            },
            _ => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        };
    }
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(&format!("write() argument must be str, not {}", vm.type_name(v))));
    };
    let n = s.chars().count();
    match f.encoding {
        Encoding::Utf8 => Ok((s.as_bytes().to_vec(), n)),
        Encoding::Ascii | Encoding::Latin1 => {
            let max = if f.encoding == Encoding::Ascii { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) >= max {
                    let (codec, range) = if max == 0x80 { ("ascii", "128") } else { ("latin-1", "256") };
                    return Err(vm.new_error(
                        "UnicodeEncodeError",
                        &format!("'{}' codec can't encode character '\\x{:02x}' in position {}: ordinal not in range({})", codec, c as u32, i, range),
                    ));
                }
                out.push(c as u8);
            }
            Ok((out, n))
        }
    }
}

fn write_bytes(vm: &mut Vm, f: &PyFile, data: Vec<u8>) -> PyResult<()> {
    let mut st = f.state.borrow_mut();
    let mut r = st.unread();
    if r.is_ok() {
        st.wbuf.extend_from_slice(&data);
        if st.wbuf.len() >= CHUNK {
            r = st.flush();
        }
    }
    drop(st);
    r.map_err(|e| io_err(vm, e))
}

fn file_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let f = open_file(vm, args, "write", Some(false))?;
    let (data, n) = encode(vm, f, &args[1])?;
    write_bytes(vm, f, data)?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "writelines", args, 2, 2)?;
    open_file(vm, args, "writelines", Some(false))?;
    for line in vm.iterate(&args[1])? {
        let f = open_file(vm, args, "writelines", Some(false))?;
        let (data, _) = encode(vm, f, &line)?;
        write_bytes(vm, f, data)?;
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, f: &PyFile) -> PyResult<()> {
    let mut st = f.state.borrow_mut();
    let r = st.flush();
    st.rbuf.clear();
    st.file = None;
    drop(st);
    r.map_err(|e| io_err(vm, e))
}

fn file_close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    let f = file_of(vm, args, "close")?;
    close(vm, f)?;
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "flush", args, 1, 1)?;
    let f = open_file(vm, args, "flush", None)?;
    let r = f.state.borrow_mut().flush();
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "seek", args, 2, 3)?;
    let f = open_file(vm, args, "seek", None)?;
    let off = vm.index_value(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    let pos = match whence {
        0 if off < 0 => return Err(vm.value_error(&format!("negative seek position {}", off))),
        0 => SeekFrom::Start(off as u64),
        1 if !f.binary && off != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => SeekFrom::Current(off),
        2 if !f.binary && off != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(off),
        _ => return Err(vm.value_error(&format!("invalid whence ({}, should be 0, 1 or 2)", whence))),
    };
    let mut st = f.state.borrow_mut();
    let r = st.flush().and_then(|_| st.unread()).and_then(|_| {
        st.eof = false;
        match st.file.as_mut() {
            Some(file) => allow_threads(move || file.seek(pos)),
            None => Ok(0),
        }
    });
    drop(st);
    r.map(|p| Value::Int(p as i64)).map_err(|e| io_err(vm, e))
}

fn file_tell(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "tell", args, 1, 1)?;
    let f = open_file(vm, args, "tell", None)?;
    let mut st = f.state.borrow_mut();
    let (ahead, behind) = (st.rbuf.len() as i64, st.wbuf.len() as i64);
    let r = match st.file.as_mut() {
        Some(file) => allow_threads(move || file.stream_position()),
        None => Ok(0),
    };
    drop(st);
    r.map(|p| Value::Int(p as i64 - ahead + behind)).map_err(|e| io_err(vm, e))
}

fn file_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "fileno", args, 1, 1)?;
    let f = open_file(vm, args, "fileno", None)?;
    use std::os::fd::AsRawFd;
    let fd = f.state.borrow().file.as_ref().map(|x| x.as_raw_fd()).unwrap_or(-1);
    Ok(Value::Int(fd as i64))
}

fn file_isatty(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "isatty", args, 1, 1)?;
    let f = open_file(vm, args, "isatty", None)?;
    let tty = f.state.borrow().file.as_ref().map(std::io::IsTerminal::is_terminal).unwrap_or(false);
    Ok(Value::bool(tty))
}

fn file_readable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "readable", args, 1, 1)?;
    Ok(Value::bool(open_file(vm, args, "readable", None)?.readable))
}

fn file_writable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "writable", args, 1, 1)?;
    Ok(Value::bool(open_file(vm, args, "writable", None)?.writable))
}

fn file_seekable(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "seekable", args, 1, 1)?;
    open_file(vm, args, "seekable", None)?;
    Ok(Value::bool(true))
}

fn file_enter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__enter__", args, 1, 1)?;
    open_file(vm, args, "__enter__", None)?;
    Ok(args[0].clone())
}

fn file_exit(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let f = file_of(vm, args, "__exit__")?;
    close(vm, f)?;
    Ok(Value::None)
}
