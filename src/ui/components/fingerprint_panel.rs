//! A document's SHA-256 fingerprint: take it from a file, or check a file against it. The file
//! is read in this browser only; neither it nor its name leaves the page, and only the
//! fingerprint and the file's name are kept.

use crate::domain::records::RegisterKind;
use crate::platform::upload;
use crate::state::AppState;
use leptos::prelude::*;

/// The two file inputs of a document entry.
#[component]
pub fn FingerprintPanel(
    /// The document entry's ID.
    record_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(record_id.clone());
    let recorded = state.record_value(RegisterKind::Documents, record_id, "sha256");
    let take = move |event: leptos::ev::Event| {
        if let Some(file) = upload::chosen_file(&event) {
            state.take_fingerprint(id.get_value(), file);
        }
    };
    let check = move |event: leptos::ev::Event| {
        if let Some(file) = upload::chosen_file(&event) {
            state.check_fingerprint(id.get_value(), file);
        }
    };
    view! {
        <section class="card fingerprint" aria-labelledby="fingerprint-heading">
            <h2 id="fingerprint-heading">"File fingerprint"</h2>
            <p>"Choose the document's file to record its SHA-256 fingerprint. The file is read in this browser only: it is neither stored nor sent anywhere. Whoever holds a copy can later check it is exactly the version recorded here; the same fingerprint is printed by sha256sum and similar tools."</p>
            <div class="field">
                <label for="fingerprint-take">"Take the fingerprint of a file"</label>
                <input id="fingerprint-take" type="file" on:change=take />
            </div>
            {move || (!recorded.get().is_empty()).then(|| view! {
                <div class="field">
                    <label for="fingerprint-check">"Check a file against the recorded fingerprint"</label>
                    <input id="fingerprint-check" type="file" on:change=check />
                </div>
            })}
        </section>
    }
}
