//! The URL hash, which holds the current page (`#/gap-analysis/4`).
//!
//! Hash routes need no server support, so every page's URL survives a reload on any static
//! host and under any sub-path.

/// The current hash, including the leading `#`, or an empty string.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes (links, back and forward).
pub fn on_hash_change(on_change: impl Fn(String) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| {
        on_change(current_hash());
    });
    // The listener lives as long as the page, so its handle is deliberately kept forever.
    std::mem::forget(handle);
}

/// Moves to another route of this page by setting the hash, which the browser records in its
/// history, so "Back" returns here.
pub fn set_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        // Setting the hash only fails in a detached document, where there is nowhere to go.
        let _ = window.location().set_hash(hash);
    }
}
