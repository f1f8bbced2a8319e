//! The entries of the documents register that serve an item, shown on the item's card with
//! their version, approval and next review, each linking to its entry.

use crate::domain::records::RegisterKind;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// One document entry as the card lists it.
#[derive(Debug, Clone, PartialEq)]
struct DocumentLine {
    id: String,
    title: String,
    facts: String,
}

/// The documents that serve `item_id`, or nothing when none does.
#[component]
pub fn ItemDocuments(item_id: &'static str) -> impl IntoView {
    let state = AppState::expect();
    let lines = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.records
                .get(RegisterKind::Documents)
                .records
                .iter()
                .filter(|record| record.has("items", item_id))
                .map(|record| {
                    let mut facts = Vec::new();
                    if !record.text("version").trim().is_empty() {
                        facts.push(format!("version {}", record.text("version").trim()));
                    }
                    facts.push(match record.date("approved_on") {
                        Some(date) => format!("approved {date}"),
                        None => "not approved".to_owned(),
                    });
                    if let Some(date) = record.date("next_review") {
                        facts.push(format!("next review {date}"));
                    }
                    DocumentLine {
                        id: record.id.clone(),
                        title: record.text("title").to_owned(),
                        facts: facts.join(", "),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let lines = lines.get();
        (!lines.is_empty()).then(|| {
            let items = lines
                .into_iter()
                .map(|line| {
                    let href = Route::Record { kind: RegisterKind::Documents, id: line.id.clone() }.href();
                    view! { <li><a href=href>{format!("{} {}", line.id, line.title)}</a>{format!(" ({})", line.facts)}</li> }
                })
                .collect_view();
            view! {
                <div class="item-documents">
                    <p><strong>"Documents in the register"</strong></p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
