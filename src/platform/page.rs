//! The document around the app: its title, focus after navigation, and the moment the page is
//! hidden or closed (the last chance to save).
//!
//! Small wrappers, so that components never reach for `web_sys` themselves.

use wasm_bindgen::JsCast;

/// Sets the document title shown in the tab and announced by screen readers.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The HTML element with this ID, if the page has one.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Opens every folded group the element sits in: a hidden ancestor that a button controls
/// (`aria-controls`) is shown, and the button is clicked so that the group's own state (and
/// its `aria-expanded`) follows. Hidden ancestors without such a button stay as they are.
fn reveal(element: &web_sys::Element) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let mut current = element.parent_element();
    while let Some(ancestor) = current {
        let id = ancestor.id();
        if ancestor.has_attribute("hidden") && !id.is_empty() {
            let selector = format!("[aria-controls=\"{}\"]", id.replace('"', "\\\""));
            let toggle = document
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(toggle) = toggle {
                toggle.click();
                // Shown at once as well, so that focus can move into it in this turn.
                let _ = ancestor.remove_attribute("hidden");
            }
        }
        current = ancestor.parent_element();
    }
}

/// Opens the folded groups around the element with this ID, then moves focus to its first
/// radio button (or to the element itself when it has none, such as a text field) and
/// scrolls it into view. False when the page has no such element yet.
pub fn reveal_and_focus_answer(id: &str) -> bool {
    let Some(element) = html_element(id) else {
        return false;
    };
    reveal(&element);
    let radio = element
        .query_selector("input[type=radio]")
        .ok()
        .flatten()
        .and_then(|radio| radio.dyn_into::<web_sys::HtmlElement>().ok());
    let target = radio.unwrap_or_else(|| element.clone());
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    // Focus can fail only for elements that cannot take it; the page stays usable. The whole
    // question, its wording above the radios included, is then scrolled into view.
    if target.focus_with_options(&options).is_ok() {
        element.scroll_into_view();
    }
    true
}

/// Moves keyboard focus to the element with this ID, if it exists, and scrolls it into view.
/// A folded group around it opens first.
pub fn focus_element(id: &str) {
    if let Some(element) = html_element(id) {
        reveal(&element);
        // Focus can fail only for elements that cannot take it; the page stays usable.
        if element.focus().is_ok() {
            element.scroll_into_view();
        }
    }
}

/// Moves keyboard focus to the element with this ID, if it exists, without scrolling: the
/// caller has already put the page where it should be (a new section at its top with the
/// navigation in view, or where the user left it).
pub fn focus_element_in_place(id: &str) {
    if let Some(element) = html_element(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        // Focus can fail only for elements that cannot take it; the page stays usable.
        let _ = element.focus_with_options(&options);
    }
}

/// Calls `on_hide` when the page is hidden (tab switched, window minimised) or unloaded. Mobile
/// browsers may never fire `unload`, so both `visibilitychange` and `pagehide` are watched.
pub fn on_page_hide(on_hide: impl Fn() + Clone + 'static) {
    let on_pagehide = on_hide.clone();
    let pagehide = leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| {
        on_pagehide();
    });
    let visibility =
        leptos::prelude::window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = web_sys::window()
                .and_then(|window| window.document())
                .is_some_and(|document| document.hidden());
            if hidden {
                on_hide();
            }
        });
    // Both listeners live as long as the page, so their handles are deliberately kept forever.
    std::mem::forget(pagehide);
    std::mem::forget(visibility);
}

/// Whether the `<details>` element a `toggle` event came from is open now.
pub fn details_open(event: &leptos::ev::Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|details| details.open())
}

/// Calls `on_print` before the page is printed, however printing was started, while the
/// current page lasts.
pub fn on_before_print(on_print: impl Fn() + 'static) {
    let handle =
        leptos::prelude::window_event_listener(leptos::ev::beforeprint, move |_| on_print());
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Asks the browser to confirm before the page is left (closed, reloaded, another address)
/// whenever `unsaved()` says that work would be lost.
pub fn warn_before_leaving(unsaved: impl Fn() -> bool + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::beforeunload, move |event| {
        if unsaved() {
            // Both are needed: browsers differ in which one they honour.
            event.prevent_default();
            event.set_return_value("unsaved");
        }
    });
    // The listener lives as long as the page, so its handle is deliberately kept forever.
    std::mem::forget(handle);
}

/// Opens the browser's print dialog. Printing can be blocked, e.g. in some embedded browsers.
pub fn print() -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    window.print().map_err(|error| {
        error
            .as_string()
            .unwrap_or_else(|| "printing is blocked".to_owned())
    })
}

/// The width of the browser window's layout viewport in CSS pixels, if known; pages use it to
/// choose a layout when they open (a table on wide screens, cards on narrow ones).
pub fn viewport_width() -> Option<f64> {
    web_sys::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
}
