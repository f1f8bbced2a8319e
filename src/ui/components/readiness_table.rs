//! The readiness of each clause as a table with a bar per row: clause, readiness bar and
//! percentage, and how many questions are answered.
//!
//! A table, rather than a picture, so that screen readers get the same figures as the bars.

use crate::domain::catalog::catalog;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Readiness per clause, each clause linking to its gap analysis page.
#[component]
pub fn ReadinessTable() -> impl IntoView {
    let state = AppState::expect();
    let rows = catalog()
        .clauses()
        .iter()
        .map(|clause| {
            let clause_id = clause.id;
            let readiness =
                Memo::new(move |_| state.summary.with(|s| s.clause(clause_id).copied().unwrap_or_default()));
            let percent = move || readiness.get().percent().unwrap_or(0);
            let href = Route::GapAnalysis {
                clause: clause_id.to_owned(),
            }
            .href();
            view! {
                <tr>
                    <th scope="row">
                        <a href=href>{format!("{} {}", clause.id, clause.title)}</a>
                    </th>
                    <td class="bar-cell">
                        <div class="bar-line">
                            <span class="bar" aria-hidden="true">
                                <span class="bar-fill" style:width=move || format!("{}%", percent())></span>
                            </span>
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
            <caption class="visually-hidden">"Readiness per clause"</caption>
            <thead>
                <tr>
                    <th scope="col">"Clause"</th>
                    <th scope="col">"Readiness"</th>
                    <th scope="col" class="numeric">"Answered"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
