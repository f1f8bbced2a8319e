//! The folded groups of the long pages (items, impact sections, SoA areas, findings): which
//! ones the user opened or closed, and the place the "Next unanswered" control last reached.
//!
//! Both are kept in memory for the browser session only, never in the assessment or its file:
//! they describe how the user reads the pages, not what they recorded.

use crate::domain::catalog::catalog;
use crate::domain::progress::{QuestionPage, Spot};
use crate::platform::page;
use crate::state::route::Route;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// Screens narrower than this start with most groups folded; wider ones show everything, as
/// before, since the page is then far shorter and the list of parts stays beside it.
const NARROW_BELOW_PX: f64 = 720.0;

thread_local! {
    /// The groups the user opened (true) or closed (false) this session, by key.
    static CHOSEN: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    /// The question the user last answered or was taken to, on its page.
    static LAST_SPOT: RefCell<Option<(QuestionPage, Spot)>> = const { RefCell::new(None) };
}

/// Whether the screen is narrow enough for groups to start folded.
pub fn narrow_screen() -> bool {
    page::viewport_width().is_some_and(|width| width < NARROW_BELOW_PX)
}

/// Whether a group starts open: as the user left it this session, or else `default`.
pub fn fold_open(key: &str, default: bool) -> RwSignal<bool> {
    let chosen = CHOSEN.with(|chosen| chosen.borrow().get(key).copied());
    RwSignal::new(chosen.unwrap_or(default))
}

/// Opens or closes a group and remembers the choice for the session.
pub fn set_fold(key: &str, open: RwSignal<bool>, value: bool) {
    CHOSEN.with(|chosen| chosen.borrow_mut().insert(key.to_owned(), value));
    open.set(value);
}

/// Remembers the question the user is at, for the next "Next unanswered".
pub fn remember_spot(page: QuestionPage, spot: Spot) {
    LAST_SPOT.with(|last| *last.borrow_mut() = Some((page, spot)));
}

/// Where "Next unanswered" starts on this page: after the question last reached on it, or at
/// its top.
pub fn last_spot_on(page: &QuestionPage) -> Spot {
    LAST_SPOT.with(|last| match &*last.borrow() {
        Some((last_page, spot)) if last_page == page => *spot,
        _ => Spot::Top,
    })
}

/// The question page an item is answered on: its clause or its Annex A area.
pub fn page_of_item(item_id: &str) -> Option<QuestionPage> {
    let has = |part: &&'static crate::domain::catalog::Clause| {
        part.items.iter().any(|item| item.id == item_id)
    };
    if let Some(clause) = catalog().clauses().iter().find(has) {
        return Some(QuestionPage::Clause(clause.id));
    }
    catalog()
        .annex_a_areas()
        .iter()
        .find(has)
        .map(|area| QuestionPage::AnnexArea(area.id))
}

/// The route of a question page.
pub fn page_route(page: &QuestionPage) -> Route {
    match page {
        QuestionPage::Clause(id) => Route::GapAnalysis {
            clause: (*id).to_owned(),
        },
        QuestionPage::AnnexArea(id) => Route::AnnexA {
            area: (*id).to_owned(),
        },
        QuestionPage::Impact(id) => Route::ImpactAssessment { id: id.clone() },
    }
}
