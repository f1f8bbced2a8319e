//! The impact assessment of one AI system: its version and sign-off, the context of use, the
//! harms by part and section, the measures in place, and beside them the levels before and
//! after measures with the reasons and the risks the answers suggest. Every answer changes the
//! result at once, so "what if" questions answer themselves. Earlier versions stay readable
//! below.
//!
//! The questionnaire's wording is loaded on demand (`AppState::ensure_impact_text`); the
//! sign-off fields and the level line do not wait for it.
//!
//! Each harm section and group of measures folds down to its heading and progress; on a
//! narrow screen only the first with open questions starts open, and the "Next unanswered
//! question" bar stays at the top.

use crate::domain::impact::{self, ImpactResult};
use crate::domain::impact_catalog::{ImpactPart, HARM_SECTIONS, MEASURE_GROUPS};
use crate::domain::impact_record::ImpactRecord;
use crate::domain::impact_text::ImpactText;
use crate::domain::progress::{
    harm_section_progress, measure_group_progress, Progress, QuestionPage,
};
use crate::domain::system::{reassessment_reasons, SystemText};
use crate::state::catalog_text::ImpactTextState;
use crate::state::folds::{fold_open, narrow_screen};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::harm_section_view::HarmSectionView;
use crate::ui::components::impact_context_form::ImpactContextForm;
use crate::ui::components::impact_method::ImpactMethod;
use crate::ui::components::impact_result_view::ImpactResultView;
use crate::ui::components::impact_versions::{version_summary, ImpactVersions};
use crate::ui::components::load_failed::LoadFailed;
use crate::ui::components::measure_question_view::MeasureQuestionView;
use crate::ui::components::next_unanswered::NextUnanswered;
use crate::ui::components::suggested_risks::SuggestedRisks;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;
use std::sync::Arc;

/// Which group starts open: everything on a wide screen; on a narrow one only the first harm
/// section, or else the first group of measures, with questions still open.
#[derive(Clone, Copy, PartialEq)]
enum StartOpen {
    All,
    Only(&'static str),
    None,
}

impl StartOpen {
    fn of(record: &ImpactRecord) -> StartOpen {
        if !narrow_screen() {
            return StartOpen::All;
        }
        let section = HARM_SECTIONS
            .iter()
            .find(|section| harm_section_progress(section, record).has_open())
            .map(|section| section.id);
        let group = || {
            MEASURE_GROUPS
                .iter()
                .find(|group| measure_group_progress(group, record).has_open())
                .map(|group| group.id)
        };
        section
            .or_else(group)
            .map_or(StartOpen::None, StartOpen::Only)
    }

    fn opens(self, id: &str) -> bool {
        match self {
            StartOpen::All => true,
            StartOpen::Only(open) => open == id,
            StartOpen::None => false,
        }
    }
}

/// "12 of 20 answered" for a part's harm questions, leaving out sections that do not apply.
fn part_progress(state: AppState, system_id: StoredValue<String>, part: ImpactPart) -> String {
    state.assessment.with(|a| {
        let mut progress = Progress::default();
        if let Some(system) = a.inventory.get(&system_id.get_value()) {
            for section in HARM_SECTIONS.iter().filter(|section| section.part == part) {
                progress.add(harm_section_progress(section, &system.impact));
            }
        }
        progress.sentence("harm questions answered")
    })
}

/// The harm sections of one part.
fn part_view(
    system_id: &str,
    part: ImpactPart,
    text: &Arc<ImpactText>,
    start: StartOpen,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id.to_owned());
    let sections = HARM_SECTIONS
        .iter()
        .filter(|section| section.part == part)
        .map(|section| {
            view! { <HarmSectionView system_id=system_id.to_owned() section=section text=text.clone() start_open=start.opens(section.id) /> }
        })
        .collect_view();
    let heading_id = format!("impact-part-{}", part.slug());
    view! {
        <section class="card impact-part" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{format!("Harms to {}", part.title().to_lowercase())}</h2>
            <p class="fold-progress">{move || part_progress(state, id, part)}</p>
            {sections}
        </section>
    }
}

/// The measures, group by group, each folding down to its heading and progress.
fn measures_view(system_id: &str, text: &Arc<ImpactText>, start: StartOpen) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id.to_owned());
    let groups = MEASURE_GROUPS
        .iter()
        .map(|group| {
            let wording = text.groups.get(group.id).cloned().unwrap_or_default();
            let heading_id = format!("impact-measures-{}", group.id);
            let body_id = format!("{heading_id}-body");
            let fold_key = format!("impact:{system_id}:{}", group.id);
            let open = fold_open(&fold_key, start.opens(group.id));
            let progress = move || {
                state.assessment.with(|a| {
                    a.inventory
                        .get(&id.get_value())
                        .map(|system| measure_group_progress(group, &system.impact).sentence("answered"))
                        .unwrap_or_default()
                })
            };
            let measures = group
                .measures
                .iter()
                .map(|measure| view! { <MeasureQuestionView system_id=system_id.to_owned() measure=measure text=text.clone() /> })
                .collect_view();
            view! {
                <section class="impact-section" aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>
                        <FoldToggle key=fold_key open=open controls=body_id.clone()>{wording.title}</FoldToggle>
                    </h3>
                    <p class="fold-progress">{progress}</p>
                    <div id=body_id hidden=move || !open.get()>
                        <p class="section-intro">{wording.intro}</p>
                        {measures}
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="card impact-part" aria-labelledby="impact-part-measures">
            <h2 id="impact-part-measures">"Measures in place"</h2>
            <p>"A measure lowers only the harms it addresses, and a harm drops one level only when every measure that addresses it is in place."</p>
            {groups}
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
    state.ensure_impact_text();
    let id = StoredValue::new(system_id.clone());
    let name = state.system_name(id);
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
    let live_level = move || {
        result.with(|result: &ImpactResult| {
            let before = result
                .before
                .map_or_else(|| "not assessed yet".to_owned(), |level| level.label());
            format!(
                "Impact level: {} (before measures: {before})",
                result.summary()
            )
        })
    };
    let text_value = move |field: SystemText| state.system_text(id.get_value(), field);
    let date_value = move |approval: bool| {
        move || {
            state.assessment.with(|a| {
                a.inventory
                    .get(&id.get_value())
                    .and_then(|system| {
                        if approval {
                            system.impact.approved_on
                        } else {
                            system.impact.date
                        }
                    })
                    .map(|date| date.to_string())
                    .unwrap_or_default()
            })
        }
    };
    // A name and its date: who assessed and when, or who approved and when.
    let signoff_pair = move |field: SystemText, help: &'static str, approval: bool| {
        let (label, date_id, date_label) = if approval {
            ("Approved by", "impact-approved-on", "Approved on")
        } else {
            ("Assessor", "impact-date", "Assessment date")
        };
        let set_date = move |text: String| {
            if approval {
                state.set_impact_approved_on(&id.get_value(), &text);
            } else {
                state.set_impact_date(&id.get_value(), &text);
            }
        };
        view! {
            <TextField
                id=format!("impact-{}", field.slug())
                label=label.to_owned()
                help=help
                value=text_value(field)
                on_input=Callback::new(move |text| state.set_system_text(&id.get_value(), field, text))
            />
            <div class="field">
                <label for=date_id>{date_label}</label>
                <input
                    id=date_id
                    type="date"
                    prop:value=date_value(approval)
                    on:change=move |event| set_date(event_target_value(&event))
                />
            </div>
        }
    };
    let version_line = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| version_summary(&system.impact))
                .unwrap_or_default()
        })
    };
    let due = move || {
        state.assessment.with(|a| {
            a.inventory.get(&id.get_value()).and_then(|system| {
                let reasons: Vec<String> = reassessment_reasons(system)
                    .iter()
                    .map(|reason| reason.describe())
                    .collect();
                (!reasons.is_empty()).then(|| format!("Reassessment due: {}.", reasons.join("; ")))
            })
        })
    };
    let reassess = move |_| state.start_reassessment(&id.get_value());
    let system_id_for_body = system_id.clone();
    let body = move || {
        state.impact_text.with(|loaded| match loaded {
            ImpactTextState::Ready(text) => {
                let system_id = system_id_for_body.clone();
                let start = state.assessment.with_untracked(|a| {
                    a.inventory
                        .get(&system_id)
                        .map_or(StartOpen::All, |system| StartOpen::of(&system.impact))
                });
                let parts = ImpactPart::ALL
                    .into_iter()
                    .map(|part| part_view(&system_id, part, text, start))
                    .collect_view();
                view! {
                    <div class="impact-layout">
                        <div class="impact-questions">
                            <ImpactContextForm system_id=system_id.clone() />
                            {parts}
                            {measures_view(&system_id, text, start)}
                        </div>
                        <aside class="impact-aside" aria-label="Result">
                            <div class="card">
                                <ImpactResultView result=result text=text.clone() links=true />
                            </div>
                            <SuggestedRisks result=result system_name=name system_id=system_id.clone() text=text.clone() />
                            <ImpactMethod />
                            <p class="button-row">
                                <a class="button" href=Route::ImpactPrint { id: system_id.clone() }.href()>"Print view"</a>
                            </p>
                        </aside>
                    </div>
                    <ImpactVersions system_id=system_id.clone() text=text.clone() />
                }
                .into_any()
            }
            ImpactTextState::Failed(error) => view! {
                <LoadFailed what="The questionnaire" error=error.to_string() class="text-status"
                    on_retry=Callback::new(move |()| state.ensure_impact_text()) />
            }
            .into_any(),
            ImpactTextState::NotLoaded | ImpactTextState::Loading => {
                view! { <p class="text-status" role="status">"Loading the questionnaire…"</p> }.into_any()
            }
        })
    };
    view! {
        <p class="breadcrumb no-print">
            <a href=Route::Impact.href()>"← All impact assessments"</a>
            " · "
            <a href=Route::System { id: system_id.clone() }.href()>"System record"</a>
        </p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{move || format!("Impact assessment: {}", name.get())}</h1>
        <p class="lead">
            "Answer for the system as it is used today. Think of everyone its outputs reach, not only its users. Each harm is rated on its own and the level is the worst one's, so you can try what a new measure would change."
        </p>
        <section class="card impact-header" aria-labelledby="impact-signoff-title">
            <h2 id="impact-signoff-title">"Version and sign-off"</h2>
            <p class="version-line">{version_line}</p>
            {move || due().map(|text| view! { <p class="notice-inline" role="status">{text}</p> })}
            <form class="form-grid" on:submit=|event| event.prevent_default()>
                {signoff_pair(SystemText::Assessor, "Who carried out this assessment.", false)}
                {signoff_pair(SystemText::ApprovedBy, "Who approved this version; with a date, the version counts as approved.", true)}
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
            <p class="button-row">
                <button type="button" class="button button-secondary" on:click=reassess>"Start a reassessment"</button>
            </p>
        </section>
        // The level and the way to the next open question stay in view together.
        <div class="impact-sticky">
            <p class="live-level" role="status">{live_level}</p>
            <NextUnanswered page=QuestionPage::Impact(system_id.clone()) />
        </div>
        {body}
    }
    .into_any()
}
