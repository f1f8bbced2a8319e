//! The button that opens and closes one folded group of a long page (an item, an impact
//! section, an SoA area, a group of findings). It sits inside the group's heading, so the
//! heading stays in the outline and the button says whether the group is open.
//!
//! The choice is remembered for the session in `state::folds`, never in the assessment.

use crate::state::folds::set_fold;
use leptos::prelude::*;

/// A heading's button that shows or hides the element it controls.
#[component]
pub fn FoldToggle(
    /// The key the open state is remembered under, unique across the app.
    key: String,
    /// Whether the group is open.
    open: RwSignal<bool>,
    /// The ID of the element the button shows and hides.
    controls: String,
    /// The heading's text.
    children: Children,
) -> impl IntoView {
    let expanded = move || if open.get() { "true" } else { "false" };
    view! {
        <button
            type="button"
            class="fold-toggle"
            aria-expanded=expanded
            aria-controls=controls
            on:click=move |_| set_fold(&key, open, !open.get_untracked())
        >
            <span class="fold-icon" aria-hidden="true"></span>
            {children()}
        </button>
    }
}
