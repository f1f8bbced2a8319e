//! The note that this tool is not the standard, and that ISO/IEC 42001 itself is sold by ISO.
//!
//! Shown in the footer and on the welcome text, because every explanation in the app is our
//! own wording and the requirements themselves are only in the standard.

use leptos::prelude::*;

/// One sentence pointing to ISO for the full text of the standard.
#[component]
pub fn IsoNote() -> impl IntoView {
    view! {
        <p class="iso-note">
            "The explanations and questions here are our own plain-language summary, not the text of the standard. "
            "ISO/IEC 42001:2023 itself, with its full requirements, can be bought from ISO (iso.org) or your national standards body."
        </p>
    }
}
