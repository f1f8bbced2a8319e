//! One changed item of the comparison as a card: its status before and after and which way it
//! moved, each question whose answer changed, named by its wording (or its ID while the
//! wording is not loaded), and each changed field, from what to what.

use crate::domain::catalog::{catalog, QuestionKind};
use crate::domain::compare::{answer_text, AnswerChange, ItemChange, ItemField};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::change_values::change_values;
use leptos::prelude::*;

/// The name of a question in a list of changes: its wording with what kind of question it
/// is, or its ID while the wording is not loaded.
fn question_name(state: AppState, item_id: &str, question_id: &str) -> String {
    state
        .question_wording(item_id, question_id)
        .unwrap_or_else(|| format!("Question {question_id}"))
}

/// The note on the line of an answer: a good-practice question, or one answered under
/// another item.
fn answer_note(change: &AnswerChange) -> String {
    let mut notes = Vec::new();
    if change.kind == QuestionKind::GoodPractice {
        notes.push("good practice".to_owned());
    }
    if let Some(other) = change.kept_under {
        notes.push(format!("answered under {other}"));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    }
}

/// One changed item as a card.
#[component]
pub fn ItemChangeCard(
    /// The item's change, from `domain::compare::changes`.
    change: ItemChange,
) -> impl IntoView {
    let state = AppState::expect();
    let item_id = change.item_id;
    let title = catalog().item(item_id).map_or("", |item| item.title);
    let direction = change.direction().label();
    let status = if change.status_before == change.status_after {
        format!("still {}", change.status_before.label())
    } else {
        format!(
            "{} → {}",
            change.status_before.label(),
            change.status_after.label()
        )
    };
    let percent = change.percent();
    let score = percent.changed().then(|| {
        let text = |value: Option<u32>| value.map_or("–".to_owned(), |p| format!("{p}%"));
        format!(
            "Score of its requirement questions: {} → {}",
            text(percent.before),
            text(percent.after)
        )
    });
    let answers = change
        .answers
        .iter()
        .map(|answer| {
            let question_id = answer.question_id;
            let question = move || question_name(state, item_id, question_id);
            let note = answer_note(answer);
            let values = format!(
                "{} → {}",
                answer_text(answer.before),
                answer_text(answer.after)
            );
            view! {
                <li>
                    <span class="change-question">{question}{note}</span>
                    " "
                    <span class="change-values change-answer">{values}</span>
                </li>
            }
        })
        .collect_view();
    let details = change
        .details
        .iter()
        .map(|detail| {
            let name = match detail.field {
                ItemField::AnswerNote(question_id) => {
                    let question = move || question_name(state, item_id, question_id);
                    view! { "Note on the answer to “" {question} "”" }.into_any()
                }
                field => view! { {field.label()} }.into_any(),
            };
            let values = change_values(&detail.before, &detail.after);
            view! {
                <li>
                    <span class="change-field">{name}": "</span>
                    {values}
                </li>
            }
        })
        .collect_view();
    let has_answers = !change.answers.is_empty();
    let has_details = !change.details.is_empty();
    let href = Route::Item {
        id: item_id.to_owned(),
    }
    .href();
    view! {
        <li class="card change-card">
            <h3 class="change-title">
                <a href=href>
                    <span class="item-id">{item_id}</span>
                    " "
                    {title}
                </a>
            </h3>
            <p>
                <strong>{format!("{direction}: ")}</strong>
                {status}
            </p>
            {score.map(|score| view! { <p class="field-help">{score}</p> })}
            {has_answers.then(|| view! {
                <ul class="change-fields" aria-label=format!("Answers changed in {item_id}")>{answers}</ul>
            })}
            {has_details.then(|| view! {
                <ul class="change-fields" aria-label=format!("Details changed in {item_id}")>{details}</ul>
            })}
        </li>
    }
}
