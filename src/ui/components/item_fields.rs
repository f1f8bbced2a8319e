//! The free fields of an item: notes, evidence references, owner and due date.
//!
//! Each edit goes straight to the store; saving to storage is debounced elsewhere, so typing
//! never waits for it.

use crate::domain::assessment::TextField;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::state::AppState;
use crate::ui::components::limit_note::LimitNote;
use leptos::prelude::*;

/// Notes, evidence, owner and due date of one item, labelled "Notes for <ID>" and so on.
#[component]
pub fn ItemFields(
    /// The item whose fields these are.
    item_id: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let record = Memo::new(move |_| state.assessment.with(|a| a.item(item_id).cloned()));
    let text_of = move |field: TextField| {
        move || {
            record.with(|record| {
                record
                    .as_ref()
                    .map(|r| match field {
                        TextField::Notes => r.notes.clone(),
                        TextField::Evidence => r.evidence.clone(),
                        TextField::Owner => r.owner.clone(),
                    })
                    .unwrap_or_default()
            })
        }
    };
    let due_date = move || {
        record.with(|record| {
            record
                .as_ref()
                .and_then(|r| r.due_date)
                .map(|date| date.to_string())
                .unwrap_or_default()
        })
    };
    let field_id = |prefix: &str| format!("{prefix}-{item_id}");
    view! {
        <div class="item-fields">
            <div class="field field-wide">
                <label for=field_id("notes")>
                    "Notes" <span class="visually-hidden">{format!(" for {item_id}")}</span>
                </label>
                <textarea
                    maxlength=MAX_TEXT_CHARS
                    id=field_id("notes")
                    rows="3"
                    prop:value=text_of(TextField::Notes)
                    on:input=move |event| {
                        state.set_text(item_id, TextField::Notes, event_target_value(&event))
                    }
                ></textarea>
                <LimitNote text=Signal::derive(text_of(TextField::Notes)) />
            </div>
            <div class="field field-wide">
                <label for=field_id("evidence")>
                    "Evidence" <span class="visually-hidden">{format!(" for {item_id}")}</span>
                </label>
                <textarea
                    maxlength=MAX_TEXT_CHARS
                    id=field_id("evidence")
                    rows="2"
                    aria-describedby=field_id("evidence-hint")
                    prop:value=text_of(TextField::Evidence)
                    on:input=move |event| {
                        state.set_text(item_id, TextField::Evidence, event_target_value(&event))
                    }
                ></textarea>
                <LimitNote text=Signal::derive(text_of(TextField::Evidence)) />
                <p class="hint" id=field_id("evidence-hint")>
                    "Where the proof is: document names, locations or links, one per line."
                </p>
            </div>
            <div class="field">
                <label for=field_id("owner")>
                    "Owner" <span class="visually-hidden">{format!(" of {item_id}")}</span>
                </label>
                <input
                    id=field_id("owner")
                    type="text" maxlength=MAX_TEXT_CHARS
                    autocomplete="off"
                    prop:value=text_of(TextField::Owner)
                    on:input=move |event| {
                        state.set_text(item_id, TextField::Owner, event_target_value(&event))
                    }
                />
                <LimitNote text=Signal::derive(text_of(TextField::Owner)) />
            </div>
            <div class="field">
                <label for=field_id("due")>
                    "Due date" <span class="visually-hidden">{format!(" for {item_id}")}</span>
                </label>
                <input
                    id=field_id("due")
                    type="date"
                    prop:value=due_date
                    on:change=move |event| state.set_due_date(item_id, &event_target_value(&event))
                />
            </div>
        </div>
    }
}
