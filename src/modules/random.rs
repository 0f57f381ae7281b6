//! The `_random` module: `_random.Random`, the Mersenne Twister (MT19937)
//! core that `random.Random` derives from, seeded exactly as CPython seeds
//! it, so a seeded program draws the same numbers under coil and CPython.
//!
//! Seeding: an int seed's absolute value is cut into 32-bit words (least
//! significant first) and fed to `init_by_array`; any other object is
//! seeded by its hash (as an unsigned machine word); None reads 624 words
//! from the OS. `random()` takes 27 + 26 bits from two outputs.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::modules::builtins::native;
use crate::objects::methods::this;
use crate::objects::native::{native_data, NativeObject};
use crate::objects::typeobj::Layout;
use crate::objects::{Obj, PyObject, Value};
use crate::vm::builtins_types::{add_method, add_staticmethod, new_type};
use crate::vm::ops::as_int;
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;

/// The generator state: 624 words and the position of the next one.
pub struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x80000000;
        const LOWER: u32 = 0x7fffffff;
        const MAG: [u32; 2] = [0, 0x9908b0df];
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
        }
        self.index = 0;
    }

    /// The next 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// A non-negative int of `k` random bits (k > 0).
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &out)
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_random", None);
    let cls = new_type("Random", vec![vm.types().object.clone()], Layout::Builtin, false);
    if let PyObject::Type(t) = &*cls {
        *t.module.borrow_mut() = "_random".to_string();
    }
    add_staticmethod(&cls, "__new__", random_new);
    add_method(&cls, "__init__", random_init);
    add_method(&cls, "seed", random_seed);
    add_method(&cls, "random", random_random);
    add_method(&cls, "getrandbits", random_getrandbits);
    add_method(&cls, "getstate", random_getstate);
    add_method(&cls, "setstate", random_setstate);
    if let Value::Obj(o) = &m {
        if let PyObject::Module(md) = &**o {
            let mut d = Vm::dict_of(&md.dict).borrow_mut();
            d.set_str("Random", Value::Obj(cls));
            d.set_str("urandom", native("urandom", urandom));
        }
    }
    m
}

/// The builtin type at the root of a (possibly user) class's ancestry.
fn builtin_root(cls: &Obj) -> Obj {
    match &**cls {
        PyObject::Type(t) if t.heap => t.builtin_base.clone().unwrap_or_else(|| cls.clone()),
        _ => cls.clone(),
    }
}

/// `Random.__new__(cls, seed=None)`: the exact type is seeded here; a
/// subclass starts zeroed and is seeded by `__init__` (as in CPython).
fn random_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let root = builtin_root(&cls);
    if std::rc::Rc::ptr_eq(&cls, &root) {
        let obj = NativeObject::new_value(root, Mt { mt: [0; N], index: 0 });
        init_args(vm, &obj, &args[1..], kw, true)?;
        return Ok(obj);
    }
    let obj = NativeObject::new_value(root, Mt { mt: [0; N], index: 0 });
    Ok(Value::from_obj(PyObject::Instance(crate::objects::Instance::new(cls, Some(obj)))))
}

/// `Random.__init__(self, seed=None)`
fn random_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of '_random.Random' object needs an argument"));
    }
    init_args(vm, &this(args), &args[1..], kw, true)?;
    Ok(Value::None)
}

fn init_args(vm: &mut Vm, obj: &Value, args: &[Value], kw: &[(Value, Value)], check_kw: bool) -> PyResult<()> {
    if check_kw && !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_from(vm, obj, args.first().unwrap_or(&Value::None))
}

/// The generator of a method call's `self`.
fn state<'a>(vm: &Vm, me: &'a Value, name: &str) -> PyResult<std::cell::RefMut<'a, Mt>> {
    match native_data::<Mt>(me) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(&format!("descriptor '{}' requires a '_random.Random' object", name))),
    }
}

/// 624 words from the OS (or, failing that, from the clock and pid).
fn os_seed_words() -> Vec<u32> {
    let bytes = crate::runtime::allow_threads(|| {
        use std::io::Read;
        let mut buf = vec![0u8; N * 4];
        std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map(|_| buf)
    });
    match bytes {
        Ok(b) => b.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        Err(_) => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let ns = t.as_nanos() as u64;
            vec![ns as u32, (ns >> 32) as u32, std::process::id(), 0]
        }
    }
}

/// Seeds `me` from `arg` the way CPython's `_random.Random.seed` does.
fn seed_from(vm: &mut Vm, me: &Value, arg: &Value) -> PyResult<()> {
    let key: Vec<u32> = if arg.is_none() {
        os_seed_words()
    } else {
        let n: BigInt = match (arg, as_int(arg)) {
            (Value::Int(_), Some(i)) => i.to_big().abs(),
            (Value::Obj(o), Some(i)) if matches!(&**o, PyObject::BigInt(_)) => i.to_big().abs(),
            _ => BigInt::from(vm.hash(arg)? as u64),
        };
        let (_, words) = n.to_u32_digits();
        if words.is_empty() {
            vec![0]
        } else {
            words
        }
    };
    state(vm, me, "seed")?.init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("Random.seed() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("seed expected at most 1 argument, got {}", args.len() - 1)));
    }
    let me = this(args);
    seed_from(vm, &me, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 || !kw.is_empty() {
        return Err(vm.type_error(&format!("Random.random() takes no arguments ({} given)", args.len().saturating_sub(1) + kw.len())));
    }
    let me = this(args);
    let r = state(vm, &me, "random")?.random();
    Ok(Value::float(r))
}

fn random_getrandbits(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("Random.getrandbits() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("Random.getrandbits() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let k = crate::modules::math::index(vm, &args[1])?;
    let k = match as_int(&k).and_then(|i| i.to_big().to_i32()) {
        Some(k) => k,
        None => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let me = this(args);
    let r = state(vm, &me, "getrandbits")?.getrandbits(k as u64);
    Ok(Value::from_bigint(r))
}

fn random_getstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let me = this(args);
    let s = state(vm, &me, "getstate")?;
    let mut items: Vec<Value> = s.mt.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(s.index as i64));
    Ok(Value::tuple(items))
}

fn random_setstate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("Random.setstate() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let Some(items) = args[1].as_tuple() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (i, item) in items[..N].iter().enumerate() {
        let Some(v) = as_int(item) else { return Err(vm.type_error("an integer is required")) };
        let b = v.to_big();
        if b.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(w) = b.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        words[i] = w as u32;
    }
    let index = match as_int(&items[N]).map(|i| i.to_big().to_i64()) {
        Some(Some(i)) => i,
        Some(None) => return Err(vm.overflow_error("Python int too large to convert to C long")),
        None => return Err(vm.type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let me = this(args);
    let mut s = state(vm, &me, "setstate")?;
    s.mt = words;
    s.index = index as usize;
    Ok(Value::None)
}

/// `urandom(n)`: n bytes from the OS's random source.
pub fn urandom(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::methods::check_args(vm, "urandom", args, 1, 1)?;
    let n = vm.index_value(&args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let bytes = crate::runtime::allow_threads(move || {
        use std::io::Read;
        let mut buf = vec![0u8; n as usize];
        std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map(|_| buf)
    });
    match bytes {
        Ok(b) => Ok(Value::bytes(b)),
        Err(e) => Err(crate::objects::methods::exceptions::os_error(vm, &e, None)),
    }
}
