//! The Rust embedding API: run statements, evaluate expressions, see errors.

#[test]
fn run_and_eval() {
    let mut py = coil::Interpreter::new();
    py.run("x = [i * i for i in range(10)]\ndef f(a, b=2):\n    return a ** b\n").expect("run");
    assert_eq!(py.eval("sum(x)").expect("eval"), "285");
    assert_eq!(py.eval("f(3)").expect("eval"), "9");
    assert_eq!(py.eval("'a' + 'b'").expect("eval"), "'ab'");
}

#[test]
fn errors_come_back_as_tracebacks() {
    let mut py = coil::Interpreter::new();
    let err = py.run("1 / 0").expect_err("must fail");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    let err = py.eval("undefined_name").expect_err("must fail");
    assert!(err.contains("NameError: name 'undefined_name' is not defined"), "{err}");
    // The interpreter stays usable after an error.
    assert_eq!(py.eval("1 + 1").expect("eval"), "2");
}

#[test]
fn python_threads_run_while_the_host_allows() {
    let mut py = coil::Interpreter::new();
    py.run("import threading\nout = []\ngo = threading.Event()\nt = threading.Thread(target=lambda: (go.wait(), out.append(1)))\nt.start()\ngo.set()")
        .expect("run");
    // The thread needs the GIL to finish; give it up for a while.
    let mut finished = false;
    for _ in 0..200 {
        py.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(5)));
        if py.eval("t.is_alive()").expect("eval") == "False" {
            finished = true;
            break;
        }
    }
    assert!(finished, "the Python thread never ran");
    assert_eq!(py.eval("out").expect("eval"), "[1]");
}

#[test]
fn value_is_small() {
    assert!(std::mem::size_of::<coil::objects::Value>() <= 16);
}

#[test]
fn heap_objects_stay_small() {
    // Every Rc'd object pays for the largest variant: keep big ones boxed.
    assert!(std::mem::size_of::<coil::objects::PyObject>() <= 80);
}
