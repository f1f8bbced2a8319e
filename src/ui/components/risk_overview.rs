//! The dashboard's view of the risk register: a miniature heat map of where the live risks
//! stand now, how many are above the acceptance limit without acceptance, and a link to the
//! register.

use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::heat_map::current_map;
use leptos::prelude::*;

/// A card with the risk heat map in miniature.
#[component]
pub fn RiskOverview() -> impl IntoView {
    let state = AppState::expect();
    let register_href = Route::Risks.href();
    let empty = move || state.assessment.with(|a| a.risks.risks.is_empty());
    let counts = move || {
        state.assessment.with(|a| {
            format!(
                "{} open risks; {} above the acceptance limit without acceptance.",
                a.risks.live_count(),
                a.risks.unaccepted_count()
            )
        })
    };
    view! {
        <section class="card risk-overview" aria-labelledby="risk-overview-title">
            <h2 id="risk-overview-title">"Risks"</h2>
            <Show
                when=move || !empty()
                fallback=move || view! {
                    <p>"No risks recorded yet. " <a href=register_href.clone()>"Start the risk register"</a> "."</p>
                }
            >
                <p class="figure-note">{counts}</p>
                {move || state.assessment.with(|a| current_map(&a.risks).into_any())}
                <p>
                    <a href=Route::Risks.href()>"Open the risk register"</a>
                </p>
            </Show>
        </section>
    }
}
