//! GIL instrumentation (`coil -X gilstats`): hand-offs between threads,
//! forced drops, and per-thread time holding and waiting for the GIL.
//! Also the thread identities (`_thread.get_ident`) the counts are kept by.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
static HANDOFFS: AtomicU64 = AtomicU64::new(0);
static FORCED: AtomicU64 = AtomicU64::new(0);

/// Finished threads' figures: (name, held, waited).
static FINISHED: Mutex<Vec<(String, Duration, Duration)>> = parking_lot::const_mutex(Vec::new());

struct ThreadStats {
    ident: u64,
    /// Already in `FINISHED` (see `thread_finished`).
    reported: Cell<bool>,
    name: RefCell<String>,
    held: Cell<Duration>,
    waited: Cell<Duration>,
    since: Cell<Option<Instant>>,
}

impl ThreadStats {
    /// (name, held so far including a hold in progress, waited).
    fn row(&self) -> (String, Duration, Duration) {
        let live = self.since.get().map(|s| s.elapsed()).unwrap_or_default();
        (self.name.borrow().clone(), self.held.get() + live, self.waited.get())
    }

    fn report(&self) {
        if !self.reported.replace(true) {
            FINISHED.lock().push(self.row());
        }
    }
}

impl Drop for ThreadStats {
    fn drop(&mut self) {
        self.report();
    }
}

/// Records this thread's figures now: called by a finishing thread while it
/// still holds the GIL, so the report at exit cannot miss it.
pub fn thread_finished() {
    let _ = THIS.try_with(|t| t.report());
}

thread_local! {
    /// The ident given to a thread by the one that started it.
    static ADOPTED: Cell<u64> = const { Cell::new(0) };
    static THIS: ThreadStats = {
        let ident = match ADOPTED.with(|a| a.get()) {
            0 => new_ident(),
            n => n,
        };
        ThreadStats {
            ident,
            reported: Cell::new(false),
            name: RefCell::new(format!("thread {ident}")),
            held: Cell::new(Duration::ZERO),
            waited: Cell::new(Duration::ZERO),
            since: Cell::new(None),
        }
    };
}

/// A fresh thread identity.
pub fn new_ident() -> u64 {
    NEXT_IDENT.fetch_add(1, Ordering::Relaxed)
}

/// Makes `ident` (from `new_ident`) this thread's identity; call first thing.
pub fn adopt_ident(ident: u64) {
    ADOPTED.with(|a| a.set(ident));
}

/// This thread's identity: a small positive number, unique in the process.
pub fn ident() -> u64 {
    THIS.with(|t| t.ident)
}

/// Names this thread in the report (`threading` passes the Thread's name).
pub fn set_name(name: &str) {
    THIS.with(|t| *t.name.borrow_mut() = name.to_string());
}

pub(super) fn acquired(wait_start: Instant, handoff: bool) {
    let now = Instant::now();
    if handoff {
        HANDOFFS.fetch_add(1, Ordering::Relaxed);
    }
    let _ = THIS.try_with(|t| {
        t.waited.set(t.waited.get() + (now - wait_start));
        t.since.set(Some(now));
    });
}

pub(super) fn released(forced: bool) {
    if forced {
        FORCED.fetch_add(1, Ordering::Relaxed);
    }
    let _ = THIS.try_with(|t| {
        if let Some(s) = t.since.take() {
            t.held.set(t.held.get() + s.elapsed());
        }
    });
}

/// The report printed at exit: the counts, then one line per thread
/// (finished threads and the calling one).
pub fn report() -> String {
    let mut rows = FINISHED.lock().clone();
    THIS.with(|t| rows.insert(0, t.row()));
    let mut out = format!(
        "gilstats: {} hand-offs, {} forced drops, switch interval {} s\n",
        HANDOFFS.load(Ordering::Relaxed),
        FORCED.load(Ordering::Relaxed),
        super::gil::switch_interval()
    );
    out.push_str(&format!("  {:<24} {:>12} {:>12}\n", "thread", "held (s)", "waited (s)"));
    for (name, held, waited) in rows {
        out.push_str(&format!("  {:<24} {:>12.6} {:>12.6}\n", name, held.as_secs_f64(), waited.as_secs_f64()));
    }
    out
}
