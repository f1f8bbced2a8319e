//! The earlier versions of a system's impact assessment: each with its date, assessor,
//! approval and levels, readable as it was, and compared with the current version answer by
//! answer.

use crate::domain::impact;
use crate::domain::impact_record::{answer_differences, ImpactRecord};
use crate::domain::impact_text::ImpactText;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// "Version 2, approved by A on 2026-11-02; assessed by B on 2026-10-30".
pub fn version_summary(record: &ImpactRecord) -> String {
    let mut text = format!(
        "Version {}, {}",
        record.version,
        record.status_label().to_lowercase()
    );
    if record.is_approved() {
        let on = record
            .approved_on
            .map(|date| date.to_string())
            .unwrap_or_default();
        text.push_str(&format!(" by {} on {on}", record.approved_by.trim()));
    }
    let assessor = record.assessor.trim();
    match (assessor.is_empty(), record.date) {
        (false, Some(date)) => text.push_str(&format!("; assessed by {assessor} on {date}")),
        (false, None) => text.push_str(&format!("; assessed by {assessor}")),
        (true, Some(date)) => text.push_str(&format!("; assessed on {date}")),
        (true, None) => {}
    }
    text
}

/// The label of an answer, or "not answered".
fn answer_label(text: &ImpactText, question_id: &str, option: Option<&String>) -> String {
    option.map_or_else(
        || "not answered".to_owned(),
        |option| text.option(question_id, option).to_owned(),
    )
}

/// One earlier version with its comparison.
fn version_item(
    earlier: &ImpactRecord,
    current: &ImpactRecord,
    text: &ImpactText,
) -> impl IntoView {
    let (then, now) = (impact::score(earlier), impact::score(current));
    let levels = format!(
        "Level then: {} before measures, {} after. Now: {} before, {} after.",
        then.before
            .map_or_else(|| "not assessed".to_owned(), |level| level.label()),
        then.level
            .map_or_else(|| "not assessed".to_owned(), |level| level.label()),
        now.before
            .map_or_else(|| "not assessed".to_owned(), |level| level.label()),
        now.level
            .map_or_else(|| "not assessed".to_owned(), |level| level.label()),
    );
    let rows = answer_differences(earlier, current)
        .into_iter()
        .map(|difference| {
            let id = difference.question_id.as_str();
            view! {
                <tr>
                    <th scope="row">{text.question(id).to_owned()}</th>
                    <td>{answer_label(text, id, difference.earlier.as_ref())}</td>
                    <td>{answer_label(text, id, difference.later.as_ref())}</td>
                </tr>
            }
        })
        .collect_view();
    let same = answer_differences(earlier, current).is_empty();
    view! {
        <li>
            <details>
                <summary>{version_summary(earlier)}</summary>
                <p>{levels}</p>
                {(!earlier.notes.trim().is_empty()).then(|| view! { <p class="preserve-lines">{format!("Notes: {}", earlier.notes)}</p> })}
                {if same {
                    view! { <p>"Its answers are the same as the current version's."</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll" tabindex="0" role="group" aria-label="Changed answers (scroll sideways on small screens)">
                            <table>
                                <caption>{format!("Answers changed since version {}", earlier.version)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Question"</th>
                                        <th scope="col">{format!("Version {}", earlier.version)}</th>
                                        <th scope="col">{format!("Version {} (current)", current.version)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                }}
            </details>
        </li>
    }
}

/// The earlier versions of one system's impact assessment, newest first.
#[component]
pub fn ImpactVersions(system_id: String, text: Arc<ImpactText>) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let text = StoredValue::new(text);
    let items = move || {
        state.assessment.with(|a| {
            let Some(system) = a.inventory.get(&id.get_value()) else {
                return Vec::new();
            };
            text.with_value(|text| {
                system
                    .impact_history
                    .iter()
                    .rev()
                    .map(|earlier| version_item(earlier, &system.impact, text).into_any())
                    .collect::<Vec<_>>()
            })
        })
    };
    let none = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .is_none_or(|system| system.impact_history.is_empty())
        })
    };
    view! {
        <section class="card impact-versions" aria-labelledby="impact-versions-title">
            <h2 id="impact-versions-title">"Earlier versions"</h2>
            <Show when=move || !none() fallback=|| view! { <p>"This is the first version. \"Start a reassessment\" keeps it here, as it is, and starts the next version from a copy."</p> }>
                <ul class="version-list">{items}</ul>
            </Show>
        </section>
    }
}
