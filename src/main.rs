//! The `coil` command line, modelled on python3's:
//! `coil script.py args...`, `coil -c CODE`, `coil -m module`, `coil --version`,
//! `coil --dis file.py`, `coil -X option`, and the REPL with no arguments.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use coil::objects::{PyObject, Value};

/// Python programs allocate many small objects; mimalloc serves them
/// noticeably faster than the system allocator. Built without transparent
/// huge pages (Cargo.toml): with them, each purge of freed memory breaks a
/// 2 MiB page that the next allocation faults back in and zeroes whole, which
/// cost dicts_strings.py 40% of its time in the kernel.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use coil::vm::{PyErr, Vm};

const USAGE: &str = "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
Options:\n\
  -c cmd   : program passed in as string\n\
  -m mod   : run library module as a script\n\
  -i       : inspect interactively after running script\n\
  -X opt   : implementation-specific option (gilstats)\n\
  --dis    : print the bytecode of file instead of running it\n\
  -V, --version : print the version number and exit\n\
  -h, --help    : print this help message and exit\n";

enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

struct Options {
    target: Target,
    args: Vec<String>,
    dis: bool,
    interactive: bool,
    xopts: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut it = std::env::args().skip(1);
    let mut o = Options { target: Target::Repl, args: Vec::new(), dis: false, interactive: false, xopts: Vec::new() };
    while let Some(a) = it.next() {
        match a.as_str() {
            "-V" | "--version" => {
                println!("coil {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "-h" | "--help" => {
                print!("{}", USAGE);
                std::process::exit(0);
            }
            "--dis" => o.dis = true,
            "-i" => o.interactive = true,
            "-u" | "-B" | "-E" | "-s" | "-S" | "-O" => {}
            "-X" => o.xopts.push(it.next().ok_or("Argument expected for the -X option")?),
            "-c" => {
                let cmd = it.next().ok_or("Argument expected for the -c option")?;
                o.target = Target::Command(cmd);
                o.args = it.collect();
                return Ok(o);
            }
            "-m" => {
                let m = it.next().ok_or("Argument expected for the -m option")?;
                o.target = Target::Module(m);
                o.args = it.collect();
                return Ok(o);
            }
            "-" => {
                o.target = Target::Stdin;
                o.args = it.collect();
                return Ok(o);
            }
            s if s.starts_with("-X") => o.xopts.push(s[2..].to_string()),
            s if s.starts_with("-c") && s.len() > 2 => {
                o.target = Target::Command(s[2..].to_string());
                o.args = it.collect();
                return Ok(o);
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("Unknown option: {}", s)),
            _ => {
                o.target = Target::Script(a);
                o.args = it.collect();
                return Ok(o);
            }
        }
    }
    // Like python3: the program comes from stdin when it is not a terminal,
    // unless -i asks for the prompt anyway (prompts then go to stderr).
    if !o.interactive && !std::io::stdin().is_terminal() {
        o.target = Target::Stdin;
    }
    Ok(o)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{}\n{}", e, USAGE.lines().next().unwrap_or(""));
            return ExitCode::from(2);
        }
    };
    // Deep recursion lives on the heap, but native re-entry (repr of nested
    // containers, sort keys) uses the Rust stack: give the interpreter a big one.
    let worker = std::thread::Builder::new().name("coil-main".into()).stack_size(2 << 30).spawn(move || run(opts));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("coil: internal error");
            ExitCode::from(70)
        }
    }
}

/// The exit status for an uncaught exception (printing it as CPython does).
fn handle_uncaught(vm: &mut Vm, e: &PyErr) -> u8 {
    coil::modules::sys::flush_stdout(vm);
    if vm.err_is(e, "SystemExit") {
        let code = vm.getattr_str(&Value::Obj(e.0.clone()), "code").unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as u8,
            Value::Bool(b) => b as u8,
            other => {
                let s = vm.str_of(&other).unwrap_or_default();
                coil::modules::sys::write_stderr(vm, &format!("{}\n", s));
                1
            }
        };
    }
    vm.print_exception(e);
    // CPython dies by SIGINT here; the shell shows that as status 130.
    if vm.err_is(e, "KeyboardInterrupt") {
        return 130;
    }
    1
}

fn read_source(vm: &mut Vm, path: &str) -> Result<String, u8> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                let bytes = e.into_bytes();
                let (line, byte) = first_bad_byte(&bytes);
                coil::modules::sys::write_stderr(
                    vm,
                    &format!(
                        "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                        byte, path, line
                    ),
                );
                Err(1)
            }
        },
        Err(e) => {
            let exe = std::env::args().next().unwrap_or_else(|| "coil".into());
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!("{}: can't open file '{}': [Errno {}] {}", exe, absolute(path), errno, strerror(&e));
            Err(2)
        }
    }
}

fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

fn absolute(p: &str) -> String {
    std::path::absolute(p).map(|a| a.to_string_lossy().to_string()).unwrap_or_else(|_| p.to_string())
}

fn first_bad_byte(b: &[u8]) -> (usize, u8) {
    let valid = std::str::from_utf8(b).err().map(|e| e.valid_up_to()).unwrap_or(0);
    let line = b[..valid].iter().filter(|&&c| c == b'\n').count() + 1;
    (line, b.get(valid).copied().unwrap_or(0))
}

fn main_module(vm: &mut Vm, file: Option<&str>) -> coil::objects::Obj {
    let m = vm.new_module("__main__", file);
    let Value::Obj(mo) = &m else { unreachable!("module is an object") };
    let PyObject::Module(md) = &**mo else { unreachable!("module") };
    let dict = md.dict.clone();
    Vm::dict_of(&vm.interp.modules).borrow_mut().set_str("__main__", m.clone());
    dict
}

fn set_path0(vm: &mut Vm, dir: String) {
    if let PyObject::List(l) = &*vm.interp.path {
        l.borrow_mut().insert(0, Value::string(dir));
    }
}

fn run(opts: Options) -> u8 {
    coil::runtime::breaker::install_sigint_handler();
    let argv0 = match &opts.target {
        Target::Script(s) => s.clone(),
        Target::Command(_) => "-c".to_string(),
        Target::Module(_) => String::new(),
        Target::Stdin | Target::Repl => String::new(),
    };
    let mut argv = vec![argv0];
    argv.extend(opts.args.iter().cloned());
    let mut vm = Vm::new(argv);
    // This thread has a 2 GiB stack (see main); leave a quarter as margin.
    vm.stack_budget = 3 << 29;
    for x in &opts.xopts {
        let (k, v) = x.split_once('=').unwrap_or((x.as_str(), ""));
        vm.interp.options.borrow_mut().insert(k.to_string(), v.to_string());
    }
    let status = match &opts.target {
        Target::Script(path) => {
            let source = match read_source(&mut vm, path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let dir = std::path::Path::new(path).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let dir = if dir.is_empty() { absolute(".") } else { absolute(&dir) };
            set_path0(&mut vm, dir);
            if opts.dis {
                return match vm.compile_source(&source, path, coil::compiler::Mode::Exec) {
                    Ok(code) => {
                        print!("{}", coil::bytecode::dis::disassemble(&code));
                        0
                    }
                    Err(e) => handle_uncaught(&mut vm, &e),
                };
            }
            // CPython 3.11 runs the script under its absolute name (cwd
            // joined as is, `.` and `..` kept): `__file__`, tracebacks.
            let file = if std::path::Path::new(path).is_absolute() {
                path.clone()
            } else {
                std::env::current_dir().map(|d| format!("{}/{}", d.display(), path)).unwrap_or_else(|_| path.clone())
            };
            let globals = main_module(&mut vm, Some(&file));
            match vm.exec_source(&source, &file, &globals) {
                Ok(_) => 0,
                Err(e) => handle_uncaught(&mut vm, &e),
            }
        }
        Target::Command(cmd) => {
            set_path0(&mut vm, String::new());
            let globals = main_module(&mut vm, None);
            match vm.exec_source(cmd, "<string>", &globals) {
                Ok(_) => 0,
                Err(e) => handle_uncaught(&mut vm, &e),
            }
        }
        Target::Module(name) => {
            set_path0(&mut vm, absolute("."));
            run_module(&mut vm, name)
        }
        Target::Stdin => {
            set_path0(&mut vm, String::new());
            let mut src = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut src) {
                eprintln!("coil: cannot read stdin: {}", e);
                return 1;
            }
            let globals = main_module(&mut vm, None);
            match vm.exec_source(&src, "<stdin>", &globals) {
                Ok(_) => 0,
                Err(e) => handle_uncaught(&mut vm, &e),
            }
        }
        Target::Repl => {
            set_path0(&mut vm, String::new());
            let globals = main_module(&mut vm, None);
            coil::repl::run(&mut vm, &globals)
        }
    };
    let status = if opts.interactive && !matches!(opts.target, Target::Repl) {
        let globals = match Vm::dict_of(&vm.interp.modules).borrow().get_str("__main__") {
            Some(Value::Obj(m)) => match &**m {
                PyObject::Module(md) => Some(md.dict.clone()),
                _ => None,
            },
            _ => None,
        };
        match globals {
            Some(g) => coil::repl::run(&mut vm, &g),
            None => status,
        }
    } else {
        status
    };
    wait_for_threads(&mut vm);
    coil::modules::sys::flush_stdout(&vm);
    if vm.interp.options.borrow().contains_key("gilstats") {
        eprint!("{}", coil::runtime::gilstats::report());
    }
    // End the process from here, still holding the GIL: daemon threads stay
    // frozen, as in CPython's finalization.
    std::process::exit(status as i32)
}

/// Like CPython at exit: wait for the non-daemon threads (`threading._shutdown`).
fn wait_for_threads(vm: &mut Vm) {
    let threading = Vm::dict_of(&vm.interp.modules).borrow().get_str("threading").cloned();
    let Some(threading) = threading else { return };
    let r = vm.getattr_str(&threading, "_shutdown").and_then(|f| vm.call(f, &[]));
    if let Err(e) = r {
        coil::modules::sys::flush_stdout(vm);
        vm.print_exception(&e);
    }
}

fn run_module(vm: &mut Vm, name: &str) -> u8 {
    // Find the source like an import would, then run it as __main__.
    let path = format!("{}.py", name.replace('.', "/"));
    let (source, file) = if std::path::Path::new(&path).is_file() {
        match read_source(vm, &path) {
            Ok(s) => (s, absolute(&path)),
            Err(c) => return c,
        }
    } else if let Some(fr) = vm.interp.frozen.get(name) {
        (fr.source.to_string(), format!("<frozen {}>", name))
    } else {
        let exe = std::env::args().next().unwrap_or_else(|| "coil".into());
        eprintln!("{}: No module named {}", exe, name);
        return 1;
    };
    if let Some(first) = vm.interp.argv.borrow_mut().first_mut() {
        *first = file.clone();
    }
    let globals = main_module(vm, Some(&file));
    match vm.exec_source(&source, &file, &globals) {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    }
}
