//! The save indicator in the header: "Saved", "Saving…" or why nothing was saved.
//!
//! It is not a live region, so that screen readers are not interrupted at every pause in
//! typing; save problems are also announced through the notice area.

use crate::state::AppState;
use leptos::prelude::*;

/// Shows whether the latest changes are stored in this browser.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = AppState::expect();
    let status = state.save_status;
    view! {
        <p class="save-indicator" class:save-problem=move || status.with(|s| s.is_problem())>
            <span class="save-dot" aria-hidden="true"></span>
            {move || status.with(|s| s.label())}
        </p>
    }
}
