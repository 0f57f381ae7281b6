//! `re.Pattern` objects and the iterator `finditer` returns.

use std::cell::Cell;
use std::rc::Rc;

use super::engine::{Compiled, Mode, Spans};
use super::matchobj::{new_match, MatchData};
use super::subject::Subject;
use super::template::{self, Piece, TemplateError};
use super::{bind, index_arg, ReCtx};
use crate::objects::native::NativeObject;
use crate::objects::{Obj, PyDict, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_property};
use crate::vm::{PyResult, Vm};

pub struct PatternData {
    pub ctx: Rc<ReCtx>,
    pub compiled: Rc<Compiled>,
    /// The pattern as given (str or bytes).
    pub source: Value,
}

pub fn new_pattern(ctx: &Rc<ReCtx>, compiled: Rc<Compiled>, source: Value) -> Value {
    let data = PatternData { ctx: ctx.clone(), compiled, source };
    NativeObject::new_value(ctx.pattern_type.clone(), data)
}

pub fn install(t: &Obj) {
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("match", p_match),
        ("fullmatch", p_fullmatch),
        ("search", p_search),
        ("findall", p_findall),
        ("finditer", p_finditer),
        ("sub", p_sub),
        ("subn", p_subn),
        ("split", p_split),
        ("__repr__", p_repr),
        ("__eq__", p_eq),
        ("__hash__", p_hash),
        ("__copy__", p_copy),
        ("__deepcopy__", p_deepcopy),
    ];
    for (n, f) in methods {
        add_method(t, n, *f);
    }
    let props: &[(&'static str, crate::objects::NativeFn)] =
        &[("pattern", p_attr_pattern), ("flags", p_attr_flags), ("groups", p_attr_groups), ("groupindex", p_attr_groupindex)];
    for (n, f) in props {
        add_property(t, n, *f);
    }
}

pub fn pattern_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::cell::Ref<'a, PatternData>> {
    super::native_ref::<PatternData>(v).ok_or_else(|| vm.type_error(&format!("descriptor requires a 're.Pattern' object but received a '{}'", vm.type_name(v))))
}

/// The subject argument checked against the pattern's kind.
fn subject(vm: &Vm, p: &PatternData, v: &Value) -> PyResult<Subject> {
    let Some(s) = Subject::new(v) else {
        return Err(vm.type_error(&format!("expected string or bytes-like object, got '{}'", vm.type_name(v))));
    };
    if s.is_bytes && !p.compiled.is_bytes {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !s.is_bytes && p.compiled.is_bytes {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    Ok(s)
}

/// CPython's clamping of pos/endpos to the subject: (pos, endpos) in chars.
fn bounds(vm: &mut Vm, len: usize, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize { v.clamp(0, len as i64) as usize };
    let p = match pos {
        Some(v) => clamp(index_arg(vm, v)?),
        None => 0,
    };
    let e = match endpos {
        Some(v) => clamp(index_arg(vm, v)?),
        None => len,
    };
    Ok((p, e))
}

fn search_common(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, mode: Mode) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let p_ref = pattern_of(vm, &this)?;
    let p = &*p_ref;
    let a = bind(vm, name, &args[1..], kw, &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, a[0].as_ref().unwrap_or(&Value::None))?;
    let (pos, endpos) = bounds(vm, subj.len, a[1].as_ref(), a[2].as_ref())?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let compiled = p.compiled.clone();
    let (start, end) = (subj.byte_of(pos), subj.byte_of(endpos));
    let hay = &subj.text()[..end];
    match compiled.search(hay, start, mode, compiled.groups > 0) {
        Some(spans) => Ok(new_match(MatchData { pattern: this.clone(), subj: Rc::new(subj), spans, pos, endpos })),
        None => Ok(Value::None),
    }
}

fn p_match(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    search_common(vm, args, kw, "match", Mode::Match)
}
fn p_fullmatch(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    search_common(vm, args, kw, "fullmatch", Mode::Full)
}
fn p_search(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    search_common(vm, args, kw, "search", Mode::Search)
}

/// Walks the successive matches of `c` over `hay` from byte `start`,
/// calling `f` with each match's spans until it returns false.
fn each_match(c: &Compiled, hay: &str, start: usize, caps: bool, mut f: impl FnMut(Spans) -> PyResult<bool>) -> PyResult<()> {
    let mut pos = start;
    let mut must_advance = false;
    while pos <= hay.len() {
        let Some(m) = c.next_match(hay, pos, must_advance, caps) else { break };
        let Some((s, e)) = m[0] else { break };
        if !f(m)? {
            break;
        }
        must_advance = s == e;
        pos = e;
    }
    Ok(())
}

fn p_findall(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let p_ref = pattern_of(vm, &this)?;
    let p = &*p_ref;
    let a = bind(vm, "findall", &args[1..], kw, &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, a[0].as_ref().unwrap_or(&Value::None))?;
    let (pos, endpos) = bounds(vm, subj.len, a[1].as_ref(), a[2].as_ref())?;
    let mut out = Vec::new();
    if pos <= endpos {
        let c = p.compiled.clone();
        let end = subj.byte_of(endpos);
        let hay = &subj.text()[..end];
        let groups = c.groups;
        let piece = |sp: Option<(usize, usize)>| match sp {
            Some((s, e)) => subj.slice(s, e),
            None => subj.empty(),
        };
        each_match(&c, hay, subj.byte_of(pos), groups > 0, |m| {
            let v = match groups {
                0 => piece(m[0]),
                1 => piece(m[1]),
                _ => Value::tuple((1..=groups).map(|g| piece(m[g])).collect()),
            };
            out.push(v);
            Ok(true)
        })?;
    }
    Ok(Value::list(out))
}

/// State of a `finditer` iterator.
pub struct IterData {
    pattern: Value,
    subj: Rc<Subject>,
    /// Byte offsets: the end of the searched text and the next start.
    end: usize,
    next: Cell<usize>,
    must_advance: Cell<bool>,
    done: Cell<bool>,
    pos: usize,
    endpos: usize,
}

fn p_finditer(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let p_ref = pattern_of(vm, &this)?;
    let p = &*p_ref;
    let a = bind(vm, "finditer", &args[1..], kw, &["string", "pos", "endpos"], 1)?;
    let subj = subject(vm, p, a[0].as_ref().unwrap_or(&Value::None))?;
    let (pos, endpos) = bounds(vm, subj.len, a[1].as_ref(), a[2].as_ref())?;
    let (start, end) = (subj.byte_of(pos), subj.byte_of(endpos));
    let data = IterData {
        pattern: this.clone(),
        subj: Rc::new(subj),
        end,
        next: Cell::new(start),
        must_advance: Cell::new(false),
        done: Cell::new(pos > endpos),
        pos,
        endpos,
    };
    Ok(NativeObject::new_value(p.ctx.iter_type.clone(), data))
}

pub fn install_iter(t: &Obj) {
    add_method(t, "__iter__", it_iter);
    add_method(t, "__next__", it_next);
}

fn it_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn it_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__next__", args, 1, 1)?;
    let Some(it) = super::native_ref::<IterData>(&args[0]) else { return Err(vm.type_error("expected a match iterator")) };
    if it.done.get() {
        return Err(vm.stop_iteration(Value::None));
    }
    let p_ref = pattern_of(vm, &it.pattern)?;
    let p = &*p_ref;
    let c = p.compiled.clone();
    let hay = &it.subj.text()[..it.end];
    let start = it.next.get();
    let found = if start <= hay.len() { c.next_match(hay, start, it.must_advance.get(), c.groups > 0) } else { None };
    let Some(spans) = found else {
        it.done.set(true);
        return Err(vm.stop_iteration(Value::None));
    };
    let (s, e) = spans[0].unwrap_or((start, start));
    it.must_advance.set(s == e);
    it.next.set(e);
    Ok(new_match(MatchData { pattern: it.pattern.clone(), subj: it.subj.clone(), spans, pos: it.pos, endpos: it.endpos }))
}

/// The replacement: a parsed template or a callable.
enum Repl {
    Literal(String),
    Template(Vec<Piece>),
    Call(Value),
}

pub fn template_error(vm: &mut Vm, ctx: &ReCtx, e: TemplateError, template: &Value) -> crate::vm::PyErr {
    match e {
        TemplateError::Re(err) => super::raise_re_error(vm, ctx, &err, template),
        TemplateError::Index(msg) => vm.index_error(&msg),
    }
}

/// The text of a str or bytes-like value (bytes as Latin-1), and whether it is bytes.
fn text_of(v: &Value) -> Option<(String, bool)> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => Some((s.as_str().to_string(), false)),
            PyObject::Bytes(b) => Some((b.iter().map(|&x| x as char).collect(), true)),
            PyObject::ByteArray(b) => Some((b.borrow().iter().map(|&x| x as char).collect(), true)),
            _ => None,
        },
        _ => None,
    }
}

/// CPython's message for a template that is neither str nor bytes-like.
fn not_text_error(vm: &Vm, t: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("decoding to str: need a bytes-like object, {} found", vm.type_name(t)))
}

/// Parses a str/bytes template for pattern `p` (Latin-1 text for bytes);
/// also returns whether the template was bytes.
pub fn parse_template(vm: &mut Vm, p: &PatternData, t: &Value) -> PyResult<(Vec<Piece>, bool)> {
    let Some((text, is_bytes)) = text_of(t) else { return Err(not_text_error(vm, t)) };
    let c = p.compiled.clone();
    let pieces = template::parse(&text, c.groups, &c.names).map_err(|e| template_error(vm, &p.ctx, e, t))?;
    Ok((pieces, is_bytes))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Function(_) | PyObject::Builtin(_) | PyObject::Method(..) | PyObject::Type(_) => true,
            _ => vm.lookup_special(v, "__call__").is_some(),
        },
        _ => false,
    }
}

/// The error `"".join(pieces)` raises for a piece of the wrong type.
pub fn join_error(vm: &Vm, subj_bytes: bool, item: usize, found: &str) -> crate::vm::PyErr {
    if subj_bytes {
        vm.type_error(&format!("sequence item {}: expected a bytes-like object, {} found", item, found))
    } else {
        vm.type_error(&format!("sequence item {}: expected str instance, {} found", item, found))
    }
}

fn subx(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str, with_count: bool) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let p_ref = pattern_of(vm, &this)?;
    let p = &*p_ref;
    let a = bind(vm, name, &args[1..], kw, &["repl", "string", "count"], 2)?;
    let repl_v = a[0].clone().unwrap_or(Value::None);
    let subj = subject(vm, p, a[1].as_ref().unwrap_or(&Value::None))?;
    let count = match &a[2] {
        Some(v) => index_arg(vm, v)?,
        None => 0,
    };
    // A template of the other kind (str for bytes...) fails when joined.
    let mut wrong_kind: Option<&'static str> = None;
    let repl = if is_callable(vm, &repl_v) {
        Repl::Call(repl_v.clone())
    } else {
        if text_of(&repl_v).is_none() {
            vm.hash(&repl_v)?; // CPython caches templates: unhashable ones fail there
        }
        let (pieces, t_bytes) = parse_template(vm, p, &repl_v)?;
        if t_bytes != subj.is_bytes {
            wrong_kind = Some(if t_bytes { "bytes" } else { "str" });
        }
        match template::literal(&pieces) {
            Some(s) => Repl::Literal(s),
            None => Repl::Template(pieces),
        }
    };
    let c = p.compiled.clone();
    let subj = Rc::new(subj);
    let text = subj.text();
    let caps = match &repl {
        Repl::Literal(_) => false,
        _ => c.groups > 0,
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n: i64 = 0;
    // CPython joins a list of pieces at the end: track the list index of
    // the first piece of the wrong type to report it the same way.
    let mut items = 0usize;
    let mut bad: Option<(usize, String)> = None;
    // A negative count means no replacement at all (CPython's loop test).
    each_match(&c, text, 0, caps, |m| {
        let Some((s, e)) = m[0] else { return Ok(false) };
        if count < 0 {
            return Ok(false);
        }
        if s > last {
            items += 1;
        }
        out.push_str(&text[last..s]);
        match &repl {
            Repl::Literal(l) => {
                if let (Some(k), None) = (wrong_kind, &bad) {
                    bad = Some((items, k.to_string()));
                }
                items += 1;
                out.push_str(l)
            }
            Repl::Template(pieces) => {
                if let Some(k) = wrong_kind {
                    if let Some(i) = pieces.iter().position(|p| matches!(p, Piece::Lit(_))) {
                        return Err(join_error(vm, subj.is_bytes, i, k));
                    }
                }
                items += 1;
                template::expand_into(&mut out, pieces, text, &m)
            }
            Repl::Call(f) => {
                let mv = new_match(MatchData { pattern: this.clone(), subj: subj.clone(), spans: m, pos: 0, endpos: subj.len });
                let r = vm.call(f.clone(), &[mv])?;
                if !r.is_none() {
                    match replacement_text(&subj, &r) {
                        Some(t) => out.push_str(&t),
                        None => {
                            if bad.is_none() {
                                bad = Some((items, vm.type_name(&r)));
                            }
                        }
                    }
                    items += 1;
                }
            }
        }
        last = e;
        n += 1;
        Ok(count <= 0 || n < count)
    })?;
    if let Some((i, t)) = bad {
        return Err(join_error(vm, subj.is_bytes, i, &t));
    }
    out.push_str(&text[last..]);
    let result = if subj.is_bytes {
        Value::bytes(out.chars().map(|ch| ch as u32 as u8).collect())
    } else if n == 0 && matches!(&subj.value, Value::Obj(o) if matches!(&**o, PyObject::Str(_))) {
        subj.value.clone()
    } else {
        Value::string(out)
    };
    if with_count {
        Ok(Value::tuple(vec![result, Value::Int(n)]))
    } else {
        Ok(result)
    }
}

/// The text a replacement callable returned, when of the subject's kind.
fn replacement_text(subj: &Subject, r: &Value) -> Option<String> {
    match text_of(r) {
        Some((t, b)) if b == subj.is_bytes => Some(t),
        _ => None,
    }
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    subx(vm, args, kw, "sub", false)
}
fn p_subn(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    subx(vm, args, kw, "subn", true)
}

fn p_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let p_ref = pattern_of(vm, &this)?;
    let p = &*p_ref;
    let a = bind(vm, "split", &args[1..], kw, &["string", "maxsplit"], 1)?;
    let subj = subject(vm, p, a[0].as_ref().unwrap_or(&Value::None))?;
    let maxsplit = match &a[1] {
        Some(v) => index_arg(vm, v)?,
        None => 0,
    };
    let c = p.compiled.clone();
    let text = subj.text();
    let mut out = Vec::new();
    let mut last = 0;
    let mut n: i64 = 0;
    if maxsplit >= 0 {
        each_match(&c, text, 0, c.groups > 0, |m| {
            let Some((s, e)) = m[0] else { return Ok(false) };
            out.push(subj.slice(last, s));
            for g in 1..=c.groups {
                out.push(match m[g] {
                    Some((a, b)) => subj.slice(a, b),
                    None => Value::None,
                });
            }
            last = e;
            n += 1;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    out.push(subj.slice(last, text.len()));
    Ok(Value::list(out))
}

fn p_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p_ref = pattern_of(vm, args.first().unwrap_or(&Value::None))?;
    let p = &*p_ref;
    let source = p.source.clone();
    let flags = p.compiled.flags;
    let is_bytes = p.compiled.is_bytes;
    let r = vm.repr(&source)?;
    let r: String = r.chars().take(200).collect();
    let mut f = flags;
    if !is_bytes && f & (super::parse::LOCALE | super::parse::UNICODE | super::parse::ASCII) == super::parse::UNICODE {
        f &= !super::parse::UNICODE;
    }
    let names: [(&str, u32); 9] = [
        ("re.TEMPLATE", super::parse::TEMPLATE),
        ("re.IGNORECASE", super::parse::IGNORECASE),
        ("re.LOCALE", super::parse::LOCALE),
        ("re.MULTILINE", super::parse::MULTILINE),
        ("re.DOTALL", super::parse::DOTALL),
        ("re.UNICODE", super::parse::UNICODE),
        ("re.VERBOSE", super::parse::VERBOSE),
        ("re.DEBUG", super::parse::DEBUG),
        ("re.ASCII", super::parse::ASCII),
    ];
    let mut parts: Vec<String> = Vec::new();
    for (n, v) in names {
        if f & v != 0 {
            parts.push(n.to_string());
            f &= !v;
        }
    }
    if f != 0 {
        parts.push(format!("0x{:x}", f));
    }
    Ok(Value::string(if parts.is_empty() { format!("re.compile({})", r) } else { format!("re.compile({}, {})", r, parts.join("|")) }))
}

fn p_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__eq__", args, 2, 2)?;
    let a_ref = pattern_of(vm, &args[0])?;
    let a = &*a_ref;
    let Some(b) = super::native_ref::<PatternData>(&args[1]) else { return Ok(Value::from_obj(PyObject::NotImplemented)) };
    if a.compiled.flags != b.compiled.flags || a.compiled.is_bytes != b.compiled.is_bytes {
        return Ok(Value::bool(false));
    }
    let (sa, sb) = (a.source.clone(), b.source.clone());
    let r = vm.compare(crate::syntax::ast::CmpOp::Eq, &sa, &sb)?;
    Ok(r)
}

fn p_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p_ref = pattern_of(vm, args.first().unwrap_or(&Value::None))?;
    let p = &*p_ref;
    let (src, flags) = (p.source.clone(), p.compiled.flags);
    let h = vm.hash(&src)?;
    Ok(Value::Int(h ^ (flags as i64).wrapping_mul(1000003)))
}

fn p_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__copy__", args, 1, 1)?;
    Ok(args[0].clone())
}
fn p_deepcopy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__deepcopy__", args, 2, 2)?;
    Ok(args[0].clone())
}

fn p_attr_pattern(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(pattern_of(vm, args.first().unwrap_or(&Value::None))?.source.clone())
}
fn p_attr_flags(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(pattern_of(vm, args.first().unwrap_or(&Value::None))?.compiled.flags as i64))
}
fn p_attr_groups(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(pattern_of(vm, args.first().unwrap_or(&Value::None))?.compiled.groups as i64))
}
fn p_attr_groupindex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let p_ref = pattern_of(vm, args.first().unwrap_or(&Value::None))?;
    let p = &*p_ref;
    let mut d = PyDict::new();
    for (n, g) in &p.compiled.names {
        d.set_str(n, Value::Int(*g as i64));
    }
    Ok(Value::dict(d))
}
