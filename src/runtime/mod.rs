//! Process-level services: the GIL, the eval breaker, blocking calls made
//! with the GIL released, locks, and CPU clocks.

pub mod breaker;
pub mod gil;
pub mod gilstats;
pub mod lock;

pub use gil::allow_threads;

/// CPU time of this process in seconds.
pub fn cpu_time() -> f64 {
    // /proc/self/stat: utime and stime in clock ticks (fields 14 and 15).
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    let Some(rest) = stat.rsplit(')').next() else { return 0.0 };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}
