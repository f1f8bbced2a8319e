//! One difference of a merge: the part, what each side holds, which side changed it, and the
//! choice "Keep mine" / "Take the file's".

use crate::domain::merge::{Changed, Difference, Keep, Place};
use crate::state::AppState;
use leptos::prelude::*;

/// One row of the merge preview, a radio group named by the part (such as "Answer to 4.1.q1").
#[component]
pub fn MergeDifferenceRow(
    /// The position of the difference in the plan, which is also its place in `choices`.
    index: usize,
    /// The difference shown.
    difference: Difference,
    /// The choices of every difference of the plan.
    choices: RwSignal<Vec<Keep>>,
) -> impl IntoView {
    let label = difference.place.label();
    let label_id = format!("merge-{index}-label");
    let group_label = label_id.clone();
    let side_class = match difference.changed {
        Changed::Both => "merge-side merge-side-conflict",
        _ => "merge-side",
    };
    let chosen = move |keep: Keep| choices.with(|all| all.get(index) == Some(&keep));
    let choose = move |keep: Keep| {
        choices.update(|all| {
            if let Some(choice) = all.get_mut(index) {
                *choice = keep;
            }
        })
    };
    // An answer or a note on one is also named by its question's wording, once loaded, so the
    // user need not look up what "4.2.q3" asks.
    let state = AppState::expect();
    let wording = match &difference.place {
        Place::Answer { item, question } | Place::QuestionNote { item, question } => {
            let (item, question) = (item.clone(), question.clone());
            Some(move || {
                state
                    .question_wording(&item, &question)
                    .map(|text| view! { <p class="merge-question">{text}</p> })
            })
        }
        _ => None,
    };
    let name = format!("merge-{index}");
    let note = difference
        .note()
        .map(|note| view! { <p class="field-hint">{note}</p> });
    view! {
        <li class="merge-row">
            <div role="radiogroup" aria-labelledby=group_label>
                <p class="merge-row-title">
                    <strong id=label_id>{label}</strong>
                    " "
                    <span class=side_class>{difference.changed.label()}</span>
                </p>
                {wording}
                <dl class="merge-values">
                    <dt>"Mine"</dt>
                    <dd>{difference.mine.summary()}</dd>
                    <dt>"The file's"</dt>
                    <dd>{difference.theirs.summary()}</dd>
                </dl>
                {note}
                <div class="merge-choices">
                    <label class="choice-line">
                        <input
                            type="radio"
                            name=name.clone()
                            prop:checked=move || chosen(Keep::Mine)
                            on:change=move |_| choose(Keep::Mine)
                        />
                        <span>"Keep mine"</span>
                    </label>
                    <label class="choice-line">
                        <input
                            type="radio"
                            name=name
                            prop:checked=move || chosen(Keep::Theirs)
                            on:change=move |_| choose(Keep::Theirs)
                        />
                        <span>"Take the file's"</span>
                    </label>
                </div>
            </div>
        </li>
    }
}
