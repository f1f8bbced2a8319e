//! The end of a long list that is drawn a page at a time: how many entries show, and buttons
//! to show more or all of them.
//!
//! A register of thousands of risks or actions would take seconds to draw at once; drawing the
//! first page keeps moving between sections instant, and the rest is a click away.

use crate::domain::limits::thousands;
use leptos::prelude::*;

/// How many entries a long list draws at first, and how many more each "Show more" adds.
pub const PAGE_SIZE: usize = 25;

/// "Showing 25 of 2,000 risks." with "Show 25 more risks" and "Show all 2,000 risks", shown
/// while part of the list is hidden.
#[component]
pub fn ShowMore(
    /// How many entries the list may draw; the buttons raise it.
    limit: RwSignal<usize>,
    /// How many entries the list has (after its filters).
    #[prop(into)]
    total: Signal<usize>,
    /// What the entries are, in the plural, such as "risks".
    noun: &'static str,
) -> impl IntoView {
    let hidden = move || total.get().saturating_sub(limit.get());
    let some_hidden = move || hidden() != 0;
    let status = move || {
        let total = total.get();
        format!(
            "Showing {} of {} {noun}.",
            thousands(limit.get().min(total)),
            thousands(total)
        )
    };
    let more = move || format!("Show {} more {noun}", thousands(hidden().min(PAGE_SIZE)));
    let all = move || format!("Show all {} {noun}", thousands(total.get()));
    view! {
        <Show when=some_hidden>
            <p class="show-more button-row">
                <span class="figure-note">{status}</span>
                <button type="button" class="button button-secondary" on:click=move |_| limit.update(|limit| *limit += PAGE_SIZE)>
                    {more}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| limit.set(usize::MAX)>
                    {all}
                </button>
            </p>
        </Show>
    }
}
