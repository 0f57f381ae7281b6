//! `re.Match` objects: group access by number or name, spans in characters,
//! `expand`, and CPython's repr.

use std::rc::Rc;

use super::pattern::{parse_template, pattern_of, PatternData};
use super::subject::Subject;
use super::template;
use crate::objects::native::NativeObject;
use crate::objects::{Obj, PyDict, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_property};
use crate::vm::{PyResult, Vm};

pub struct MatchData {
    /// The Pattern object (`m.re`).
    pub pattern: Value,
    pub subj: Rc<Subject>,
    /// Byte spans per group.
    pub spans: Vec<Option<(usize, usize)>>,
    /// `pos` and `endpos` as clamped, in characters.
    pub pos: usize,
    pub endpos: usize,
}

pub fn new_match(m: MatchData) -> Value {
    let cls = super::native_ref::<PatternData>(&m.pattern).map(|p| p.ctx.match_type.clone());
    match cls {
        Some(c) => NativeObject::new_value(c, m),
        None => Value::None,
    }
}

pub fn install(t: &Obj) {
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("group", m_group),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("expand", m_expand),
        ("__getitem__", m_getitem),
        ("__repr__", m_repr),
        ("__copy__", m_copy),
        ("__deepcopy__", m_deepcopy),
    ];
    for (n, f) in methods {
        add_method(t, n, *f);
    }
    let props: &[(&'static str, crate::objects::NativeFn)] = &[
        ("string", m_string),
        ("re", m_re),
        ("pos", m_pos),
        ("endpos", m_endpos),
        ("lastindex", m_lastindex),
        ("lastgroup", m_lastgroup),
        ("regs", m_regs),
    ];
    for (n, f) in props {
        add_property(t, n, *f);
    }
}

fn match_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<std::cell::Ref<'a, MatchData>> {
    super::native_ref::<MatchData>(v).ok_or_else(|| vm.type_error(&format!("descriptor requires a 're.Match' object but received a '{}'", vm.type_name(v))))
}

impl MatchData {
    fn pattern_data(&self) -> Option<std::cell::Ref<'_, PatternData>> {
        super::native_ref::<PatternData>(&self.pattern)
    }

    fn groups(&self) -> usize {
        self.spans.len() - 1
    }

    /// The value of group `g` (None when it did not take part).
    fn group_value(&self, g: usize, default: &Value) -> Value {
        match self.spans.get(g).copied().flatten() {
            Some((s, e)) => self.subj.slice(s, e),
            None => default.clone(),
        }
    }

    /// The character span of group `g`, (-1, -1) when it did not take part.
    fn char_span(&self, g: usize) -> (i64, i64) {
        match self.spans.get(g).copied().flatten() {
            Some((s, e)) => (self.subj.char_of(s) as i64, self.subj.char_of(e) as i64),
            None => (-1, -1),
        }
    }

    /// The group that closed last among those that matched (CPython's lastindex).
    fn lastindex(&self) -> Option<usize> {
        let ranks = self.pattern_data().map(|p| p.compiled.close_rank.clone()).unwrap_or_default();
        let mut best: Option<(usize, usize, usize)> = None; // (end, rank, group)
        for g in 1..self.spans.len() {
            if let Some((_, e)) = self.spans[g] {
                let r = ranks.get(g).copied().unwrap_or(0);
                if best.is_none_or(|(be, br, _)| (e, r) > (be, br)) {
                    best = Some((e, r, g));
                }
            }
        }
        best.map(|(_, _, g)| g)
    }
}

/// A group number from an int or a group name.
fn group_index(vm: &mut Vm, m: &MatchData, g: &Value) -> PyResult<usize> {
    let idx = match g {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => {
                let p = m.pattern_data();
                let found = p.and_then(|p| p.compiled.names.iter().find(|(n, _)| n == s.as_str()).map(|(_, i)| *i as i64));
                match found {
                    Some(i) => Some(i),
                    None => return Err(vm.index_error("no such group")),
                }
            }
            PyObject::BigInt(_) => None,
            _ if Vm::is_user_object(g) && vm.lookup_special(g, "__index__").is_some() => Some(vm.index_value(g)?),
            _ => None,
        },
        _ => None,
    };
    match idx {
        Some(i) if i >= 0 && (i as usize) <= m.groups() => Ok(i as usize),
        _ => Err(vm.index_error("no such group")),
    }
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m_ref = match_of(vm, &this)?;
    let m = &*m_ref;
    match args.len() {
        1 => Ok(m.group_value(0, &Value::None)),
        2 => {
            let g = group_index(vm, m, &args[1])?;
            Ok(m.group_value(g, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(args.len() - 1);
            for a in &args[1..] {
                let g = group_index(vm, m, a)?;
                out.push(m.group_value(g, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__getitem__", args, 2, 2)?;
    let m_ref = match_of(vm, &args[0])?;
    let m = &*m_ref;
    let g = group_index(vm, m, &args[1])?;
    Ok(m.group_value(g, &Value::None))
}

fn m_groups(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m_ref = match_of(vm, &this)?;
    let m = &*m_ref;
    let a = super::bind(vm, "groups", &args[1..], kw, &["default"], 0)?;
    let default = a[0].clone().unwrap_or(Value::None);
    Ok(Value::tuple((1..=m.groups()).map(|g| m.group_value(g, &default)).collect()))
}

fn m_groupdict(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m_ref = match_of(vm, &this)?;
    let m = &*m_ref;
    let a = super::bind(vm, "groupdict", &args[1..], kw, &["default"], 0)?;
    let default = a[0].clone().unwrap_or(Value::None);
    let mut d = PyDict::new();
    if let Some(p) = m.pattern_data() {
        for (n, g) in &p.compiled.names {
            d.set_str(n, m.group_value(*g, &default));
        }
    }
    Ok(Value::dict(d))
}

fn span_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(i64, i64)> {
    crate::objects::methods::check_args(vm, name, args, 1, 2)?;
    let m_ref = match_of(vm, &args[0])?;
    let m = &*m_ref;
    let g = match args.get(1) {
        Some(v) => group_index(vm, m, v)?,
        None => 0,
    };
    Ok(m.char_span(g))
}

fn m_start(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, args, "start")?.0))
}
fn m_end(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, args, "end")?.1))
}
fn m_span(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, e) = span_arg(vm, args, "span")?;
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn m_expand(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m_ref = match_of(vm, &this)?;
    let m = &*m_ref;
    let a = super::bind(vm, "expand", &args[1..], kw, &["template"], 1)?;
    let t = a[0].clone().unwrap_or(Value::None);
    let pv = m.pattern.clone();
    let p_ref = pattern_of(vm, &pv)?;
    let p = &*p_ref;
    let (pieces, t_bytes) = parse_template(vm, p, &t)?;
    if t_bytes != m.subj.is_bytes {
        // CPython joins the literal parts with the subject's empty string.
        if let Some(i) = pieces.iter().position(|p| matches!(p, template::Piece::Lit(_))) {
            return Err(super::pattern::join_error(vm, m.subj.is_bytes, i, if t_bytes { "bytes" } else { "str" }));
        }
    }
    let mut out = String::new();
    template::expand_into(&mut out, &pieces, m.subj.text(), &m.spans);
    Ok(if m.subj.is_bytes { Value::bytes(out.chars().map(|c| c as u32 as u8).collect()) } else { Value::string(out) })
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m_ref = match_of(vm, &this)?;
    let m = &*m_ref;
    let (s, e) = m.char_span(0);
    let g = m.group_value(0, &Value::None);
    let r = vm.repr(&g)?;
    let r: String = r.chars().take(50).collect();
    Ok(Value::string(format!("<re.Match object; span=({}, {}), match={}>", s, e, r)))
}

fn m_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__copy__", args, 1, 1)?;
    Ok(args[0].clone())
}
fn m_deepcopy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "__deepcopy__", args, 2, 2)?;
    Ok(args[0].clone())
}

fn m_string(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(match_of(vm, args.first().unwrap_or(&Value::None))?.subj.value.clone())
}
fn m_re(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(match_of(vm, args.first().unwrap_or(&Value::None))?.pattern.clone())
}
fn m_pos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, args.first().unwrap_or(&Value::None))?.pos as i64))
}
fn m_endpos(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, args.first().unwrap_or(&Value::None))?.endpos as i64))
}
fn m_lastindex(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m_ref = match_of(vm, args.first().unwrap_or(&Value::None))?;
    let m = &*m_ref;
    Ok(m.lastindex().map(|g| Value::Int(g as i64)).unwrap_or(Value::None))
}
fn m_lastgroup(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m_ref = match_of(vm, args.first().unwrap_or(&Value::None))?;
    let m = &*m_ref;
    let Some(g) = m.lastindex() else { return Ok(Value::None) };
    let name = m.pattern_data().and_then(|p| p.compiled.names.iter().find(|(_, i)| *i == g).map(|(n, _)| n.clone()));
    Ok(name.map(|n| Value::str(&n)).unwrap_or(Value::None))
}
fn m_regs(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let m_ref = match_of(vm, args.first().unwrap_or(&Value::None))?;
    let m = &*m_ref;
    let regs = (0..=m.groups())
        .map(|g| {
            let (s, e) = m.char_span(g);
            Value::tuple(vec![Value::Int(s), Value::Int(e)])
        })
        .collect();
    Ok(Value::tuple(regs))
}
