//! The disassembler behind `coil --dis file.py`.

use std::fmt::Write as _;

use super::{Instr, PyCode};
use crate::objects::{PyObject, Value};

/// Renders a code object and, after it, every code object in its constants.
pub fn disassemble(code: &PyCode) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn operand_note(code: &PyCode, ins: &Instr) -> String {
    use Instr::*;
    let name = |i: u32| code.names.get(i as usize).and_then(|v| v.as_str()).unwrap_or("?").to_string();
    match *ins {
        LoadConst(i) => match code.consts.get(i as usize) {
            Some(Value::Obj(o)) if matches!(&**o, PyObject::Code(_)) => match &**o {
                PyObject::Code(c) => format!("<code {}>", c.name),
                _ => String::new(),
            },
            Some(v) => const_repr(v),
            None => "?".to_string(),
        },
        LoadFast(i) | StoreFast(i) | DeleteFast(i) | LoadFastAttr(i) | LoadFastStoreAttr(i) | LoadFast2(i) | LoadFastConstOp(i)
        | LoadFastConstCompare(i) => code.varnames.get(i as usize).cloned().unwrap_or_default(),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            code.cellvars.iter().chain(code.freevars.iter()).nth(i as usize).cloned().unwrap_or_default()
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i) | DeleteName(i) | LoadAttr(i)
        | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i) | ImportName(i) | ImportFrom(i) => name(i),
        _ => match ins.target() {
            Some(t) => format!("to {}", t),
            None => String::new(),
        },
    }
}

fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::format::float_repr(f.get()),
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => crate::format::str_repr(s.as_str()),
            PyObject::BigInt(b) => b.to_string(),
            PyObject::Tuple(t) => format!("({})", t.iter().map(const_repr).collect::<Vec<_>>().join(", ")),
            _ => "<const>".into(),
        },
        Value::Null => "NULL".into(),
    }
}

fn dis_one(code: &PyCode, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {} at line {}> ({}):", code.qualname, code.firstlineno, code.filename);
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let l = if line != last_line { format!("{:>4}", line) } else { "    ".to_string() };
        last_line = line;
        let op = format!("{:?}", ins);
        let op = op.split('(').next().unwrap_or("").to_string();
        let arg = format!("{:?}", ins);
        let arg = arg.find('(').map(|p| arg[p + 1..arg.len() - 1].to_string()).unwrap_or_default();
        let note = operand_note(code, ins);
        let note = if note.is_empty() { String::new() } else { format!("({})", note) };
        let _ = writeln!(out, "{} {:>6} {:<20} {:>6} {}", l, i, op, arg, note);
    }
    for c in &code.consts {
        if let Value::Obj(o) = c {
            if let PyObject::Code(inner) = &**o {
                out.push('\n');
                dis_one(inner, out);
            }
        }
    }
}
