//! One question as a radio group named by the question text: Yes, Partly, No, and a button to
//! clear the answer again.
//!
//! Native radio inputs give arrow-key navigation and screen-reader support for free.

use crate::domain::assessment::Answer;
use crate::state::AppState;
use leptos::prelude::*;

/// A yes / partly / no question of an item.
#[component]
pub fn QuestionRadios(
    /// The item the question belongs to.
    item_id: &'static str,
    /// The question's ID.
    question_id: &'static str,
    /// The question's wording, which also names its radio group.
    text: String,
) -> impl IntoView {
    let state = AppState::expect();
    let answer = Memo::new(move |_| state.assessment.with(|a| a.answer(item_id, question_id)));
    let text_id = format!("question-{question_id}");
    let group_name = format!("answer-{question_id}");
    let radios = Answer::ALL
        .iter()
        .map(|&choice| {
            let name = group_name.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=choice.label()
                        prop:checked=move || answer.get() == Some(choice)
                        on:change=move |_| state.set_answer(item_id, question_id, Some(choice))
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="question">
            <p class="question-text" id=text_id.clone()>
                {text}
            </p>
            <div class="question-answer">
                <div class="choices" role="radiogroup" aria-labelledby=text_id.clone()>
                    {radios}
                </div>
                <button
                    type="button"
                    class="clear-answer"
                    aria-describedby=text_id
                    disabled=move || answer.get().is_none()
                    on:click=move |_| state.set_answer(item_id, question_id, None)
                >
                    "Clear answer"
                </button>
            </div>
        </div>
    }
}
