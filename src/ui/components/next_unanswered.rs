//! The "Next unanswered question" bar of the question pages (a clause, an Annex A area, an
//! impact assessment): it takes the user, and keyboard focus, to the next open question of
//! the whole assessment, moving to another page when needed and opening the folded group the
//! question sits in. When nothing is open it says so.
//!
//! Which question is next is `domain::progress::next_open`; this component only moves there.

use crate::domain::catalog::catalog;
use crate::domain::progress::{self, QuestionPage, Spot};
use crate::platform::{location, page};
use crate::state::folds::{last_spot_on, page_route, remember_spot};
use crate::state::AppState;
use crate::ui::components::impact_result_view::open_point_target;
use leptos::prelude::*;
use std::time::Duration;

/// How often, and how many times, focus tries to reach a question on a page still drawing
/// (the question wording loads on first use).
const RETRY_EVERY: Duration = Duration::from_millis(100);
const RETRIES: u32 = 50;

/// The element of a question or open point that focus moves into.
pub fn spot_element_id(spot: Spot) -> Option<String> {
    match spot {
        Spot::Top => None,
        Spot::Question { question, .. } => Some(question_block_id(question)),
        Spot::Impact(point) => Some(open_point_target(point)),
    }
}

/// The element ID of a clause or Annex A question's block (its text, radios and note).
pub fn question_block_id(question_id: &str) -> String {
    format!("question-{question_id}-block")
}

/// Focuses the first radio of the element, trying again while the page is still drawing it.
fn focus_when_drawn(element_id: String, tries: u32) {
    if !page::reveal_and_focus_answer(&element_id) && tries > 0 {
        set_timeout(move || focus_when_drawn(element_id, tries - 1), RETRY_EVERY);
    }
}

/// The sticky bar with the "Next unanswered question" button and its message.
#[component]
pub fn NextUnanswered(
    /// The question page the bar is on.
    page: QuestionPage,
) -> impl IntoView {
    let state = AppState::expect();
    let here = StoredValue::new(page);
    let message = RwSignal::new(String::new());
    let go = move |_| {
        let page = here.get_value();
        let from = last_spot_on(&page);
        let next = state.assessment.with_untracked(|assessment| {
            let stops = progress::stops(catalog(), assessment);
            progress::next_open(&stops, &page, from).cloned()
        });
        let Some(stop) = next else {
            message.set("Every question is answered: nothing is left open.".to_owned());
            return;
        };
        message.set(String::new());
        remember_spot(stop.page.clone(), stop.spot);
        let Some(element_id) = spot_element_id(stop.spot) else {
            return;
        };
        if stop.page == page {
            focus_when_drawn(element_id, RETRIES);
        } else {
            location::set_hash(&page_route(&stop.page).href());
            // After the new page is drawn and the route has put focus on its heading.
            set_timeout(move || focus_when_drawn(element_id, RETRIES), RETRY_EVERY);
        }
    };
    view! {
        <div class="next-bar no-print">
            <button type="button" class="button button-secondary" on:click=go>
                "Next unanswered question"
            </button>
            <p class="next-message" role="status">{move || message.get()}</p>
        </div>
    }
}
