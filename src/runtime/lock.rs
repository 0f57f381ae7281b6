//! The lock behind `_thread.lock` and `_thread.RLock`: a flag under a
//! `parking_lot` mutex with a condvar. Python code tries it without giving up
//! the GIL first; only a wait that really blocks runs inside
//! `allow_threads`, so the lock itself never touches Python values.
//!
//! Waits in the main thread wake every 20 ms to check for Ctrl-C, so
//! `join()` and `acquire()` raise KeyboardInterrupt there as in CPython.

use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::breaker;

#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Acquired {
    Yes,
    TimedOut,
    Interrupted,
}

const INTERRUPT_POLL: Duration = Duration::from_millis(20);

impl RawLock {
    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        !std::mem::replace(&mut *l, true)
    }

    /// Blocks until the lock is ours, `timeout` passes (None: forever), or
    /// Ctrl-C arrives for this thread.
    pub fn acquire(&self, timeout: Option<Duration>) -> Acquired {
        self.acquire_with(timeout, breaker::is_main_thread())
    }

    /// Blocks until the lock is ours, ignoring Ctrl-C (for re-taking a lock
    /// that must be held again, as after a condition wait).
    pub fn acquire_uninterruptible(&self) {
        self.acquire_with(None, false);
    }

    fn acquire_with(&self, timeout: Option<Duration>, interruptible: bool) -> Acquired {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut l = self.locked.lock();
        loop {
            if !*l {
                *l = true;
                return Acquired::Yes;
            }
            if interruptible && breaker::interrupt_pending() {
                return Acquired::Interrupted;
            }
            let now = Instant::now();
            let mut until = deadline;
            if interruptible {
                until = Some(until.map_or(now + INTERRUPT_POLL, |d| d.min(now + INTERRUPT_POLL)));
            }
            match until {
                Some(u) => {
                    if deadline.is_some_and(|d| now >= d) {
                        return Acquired::TimedOut;
                    }
                    self.cv.wait_until(&mut l, u);
                }
                None => self.cv.wait(&mut l),
            }
        }
    }

    /// Unlocks; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cv.notify_one();
        true
    }

    pub fn locked(&self) -> bool {
        *self.locked.lock()
    }
}
