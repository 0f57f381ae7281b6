//! Native modules (written in Rust), created on first import.

pub mod builtins;
pub mod collections;
pub mod coil_native;
pub mod io_file;
pub mod math;
pub mod os;
pub mod random;
pub mod sha512;
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
        "_collections" => Some(collections::make(vm)),
        "_re" => Some(re::make(vm)),
        _ => None,
    })
}

/// A minimal traceback object for `exc.__traceback__` / `sys.exc_info()[2]`:
/// exposes `tb_lineno` of the innermost-outermost entry like CPython's head.
pub fn traceback_object(vm: &mut Vm, exc: &Value) -> Value {
    let Value::Obj(o) = exc else { return Value::None };
    let PyObject::Exception(e) = &**o else { return Value::None };
    let tb = e.traceback.borrow();
    let Some(head) = tb.last() else { return Value::None };
    let mut d = crate::objects::PyDict::new();
    d.set_str("tb_lineno", Value::Int(head.line as i64));
    d.set_str("tb_next", Value::None);
    d.set_str("tb_frame", Value::None);
    let cls = crate::vm::builtins_types::new_type("traceback", vec![vm.types().object.clone()], crate::objects::typeobj::Layout::Instance, false);
    let inst = crate::objects::Instance::new(cls, None);
    *inst.dict().borrow_mut() = d;
    Value::from_obj(PyObject::Instance(inst))
}
