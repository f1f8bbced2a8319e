//! The readiness of each clause or Annex A area as a table with an SVG bar per row: name,
//! readiness bar and percentage, and how many questions are answered.
//!
//! A table, rather than a picture, so that screen readers get the same figures as the bars.

use crate::state::AppState;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// Readiness per clause or area, each linking to its page.
#[component]
pub fn ReadinessTable(
    /// Clauses or Annex A areas.
    kind: PartKind,
    /// The table's caption, for screen readers.
    caption: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let rows = kind
        .parts()
        .iter()
        .map(|part| {
            let part_id = part.id;
            let readiness =
                Memo::new(move |_| state.summary.with(|s| s.part(part_id).copied().unwrap_or_default()));
            let percent = move || readiness.get().percent().unwrap_or(0);
            view! {
                <tr>
                    <th scope="row">
                        <a href=kind.route(part_id).href()>{format!("{} {}", part.id, part.title)}</a>
                    </th>
                    <td class="bar-cell">
                        <div class="bar-line">
                            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-track" width="100" height="10"></rect>
                                <rect class="bar-fill" width=percent height="10"></rect>
                            </svg>
                            <span class="bar-value">{move || format!("{}%", percent())}</span>
                        </div>
                    </td>
                    <td class="numeric">
                        {move || {
                            let r = readiness.get();
                            format!("{} of {}", r.answered, r.questions)
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="readiness-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{kind.column_title()}</th>
                    <th scope="col">"Readiness"</th>
                    <th scope="col" class="numeric">"Answered"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
