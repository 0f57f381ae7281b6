//! Native modules (written in Rust), created on first import.

pub mod builtins;
pub mod collections;
pub mod condition;
pub mod coil_native;
pub mod io_file;
pub mod math;
pub mod os;
pub mod random;
pub mod sha512;
pub mod queue;
pub mod re;
pub mod sys;
pub mod thread;
pub mod time;
pub mod zlib;

use crate::objects::{PyObject, Value};
use crate::vm::{PyResult, Vm};

/// Creates the modules that exist from the start (`sys`, `builtins`).
pub fn install_native_modules(vm: &mut Vm) {
    let sys = sys::make(vm);
    let modules = vm.interp.modules.clone();
    Vm::dict_of(&modules).borrow_mut().set_str("sys", sys.clone());
    if let Value::Obj(o) = &sys {
        *vm.interp.sys.borrow_mut() = Some(o.clone());
    }
    // The builtins module is a view of the builtins dict itself.
    let builtins = Value::from_obj(PyObject::Module(Box::new(crate::objects::Module {
        name: "builtins".to_string(),
        dict: vm.interp.builtins.clone(),
    })));
    Vm::dict_of(&modules).borrow_mut().set_str("builtins", builtins);
}

/// A native module by name, if there is one.
pub fn load_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "time" => Some(time::make(vm)),
        "math" => Some(math::make(vm)),
        "_random" => Some(random::make(vm)),
        "_os" => Some(os::make(vm)),
        "zlib" => Some(zlib::make(vm)),
        "_sha512" => Some(sha512::make(vm)),
        "_coil" => Some(coil_native::make(vm)),
        "_thread" => Some(thread::make(vm)),
        "_queue" => Some(queue::make(vm)),
        "_collections" => Some(collections::make(vm)),
        "_re" => Some(re::make(vm)),
        _ => None,
    })
}

/// The traceback of an exception as `exc.__traceback__` / `sys.exc_info()[2]`
/// show it: a chain of traceback objects from the outermost frame (where
/// the exception was caught) to the innermost (where it was raised), each
/// with `tb_lineno`, `tb_next` and `tb_frame` (whose `f_code` and
/// `f_lineno` say which code and line).
pub fn traceback_object(vm: &mut Vm, exc: &Value) -> Value {
    let Value::Obj(o) = exc else { return Value::None };
    let PyObject::Exception(e) = &**o else { return Value::None };
    let entries = e.traceback.borrow().clone();
    if entries.is_empty() {
        return Value::None;
    }
    let object = vm.types().object.clone();
    let tb_cls = crate::vm::builtins_types::new_type("traceback", vec![object.clone()], crate::objects::typeobj::Layout::Instance, false);
    let frame_cls = crate::vm::builtins_types::new_type("frame", vec![object], crate::objects::typeobj::Layout::Instance, false);
    let make = |cls: &crate::objects::Obj, d: crate::objects::PyDict| {
        let inst = crate::objects::Instance::new(cls.clone(), None);
        *inst.dict().borrow_mut() = d;
        Value::from_obj(PyObject::Instance(inst))
    };
    // Entries are innermost first: build the chain from its tail.
    let mut next = Value::None;
    for ent in &entries {
        let mut fd = crate::objects::PyDict::new();
        fd.set_str("f_code", Value::from_obj(PyObject::Code(ent.code.clone())));
        fd.set_str("f_lineno", Value::Int(ent.line as i64));
        let frame = make(&frame_cls, fd);
        let mut td = crate::objects::PyDict::new();
        td.set_str("tb_frame", frame);
        td.set_str("tb_lineno", Value::Int(ent.line as i64));
        td.set_str("tb_next", next);
        next = make(&tb_cls, td);
    }
    next
}
