//! Builds the grammar with lalrpop and freezes the Python stdlib (stdlib/*.py)
//! into a generated table of `include_str!`s.

use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                let pkg = format!("{}{}", prefix, name);
                out.push((pkg.clone(), path.join("__init__.py").to_string_lossy().to_string(), true));
                collect(&path, &format!("{}.", pkg), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{}{}", prefix, stem), path.to_string_lossy().to_string(), false));
            }
        }
    }
}

fn main() {
    // The parser is generated into $OUT_DIR/python.rs (see src/syntax/parser.rs),
    // not next to the grammar.
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("out dir"))
        .process_file("grammar/python.lalrpop")
        .expect("grammar/python.lalrpop failed to build");
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");

    let root = std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir");
    let stdlib = Path::new(&root).join("stdlib");
    let mut mods = Vec::new();
    collect(&stdlib, "", &mut mods);
    let mut code = String::from("&[\n");
    for (name, path, pkg) in &mods {
        let _ = writeln!(code, "    ({:?}, include_str!({:?}), {}),", name, path, pkg);
    }
    code.push_str("]\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("out dir")).join("stdlib_files.rs");
    std::fs::write(out, code).expect("write stdlib table");
    println!("cargo:rerun-if-changed=stdlib");
    for (_, path, _) in &mods {
        println!("cargo:rerun-if-changed={}", path);
    }
}
