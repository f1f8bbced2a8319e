//! The risk treatment plan as a printable document: the criteria the risks were rated by
//! (scales, bands, lookup table, acceptance limit), the heat maps, and one table row per risk
//! with its ratings, treatment, controls, other actions, acceptance, status and owner. The
//! print stylesheet hides the app's navigation and these buttons and prints the table in full.

use crate::domain::annex_c::{self, AnnexCEntry};
use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::risk::{residual_text, Risk, RiskRegister, TreatmentAction};
use crate::domain::risk_criteria::{Axis, RiskCriteria};
use crate::io::json::APP_VERSION;
use crate::platform::{clock, page};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::heat_map::{text_row, HeatMap};
use crate::ui::pages::risks_page::system_label;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The text, or a dash when it is empty.
fn or_dash(text: &str) -> String {
    match text.trim() {
        "" => "—".to_owned(),
        text => text.to_owned(),
    }
}

/// An Annex C entry as "C.3.4 Title", or "Not chosen".
fn entry_text(entry: Option<&AnnexCEntry>) -> String {
    entry.map_or_else(
        || "Not chosen".to_owned(),
        |entry| format!("{} {}", entry.id, entry.title),
    )
}

/// One treatment action: "Retrain the model (owner: Ana; due 2026-05-01; done)".
fn action_text(step: &TreatmentAction) -> String {
    let description = match step.description.trim() {
        "" => "Action without a description",
        text => text,
    };
    let due = step
        .due_date
        .map_or_else(|| "no due date".to_owned(), |date| format!("due {date}"));
    let done = if step.done { "done" } else { "not done" };
    let owner = match step.owner.trim() {
        "" => "no owner".to_owned(),
        owner => format!("owner: {owner}"),
    };
    format!("{description} ({owner}; {due}; {done})")
}

/// Who accepted the risk, when and why; or whether an acceptance is needed.
fn acceptance_text(register: &RiskRegister, risk: &Risk) -> String {
    let acceptance = &risk.acceptance;
    let needed = register
        .band(risk.accepted_rating())
        .is_some_and(|band| register.criteria.needs_acceptance(band));
    let empty = acceptance.accepted_by.trim().is_empty()
        && acceptance.date.is_none()
        && acceptance.rationale.trim().is_empty();
    if empty {
        let text = if needed {
            "Needed, not given yet"
        } else {
            "Not needed"
        };
        return text.to_owned();
    }
    let by = match acceptance.accepted_by.trim() {
        "" => "no name given",
        name => name,
    };
    let date = acceptance
        .date
        .map_or_else(|| "no date".to_owned(), |date| date.to_string());
    let mut text = format!("By {by}, {date}.");
    if !acceptance.rationale.trim().is_empty() {
        text.push_str(&format!(" {}", acceptance.rationale.trim()));
    }
    if needed && !acceptance.is_complete() {
        text.push_str(" (Incomplete: a name and a date are needed.)");
    }
    text
}

/// The lookup table in words: likelihood from high (top) to low, consequence from low to
/// high, each cell its band's name on its band's colour.
fn criteria_table(criteria: &RiskCriteria) -> impl IntoView {
    let head = criteria
        .consequence
        .iter()
        .enumerate()
        .map(|(index, name)| view! { <th scope="col">{format!("{} {name}", index + 1)}</th> })
        .collect_view();
    let columns = criteria.consequence.len().max(1);
    let mut rows: Vec<_> = criteria
        .likelihood
        .iter()
        .zip(criteria.table.chunks(columns))
        .enumerate()
        .map(|(row, (name, bands))| {
            let cells = bands
                .iter()
                .map(|band| {
                    let class = format!("heat-{}", criteria.shade(*band));
                    (class, criteria.band_name(*band).to_owned())
                })
                .collect();
            text_row(format!("{} {name}", row + 1), cells)
        })
        .collect();
    rows.reverse();
    view! {
        <p class="document-note">"The lookup table: the band of each combination, likelihood down the side and consequence across."</p>
        <div class="table-scroll" tabindex="0" role="group" aria-label="Lookup table (scroll sideways on small screens)">
            <table class="document-table plan-criteria-table">
                <caption class="visually-hidden">"Lookup table"</caption>
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The criteria the risks were rated by.
fn criteria_view(criteria: &RiskCriteria) -> impl IntoView {
    let facts = [
        ("Likelihood levels", criteria.scale_key(Axis::Likelihood)),
        ("Consequence levels", criteria.scale_key(Axis::Consequence)),
        (
            "Bands",
            format!("{} (least serious first)", criteria.bands.join(", ")),
        ),
        ("Acceptance limit", criteria.acceptance_rule()),
    ]
    .map(|(term, text)| view! { <dt>{term}</dt><dd>{text}</dd> });
    view! {
        <dl class="document-facts">{facts}</dl>
        {criteria_table(criteria)}
    }
}

/// The lines of a list in a table cell, or a dash when it is empty.
fn lines(items: Vec<String>) -> String {
    if items.is_empty() {
        return "—".to_owned();
    }
    let items: Vec<String> = items.into_iter().map(|item| format!("• {item}")).collect();
    items.join("\n")
}

/// One row of the plan.
fn risk_row(assessment: &Assessment, risk: &Risk) -> impl IntoView {
    let register = &assessment.risks;
    let criteria = &register.criteria;
    let controls = risk
        .controls
        .iter()
        .map(|control_id| {
            // An own control's title is the organisation's, kept in the SoA.
            let title = assessment
                .soa
                .control_title(catalog(), control_id)
                .unwrap_or("");
            format!("{control_id} {title}")
        })
        .collect();
    let cells = [
        risk.display_title().to_owned(),
        system_label(assessment, &risk.system_id),
        entry_text(annex_c::risk_source(&risk.source)),
        entry_text(annex_c::objective(&risk.objective)),
        criteria.rating_text(risk.inherent),
        risk.treatment
            .map_or("Not chosen", |treatment| treatment.label())
            .to_owned(),
        lines(controls),
        lines(risk.actions.iter().map(action_text).collect()),
        residual_text(criteria, risk),
        acceptance_text(register, risk),
        risk.status.label().to_owned(),
        or_dash(&risk.owner),
    ];
    let cells = cells
        .into_iter()
        .map(|text| ("preserve-lines".to_owned(), text))
        .collect();
    text_row(risk.id.clone(), cells)
}

/// The table of all risks, or a note when there are none.
fn risks_view(assessment: &Assessment) -> impl IntoView {
    let rows: Vec<_> = assessment
        .risks
        .risks
        .iter()
        .map(|risk| risk_row(assessment, risk))
        .collect();
    let empty = rows
        .is_empty()
        .then(|| view! { <p class="empty-note">"No risks recorded yet."</p> });
    let headings = [
        "ID",
        "Risk",
        "AI system",
        "Source",
        "Objective",
        "Before treatment",
        "Treatment",
        "Controls",
        "Other actions",
        "After treatment",
        "Acceptance",
        "Status",
        "Owner",
    ]
    .map(|heading| view! { <th scope="col">{heading}</th> });
    let table = (!rows.is_empty()).then(|| {
        view! {
            <div class="table-scroll" tabindex="0" role="group" aria-label="Risks and their treatment (scroll sideways on small screens)">
                <table class="document-table plan-table">
                    <thead>
                        <tr>{headings}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    (empty, table)
}

/// The printable risk treatment plan.
#[component]
pub fn RiskPrintPage() -> impl IntoView {
    let state = AppState::expect();
    // A snapshot: nothing on this page edits the assessment.
    let (meta, criteria, risks) = state.assessment.with_untracked(|a| {
        let meta = format!(
            "Printed {} with AIMS Assess {APP_VERSION}. Organisation: {}.",
            clock::today_text(),
            a.profile.display_name()
        );
        (meta, criteria_view(&a.risks.criteria), risks_view(a))
    });
    let print = move |_| {
        if let Err(error) = page::print() {
            state.report_error(format!("The print dialog could not be opened: {error}."));
        }
    };
    view! {
        <div class="print-toolbar no-print">
            <a class="button button-secondary" href=Route::Risks.href()>"← Back to the risk register"</a>
            <button type="button" class="button" on:click=print>"Print"</button>
        </div>
        <article class="print-document risk-plan">
            <h1 id=PAGE_TITLE_ID tabindex="-1">"AI risk treatment plan"</h1>
            <p class="document-meta">{meta}</p>
            <h2>"Risk criteria"</h2>
            {criteria}
            <HeatMap />
            <h2>"Risks and their treatment"</h2>
            {risks}
        </article>
    }
}
