//! Parser tests. Most cases come from `tests/cases.rs`, generated with CPython
//! 3.11 as the oracle; the rest check behaviour CPython has no direct analogue
//! for (the REPL's `incomplete` flag, nesting limits, robustness).
//!
//! The `#[ignore]`d tests are development harnesses: they print coil's result
//! for inputs listed in a file, for comparison with CPython's `ast` module.

use super::ast::*;
use super::*;

mod cases;

fn parse_ok(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(b) => b,
        Err(e) => panic!("{src:?} failed: {e}"),
    }
}

fn parse_err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(b) => panic!("{src:?} parsed: {}", dump::module(&b)),
        Err(e) => e,
    }
}

fn expr_of(src: &str) -> Expr {
    match parse_expression(src) {
        Ok(e) => e,
        Err(e) => panic!("{src:?} failed: {e}"),
    }
}

/// The expression of a one-statement module, rendered without positions.
fn value(src: &str) -> String {
    match parse_ok(src).remove(0).kind {
        StmtKind::Expr(e) => dump::expr(&e, false),
        other => panic!("{src:?} is not an expression statement: {other:?}"),
    }
}

#[test]
fn ast_matches_cpython() {
    let mut failures = Vec::new();
    for (src, want) in cases::AST {
        match parse_module(src) {
            Ok(b) if dump::module(&b) == *want => {}
            Ok(b) => failures.push(format!("{src:?}\n  want {want}\n  got  {}", dump::module(&b))),
            Err(e) => failures.push(format!("{src:?}\n  want {want}\n  got  {e}")),
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases::AST.len(), failures.join("\n"));
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, col) in cases::ERRORS {
        match parse_module(src) {
            Ok(_) => failures.push(format!("{src:?}: parsed, want {msg:?}")),
            Err(e) if e.kind == kind && e.msg == msg && e.line == line && e.col == col => {}
            Err(e) => failures.push(format!("{src:?}\n  want {kind:?} {msg:?} {line}:{col}\n  got  {e}")),
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases::ERRORS.len(), failures.join("\n"));
}

#[test]
fn incomplete_input() {
    // More lines could complete these (CPython's codeop agrees).
    for src in [
        "if x:",
        "(1,",
        "x = (1,\n2",
        "\"\"\"abc",
        "x = \\",
        "def f(",
        "@dec",
        "@dec\n",
        "for x in y:",
        "class A:\n  def f(self):",
        "try:\n  pass",
        "if x:\n  pass\nelse:",
        "x = [1,\n2,\n",
        "f(x for x in",
        "while True:\n  if x:",
        "with a as b:",
        "async def f():",
        "x = \"\"\"a\nb",
        "print(\"hi\"",
        "a = {1:",
        "x = f\"\"\"{a",
    ] {
        let e = parse_err(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e}");
    }
    // Errors that no further input can fix.
    for src in ["x = 1 +", "x = )", "'abc", "lambda:", "x = 1 if y", "if x", "x = f\"{a", "a b", "x = $"] {
        let e = parse_err(src);
        assert!(!e.incomplete, "{src:?} should not be incomplete: {e}");
    }
    // Complete input parses (the REPL itself waits for a blank line after a block).
    for src in ["x = 1", "if x:\n  pass", "if x:\n  pass\n", "@dec\ndef f(): pass"] {
        parse_ok(src);
    }
}

#[test]
fn expression_input() {
    let e = expr_of("  1 + 2\n\n");
    assert_eq!(dump::expr(&e, true), "(BinOp@1:2 (Constant@1:2 1) Add (Constant@1:6 2))");
    assert_eq!(dump::expr(&expr_of("a, b"), false), "(Tuple [(Name a) (Name b)])");
    assert_eq!(dump::expr(&expr_of("(1 +\n 2)"), false), "(BinOp (Constant 1) Add (Constant 2))");
    assert_eq!(dump::expr(&expr_of("1 + \\\n 2"), false), "(BinOp (Constant 1) Add (Constant 2))");
    assert_eq!(dump::expr(&expr_of("\tx if y else z"), false), "(IfExp (Name y) (Name x) (Name z))");
    for bad in ["", "x = 1", "1\n2", "*a", "if x: y", "1 +"] {
        assert!(parse_expression(bad).is_err(), "{bad:?} should fail");
    }
    // Only the first line's indentation is ignored.
    assert_eq!(parse_expression("  \n  1").unwrap_err().msg, "unexpected indent");
    assert_eq!(parse_expression("*a").unwrap_err().msg, "can't use starred expression here");
}

#[test]
fn positions() {
    let b = parse_ok("if a:\n    x = (1 +\n      2)\n    é = 'ü' + y\n");
    let StmtKind::If { body, .. } = &b[0].kind else { panic!() };
    assert_eq!(body[0].loc, Loc { line: 2, col: 4 });
    let StmtKind::Assign { value, .. } = &body[0].kind else { panic!() };
    // Parentheses do not move an expression's position, as in CPython...
    assert_eq!(value.loc, Loc { line: 2, col: 9 });
    // ...but an operation starting with a parenthesized operand starts there.
    let b = parse_ok("(a + b) * c");
    let StmtKind::Expr(e) = &b[0].kind else { panic!() };
    assert_eq!(e.loc, Loc { line: 1, col: 0 });
    // Columns count characters, not bytes.
    let StmtKind::Assign { value, .. } = &body[1].kind else { panic!() };
    let ExprKind::BinOp { right, .. } = &value.kind else { panic!() };
    assert_eq!(right.loc, Loc { line: 4, col: 14 });

    // Expressions inside f-strings are placed where they are in the source.
    let b = parse_ok("s = f'ab{x}'\nt = f\"\"\"\n  {y + 1}\"\"\"");
    let field = |s: &Stmt| {
        let StmtKind::Assign { value, .. } = &s.kind else { panic!() };
        let ExprKind::JoinedStr(parts) = &value.kind else { panic!() };
        let Some(FPart::Value { value, .. }) = parts.iter().find(|p| matches!(p, FPart::Value { .. })) else {
            panic!()
        };
        value.loc
    };
    assert_eq!(field(&b[0]), Loc { line: 1, col: 9 });
    assert_eq!(field(&b[1]), Loc { line: 3, col: 3 });

    // Decorated definitions are placed at `def`; CRLF and CR end lines too.
    let b = parse_ok("@d\r\nasync def f():\r\n  pass\rx = 1");
    assert_eq!(b[0].loc, Loc { line: 2, col: 0 });
    assert_eq!(b[1].loc, Loc { line: 4, col: 0 });
}

#[test]
fn literals() {
    assert_eq!(value(r"'\N{EM DASH}\N{em dash}\N{NBSP}'"), r#"(Constant "\u{2014}\u{2014}\u{a0}")"#);
    assert_eq!(value(r"'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'"), r#"(Constant "\u{ac01}\u{4e00}")"#);
    assert_eq!(
        value(r"f'\N{GREEK SMALL LETTER ALPHA}{x}'"),
        r#"(JoinedStr [(Constant "\u{3b1}") (FormattedValue (Name x) None None)])"#
    );
    assert!(parse_err(r"'\N{NOT A NAME}'").msg.ends_with("unknown Unicode character name"));
    // Lone surrogates cannot live in UTF-8 strings: they read as U+FFFD.
    assert_eq!(value(r"'\ud800'"), r#"(Constant "\u{fffd}")"#);
    assert_eq!(value(r"b'\777\x41'"), r#"(Constant b"\u{ff}A")"#);
    assert_eq!(value("'a\\\r\nb'"), r#"(Constant "ab")"#);
    assert_eq!(value("'''a\r\nb\rc'''"), r#"(Constant "a\u{a}b\u{a}c")"#);
    assert_eq!(value("0xFFFF_FFFF_FFFF_FFFF_FFFF"), "(Constant 1208925819614629174706175)");
    assert_eq!(value("1e400"), format!("(Constant f{:016x})", f64::INFINITY.to_bits()));
    // Fullwidth letters in identifiers are normalized (NFKC), as in CPython.
    assert_eq!(value("\u{ff41}\u{ff42}"), "(Name ab)");
}

#[test]
fn nesting_limits() {
    parse_ok(&format!("x = {}1{}", "(".repeat(200), ")".repeat(200)));
    let e = parse_err(&format!("x = {}1{}", "(".repeat(201), ")".repeat(201)));
    assert_eq!((e.msg.as_str(), e.col), ("too many nested parentheses", 205));
    assert_eq!(parse_err(&"[".repeat(10000)).msg, "too many nested parentheses");
    // Long chains are fine up to a bound, then rejected rather than risking the
    // native stack in later recursive passes.
    parse_ok(&format!("x = {}1", "-".repeat(1000)));
    parse_ok(&format!("x = {}", vec!["1"; 900].join(" + ")));
    parse_ok(&format!("x = [{}]", vec!["a.b(c)[d]"; 100000].join(", ")));
    for src in [
        format!("x = {}1", "-".repeat(100000)),
        format!("x = {}", vec!["1"; 100000].join("+")),
        format!("x = a{}", ".a".repeat(100000)),
        format!("x = f{}", "()".repeat(100000)),
        format!("x = {}1", "lambda: ".repeat(100000)),
        format!("x = {}1", "lambda a, b: ".repeat(100000)),
        format!("x = {}1", "1 if 2 else ".repeat(100000)),
        format!("x = {}1", "not ".repeat(100000)),
        format!("x = {}2", "2**".repeat(100000)),
        format!("x = {}x", "await ".repeat(100000)),
        format!("x = f'{{{}1}}'", "-".repeat(100000)),
    ] {
        let e = parse_err(&src);
        assert!(e.msg.contains("too many nested"), "{}", e.msg);
    }
    let e = parse_err(&format!("if a: pass\n{}", "elif a: pass\n".repeat(3000)));
    assert!(e.msg.contains("'elif'"), "{}", e.msg);
    let deep: String = (0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
    assert_eq!(parse_err(&format!("{deep}{}pass\n", " ".repeat(120))).msg, "too many levels of indentation");
    parse_ok("f'''{f\"\"\"{f'{f\"{x}\"}'}\"\"\"}'''");
}

#[test]
fn large_inputs_are_linear() {
    let t = std::time::Instant::now();
    parse_ok(&"x = 'a' + y\n".repeat(20000));
    parse_ok(&format!("x = {}", "'ab' ".repeat(20000)));
    parse_ok(&format!("x = [{}]", "'é', ".repeat(20000)));
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}

#[test]
fn odd_input_does_not_panic() {
    for src in [
        "\0",
        "x = 1\0",
        "\u{feff}x = 1",
        "\u{feff}",
        "\\",
        "\r",
        "\r\n\r\n",
        "\x0c",
        "\t\tx",
        "#",
        "'''",
        "'",
        "f'{",
        "f'{{",
        "f'}'",
        "f'{x!'",
        "f'{x:'",
        "f'{x:{'",
        "f'{x:{y:{z}}}'",
        r"f'{\}'",
        "f'{#}'",
        "f'{'a'}'",
        "0x",
        "0b",
        "0o",
        "1e+",
        "1.e",
        "1_000_",
        "0_",
        "09.",
        "1jj",
        "1.2.3",
        "..",
        "....",
        "a.1",
        "€",
        "x€",
        "\u{a0}",
        "\u{200b}",
        "\u{e0100}",
        r"'\N{'",
        r"'\N'",
        r"'\x'",
        r"b'\x'",
        "b'é'",
        r"'\U110000'",
        r"'\U00110000'",
        "with (",
        "with (a",
        "with (a as b",
        "with (a as b):",
        "with ():\n pass",
        "del",
        "del ()",
        "del []",
        "import",
        "from",
        "from .",
        "from . import",
        "lambda *",
        "def f(*, **): pass",
        "class",
        "@",
        "async",
        "await",
        "yield from",
        "(yield from)",
        "x: *a",
        "x = *",
        "*",
        "**",
        "a[",
        "a[:",
        "a[::",
        "f(*)",
        "f(**)",
        "f(a=)",
        "{**}",
        "{*}",
        "[*]",
        "if\n",
        "else:",
        "try:",
        "except",
        "finally",
        "  \n  x",
        "\n\n  x\n y",
        "if x:\n\ty\n        z",
    ] {
        let _ = parse_module(src);
        let _ = parse_expression(src);
    }
}

#[test]
fn fuzz_quick() {
    fuzz(3000);
}

#[test]
#[ignore]
fn fuzz_long() {
    let n = std::env::var("COIL_FUZZ_N").ok().and_then(|s| s.parse().ok()).unwrap_or(200_000);
    fuzz(n);
}

/// Feeds pseudo-random inputs built from Python-ish fragments and random
/// characters; the parser must return (Ok or Err) without panicking.
fn fuzz(n: usize) {
    let frags = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">", "==",
        "!=", ":=", "->", ".", "...", "!", "$", "?", "\\", "\\\n", "\n", "\r\n", "\r", " ", "  ", "\t", "\x0c", "\0",
        "#c", "x", "y1", "é", "€", "\u{a0}", "1", "0x1f", "0b1", "0o7", "1.5", "1e5", "1j", "1_0", "09", "1_", "'",
        "\"", "'''", "\"\"\"", "f'", "f\"", "b'", "rb'", "{x}", "{x!r}", "{x:>{y}}", "{", "}", r"\x4", r"\N{A}",
        r"\u12", "if", "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "from", "import", "as",
        "with", "try", "except", "finally", "lambda", "not", "and", "or", "is", "None", "True", "await", "async",
        "del", "global", "nonlocal", "assert", "raise", "pass", "break", "continue",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
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

/// Undoes the escapes of the harness input files (`\n`, `\t`, `\uXXXX`, ...),
/// which hold one source per line.
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
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('?'));
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

fn input_lines(var: &str) -> Vec<String> {
    let Ok(path) = std::env::var(var) else { return Vec::new() };
    std::fs::read_to_string(path).map(|t| t.lines().map(unescape).collect()).unwrap_or_default()
}

/// `COIL_ORACLE_IN=file`: prints `@@ OK` or `@@ Kind | msg | line | col` per line.
#[test]
#[ignore]
fn oracle_dump() {
    for src in input_lines("COIL_ORACLE_IN") {
        match parse_module(&src) {
            Ok(_) => println!("@@ OK"),
            Err(e) => println!("@@ {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}

/// `COIL_AST_IN=file`: prints the AST dump (or the error) per line.
#[test]
#[ignore]
fn ast_dump() {
    for src in input_lines("COIL_AST_IN") {
        match parse_module(&src) {
            Ok(b) => println!("@@ {}", dump::module(&b)),
            Err(e) => println!("@@ ERR {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
        }
    }
}

/// `COIL_FILES=file`: for each path listed, prints `@@ path` and the file's AST dump.
#[test]
#[ignore]
fn ast_dump_files() {
    let Ok(list) = std::env::var("COIL_FILES") else { return };
    for path in std::fs::read_to_string(list).unwrap_or_default().lines() {
        println!("@@ {path}");
        match std::fs::read_to_string(path) {
            Err(_) => println!("SKIP"),
            Ok(src) => match parse_module(&src) {
                Ok(b) => println!("{}", dump::module(&b)),
                Err(e) => println!("ERR {} | {} | {} | {}", e.type_name(), e.msg, e.line, e.col),
            },
        }
    }
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
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                format!("(AnnAssign{l} {} {} {} {})", x(target), x(annotation), opt(value, true), u8::from(*simple))
            }
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

/// `COIL_FILES=file`: parses each listed file and prints the total time.
#[test]
#[ignore]
fn parse_speed() {
    let Ok(list) = std::env::var("COIL_FILES") else { return };
    let sources: Vec<String> = std::fs::read_to_string(list)
        .unwrap_or_default()
        .lines()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.len()).sum();
    let t = std::time::Instant::now();
    for s in &sources {
        let _ = parse_module(s);
    }
    let el = t.elapsed();
    println!("{} files, {} bytes in {el:?}: {:.1} MB/s", sources.len(), bytes, bytes as f64 / el.as_secs_f64() / 1e6);
}

/// `COIL_FILES=file`: parses random mutations (cuts, duplications, inserted
/// fragments) of each listed file; nothing may panic.
#[test]
#[ignore]
fn fuzz_mutations() {
    let Ok(list) = std::env::var("COIL_FILES") else { return };
    let per_file: usize = std::env::var("COIL_FUZZ_N").ok().and_then(|s| s.parse().ok()).unwrap_or(50);
    let inserts = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "'", "\"", "f'{", "\\", "lambda", "*", "**"];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for path in std::fs::read_to_string(list).unwrap_or_default().lines() {
        let Ok(src) = std::fs::read_to_string(path) else { continue };
        if src.is_empty() {
            continue;
        }
        for _ in 0..per_file {
            let mut s = src.clone();
            for _ in 0..1 + next() % 3 {
                let mut at = (next() as usize) % s.len().max(1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                match next() % 3 {
                    0 => {
                        let mut end = (at + (next() as usize) % 40).min(s.len());
                        while !s.is_char_boundary(end) {
                            end -= 1;
                        }
                        s.replace_range(at..end, "");
                    }
                    1 => s.insert_str(at, inserts[(next() as usize) % inserts.len()]),
                    _ => {
                        let mut end = (at + (next() as usize) % 80).min(s.len());
                        while !s.is_char_boundary(end) {
                            end -= 1;
                        }
                        let piece = s[at..end].to_string();
                        s.insert_str(at, &piece);
                    }
                }
            }
            let _ = parse_module(&s);
        }
    }
}
