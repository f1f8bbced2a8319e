//! The list of clauses beside the gap analysis, each with its readiness, the open one marked.
//!
//! It is a plain list of links, not a second navigation landmark, so the page keeps exactly
//! one navigation region.

use crate::domain::catalog::catalog;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Links to every clause's page with its readiness percentage.
#[component]
pub fn ClauseList(
    /// The clause currently open.
    current: String,
) -> impl IntoView {
    let state = AppState::expect();
    let links = catalog()
        .clauses()
        .iter()
        .map(|clause| {
            let clause_id = clause.id;
            let percent = Memo::new(move |_| {
                state
                    .summary
                    .with(|s| s.clause(clause_id).and_then(|r| r.percent()).unwrap_or(0))
            });
            let is_current = clause.id == current;
            let href = Route::GapAnalysis {
                clause: clause.id.to_owned(),
            }
            .href();
            view! {
                <li>
                    <a href=href aria-current=is_current.then_some("page")>
                        <span class="clause-link-title">
                            {format!("{} {}", clause.id, clause.title)}
                        </span>
                        <span class="clause-link-value">{move || format!("{}%", percent.get())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="clause-list">
            <h2 id="clause-list-title" class="clause-list-title">"Clauses"</h2>
            <ul aria-labelledby="clause-list-title">{links}</ul>
        </div>
    }
}
