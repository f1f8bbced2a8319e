//! Timers: a debounce that runs work once input has paused, used to save off the keystroke
//! path.
//!
//! Leptos' timeout helper wraps `setTimeout`; this module keeps one pending handle per
//! debouncer and replaces it on every new call.

use leptos::prelude::{set_timeout_with_handle, StoredValue, TimeoutHandle, UpdateValue};
use std::time::Duration;

/// Runs the latest scheduled job once no new job has been scheduled for `delay`.
#[derive(Clone, Copy)]
pub struct Debouncer {
    delay: Duration,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Debouncer {
    pub fn new(delay: Duration) -> Debouncer {
        Debouncer {
            delay,
            pending: StoredValue::new(None),
        }
    }

    /// Schedules `job`, cancelling the job scheduled before it if it has not run yet.
    pub fn schedule(&self, job: impl FnOnce() + 'static) {
        self.cancel();
        // Browsers always grant timers; were one refused, the job would be dropped and the
        // next change or the page-hide flush would do the work instead.
        if let Ok(handle) = set_timeout_with_handle(job, self.delay) {
            self.pending.update_value(|pending| *pending = Some(handle));
        }
    }

    /// Cancels the pending job, if any.
    pub fn cancel(&self) {
        self.pending.update_value(|pending| {
            if let Some(handle) = pending.take() {
                handle.clear();
            }
        });
    }
}
