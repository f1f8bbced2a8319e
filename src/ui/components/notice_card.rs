//! One notice: its message, the buttons of its follow-up action, and a dismiss button.
//!
//! Rendered inside the live regions of the notice area, always as text.

use crate::platform::download;
use crate::state::notices::{Notice, NoticeAction, NoticeKind};
use crate::state::AppState;
use leptos::prelude::*;

/// The element ID of a notice, so focus can move to it.
pub fn notice_element_id(id: u64) -> String {
    format!("notice-{id}")
}

/// One notice with its follow-up buttons and a dismiss button.
#[component]
pub fn NoticeCard(
    /// The notice to show.
    notice: Notice,
) -> impl IntoView {
    let state = AppState::expect();
    let id = notice.id;
    let follow_up = notice.action.clone().map(|action| match action {
        NoticeAction::DownloadRaw { filename, text } => view! {
            <button
                type="button"
                on:click=move |_| {
                    if let Err(error) = download::download_text(&filename, "application/json", &text) {
                        state.report_error(error.to_string());
                    }
                }
            >
                "Download the unreadable data"
            </button>
        }
        .into_any(),
        NoticeAction::ResolveConflict => view! {
            <button
                type="button"
                on:click=move |_| {
                    state.dismiss(id);
                    state.keep_this_tab_version();
                }
            >
                "Keep this tab's version"
            </button>
            <button
                type="button"
                on:click=move |_| {
                    state.dismiss(id);
                    state.use_other_tab_version();
                }
            >
                "Use the other tab's version"
            </button>
        }
        .into_any(),
    });
    // A conflict must be resolved one way or the other, so it cannot just be dismissed.
    let dismissable = notice.action != Some(NoticeAction::ResolveConflict);
    let class = match notice.kind {
        NoticeKind::Error => "notice notice-error",
        NoticeKind::Info => "notice notice-info",
    };
    view! {
        <div class=class id=notice_element_id(id) tabindex="-1">
            <p>{notice.text}</p>
            <div class="notice-actions">
                {follow_up}
                <Show when=move || dismissable>
                    <button type="button" class="secondary" on:click=move |_| state.dismiss(id)>
                        "Dismiss"
                    </button>
                </Show>
            </div>
        </div>
    }
}
