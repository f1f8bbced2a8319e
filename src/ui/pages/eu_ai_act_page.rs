//! The EU AI Act classification of one AI system: the organisation's roles, the decision path
//! (only the questions that matter given the answers so far), the verdict with its articles,
//! the obligations with the ISO/IEC 42001 items that help meet them and their progress, the
//! application dates with their sources, and who reviewed the classification.
//!
//! The verdict comes from the compiled rules (`domain::eu_ai_act`) and shows at once; the
//! wording, obligations and dates are loaded on demand (`AppState::ensure_eu_ai_act_text`).

use crate::domain::eu_ai_act::{self, suggested_area};
use crate::domain::eu_ai_act_text::{EuAiActText, QuestionText};
use crate::domain::impact_record::AnnexIiiArea;
use crate::state::eu_ai_act::EuAiActTextState;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::choice_group::ChoiceGroup;
use crate::ui::components::eu_application_dates::EuApplicationDates;
use crate::ui::components::eu_obligation_list::EuObligationList;
use crate::ui::components::eu_verdict_card::EuVerdictCard;
use crate::ui::components::load_failed::LoadFailed;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;
use std::sync::Arc;

/// The element ID of a question's radio group.
fn question_element_id(question_id: &str) -> String {
    format!("eu-{}", question_id.replace('.', "-"))
}

/// The classification page of one system.
#[component]
pub fn EuAiActPage(
    /// The system's ID.
    system_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let exists = state
        .assessment
        .with_untracked(|a| a.inventory.get(&system_id).is_some());
    if !exists {
        return view! { <NotFoundPage what=Route::SystemEuAiAct { id: system_id }.href() /> }
            .into_any();
    }
    state.ensure_eu_ai_act_text();
    let id = StoredValue::new(system_id.clone());
    let name = state.system_name(id);
    let verdict = state.eu_ai_act_verdict(system_id.clone());
    let body = move || {
        state.eu_ai_act_text.with(|loaded| match loaded {
            EuAiActTextState::Ready(text) => {
                let text = Arc::clone(text);
                view! {
                    {questions(state, id, Arc::clone(&text))}
                    <EuObligationList system_id=id.get_value() text=Arc::clone(&text) />
                    <EuApplicationDates text=text />
                }
                .into_any()
            }
            EuAiActTextState::Failed(error) => view! {
                <LoadFailed what="The EU AI Act questions" error=error.to_string() class="text-status"
                    on_retry=Callback::new(move |()| state.ensure_eu_ai_act_text()) />
            }
            .into_any(),
            EuAiActTextState::NotLoaded | EuAiActTextState::Loading => {
                view! { <p class="text-status" role="status">"Loading the EU AI Act questions…"</p> }
                    .into_any()
            }
        })
    };
    let reviewed_by = Signal::derive(move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| system.eu_ai_act.reviewed_by.clone())
                .unwrap_or_default()
        })
    });
    let reviewed_on = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.eu_ai_act.reviewed_on)
                .map(|date| date.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <p class="breadcrumb"><a href=Route::System { id: system_id.clone() }.href()>{move || format!("← {}", name.get())}</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{move || format!("EU AI Act classification: {}", name.get())}</h1>
        <p class="lead">
            "Answer the questions below: only those that matter for your answers so far are shown, and every answer can be changed at any time. The verdict names the article and point that decided each class. This is our own reading of Regulation (EU) 2024/1689 to help you prepare, not legal advice."
        </p>
        <EuVerdictCard verdict=verdict />
        {body}
        <section class="card" aria-labelledby="eu-review-heading">
            <h2 id="eu-review-heading">"Review"</h2>
            <TextField
                id="eu-reviewed-by".to_owned()
                label="Reviewed by".to_owned()
                help="Who last checked this classification, such as your legal counsel."
                value=reviewed_by
                on_input=Callback::new(move |text| state.set_eu_reviewed_by(&id.get_value(), text))
            />
            <div class="field">
                <label for="eu-reviewed-on">"Reviewed on"</label>
                <input
                    id="eu-reviewed-on"
                    type="date"
                    prop:value=reviewed_on
                    on:change=move |event| state.set_eu_reviewed_on(&id.get_value(), &event_target_value(&event))
                />
            </div>
        </section>
    }
    .into_any()
}

/// The decision path's questions, group by group; a group or question off the path is not
/// drawn.
fn questions(state: AppState, id: StoredValue<String>, text: Arc<EuAiActText>) -> impl IntoView {
    let path = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| eu_ai_act::path(&system.eu_ai_act.answers))
                .unwrap_or_default()
        })
    });
    text.groups
        .iter()
        .map(|group| {
            let heading_id = format!("eu-group-{}", group.id);
            let group_ids: Vec<&'static str> = group
                .questions
                .iter()
                .filter_map(|question| eu_ai_act::question(&question.id).map(|spec| spec.id))
                .collect();
            let shown = move || path.with(|path| group_ids.iter().any(|id| path.contains(id)));
            let questions = group
                .questions
                .iter()
                .map(|question| question_view(state, id, path, question))
                .collect_view();
            let labelled_by = heading_id.clone();
            view! {
                <section class="card eu-group" aria-labelledby=labelled_by hidden=move || !shown()>
                    <h2 id=heading_id>{group.title.clone()}</h2>
                    <p>{group.intro.clone()}</p>
                    {questions}
                </section>
            }
        })
        .collect_view()
}

/// One question, drawn while it is on the path.
fn question_view(
    state: AppState,
    id: StoredValue<String>,
    path: Memo<Vec<&'static str>>,
    question: &QuestionText,
) -> impl IntoView {
    let Some(spec) = eu_ai_act::question(&question.id) else {
        return ().into_any();
    };
    let question_id = spec.id;
    let chosen = Signal::derive(move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.eu_ai_act.answers.get(question_id).cloned())
        })
    });
    let options: Vec<(String, String)> = question
        .answers
        .iter()
        .map(|answer| (answer.id.clone(), answer.label.clone()))
        .collect();
    let suggestion = (question_id == "annex_iii.area").then(|| area_suggestion(state, id));
    let text = question.text.clone();
    let help = question.help.clone();
    view! {
        <div class="eu-question" hidden=move || path.with(|path| !path.contains(&question_id))>
            <ChoiceGroup
                id=question_element_id(question_id)
                question=text
                help=help
                options=options
                chosen=chosen
                on_change=Callback::new(move |answer: Option<String>| {
                    state.set_eu_ai_act_answer(&id.get_value(), question_id, answer.as_deref())
                })
            />
            {suggestion}
        </div>
    }
    .into_any()
}

/// Under the area question: what the impact assessment says, offered as a suggestion while
/// the question is open, and a note when the two answers differ.
fn area_suggestion(state: AppState, id: StoredValue<String>) -> impl IntoView {
    let facts = move || {
        state.assessment.with(|a| {
            a.inventory.get(&id.get_value()).map(|system| {
                (
                    suggested_area(&system.eu_ai_act.answers, system.impact.annex_iii),
                    system.impact.annex_iii,
                    system.eu_ai_act.answers.get("annex_iii.area").cloned(),
                )
            })
        })
    };
    move || {
        let (suggested, impact_area, answer) = facts()?;
        if let Some(slug) = suggested {
            let label = AnnexIiiArea::from_slug(slug).map_or("", AnnexIiiArea::label);
            return Some(
                view! {
                    <p class="eu-suggestion">
                        {format!("The impact assessment of this system names: {label}. ")}
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| state.set_eu_ai_act_answer(&id.get_value(), "annex_iii.area", Some(slug))
                        >
                            "Use the impact assessment's answer"
                        </button>
                    </p>
                }
                .into_any(),
            );
        }
        let impact_area = impact_area?;
        (answer.as_deref() != Some(impact_area.slug())).then(|| {
            view! {
                <p class="eu-suggestion">
                    {format!(
                        "The impact assessment names another area ({}). Check which answer is right; the impact level uses its own.",
                        impact_area.short_name()
                    )}
                </p>
            }
            .into_any()
        })
    }
}
