//! Risk treatment plan.

use leptos::prelude::*;

/// Risk treatment plan (being written).
#[component]
pub fn RiskPrintPage() -> impl IntoView {
    view! { <h1 id=crate::ui::pages::PAGE_TITLE_ID tabindex="-1">"Risk treatment plan"</h1> }
}
