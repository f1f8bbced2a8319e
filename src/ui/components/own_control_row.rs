//! One of the organisation's own controls in the Statement of Applicability: its title and
//! description (editable), whether it applies and why (`SoaDecisionFields`), and "Delete".

use crate::domain::soa::OwnControlText;
use crate::state::soa::SoaState;
use crate::state::AppState;
use crate::ui::components::soa_control_row::soa_entry_id;
use crate::ui::components::soa_decision_fields::SoaDecisionFields;
use crate::ui::components::text_field::TextField;
use leptos::prelude::*;

/// The SoA entry of one own control.
#[component]
pub fn OwnControlRow(
    /// The own control's ID, such as "O1".
    control_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let soa_state = SoaState::expect();
    let id = StoredValue::new(control_id.clone());
    let entry_id = soa_entry_id(&control_id);
    let title_id = format!("{entry_id}-title");
    let labelled_by = title_id.clone();
    let text = move |field: OwnControlText| {
        move || {
            state.assessment.with(|a| {
                id.with_value(|id| {
                    a.soa
                        .own_control(id)
                        .map(|control| match field {
                            OwnControlText::Title => control.title.clone(),
                            OwnControlText::Description => control.description.clone(),
                        })
                        .unwrap_or_default()
                })
            })
        }
    };
    let display_title = move || {
        state.assessment.with(|a| {
            id.with_value(|id| {
                a.soa
                    .own_control(id)
                    .map(|control| control.display_title().to_owned())
                    .unwrap_or_default()
            })
        })
    };
    let set = move |field: OwnControlText| {
        Callback::new(move |value: String| {
            id.with_value(|id| state.set_own_control_text(id, field, value))
        })
    };
    view! {
        <section class="soa-row" id=entry_id.clone() tabindex="-1" aria-labelledby=labelled_by>
            <div class="soa-row-head">
                <h3 id=title_id>
                    <span class="item-id">{control_id.clone()}</span>
                    " "
                    {display_title}
                </h3>
                <span class="own-control-tag">"Own control"</span>
            </div>
            <div class="field-row">
                <TextField
                    id=format!("{entry_id}-name")
                    label=format!("Title of {control_id}")
                    value=Signal::derive(text(OwnControlText::Title))
                    on_input=set(OwnControlText::Title)
                />
                <TextField
                    id=format!("{entry_id}-description")
                    label=format!("Description of {control_id}")
                    rows=2
                    class="field-wide"
                    value=Signal::derive(text(OwnControlText::Description))
                    on_input=set(OwnControlText::Description)
                />
            </div>
            <SoaDecisionFields control_id=control_id.clone() entry_id=entry_id.clone() />
            <p class="button-row">
                <button
                    type="button"
                    class="button button-small button-danger"
                    on:click=move |_| id.with_value(|id| soa_state.delete_own_control(state, id))
                >
                    {format!("Delete {control_id}")}
                </button>
            </p>
        </section>
    }
}
