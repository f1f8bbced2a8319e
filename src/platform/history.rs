//! The browser's session history and the window's scroll position: a key on each history
//! entry, so that the app can tell Back and Forward (an entry it has seen) from a new page, and
//! the scroll position to put back on Back and Forward.
//!
//! The app restores scroll positions itself (`scrollRestoration = "manual"`), since the
//! browser cannot: every section is drawn by the app after the hash changes.

use wasm_bindgen::JsValue;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Tells the browser that the app restores scroll positions itself.
pub fn restore_scroll_manually() {
    if let Some(history) = history() {
        // Older browsers without the setting keep their own restoration; nothing breaks.
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// The key the app gave the current history entry, or `None` for an entry it has not seen
/// (a link just followed, or the first page of a visit).
pub fn entry_key() -> Option<f64> {
    history()?.state().ok()?.as_f64()
}

/// Gives the current history entry a key, without a new entry and without changing the
/// address.
pub fn set_entry_key(key: f64) {
    if let Some(history) = history() {
        // Replacing the state fails only for an entry of another document; then Back to it
        // simply starts at its top.
        let _ = history.replace_state(&JsValue::from_f64(key), "");
    }
}

/// How far the window is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the window to `y` pixels from the top.
pub fn scroll_to_y(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Calls `on_scroll` whenever the window scrolls.
pub fn on_scroll(on_scroll: impl Fn() + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::scroll, move |_| on_scroll());
    // The listener lives as long as the page, so its handle is deliberately kept forever.
    std::mem::forget(handle);
}
