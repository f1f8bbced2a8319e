//! One question as a radio group named by the question text: Yes, Partly, No, and a button to
//! clear the answer again. Around it: whether the question checks a requirement or good
//! practice, its guidance, where else it is asked (one answer serves both places), a flag when
//! the catalog changed the question since it was answered, and a note on the answer.
//!
//! Native radio inputs give arrow-key navigation and screen-reader support for free.

use crate::domain::assessment::Answer;
use crate::domain::catalog::{catalog, Question, QuestionKind};
use crate::domain::catalog_update::{change_note, CheckReason};
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::progress::Spot;
use crate::state::folds::{page_of_item, remember_spot};
use crate::state::AppState;
use crate::ui::components::next_unanswered::question_block_id;
use leptos::prelude::*;

/// Where else a question is asked, as a sentence; `None` when only here.
fn shared_note(item_id: &str, question: &Question) -> Option<String> {
    let titled = |id: &str| {
        let title = catalog().item(id).map_or("", |item| item.title);
        format!("{id} {title}")
    };
    if let Some(key) = question.same_as {
        return Some(format!(
            "Answered once, under {} ({}): the answer shows and counts in both places.",
            titled(key.item),
            key.question
        ));
    }
    let others: Vec<String> = question.also_in.iter().map(|id| titled(id)).collect();
    (!others.is_empty() && !item_id.starts_with("A.")).then(|| {
        format!(
            "Also asked under {}: the answer shows and counts there too.",
            others.join(", ")
        )
    })
}

/// The sentence that asks the user to check an answer kept from an earlier catalog;
/// `question_id` is the question the answer is kept under.
fn check_message(reason: &CheckReason, from_version: &str, question_id: &str) -> String {
    match reason {
        CheckReason::MeaningChanged => {
            let what = change_note(catalog(), from_version, question_id)
                .unwrap_or("The question now asks something different.");
            format!("This question changed since you answered it (catalog {from_version}). {what}")
        }
        CheckReason::AnswersDiffered {
            other_question,
            other_answer,
        } => format!(
            "{other_question} and {question_id} are now one question, and their answers \
             differed: {other_question} had \"{}\". The answer shown is the one {question_id} \
             had. Check which is right.",
            other_answer.label()
        ),
    }
}

/// A yes / partly / no question of an item.
#[component]
pub fn QuestionRadios(
    /// The item the question belongs to.
    item_id: &'static str,
    /// The question.
    question: &'static Question,
    /// The question's wording, which also names its radio group.
    text: String,
    /// Guidance shown under the question, if any.
    hint: Option<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let question_id = question.id;
    let key = question.answer_key(item_id);
    // One memo per question reads what it shows from the assessment on every edit, and tells
    // the parts below only when that changed: an answer elsewhere redraws nothing here.
    let recorded = Memo::new(move |_| {
        state.assessment.with(|a| {
            let check = a.catalog_update.as_ref().and_then(|update| {
                let reason = update.to_check.get(key.question)?;
                Some(check_message(reason, &update.from_version, key.question))
            });
            (a.answer_at(key), a.note_at(key).to_owned(), check)
        })
    });
    let answer = move || recorded.with(|(answer, _, _)| *answer);
    let text_id = format!("question-{question_id}");
    let group_name = format!("answer-{question_id}");
    let note_id = format!("answer-note-{question_id}");
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
                        prop:checked=move || answer() == Some(choice)
                        on:change=move |_| {
                            state.set_answer(item_id, question_id, Some(choice));
                            // "Next unanswered" goes on from the question just answered.
                            if let Some(page) = page_of_item(item_id) {
                                remember_spot(page, Spot::Question { item: item_id, question: question_id });
                            }
                        }
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    let kind_class = match question.kind {
        QuestionKind::Requirement => "kind-tag kind-requirement",
        QuestionKind::GoodPractice => "kind-tag kind-good-practice",
    };
    let shared = shared_note(item_id, question)
        .map(|note| view! { <span class="shared-note">{note}</span> });
    let hint = hint.map(|hint| view! { <p class="question-hint">{hint}</p> });
    // The note field shows once an answer falls short or a note exists, so a long list of
    // questions stays short to read. Once shown it stays while the page is open, so that
    // clearing the note or changing the answer never pulls the field away from under the
    // cursor; only a change of the flag redraws it, never typing.
    let note_shown = Memo::new(move |shown: Option<&bool>| {
        shown.copied().unwrap_or(false)
            || recorded.with(|(answer, note, _)| {
                matches!(answer, Some(Answer::Partly | Answer::No)) || !note.is_empty()
            })
    });
    let note_field = {
        let text_id = text_id.clone();
        let note_id = note_id.clone();
        move || {
            note_shown.get().then(|| {
                view! {
                    <div class="field answer-note">
                        <label for=note_id.clone()>
                            "Note on this answer"
                            <span class="visually-hidden">{format!(" ({question_id})")}</span>
                        </label>
                        <textarea
                            id=note_id.clone()
                            rows="2"
                            maxlength=MAX_TEXT_CHARS
                            aria-describedby=text_id.clone()
                            prop:value=move || recorded.with(|(_, note, _)| note.clone())
                            on:input=move |event| {
                                state.set_question_note(item_id, question_id, event_target_value(&event))
                            }
                        ></textarea>
                    </div>
                }
            })
        }
    };
    let check_view = {
        let text_id = text_id.clone();
        move || {
            recorded.with(|(_, _, check)| check.clone()).map(|message| {
                view! {
                    <div class="catalog-check">
                        <p>{message}</p>
                        <button
                            type="button"
                            aria-describedby=text_id.clone()
                            on:click=move |_| state.confirm_answer(key.question)
                        >
                            "Answer still right"
                        </button>
                    </div>
                }
            })
        }
    };
    view! {
        <div class="question" id=question_block_id(question_id)>
            <p class="question-text" id=text_id.clone()>
                {text}
            </p>
            <p class="question-meta">
                <span class=kind_class>{question.kind.label()}</span>
                {shared}
            </p>
            {hint}
            {check_view}
            <div class="question-answer">
                <div class="choices" role="radiogroup" aria-labelledby=text_id.clone()>
                    {radios}
                </div>
                <button
                    type="button"
                    class="clear-answer"
                    aria-describedby=text_id
                    disabled=move || answer().is_none()
                    on:click=move |_| state.set_answer(item_id, question_id, None)
                >
                    "Clear answer"
                </button>
            </div>
            {note_field}
        </div>
    }
}
