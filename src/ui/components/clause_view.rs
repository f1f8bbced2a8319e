//! One clause of the gap analysis: the clause list beside it, the clause's and the overall
//! readiness, its items grouped under their headings, and links to the neighbouring clauses.
//!
//! Chosen by the gap analysis page once the clause in the URL is known to exist.

use crate::domain::catalog::{catalog, Clause, ClauseBlock};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::clause_list::ClauseList;
use crate::ui::components::item_card::ItemCard;
use crate::ui::components::scoring_help::ScoringHelp;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The content for a clause that exists.
#[component]
pub fn ClauseView(
    /// The clause to show.
    clause: &'static Clause,
) -> impl IntoView {
    let state = AppState::expect();
    let clause_id = clause.id;
    let readiness = Memo::new(move |_| {
        state
            .summary
            .with(|s| s.clause(clause_id).copied().unwrap_or_default())
    });
    let overall = Memo::new(move |_| state.summary.with(|s| s.overall));
    let blocks = clause
        .blocks()
        .into_iter()
        .map(|block| match block {
            ClauseBlock::Item(item) => view! { <ItemCard item=item /> }.into_any(),
            ClauseBlock::Group(heading, items) => {
                let cards = items
                    .into_iter()
                    .map(|item| view! { <ItemCard item=item nested=true /> })
                    .collect_view();
                view! {
                    <div class="item-group">
                        <h2 class="group-heading">{format!("{} {}", heading.id, heading.title)}</h2>
                        <p class="group-note">"A heading that groups the items below; it is not answered itself."</p>
                        {cards}
                    </div>
                }
                .into_any()
            }
        })
        .collect_view();
    let neighbours = neighbour_links(clause);
    view! {
        <div class="gap-layout">
            <ClauseList current=clause.id.to_owned() />
            <div class="clause-content">
                <p class="eyebrow">"Gap analysis"</p>
                <h1 id=PAGE_TITLE_ID tabindex="-1">
                    {format!("Clause {}: {}", clause.id, clause.title)}
                </h1>
                <p class="clause-summary">{clause.summary}</p>
                <div class="summary-strip">
                    <section aria-labelledby="clause-readiness-title">
                        <h2 id="clause-readiness-title" class="strip-label">
                            {format!("Clause {clause_id} readiness")}
                        </h2>
                        <p class="strip-figure">
                            {move || format!("{}%", readiness.get().percent().unwrap_or(0))}
                        </p>
                        <p class="strip-note">
                            {move || {
                                let r = readiness.get();
                                format!("{} of {} questions answered", r.answered, r.questions)
                            }}
                        </p>
                    </section>
                    <section aria-labelledby="overall-title">
                        <h2 id="overall-title" class="strip-label">"Overall readiness"</h2>
                        <p class="strip-figure">
                            {move || format!("{}%", overall.get().percent().unwrap_or(0))}
                        </p>
                        <p class="strip-note">"All clauses 4 to 10"</p>
                    </section>
                </div>
                <ScoringHelp />
                {blocks}
                {neighbours}
            </div>
        </div>
    }
}

/// Links to the previous and next clause, for walking through the clauses in order.
fn neighbour_links(clause: &Clause) -> impl IntoView {
    let clauses = catalog().clauses();
    let position = clauses.iter().position(|c| c.id == clause.id);
    let link = |index: Option<usize>, rel: &'static str| {
        index.and_then(|i| clauses.get(i)).map(|target| {
            let href = Route::GapAnalysis {
                clause: target.id.to_owned(),
            }
            .href();
            let label = if rel == "prev" {
                format!("← Clause {}: {}", target.id, target.title)
            } else {
                format!("Clause {}: {} →", target.id, target.title)
            };
            view! { <a class=format!("pager-{rel}") href=href rel=rel>{label}</a> }
        })
    };
    let previous = link(position.and_then(|p| p.checked_sub(1)), "prev");
    let next = link(position.map(|p| p + 1), "next");
    view! { <div class="pager">{previous}{next}</div> }
}
