//! What a suspended generator costs (issue: at most 160 bytes with two
//! locals; CPython 3.11 here takes about 210): examples/gen_memory.py
//! measures the resident-memory growth of 200,000 of them.

use std::process::Command;

#[test]
fn suspended_generator_fits_in_160_bytes() {
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/gen_memory.py"))
        .output()
        .expect("run coil");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let bytes: f64 = text
        .split(": ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no figure in {text:?}"));
    // The object (an 80-byte PyObject behind its 16-byte count) plus a
    // 64-byte value vector: 160 bytes of blocks. Resident memory adds the
    // allocator's page metadata (1 or 2 bytes a generator here).
    assert!(bytes <= 164.0, "a suspended generator costs {bytes} bytes: {text}");
}
