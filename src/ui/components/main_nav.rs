//! The main navigation: one link per section, the current one marked with `aria-current`.
//!
//! The link names are part of the product's accessible contract (docs/ui-names.md).

use crate::state::route::{Route, Section};
use crate::state::AppState;
use leptos::prelude::*;

/// The site's one navigation landmark.
#[component]
pub fn MainNav() -> impl IntoView {
    let state = AppState::expect();
    // A route never moves to another HTML page without loading it, so the page is read once.
    let here = state.route.get_untracked();
    let link = move |label: &'static str, section: Section, target: Route| {
        let current =
            move || (state.route.with(|route| route.section()) == section).then_some("page");
        view! {
            <li>
                <a href=target.href_from(&here) aria-current=current>
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>
                {link("Dashboard", Section::Dashboard, Route::Dashboard)}
                {link(
                    "Gap analysis",
                    Section::GapAnalysis,
                    Route::GapAnalysis {
                        clause: crate::state::route::FIRST_CLAUSE.to_owned(),
                    },
                )}
                {link(
                    "Annex A",
                    Section::AnnexA,
                    Route::AnnexA {
                        area: crate::state::route::FIRST_AREA.to_owned(),
                    },
                )}
                {link("Statement of Applicability", Section::Soa, Route::Soa)}
                {link("AI systems", Section::AiSystems, Route::Systems)}
                {link("Risks", Section::Risks, Route::Risks)}
                {link("Impact assessments", Section::Impact, Route::Impact)}
                {link("Action plan", Section::Actions, Route::Actions)}
                {link("Report", Section::Report, Route::Report)}
                {link("Data", Section::Data, Route::Data)}
            </ul>
        </nav>
    }
}
