//! Script tests: run every `tests/py/**/*.py` that has a `.out` beside it
//! through the `coil` binary and compare with CPython's recorded behaviour.
//!
//! Expected files are produced by `python3 tests/gen_expected.py` (CPython
//! 3.11 is the oracle; never write them by hand):
//!   * `<name>.out`    exact stdout bytes
//!   * `<name>.status` exit status if non-zero (absent means 0)
//!   * `<name>.err`    last non-empty stderr line (only for scripts that
//!     have a `# check: stderr` line)
//!
//! Files whose name starts with `_` are helper modules and are never run.
//!
//! Conventions:
//!   * each script runs with cwd = its own directory, stdin = /dev/null,
//!     env PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and a 30 s timeout;
//!   * scripts run on 2 worker threads (override: `COIL_TEST_JOBS=n`);
//!   * `COIL_TEST_FILTER=substring` only runs scripts whose path (relative to
//!     the crate root, e.g. `tests/py/core/int_basic.py`) contains it;
//!   * `COIL_TEST_TIMEOUT=secs` overrides the per-script timeout;
//!   * `tests/py_wishlist/` holds scripts for known gaps: they run in the
//!     `py_wishlist` test, which prints a summary but never fails.
//!
//! Typical use:
//!   cargo test --test py_scripts -- --nocapture
//!   COIL_TEST_FILTER=core/str cargo test --test py_scripts

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_JOBS: usize = 2;
const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// Maximum number of differing (`-`/`+`) lines shown per failing script.
const MAX_DIFF_LINES: usize = 30;
/// Context lines shown around each change.
const CONTEXT: usize = 2;
/// Number of trailing stderr lines shown for a failing script.
const STDERR_TAIL: usize = 12;
/// Output beyond this many bytes per stream is drained but not kept.
const MAX_CAPTURE: usize = 16 << 20;

/// Only one suite at a time, so at most `jobs` coil processes run at once
/// even though libtest runs `#[test]` functions in parallel.
static SUITE_LOCK: Mutex<()> = Mutex::new(());

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn coil_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_coil"))
}

struct Script {
    /// Absolute path to the `.py` file.
    path: PathBuf,
    /// Path relative to the crate root, for display and filtering.
    rel: String,
}

fn collect_scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(_) => return,
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect_scripts(&p, out);
        } else if name.ends_with(".py") && p.with_extension("out").is_file() {
            out.push(p);
        }
    }
}

fn find_scripts(subdir: &str) -> Vec<Script> {
    let root = crate_root();
    let mut paths = Vec::new();
    collect_scripts(&root.join("tests").join(subdir), &mut paths);
    let filter = std::env::var("COIL_TEST_FILTER").ok().filter(|f| !f.is_empty());
    paths
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            Script { path, rel }
        })
        .filter(|s| filter.as_ref().is_none_or(|f| s.rel.contains(f.as_str())))
        .collect()
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or(default)
}

// ---------------------------------------------------------------------------
// Running a script

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
    spawn_error: Option<String>,
}

fn spawn_reader<R: Read + Send + 'static>(
    mut r: R,
) -> (Arc<Mutex<Vec<u8>>>, thread::JoinHandle<()>) {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let b2 = Arc::clone(&buf);
    let h = thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        loop {
            match r.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut b = b2.lock().unwrap();
                    if b.len() < MAX_CAPTURE {
                        let take = n.min(MAX_CAPTURE - b.len());
                        b.extend_from_slice(&chunk[..take]);
                    }
                }
            }
        }
    });
    (buf, h)
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    let mut sleep = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(st)) => return (Some(st), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let st = child.wait().ok();
            return (st, true);
        }
        thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(20));
    }
}

fn run_script(script: &Script, timeout: Duration) -> RunResult {
    let dir = script.path.parent().unwrap_or(Path::new("."));
    let file_name = script.path.file_name().unwrap();
    let spawned = Command::new(coil_bin())
        .arg(file_name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            return RunResult {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: None,
                timed_out: false,
                spawn_error: Some(format!("failed to spawn {}: {}", coil_bin().display(), e)),
            }
        }
    };
    let (out_buf, out_h) = spawn_reader(child.stdout.take().unwrap());
    let (err_buf, err_h) = spawn_reader(child.stderr.take().unwrap());
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    // Normally the pipes close when the process exits; if something else kept
    // them open (a grandchild), don't hang: give the readers a moment, then
    // take whatever was captured.
    let deadline = Instant::now() + Duration::from_secs(2);
    for h in [out_h, err_h] {
        while !h.is_finished() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
        }
        if h.is_finished() {
            let _ = h.join();
        }
    }
    let stdout = std::mem::take(&mut *out_buf.lock().unwrap());
    let stderr = std::mem::take(&mut *err_buf.lock().unwrap());
    RunResult { stdout, stderr, status, timed_out, spawn_error: None }
}

// ---------------------------------------------------------------------------
// Checking

fn last_nonempty_line(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

fn describe_status(st: &Option<ExitStatus>) -> String {
    match st {
        None => "unknown".to_string(),
        Some(st) => {
            if let Some(c) = st.code() {
                return c.to_string();
            }
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                if let Some(sig) = st.signal() {
                    return format!("killed by signal {}", sig);
                }
            }
            format!("{}", st)
        }
    }
}

fn stderr_tail(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    let lines: Vec<&str> = s.lines().collect();
    let start = lines.len().saturating_sub(STDERR_TAIL);
    let mut out = String::new();
    if start > 0 {
        out.push_str(&format!("    ... ({} earlier lines)\n", start));
    }
    for l in &lines[start..] {
        out.push_str("    ");
        out.push_str(&escape_line(l));
        out.push('\n');
    }
    out
}

/// Make invisible differences visible: control characters are escaped.
fn escape_line(l: &str) -> String {
    let mut s = String::with_capacity(l.len());
    for c in l.chars() {
        match c {
            '\t' => s.push('\t'),
            '\r' => s.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\x7f' => s.push_str(&format!("\\x{:02x}", c as u32)),
            c => s.push(c),
        }
    }
    s
}

/// Split output into lines; the last line is marked if it lacks a newline.
fn split_lines(b: &[u8]) -> Vec<String> {
    let s = String::from_utf8_lossy(b);
    s.split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(body) => escape_line(body),
            None => format!("{}  \\ (no newline at end)", escape_line(l)),
        })
        .collect()
}

enum Op {
    Same(usize, usize),
    Del(usize),
    Ins(usize),
}

/// Line diff: common prefix/suffix trimmed, LCS in the middle when small
/// enough, otherwise "all removed, all added".
fn diff_ops(a: &[String], b: &[String]) -> Vec<Op> {
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf] {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    let mut ops: Vec<Op> = (0..pre).map(|i| Op::Same(i, i)).collect();
    let (n, m) = (am.len(), bm.len());
    if n * m <= 4_000_000 {
        // lcs[i][j] = LCS length of am[i..], bm[j..]
        let w = m + 1;
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * w + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push(Op::Same(pre + i, pre + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                ops.push(Op::Del(pre + i));
                i += 1;
            } else {
                ops.push(Op::Ins(pre + j));
                j += 1;
            }
        }
    } else {
        ops.extend((0..n).map(|i| Op::Del(pre + i)));
        ops.extend((0..m).map(|j| Op::Ins(pre + j)));
    }
    ops.extend((0..suf).map(|k| Op::Same(a.len() - suf + k, b.len() - suf + k)));
    ops
}

/// Compact unified-style diff of expected (`-`) vs actual (`+`).
fn unified_diff(expected: &[u8], actual: &[u8]) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    let ops = diff_ops(&a, &b);
    let changed: Vec<bool> = ops.iter().map(|o| !matches!(o, Op::Same(..))).collect();
    // Which ops to show: changes plus CONTEXT lines around them.
    let mut show = vec![false; ops.len()];
    for (k, &c) in changed.iter().enumerate() {
        if c {
            let lo = k.saturating_sub(CONTEXT);
            let hi = (k + CONTEXT + 1).min(ops.len());
            for s in &mut show[lo..hi] {
                *s = true;
            }
        }
    }
    let total_changes = changed.iter().filter(|&&c| c).count();
    let mut out = String::new();
    out.push_str("    --- expected (CPython)\n    +++ actual (coil)\n");
    let mut shown_changes = 0;
    let mut prev_shown = false;
    for (k, op) in ops.iter().enumerate() {
        if !show[k] {
            prev_shown = false;
            continue;
        }
        if shown_changes >= MAX_DIFF_LINES {
            break;
        }
        if !prev_shown {
            let (ea, eb) = match op {
                Op::Same(i, j) => (i + 1, j + 1),
                Op::Del(i) => (i + 1, line_no_b(&ops, k) + 1),
                Op::Ins(j) => (line_no_a(&ops, k) + 1, j + 1),
            };
            out.push_str(&format!("    @@ expected line {}, actual line {} @@\n", ea, eb));
        }
        prev_shown = true;
        match op {
            Op::Same(i, _) => out.push_str(&format!("     {}\n", a[*i])),
            Op::Del(i) => {
                out.push_str(&format!("    -{}\n", a[*i]));
                shown_changes += 1;
            }
            Op::Ins(j) => {
                out.push_str(&format!("    +{}\n", b[*j]));
                shown_changes += 1;
            }
        }
    }
    if total_changes > shown_changes {
        out.push_str(&format!(
            "    ... ({} more differing lines; expected {} lines, got {})\n",
            total_changes - shown_changes,
            a.len(),
            b.len()
        ));
    }
    if total_changes == 0 {
        out.push_str("    (outputs differ in bytes not visible line by line, e.g. invalid UTF-8)\n");
    }
    out
}

/// Index into `b` of the line at op position k (for hunk headers).
fn line_no_b(ops: &[Op], k: usize) -> usize {
    ops[..k].iter().filter(|o| !matches!(o, Op::Del(_))).count()
}

fn line_no_a(ops: &[Op], k: usize) -> usize {
    ops[..k].iter().filter(|o| !matches!(o, Op::Ins(_))).count()
}

/// Returns None on success, or a failure report.
fn check_script(script: &Script, timeout: Duration) -> Option<String> {
    let exp_out = match fs::read(script.path.with_extension("out")) {
        Ok(b) => b,
        Err(e) => return Some(format!("  cannot read .out: {}\n", e)),
    };
    let exp_status: i32 = match fs::read_to_string(script.path.with_extension("status")) {
        Ok(s) => match s.trim().parse() {
            Ok(n) => n,
            Err(_) => return Some(format!("  bad .status file: {:?}\n", s)),
        },
        Err(_) => 0,
    };
    let exp_err: Option<String> = fs::read_to_string(script.path.with_extension("err"))
        .ok()
        .map(|s| s.trim_end().to_string());

    let r = run_script(script, timeout);
    if let Some(e) = r.spawn_error {
        return Some(format!("  {}\n", e));
    }
    let mut problems = String::new();
    if r.timed_out {
        problems.push_str(&format!("  TIMEOUT after {} s (killed)\n", timeout.as_secs()));
    }
    let code = r.status.as_ref().and_then(|s| s.code());
    if !r.timed_out && code != Some(exp_status) {
        problems.push_str(&format!(
            "  exit status: expected {}, got {}\n",
            exp_status,
            describe_status(&r.status)
        ));
    }
    if r.stdout != exp_out {
        problems.push_str("  stdout differs:\n");
        problems.push_str(&unified_diff(&exp_out, &r.stdout));
    }
    if let Some(exp) = &exp_err {
        let got = last_nonempty_line(&r.stderr);
        if &got != exp {
            problems.push_str(&format!(
                "  last stderr line:\n    expected: {}\n    actual:   {}\n",
                exp, got
            ));
        }
    }
    if problems.is_empty() {
        None
    } else {
        if !r.stderr.is_empty() {
            problems.push_str("  stderr tail:\n");
            problems.push_str(&stderr_tail(&r.stderr));
        }
        Some(problems)
    }
}

// ---------------------------------------------------------------------------
// Suites

/// (index into the script list, failure report if it failed)
type Outcome = (usize, Option<String>);

struct Summary {
    passed: Vec<String>,
    failed: Vec<(String, String)>,
}

fn run_suite(subdir: &str) -> Summary {
    let _guard = SUITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let scripts = Arc::new(find_scripts(subdir));
    let jobs = env_usize("COIL_TEST_JOBS", DEFAULT_JOBS);
    let timeout =
        Duration::from_secs(env_usize("COIL_TEST_TIMEOUT", DEFAULT_TIMEOUT_SECS as usize) as u64);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Outcome>>> = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..jobs.min(scripts.len().max(1)))
        .map(|_| {
            let scripts = Arc::clone(&scripts);
            let next = Arc::clone(&next);
            let results = Arc::clone(&results);
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= scripts.len() {
                    break;
                }
                let res = check_script(&scripts[i], timeout);
                results.lock().unwrap().push((i, res));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by_key(|(i, _)| *i);
    let mut summary = Summary { passed: Vec::new(), failed: Vec::new() };
    for (i, res) in results {
        let rel = scripts[i].rel.clone();
        match res {
            None => summary.passed.push(rel),
            Some(report) => summary.failed.push((rel, report)),
        }
    }
    summary
}

#[test]
fn py_scripts() {
    let s = run_suite("py");
    let total = s.passed.len() + s.failed.len();
    if total == 0 {
        println!("no scripts matched (COIL_TEST_FILTER={:?})", std::env::var("COIL_TEST_FILTER").ok());
    }
    let counts = format!("{} passed, {} failed", s.passed.len(), s.failed.len());
    if s.failed.is_empty() {
        println!("{}", counts);
        return;
    }
    let mut report = String::new();
    for (rel, problems) in &s.failed {
        report.push_str(&format!("\nFAIL {}\n{}", rel, problems));
    }
    report.push_str("\nfailing scripts:\n");
    for (rel, _) in &s.failed {
        report.push_str(&format!("  {}\n", rel));
    }
    report.push_str(&counts);
    println!("{}", counts);
    panic!("script failures:\n{}", report);
}

/// Known gaps: run them, report, never fail.
#[test]
fn py_wishlist() {
    let s = run_suite("py_wishlist");
    if s.passed.is_empty() && s.failed.is_empty() {
        return;
    }
    println!("wishlist: {} passed, {} failed", s.passed.len(), s.failed.len());
    for rel in &s.passed {
        println!("  now passing (move it to tests/py/): {}", rel);
    }
    for (rel, problems) in &s.failed {
        let first = problems.lines().next().unwrap_or("").trim();
        println!("  still failing: {} ({})", rel, first);
    }
}
