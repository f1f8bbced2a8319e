//! The message shown when a file the app loads on first use (the questions' wording, the EU AI
//! Act questions, a crosswalk) could not be loaded: what and why in plain words, and a "Try
//! again" button. Every page that loads such a file shows its failure the same way.

use leptos::prelude::*;

/// An alert that a file could not be loaded, with a button to try again.
#[component]
pub fn LoadFailed(
    /// What could not be loaded, as the start of a sentence ("The questionnaire").
    what: &'static str,
    /// Why, in plain words.
    error: String,
    /// Starts loading again.
    on_retry: Callback<()>,
    /// The paragraph's class: "text-status" where the message stands in for a page's body.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p class=class role="alert">
            {format!("{what} could not be loaded: {error}. ")}
            <button type="button" class="link-button" on:click=move |_| on_retry.run(())>
                "Try again"
            </button>
        </p>
    }
}
