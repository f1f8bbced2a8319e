//! The gap analysis of one clause: the clause list, the clause's readiness, and its items
//! grouped under their headings.
//!
//! The clause is named in the URL (`#/gap-analysis/6`), so links and reloads land on it.

use crate::domain::catalog::catalog;
use crate::ui::components::clause_view::ClauseView;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// The gap analysis page for one clause.
#[component]
pub fn GapAnalysisPage(
    /// The clause ID from the URL ("4" to "10").
    clause_id: String,
) -> impl IntoView {
    match catalog().clause(&clause_id) {
        Some(clause) => view! { <ClauseView part=clause kind=PartKind::Clause /> }.into_any(),
        None => {
            view! { <NotFoundPage what=format!("Gap analysis, clause {clause_id}") /> }.into_any()
        }
    }
}
