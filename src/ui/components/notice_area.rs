//! The notice area: the single surface for errors and information, as two live regions that
//! are always in the page (so screen readers announce what appears in them).
//!
//! Notices with a follow-up (download unreadable data, resolve a conflict) show its buttons.

use crate::state::notices::NoticeKind;
use crate::state::AppState;
use crate::ui::components::notice_card::NoticeCard;
use leptos::prelude::*;

/// Errors (role `alert`) and information (role `status`), each with a dismiss button.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let state = AppState::expect();
    let of_kind = move |kind: NoticeKind| {
        move || {
            state.notices.with(|notices| {
                notices
                    .iter()
                    .filter(|notice| notice.kind == kind && state.shows_at_top(notice))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        }
    };
    view! {
        <div class="notice-area">
            <div role="alert" class="notices notices-error">
                {move || of_kind(NoticeKind::Error)().into_iter().map(|notice| view! { <NoticeCard notice=notice /> }).collect_view()}
            </div>
            <div role="status" class="notices notices-info">
                {move || of_kind(NoticeKind::Info)().into_iter().map(|notice| view! { <NoticeCard notice=notice /> }).collect_view()}
            </div>
        </div>
    }
}
