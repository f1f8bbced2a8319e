//! One risk (being written).

use leptos::prelude::*;

/// One risk (being written).
#[component]
pub fn RiskPage(
    /// The risk's ID.
    risk_id: String,
) -> impl IntoView {
    view! { <h1 id=crate::ui::pages::PAGE_TITLE_ID tabindex="-1">{risk_id}</h1> }
}
