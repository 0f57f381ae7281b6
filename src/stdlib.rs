//! The Python-source standard library (stdlib/), frozen into the binary at
//! build time and compiled on first import. `COIL_STDLIB=dir` makes the
//! importer read a development copy from disk first.

use std::collections::HashMap;

/// One frozen module's source.
pub struct Frozen {
    pub source: &'static str,
    pub is_package: bool,
}

const FILES: &[(&str, &str, bool)] = include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// Frozen modules standing in for C code in CPython: their frames are left
/// out of tracebacks.
const HIDDEN: &[&str] = &["<frozen _asyncgen>", "<frozen _consume>"];

/// True for code of a module in `HIDDEN`.
pub fn hides_frames(filename: &str) -> bool {
    HIDDEN.contains(&filename)
}

pub fn frozen_modules() -> HashMap<&'static str, Frozen> {
    FILES.iter().map(|(n, s, p)| (*n, Frozen { source: s, is_package: *p })).collect()
}
