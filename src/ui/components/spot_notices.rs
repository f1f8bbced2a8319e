//! The notices about the result of an operation, shown beside the controls that started it,
//! so a user far down the page sees the result where they are.
//!
//! When a new notice appears, focus moves to it, so keyboard and screen-reader users land on
//! the result (and its "Dismiss").

use crate::platform::page;
use crate::state::notices::{NoticeKind, Spot};
use crate::state::AppState;
use crate::ui::components::notice_card::{notice_element_id, NoticeCard};
use leptos::prelude::*;

/// The live regions of one spot: errors (`alert`) and information (`status`).
#[component]
pub fn SpotNotices(
    /// Which operations' results this place shows.
    spot: Spot,
) -> impl IntoView {
    let state = AppState::expect();
    state.mounted_spots.update(|spots| spots.push(spot));
    on_cleanup(move || {
        state.mounted_spots.update(|spots| {
            if let Some(index) = spots.iter().position(|mounted| *mounted == spot) {
                spots.remove(index);
            }
        })
    });
    let newest = Memo::new(move |_| {
        state.notices.with(|notices| {
            notices
                .iter()
                .filter(|notice| notice.spot == Some(spot))
                .map(|notice| notice.id)
                .max()
        })
    });
    // A notice that appears after this place was drawn gets focus once it is drawn itself.
    Effect::new(move |previous: Option<Option<u64>>| {
        let current = newest.get();
        if let (Some(previous), Some(id)) = (previous, current) {
            if previous != Some(id) {
                request_animation_frame(move || page::focus_element(&notice_element_id(id)));
            }
        }
        current
    });
    let of_kind = move |kind: NoticeKind| {
        move || {
            state.notices.with(|notices| {
                notices
                    .iter()
                    .filter(|notice| notice.spot == Some(spot) && notice.kind == kind)
                    .cloned()
                    .map(|notice| view! { <NoticeCard notice=notice /> })
                    .collect_view()
            })
        }
    };
    view! {
        <div class="spot-notices">
            <div role="alert">{of_kind(NoticeKind::Error)}</div>
            <div role="status">{of_kind(NoticeKind::Info)}</div>
        </div>
    }
}
