//! The OSCAL group of the Data page's exports: the catalog, the SoA as a profile, the
//! assessment results and the plan of action and milestones in NIST's OSCAL 1.1.2 JSON, for
//! governance, risk and compliance tools that read it.

use crate::state::AppState;
use leptos::prelude::*;

/// The "OSCAL 1.1.2 (JSON)" group of export buttons, inside the Export section.
#[component]
pub fn OscalExport() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <div role="group" aria-labelledby="oscal-export-title">
            <h3 id="oscal-export-title">"OSCAL 1.1.2 (JSON)"</h3>
            <p class="button-row">
                <button type="button" class="button button-secondary" on:click=move |_| state.export_oscal_catalog()>
                    "Export OSCAL catalog"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.export_oscal_profile()>
                    "Export OSCAL profile"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.export_oscal_results()>
                    "Export OSCAL assessment results"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.export_oscal_poam()>
                    "Export OSCAL POA&M"
                </button>
            </p>
            <p class="field-hint">
                "For tools that read NIST's OSCAL. Keep the profile beside the catalog: it names it."
            </p>
        </div>
    }
}
