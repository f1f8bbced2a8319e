//! The organisation's own controls on the SoA page: a form to add one (O1, O2, ...), one
//! entry per control, and the notices of adding and deleting (a refusal names the risks that
//! use the control; a delete offers "Undo").

use crate::platform::page;
use crate::state::notices::Spot;
use crate::state::soa::SoaState;
use crate::state::AppState;
use crate::ui::components::own_control_row::OwnControlRow;
use crate::ui::components::soa_control_row::soa_entry_id;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::text_field::TextField;
use crate::ui::components::undo_notice::UndoNotice;
use leptos::prelude::*;

/// The own controls section of the SoA page.
#[component]
pub fn OwnControls() -> impl IntoView {
    let state = AppState::expect();
    let soa_state = SoaState::expect();
    let ids = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.soa
                .own_controls
                .iter()
                .map(|control| control.id.clone())
                .collect::<Vec<String>>()
        })
    });
    let new_title = RwSignal::new(String::new());
    let new_description = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let added = soa_state.add_own_control(
            state,
            &new_title.get_untracked(),
            new_description.get_untracked(),
        );
        if let Some(control_id) = added {
            new_title.set(String::new());
            new_description.set(String::new());
            // The new entry is drawn in this turn; its decision is what comes next.
            request_animation_frame(move || page::focus_element(&soa_entry_id(&control_id)));
        }
    };
    view! {
        <section class="soa-area" aria-labelledby="soa-own-controls">
            <h2 id="soa-own-controls">"Your own controls"</h2>
            <p>
                "Controls of your own that go beyond Annex A, such as a four-eyes check before a model is released. Decide on them like the Annex A controls; risks can use them in their treatment. Their IDs (O1, O2, ...) are never given twice."
            </p>
            <UndoNotice
                id="own-control-undo"
                message=Signal::derive(move || soa_state.removed_message())
                on_undo=Callback::new(move |()| soa_state.undo(state))
            />
            <For each=move || ids.get() key=|id| id.clone() let:control_id>
                <OwnControlRow control_id=control_id />
            </For>
            <form class="card add-own-control" on:submit=add>
                <TextField
                    id="new-own-control-title".to_owned()
                    label="Title of the new control".to_owned()
                    value=new_title
                    on_input=Callback::new(move |text| new_title.set(text))
                />
                <TextField
                    id="new-own-control-description".to_owned()
                    label="Description of the new control".to_owned()
                    rows=2
                    class="field-wide"
                    value=new_description
                    on_input=Callback::new(move |text| new_description.set(text))
                />
                <button type="submit" class="button">"Add own control"</button>
            </form>
            <SpotNotices spot=Spot::OwnControls />
        </section>
    }
}
