//! One measure question of the impact assessment, with the harms the measure addresses named
//! under it, so it is clear which harms an answer "in place" can lower.

use crate::domain::impact_catalog::Measure;
use crate::domain::impact_text::ImpactText;
use crate::state::AppState;
use crate::ui::components::choice_group::ChoiceGroup;
use crate::ui::components::harm_question_view::{chosen_answer, option_pairs, question_element_id};
use leptos::prelude::*;
use std::sync::Arc;

/// The harms a measure addresses, as a sentence.
fn addresses_text(measure: &Measure, text: &ImpactText) -> String {
    if measure.addresses.is_empty() {
        return "A general measure: it supports the others but lowers no harm by itself."
            .to_owned();
    }
    let titles: Vec<String> = measure
        .addresses
        .iter()
        .map(|harm_id| format!("\u{201c}{}\u{201d}", text.question(harm_id)))
        .collect();
    format!(
        "Lowers, when in place with the others listed for them: {}",
        titles.join("; ")
    )
}

/// One measure question of one system.
#[component]
pub fn MeasureQuestionView(
    system_id: String,
    measure: &'static Measure,
    text: Arc<ImpactText>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let chosen = chosen_answer(state, id, measure.id);
    let wording = text.questions.get(measure.id).cloned().unwrap_or_default();
    let addresses = addresses_text(measure, &text);
    view! {
        <div class="impact-measure">
            <ChoiceGroup
                id=question_element_id(measure.id)
                question=wording.text.clone()
                help=wording.help.clone()
                options=option_pairs(&wording)
                chosen=chosen
                on_change=Callback::new(move |option: Option<String>| {
                    state.set_impact_answer(&id.get_value(), measure.id, option.as_deref())
                })
                class="impact-question"
            />
            <details class="measure-addresses">
                <summary>"Which harms this measure addresses"</summary>
                <p>{addresses}</p>
            </details>
        </div>
    }
}
