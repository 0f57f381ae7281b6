//! The abstract syntax tree produced by the parser and consumed by the compiler.
//!
//! Shapes follow CPython's `ast` module where that is convenient; positions are
//! 1-based lines and 0-based columns (as CPython reports in SyntaxError, col+1).

use num_bigint::BigInt;

/// A source position: 1-based line, 0-based column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

/// A statement with its position.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

/// An expression with its position.
#[derive(Clone, Debug)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

pub type Body = Vec<Stmt>;

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `x: int = 3` (the annotation is evaluated only for simple names at module/class level in CPython;
    /// coil evaluates nothing but the value).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    If { test: Expr, body: Body, orelse: Body },
    While { test: Expr, body: Body, orelse: Body },
    For { target: Expr, iter: Expr, body: Body, orelse: Body, is_async: bool },
    With { items: Vec<WithItem>, body: Body, is_async: bool },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Body, handlers: Vec<Handler>, orelse: Body, finalbody: Body },
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` (`names` is empty with `star` for `import *`).
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32, star: bool },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub loc: Loc,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Body,
}

#[derive(Clone, Debug)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: String,
    pub params: Params,
    pub body: Body,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Body,
    pub decorators: Vec<Expr>,
}

/// A function's parameter list, in CPython's `arguments` layout.
#[derive(Clone, Debug, Default)]
pub struct Params {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
    /// Defaults for the last `defaults.len()` of posonly+args.
    pub defaults: Vec<Expr>,
    /// One per kwonly parameter; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub loc: Loc,
    pub name: String,
    pub annotation: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub name: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `name := value`
    NamedExpr { target: String, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { params: Box<Params>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// An f-string: literal pieces and formatted values, in order.
    JoinedStr(Vec<FPart>),
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: String },
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// `*x` in a call, a display or an assignment target.
    Starred(Box<Expr>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// One piece of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    Literal(String),
    /// `{value!conversion:spec}`; `spec` is itself an f-string (it may nest `{}`).
    Value { value: Box<Expr>, conversion: Option<char>, spec: Option<Vec<FPart>> },
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
