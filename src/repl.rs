//! The interactive prompt: `>>> ` / `... ` with rustyline, multi-line input
//! decided by the parser (`SyntaxError::incomplete`), expression echo and `_`.

use rustyline::error::ReadlineError;

use crate::compiler::Mode;
use crate::objects::Obj;
use crate::vm::Vm;

/// Runs the REPL until end of input; returns the exit status.
pub fn run(vm: &mut Vm, globals: &Obj) -> u8 {
    println!("coil {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let Ok(mut rl) = rustyline::DefaultEditor::new() else {
        eprintln!("coil: cannot start the line editor");
        return 1;
    };
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                if !buffer.is_empty() {
                    buffer.push('\n');
                }
                buffer.push_str(&line);
                let block_open = !buffer.is_empty() && buffer.contains('\n') && !line.trim().is_empty();
                match crate::syntax::parse_module(&buffer) {
                    Err(e) if e.incomplete => continue,
                    Ok(_) if block_open || (line.trim_end().ends_with(':') && !buffer.contains('\n')) => continue,
                    _ => {}
                }
                let _ = rl.add_history_entry(buffer.as_str());
                let src = std::mem::take(&mut buffer);
                if src.trim().is_empty() {
                    continue;
                }
                let r = vm.compile_source(&src, "<stdin>", Mode::Single).and_then(|code| vm.run_code(code, globals, None));
                crate::modules::sys::flush_stdout(vm);
                if let Err(e) = r {
                    if vm.err_is(&e, "SystemExit") {
                        let code = vm.getattr_str(&crate::objects::Value::Obj(e.0.clone()), "code").ok();
                        return match code {
                            Some(crate::objects::Value::Int(i)) => (i & 0xff) as u8,
                            _ => 0,
                        };
                    }
                    vm.print_exception(&e);
                }
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buffer.clear();
            }
            Err(_) => {
                println!();
                return 0;
            }
        }
    }
}
