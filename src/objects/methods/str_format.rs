//! PLACEHOLDER until the str helper lands its file (printf-style formatting).
use crate::objects::Value;
use crate::vm::{PyResult, Vm};
pub fn percent_format(vm: &mut Vm, _fmt: &str, _args: &Value) -> PyResult<Value> {
    Err(vm.type_error("% formatting not ready"))
}
