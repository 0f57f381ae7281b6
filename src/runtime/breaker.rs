//! The eval breaker: one atomic word that the eval loop polls at the
//! instruction boundaries where it matters (jumps, calls, returns, stores to
//! shared state: `poll!` in vm/eval.rs; a relaxed load, DESIGN.md decision
//! 4). Setting a bit asks the running thread to stop at the next such
//! boundary and handle it:
//! `FINALIZE` (close generators abandoned since), `INTERRUPT` (Ctrl-C: raise
//! KeyboardInterrupt in the main thread), `GIL_DROP` (another thread waits
//! for the GIL: hand it over, see gil.rs).

use std::sync::atomic::{AtomicUsize, Ordering};

pub const FINALIZE: usize = 1;
pub const INTERRUPT: usize = 2;
pub const GIL_DROP: usize = 4;

/// The process-wide breaker word. A static, so the poll in the eval loop is
/// a single compare against a fixed address.
static WORD: AtomicUsize = AtomicUsize::new(0);

/// True if any request is pending (the per-instruction poll).
#[inline(always)]
pub fn pending() -> bool {
    WORD.load(Ordering::Relaxed) != 0
}

/// The pending requests.
pub fn bits() -> usize {
    WORD.load(Ordering::Relaxed)
}

/// Asks the running interpreter to handle `bit` at the next boundary.
pub fn request(bit: usize) {
    WORD.fetch_or(bit, Ordering::Relaxed);
}

/// Withdraws a request.
pub fn clear(bit: usize) {
    WORD.fetch_and(!bit, Ordering::Relaxed);
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
    is_main_thread() && WORD.fetch_and(!INTERRUPT, Ordering::Relaxed) & INTERRUPT != 0
}

/// True if Ctrl-C arrived for this thread (without clearing it): for blocking waits.
pub fn interrupt_pending() -> bool {
    is_main_thread() && WORD.load(Ordering::Relaxed) & INTERRUPT != 0
}

/// Routes SIGINT to the breaker instead of killing the process: signal-hook's
/// handler wakes a small thread that sets `INTERRUPT` (so the handler never
/// touches the word itself and cannot clobber other requests).
pub fn install_sigint_handler() {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else { return };
    let _ = std::thread::Builder::new().name("coil-signals".into()).spawn(move || {
        for _ in signals.forever() {
            request(INTERRUPT);
        }
    });
}
