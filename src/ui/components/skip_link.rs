//! The "Skip to content" link, the first thing keyboard users reach on every page.
//!
//! Hash routes own the URL fragment, so the link moves focus itself instead of using `#main`.

use crate::platform::page;
use leptos::prelude::*;

/// A link that moves keyboard focus past the header and navigation to the main content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |event| {
                event.prevent_default();
                page::focus_element("main");
            }
        >
            "Skip to content"
        </a>
    }
}
