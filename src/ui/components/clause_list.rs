//! The list of clauses (or Annex A areas) beside their pages, each with its readiness and the
//! open one marked.
//!
//! It is a plain list of links, not a second navigation landmark, so the page keeps exactly
//! one navigation region.

use crate::state::AppState;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// Links to every clause's or area's page with its readiness percentage.
#[component]
pub fn ClauseList(
    /// Clauses or Annex A areas.
    kind: PartKind,
    /// The ID of the part currently open.
    current: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let links = kind
        .parts()
        .iter()
        .map(|part| {
            let part_id = part.id;
            let percent = Memo::new(move |_| {
                state
                    .summary
                    .with(|s| s.part(part_id).and_then(|r| r.percent()).unwrap_or(0))
            });
            let is_current = part_id == current;
            view! {
                <li>
                    <a href=kind.route(part_id).href() aria-current=is_current.then_some("page")>
                        <span class="clause-link-title">{format!("{} {}", part.id, part.title)}</span>
                        <span class="clause-link-value">{move || format!("{}%", percent.get())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="clause-list">
            <h2 id="clause-list-title" class="clause-list-title">{kind.list_title()}</h2>
            <ul aria-labelledby="clause-list-title">{links}</ul>
        </div>
    }
}
