//! The interactive prompt.
//!
//! Most tests pipe a session into `coil -i`, which runs the same prompt loop
//! as the terminal REPL but reads plain lines and writes its prompts to stderr,
//! exactly as `python3 -i < file` does; the expected output below was produced
//! by python3 3.11 (only the two banner lines differ).
//!
//! `terminal_session` drives the line editor through a pseudo-terminal made by
//! util-linux `script`; it is skipped where `script` is missing.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn coil() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_coil"));
    c.env_remove("COIL_HISTORY");
    c
}

/// Runs `coil args...` with `input` on stdin: (status, stdout, stderr).
fn run(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = coil()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start coil");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait for coil");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The stderr of a session without its two banner lines (checked here).
fn after_banner(err: &str) -> &str {
    let mut lines = err.splitn(3, '\n');
    let first = lines.next().unwrap_or("");
    assert!(first.starts_with(&format!("coil {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"))), "banner: {err:?}");
    let second = lines.next().unwrap_or("");
    assert!(second.contains("\"exit()\""), "banner hint: {err:?}");
    lines.next().unwrap_or("")
}

const SESSION: &str = r#"def add(a, b):
    s = a + b
    return s

add(2, 3)
_
_ * 2
None
print(None)
1/0
x = 5
x
x = )
1 +
if x:
    y = x * 2

y
exit
def g():
    return undefined_name

g()
_
x = (1,

2)
x
s = """a

b"""
s
if 1:

@dec

try:
    pass

x = \

print("a"); 5
for i in range(2):
    # comment
    
    i

   
# comment
import sys
sys.ps1 = 'py> '
sys.ps2 = '.. '
if 1:
    4

"#;

const SESSION_OUT: &str = r#"5
5
10
None
5
10
Use exit() or Ctrl-D (i.e. EOF) to exit
Use exit() or Ctrl-D (i.e. EOF) to exit
(1, 2)
'a\n\nb'
a
5
0
1
4
"#;

const SESSION_ERR: &str = r#">>> ... ... ... >>> >>> >>> >>> >>> >>> Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> >>> >>>   File "<stdin>", line 1
    x = )
        ^
SyntaxError: unmatched ')'
>>>   File "<stdin>", line 1
    1 +
       ^
SyntaxError: invalid syntax
>>> ... ... >>> >>> >>> ... ... >>> Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "<stdin>", line 2, in g
NameError: name 'undefined_name' is not defined
>>> >>> ... ... >>> >>> ... ... >>> >>> ...   File "<stdin>", line 2
    
    ^
IndentationError: expected an indented block after 'if' statement on line 1
>>> ...   File "<stdin>", line 2
    
    ^
SyntaxError: invalid syntax
>>> ... ...   File "<stdin>", line 3
    
    ^
SyntaxError: expected 'except' or 'finally' block
>>> ...   File "<stdin>", line 2
    
    ^
SyntaxError: invalid syntax
>>> >>> ... ... ... ... >>> >>> >>> >>> py> py> .. .. py> 
"#;

/// Functions across lines, echo and `_`, None not echoed, tracebacks and
/// SyntaxErrors that leave the session going, blocks ended by an empty line,
/// brackets and strings spanning empty lines, sys.ps1/ps2, EOF → status 0.
#[test]
fn session_matches_python3() {
    let (status, out, err) = run(&["-i"], SESSION);
    assert_eq!(out, SESSION_OUT);
    assert_eq!(after_banner(&err), SESSION_ERR);
    assert_eq!(status, 0);
}

#[test]
fn exit_and_quit() {
    let (status, out, err) = run(&["-i"], "exit(3)\nprint('not reached')\n");
    assert_eq!((status, out.as_str(), after_banner(&err)), (3, "", ">>> "));
    let (status, out, _) = run(&["-i"], "print('hi')\nquit()\nprint('not reached')\n");
    assert_eq!((status, out.as_str()), (0, "hi\n"));
    let (status, _, err) = run(&["-i"], "raise SystemExit('bye')\n");
    assert_eq!((status, after_banner(&err)), (1, ">>> bye\n"));
    let (status, _, _) = run(&["-i"], "import sys; sys.exit(4)\n");
    assert_eq!(status, 4);
    // repr and type, as site's Quitter.
    let (_, out, _) = run(&["-i"], "quit\ntype(exit).__name__\n");
    assert_eq!(out, "Use quit() or Ctrl-D (i.e. EOF) to exit\n'Quitter'\n");
}

/// At end of input inside a chunk, python3 runs a finished block, or reports
/// the parser's error, then leaves.
#[test]
fn end_of_input_inside_a_chunk() {
    let (status, out, err) = run(&["-i"], "if 1:\n  print(5)");
    assert_eq!((status, out.as_str(), after_banner(&err)), (0, "5\n", ">>> ... ... \n>>> \n"));
    let (_, _, err) = run(&["-i"], "x = (1,\n");
    assert_eq!(
        after_banner(&err),
        ">>> ... \n  File \"<stdin>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n>>> \n"
    );
}

/// `coil -i script.py` runs the script, then prompts in its namespace, even
/// after the script failed.
#[test]
fn inspect_after_script() {
    let dir = std::env::temp_dir().join(format!("coil-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let ok = dir.join("ok.py");
    std::fs::write(&ok, "x = 41\nprint('ran')\n").expect("write script");
    let (status, out, _) = run(&["-i", ok.to_str().expect("path")], "x + 1\n");
    assert_eq!((status, out.as_str()), (0, "ran\n42\n"));
    let bad = dir.join("bad.py");
    std::fs::write(&bad, "y = 1\n1/0\n").expect("write script");
    let (status, out, err) = run(&["-i", bad.to_str().expect("path")], "y\n");
    assert_eq!((status, out.as_str()), (0, "1\n"));
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.contains("ZeroDivisionError: division by zero\ncoil "), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Without -i and with stdin not a terminal, the program is read from stdin.
#[test]
fn piped_program_has_no_prompts() {
    let (status, out, err) = run(&[], "print(1)\nx = 2\nx\n");
    assert_eq!((status, out.as_str(), err.as_str()), (0, "1\n", ""));
}

/// `await` at the prompt is a SyntaxError until there is an event loop.
#[test]
fn top_level_await() {
    let (status, _, err) = run(&["-i"], "await x\n1\n");
    assert!(after_banner(&err).contains("SyntaxError: 'await' outside"), "{err}");
    assert_eq!(status, 0);
}

// ---------------------------------------------------------------------------
// Through a pseudo-terminal

/// `coil` under util-linux `script`, its output collected by a thread.
struct Pty {
    child: std::process::Child,
    input: Option<std::process::ChildStdin>,
    output: Arc<Mutex<Vec<u8>>>,
}

/// rustyline turns bracketed paste on each time it starts reading a line.
const READLINE_START: &str = "\x1b[?2004h";

impl Pty {
    fn start(history: &std::path::Path) -> Option<Pty> {
        let version = Command::new("script").arg("--version").output().ok()?;
        if !String::from_utf8_lossy(&version.stdout).contains("util-linux") {
            return None;
        }
        let mut child = Command::new("script")
            .args(["-qfec", env!("CARGO_BIN_EXE_coil"), "/dev/null"])
            .env("COIL_HISTORY", history)
            .env("TERM", "xterm")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        let mut out = child.stdout.take()?;
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("output lock").extend_from_slice(&buf[..n]);
            }
        });
        let input = child.stdin.take();
        let mut pty = Pty { child, input, output };
        // No prompt at all (script failed, say for want of /dev/pts): no usable terminal.
        let start = Instant::now();
        while !pty.text().contains(READLINE_START) {
            let exited = pty.child.try_wait().map(|s| s.is_some()).unwrap_or(true);
            if exited || start.elapsed() > Duration::from_secs(30) {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if !pty.text().contains(READLINE_START) {
            let _ = pty.child.kill();
            let _ = pty.child.wait();
            return None;
        }
        Some(pty)
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("output lock")).into_owned()
    }

    fn wait(&self, done: impl Fn(&str) -> bool) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if done(&self.text()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Types `keys`, then waits for the editor to read the next line.
    fn send(&mut self, keys: &str) {
        let before = self.text().matches(READLINE_START).count();
        let input = self.input.as_mut().expect("pty input");
        input.write_all(keys.as_bytes()).expect("write to pty");
        input.flush().expect("flush pty");
        let ok = self.wait(|o| o.matches(READLINE_START).count() > before);
        assert!(ok, "no new prompt after {keys:?}; output:\n{}", clean(&self.text()));
    }

    /// Sends `keys` that end the session; returns (status, cleaned output).
    fn finish(mut self, keys: &str) -> (i32, String) {
        let input = self.input.as_mut().expect("pty input");
        input.write_all(keys.as_bytes()).expect("write to pty");
        input.flush().expect("flush pty");
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("wait for script") {
                break s.code().unwrap_or(-1);
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                panic!("coil did not leave; output:\n{}", clean(&self.text()));
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(self.input.take());
        std::thread::sleep(Duration::from_millis(100));
        (status, clean(&self.text()))
    }
}

/// Terminal output without escape sequences and carriage returns.
fn clean(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\x1b' => {
                if it.peek() == Some(&'[') {
                    it.next();
                    while let Some(&d) = it.peek() {
                        it.next();
                        if d.is_ascii_alphabetic() || d == '~' {
                            break;
                        }
                    }
                }
            }
            '\r' | '\x07' => {}
            c => out.push(c),
        }
    }
    out
}

/// Asserts that `want` occur as whole lines of `output`, in this order.
fn assert_lines_in_order(output: &str, want: &[&str]) {
    let mut lines = output.lines();
    for w in want {
        assert!(lines.any(|l| l == *w), "missing line {w:?} (in order) in:\n{output}");
    }
}

#[test]
fn terminal_session() {
    let history = std::env::temp_dir().join(format!("coil-repl-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let Some(mut pty) = Pty::start(&history) else {
        eprintln!("terminal_session skipped: no util-linux `script` or no pseudo-terminal");
        return;
    };
    // Auto-indent: the body lines are typed without indentation.
    pty.send("def add(a, b):\r");
    pty.send("return a + b\r");
    pty.send("\r");
    pty.send("add(40, 2)\r");
    pty.send("_\r");
    pty.send("None\r");
    pty.send("1/0\r");
    pty.send("x = )\r");
    pty.send("add(1, 1)\r");
    // Ctrl-C drops the line being typed and the chunk being entered.
    pty.send("abc\x03");
    pty.send("if 1:\r");
    pty.send("x = 1\x03");
    // Tab completion of an attribute and of a global name.
    pty.send("import sys\r");
    pty.send("sys.setrec\t100)\r");
    pty.send("sys.getrecursionlim\t)\r");
    pty.send("ad\t7, 8)\r");
    let (status, out) = pty.finish("\x04");
    assert_eq!(status, 0, "Ctrl-D leaves with status 0:\n{out}");
    assert_lines_in_order(
        &out,
        &[
            "42",
            "42",
            "Traceback (most recent call last):",
            "  File \"<stdin>\", line 1, in <module>",
            "ZeroDivisionError: division by zero",
            "SyntaxError: unmatched ')'",
            "2",
            "KeyboardInterrupt",
            "KeyboardInterrupt",
            "100",
            "15",
        ],
    );
    assert!(out.contains("...     return a + b"), "auto-indent:\n{out}");
    assert!(!out.lines().any(|l| l == "None"), "None is not echoed:\n{out}");

    // History persists across sessions: Up recalls the last entry.
    let saved = std::fs::read_to_string(&history).expect("history file");
    assert!(saved.contains("def add(a, b):\\n    return a + b"), "{saved}");
    let mut pty = Pty::start(&history).expect("second session");
    pty.send("\x1b[A\r");
    let (status, out) = pty.finish("exit(3)\r");
    assert_eq!(status, 3, "{out}");
    assert!(out.lines().any(|l| l == "NameError: name 'add' is not defined"), "{out}");
    let _ = std::fs::remove_file(&history);
}
