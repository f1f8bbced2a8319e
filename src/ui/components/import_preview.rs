//! The preview of a file about to be imported: what it holds, how it differs from the open
//! assessment, its warnings, and the choices (replace, merge, import as new, cancel).

use crate::state::import::{ImportKind, Preview};
use crate::state::library::DataState;
use crate::state::AppState;
use leptos::prelude::*;

/// How many changed item IDs are listed before the rest is summarised.
const LISTED_ITEMS: usize = 30;

/// The preview and the buttons "Replace current assessment", "Import as new assessment" and
/// "Cancel".
#[component]
pub fn ImportPreview(
    /// The file as read and compared.
    preview: Preview,
) -> impl IntoView {
    let state = AppState::expect();
    let data = DataState::expect();
    let current_name = state.assessment.with_untracked(|a| a.name.clone());
    let comparison = &preview.comparison;
    let kind = match preview.kind {
        ImportKind::Assessment if preview.anonymised => "A complete assessment (anonymised copy)",
        ImportKind::Assessment => "A complete assessment",
        ImportKind::AnswersCsv => "Answers from a CSV file",
    };
    let differences = comparison.differences();
    let summary = if differences.is_empty() {
        "Its content is the same as the open assessment's.".to_owned()
    } else {
        format!("Compared with \"{current_name}\", these differ:")
    };
    let difference_list = (!differences.is_empty()).then(|| {
        let items = differences
            .into_iter()
            .map(|part| view! { <li>{part}</li> })
            .collect_view();
        view! { <ul class="import-differences" aria-label="Differences">{items}</ul> }
    });
    let scope_note = match preview.kind {
        ImportKind::AnswersCsv => format!(
            "It has rows for {} items. Items without rows, the organisation profile and the SoA stay as they are.",
            preview.items_in_file
        ),
        ImportKind::Assessment => String::new(),
    };
    let mut changed: Vec<&str> = comparison
        .changed_items
        .iter()
        .take(LISTED_ITEMS)
        .copied()
        .collect();
    let more = comparison.changed_items.len().saturating_sub(LISTED_ITEMS);
    if more > 0 {
        changed.push("…");
    }
    let changed_text = if changed.is_empty() {
        None
    } else {
        let extra = if more > 0 {
            format!(" ({more} more)")
        } else {
            String::new()
        };
        Some(format!(
            "Items that would change: {}{extra}",
            changed.join(", ")
        ))
    };
    // A full JSON file can be merged part by part; a CSV holds answers only, and an
    // anonymised copy has its free text removed, so merging either would mostly offer blanks.
    let can_merge = preview.kind == ImportKind::Assessment && !preview.anonymised;
    let warnings = preview.warnings.clone();
    let warning_list = (!warnings.is_empty()).then(|| {
        let count = warnings.len();
        let items = warnings
            .into_iter()
            .map(|warning| view! { <li>{warning.to_string()}</li> })
            .collect_view();
        view! {
            <h4>{format!("Warnings ({count})")}</h4>
            <p>"You can go on: what is listed here is left out or needs a second look."</p>
            <ul class="import-warnings">{items}</ul>
        }
    });
    // Focus moves to the preview so keyboard and screen-reader users land on what to decide.
    request_animation_frame(|| crate::platform::page::focus_element("import-preview-title"));
    view! {
        <section class="import-preview" aria-labelledby="import-preview-title">
            <h3 id="import-preview-title" tabindex="-1">{format!("Preview of \"{}\"", preview.file_name)}</h3>
            <dl class="soa-facts">
                <dt>"Contains"</dt>
                <dd>{kind}</dd>
                <dt>"Assessment name"</dt>
                <dd>{preview.incoming.name.clone()}</dd>
                <dt>"Answered questions"</dt>
                <dd>{preview.answered.to_string()}</dd>
                <dt>"SoA decisions"</dt>
                <dd>{preview.decisions.to_string()}</dd>
                <dt>"Overall readiness"</dt>
                <dd>{format!("{}% now, {}% with this file", preview.readiness_now, preview.readiness_after)}</dd>
            </dl>
            <p>{summary}</p>
            {difference_list}
            <p>{scope_note}</p>
            <p>{changed_text}</p>
            {warning_list}
            <p class="button-row">
                <button type="button" class="button" on:click=move |_| data.confirm_replace(state)>
                    "Replace current assessment"
                </button>
                {can_merge.then(|| view! {
                    <button type="button" class="button button-secondary" on:click=move |_| data.start_merge(state)>
                        "Merge into current assessment"
                    </button>
                })}
                <button type="button" class="button button-secondary" on:click=move |_| data.confirm_new(state)>
                    "Import as new assessment"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| data.cancel_import(state)>
                    "Cancel"
                </button>
            </p>
        </section>
    }
}
