//! Ctrl-C (SIGINT) raises KeyboardInterrupt at the next instruction boundary
//! (the eval breaker): in running code, in time.sleep, and at the REPL,
//! which then goes on.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

fn sigint(pid: u32) {
    let ok = Command::new("kill").args(["-INT", &pid.to_string()]).status().map(|s| s.success()).unwrap_or(false);
    assert!(ok, "could not send SIGINT");
}

fn write_script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-interrupt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write script");
    p
}

/// Runs a script that prints "start" then blocks; interrupts it.
fn interrupt_script(text: &str) -> (Option<i32>, String, String) {
    let path = write_script(&format!("s{}.py", text.len()), text);
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    assert_eq!(first, "start\n");
    std::thread::sleep(Duration::from_millis(100));
    sigint(child.id());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read rest");
    let output = child.wait_with_output().expect("wait");
    (output.status.code(), rest, String::from_utf8_lossy(&output.stderr).to_string())
}

#[test]
fn interrupts_a_busy_loop() {
    let (code, _, err) = interrupt_script("print('start', flush=True)\nwhile True:\n    pass\n");
    assert_eq!(code, Some(130), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
}

#[test]
fn interrupts_sleep_and_can_be_caught() {
    let (code, out, err) = interrupt_script(
        "import time\nprint('start', flush=True)\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "caught\n");
}

#[test]
fn repl_survives_an_interrupt() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg("-i")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"print('start', flush=True)\nwhile True:\n    pass\n\n").expect("write");
    stdin.flush().expect("flush");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    assert_eq!(first, "start\n");
    std::thread::sleep(Duration::from_millis(150));
    sigint(child.id());
    stdin.write_all(b"print('still here')\n").expect("write");
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read rest");
    let output = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(rest.contains("still here"), "{rest}");
    assert!(err.contains("KeyboardInterrupt"), "{err}");
}
