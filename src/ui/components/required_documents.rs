//! The documents the standard asks an organisation to keep, listed under 7.5.1 so that its
//! question ("Do you keep each of the documents listed below?") can be answered without the
//! standard in hand: each item that calls for documented information, what to keep (from the
//! catalog prose) and whether evidence is recorded for it. A list rather than a table, so that
//! it reads the same on a phone.

use crate::domain::catalog::catalog;
use crate::domain::catalog_text::CatalogText;
use crate::domain::checks::{required_documents, RequiredDocument};
use crate::state::catalog_text::TextState;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// The item whose card shows this list.
pub const LISTED_UNDER: &str = "7.5.1";

/// What the row says about the item's evidence.
fn evidence_state(document: &RequiredDocument) -> &'static str {
    match (document.in_scope, document.has_evidence) {
        (false, _) => "Not needed: excluded in the Statement of Applicability",
        (true, true) => "Evidence recorded",
        (true, false) => "No evidence recorded yet",
    }
}

/// One entry of the list.
fn entry(document: &RequiredDocument, text: &CatalogText) -> impl IntoView + use<> {
    let item = document.item;
    let what = text
        .get(item.id)
        .and_then(|text| text.documented_information.clone())
        .unwrap_or_default();
    let href = Route::Item {
        id: item.id.to_owned(),
    }
    .href();
    let state_class = if document.in_scope && !document.has_evidence {
        "document-state document-missing"
    } else {
        "document-state"
    };
    view! {
        <li>
            <a href=href>{format!("{} {}", item.id, item.title)}</a>
            <span class="document-what">{what}</span>
            <span class=state_class>{evidence_state(document)}</span>
        </li>
    }
}

/// The list, folded open, once the catalog prose is loaded.
#[component]
pub fn RequiredDocuments() -> impl IntoView {
    let state = AppState::expect();
    // The list is shown under 7.5.1, whose own entry ("the documents listed here") would only
    // point at itself.
    let documents = Memo::new(move |_| {
        state.assessment.with(|a| {
            let mut documents = required_documents(catalog(), a);
            documents.retain(|document| document.item.id != LISTED_UNDER);
            documents
        })
    });
    move || {
        let text = state.catalog_text.with(|text| match text {
            TextState::Ready(text) => Some(text.clone()),
            _ => None,
        })?;
        let documents = documents.get();
        let missing = documents
            .iter()
            .filter(|d| d.in_scope && !d.has_evidence)
            .count();
        let entries = documents
            .iter()
            .map(|document| entry(document, &text))
            .collect_view();
        Some(view! {
            <details class="required-documents" open=true>
                <summary>
                    {format!(
                        "Documents the standard asks you to keep ({}, {missing} without evidence)",
                        documents.len()
                    )}
                </summary>
                <ul class="required-documents-list" aria-label="Documents the standard asks you to keep">
                    {entries}
                </ul>
            </details>
        })
    }
}
