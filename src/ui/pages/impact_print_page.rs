//! One system's impact assessment as a printable document: the system record, the context of
//! use, the levels with their reasons, every harm with its rating, every answer, the method,
//! the version and its sign-off. The print stylesheet hides the app's
//! navigation and these buttons.

use crate::domain::impact;
use crate::domain::impact_text::ImpactText;
use crate::domain::report::impact_answer_rows;
use crate::domain::system::AiSystem;
use crate::io::json::APP_VERSION;
use crate::platform::{clock, page};
use crate::state::catalog_text::ImpactTextState;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::impact_method::ImpactMethod;
use crate::ui::components::impact_result_view::ImpactResultView;
use crate::ui::components::impact_versions::version_summary;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;
use std::sync::Arc;

/// The facts of the system record, as (term, description) pairs.
fn record_facts(system: &AiSystem) -> Vec<(&'static str, String)> {
    let or_dash = |text: &str| {
        if text.trim().is_empty() {
            "—".to_owned()
        } else {
            text.to_owned()
        }
    };
    let roles: Vec<&str> = system.roles.iter().map(|role| role.label()).collect();
    let data: Vec<&str> = system.data.iter().map(|kind| kind.label()).collect();
    vec![
        ("System ID", system.id.clone()),
        ("Purpose and intended use", or_dash(&system.purpose)),
        ("Your roles", or_dash(&roles.join(", "))),
        (
            "Life-cycle stage",
            or_dash(system.stage.map_or("", |stage| stage.label())),
        ),
        ("Who uses it", or_dash(&system.users)),
        ("Who is affected", or_dash(&system.affected)),
        ("Data used", or_dash(&data.join(", "))),
        ("Other data used", or_dash(&system.data_notes)),
        (
            "Degree of automation",
            or_dash(
                system
                    .automation
                    .map_or("", |automation| automation.label()),
            ),
        ),
        ("Deployment context", or_dash(&system.context)),
        ("Third-party components", or_dash(&system.third_party)),
        ("Owner", or_dash(&system.owner)),
        ("Version", version_summary(&system.impact)),
        (
            "EU AI Act Annex III area",
            system
                .impact
                .annex_iii
                .map_or_else(|| "Not answered".to_owned(), |area| area.label().to_owned()),
        ),
        (
            "People reached",
            system.impact.people_reached.map_or_else(
                || "Not answered".to_owned(),
                |people| people.label().to_owned(),
            ),
        ),
        (
            "Legal effects and fundamental rights",
            or_dash(&system.impact.legal_effects),
        ),
        (
            "Vulnerable groups affected",
            or_dash(&system.impact.vulnerable_groups),
        ),
        ("Where it is used", or_dash(&system.impact.jurisdictions)),
        ("Intended benefits", or_dash(&system.impact.benefits)),
        ("Assessor", or_dash(&system.impact.assessor)),
        (
            "Assessment date",
            system
                .impact
                .date
                .map_or_else(|| "—".to_owned(), |date| date.to_string()),
        ),
        ("Notes", or_dash(&system.impact.notes)),
    ]
}

/// Every question with its answer (and, for harms, its follow-ups), as table rows; sections
/// marked as not applicable show their reason instead. The full report states the same rows
/// (`report::impact_answer_rows`).
fn answer_rows(system: &AiSystem, text: &ImpactText) -> impl IntoView {
    impact_answer_rows(system, text)
        .into_iter()
        .map(|[section, question, given]| {
            view! {
                <tr>
                    <td>{section}</td>
                    <td>{question}</td>
                    <td>{given}</td>
                </tr>
            }
        })
        .collect_view()
}

/// The document once the wording is loaded.
fn document(system: &AiSystem, text: &Arc<ImpactText>) -> impl IntoView {
    let result = impact::score(&system.impact);
    view! {
        <ImpactResultView result=Signal::stored(result) text=text.clone() links=false />
        <h2>"Answers"</h2>
        <div class="table-scroll" tabindex="0" role="group" aria-label="Answers (scroll sideways on small screens)">
            <table class="print-table">
                <thead>
                    <tr>
                        <th scope="col">"Section"</th>
                        <th scope="col">"Question"</th>
                        <th scope="col">"Answer"</th>
                    </tr>
                </thead>
                <tbody>{answer_rows(system, text)}</tbody>
            </table>
        </div>
    }
}

/// The printable impact assessment of one system.
#[component]
pub fn ImpactPrintPage(
    /// The system's ID.
    system_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let Some(system) = state
        .assessment
        .with_untracked(|a| a.inventory.get(&system_id).cloned())
    else {
        return view! { <NotFoundPage what=Route::ImpactPrint { id: system_id }.href() /> }
            .into_any();
    };
    state.ensure_impact_text();
    let facts = record_facts(&system)
        .into_iter()
        .map(|(term, description)| {
            view! {
                <dt>{term}</dt>
                <dd class="preserve-lines">{description}</dd>
            }
        })
        .collect_view();
    let print = move |_| {
        if let Err(error) = page::print() {
            state.report_error(format!("The print dialog could not be opened: {error}."));
        }
    };
    view! {
        <div class="print-toolbar no-print">
            <a class="button button-secondary" href=Route::ImpactAssessment { id: system_id.clone() }.href()>"← Back to the assessment"</a>
            <button type="button" class="button" on:click=print>"Print"</button>
        </div>
        <article class="print-document">
            <h1 id=PAGE_TITLE_ID tabindex="-1">{format!("AI system impact assessment: {}", system.display_name())}</h1>
            <p class="document-meta">
                {format!("Printed {} with AIMS Assess {APP_VERSION}. Organisation: {}.", clock::today_text(), state.assessment.with_untracked(|a| a.profile.display_name().to_owned()))}
            </p>
            <h2>"The system"</h2>
            <dl class="document-facts">{facts}</dl>
            {move || state.impact_text.with(|loaded| match loaded {
                ImpactTextState::Ready(text) => document(&system, text).into_any(),
                ImpactTextState::Failed(error) => view! { <p role="alert">{format!("The questionnaire could not be loaded: {error}.")}</p> }.into_any(),
                _ => view! { <p role="status">"Loading the questionnaire…"</p> }.into_any(),
            })}
            <ImpactMethod open=true />
        </article>
    }
    .into_any()
}
