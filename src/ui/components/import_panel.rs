//! The import of the Data page: a file input for JSON and CSV files, the error when a file
//! cannot be imported, and the preview when it can.

use crate::platform::upload;
use crate::state::import::ImportStep;
use crate::state::library::DataState;
use crate::state::notices::Spot;
use crate::state::AppState;
use crate::ui::components::import_preview::ImportPreview;
use crate::ui::components::merge_preview::MergePreview;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::undo_notice::UndoNotice;
use leptos::prelude::*;

/// The "Import" section of the Data page.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = AppState::expect();
    let data = DataState::expect();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(file) = upload::chosen_file(&event) {
            data.choose_file(state, file);
        }
    };
    let reading = move || match data.import.get() {
        ImportStep::Reading(name) => Some(view! { <p>{format!("Reading \"{name}\"…")}</p> }),
        _ => None,
    };
    let failure = move || match data.import.get() {
        ImportStep::Failed { file_name, message } => Some(view! {
            <p class="import-error">
                {format!(
                    "\"{file_name}\" cannot be imported: {message}. Nothing has been changed."
                )}
            </p>
        }),
        _ => None,
    };
    let preview = move || match data.import.get() {
        ImportStep::Ready(preview) => Some(view! { <ImportPreview preview=*preview /> }.into_any()),
        ImportStep::Merging(plan) => Some(view! { <MergePreview plan=*plan /> }.into_any()),
        _ => None,
    };
    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">"Import"</h2>
            <p>
                "Choose a JSON file exported by AIMS Assess (also from an older version) or an answers CSV. You will see what it holds and what it would change before anything happens."
            </p>
            <div class="field">
                <label for="import-file">"Import file"</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".json,.csv,application/json,text/csv"
                    on:change=on_change
                />
            </div>
            {reading}
            <div role="alert">{failure}</div>
            {preview}
            <UndoNotice
                id="import-undo"
                message=Signal::derive(move || data.undo_message(Spot::Import))
                on_undo=Callback::new(move |()| data.undo(state))
            />
            <SpotNotices spot=Spot::Import />
        </section>
    }
}
