//! The `zlib` module over the flate2 crate (miniz_oxide): one-shot
//! compress/decompress, streaming Compress/Decompress objects, crc32 and
//! adler32. `wbits` chooses the container as in zlib: 9..15 zlib, -9..-15
//! raw deflate, 25..31 gzip (its header and trailer are written and checked
//! here; flate2's low-level streams only speak raw and zlib), and 40..47
//! (decompression only) zlib or gzip by the first bytes.
//!
//! The compressed bytes are valid deflate data but not always the same
//! bytes C zlib would produce (a different compressor).

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::modules::builtins::native;
use crate::objects::methods::this;
use crate::objects::native::{native_data, NativeObject};
use crate::objects::typeobj::Layout;
use crate::objects::{Obj, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_property, new_type};
use crate::vm::{PyErr, PyResult, Vm};

/// The container around the deflate data.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Raw,
    Zlib,
    Gzip,
    /// Decompression: zlib or gzip, decided by the first two bytes.
    Auto,
}

thread_local! {
    /// (zlib.error, Compress type, Decompress type)
    static TYPES: std::cell::RefCell<Option<(Obj, Obj, Obj)>> = const { std::cell::RefCell::new(None) };
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("zlib", None);
    let error = new_type("error", vec![vm.types().exc("Exception").clone()], Layout::Exception, false);
    let object = vm.types().object.clone();
    let ctype = new_type("Compress", vec![object.clone()], Layout::Builtin, false);
    let dtype = new_type("Decompress", vec![object], Layout::Builtin, false);
    for t in [&error, &ctype, &dtype] {
        if let PyObject::Type(ty) = &**t {
            *ty.module.borrow_mut() = "zlib".to_string();
        }
    }
    add_method(&ctype, "compress", compressobj_compress);
    add_method(&ctype, "flush", compressobj_flush);
    add_method(&dtype, "decompress", decompressobj_decompress);
    add_method(&dtype, "flush", decompressobj_flush);
    add_property(&dtype, "unused_data", decompressobj_unused_data);
    add_property(&dtype, "unconsumed_tail", decompressobj_unconsumed_tail);
    add_property(&dtype, "eof", decompressobj_eof);
    TYPES.with(|t| *t.borrow_mut() = Some((error.clone(), ctype.clone(), dtype.clone())));
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            for (n, f) in [
                ("compress", compress as crate::objects::NativeFn),
                ("decompress", decompress),
                ("compressobj", compressobj),
                ("decompressobj", decompressobj),
                ("crc32", crc32),
                ("adler32", adler32),
            ] {
                d.set_str(n, native(n, f));
            }
            d.set_str("error", Value::Obj(error));
            d.set_str("Compress", Value::Obj(ctype));
            d.set_str("Decompress", Value::Obj(dtype));
            for (n, v) in [
                ("MAX_WBITS", 15),
                ("DEFLATED", 8),
                ("DEF_MEM_LEVEL", 8),
                ("DEF_BUF_SIZE", 16384),
                ("Z_NO_COMPRESSION", 0),
                ("Z_BEST_SPEED", 1),
                ("Z_BEST_COMPRESSION", 9),
                ("Z_DEFAULT_COMPRESSION", -1),
                ("Z_FILTERED", 1),
                ("Z_HUFFMAN_ONLY", 2),
                ("Z_RLE", 3),
                ("Z_FIXED", 4),
                ("Z_DEFAULT_STRATEGY", 0),
                ("Z_NO_FLUSH", 0),
                ("Z_PARTIAL_FLUSH", 1),
                ("Z_SYNC_FLUSH", 2),
                ("Z_FULL_FLUSH", 3),
                ("Z_FINISH", 4),
                ("Z_BLOCK", 5),
                ("Z_TREES", 6),
            ] {
                d.set_str(n, Value::Int(v));
            }
            d.set_str("ZLIB_VERSION", Value::str("1.2.13"));
            d.set_str("ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
        }
    }
    m
}

fn zlib_error(vm: &Vm, msg: &str) -> PyErr {
    let cls = TYPES.with(|t| t.borrow().as_ref().map(|(e, _, _)| e.clone()));
    match cls {
        Some(c) => vm.new_exception(c, vec![Value::str(msg)]),
        None => vm.new_error("Exception", msg),
    }
}

/// The bytes of a bytes-like argument.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(b) => Ok(b.to_vec()),
            PyObject::ByteArray(b) => Ok(b.borrow().clone()),
            _ => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
        _ => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

/// Positional-or-keyword arguments by name (after `skip` positional-only ones).
fn arg<'a>(args: &'a [Value], kw: &'a [(Value, Value)], pos: usize, name: &str) -> Option<&'a Value> {
    args.get(pos).or_else(|| kw.iter().find(|(k, _)| k.as_str() == Some(name)).map(|(_, v)| v))
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => vm.index_value(v),
        None => Ok(default),
    }
}

fn compression_format(wbits: i64) -> Option<Format> {
    match wbits {
        9..=15 => Some(Format::Zlib),
        -15..=-9 => Some(Format::Raw),
        25..=31 => Some(Format::Gzip),
        _ => None,
    }
}

fn decompression_format(wbits: i64) -> Option<Format> {
    match wbits {
        0 | 8..=15 => Some(Format::Zlib),
        -15..=-8 => Some(Format::Raw),
        24..=31 => Some(Format::Gzip),
        32 | 40..=47 => Some(Format::Auto),
        _ => None,
    }
}

/// The gzip header zlib writes: no name, mtime 0, OS "Unix".
fn gzip_header(level: u32) -> Vec<u8> {
    let xfl = if level == 9 {
        2
    } else if level < 2 {
        4
    } else {
        0
    };
    vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
}

/// A streaming compressor with its container's framing.
struct Compressor {
    inner: Compress,
    format: Format,
    level: u32,
    header_done: bool,
    crc: flate2::Crc,
    finished: bool,
}

impl Compressor {
    fn new(level: u32, format: Format) -> Compressor {
        Compressor {
            inner: Compress::new(Compression::new(level), format == Format::Zlib),
            format,
            level,
            header_done: false,
            crc: flate2::Crc::new(),
            finished: false,
        }
    }

    /// Compresses `data` with the given flush; Finish also writes the trailer.
    fn run(&mut self, data: &[u8], flush: FlushCompress) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        if self.format == Format::Gzip && !self.header_done {
            out.extend(gzip_header(self.level));
            self.header_done = true;
        }
        self.crc.update(data);
        let mut pos = 0;
        loop {
            out.reserve(data.len().saturating_sub(pos) / 2 + 1024);
            let before = self.inner.total_in();
            let status = self.inner.compress_vec(&data[pos..], &mut out, flush).map_err(|e| e.to_string())?;
            pos += (self.inner.total_in() - before) as usize;
            let full = out.len() == out.capacity();
            match status {
                Status::StreamEnd => break,
                _ if pos >= data.len() && !full => break,
                _ => {}
            }
        }
        if matches!(flush, FlushCompress::Finish) && self.format == Format::Gzip && !self.finished {
            out.extend(self.crc.sum().to_le_bytes());
            out.extend(self.crc.amount().to_le_bytes());
        }
        if matches!(flush, FlushCompress::Finish) {
            self.finished = true;
        }
        Ok(out)
    }
}

fn level_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<u32>> {
    let level = int_arg(vm, v, -1)?;
    Ok(match level {
        -1 => Some(6),
        0..=9 => Some(level as u32),
        _ => None,
    })
}

/// `compress(data, /, level=-1, wbits=15)`
fn compress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_kw(vm, "compress", kw, &["level", "wbits"])?;
    let Some(d) = args.first() else { return Err(vm.type_error("compress() missing required argument 'data' (pos 1)")) };
    let data = data_arg(vm, d)?;
    let Some(level) = level_arg(vm, arg(args, kw, 1, "level"))? else { return Err(zlib_error(vm, "Bad compression level")) };
    let wbits = int_arg(vm, arg(args, kw, 2, "wbits"), 15)?;
    let Some(format) = compression_format(wbits) else { return Err(zlib_error(vm, "Bad compression level")) };
    let mut c = Compressor::new(level, format);
    let out = crate::runtime::allow_threads(move || c.run(&data, FlushCompress::Finish));
    out.map(Value::bytes).map_err(|m| zlib_error(vm, &format!("Error -2 while compressing data: {}", m)))
}

/// Length of a complete gzip header at the start of `b`; Ok(None) when
/// more bytes are needed.
fn gzip_header_len(b: &[u8]) -> Result<Option<usize>, &'static str> {
    if b.len() < 10 {
        if b.len() >= 2 && b[..2] != [0x1f, 0x8b] {
            return Err("incorrect header check");
        }
        return Ok(None);
    }
    if b[..2] != [0x1f, 0x8b] {
        return Err("incorrect header check");
    }
    if b[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = b[3];
    let mut pos = 10;
    if flags & 4 != 0 {
        if b.len() < pos + 2 {
            return Ok(None);
        }
        pos += 2 + u16::from_le_bytes([b[pos], b[pos + 1]]) as usize;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match b.get(pos..).and_then(|r| r.iter().position(|c| *c == 0)) {
                Some(i) => pos += i + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        pos += 2;
    }
    if b.len() < pos {
        return Ok(None);
    }
    Ok(Some(pos))
}

/// A streaming decompressor: container parsing around raw/zlib inflate.
struct Decompressor {
    inner: Option<Decompress>,
    format: Format,
    /// Input held back until the gzip header (or the Auto choice) is known.
    pending: Vec<u8>,
    crc: flate2::Crc,
    /// After the deflate data of a gzip stream: trailer bytes seen so far.
    trailer: Vec<u8>,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
}

impl Decompressor {
    fn new(format: Format) -> Decompressor {
        let inner = match format {
            Format::Raw => Some(Decompress::new(false)),
            Format::Zlib => Some(Decompress::new(true)),
            _ => None,
        };
        Decompressor { inner, format, pending: Vec::new(), crc: flate2::Crc::new(), trailer: Vec::new(), eof: false, unused: Vec::new(), tail: Vec::new() }
    }

    /// Decompresses what `input` allows, at most `max` bytes of output
    /// (0: no limit). Input not consumed because of `max` goes to `tail`.
    fn run(&mut self, input: &[u8], max: usize) -> Result<Vec<u8>, String> {
        let mut data: Vec<u8>;
        if self.eof {
            self.unused.extend_from_slice(input);
            self.tail = input.to_vec();
            return Ok(Vec::new());
        }
        if self.inner.is_none() {
            self.pending.extend_from_slice(input);
            if self.format == Format::Auto {
                if self.pending.len() < 2 {
                    return Ok(Vec::new());
                }
                self.format = if self.pending[..2] == [0x1f, 0x8b] { Format::Gzip } else { Format::Zlib };
                if self.format == Format::Zlib {
                    self.inner = Some(Decompress::new(true));
                }
            }
            if self.format == Format::Gzip {
                match gzip_header_len(&self.pending)? {
                    None => return Ok(Vec::new()),
                    Some(n) => {
                        self.pending.drain(..n);
                        self.inner = Some(Decompress::new(false));
                    }
                }
            }
            data = std::mem::take(&mut self.pending);
        } else {
            data = input.to_vec();
        }
        if self.inner.is_none() {
            return Ok(Vec::new());
        }
        if self.format == Format::Zlib && self.inner.as_ref().map(|d| d.total_in() == 0).unwrap_or(false) && data.len() >= 2 {
            let (cmf, flg) = (data[0] as u32, data[1] as u32);
            if (cmf * 256 + flg) % 31 != 0 {
                return Err("incorrect header check".to_string());
            }
            if cmf & 0x0f != 8 {
                return Err("unknown compression method".to_string());
            }
            if (cmf >> 4) + 8 > 15 {
                return Err("invalid window size".to_string());
            }
        }
        let mut out = Vec::new();
        let mut pos = 0;
        let mut ended = false;
        if self.trailer.is_empty() || self.format != Format::Gzip {
            let inner = self.inner.as_mut().expect("inflater exists after the header");
            loop {
                let room = if max > 0 { (max - out.len()).min(64 * 1024) } else { 64 * 1024 };
                if room == 0 {
                    break;
                }
                out.reserve(room);
                let (before_in, before_out) = (inner.total_in(), out.len());
                let status = inner.decompress_vec(&data[pos..], &mut out, FlushDecompress::None).map_err(|e| {
                    let m = e.to_string();
                    if m.is_empty() { "invalid data".to_string() } else { m.replace("deflate decompression error", "invalid data") }
                })?;
                pos += (inner.total_in() - before_in) as usize;
                if matches!(status, Status::StreamEnd) {
                    ended = true;
                    break;
                }
                if out.len() == before_out && inner.total_in() == before_in {
                    break;
                }
                if max > 0 && out.len() >= max {
                    break;
                }
            }
        }
        self.crc.update(&out);
        let rest = data.split_off(pos);
        if ended {
            if self.format == Format::Gzip {
                self.trailer = vec![1];
                self.take_trailer(&rest)?;
            } else {
                self.eof = true;
                self.unused.extend_from_slice(&rest);
                self.tail = rest;
            }
        } else if !self.trailer.is_empty() {
            self.take_trailer(&rest)?;
        } else {
            self.tail = rest;
        }
        Ok(out)
    }

    /// Collects and checks the 8-byte gzip trailer (`trailer[0]` is a marker).
    fn take_trailer(&mut self, rest: &[u8]) -> Result<(), String> {
        let need = 9 - self.trailer.len();
        let n = need.min(rest.len());
        self.trailer.extend_from_slice(&rest[..n]);
        if self.trailer.len() == 9 {
            let crc = u32::from_le_bytes([self.trailer[1], self.trailer[2], self.trailer[3], self.trailer[4]]);
            let size = u32::from_le_bytes([self.trailer[5], self.trailer[6], self.trailer[7], self.trailer[8]]);
            if crc != self.crc.sum() {
                return Err("incorrect data check".to_string());
            }
            if size != self.crc.amount() {
                return Err("incorrect length check".to_string());
            }
            self.eof = true;
            self.unused.extend_from_slice(&rest[n..]);
            self.tail = rest[n..].to_vec();
        }
        Ok(())
    }
}

fn wbits_error(vm: &Vm) -> PyErr {
    vm.value_error("Invalid initialization option")
}

/// `decompress(data, /, wbits=15, bufsize=16384)`
fn decompress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_kw(vm, "decompress", kw, &["wbits", "bufsize"])?;
    let Some(d) = args.first() else { return Err(vm.type_error("decompress() missing required argument 'data' (pos 1)")) };
    let data = data_arg(vm, d)?;
    let wbits = int_arg(vm, arg(args, kw, 1, "wbits"), 15)?;
    let bufsize = int_arg(vm, arg(args, kw, 2, "bufsize"), 16384)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(format) = decompression_format(wbits) else { return Err(zlib_error(vm, "Error -2 while preparing to decompress data: inconsistent stream state")) };
    let mut dec = Decompressor::new(format);
    let r = crate::runtime::allow_threads(move || dec.run(&data, 0).map(|out| (out, dec.eof)));
    match r {
        Ok((out, true)) => Ok(Value::bytes(out)),
        Ok((_, false)) => Err(zlib_error(vm, "Error -5 while decompressing data: incomplete or truncated stream")),
        Err(m) => Err(zlib_error(vm, &format!("Error -3 while decompressing data: {}", m))),
    }
}

fn class(i: usize) -> Obj {
    TYPES.with(|t| {
        let t = t.borrow();
        let (e, c, d) = t.as_ref().expect("zlib types exist once the module is made");
        [e, c, d][i].clone()
    })
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`
fn compressobj(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_kw(vm, "compressobj", kw, &["level", "method", "wbits", "memLevel", "strategy", "zdict"])?;
    let level = level_arg(vm, arg(args, kw, 0, "level"))?;
    let method = int_arg(vm, arg(args, kw, 1, "method"), 8)?;
    let wbits = int_arg(vm, arg(args, kw, 2, "wbits"), 15)?;
    let mem = int_arg(vm, arg(args, kw, 3, "memLevel"), 8)?;
    let (Some(level), Some(format)) = (level, compression_format(wbits)) else { return Err(wbits_error(vm)) };
    if method != 8 || !(1..=9).contains(&mem) {
        return Err(wbits_error(vm));
    }
    Ok(NativeObject::new_value(class(1), Compressor::new(level, format)))
}

fn compressor<'a>(vm: &Vm, me: &'a Value) -> PyResult<std::cell::RefMut<'a, Compressor>> {
    native_data::<Compressor>(me).ok_or_else(|| vm.type_error("a zlib.Compress object is required"))
}

fn compressobj_compress(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "compress", args, 2, 2)?;
    let data = data_arg(vm, &args[1])?;
    let me = this(args);
    let r = compressor(vm, &me)?.run(&data, FlushCompress::None);
    r.map(Value::bytes).map_err(|m| zlib_error(vm, &format!("Error -2 while compressing data: {}", m)))
}

fn compressobj_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "flush", args, 1, 2)?;
    let mode = int_arg(vm, args.get(1), 4)?;
    let flush = match mode {
        0 => return Ok(Value::bytes(Vec::new())),
        1 | 2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    let me = this(args);
    let mut c = compressor(vm, &me)?;
    if c.finished {
        return Ok(Value::bytes(Vec::new()));
    }
    let r = c.run(&[], flush);
    drop(c);
    r.map(Value::bytes).map_err(|m| zlib_error(vm, &format!("Error -2 while flushing: {}", m)))
}

/// `decompressobj(wbits=15, zdict=b'')`
fn decompressobj(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_kw(vm, "decompressobj", kw, &["wbits", "zdict"])?;
    let wbits = int_arg(vm, arg(args, kw, 0, "wbits"), 15)?;
    let Some(format) = decompression_format(wbits) else { return Err(wbits_error(vm)) };
    Ok(NativeObject::new_value(class(2), Decompressor::new(format)))
}

fn decompressor<'a>(vm: &Vm, me: &'a Value) -> PyResult<std::cell::RefMut<'a, Decompressor>> {
    native_data::<Decompressor>(me).ok_or_else(|| vm.type_error("a zlib.Decompress object is required"))
}

fn decompressobj_decompress(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_kw(vm, "decompress", kw, &["max_length"])?;
    let Some(d) = args.get(1) else { return Err(vm.type_error("decompress() missing required argument 'data' (pos 1)")) };
    let data = data_arg(vm, d)?;
    let max = int_arg(vm, arg(args, kw, 2, "max_length"), 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let me = this(args);
    let r = decompressor(vm, &me)?.run(&data, max as usize);
    r.map(Value::bytes).map_err(|m| zlib_error(vm, &format!("Error -3 while decompressing data: {}", m)))
}

fn decompressobj_flush(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "flush", args, 1, 2)?;
    if let Some(l) = args.get(1) {
        if vm.index_value(l)? <= 0 {
            return Err(vm.value_error("length must be greater than zero"));
        }
    }
    let me = this(args);
    let mut d = decompressor(vm, &me)?;
    let tail = std::mem::take(&mut d.tail);
    let r = d.run(&tail, 0);
    drop(d);
    r.map(Value::bytes).map_err(|m| zlib_error(vm, &format!("Error -3 while decompressing data: {}", m)))
}

fn decompressobj_unused_data(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = this(args);
    let d = decompressor(vm, &me)?;
    Ok(Value::bytes(d.unused.clone()))
}

fn decompressobj_unconsumed_tail(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = this(args);
    let d = decompressor(vm, &me)?;
    Ok(Value::bytes(d.tail.clone()))
}

fn decompressobj_eof(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = this(args);
    let d = decompressor(vm, &me)?;
    Ok(Value::bool(d.eof))
}

/// `crc32(data, value=0)`
fn crc32(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "crc32", args, 1, 2)?;
    let data = data_arg(vm, &args[0])?;
    let start = match args.get(1) {
        Some(v) => crate::vm::ops::as_int(v).map(|i| i.to_big()).unwrap_or_default(),
        None => num_bigint::BigInt::from(0),
    };
    let start = (start & num_bigint::BigInt::from(0xffff_ffffu32)).to_u32_digits().1.first().copied().unwrap_or(0);
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

/// `adler32(data, value=1)`
fn adler32(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "adler32", args, 1, 2)?;
    let data = data_arg(vm, &args[0])?;
    let start = match args.get(1) {
        Some(v) => vm.index_value(v)? as u32,
        None => 1,
    };
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int(((b << 16) | a) as i64))
}
