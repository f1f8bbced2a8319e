//! Reviewer comments on one item: the thread, with a form to add a comment and buttons to
//! resolve or reopen each one (the badge with the open ones is `review_badge`).
//!
//! A consultant adds comments and sends the file back; they travel in the JSON export.

use crate::domain::limits::MAX_TEXT_CHARS;
use crate::state::AppState;
use leptos::prelude::*;

/// The comments on an item and the form to add one.
#[component]
pub fn ReviewThread(
    /// The clause item or control.
    item_id: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let comments = Memo::new(move |_| {
        state
            .assessment
            .with(|a| a.comments.for_item(item_id).cloned().collect::<Vec<_>>())
    });
    let summary = move || {
        let total = comments.with(Vec::len);
        let open = comments.with(|list| list.iter().filter(|c| !c.resolved).count());
        format!("Review comments ({total}, {open} open)")
    };
    let list = move || {
        comments
            .get()
            .into_iter()
            .map(|comment| {
                let byline = format!(
                    "{} · {}{}",
                    comment.id,
                    if comment.author.is_empty() { "Reviewer not named" } else { &comment.author },
                    comment.date.map(|d| format!(" · {d}")).unwrap_or_default()
                );
                let (button, next) = if comment.resolved {
                    (format!("Reopen comment {}", comment.id), false)
                } else {
                    (format!("Resolve comment {}", comment.id), true)
                };
                let status = if comment.resolved { "Resolved" } else { "Open" };
                let id = comment.id.clone();
                view! {
                    <li class="review-comment" class:resolved=comment.resolved>
                        <p class="review-byline">{byline} " · " <strong>{status}</strong></p>
                        <p class="preserve-lines">{comment.text}</p>
                        <button type="button" class="button button-small button-secondary" on:click=move |_| state.set_comment_resolved(&id, next)>
                            {button}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let text = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if state.add_review_comment(item_id, &author.get_untracked(), &text.get_untracked()) {
            text.set(String::new());
        }
    };
    let text_id = format!("review-{item_id}-text");
    let author_id = format!("review-{item_id}-author");
    view! {
        <details class="review-thread">
            <summary>{summary}</summary>
            <ul class="review-list">{list}</ul>
            <form class="review-form" on:submit=add>
                <div class="field field-wide">
                    <label for=text_id.clone()>{format!("Review comment on {item_id}")}</label>
                    <textarea maxlength=MAX_TEXT_CHARS id=text_id rows="2" prop:value=move || text.get()
                        on:input=move |event| text.set(event_target_value(&event))></textarea>
                </div>
                <div class="field">
                    <label for=author_id.clone()>"Reviewer"</label>
                    <input id=author_id type="text" maxlength=MAX_TEXT_CHARS prop:value=move || author.get()
                        on:input=move |event| author.set(event_target_value(&event)) />
                </div>
                <button type="submit" class="button button-small">{format!("Add comment on {item_id}")}</button>
            </form>
        </details>
    }
}
