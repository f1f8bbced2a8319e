//! The dashboard's view of the AI systems: each system's impact level, linking to its impact
//! assessment on the AI systems page.

use crate::domain::impact;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// A card listing each AI system with its impact level.
#[component]
pub fn SystemLevels() -> impl IntoView {
    let state = AppState::expect();
    let rows = move || {
        state.assessment.with(|a| {
            a.inventory
                .systems
                .iter()
                .map(|system| {
                    let result = impact::score(&system.impact);
                    let level = result.summary();
                    let href = Route::ImpactAssessment {
                        id: system.id.clone(),
                    }
                    .href();
                    view! {
                        <dt><a href=href>{system.display_name()}</a></dt>
                        <dd>{level}</dd>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || state.assessment.with(|a| a.inventory.systems.is_empty());
    let add_href = Route::Systems.href();
    view! {
        <section class="card" aria-labelledby="systems-title">
            <h2 id="systems-title">"AI systems"</h2>
            <Show
                when=move || !empty()
                fallback=move || view! {
                    <p>"No AI systems recorded yet. " <a href=add_href.clone()>"Add your AI systems"</a> " to assess their impact."</p>
                }
            >
                <dl class="figure-list system-levels">{rows}</dl>
            </Show>
        </section>
    }
}
