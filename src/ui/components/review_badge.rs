//! The badge in an item's heading area that counts its open reviewer comments.

use crate::state::AppState;
use leptos::prelude::*;

/// The badge counting an item's open comments, shown only while there are some.
#[component]
pub fn ReviewBadge(
    /// The clause item or control.
    item_id: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let open = Memo::new(move |_| state.assessment.with(|a| a.comments.open_count(item_id)));
    move || {
        let count = open.get();
        (count > 0).then(|| {
            let text = if count == 1 {
                "1 open review comment".to_owned()
            } else {
                format!("{count} open review comments")
            };
            view! { <span class="review-badge">{text}</span> }
        })
    }
}
