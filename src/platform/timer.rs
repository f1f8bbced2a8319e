//! Timers: a debounce that runs work once input has paused, used to save off the keystroke
//! path, a job repeated while the page is open (trying a failed save again), and a short wait
//! that lets the browser paint before a long job (`after_paint`), and drawing the rest of a
//! long page once its first screen is painted (`after_next_paint`).
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

/// Resolves a moment later (30 ms, about two frames), after the browser has painted what
/// changed, so a status set before a long job that holds the page's thread (writing a
/// workbook) is on screen while the job runs.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
                .is_ok()
        });
        if !scheduled {
            // No timer to wait for: go on at once rather than never.
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `job` once the next frame is painted: in the first task after it. A long page draws
/// what fills the first screen at once and the rest here, so the page shows without waiting
/// for parts far below it.
pub fn after_next_paint(job: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        // A frame's animation callbacks run before its paint; a timer set in one runs after.
        leptos::prelude::set_timeout(job, Duration::ZERO);
    });
}
