//! Threads under stress: 64 threads hammering shared lists, dicts and a
//! lock-protected counter must lose nothing (exact counts), never panic
//! (status 0, empty stderr) and never deadlock (each run is killed and the
//! test fails after a deadline). Also: Ctrl-C (SIGINT) reaches the main
//! thread while it waits in join() or time.sleep() beside busy threads.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long one stress program may run before it counts as deadlocked.
const DEADLINE: Duration = Duration::from_secs(60);

fn write_script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-threads-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Prefixed: the script's directory is sys.path[0], and a script named
    // like a module ("queue.py") would shadow it.
    let p = dir.join(format!("stress_{name}"));
    std::fs::write(&p, text).expect("write script");
    p
}

fn spawn(path: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil")
}

/// Drains a pipe on a helper thread (a full pipe must not stall the child).
fn drain<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = r.read_to_string(&mut s);
        s
    })
}

/// Waits for `child`, killing it and failing the test at the deadline.
fn wait_or_kill(mut child: Child, what: &str, deadline: Duration) -> (Option<i32>, String, String) {
    // (A caller may have taken stdout already.)
    let out = child.stdout.take().map(drain);
    let err = drain(child.stderr.take().expect("stderr"));
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("try_wait") {
            break st;
        }
        if start.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let err = err.join().unwrap_or_default();
            panic!("{what}: no exit after {deadline:?} (deadlock?); stderr:\n{err}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = out.map(|h| h.join().unwrap_or_default()).unwrap_or_default();
    (status.code(), out, err.join().unwrap_or_default())
}

/// Runs a stress program: it must print exactly `expected`, with status 0
/// and nothing on stderr.
fn stress(name: &str, program: &str, expected: &str) {
    let path = write_script(name, program);
    let (code, out, err) = wait_or_kill(spawn(&path), name, DEADLINE);
    assert_eq!(code, Some(0), "{name}: exit status; stderr:\n{err}");
    assert_eq!(err, "", "{name}: stderr must be empty");
    assert_eq!(out, expected, "{name}: output");
}

const HEADER: &str = r#"import threading
import sys
N_THREADS = 64
N_OPS = 10000
go = threading.Event()

def run_all(target):
    ts = [threading.Thread(target=target, args=(k,)) for k in range(N_THREADS)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()
"#;

#[test]
fn shared_list_append_pop() {
    let program = format!(
        "{HEADER}
shared = []
popped = [[] for _ in range(N_THREADS)]
def work(k):
    go.wait()
    mine = popped[k]
    for i in range(N_OPS):
        shared.append(k * N_OPS + i)
        if i % 2:
            mine.append(shared.pop())
run_all(work)
everything = shared + [x for p in popped for x in p]
print(len(shared), sum(len(p) for p in popped))
print(len(everything), len(set(everything)), sorted(everything) == list(range(N_THREADS * N_OPS)))
"
    );
    stress("list_ops.py", &program, "320000 320000\n640000 640000 True\n");
}

#[test]
fn shared_dict_set_get_del() {
    let program = format!(
        "{HEADER}
d = {{}}
bad = []
def work(k):
    go.wait()
    base = k * N_OPS
    for i in range(N_OPS):
        key = base + i
        d[key] = i
        if d.get(key) != i:
            bad.append(key)
        if i % 2:
            del d[key]
        # Other threads' keys: present or absent, never a wrong value.
        other = ((k + 1) % N_THREADS) * N_OPS + i
        v = d.get(other)
        if v is not None and v != i:
            bad.append(other)
run_all(work)
print(len(d), bad)
print(sorted(d) == [k * N_OPS + i for k in range(N_THREADS) for i in range(0, N_OPS, 2)])
print(all(d[key] == key % N_OPS for key in d))
"
    );
    stress("dict_ops.py", &program, "320000 []\nTrue\nTrue\n");
}

#[test]
fn lock_protected_counter() {
    let program = format!(
        "{HEADER}
lock = threading.Lock()
rlock = threading.RLock()
counter = [0, 0]
def work(k):
    go.wait()
    for i in range(N_OPS):
        with lock:
            counter[0] += 1
        if i % 4 == 0:
            with rlock:
                with rlock:
                    counter[1] += 1
run_all(work)
print(counter[0], counter[1])
"
    );
    stress("counter.py", &program, "640000 160000\n");
}

#[test]
fn tiny_switch_interval_counter() {
    // Forced GIL switches as often as possible while threads contend for a lock.
    let program = format!(
        "{HEADER}
sys.setswitchinterval(1e-6)
lock = threading.Lock()
total = [0]
def work(k):
    go.wait()
    for i in range(N_OPS // 4):
        with lock:
            total[0] += 1
run_all(work)
print(total[0])
"
    );
    stress("switchy.py", &program, "160000\n");
}

#[test]
fn queue_and_pool_throughput() {
    let program = format!(
        "{HEADER}
import queue
from concurrent.futures import ThreadPoolExecutor
q = queue.Queue(maxsize=100)
got = []
def producer(k):
    go.wait()
    for i in range(N_OPS // 10):
        q.put(k * N_OPS + i)
def consumer():
    while True:
        x = q.get()
        if x is None:
            return
        got.append(x)
cs = [threading.Thread(target=consumer) for _ in range(8)]
for c in cs:
    c.start()
run_all(producer)
for c in cs:
    q.put(None)
for c in cs:
    c.join()
print(len(got), len(set(got)))
with ThreadPoolExecutor(max_workers=16) as ex:
    results = list(ex.map(lambda x: x * 2, range(N_OPS)))
print(results == [x * 2 for x in range(N_OPS)])
"
    );
    stress("queue_pool.py", &program, "64000 64000\nTrue\n");
}

// ---- Ctrl-C ----

fn sigint(pid: u32) {
    let ok = Command::new("kill").args(["-INT", &pid.to_string()]).status().map(|s| s.success()).unwrap_or(false);
    assert!(ok, "could not send SIGINT");
}

/// Starts `text` (which prints "start" once it is blocked), sends SIGINT
/// and returns (status, stdout after "start", stderr).
fn interrupt(name: &str, text: &str) -> (Option<i32>, String, String) {
    let path = write_script(name, text);
    let mut child = spawn(&path);
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    assert_eq!(first, "start\n", "{name}");
    std::thread::sleep(Duration::from_millis(200));
    sigint(child.id());
    let rest = drain(out);
    let (code, _, err) = wait_or_kill(child, name, Duration::from_secs(30));
    (code, rest.join().unwrap_or_default(), err)
}

/// Daemon threads spinning on the CPU beside the main thread.
const SPINNERS: &str = r#"import threading, time

def spin():
    n = 0
    while True:
        n += 1

for _ in range(2):
    threading.Thread(target=spin, daemon=True).start()
"#;

#[test]
fn ctrl_c_interrupts_join() {
    let text = format!(
        "{SPINNERS}
blocker = threading.Thread(target=threading.Event().wait, daemon=True)
blocker.start()
print('start', flush=True)
try:
    blocker.join()
except KeyboardInterrupt:
    print('caught in join', blocker.is_alive())
"
    );
    let (code, out, err) = interrupt("join.py", &text);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "caught in join True\n", "{err}");
}

#[test]
fn ctrl_c_interrupts_sleep() {
    let text = format!(
        "{SPINNERS}
print('start', flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print('caught in sleep')
"
    );
    let (code, out, err) = interrupt("sleep.py", &text);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "caught in sleep\n", "{err}");
}

#[test]
fn ctrl_c_interrupts_lock_and_queue_waits() {
    let text = format!(
        "{SPINNERS}
import queue
lock = threading.Lock()
lock.acquire()
print('start', flush=True)
try:
    lock.acquire()
except KeyboardInterrupt:
    print('caught in acquire')
"
    );
    let (code, out, err) = interrupt("lock.py", &text);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "caught in acquire\n", "{err}");

    let text = format!(
        "{SPINNERS}
import queue
q = queue.Queue()
print('start', flush=True)
try:
    q.get()
except KeyboardInterrupt:
    print('caught in get')
"
    );
    let (code, out, err) = interrupt("queue.py", &text);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "caught in get\n", "{err}");
}

#[test]
fn uncaught_ctrl_c_in_join_exits_130() {
    let text = format!(
        "{SPINNERS}
blocker = threading.Thread(target=threading.Event().wait, daemon=True)
blocker.start()
print('start', flush=True)
blocker.join()
"
    );
    let (code, _, err) = interrupt("join_uncaught.py", &text);
    assert_eq!(code, Some(130), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
}
