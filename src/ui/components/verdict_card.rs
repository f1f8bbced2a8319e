//! The certification-readiness verdicts, stage 1 and stage 2: for each, the headline, the
//! checklist of requirements met and not met, and every blocker once, with a link to where it
//! is fixed. A long list of blockers folds behind its count on a narrow screen.

use crate::domain::readiness::{StageVerdict, DISCLAIMER};
use crate::state::folds::{fold_open, narrow_screen};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use leptos::prelude::*;

/// A list of more blockers than this starts folded on a narrow screen.
const LONG_LIST: usize = 10;

/// One stage's verdict: headline, checklist and the list of blockers (whose length is the
/// number the headline gives).
fn stage_view(stage: &StageVerdict) -> impl IntoView {
    let name = stage.stage.name();
    let title_id = format!("verdict-{}-title", name.replace(' ', "-"));
    let labelled_by = title_id.clone();
    let checklist = stage
        .requirements
        .iter()
        .map(|(requirement, met)| {
            let (mark, class) = if *met {
                ("Met", "requirement-met")
            } else {
                ("Not met", "requirement-open")
            };
            view! {
                <li class=class>
                    <strong class="requirement-mark">{mark}</strong>
                    ": "
                    <strong>{requirement.label()}</strong>
                    ". "
                    {requirement.explanation()}
                </li>
            }
        })
        .collect_view();
    let blockers = stage
        .blockers
        .iter()
        .map(|blocker| {
            let text = blocker.message();
            match &blocker.place {
                Some(place) => {
                    let href = Route::of_place(place).href();
                    view! { <li><a href=href>{text}</a></li> }.into_any()
                }
                None => view! { <li>{text}</li> }.into_any(),
            }
        })
        .collect_view();
    let has_blockers = !stage.blockers.is_empty();
    let heading = match name {
        "stage 1" => "Stage 1: documents and design",
        _ => "Stage 2: operation with evidence",
    };
    view! {
        <section class="verdict-stage" aria-labelledby=labelled_by>
            <h3 id=title_id>{heading}</h3>
            <p class="verdict-headline">{stage.headline()}</p>
            <ul class="requirements" aria-label=format!("Requirements for {name}")>{checklist}</ul>
            {has_blockers.then(|| {
                let fold_key = format!("verdict:{name}");
                let body_id = format!("verdict-{}-blockers", name.replace(' ', "-"));
                let count = stage.blockers.len();
                let open = fold_open(&fold_key, !narrow_screen() || count <= LONG_LIST);
                view! {
                    <h4 class="blockers-title">
                        <FoldToggle key=fold_key open=open controls=body_id.clone()>
                            {format!("Blockers ({count})")}
                        </FoldToggle>
                    </h4>
                    <ol class="blockers" id=body_id aria-label=format!("Blockers for {name}") hidden=move || !open.get()>
                        {blockers}
                    </ol>
                }
            })}
        </section>
    }
}

/// Both verdicts with their checklists and blockers.
#[component]
pub fn VerdictCard() -> impl IntoView {
    let state = AppState::expect();
    let verdict = state.verdict;
    view! {
        <section class="card verdict" aria-labelledby="verdict-title">
            <h2 id="verdict-title">"Readiness for the certification audit"</h2>
            <p class="field-help">{DISCLAIMER}</p>
            {move || verdict.with(|v| view! {
                {stage_view(&v.stage_one)}
                {stage_view(&v.stage_two)}
            })}
        </section>
    }
}
