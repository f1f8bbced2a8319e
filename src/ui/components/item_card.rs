//! An item card: one clause item or Annex A control as a region named by its ID and title, with its status, our
//! explanation, its questions, evidence examples and the item's fields.
//!
//! The heading level depends on whether the item sits under a grouping heading (such as 6.1).
//! The heading is a button that folds the card down to its heading and progress, so a long
//! clause reads as a short list on a phone.

use crate::domain::catalog::Item;
use crate::domain::catalog_text::ItemText;
use crate::state::folds::fold_open;
use crate::state::AppState;
use crate::ui::components::control_details::ControlDetails;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::iso27001_hint::Iso27001Hint;
use crate::ui::components::item_documents::ItemDocuments;
use crate::ui::components::item_fields::ItemFields;
use crate::ui::components::question_radios::QuestionRadios;
use crate::ui::components::required_documents::{RequiredDocuments, LISTED_UNDER};
use crate::ui::components::review_badge::ReviewBadge;
use crate::ui::components::review_thread::ReviewThread;
use crate::ui::components::status_badge::StatusBadge;
use leptos::prelude::*;

/// One assessable item.
#[component]
pub fn ItemCard(
    /// The catalog item.
    item: &'static Item,
    /// The item's prose: explanation, question wording, evidence examples.
    text: ItemText,
    /// Whether the item sits under a grouping heading, which makes its heading one level
    /// deeper.
    #[prop(optional)]
    nested: bool,
    /// Whether the card starts open, unless the user opened or closed it this session.
    start_open: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let item_id = item.id;
    let fold_key = format!("item:{item_id}");
    let open = fold_open(&fold_key, start_open);
    let body_id = format!("item-{item_id}-body");
    let summary = Memo::new(move |_| state.summary.with(|summary| summary.item(item_id)));
    let status = Signal::derive(move || summary.get().status());
    let progress = move || {
        let score = summary.get().score;
        let good = score.good_practice;
        let mut text = format!(
            "{} of {} requirement questions answered",
            score.answered, score.questions
        );
        if good.questions > 0 {
            text.push_str(&format!(
                " · good practice {} of {} answered",
                good.answered, good.questions
            ));
        }
        text
    };
    let title_id = format!("item-{item_id}-title");
    let title = view! {
        <FoldToggle key=fold_key open=open controls=body_id.clone()>
            <span class="item-id">{item_id}</span>
            " "
            <span>{item.title}</span>
        </FoldToggle>
    };
    let heading = if nested {
        view! { <h3 id=title_id.clone() tabindex="-1">{title}</h3> }.into_any()
    } else {
        view! { <h2 id=title_id.clone() tabindex="-1">{title}</h2> }.into_any()
    };
    let ItemText {
        explanation,
        questions: question_texts,
        hints,
        evidence,
        documented_information,
        pitfalls,
    } = text;
    let documented = documented_information.map(|what| {
        view! {
            <p class="documented-info">
                <strong>"Documented information to keep: "</strong>
                {what}
            </p>
        }
    });
    let questions = item
        .questions
        .iter()
        .map(|question| {
            let wording = question_texts
                .iter()
                .find(|(id, _)| id == question.id)
                .map(|(_, wording)| wording.clone())
                .unwrap_or_default();
            let hint = hints
                .iter()
                .find(|(id, _)| id == question.id)
                .map(|(_, hint)| hint.clone());
            view! { <QuestionRadios item_id=item_id question=question text=wording hint=hint /> }
        })
        .collect_view();
    let evidence = evidence
        .into_iter()
        .map(|example| view! { <li>{example}</li> })
        .collect_view();
    view! {
        <section class="item-card" id=format!("item-{item_id}") aria-labelledby=title_id>
            <div class="item-head">
                {heading}
                <p class="item-status">
                    <StatusBadge status=status />
                    <span class="item-progress">{progress}</span>
                    <ReviewBadge item_id=item_id />
                </p>
            </div>
            <div class="item-body" id=body_id hidden=move || !open.get()>
            <p class="item-explanation">{explanation}</p>
            {item.is_control().then(|| view! { <ControlDetails control=item pitfalls=pitfalls /> })}
            <Iso27001Hint item=item />
            {documented}
            {(item_id == LISTED_UNDER).then(|| view! { <RequiredDocuments /> })}
            <div class="questions">{questions}</div>
            <details class="evidence-examples">
                <summary>"Examples of evidence"</summary>
                <ul>{evidence}</ul>
            </details>
            <ItemDocuments item_id=item_id />
            <ItemFields item_id=item_id />
            <ReviewThread item_id=item_id />
            </div>
        </section>
    }
}
