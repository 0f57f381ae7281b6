//! The global interpreter lock.
//!
//! # Design
//! All Python objects are shared by every thread of the process and carry
//! plain (non-atomic) reference counts and `RefCell`s; the GIL is what makes
//! that sound (DESIGN.md decision 3). Exactly one thread holds it and only
//! that thread touches a `Value`. This module is the only place in coil with
//! `unsafe`: the two wrappers that let values cross threads ([`SendBox`],
//! [`GilCell`]) are sound because they are opened only under the GIL, and the
//! lock's mutex hand-over orders every access before it against every access
//! after it.
//!
//! The protocol is CPython's "new GIL" (ceval_gil.c), DESIGN.md decision 4:
//! - The GIL is a flag under a `parking_lot` mutex, with a condvar
//!   (`released`) on which waiters sleep.
//! - A waiter sleeps at most one switch interval (default 5 ms). If the GIL
//!   was not handed over meanwhile, it sets `GIL_DROP` in the eval-breaker
//!   word; the holder polls that word at every jump, call, return and store
//!   to shared state (`poll!` in vm/eval.rs: so a switch can fall between
//!   the load and the store of `x += 1`) and gives the GIL up (a *forced
//!   drop*).
//! - After a forced drop the old holder waits on `switched` until another
//!   thread has taken the GIL, so it cannot immediately take it back.
//!
//! Unlike CPython, a thread coming back from a blocking call that really
//! blocked (at least `URGENT_AFTER`: a sleep, a read) sets the drop request
//! at once instead of after a whole interval: the I/O-bound thread resumes
//! within microseconds of its wake-up even beside a CPU-bound thread
//! (CPython's convoy effect, bpo-7946). A thread making many short calls
//! (small writes) gets no such priority, so it cannot starve the others with
//! requests; nor does a thread woken by another Python thread through a lock
//! (`allow_threads_for_lock`), which would otherwise force a switch at every
//! queue hand-off.

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::breaker::{self, GIL_DROP};
use super::gilstats;

/// A blocking call at least this long earns an immediate drop request.
const URGENT_AFTER: Duration = Duration::from_micros(50);

struct State {
    locked: bool,
    /// Ident of the last thread to take the GIL.
    last_holder: u64,
    /// Incremented at every acquisition: a waiter forces a drop only if no
    /// switch happened during its interval.
    switch_number: u64,
    /// Threads sleeping on `released`.
    waiters: usize,
    /// Waiters that came back from a blocking call (their drop request must
    /// survive until one of them runs).
    urgent: usize,
}

struct Gil {
    state: Mutex<State>,
    released: Condvar,
    switched: Condvar,
}

static GIL: Gil = Gil {
    state: parking_lot::const_mutex(State { locked: false, last_holder: 0, switch_number: 0, waiters: 0, urgent: 0 }),
    released: Condvar::new(),
    switched: Condvar::new(),
};

/// `sys.setswitchinterval`, in whole microseconds as CPython keeps it (0 is
/// possible and reported, but waits last at least 1 µs).
static INTERVAL_US: AtomicU64 = AtomicU64::new(5_000);

thread_local! {
    static HELD: Cell<bool> = const { Cell::new(false) };
}

/// True if this thread holds the GIL.
#[inline]
pub fn held() -> bool {
    HELD.with(|h| h.get())
}

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Sets the switch interval in seconds (must be positive and finite).
pub fn set_switch_interval(secs: f64) {
    // Truncated like CPython's (unsigned long)(1e6 * secs); the cast saturates.
    let us = (secs * 1e6) as u64;
    INTERVAL_US.store(us, Ordering::Relaxed);
}

/// Takes the GIL, waiting for it (see the design notes). `urgent` asks for it
/// at once instead of after one interval.
fn acquire(urgent: bool) {
    let start = Instant::now();
    let mut st = GIL.state.lock();
    if st.locked {
        st.waiters += 1;
        if urgent {
            st.urgent += 1;
            breaker::request(GIL_DROP);
        }
        while st.locked {
            let seen = st.switch_number;
            let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1));
            let timed_out = GIL.released.wait_for(&mut st, interval).timed_out();
            if st.locked && timed_out && st.switch_number == seen {
                breaker::request(GIL_DROP);
            }
        }
        st.waiters -= 1;
        if urgent {
            st.urgent -= 1;
        }
    }
    st.locked = true;
    st.switch_number += 1;
    let me = gilstats::ident();
    let handoff = st.last_holder != me;
    st.last_holder = me;
    if st.urgent == 0 {
        // The request (if any) was for the previous holder; other waiters renew theirs.
        breaker::clear(GIL_DROP);
    }
    GIL.switched.notify_all();
    drop(st);
    HELD.with(|h| h.set(true));
    gilstats::acquired(start, handoff);
}

/// Gives the GIL up; with `forced`, waits until another thread has taken it.
fn release(forced: bool) {
    gilstats::released(forced);
    HELD.with(|h| h.set(false));
    let mut st = GIL.state.lock();
    st.locked = false;
    GIL.released.notify_one();
    if forced {
        let seen = st.switch_number;
        while st.switch_number == seen && st.waiters > 0 {
            GIL.switched.wait(&mut st);
        }
    }
}

/// Called by the eval loop when `GIL_DROP` is set: hands the GIL to a waiter
/// and queues up behind it.
pub fn yield_to_waiters() {
    if !held() {
        return;
    }
    {
        let st = GIL.state.lock();
        if st.waiters == 0 {
            breaker::clear(GIL_DROP);
            return;
        }
    }
    release(true);
    acquire(false);
}

/// Runs blocking work with the GIL released. `f` is `Send`, so it cannot
/// capture Python values (they are not `Send`): nothing touches the heap
/// while another thread may hold the GIL.
pub fn allow_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    blocking(f, true)
}

/// `allow_threads` for waits on another Python thread (lock, condition and
/// join waits): the thread that woke us still holds the GIL and usually has
/// more to do (a producer filling a queue), so the waker asks for the GIL
/// the ordinary way, after an interval, as in CPython. Urgent requests here
/// would force a switch per hand-off.
pub fn allow_threads_for_lock<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    blocking(f, false)
}

fn blocking<R: Send>(f: impl FnOnce() -> R + Send, may_be_urgent: bool) -> R {
    if !held() {
        return f();
    }
    release(false);
    let start = Instant::now();
    let r = f();
    acquire(may_be_urgent && start.elapsed() >= URGENT_AFTER);
    r
}

/// Proof that this thread holds the GIL for as long as the token lives (the
/// `Vm` keeps one as its last field, so its values are dropped under it).
/// Re-entrant: a token made while the GIL is already held releases nothing.
pub struct GilToken {
    took: bool,
    _not_send: std::marker::PhantomData<*const ()>,
}

impl GilToken {
    pub fn acquire() -> GilToken {
        let took = !held();
        if took {
            acquire(false);
        }
        GilToken { took, _not_send: std::marker::PhantomData }
    }
}

impl Drop for GilToken {
    fn drop(&mut self) {
        if self.took {
            release(false);
        }
    }
}

/// A value moved to another OS thread. Made and opened only under the GIL;
/// dropped unopened, it takes the GIL to drop its contents.
pub struct SendBox<T>(ManuallyDrop<T>);

// SAFETY: the contents (Python values: non-atomic refcounts, RefCells) are
// touched only by a thread holding the GIL: `new` and `open` assert it, and
// `Drop` takes it. The GIL mutex orders the sender's writes before the
// receiver's reads.
unsafe impl<T> Send for SendBox<T> {}

impl<T> SendBox<T> {
    pub fn new(v: T) -> SendBox<T> {
        assert!(held(), "SendBox::new without the GIL");
        SendBox(ManuallyDrop::new(v))
    }

    pub fn open(self) -> T {
        assert!(held(), "SendBox::open without the GIL");
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the contents are moved out once.
        unsafe { ManuallyDrop::take(&mut this.0) }
    }
}

impl<T> Drop for SendBox<T> {
    fn drop(&mut self) {
        let _gil = GilToken::acquire();
        // SAFETY: dropped once, here, under the GIL.
        unsafe { ManuallyDrop::drop(&mut self.0) }
    }
}

/// Process-wide state holding Python values (the intern table, the queue of
/// abandoned generators): usable only by the thread holding the GIL.
pub struct GilCell<T>(T);

// SAFETY: `get` hands out the contents only to the GIL holder, so no two
// threads touch them at once; the GIL mutex orders successive holders.
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    pub const fn new(v: T) -> GilCell<T> {
        GilCell(v)
    }

    #[inline]
    pub fn get(&self) -> &T {
        assert!(held(), "GilCell used without the GIL");
        &self.0
    }
}
