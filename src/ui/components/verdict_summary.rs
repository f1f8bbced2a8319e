//! The dashboard's summary of the two readiness verdicts: each stage's headline, the
//! disclaimer, and a link to the consistency check page where every blocker is listed.

use crate::domain::readiness::DISCLAIMER;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// A card with the stage 1 and stage 2 headlines.
#[component]
pub fn VerdictSummary() -> impl IntoView {
    let state = AppState::expect();
    let verdict = state.verdict;
    view! {
        <section class="card" aria-labelledby="verdict-summary-title">
            <h2 id="verdict-summary-title">"Audit readiness"</h2>
            <ul class="verdict-summary">
                <li><strong>"Stage 1: "</strong>{move || verdict.with(|v| v.stage_one.headline())}</li>
                <li><strong>"Stage 2: "</strong>{move || verdict.with(|v| v.stage_two.headline())}</li>
            </ul>
            <p class="figure-note">{DISCLAIMER}</p>
            <p><a href=Route::Checks.href()>"See what stands in the way"</a></p>
        </section>
    }
}
