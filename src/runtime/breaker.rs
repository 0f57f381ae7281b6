//! The eval breaker: one atomic word that the eval loop polls at every
//! instruction boundary (a relaxed load; DESIGN.md decision 4). Setting a
//! bit asks the running thread to stop at the next boundary and handle it:
//! `FINALIZE` (close generators abandoned since), `INTERRUPT` (Ctrl-C: raise
//! KeyboardInterrupt). The GIL's drop request will join them here.
//!
//! The SIGINT handler (signal-hook) stores `INTERRUPT` into the word, which
//! may overwrite other bits; the handler of the word therefore re-checks
//! every pending queue rather than trusting the bits it read.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

pub const FINALIZE: usize = 1;
pub const INTERRUPT: usize = 2;

static WORD: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// The process-wide breaker word (each `Vm` keeps a clone for fast polling).
pub fn word() -> Arc<AtomicUsize> {
    WORD.get_or_init(|| Arc::new(AtomicUsize::new(0))).clone()
}

/// Asks the running interpreter to handle `bit` at the next boundary.
pub fn request(bit: usize) {
    WORD.get_or_init(|| Arc::new(AtomicUsize::new(0))).fetch_or(bit, Ordering::Relaxed);
}

/// True (and clears it) if Ctrl-C arrived.
pub fn take_interrupt() -> bool {
    WORD.get().map(|w| w.fetch_and(!INTERRUPT, Ordering::Relaxed) & INTERRUPT != 0).unwrap_or(false)
}

/// True if Ctrl-C arrived (without clearing it): for blocking waits.
pub fn interrupt_pending() -> bool {
    WORD.get().map(|w| w.load(Ordering::Relaxed) & INTERRUPT != 0).unwrap_or(false)
}

/// Routes SIGINT to the breaker instead of killing the process.
pub fn install_sigint_handler() {
    let _ = signal_hook::flag::register_usize(signal_hook::consts::SIGINT, word(), INTERRUPT);
}
