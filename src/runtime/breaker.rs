//! The eval breaker: one atomic word that the eval loop polls at every
//! instruction boundary (a relaxed load; DESIGN.md decision 4). Setting a
//! bit asks the running thread to stop at the next boundary and handle it:
//! `FINALIZE` (close generators abandoned since), `INTERRUPT` (Ctrl-C: raise
//! KeyboardInterrupt in the main thread), `GIL_DROP` (another thread waits
//! for the GIL: hand it over, see gil.rs).
//!
//! The SIGINT handler (signal-hook) stores `INTERRUPT` into the word, which
//! may overwrite other bits; the handler of the word therefore re-checks
//! every pending queue rather than trusting the bits it read.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

pub const FINALIZE: usize = 1;
pub const INTERRUPT: usize = 2;
pub const GIL_DROP: usize = 4;

static WORD: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// The process-wide breaker word (each `Vm` keeps a clone for fast polling).
pub fn word() -> Arc<AtomicUsize> {
    WORD.get_or_init(|| Arc::new(AtomicUsize::new(0))).clone()
}

/// Asks the running interpreter to handle `bit` at the next boundary.
pub fn request(bit: usize) {
    WORD.get_or_init(|| Arc::new(AtomicUsize::new(0))).fetch_or(bit, Ordering::Relaxed);
}

/// Withdraws a request.
pub fn clear(bit: usize) {
    if let Some(w) = WORD.get() {
        w.fetch_and(!bit, Ordering::Relaxed);
    }
}

thread_local! {
    static WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks this thread as one started by `_thread`: Ctrl-C is delivered to
/// the main thread only, as in CPython.
pub fn mark_worker_thread() {
    WORKER.with(|w| w.set(true));
}

pub fn is_main_thread() -> bool {
    !WORKER.with(|w| w.get())
}

/// True (and clears it) if Ctrl-C arrived and this is the main thread.
pub fn take_interrupt() -> bool {
    is_main_thread() && WORD.get().map(|w| w.fetch_and(!INTERRUPT, Ordering::Relaxed) & INTERRUPT != 0).unwrap_or(false)
}

/// True if Ctrl-C arrived for this thread (without clearing it): for blocking waits.
pub fn interrupt_pending() -> bool {
    is_main_thread() && WORD.get().map(|w| w.load(Ordering::Relaxed) & INTERRUPT != 0).unwrap_or(false)
}

/// Routes SIGINT to the breaker instead of killing the process.
pub fn install_sigint_handler() {
    let _ = signal_hook::flag::register_usize(signal_hook::consts::SIGINT, word(), INTERRUPT);
}
