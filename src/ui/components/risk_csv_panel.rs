//! The risk register as a spreadsheet, on the Data page: export it as CSV, and import a CSV
//! back. A file that cannot be imported lists every problem by line and column; a valid one
//! waits for the user to confirm, and "Undo" brings the previous register back.

use crate::platform::upload;
use crate::state::notices::Spot;
use crate::state::risks::{RiskImport, RisksState};
use crate::state::AppState;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::undo_notice::UndoNotice;
use leptos::prelude::*;

/// How many problems of a bad file are listed; the rest are counted.
const SHOWN_PROBLEMS: usize = 20;

/// The "Risk register as a spreadsheet" section.
#[component]
pub fn RiskCsvPanel() -> impl IntoView {
    let state = AppState::expect();
    let risks = RisksState::expect();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(file) = upload::chosen_file(&event) {
            risks.choose_file(state, file);
        }
    };
    let reading = move || match risks.import.get() {
        Some(RiskImport::Reading(name)) => Some(view! { <p>{format!("Reading \"{name}\"…")}</p> }),
        _ => None,
    };
    let failure = move || match risks.import.get() {
        Some(RiskImport::Failed {
            file_name,
            problems,
        }) => {
            let hidden = problems.len().saturating_sub(SHOWN_PROBLEMS);
            let items = problems
                .into_iter()
                .take(SHOWN_PROBLEMS)
                .map(|problem| view! { <li>{problem}</li> })
                .collect_view();
            let more = (hidden > 0).then(|| view! { <p>{format!("…and {hidden} more.")}</p> });
            Some(view! {
                <div class="import-error">
                    <p>{format!("\"{file_name}\" cannot be imported. Nothing has been changed. Fix these cells and choose the file again:")}</p>
                    <ul>{items}</ul>
                    {more}
                </div>
            })
        }
        _ => None,
    };
    let ready = move || match risks.import.get() {
        Some(RiskImport::Ready { file_name, import }) => {
            let count = import.register.risks.len();
            let warnings = import
                .warnings
                .iter()
                .map(|warning| view! { <li>{warning.to_string()}</li> })
                .collect_view();
            Some(view! {
                <section class="import-ready" aria-label=format!("Import of \"{file_name}\"")>
                    <p>
                        {format!("\"{file_name}\" holds {count} risks and is valid. Importing replaces the {} risks of the register; the risk criteria stay as they are.", state.assessment.with_untracked(|a| a.risks.risks.len()))}
                    </p>
                    <ul>{warnings}</ul>
                    <p class="button-row">
                        <button type="button" class="button" on:click=move |_| risks.confirm_import(state)>"Replace risk register"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| risks.cancel_import()>"Cancel"</button>
                    </p>
                </section>
            })
        }
        _ => None,
    };
    view! {
        <section class="card" aria-labelledby="risk-csv-title">
            <h2 id="risk-csv-title">"Risk register as a spreadsheet"</h2>
            <UndoNotice
                id="risk-csv-undo"
                message=Signal::derive(move || risks.import_message())
                on_undo=Callback::new(move |()| risks.undo(state))
            />
            <p>"Export the register to work on it in a spreadsheet, and import it back with the same columns. A file is checked completely before anything changes."</p>
            <p class="button-row">
                <button type="button" class="button button-secondary" on:click=move |_| state.export_risks_csv()>
                    "Export risk register CSV"
                </button>
            </p>
            <div class="field">
                <label for="risk-import-file">"Import risk register CSV"</label>
                <input id="risk-import-file" type="file" accept=".csv,text/csv" on:change=on_change />
            </div>
            {reading}
            <div role="alert">{failure}</div>
            {ready}
            <SpotNotices spot=Spot::RiskCsv />
        </section>
    }
}
