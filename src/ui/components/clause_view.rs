//! One clause of the gap analysis, or one Annex A area: the list of parts beside it, its own
//! and the total readiness, its items grouped under their headings, and links to the
//! neighbouring parts.
//!
//! Chosen by the gap analysis and Annex A pages once the part in the URL is known to exist.
//! On a narrow screen the item cards start folded, except the first with open questions (or
//! the one a link points to), and the "Next unanswered question" bar stays at the top.

use crate::domain::catalog::{Clause, ClauseBlock, Item};
use crate::domain::catalog_text::CatalogText;
use crate::domain::progress::{item_progress, items_progress, QuestionPage};
use crate::platform::page;
use crate::state::catalog_text::TextState;
use crate::state::folds::narrow_screen;
use crate::state::AppState;
use crate::ui::components::catalog_changes::CatalogChanges;
use crate::ui::components::clause_list::ClauseList;
use crate::ui::components::group_heading::GroupHeading;
use crate::ui::components::item_card::ItemCard;
use crate::ui::components::load_failed::LoadFailed;
use crate::ui::components::next_unanswered::NextUnanswered;
use crate::ui::components::scoring_help::ScoringHelp;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// The content for a clause or area that exists.
#[component]
pub fn ClauseView(
    /// The clause or area to show.
    part: &'static Clause,
    /// Whether it is a clause or an Annex A area.
    kind: PartKind,
    /// An item to move focus to once the item cards are drawn (a link to one item).
    #[prop(optional)]
    focus: Option<&'static str>,
) -> impl IntoView {
    let state = AppState::expect();
    let part_id = part.id;
    let readiness = Memo::new(move |_| {
        state
            .summary
            .with(|s| s.part(part_id).copied().unwrap_or_default())
    });
    let total = Memo::new(move |_| {
        state.summary.with(|s| match kind {
            PartKind::Clause => s.clause_total,
            PartKind::AnnexArea => s.annex_a,
        })
    });
    let overall = Memo::new(move |_| state.summary.with(|s| s.overall));
    state.ensure_catalog_text();
    if let Some(item_id) = focus {
        focus_when_drawn(state, item_id);
    }
    // The item cards need the catalog prose (question wording above all), so they appear once
    // it has loaded; the readiness figures above them do not wait.
    let blocks = move || {
        state.catalog_text.with(|loaded| match loaded {
            TextState::Ready(text) => item_blocks(state, part, text, focus).into_any(),
            TextState::Failed(error) => view! {
                <LoadFailed what="The questions" error=error.to_string() class="text-status"
                    on_retry=Callback::new(move |()| state.ensure_catalog_text()) />
            }
            .into_any(),
            TextState::NotLoaded | TextState::Loading => {
                view! { <p class="text-status" role="status">"Loading questions…"</p> }.into_any()
            }
        })
    };
    let question_page = match kind {
        PartKind::Clause => QuestionPage::Clause(part_id),
        PartKind::AnnexArea => QuestionPage::AnnexArea(part_id),
    };
    let summary =
        (!part.summary.is_empty()).then(|| view! { <p class="clause-summary">{part.summary}</p> });
    view! {
        <div class="gap-layout">
            <ClauseList kind=kind current=part_id />
            <div class="clause-content">
                <NextUnanswered page=question_page />
                <p class="eyebrow">{kind.eyebrow()}</p>
                <h1 id=PAGE_TITLE_ID tabindex="-1">{kind.page_title(part)}</h1>
                <CatalogChanges />
                {summary}
                <div class="summary-strip">
                    <section aria-labelledby="part-readiness-title">
                        <h2 id="part-readiness-title" class="strip-label">
                            {format!("{} readiness", kind.short_name(part_id))}
                        </h2>
                        <p class="strip-figure">
                            {move || format!("{}%", readiness.get().percent().unwrap_or(0))}
                        </p>
                        <p class="strip-note">
                            {move || {
                                let r = readiness.get();
                                format!("{} of {} requirement questions answered", r.answered, r.questions)
                            }}
                        </p>
                    </section>
                    <section aria-labelledby="total-title">
                        <h2 id="total-title" class="strip-label">{kind.total_label()}</h2>
                        <p class="strip-figure">
                            {move || format!("{}%", total.get().percent().unwrap_or(0))}
                        </p>
                        <p class="strip-note">
                            {move || {
                                let t = total.get();
                                format!("{} items in scope", t.items)
                            }}
                        </p>
                    </section>
                    <section aria-labelledby="overall-title">
                        <h2 id="overall-title" class="strip-label">"Overall readiness"</h2>
                        <p class="strip-figure">
                            {move || format!("{}%", overall.get().percent().unwrap_or(0))}
                        </p>
                        <p class="strip-note">"Clauses and Annex A together"</p>
                    </section>
                </div>
                <ScoringHelp />
                {blocks}
                {neighbour_links(part, kind)}
            </div>
        </div>
    }
}

/// Moves focus to an item's heading once the catalog prose is loaded and its card drawn.
fn focus_when_drawn(state: AppState, item_id: &'static str) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = state
            .catalog_text
            .with(|loaded| matches!(loaded, TextState::Ready(_)));
        if ready {
            // The cards are drawn in the same turn; focus after the route's own focus move.
            set_timeout(
                move || page::focus_element(&format!("item-{item_id}-title")),
                std::time::Duration::from_millis(50),
            );
        }
        ready
    });
}

/// The part's item cards in document order, with grouped items under their heading and how
/// many of the group's questions are answered. On a narrow screen only the card a link points
/// to, or else the first with open questions, starts open.
fn item_blocks(
    state: AppState,
    part: &'static Clause,
    text: &CatalogText,
    focus: Option<&'static str>,
) -> impl IntoView {
    let narrow = narrow_screen();
    let first_open = state.assessment.with_untracked(|assessment| {
        part.items
            .iter()
            .find(|item| item_progress(item, assessment).has_open())
            .map(|item| item.id)
    });
    let open_item = focus.or(first_open);
    let card = |item: &'static Item, nested: bool| {
        let item_text = text.get(item.id).cloned().unwrap_or_default();
        let start_open = !narrow || open_item == Some(item.id);
        view! { <ItemCard item=item text=item_text nested=nested start_open=start_open /> }
    };
    part.blocks()
        .into_iter()
        .map(|block| match block {
            ClauseBlock::Item(item) => card(item, false).into_any(),
            ClauseBlock::Group(heading, items) => {
                let progress = {
                    let items = items.clone();
                    move || {
                        state.assessment.with(|assessment| {
                            items_progress(&items, assessment)
                                .sentence("questions answered in this group")
                        })
                    }
                };
                let cards = items
                    .into_iter()
                    .map(|item| card(item, true))
                    .collect_view();
                view! {
                    <div class="item-group">
                        <GroupHeading heading=heading />
                        <p class="group-progress">{progress}</p>
                        {cards}
                    </div>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// Links to the previous and next part, for walking through them in order.
fn neighbour_links(part: &'static Clause, kind: PartKind) -> impl IntoView {
    let parts = kind.parts();
    let position = parts.iter().position(|p| p.id == part.id);
    let link = |index: Option<usize>, rel: &'static str| {
        index.and_then(|i| parts.get(i)).map(|target| {
            let name = kind.page_title(target);
            let label = if rel == "prev" {
                format!("← {name}")
            } else {
                format!("{name} →")
            };
            view! { <a class=format!("pager-{rel}") href=kind.route(target.id).href() rel=rel>{label}</a> }
        })
    };
    let previous = link(position.and_then(|p| p.checked_sub(1)), "prev");
    let next = link(position.map(|p| p + 1), "next");
    view! { <div class="pager">{previous}{next}</div> }
}
