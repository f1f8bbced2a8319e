//! Timers: a debounce that runs work once input has paused, used to save off the keystroke
//! path, and a job repeated while the page is open (trying a failed save again).
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

/// Runs `job` every `period` for as long as the page is open.
pub fn every(period: Duration, job: impl Fn() + 'static) {
    // The interval lives as long as the page, so its handle is not kept. Browsers always
    // grant timers; were one refused, failed saves would still be tried again at the next
    // edit and when the page is hidden.
    let _ = leptos::prelude::set_interval_with_handle(job, period);
}
