//! One harm question of the impact assessment, and, once it is answered above "no harm", its
//! two follow-up questions: how likely the harm is and whether it could be undone.

use crate::domain::impact_catalog::{HarmQuestion, Severity};
use crate::domain::impact_record::{Likelihood, Reversibility};
use crate::domain::impact_text::{ImpactText, QuestionWording};
use crate::state::AppState;
use crate::ui::components::choice_group::ChoiceGroup;
use leptos::prelude::*;
use std::sync::Arc;

/// The element ID of a question, for moving focus to it from the list of open points.
pub fn question_element_id(question_id: &str) -> String {
    format!("impact-question-{}", question_id.replace('.', "-"))
}

/// The option a system's impact assessment has chosen for a question, as a memo.
pub fn chosen_answer(
    state: AppState,
    system_id: StoredValue<String>,
    question_id: &'static str,
) -> Memo<Option<String>> {
    Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&system_id.get_value())
                .and_then(|system| system.impact.answers.get(question_id).cloned())
        })
    })
}

/// The (ID, label) pairs of a question's options.
pub fn option_pairs(wording: &QuestionWording) -> Vec<(String, String)> {
    wording
        .options
        .iter()
        .map(|option| (option.id.clone(), option.label.clone()))
        .collect()
}

/// One harm question of one system.
#[component]
pub fn HarmQuestionView(
    system_id: String,
    harm: &'static HarmQuestion,
    text: Arc<ImpactText>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let chosen = chosen_answer(state, id, harm.id);
    let follow_up = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.impact.follow_ups.get(harm.id).copied())
                .unwrap_or_default()
        })
    });
    let is_harm = move || {
        chosen.with(|chosen| {
            chosen
                .as_deref()
                .and_then(Severity::from_option_id)
                .is_some_and(|severity| severity > Severity::None)
        })
    };
    let wording = text.questions.get(harm.id).cloned().unwrap_or_default();
    let element_id = question_element_id(harm.id);
    let likelihood_wording = text.likelihood.clone();
    let reversibility_wording = text.reversibility.clone();
    let harm_text_id = format!("{element_id}-text");
    let likelihood_id = format!("{element_id}-likelihood");
    let reversibility_id = format!("{element_id}-reversibility");
    view! {
        <div class="impact-harm">
            <ChoiceGroup
                id=element_id
                question=wording.text.clone()
                help=wording.help.clone()
                options=option_pairs(&wording)
                chosen=chosen
                on_change=Callback::new(move |option: Option<String>| {
                    state.set_impact_answer(&id.get_value(), harm.id, option.as_deref())
                })
                class="impact-question"
            />
            <div class="follow-ups" hidden=move || !is_harm()>
                <ChoiceGroup
                    id=likelihood_id
                    question=likelihood_wording.text.clone()
                    options=option_pairs(&likelihood_wording)
                    chosen=Signal::derive(move || follow_up.get().likelihood.map(|value| value.slug().to_owned()))
                    on_change=Callback::new(move |option: Option<String>| {
                        let value = option.as_deref().and_then(Likelihood::from_slug);
                        state.set_harm_likelihood(&id.get_value(), harm.id, value)
                    })
                    class="follow-up"
                    described_by=harm_text_id.clone()
                />
                <ChoiceGroup
                    id=reversibility_id
                    question=reversibility_wording.text.clone()
                    options=option_pairs(&reversibility_wording)
                    chosen=Signal::derive(move || follow_up.get().reversibility.map(|value| value.slug().to_owned()))
                    on_change=Callback::new(move |option: Option<String>| {
                        let value = option.as_deref().and_then(Reversibility::from_slug);
                        state.set_harm_reversibility(&id.get_value(), harm.id, value)
                    })
                    class="follow-up"
                    described_by=harm_text_id
                />
            </div>
        </div>
    }
}
