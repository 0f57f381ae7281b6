//! The instruction set and code objects.
//!
//! Every instruction is defined once, here, with its stack effect written as
//! `(inputs -- outputs)`, top of stack rightmost. The compiler, the eval loop
//! and the disassembler all match on this one enum, so Rust's exhaustive
//! `match` keeps them in step. Operands are indices into the code object's
//! tables (`consts`, `names`, `varnames`, `cells`) or absolute instruction
//! indices (`Label`).

pub mod dis;

use crate::objects::Value;
use crate::syntax::ast::{BinOp, CmpOp};

/// An absolute instruction index used as a jump target.
pub type Label = u32;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    // ---- loads and stores ----
    /// `( -- consts[i])`
    LoadConst(u32),
    /// `( -- local)` raises UnboundLocalError if unbound.
    LoadFast(u32),
    /// `(v -- )`
    StoreFast(u32),
    /// `( -- )` unbinds a local.
    DeleteFast(u32),
    /// `( -- cell contents)` for cell and free variables (index into cells).
    LoadDeref(u32),
    /// `(v -- )`
    StoreDeref(u32),
    /// `( -- )`
    DeleteDeref(u32),
    /// `( -- cell)` pushes the cell object itself (to build a closure).
    LoadClosure(u32),
    /// `( -- v)` in a class body: the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// `( -- v)` globals then builtins.
    LoadGlobal(u32),
    /// `(v -- )`
    StoreGlobal(u32),
    /// `( -- )`
    DeleteGlobal(u32),
    /// `( -- v)` locals dict, then globals, then builtins (module and class bodies).
    LoadName(u32),
    /// `(v -- )`
    StoreName(u32),
    /// `( -- )`
    DeleteName(u32),
    /// `(obj -- obj.name)`
    LoadAttr(u32),
    /// `( -- local.name)`: fused `LoadFast(i); LoadAttr(n)`, the `LoadAttr`
    /// kept right after it (it takes the name from there and skips it, so a
    /// jump to the `LoadAttr` still works).
    LoadFastAttr(u32),
    /// `( -- local)`: fused `LoadFast(i); LoadFast(j)`, the second kept right
    /// after it; pushes both and skips it (as `LoadFastAttr` does).
    LoadFast2(u32),
    /// `( -- local)`: fused `LoadFast(i); LoadConst(c); BinaryOp(op)`, the two
    /// kept after it: pushes `local op const` and skips them when both are
    /// machine numbers, else acts as `LoadFast`.
    LoadFastConstOp(u32),
    /// `( -- local)`: fused `LoadFast(i); LoadConst(c); CompareOp(op) or
    /// IsOp; PopJumpIf*(l)`, the three kept after it: compares and jumps
    /// (for `CompareOp` when both are machine numbers; else it acts as
    /// `LoadFast`).
    LoadFastConstCompare(u32),
    /// `(v obj -- )` obj.name = v
    StoreAttr(u32),
    /// `(v -- )`: fused `LoadFast(i); StoreAttr(n)` (local.name = v), kept
    /// followed by the `StoreAttr` like `LoadFastAttr`.
    LoadFastStoreAttr(u32),
    /// `(obj -- )`
    DeleteAttr(u32),
    /// `(obj -- method self)` or `(obj -- attr NULL)`; pairs with `CallMethod`.
    LoadMethod(u32),
    /// `(container key -- container[key])`
    BinarySubscr,
    /// `(v container key -- )` container[key] = v
    StoreSubscr,
    /// `(container key -- )`
    DeleteSubscr,

    // ---- stack ----
    /// `(v -- )`
    PopTop,
    /// `(v -- v v)`
    DupTop,
    /// `(a b -- a b a b)`
    DupTop2,
    /// `(a b -- b a)`
    Rot2,
    /// `(a b c -- c a b)`
    Rot3,
    /// `(a b c d -- d a b c)`
    Rot4,

    // ---- operators ----
    /// `(a b -- a op b)`
    BinaryOp(BinOp),
    /// `(a b -- a op= b)` tries `__iop__` first.
    InplaceOp(BinOp),
    /// `(v -- -v)`
    UnaryNegative,
    /// `(v -- +v)`
    UnaryPositive,
    /// `(v -- ~v)`
    UnaryInvert,
    /// `(v -- not v)`
    UnaryNot,
    /// `(a b -- a op b)` for <, <=, ==, !=, >, >= (and is/in handled by IsOp/ContainsOp).
    CompareOp(CmpOp),
    /// `(a b -- a is b)`; `true` means `is not`.
    IsOp(bool),
    /// `(a b -- a in b)`; `true` means `not in`.
    ContainsOp(bool),

    // ---- control flow ----
    /// `( -- )`
    Jump(Label),
    /// `(v -- )`
    PopJumpIfFalse(Label),
    /// `(v -- )`
    PopJumpIfTrue(Label),
    /// `(v -- v)` if falsy jump keeping v, else pop.
    JumpIfFalseOrPop(Label),
    /// `(v -- v)` if truthy jump keeping v, else pop.
    JumpIfTrueOrPop(Label),
    /// `(iterable -- iterator)`
    GetIter,
    /// `(iter -- iter next)`, or pops iter and jumps to the label when exhausted.
    ForIter(Label),
    /// `( -- )` does nothing.
    Nop,

    // ---- building ----
    /// `(v1..vn -- tuple)`
    BuildTuple(u32),
    /// `(v1..vn -- list)`
    BuildList(u32),
    /// `(v1..vn -- set)`
    BuildSet(u32),
    /// `(k1 v1 .. kn vn -- dict)`
    BuildMap(u32),
    /// `(v1..vn keys-tuple -- dict)`
    BuildConstKeyMap(u32),
    /// `(lower upper -- slice)` or `(lower upper step -- slice)`
    BuildSlice(u32),
    /// `(s1..sn -- s1+..+sn)` concatenates str pieces.
    BuildString(u32),
    /// `(v [spec] -- str)`; bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: spec on stack.
    FormatValue(u32),
    /// `(list ... v -- list ...)` appends v to the list `n` below TOS (comprehensions).
    ListAppend(u32),
    /// `(set ... v -- set ...)`
    SetAdd(u32),
    /// `(dict ... k v -- dict ...)`
    MapAdd(u32),
    /// `(list ... iterable -- list ...)` list.extend
    ListExtend(u32),
    /// `(set ... iterable -- set ...)`
    SetUpdate(u32),
    /// `(dict ... mapping -- dict ...)` dict.update
    DictUpdate(u32),
    /// `(dict ... mapping -- dict ...)` like DictUpdate but duplicate keys are a TypeError (`f(**a, **b)`).
    DictMerge(u32),
    /// `(list -- tuple)`
    ListToTuple,
    /// `(seq -- vn..v1)` exactly n items, first item on top.
    UnpackSequence(u32),
    /// `(seq -- ...)` `a, *b, c`: (before << 8) | after items around one list.
    UnpackEx(u32),

    // ---- functions and calls ----
    /// `([defaults] [kwdefaults] [closure] code qualname -- function)`; flag bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple.
    MakeFunction(u32),
    /// `(callable a1..an -- result)`
    Call(u32),
    /// `(callable a1..an kwnames -- result)`: the last len(kwnames) args are keyword values.
    CallKw(u32),
    /// `(callable args-tuple [kwargs-dict] -- result)`; operand 1 when a kwargs dict is present.
    CallEx(u32),
    /// `(method self a1..an -- result)` or `(callable NULL a1..an -- result)`
    CallMethod(u32),
    /// `(callable NULL a1..an kwnames -- result)` / `(method self a1..an kwnames -- result)`
    CallMethodKw(u32),
    /// `(v -- )` returns v from the frame.
    ReturnValue,
    /// `( -- __build_class__)`
    LoadBuildClass,

    // ---- imports ----
    /// `(level fromlist -- module)`
    ImportName(u32),
    /// `(module -- module attr)`
    ImportFrom(u32),
    /// `(module -- )` copies public names into the local namespace.
    ImportStar,

    // ---- exceptions and with ----
    /// `( -- )` pushes an exception handler block. On an exception the stack is
    /// cut back to its depth, then `(-- prev_exc_info exc)` pushed and the
    /// handler runs with a cleanup block that restores `prev_exc_info`.
    SetupExcept(Label),
    /// `(exit res -- exit res)` like `SetupExcept`, but the handler's depth
    /// excludes the `__enter__` result on top (it is stored or popped next).
    SetupWith(Label),
    /// `( -- )` pops the innermost block.
    PopBlock,
    /// `(prev_exc_info -- )` ends a handler: pops its cleanup block and
    /// restores the exception being handled before it.
    PopExcept,
    /// `(exc -- )` re-raises exc keeping its traceback.
    Reraise,
    /// `([exc [cause]] -- )` raise, raise exc, raise exc from cause (operand: count).
    Raise(u32),
    /// `(exc type -- exc bool)` isinstance check for `except type`.
    CheckExcMatch,
    /// `(mgr -- exit enter_result)`
    BeforeWith,
    /// `(exit prev exc -- exit prev exc result)` calls exit(type, exc, tb).
    WithExceptStart,
    /// `(exit -- )` calls exit(None, None, None) on the normal path.
    WithExit,
    /// `( -- AssertionError)`
    LoadAssertionError,

    // ---- generators and coroutines ----
    /// `(v -- sent)` suspends the frame yielding v; resumes with the sent value.
    YieldValue,
    /// `(iterable -- iter)` iter() for `yield from` (generators and coroutines kept as is).
    GetYieldFromIter,
    /// `(iter sent -- iter yielded)` sends into iter and yields its value, or
    /// `(iter sent -- retval)` and jumps to the label when iter returns.
    Send(Label),
    /// `(v -- awaitable_iter)` for `await v`; operand: 0 await, 1 async with enter, 2 async with exit.
    GetAwaitable(u32),
    /// `(aiterable -- aiter)`
    GetAIter,
    /// `(aiter -- aiter awaitable)`
    GetANext,
    /// `(aiter exc -- )` ends `async for` on StopAsyncIteration, else re-raises.
    EndAsyncFor,
    /// `(v -- v)` marks a value yielded by an async generator (wrapped for asend).
    AsyncGenWrap,
    /// `(mgr -- aexit aenter_awaitable)`
    BeforeAsyncWith,

    // ---- misc ----
    /// `(v -- )` REPL: prints repr(v) if not None and stores it in `_`.
    PrintExpr,
    /// `( -- )` creates `__annotations__` in a module or class namespace.
    SetupAnnotations,
}

impl Instr {
    /// Net change in stack depth (taking the branch for jumps that differ is
    /// handled by `jump_effect`).
    pub fn stack_effect(&self) -> i32 {
        use Instr::*;
        match *self {
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
            | LoadGlobal(_) | LoadName(_) => 1,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
            LoadAttr(_) => 0,
            LoadFastAttr(_) | LoadFast2(_) | LoadFastConstOp(_) | LoadFastConstCompare(_) => 1,
            LoadFastStoreAttr(_) => 1,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            PopTop => -1,
            DupTop => 1,
            DupTop2 => 2,
            Rot2 | Rot3 | Rot4 => 0,
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => 0,
            Jump(_) | Nop => 0,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
            GetIter => 0,
            ForIter(_) => 1,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            BuildConstKeyMap(n) => -(n as i32),
            BuildSlice(n) => 1 - n as i32,
            FormatValue(f) => if f & 4 != 0 { -1 } else { 0 },
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
            MapAdd(_) => -2,
            ListToTuple => 0,
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(n) => ((n >> 8) + (n & 0xff)) as i32,
            MakeFunction(f) => -1 - (f & 1) as i32 - ((f >> 1) & 1) as i32 - ((f >> 2) & 1) as i32 - ((f >> 3) & 1) as i32,
            Call(n) => -(n as i32),
            CallKw(n) => -(n as i32) - 1,
            CallEx(f) => -1 - (f & 1) as i32,
            CallMethod(n) => -(n as i32) - 1,
            CallMethodKw(n) => -(n as i32) - 2,
            ReturnValue => -1,
            LoadBuildClass => 1,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            SetupExcept(_) | SetupWith(_) | PopBlock => 0,
            PopExcept => -1,
            Reraise => -1,
            Raise(n) => -(n as i32),
            CheckExcMatch => 0,
            BeforeWith => 1,
            WithExceptStart => 1,
            WithExit => -1,
            LoadAssertionError => 1,
            YieldValue => 0,
            GetYieldFromIter => 0,
            Send(_) => 0,
            GetAwaitable(_) => 0,
            GetAIter => 0,
            GetANext => 1,
            EndAsyncFor => -2,
            AsyncGenWrap => 0,
            BeforeAsyncWith => 1,
            PrintExpr => -1,
            SetupAnnotations => 0,
        }
    }

    /// Stack effect when the jump is taken, for instructions whose branch
    /// differs from their fall-through.
    pub fn jump_effect(&self) -> Option<i32> {
        use Instr::*;
        match *self {
            Jump(_) => Some(0),
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => Some(-1),
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => Some(0),
            ForIter(_) => Some(-1),
            // the handler starts at the block's depth plus (prev_exc, exc).
            SetupExcept(_) => Some(2),
            SetupWith(_) => Some(1),
            Send(_) => Some(-1),
            _ => None,
        }
    }

    /// The jump target, if any.
    pub fn target(&self) -> Option<Label> {
        use Instr::*;
        match *self {
            Jump(l) | PopJumpIfFalse(l) | PopJumpIfTrue(l) | JumpIfFalseOrPop(l) | JumpIfTrueOrPop(l)
            | ForIter(l) | SetupExcept(l) | SetupWith(l) | Send(l) => Some(l),
            _ => None,
        }
    }

    pub fn set_target(&mut self, to: Label) {
        use Instr::*;
        match self {
            Jump(l) | PopJumpIfFalse(l) | PopJumpIfTrue(l) | JumpIfFalseOrPop(l) | JumpIfTrueOrPop(l)
            | ForIter(l) | SetupExcept(l) | SetupWith(l) | Send(l) => *l = to,
            _ => {}
        }
    }
}

/// Set in `ListExtend`'s operand when the list collects call arguments
/// (`f(*x)`): errors then name the function, as CPython does.
pub const CALL_ARGS: u32 = 1 << 16;

/// Code flags (CPython's CO_* meanings).
pub mod flags {
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compiled function, class body, comprehension or module.
#[derive(Clone)]
pub struct PyCode {
    pub name: String,
    pub qualname: String,
    pub filename: std::rc::Rc<str>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Attribute, global and name-lookup names (as str values).
    pub names: Vec<Value>,
    /// Local variable names; parameters come first.
    pub varnames: Vec<String>,
    /// Cell variables (locals captured by inner functions), then free variables.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter: (cell index, local index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub max_stack: u32,
    /// Docstring, if the body starts with one.
    pub doc: Option<String>,
    /// Only positional parameters and no cell variables: a call with exactly
    /// `argcount` positional arguments can move them straight into the frame.
    pub simple_args: bool,
    /// Where `LoadGlobal` of each name last found its value (see GlobalCache).
    pub global_cache: Box<[std::cell::RefCell<GlobalCache>]>,
    /// For each name: the last two instance classes it was read or stored
    /// on, the latest first (a method inherited by two subclasses sees both).
    pub attr_cache: Box<[[std::cell::Cell<AttrCache>; 2]]>,
    /// For each name: the methods `LoadMethod` last found under it, on the
    /// last two receiver classes (the latest first).
    pub method_cache: Box<[[std::cell::RefCell<MethodCache>; 2]]>,
}

/// The method a `LoadMethod` of some name last found: on objects whose class
/// is `class` (an address, valid at type epoch `epoch`: any class change or
/// creation bumps the epoch), the class attribute `method`, a function or
/// builtin, unless an instance's own dict holds the name.
#[derive(Default, Clone)]
pub struct MethodCache {
    pub class: usize,
    pub epoch: u64,
    pub method: Option<Value>,
}

/// Whether an instance attribute `name` of class `class` (an address, valid
/// at type epoch `epoch`: any class change or creation bumps the epoch) lives
/// only in the instance dict: the class defines nothing of that name and no
/// `__getattribute__` (`load`) or `__setattr__` (`store`, user classes only).
/// `index` is where the name was last found in an instance dict: instances
/// of one class usually get their attributes in the same order, so it is
/// usually right for the next instance too (checked by the key's address).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    pub class: usize,
    pub epoch: u64,
    pub load: bool,
    pub store: bool,
    pub index: u32,
}

/// Where a global name was last found: the entry of the globals dict holding
/// it, or (while the globals dict's keys are unchanged) the builtins entry.
/// An entry index is checked by its key, which is the interned name itself,
/// so a value is always read fresh from its dict; only the absence of the
/// name from the globals needs the dict's structural version.
#[derive(Default, Clone)]
pub enum GlobalCache {
    #[default]
    Empty,
    /// `globals` (kept alive, so its address cannot be reused) entry `ix`.
    Global { globals: crate::objects::Obj, ix: usize },
    /// builtins entry `ix`, with `globals` at structural version `version`.
    Builtin { globals: crate::objects::Obj, version: u64, ix: usize },
}

impl PyCode {
    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    /// Slots a frame of this code needs: locals, cells, the deepest stack.
    pub fn frame_size(&self) -> usize {
        self.varnames.len() + self.ncells() + self.max_stack as usize
    }
    /// Number of parameters including *args and **kwargs.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }
}
