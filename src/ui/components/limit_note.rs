//! The sentence under a text field once its text has reached the limit of a text: the browser
//! stops typing and pasting there (`maxlength`), and saying so keeps a cut-off paste from
//! passing unnoticed.

use crate::domain::limits::MAX_TEXT_CHARS;
use leptos::prelude::*;

/// A `status` line shown while `text` is at the limit of a text.
#[component]
pub fn LimitNote(
    /// The field's current text.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    // The byte length bounds the character count from above, so most texts skip the count.
    let at_limit = move || {
        text.with(|text| text.len() >= MAX_TEXT_CHARS && text.chars().count() >= MAX_TEXT_CHARS)
    };
    move || {
        at_limit().then(|| {
            view! {
                <p class="field-help" role="status">
                    "This field holds at most 100,000 characters; typing and pasting stop there."
                </p>
            }
        })
    }
}
