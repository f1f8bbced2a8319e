//! One system's impact assessment as a printable document: the system record, every asked
//! question with its answer and points, the points per section, the level with its
//! calculation, the method, the date and the assessor. The print stylesheet hides the app's
//! navigation and these buttons.

use crate::domain::impact::{self, asked, Asked};
use crate::domain::impact_catalog::{IMPACT_SECTIONS, IMPACT_TEXT};
use crate::domain::system::AiSystem;
use crate::io::json::APP_VERSION;
use crate::platform::{clock, page};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::impact_method::ImpactMethod;
use crate::ui::components::impact_result_view::ImpactResultView;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

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

/// Every asked question of a section with its answer and points, as table rows.
fn answer_rows(system: &AiSystem) -> impl IntoView {
    IMPACT_SECTIONS
        .iter()
        .zip(IMPACT_TEXT)
        .flat_map(|(section, text)| {
            section
                .questions
                .iter()
                .zip(text.questions)
                .map(move |pair| (text.title, pair))
        })
        .filter(|(_, (question, _))| asked(question, &system.impact) == Asked::Yes)
        .map(|(section_title, (question, question_text))| {
            let chosen = system
                .impact
                .answers
                .get(question.id)
                .and_then(|option_id| {
                    let index = question
                        .options
                        .iter()
                        .position(|option| option.id == *option_id)?;
                    Some((
                        question_text.options.get(index).copied().unwrap_or(""),
                        question.options[index].points,
                    ))
                });
            let (answer, points) = match chosen {
                Some((label, points)) => (
                    label.to_owned(),
                    format!("{points} of {}", question.max_points()),
                ),
                None => ("Unanswered".to_owned(), "—".to_owned()),
            };
            view! {
                <tr>
                    <td>{section_title}</td>
                    <td>{question_text.text}</td>
                    <td>{answer}</td>
                    <td>{points}</td>
                </tr>
            }
        })
        .collect_view()
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
    let result = impact::score(&system.impact);
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
            <ImpactResultView result=Signal::stored(result) links=false />
            <h2>"Answers"</h2>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Answers (scroll sideways on small screens)">
                <table class="print-table">
                    <thead>
                        <tr>
                            <th scope="col">"Section"</th>
                            <th scope="col">"Question"</th>
                            <th scope="col">"Answer"</th>
                            <th scope="col">"Points"</th>
                        </tr>
                    </thead>
                    <tbody>{answer_rows(&system)}</tbody>
                </table>
            </div>
            <ImpactMethod open=true />
        </article>
    }
    .into_any()
}
