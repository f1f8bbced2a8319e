//! The dashboard's most important gaps (`action_plan::top_gaps`, the same as the report's): the
//! first open actions of the action plan in priority order, each linking to the item or risk it is about, with the questions answered
//! "No" or "Partly" named under it, as the action plan names them.

use crate::domain::action_plan::{self, ActionKind};
use crate::platform::clock;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::action_row::missing_list;
use leptos::prelude::*;

/// A card with the most important open actions.
#[component]
pub fn TopGaps() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    // The questions' wording is loaded only when a gap names questions.
    let names_questions = state.planned.with_untracked(|actions| {
        action_plan::top_gaps(actions, today)
            .into_iter()
            .any(|action| action.kind == ActionKind::Item)
    });
    if names_questions {
        state.ensure_catalog_text();
    }
    let rows = move || {
        state.planned.with(|actions| {
            let open: Vec<_> = action_plan::top_gaps(actions, today)
                .into_iter()
                .map(|action| {
                    let target = match (&action.risk_id, &action.item_id) {
                        (Some(id), _) => Route::Risk { id: id.clone() },
                        (None, Some(id)) => Route::Item { id: id.clone() },
                        (None, None) => Route::Actions,
                    };
                    let priority = format!("{} priority", action.priority.label());
                    let missing = missing_list(state, action);
                    view! {
                        <li>
                            <a href=target.href()>{action.title.clone()}</a>
                            <span class="figure-note">{format!(" · {priority}")}</span>
                            {missing}
                        </li>
                    }
                })
                .collect();
            open
        })
    };
    view! {
        <section class="card" aria-labelledby="top-gaps-title">
            <h2 id="top-gaps-title">"Most important gaps"</h2>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    view! { <p>"No open actions: answer the questions to find your gaps."</p> }.into_any()
                } else {
                    view! { <ol class="top-gaps">{rows}</ol> }.into_any()
                }
            }}
            <p><a href=Route::Actions.href()>"Open the action plan"</a></p>
        </section>
    }
}
