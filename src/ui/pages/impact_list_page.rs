//! The list of impact assessments: one line per AI system with its impact level, and the
//! method that turns answers into levels.

use crate::domain::impact;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::impact_method::ImpactMethod;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The impact assessments page.
#[component]
pub fn ImpactListPage() -> impl IntoView {
    let state = AppState::expect();
    let rows = move || {
        state.assessment.with(|a| {
            a.inventory
                .systems
                .iter()
                .map(|system| {
                    let result = impact::score(&system.impact);
                    let name = system.display_name();
                    let (answered, asked) = (result.answered, result.asked);
                    let before = result
                        .before
                        .map_or_else(|| "—".to_owned(), |level| level.label());
                    let annex = result
                        .annex_iii
                        .map_or_else(|| "—".to_owned(), |area| area.short_name().to_owned());
                    let version = format!(
                        "{} ({})",
                        system.impact.version,
                        system.impact.status_label().to_lowercase()
                    );
                    view! {
                        <tr>
                            <th scope="row">
                                <a href=Route::ImpactAssessment { id: system.id.clone() }.href()>{name}</a>
                            </th>
                            <td>{before}</td>
                            <td>{result.summary()}</td>
                            <td>{annex}</td>
                            <td>{format!("{answered} of {asked}")}</td>
                            <td>{version}</td>
                            <td>{system.impact.date.map(|date| date.to_string()).unwrap_or_else(|| "—".to_owned())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || state.assessment.with(|a| a.inventory.systems.is_empty());
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Impact assessments"</h1>
        <p class="lead">
            "For each AI system, assess the consequences it can have for individuals, for groups and for society, and the measures already in place. The result is the documented impact assessment an auditor asks to see."
        </p>
        <Show
            when=move || !empty()
            fallback=|| view! {
                <p class="card">
                    "There are no AI systems yet. "
                    <a href=Route::Systems.href()>"Add your AI systems"</a>
                    " first; each one then gets its impact assessment here."
                </p>
            }
        >
            <div class="card table-scroll" tabindex="0" role="group" aria-label="Impact levels (scroll sideways on small screens)">
                <table class="impact-list">
                    <caption>"Impact level per AI system"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"AI system"</th>
                            <th scope="col">"Before measures"</th>
                            <th scope="col">"Impact level"</th>
                            <th scope="col">"Annex III area"</th>
                            <th scope="col">"Harm questions answered"</th>
                            <th scope="col">"Version"</th>
                            <th scope="col">"Date"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
        <ImpactMethod />
    }
}
