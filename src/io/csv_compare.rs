//! The comparison CSV: what changed from a baseline to the open assessment, one row per
//! change (a status, an answer, a field of an item, a field of a risk, an AI system's impact
//! level), with every text complete.
//!
//! It is written for reading and filtering in a spreadsheet, never read back; the cells are
//! neutralised like every CSV file of the app (`csv_out`). docs/compare.md describes the file.

use crate::domain::catalog::Catalog;
use crate::domain::catalog_text::CatalogText;
use crate::domain::compare::{answer_text, Changes, EntryChange, ItemChange, ItemField, Named};
use crate::io::csv_out::{with_bom, write_table};

/// The columns of the comparison CSV, in order.
pub const COMPARE_HEADER: [&str; 9] = [
    "Kind",
    "ID",
    "Title",
    "Field",
    "Question ID",
    "Question",
    "Before",
    "After",
    "Direction",
];

/// What an entry that is on one side only shows on the other.
const NOT_PRESENT: &str = "Not present";

/// The comparison as CSV, starting with a byte-order mark for Excel. `wording` supplies the
/// question texts when they are loaded; without it the Question column is empty and the
/// Question ID column still names each question.
pub fn compare_csv(catalog: Catalog, changes: &Changes, wording: Option<&CatalogText>) -> String {
    with_bom(write_table(
        &COMPARE_HEADER,
        &compare_rows(catalog, changes, wording),
    ))
}

/// The rows of the comparison CSV, in `COMPARE_HEADER`'s columns, as texts before
/// neutralising: the items in catalog order, then the risks (added, removed, changed), then
/// the AI systems.
pub fn compare_rows(
    catalog: Catalog,
    changes: &Changes,
    wording: Option<&CatalogText>,
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for change in &changes.items {
        item_rows(catalog, change, wording, &mut rows);
    }
    let whole = |named: &Named, before: &str, after: &str| {
        vec![
            "Risk".to_owned(),
            named.id.clone(),
            named.name.clone(),
            "Risk".to_owned(),
            String::new(),
            String::new(),
            before.to_owned(),
            after.to_owned(),
            String::new(),
        ]
    };
    for risk in &changes.risks_added {
        rows.push(whole(risk, NOT_PRESENT, "Added"));
    }
    for risk in &changes.risks_removed {
        rows.push(whole(risk, "Present", "Removed"));
    }
    for risk in &changes.risks_changed {
        let fields = changes
            .risk_fields
            .iter()
            .find(|entry| entry.id == risk.id)
            .map_or(&[][..], |entry| entry.fields.as_slice());
        for field in fields {
            rows.push(vec![
                "Risk".to_owned(),
                risk.id.clone(),
                risk.name.clone(),
                field.field.to_owned(),
                String::new(),
                String::new(),
                field.before.clone(),
                field.after.clone(),
                String::new(),
            ]);
        }
    }
    for system in &changes.system_levels {
        let side = |level: &Option<String>| level.clone().unwrap_or_else(|| NOT_PRESENT.to_owned());
        let field = match system.change {
            EntryChange::Added => "Impact level (system added)",
            EntryChange::Removed => "Impact level (system removed)",
            EntryChange::Changed => "Impact level",
        };
        rows.push(vec![
            "AI system".to_owned(),
            system.id.clone(),
            system.name.clone(),
            field.to_owned(),
            String::new(),
            String::new(),
            side(&system.before),
            side(&system.after),
            String::new(),
        ]);
    }
    rows
}

/// The rows of one changed item: its status and score when they moved, each changed answer,
/// then each changed field.
fn item_rows(
    catalog: Catalog,
    change: &ItemChange,
    wording: Option<&CatalogText>,
    rows: &mut Vec<Vec<String>>,
) {
    let item = catalog.item(change.item_id);
    let kind = if item.is_some_and(|item| item.is_control()) {
        "Annex A control"
    } else {
        "Clause item"
    };
    let title = item.map_or("", |item| item.title);
    let direction = change.direction().label();
    let question_text = |question_id: &str| {
        wording
            .and_then(|text| text.get(change.item_id))
            .and_then(|text| text.question(question_id))
            .unwrap_or("")
            .to_owned()
    };
    let mut row = |field: &str, question_id: &str, before: String, after: String| {
        rows.push(vec![
            kind.to_owned(),
            change.item_id.to_owned(),
            title.to_owned(),
            field.to_owned(),
            question_id.to_owned(),
            if question_id.is_empty() {
                String::new()
            } else {
                question_text(question_id)
            },
            before,
            after,
            direction.to_owned(),
        ]);
    };
    if change.status_before != change.status_after {
        row(
            "Status",
            "",
            change.status_before.label().to_owned(),
            change.status_after.label().to_owned(),
        );
    }
    let percent = change.percent();
    if percent.changed() {
        let text = |value: Option<u32>| value.map_or(String::new(), |p| format!("{p}%"));
        row("Score", "", text(percent.before), text(percent.after));
    }
    for answer in &change.answers {
        let field = match answer.kept_under {
            Some(other) => format!("Answer (kept under {other})"),
            None => "Answer".to_owned(),
        };
        row(
            &field,
            answer.question_id,
            answer_text(answer.before).to_owned(),
            answer_text(answer.after).to_owned(),
        );
    }
    for detail in &change.details {
        let question = match detail.field {
            ItemField::AnswerNote(question_id) => question_id,
            _ => "",
        };
        row(
            detail.field.label(),
            question,
            detail.before.clone(),
            detail.after.clone(),
        );
    }
}
