//! Risks.

use leptos::prelude::*;

/// Risks (being written).
#[component]
pub fn RisksPage() -> impl IntoView {
    view! { <h1 id=crate::ui::pages::PAGE_TITLE_ID tabindex="-1">"Risks"</h1> }
}
