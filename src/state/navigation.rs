//! Moving between sections: the route follows the URL hash, and the user's place is kept.
//!
//! A section reached by a link (a new history entry) starts at the top, with the navigation in
//! view and focus on the section's heading; a section reached with Back or Forward (an entry
//! seen before) comes back at the scroll position the user left it at. The document title
//! names the section.

use crate::platform::{clock, history, location, page};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;
use std::collections::HashMap;

/// Where a section should open once it is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Arrival {
    /// A new history entry: at the top.
    New,
    /// Back or Forward to an entry seen before: where the user left it.
    Returning(f64),
}

/// Keeps the route in step with the URL hash and puts each section where the user expects it.
/// Called once by `App`.
pub fn follow_route(state: AppState, title: fn(&Route) -> String) {
    history::restore_scroll_manually();
    // Keys start from the clock, so an entry keyed before a reload is never confused with one
    // keyed after it.
    let next_key = StoredValue::new(clock::now_ms());
    let new_key = move || {
        let key = next_key.get_value();
        next_key.set_value(key + 1.0);
        history::set_entry_key(key);
        key
    };
    let current_key = StoredValue::new(history::entry_key().unwrap_or_else(new_key));
    let positions: StoredValue<HashMap<u64, f64>> = StoredValue::new(HashMap::new());
    let arrival = StoredValue::new(Arrival::New);
    history::on_scroll(move || {
        let key = current_key.get_value().to_bits();
        positions.update_value(|positions| {
            positions.insert(key, history::scroll_y());
        });
    });
    location::on_hash_change(move |hash| {
        // The page being left is still drawn, so this is where the user left it. Scroll events
        // alone are not enough: the browser delivers them with the next frame, which can come
        // after this change of entry, and the position would then be kept under the wrong key.
        let leaving = current_key.get_value().to_bits();
        let left_at = history::scroll_y();
        positions.update_value(|positions| {
            positions.insert(leaving, left_at);
        });
        let (key, came) = match history::entry_key() {
            Some(key) => {
                let left_at =
                    positions.with_value(|positions| positions.get(&key.to_bits()).copied());
                (key, left_at.map_or(Arrival::New, Arrival::Returning))
            }
            None => (new_key(), Arrival::New),
        };
        current_key.set_value(key);
        arrival.set_value(came);
        state.route.set(Route::parse(&hash));
    });
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        page::set_title(&title(&route));
        if previous.is_some_and(|previous| previous != route) {
            let came = arrival.get_value();
            // After the new section is drawn.
            request_animation_frame(move || {
                match came {
                    Arrival::New => history::scroll_to_y(0.0),
                    Arrival::Returning(y) => history::scroll_to_y(y),
                }
                page::focus_element_in_place(PAGE_TITLE_ID);
            });
        }
        route
    });
}
