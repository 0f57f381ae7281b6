//! Process-level services: the GIL (to come with threads), blocking calls
//! made with the GIL released, and CPU clocks.

pub mod breaker;

/// Runs blocking work that touches no Python values. With threads this
/// releases the GIL around `f`; the closure's signature keeps `Value`s out
/// (they are not `Send`).
pub fn allow_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    f()
}

/// CPU time of this process in seconds.
pub fn cpu_time() -> f64 {
    // /proc/self/stat: utime and stime in clock ticks (fields 14 and 15).
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    let Some(rest) = stat.rsplit(')').next() else { return 0.0 };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}
