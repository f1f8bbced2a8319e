//! One question of the impact questionnaire as a radio group named by the question text, with
//! its help and a button to clear the answer. A question that is not asked (because of an
//! earlier answer) is hidden rather than removed, so focus never jumps while answering.

use crate::domain::impact::{asked, Asked};
use crate::domain::impact_catalog::{ImpactQuestion, QuestionKind, QuestionText};
use crate::state::AppState;
use leptos::prelude::*;

/// The element ID of a question, for moving focus to it from the list of open questions.
pub fn question_element_id(question_id: &str) -> String {
    format!("impact-question-{}", question_id.replace('.', "-"))
}

/// One impact question of one system.
#[component]
pub fn ImpactQuestionView(
    /// The system whose impact is assessed.
    system_id: String,
    question: &'static ImpactQuestion,
    text: &'static QuestionText,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let chosen = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.impact.answers.get(question.id).cloned())
        })
    });
    let is_asked = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .is_some_and(|system| asked(question, &system.impact) == Asked::Yes)
        })
    });
    let element_id = question_element_id(question.id);
    let text_id = format!("{element_id}-text");
    let help_id = format!("{element_id}-help");
    let radios = question
        .options
        .iter()
        .zip(text.options)
        .map(|(option, label)| {
            // Screening questions score nothing, so their options show no points.
            let points = match (question.kind, option.points) {
                (QuestionKind::Screening, _) => String::new(),
                (_, 1) => "1 point".to_owned(),
                (_, points) => format!("{points} points"),
            };
            view! {
                <label class="choice-line">
                    <input
                        type="radio"
                        name=element_id.clone()
                        value=option.id
                        prop:checked=move || chosen.with(|chosen| chosen.as_deref() == Some(option.id))
                        on:change=move |_| state.set_impact_answer(&id.get_value(), question.id, Some(option.id))
                    />
                    <span>{*label}</span>
                    <span class="option-points">{points}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="question impact-question" id=element_id.clone() tabindex="-1" hidden=move || !is_asked.get()>
            <p class="question-text" id=text_id.clone()>{text.text}</p>
            <p class="field-help" id=help_id.clone()>{text.help}</p>
            <div class="choices-column" role="radiogroup" aria-labelledby=text_id.clone() aria-describedby=help_id>
                {radios}
            </div>
            <button
                type="button"
                class="clear-answer"
                aria-describedby=text_id
                disabled=move || chosen.with(Option::is_none)
                on:click=move |_| state.set_impact_answer(&id.get_value(), question.id, None)
            >
                "Clear answer"
            </button>
        </div>
    }
}
