//! Parser tests: successes checked against the AST, failures against CPython 3.11's messages.

use super::ast::*;
use super::*;

#[test]
fn smoke() {
    assert!(parse_module("x = 1\n").is_ok());
}

/// Prints one line per input for comparison with CPython (see the harness in
/// the test notes): reads sources, one per line, with backslash escapes.
#[test]
#[ignore]
fn oracle_dump() {
    let Ok(path) = std::env::var("COIL_ORACLE_IN") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let src = unescape(line);
        let r = parse_module(&src);
        match r {
            Ok(_) => println!("@@ OK"),
            Err(e) => println!("@@ {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('f') => out.push('\x0c'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[test]
#[ignore]
fn debug_one() {
    let Ok(src) = std::env::var("COIL_SRC") else { return };
    let src = unescape(&src);
    println!("{:#?}", parse_module(&src));
}

/// An S-expression rendering of the AST shared with the CPython-side script
/// used during development (positions as `@line:col`; none inside f-strings).
mod dump {
    use super::super::ast::*;

    fn esc(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            if (' '..='~').contains(&c) && c != '\\' && c != '"' {
                out.push(c);
            } else {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
        }
        out.push('"');
        out
    }

    fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
        format!("[{}]", items.iter().map(f).collect::<Vec<_>>().join(" "))
    }

    fn opt(e: &Option<Expr>, pos: bool) -> String {
        e.as_ref().map_or("None".into(), |e| expr(e, pos))
    }

    fn optb(e: &Option<Box<Expr>>, pos: bool) -> String {
        e.as_ref().map_or("None".into(), |e| expr(e, pos))
    }

    fn at(l: Loc, pos: bool) -> String {
        if pos {
            format!("@{}:{}", l.line, l.col)
        } else {
            String::new()
        }
    }

    fn constant(c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("f{:016x}", f.to_bits()),
            Constant::Complex(f) => format!("j{:016x}", f.to_bits()),
            Constant::Str(s) => esc(s),
            Constant::Bytes(b) => format!("b{}", esc(&b.iter().map(|&c| c as char).collect::<String>())),
        }
    }

    pub fn expr(e: &Expr, pos: bool) -> String {
        let l = at(e.loc, pos);
        let x = |e: &Expr| expr(e, pos);
        match &e.kind {
            ExprKind::BoolOp { op, values } => format!("(BoolOp{l} {:?} {})", op, list(values, x)),
            ExprKind::NamedExpr { target, value } => format!("(NamedExpr{l} {target} {})", x(value)),
            ExprKind::BinOp { left, op, right } => format!("(BinOp{l} {} {:?} {})", x(left), op, x(right)),
            ExprKind::UnaryOp { op, operand } => format!("(UnaryOp{l} {:?} {})", op, x(operand)),
            ExprKind::Lambda { params: p, body } => format!("(Lambda{l} {} {})", params(p, pos), x(body)),
            ExprKind::IfExp { test, body, orelse } => format!("(IfExp{l} {} {} {})", x(test), x(body), x(orelse)),
            ExprKind::Dict { keys, values } => {
                format!("(Dict{l} {} {})", list(keys, |k| opt(k, pos)), list(values, x))
            }
            ExprKind::Set(v) => format!("(Set{l} {})", list(v, x)),
            ExprKind::List(v) => format!("(List{l} {})", list(v, x)),
            ExprKind::Tuple(v) => format!("(Tuple{l} {})", list(v, x)),
            ExprKind::ListComp { elt, generators } => format!("(ListComp{l} {} {})", x(elt), comps(generators, pos)),
            ExprKind::SetComp { elt, generators } => format!("(SetComp{l} {} {})", x(elt), comps(generators, pos)),
            ExprKind::GeneratorExp { elt, generators } => {
                format!("(GeneratorExp{l} {} {})", x(elt), comps(generators, pos))
            }
            ExprKind::DictComp { key, value, generators } => {
                format!("(DictComp{l} {} {} {})", x(key), x(value), comps(generators, pos))
            }
            ExprKind::Await(v) => format!("(Await{l} {})", x(v)),
            ExprKind::Yield(v) => format!("(Yield{l} {})", optb(v, pos)),
            ExprKind::YieldFrom(v) => format!("(YieldFrom{l} {})", x(v)),
            ExprKind::Compare { left, ops, comparators } => {
                format!("(Compare{l} {} {} {})", x(left), list(ops, |o| format!("{o:?}")), list(comparators, x))
            }
            ExprKind::Call { func, args, keywords } => {
                format!("(Call{l} {} {} {})", x(func), list(args, x), list(keywords, |k| keyword(k, pos)))
            }
            ExprKind::JoinedStr(parts) => format!("(JoinedStr{l} {})", fparts(parts)),
            ExprKind::Constant(c) => format!("(Constant{l} {})", constant(c)),
            ExprKind::Attribute { value, attr } => format!("(Attribute{l} {} {attr})", x(value)),
            ExprKind::Subscript { value, index } => format!("(Subscript{l} {} {})", x(value), x(index)),
            ExprKind::Starred(v) => format!("(Starred{l} {})", x(v)),
            ExprKind::Name(n) => format!("(Name{l} {n})"),
            ExprKind::Slice { lower, upper, step } => {
                format!("(Slice{l} {} {} {})", optb(lower, pos), optb(upper, pos), optb(step, pos))
            }
        }
    }

    fn fparts(parts: &[FPart]) -> String {
        list(parts, |p| match p {
            FPart::Literal(s) => format!("(Constant {})", esc(s)),
            FPart::Value { value, conversion, spec } => format!(
                "(FormattedValue {} {} {})",
                expr(value, false),
                conversion.map_or("None".to_string(), |c| c.to_string()),
                spec.as_ref().map_or("None".to_string(), |s| format!("(JoinedStr {})", fparts(s)))
            ),
        })
    }

    fn keyword(k: &Keyword, pos: bool) -> String {
        format!("(keyword {} {})", k.name.as_deref().unwrap_or("None"), expr(&k.value, pos))
    }

    fn comps(g: &[Comprehension], pos: bool) -> String {
        list(g, |c| {
            format!(
                "(comprehension {} {} {} {})",
                expr(&c.target, pos),
                expr(&c.iter, pos),
                list(&c.ifs, |e| expr(e, pos)),
                u8::from(c.is_async)
            )
        })
    }

    fn param(p: &Param, pos: bool) -> String {
        format!("(arg{} {} {})", at(p.loc, pos), p.name, opt(&p.annotation, pos))
    }

    fn params(p: &Params, pos: bool) -> String {
        let pa = |x: &Param| param(x, pos);
        format!(
            "(arguments {} {} {} {} {} {} {})",
            list(&p.posonly, pa),
            list(&p.args, pa),
            p.vararg.as_ref().map_or("None".into(), pa),
            list(&p.kwonly, pa),
            list(&p.kw_defaults, |d| opt(d, pos)),
            p.kwarg.as_ref().map_or("None".into(), pa),
            list(&p.defaults, |e| expr(e, pos))
        )
    }

    fn alias(a: &Alias) -> String {
        format!("(alias {} {})", a.name, a.asname.as_deref().unwrap_or("None"))
    }

    fn body(b: &[Stmt]) -> String {
        list(b, stmt)
    }

    pub fn stmt(s: &Stmt) -> String {
        let l = at(s.loc, true);
        let x = |e: &Expr| expr(e, true);
        match &s.kind {
            StmtKind::Expr(e) => format!("(Expr{l} {})", x(e)),
            StmtKind::Assign { targets, value } => format!("(Assign{l} {} {})", list(targets, x), x(value)),
            StmtKind::AugAssign { target, op, value } => format!("(AugAssign{l} {} {:?} {})", x(target), op, x(value)),
            StmtKind::AnnAssign { target, annotation, value, simple } => format!(
                "(AnnAssign{l} {} {} {} {})",
                x(target),
                x(annotation),
                opt(value, true),
                u8::from(*simple)
            ),
            StmtKind::Pass => format!("(Pass{l})"),
            StmtKind::Break => format!("(Break{l})"),
            StmtKind::Continue => format!("(Continue{l})"),
            StmtKind::Return(v) => format!("(Return{l} {})", opt(v, true)),
            StmtKind::Delete(t) => format!("(Delete{l} {})", list(t, x)),
            StmtKind::Global(n) => format!("(Global{l} [{}])", n.join(" ")),
            StmtKind::Nonlocal(n) => format!("(Nonlocal{l} [{}])", n.join(" ")),
            StmtKind::If { test, body: b, orelse } => format!("(If{l} {} {} {})", x(test), body(b), body(orelse)),
            StmtKind::While { test, body: b, orelse } => {
                format!("(While{l} {} {} {})", x(test), body(b), body(orelse))
            }
            StmtKind::For { target, iter, body: b, orelse, is_async } => format!(
                "({}For{l} {} {} {} {})",
                if *is_async { "Async" } else { "" },
                x(target),
                x(iter),
                body(b),
                body(orelse)
            ),
            StmtKind::With { items, body: b, is_async } => format!(
                "({}With{l} {} {})",
                if *is_async { "Async" } else { "" },
                list(items, |i| format!("(withitem {} {})", x(&i.context), opt(&i.target, true))),
                body(b)
            ),
            StmtKind::Raise { exc, cause } => format!("(Raise{l} {} {})", opt(exc, true), opt(cause, true)),
            StmtKind::Try { body: b, handlers, orelse, finalbody } => format!(
                "(Try{l} {} {} {} {})",
                body(b),
                list(handlers, |h| format!(
                    "(ExceptHandler{} {} {} {})",
                    at(h.loc, true),
                    opt(&h.typ, true),
                    h.name.as_deref().unwrap_or("None"),
                    body(&h.body)
                )),
                body(orelse),
                body(finalbody)
            ),
            StmtKind::Assert { test, msg } => format!("(Assert{l} {} {})", x(test), opt(msg, true)),
            StmtKind::Import(names) => format!("(Import{l} {})", list(names, alias)),
            StmtKind::ImportFrom { module, names, level, star } => format!(
                "(ImportFrom{l} {} {} {})",
                module.as_deref().unwrap_or("None"),
                if *star { "[(alias * None)]".to_string() } else { list(names, alias) },
                level
            ),
            StmtKind::FunctionDef(f) => format!(
                "({}FunctionDef{l} {} {} {} {} {})",
                if f.is_async { "Async" } else { "" },
                f.name,
                params(&f.params, true),
                body(&f.body),
                list(&f.decorators, x),
                opt(&f.returns, true)
            ),
            StmtKind::ClassDef(c) => format!(
                "(ClassDef{l} {} {} {} {} {})",
                c.name,
                list(&c.bases, x),
                list(&c.keywords, |k| keyword(k, true)),
                body(&c.body),
                list(&c.decorators, x)
            ),
        }
    }

    pub fn module(b: &[Stmt]) -> String {
        body(b)
    }
}

/// Prints the AST dump of each input line (see `dump`).
#[test]
#[ignore]
fn ast_dump() {
    let Ok(path) = std::env::var("COIL_AST_IN") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        match parse_module(&unescape(line)) {
            Ok(b) => println!("@@ {}", dump::module(&b)),
            Err(e) => println!("@@ ERR {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}

/// Feeds pseudo-random inputs built from Python-ish fragments and raw bytes;
/// the parser must return (Ok or Err) without panicking.
#[test]
#[ignore]
fn fuzz_no_panic() {
    let n: usize = std::env::var("COIL_FUZZ_N").ok().and_then(|s| s.parse().ok()).unwrap_or(20000);
    let frags = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">",
        "==", "!=", ":=", "->", ".", "...", "!", "$", "?", "\\", "\\\n", "\n", "\r\n", "\r", " ", "  ", "\t",
        "\x0c", "\0", "#c", "x", "y1", "é", "€", "\u{a0}", "1", "0x1f", "0b1", "0o7", "1.5", "1e5", "1j", "1_0",
        "09", "1_", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "b'", "rb'", "{x}", "{x!r}", "{x:>{y}}", "{", "}", "\\x4",
        "\\N{A}", "\\u12", "if", "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "from",
        "import", "as", "with", "try", "except", "finally", "lambda", "not", "and", "or", "is", "None", "True",
        "await", "async", "del", "global", "nonlocal", "assert", "raise", "pass", "break", "continue",
    ];
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..n {
        let len = (next() % 40) as usize;
        let mut src = String::new();
        for _ in 0..len {
            let r = next();
            if r % 10 == 0 {
                src.push(char::from_u32((r >> 8) as u32 % 0x3000).unwrap_or('x'));
            } else {
                src.push_str(frags[(r >> 8) as usize % frags.len()]);
            }
        }
        let _ = parse_module(&src);
        let _ = parse_expression(&src);
    }
}

#[test]
#[ignore]
fn stress_sizes() {
    let cases: Vec<(&str, String)> = vec![
        ("parens200", format!("x = {}1{}", "(".repeat(200), ")".repeat(200))),
        ("parens201", format!("x = {}1{}", "(".repeat(201), ")".repeat(201))),
        ("parens10000", format!("x = {}1{}", "(".repeat(10000), ")".repeat(10000))),
        ("unary1000", format!("x = {}1", "-".repeat(1000))),
        ("unary100000", format!("x = {}1", "-".repeat(100000))),
        ("add1000", format!("x = {}", vec!["1"; 1000].join("+"))),
        ("add100000", format!("x = {}", vec!["1"; 100000].join("+"))),
        ("attr100000", format!("x = a{}", ".a".repeat(100000))),
        ("calls100000", format!("x = f{}", "()".repeat(100000))),
        ("lambda100000", format!("x = {}1", "lambda: ".repeat(100000))),
        ("lambdaargs", format!("x = {}1", "lambda a, b: ".repeat(100000))),
        ("ifexp100000", format!("x = {}1", "1 if 2 else ".repeat(100000))),
        ("not100000", format!("x = {}1", "not ".repeat(100000))),
        ("pow100000", format!("x = {}2", "2**".repeat(100000))),
        ("list1M", format!("x = [{}]", vec!["1"; 1000000].join(","))),
        ("lines100k", "x = 1\n".repeat(100000)),
        ("elif100k", format!("if a: pass\n{}", "elif a: pass\n".repeat(100000))),
        ("fstr", format!("x = f'{}'", "{x}".repeat(100000))),
        ("strcat", format!("x = {}", "'a' ".repeat(100000))),
        ("indent", (0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(120) + "pass\n"),
    ];
    for (name, src) in cases {
        let t = std::time::Instant::now();
        let r = parse_module(&src);
        let el = t.elapsed();
        match r {
            Ok(_) => println!("{name}: ok in {el:?}"),
            Err(e) => println!("{name}: {} {} ({}:{}) in {el:?}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}

/// Prints the AST dump of each file listed (one path per line) in $COIL_FILES.
#[test]
#[ignore]
fn ast_dump_files() {
    let Ok(list) = std::env::var("COIL_FILES") else { return };
    let text = std::fs::read_to_string(list).unwrap();
    for path in text.lines() {
        let Ok(src) = std::fs::read_to_string(path) else {
            println!("@@ {path}\nSKIP");
            continue;
        };
        println!("@@ {path}");
        match parse_module(&src) {
            Ok(b) => println!("{}", dump::module(&b)),
            Err(e) => println!("ERR {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}
