//! Risk criteria.

use leptos::prelude::*;

/// Risk criteria (being written).
#[component]
pub fn RiskCriteriaPage() -> impl IntoView {
    view! { <h1 id=crate::ui::pages::PAGE_TITLE_ID tabindex="-1">"Risk criteria"</h1> }
}
