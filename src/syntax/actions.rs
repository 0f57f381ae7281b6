//! Helpers for the grammar's actions: building nodes, and the checks that an LR
//! grammar leaves to code (assignment targets, argument and parameter order),
//! with CPython 3.11's messages.

use std::collections::HashSet;

use super::ast::*;
use super::fstring::extend_parts;
use super::lexer::StrLit;
use super::SyntaxError;

/// What the grammar's single start rule produced.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// The grammar's error type: a lexer error (kept by the driver) or a check
/// failed in an action.
#[derive(Clone, Debug)]
pub(crate) enum PErr {
    Lex,
    Grammar(SyntaxError),
}

pub(crate) type ActionResult<T> = Result<T, lalrpop_util::ParseError<Loc, super::lexer::Tok, PErr>>;

fn fail<T>(msg: impl Into<String>, loc: Loc) -> ActionResult<T> {
    Err(user(SyntaxError::at(msg, loc)))
}

pub(crate) fn user(e: SyntaxError) -> lalrpop_util::ParseError<Loc, super::lexer::Tok, PErr> {
    lalrpop_util::ParseError::User { error: PErr::Grammar(e) }
}

/// Elif chains nest: bound them like other nesting.
const MAX_ELIF_CHAIN: usize = 2000;

pub(crate) fn expr(loc: Loc, kind: ExprKind) -> Expr {
    Expr { loc, kind }
}

pub(crate) fn stmt(loc: Loc, kind: StmtKind) -> Stmt {
    Stmt { loc, kind }
}

pub(crate) fn binop(loc: Loc, left: Expr, op: BinOp, right: Expr) -> Expr {
    expr(loc, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) })
}

pub(crate) fn unary(loc: Loc, op: UnaryOp, operand: Expr) -> Expr {
    expr(loc, ExprKind::UnaryOp { op, operand: Box::new(operand) })
}

pub(crate) fn constant(loc: Loc, c: Constant) -> Expr {
    expr(loc, ExprKind::Constant(c))
}

pub(crate) fn name(loc: Loc, id: String) -> Expr {
    expr(loc, ExprKind::Name(id))
}

/// `a or b or c`: one node for the whole chain.
pub(crate) fn boolop(loc: Loc, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    if rest.is_empty() {
        return first;
    }
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(loc, ExprKind::BoolOp { op, values })
}

pub(crate) fn compare(loc: Loc, left: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    if rest.is_empty() {
        return left;
    }
    let (ops, comparators) = rest.into_iter().unzip();
    expr(loc, ExprKind::Compare { left: Box::new(left), ops, comparators })
}

/// A comma-separated list: a tuple when there is a comma, else the single item.
pub(crate) fn tuple_or_single(loc: Loc, mut items: Vec<Expr>, trailing_comma: bool) -> Expr {
    if items.len() == 1 && !trailing_comma {
        return items.pop().unwrap_or_else(|| expr(loc, ExprKind::Tuple(Vec::new())));
    }
    expr(loc, ExprKind::Tuple(items))
}

/// `(items)`: a parenthesized expression or a tuple.
pub(crate) fn paren_items(loc: Loc, mut items: Vec<Expr>, trailing_comma: bool) -> ActionResult<Expr> {
    if items.len() == 1 && !trailing_comma {
        let e = items.pop().unwrap_or_else(|| expr(loc, ExprKind::Tuple(Vec::new())));
        if let ExprKind::Starred(_) = e.kind {
            return fail("cannot use starred expression here", e.loc);
        }
        return Ok(e);
    }
    Ok(expr(loc, ExprKind::Tuple(items)))
}

/// A value that may not be a bare `*x` (`x = *a`, `return *a`).
pub(crate) fn no_bare_star(e: Expr) -> ActionResult<Expr> {
    if let ExprKind::Starred(_) = e.kind {
        return fail("can't use starred expression here", e.loc);
    }
    Ok(e)
}

/// The element of a comprehension may not be starred.
pub(crate) fn comp_element(e: Expr) -> ActionResult<Expr> {
    if let ExprKind::Starred(_) = e.kind {
        return fail("iterable unpacking cannot be used in comprehension", e.loc);
    }
    Ok(e)
}

/// Joins implicitly concatenated literals into one constant or f-string.
pub(crate) fn strings(loc: Loc, parts: Vec<(Loc, StrLit, Loc)>) -> ActionResult<Expr> {
    let is_bytes = matches!(parts.first(), Some((_, StrLit::Bytes(_), _)));
    if parts.iter().any(|(_, p, _)| matches!(p, StrLit::Bytes(_)) != is_bytes) {
        let end = parts.last().map_or(loc, |p| p.2);
        return fail("cannot mix bytes and nonbytes literals", end);
    }
    if is_bytes {
        let mut out = Vec::new();
        for (_, p, _) in parts {
            if let StrLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(constant(loc, Constant::Bytes(out)));
    }
    if !parts.iter().any(|(_, p, _)| matches!(p, StrLit::Format(_))) {
        let mut out = String::new();
        for (_, p, _) in parts {
            if let StrLit::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(constant(loc, Constant::Str(out)));
    }
    let mut fparts = Vec::new();
    for (_, p, _) in parts {
        match p {
            StrLit::Format(more) => extend_parts(&mut fparts, more),
            StrLit::Str(s) => extend_parts(&mut fparts, vec![FPart::Literal(s)]),
            StrLit::Bytes(_) => {}
        }
    }
    Ok(expr(loc, ExprKind::JoinedStr(fparts)))
}

/// The noun CPython uses for an expression in messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Store,
    Del,
}

/// The first sub-expression that cannot be assigned to (or deleted).
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred(inner) if kind == TargetKind::Store => invalid_target(inner, kind),
        _ => Some(e),
    }
}

/// Checks the use of `*x` in a store target: only inside a tuple or list, and
/// at most once per tuple or list.
fn check_starred(e: &Expr, top: bool) -> ActionResult<()> {
    match &e.kind {
        ExprKind::Starred(inner) => {
            if top {
                return fail("starred assignment target must be in a list or tuple", e.loc);
            }
            check_starred(inner, true)
        }
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            if elts.iter().filter(|x| matches!(x.kind, ExprKind::Starred(_))).count() > 1 {
                return fail("multiple starred expressions in assignment", e.loc);
            }
            elts.iter().try_for_each(|x| check_starred(x, false))
        }
        _ => Ok(()),
    }
}

/// A store to `__debug__` (a name, or an attribute of that name) within a target.
fn debug_target(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => Some(e),
        ExprKind::Attribute { attr, .. } if attr == "__debug__" => Some(e),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(debug_target),
        ExprKind::Starred(inner) => debug_target(inner),
        _ => None,
    }
}

fn check_debug(e: &Expr, verb: &str) -> ActionResult<()> {
    match debug_target(e) {
        Some(d) => fail(format!("cannot {verb} __debug__"), d.loc),
        None => Ok(()),
    }
}

/// Validates a `for`/`with`/comprehension/later-`=` target.
pub(crate) fn store_target(e: Expr) -> ActionResult<Expr> {
    if let Some(bad) = invalid_target(&e, TargetKind::Store) {
        return fail(format!("cannot assign to {}", expr_name(bad)), bad.loc);
    }
    check_starred(&e, true)?;
    check_debug(&e, "assign to")?;
    Ok(e)
}

/// Validates each target of `del`.
pub(crate) fn del_targets(targets: Vec<Expr>) -> ActionResult<Vec<Expr>> {
    for t in &targets {
        if let Some(bad) = invalid_target(t, TargetKind::Del) {
            return fail(format!("cannot delete {}", expr_name(bad)), bad.loc);
        }
        check_debug(t, "delete")?;
    }
    Ok(targets)
}

/// Whether CPython's parser sees this node at the `bitwise_or` level, where its
/// "Maybe you meant '=='" hints apply.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
    )
}

/// The first target of an assignment statement. `bare_tuple` tells whether it is
/// an unparenthesized tuple; `stmt_loc` is where the statement starts, which
/// tells a parenthesized `(yield)` from a bare `yield`.
fn first_target(e: Expr, bare_tuple: bool, stmt_loc: Loc, single: bool) -> ActionResult<Expr> {
    if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && e.loc == stmt_loc {
        return fail("assignment to yield expression not possible", e.loc);
    }
    let Some(bad) = invalid_target(&e, TargetKind::Store) else {
        check_starred(&e, true)?;
        check_debug(&e, "assign to")?;
        return Ok(e);
    };
    if !single {
        return fail(format!("cannot assign to {}", expr_name(bad)), bad.loc);
    }
    // CPython's hint applies to the expression just before a lone `=`.
    let last = match &e.kind {
        ExprKind::Tuple(elts) if bare_tuple => elts.last().unwrap_or(&e),
        _ => &e,
    };
    let excluded = matches!(
        last.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
    );
    if let ExprKind::Name(_) = last.kind {
        return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.loc);
    }
    if !excluded && is_bitwise_or_level(last) {
        let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(last));
        return fail(msg, last.loc);
    }
    fail(format!("cannot assign to {}", expr_name(bad)), bad.loc)
}

/// An expression statement or an assignment: `first (= rest)*`. Each item of
/// `rest` tells whether it is an unparenthesized `yield`.
pub(crate) fn assign_or_expr(loc: Loc, first: (Expr, bool), mut rest: Vec<(Expr, bool)>) -> ActionResult<Stmt> {
    let (first, bare_tuple) = first;
    let Some((value, _)) = rest.pop() else {
        return Ok(stmt(loc, StmtKind::Expr(no_bare_star(first)?)));
    };
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first_target(first, bare_tuple, loc, rest.is_empty())?);
    for (t, bare_yield) in rest {
        if bare_yield {
            return fail("assignment to yield expression not possible", t.loc);
        }
        targets.push(store_target(t)?);
    }
    let value = no_bare_star(value)?;
    Ok(stmt(loc, StmtKind::Assign { targets, value }))
}

pub(crate) fn aug_assign(loc: Loc, target: Expr, op: BinOp, value: Expr) -> ActionResult<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target));
            return fail(msg, target.loc);
        }
    }
    check_debug(&target, "assign to")?;
    let value = no_bare_star(value)?;
    Ok(stmt(loc, StmtKind::AugAssign { target, op, value }))
}

pub(crate) fn ann_assign(loc: Loc, target: Expr, annotation: Expr, value: Option<Expr>) -> ActionResult<Stmt> {
    match target.kind {
        ExprKind::Tuple(_) => return fail("only single target (not tuple) can be annotated", target.loc),
        ExprKind::List(_) => return fail("only single target (not list) can be annotated", target.loc),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => return fail("illegal target for annotation", target.loc),
    }
    check_debug(&target, "assign to")?;
    // `(x): int` is not "simple": CPython does not store it in __annotations__.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.loc == loc;
    let value = value.map(no_bare_star).transpose()?;
    Ok(stmt(loc, StmtKind::AnnAssign { target, annotation, value, simple }))
}

/// `name := value`: only a plain name may be bound.
pub(crate) fn named_expr(loc: Loc, target: Expr, value: Expr) -> ActionResult<Expr> {
    check_debug(&target, "assign to")?;
    match target.kind {
        ExprKind::Name(id) => Ok(expr(loc, ExprKind::NamedExpr { target: id, value: Box::new(value) })),
        _ => fail(format!("cannot use assignment expressions with {}", expr_name(&target)), target.loc),
    }
}

/// `if`/`elif`/`else`: folds the elif clauses into nested `If` statements.
pub(crate) fn if_stmt(
    loc: Loc,
    test: Expr,
    body: Body,
    elifs: Vec<(Loc, Expr, Body)>,
    orelse: Option<Body>,
) -> ActionResult<Stmt> {
    if elifs.len() > MAX_ELIF_CHAIN {
        return fail("too many 'elif' clauses (nesting too deep to compile)", elifs[MAX_ELIF_CHAIN].0);
    }
    let mut tail = orelse.unwrap_or_default();
    for (l, t, b) in elifs.into_iter().rev() {
        tail = vec![stmt(l, StmtKind::If { test: t, body: b, orelse: tail })];
    }
    Ok(stmt(loc, StmtKind::If { test, body, orelse: tail }))
}

pub(crate) fn try_stmt(
    loc: Loc,
    body: Body,
    handlers: Vec<Handler>,
    orelse: Option<Body>,
    finalbody: Option<Body>,
) -> ActionResult<Stmt> {
    for h in handlers.iter().take(handlers.len().saturating_sub(1)) {
        if h.typ.is_none() {
            return fail("default 'except:' must be last", h.loc);
        }
    }
    Ok(stmt(
        loc,
        StmtKind::Try { body, handlers, orelse: orelse.unwrap_or_default(), finalbody: finalbody.unwrap_or_default() },
    ))
}

/// One item of a call's argument list, before order checks.
pub(crate) enum Arg {
    Positional(Expr),
    /// A bare generator expression argument: `f(x for x in y)`.
    Generator(Expr),
    Star(Loc, Expr),
    /// `name=value`; the position is where the argument starts, which tells a
    /// parenthesized `(name)=value` (an error) from a plain one.
    Keyword(Loc, Expr, Expr),
    DoubleStar(Expr),
}

/// Checks and splits a call's arguments. `trailing_comma` matters for a bare
/// generator expression, which must be the only argument.
/// `close` is the position of the closing parenthesis, where CPython reports
/// arguments out of order; `call_loc` where the call (or class) starts.
pub(crate) fn call_args(
    items: Vec<Arg>,
    trailing_comma: bool,
    close: Loc,
    call_loc: Loc,
) -> ActionResult<(Vec<Expr>, Vec<Keyword>)> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut names = HashSet::new();
    for item in items {
        match item {
            Arg::Generator(g) => {
                if count > 1 || trailing_comma {
                    return fail("Generator expression must be parenthesized", g.loc);
                }
                args.push(g);
            }
            Arg::Positional(e) => {
                if seen_double_star {
                    return fail("positional argument follows keyword argument unpacking", close);
                }
                if seen_keyword {
                    return fail("positional argument follows keyword argument", close);
                }
                args.push(e);
            }
            Arg::Star(loc, e) => {
                if seen_double_star {
                    return fail("iterable argument unpacking follows keyword argument unpacking", loc);
                }
                args.push(expr(loc, ExprKind::Starred(Box::new(e))));
            }
            Arg::Keyword(loc, target, value) => {
                if let ExprKind::Constant(Constant::True | Constant::False | Constant::None) = target.kind {
                    return fail(format!("cannot assign to {}", expr_name(&target)), target.loc);
                }
                let id = match target.kind {
                    ExprKind::Name(id) if target.loc == loc => id,
                    _ => {
                        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                        return fail(msg, target.loc);
                    }
                };
                if id == "__debug__" {
                    return fail("cannot assign to __debug__", call_loc);
                }
                if !names.insert(id.clone()) {
                    return fail(format!("keyword argument repeated: {id}"), loc);
                }
                seen_keyword = true;
                keywords.push(Keyword { name: Some(id), value });
            }
            Arg::DoubleStar(e) => {
                seen_double_star = true;
                keywords.push(Keyword { name: None, value: e });
            }
        }
    }
    Ok((args, keywords))
}

/// `open` is the opening parenthesis, `end` the position just after the closing one.
pub(crate) fn call(loc: Loc, func: Expr, args: Option<(Vec<Arg>, bool)>, open: Loc, end: Loc) -> ActionResult<Expr> {
    let (mut items, trailing) = args.unwrap_or_default();
    // A bare generator argument shares the call's parentheses, and its position.
    if let ([Arg::Generator(g)], false) = (&mut items[..], trailing) {
        g.loc = open;
    }
    let close = Loc { line: end.line, col: end.col.saturating_sub(1) };
    let (args, keywords) = call_args(items, trailing, close, loc)?;
    Ok(expr(loc, ExprKind::Call { func: Box::new(func), args, keywords }))
}

/// Class bases: like call arguments, but a bare generator is a plain syntax error.
pub(crate) fn class_args(
    args: Option<(Vec<Arg>, bool)>,
    loc: Loc,
    end: Loc,
) -> ActionResult<(Vec<Expr>, Vec<Keyword>)> {
    let (items, trailing) = args.unwrap_or_default();
    if let Some(Arg::Generator(g)) = items.iter().find(|a| matches!(a, Arg::Generator(_))) {
        return fail("invalid syntax", g.loc);
    }
    let close = Loc { line: end.line, col: end.col.saturating_sub(1) };
    call_args(items, trailing, close, loc)
}

/// One item of a parameter list, before order checks.
pub(crate) enum ParamItem {
    Plain(Param, Option<Expr>),
    /// `*args` (or a bare `*` when `None`), with the position of a `=` default,
    /// which is always an error.
    Star(Loc, Option<Param>, Option<Loc>),
    DoubleStar(Loc, Param, Option<Loc>),
    Slash(Loc),
}

pub(crate) fn param(loc: Loc, name: String, annotation: Option<Expr>) -> Param {
    Param { loc, name, annotation }
}

/// Builds `Params` from a parameter list, with CPython's checks and messages.
/// `def_loc` is where the `def` or `lambda` starts; `lambda_colon` is the `:`
/// ending a lambda's parameters, where CPython reports a bare `*` with nothing
/// after it.
pub(crate) fn params(items: Vec<ParamItem>, def_loc: Loc, lambda_colon: Option<Loc>) -> ActionResult<Params> {
    let p = param_structure(items, lambda_colon)?;
    // Name checks come after the structural ones, as in CPython (where they
    // belong to a later phase).
    let all = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
    let mut names: HashSet<&str> = HashSet::new();
    for prm in all {
        if prm.name == "__debug__" {
            return fail("cannot assign to __debug__", def_loc);
        }
        if !names.insert(&prm.name) {
            return fail(format!("duplicate argument '{}' in function definition", prm.name), prm.loc);
        }
    }
    Ok(p)
}

fn param_structure(items: Vec<ParamItem>, lambda_colon: Option<Loc>) -> ActionResult<Params> {
    if let [ParamItem::Slash(loc)] = items[..] {
        return fail("invalid syntax", loc);
    }
    let mut p = Params::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut bare_star_at: Option<Loc> = None;
    let mut seen_default = false;
    let mut after_kwarg = false;
    for item in items {
        if after_kwarg {
            let at = match &item {
                ParamItem::Plain(prm, _) => prm.loc,
                ParamItem::Star(l, ..) | ParamItem::DoubleStar(l, ..) | ParamItem::Slash(l) => *l,
            };
            return fail("arguments cannot follow var-keyword argument", at);
        }
        match item {
            ParamItem::Plain(prm, default) => {
                if seen_star {
                    bare_star_at = None;
                    p.kwonly.push(prm);
                    p.kw_defaults.push(default);
                    continue;
                }
                match default {
                    Some(d) => {
                        seen_default = true;
                        p.defaults.push(d);
                    }
                    None if seen_default => {
                        return fail("non-default argument follows default argument", prm.loc);
                    }
                    None => {}
                }
                p.args.push(prm);
            }
            ParamItem::Slash(loc) => {
                if seen_slash {
                    return fail("/ may appear only once", loc);
                }
                if seen_star {
                    return fail("/ must be ahead of *", loc);
                }
                if p.args.is_empty() {
                    return fail("at least one argument must precede /", loc);
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(loc, prm, default) => {
                if seen_star {
                    return fail("* argument may appear only once", loc);
                }
                if let Some(at) = default {
                    return fail("var-positional argument cannot have default value", at);
                }
                seen_star = true;
                match prm {
                    Some(prm) => p.vararg = Some(prm),
                    None => bare_star_at = Some(loc),
                }
            }
            ParamItem::DoubleStar(loc, prm, default) => {
                if let Some(at) = default {
                    return fail("var-keyword argument cannot have default value", at);
                }
                if let Some(star) = bare_star_at {
                    return fail("named arguments must follow bare *", if lambda_colon.is_some() { loc } else { star });
                }
                p.kwarg = Some(prm);
                after_kwarg = true;
            }
        }
    }
    if let Some(star) = bare_star_at {
        return fail("named arguments must follow bare *", lambda_colon.unwrap_or(star));
    }
    Ok(p)
}

/// `import a.b.c as d`: the dotted name as one string.
pub(crate) fn dotted(first: String, rest: Vec<String>) -> String {
    let mut s = first;
    for part in rest {
        s.push('.');
        s.push_str(&part);
    }
    s
}
