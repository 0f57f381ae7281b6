//! The `_sha512` module: `sha512` and `sha384` hash objects (update,
//! digest, hexdigest, copy), as `random.seed` and `hashlib` use them.

use sha2::{Digest, Sha384, Sha512};

use crate::modules::builtins::native;
use crate::objects::methods::{check_kw, kwarg};
use crate::objects::native::{native_data, NativeObject};
use crate::objects::typeobj::Layout;
use crate::objects::{Obj, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_property, new_type};
use crate::vm::{PyResult, Vm};

/// A running hash of either width.
#[derive(Clone)]
enum Hasher {
    S512(Sha512),
    S384(Sha384),
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::S512(h) => h.update(data),
            Hasher::S384(h) => h.update(data),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self {
            Hasher::S512(h) => h.clone().finalize().to_vec(),
            Hasher::S384(h) => h.clone().finalize().to_vec(),
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Hasher::S512(_) => "sha512",
            Hasher::S384(_) => "sha384",
        }
    }
}

thread_local! {
    static TYPES: std::cell::RefCell<Option<(Obj, Obj)>> = const { std::cell::RefCell::new(None) };
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_sha512", None);
    let object = vm.types().object.clone();
    let t512 = new_type("sha512", vec![object.clone()], Layout::Builtin, false);
    let t384 = new_type("sha384", vec![object], Layout::Builtin, false);
    for t in [&t512, &t384] {
        if let PyObject::Type(ty) = &**t {
            *ty.module.borrow_mut() = "_sha512".to_string();
        }
        add_method(t, "update", hash_update);
        add_method(t, "digest", hash_digest);
        add_method(t, "hexdigest", hash_hexdigest);
        add_method(t, "copy", hash_copy);
        add_property(t, "name", hash_name);
        add_property(t, "digest_size", hash_digest_size);
        add_property(t, "block_size", hash_block_size);
    }
    TYPES.with(|t| *t.borrow_mut() = Some((t512.clone(), t384.clone())));
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            d.set_str("sha512", native("sha512", new_sha512));
            d.set_str("sha384", native("sha384", new_sha384));
            d.set_str("SHA512Type", Value::Obj(t512));
            d.set_str("SHA384Type", Value::Obj(t384));
        }
    }
    m
}

/// The bytes of a bytes-like argument, with hashlib's messages.
fn data_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) => match &**o {
            PyObject::Bytes(b) => Ok(b.to_vec()),
            PyObject::ByteArray(b) => Ok(b.borrow().clone()),
            PyObject::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
            _ => Err(vm.type_error("object supporting the buffer API required")),
        },
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn make_hash(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], h: Hasher) -> PyResult<Value> {
    check_kw(vm, name, kw, &["string", "usedforsecurity"])?;
    if args.len() > 1 {
        return Err(vm.type_error(&format!("{}() takes at most 1 positional argument ({} given)", name, args.len())));
    }
    let mut h = h;
    if let Some(s) = args.first().or_else(|| kwarg(kw, "string")) {
        let data = data_of(vm, s)?;
        h.update(&data);
    }
    let cls = TYPES.with(|t| t.borrow().as_ref().map(|(a, b)| if name == "sha512" { a.clone() } else { b.clone() }));
    let cls = cls.unwrap_or_else(|| vm.types().object.clone());
    Ok(NativeObject::new_value(cls, h))
}

fn new_sha512(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    make_hash(vm, "sha512", args, kw, Hasher::S512(Sha512::new()))
}

fn new_sha384(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    make_hash(vm, "sha384", args, kw, Hasher::S384(Sha384::new()))
}

fn hasher<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<std::cell::RefMut<'a, Hasher>> {
    args.first().and_then(native_data::<Hasher>).ok_or_else(|| vm.type_error("a sha512 hash object is required"))
}

fn hash_update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("update() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let data = data_of(vm, &args[1])?;
    hasher(vm, args)?.update(&data);
    Ok(Value::None)
}

fn hash_digest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bytes(hasher(vm, args)?.digest()))
}

fn hash_hexdigest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = hasher(vm, args)?.digest();
    Ok(Value::string(d.iter().map(|b| format!("{:02x}", b)).collect()))
}

fn hash_copy(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let h = hasher(vm, args)?.clone();
    let cls = vm.type_of(&args[0]);
    Ok(NativeObject::new_value(cls, h))
}

fn hash_name(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::str(hasher(vm, args)?.name()))
}

fn hash_digest_size(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Int(hasher(vm, args)?.digest().len() as i64))
}

fn hash_block_size(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    hasher(vm, args)?;
    Ok(Value::Int(128))
}
