//! The status of an item as a coloured badge whose text is the status itself, so colour is
//! never the only signal.
//!
//! The text is one of the fixed labels of `domain::scoring::Status`.

use crate::domain::scoring::Status;
use leptos::prelude::*;

/// A badge such as "Partially implemented".
#[component]
pub fn StatusBadge(
    /// The status to show; reactive, so the badge follows the answers.
    #[prop(into)]
    status: Signal<Status>,
) -> impl IntoView {
    view! {
        <span class=move || format!("status-badge status-{}", status.get().slug())>
            {move || status.get().label()}
        </span>
    }
}
