//! The exports of the Data page: the whole assessment as JSON, an anonymised copy, the
//! answers and the Statement of Applicability as CSV for spreadsheets, everything as one
//! .xlsx workbook, and the OSCAL models.

use crate::state::notices::Spot;
use crate::state::AppState;
use crate::ui::components::oscal_export::OscalExport;
use crate::ui::components::spot_notices::SpotNotices;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The "Export" section of the Data page.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = AppState::expect();
    // While a workbook is being written, its button is marked unavailable (aria-disabled, so
    // that keyboard focus stays on it), clicks are ignored, and a status line says so; a second
    // click would only queue a second file.
    let writing = RwSignal::new(false);
    let export_workbook = move |_| {
        if writing.get_untracked() {
            return;
        }
        writing.set(true);
        spawn_local(async move {
            state.export_workbook().await;
            writing.set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Export"</h2>
            <p>
                "A JSON file holds the whole open assessment. Keep it as a backup, or send it to a consultant: they open it with their own copy of AIMS Assess and send it back, and you import it below."
            </p>
            <p class="button-row">
                <button type="button" class="button" on:click=move |_| state.export_json(false)>
                    "Export JSON"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.export_json(true)>
                    "Export anonymised JSON"
                </button>
            </p>
            <p class="field-hint">
                "The anonymised copy leaves out the organisation's name, scope, people's names, notes, evidence and justifications, the names and descriptions of your AI systems, and the descriptions, owners and rationales of your risks (their titles stay), so it can be shared as a benchmark. It says that it is anonymised."
            </p>
            <p>
                "CSV files open in any spreadsheet. The answers file has one row per question; after editing it you can import it again."
            </p>
            <p class="button-row">
                <button type="button" class="button" on:click=move |_| state.export_answers_csv()>
                    "Export CSV"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.export_soa_csv()>
                    "Export SoA CSV"
                </button>
            </p>
            <p>
                "The workbook holds everything in one file for Excel, LibreOffice or Numbers: a sheet each for the answers (with the questions), the Statement of Applicability, the risks, the impact assessments, the action plan and every register. It is for reading and sharing; it is not imported again."
            </p>
            <p class="button-row">
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=export_workbook
                    aria-disabled=move || if writing.get() { "true" } else { "false" }
                    aria-describedby="workbook-status"
                >
                    "Export workbook (.xlsx)"
                </button>
            </p>
            <p id="workbook-status" class="field-hint" role="status">
                {move || writing.get().then_some("Writing the workbook…")}
            </p>
            <OscalExport />
            <SpotNotices spot=Spot::Export />
        </section>
    }
}
