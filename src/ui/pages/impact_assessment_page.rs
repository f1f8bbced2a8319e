//! The impact assessment of one AI system: who assessed it and when, the questionnaire by
//! part and section, and beside it the level with its calculation and the risks the answers
//! suggest. Every answer changes the level at once, so "what if" questions answer
//! themselves.

use crate::domain::impact::{self, ImpactResult};
use crate::domain::impact_catalog::{ImpactPart, IMPACT_SECTIONS, IMPACT_TEXT};
use crate::domain::system::SystemText;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::impact_method::ImpactMethod;
use crate::ui::components::impact_question_view::ImpactQuestionView;
use crate::ui::components::impact_result_view::ImpactResultView;
use crate::ui::components::suggested_risks::SuggestedRisks;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The questions of one part, section by section.
fn part_view(system_id: &str, part: ImpactPart) -> impl IntoView {
    let sections = IMPACT_SECTIONS
        .iter()
        .zip(IMPACT_TEXT)
        .filter(|(section, _)| section.part == part)
        .map(|(section, text)| {
            let questions = section
                .questions
                .iter()
                .zip(text.questions)
                .map(|(question, question_text)| {
                    view! { <ImpactQuestionView system_id=system_id.to_owned() question=question text=question_text /> }
                })
                .collect_view();
            let heading_id: String = format!("impact-section-{}", section.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="impact-section" aria-labelledby=labelled_by>
                    <h3 id=heading_id>{text.title}</h3>
                    <p class="section-intro">{text.intro}</p>
                    {questions}
                </section>
            }
        })
        .collect_view();
    let heading_id: String = format!(
        "impact-part-{}",
        part.title().to_ascii_lowercase().replace(' ', "-")
    );
    let labelled_by = heading_id.clone();
    view! {
        <section class="card impact-part" aria-labelledby=labelled_by>
            <h2 id=heading_id>{part.title()}</h2>
            {sections}
        </section>
    }
}

/// The impact assessment page of one system.
#[component]
pub fn ImpactAssessmentPage(
    /// The system's ID.
    system_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let exists = state
        .assessment
        .with_untracked(|a| a.inventory.get(&system_id).is_some());
    if !exists {
        return view! { <NotFoundPage what=Route::ImpactAssessment { id: system_id }.href() /> }
            .into_any();
    }
    let id = StoredValue::new(system_id.clone());
    let name = Signal::derive(move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| system.display_name())
                .unwrap_or_default()
        })
    });
    let result = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| impact::score(&system.impact))
        })
    });
    // The page is only built for an existing system; after a delete elsewhere the result
    // reads as empty rather than failing.
    let result = Signal::derive(move || {
        result
            .get()
            .unwrap_or_else(|| impact::score(&Default::default()))
    });
    let live_level =
        move || result.with(|result: &ImpactResult| format!("Impact level: {}", result.summary()));
    let text_value = move |field: SystemText| {
        Signal::derive(move || {
            state.assessment.with(|a| {
                a.inventory
                    .get(&id.get_value())
                    .map(|system| system.text(field).to_owned())
                    .unwrap_or_default()
            })
        })
    };
    let date = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.impact.date)
                .map(|date| date.to_string())
                .unwrap_or_default()
        })
    };
    let parts = ImpactPart::ALL
        .into_iter()
        .map(|part| part_view(&system_id, part))
        .collect_view();
    view! {
        <p class="breadcrumb no-print">
            <a href=Route::Impact.href()>"← All impact assessments"</a>
            " · "
            <a href=Route::System { id: system_id.clone() }.href()>"System record"</a>
        </p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{move || format!("Impact assessment: {}", name.get())}</h1>
        <p class="lead">
            "Answer for the system as it is used today. Think of everyone its outputs reach, not only its users. The level updates with every answer, so you can try what a new measure would change."
        </p>
        <form class="card impact-header" on:submit=|event| event.prevent_default()>
            <TextField
                id="impact-assessor".to_owned()
                label="Assessor".to_owned()
                help="Who carried out this assessment."
                value=text_value(SystemText::Assessor)
                on_input=Callback::new(move |text| state.set_system_text(&id.get_value(), SystemText::Assessor, text))
            />
            <div class="field">
                <label for="impact-date">"Assessment date"</label>
                <input
                    id="impact-date"
                    type="date"
                    prop:value=date
                    on:change=move |event| state.set_impact_date(&id.get_value(), &event_target_value(&event))
                />
            </div>
            <TextField
                id="impact-notes".to_owned()
                label="Notes".to_owned()
                help="Who was consulted, what was looked at, what is planned."
                rows=3
                value=text_value(SystemText::ImpactNotes)
                on_input=Callback::new(move |text| state.set_system_text(&id.get_value(), SystemText::ImpactNotes, text))
                class="field-wide"
            />
        </form>
        <p class="live-level" role="status">{live_level}</p>
        <div class="impact-layout">
            <div class="impact-questions">{parts}</div>
            <aside class="impact-aside" aria-label="Result">
                <div class="card">
                    <ImpactResultView result=result links=true />
                </div>
                <SuggestedRisks result=result system_name=name system_id=system_id.clone() />
                <ImpactMethod />
                <p class="button-row">
                    <a class="button" href=Route::ImpactPrint { id: system_id.clone() }.href()>"Print view"</a>
                </p>
            </aside>
        </div>
    }
    .into_any()
}
