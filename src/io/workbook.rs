//! The workbook export's content: one sheet each for the answers (with the question text),
//! the Statement of Applicability, the risks, the impact assessments, the action plan, every
//! register and the objectives' measurements, described as a `WorkbookSpec` for `io::xlsx`
//! to turn into an .xlsx file.
//!
//! The rows come from the same builders as the CSV exports, so a sheet and its CSV file hold
//! the same values; here each column gets a kind, and a date or number column's texts become
//! dates and numbers. docs/WORKBOOK.md describes the sheets.

use crate::domain::action_plan::PlannedAction;
use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use crate::domain::catalog_text::CatalogText;
use crate::domain::date::IsoDate;
use crate::domain::impact::score;
use crate::domain::impact_record::ImpactRecord;
use crate::domain::records::{FieldKind, RegisterKind};
use crate::domain::scoring::Summary;
use crate::domain::system::AiSystem;
use crate::io::csv_actions::{actions_rows, ACTIONS_HEADER};
use crate::io::csv_answers::{answers_rows, ANSWERS_HEADER};
use crate::io::csv_out::{soa_rows, SOA_HEADER};
use crate::io::csv_records::{
    measurements_rows, register_header, register_rows, MEASUREMENTS_HEADER,
};
use crate::io::csv_risks::{risks_rows, RISKS_HEADER};
pub use crate::io::workbook_spec::{
    date_parts, is_plain_number, Cell, ColumnKind, ColumnSpec, SheetSpec, WorkbookSpec,
    MAX_CELL_CHARS, MAX_SHEET_NAME_CHARS, SHEET_NAME_FORBIDDEN,
};

/// What a workbook is built from: the assessment and what the app derives from it.
pub struct WorkbookSources<'a> {
    pub catalog: Catalog,
    pub assessment: &'a Assessment,
    pub summary: &'a Summary,
    /// The action plan, in the plan's order.
    pub actions: &'a [PlannedAction],
    /// Today, for the action plan's "Overdue" column; `None` leaves it empty.
    pub today: Option<IsoDate>,
    /// The question texts; without them the Answers sheet's Question column is empty.
    pub wording: Option<&'a CatalogText>,
}

/// The columns of the Impact assessments sheet, in order.
pub const IMPACT_HEADER: [&str; 16] = [
    "System ID",
    "System",
    "Version",
    "Current",
    "Status",
    "Impact level",
    "Level before measures",
    "Harms rated",
    "Open questions",
    "Annex III area",
    "People reached",
    "Assessor",
    "Assessment date",
    "Approved by",
    "Approved on",
    "Notes",
];

/// Column headers that hold dates in the sheets built from the CSV rows.
const DATE_HEADERS: [&str; 6] = [
    "Due date",
    "Acceptance date",
    "Assessed on",
    "Next review",
    "Assessment date",
    "Approved on",
];

/// Column headers that hold numbers in the sheets built from the CSV rows.
const NUMBER_HEADERS: [&str; 7] = [
    "Inherent likelihood",
    "Inherent consequence",
    "Residual likelihood",
    "Residual consequence",
    "Version",
    "Harms rated",
    "Open questions",
];

/// The narrowest and widest a column is made, in characters.
const MIN_WIDTH: u16 = 8;
const MAX_WIDTH: u16 = 60;

/// What ends a text cut to fit a cell.
const CUT_MARK: &str = " [cut: the whole text is in the JSON file]";

/// The whole workbook: Answers, Statement of Applicability, Risks, Impact assessments, Action
/// plan, then each register in the navigation's order and the objectives' measurements.
pub fn workbook(sources: &WorkbookSources) -> WorkbookSpec {
    let assessment = sources.assessment;
    let mut names = Vec::new();
    let mut sheets = Vec::new();
    let mut add = |title: &str,
                   header: &[&str],
                   kinds: &dyn Fn(&str) -> ColumnKind,
                   rows: Vec<Vec<String>>| {
        let name = sheet_name(title, &names);
        names.push(name.clone());
        sheets.push(sheet(name, header, kinds, rows));
    };
    let by_header = |header: &str| header_kind(header);
    add(
        "Answers",
        &ANSWERS_HEADER,
        &by_header,
        answers_rows(sources.catalog, assessment, sources.wording),
    );
    add(
        "Statement of Applicability",
        &SOA_HEADER,
        &by_header,
        soa_rows(sources.catalog, assessment, sources.summary),
    );
    add(
        "Risks",
        &RISKS_HEADER,
        &by_header,
        risks_rows(&assessment.risks),
    );
    add(
        "Impact assessments",
        &IMPACT_HEADER,
        &by_header,
        impact_rows(&assessment.inventory.systems),
    );
    let actions: Vec<&PlannedAction> = sources.actions.iter().collect();
    add(
        "Action plan",
        &ACTIONS_HEADER,
        &by_header,
        actions_rows(&actions, sources.today),
    );
    for kind in RegisterKind::ALL {
        let spec = kind.spec();
        let field_kind = |header: &str| match spec.fields.iter().find(|field| field.label == header)
        {
            Some(field) if matches!(field.kind, FieldKind::Date) => ColumnKind::Date,
            Some(field) if matches!(field.kind, FieldKind::Number) => ColumnKind::Number,
            _ => ColumnKind::Text,
        };
        add(
            spec.title,
            &register_header(kind),
            &field_kind,
            register_rows(kind, assessment.records.get(kind)),
        );
    }
    let measurement_kind = |header: &str| match header {
        "Date" => ColumnKind::Date,
        "Value" => ColumnKind::Number,
        _ => ColumnKind::Text,
    };
    add(
        "Objective measurements",
        &MEASUREMENTS_HEADER,
        &measurement_kind,
        measurements_rows(assessment.records.get(RegisterKind::Objectives)),
    );
    WorkbookSpec { sheets }
}

/// The kind of a column of the sheets built from the CSV rows, by its header.
fn header_kind(header: &str) -> ColumnKind {
    if DATE_HEADERS.contains(&header) {
        ColumnKind::Date
    } else if NUMBER_HEADERS.contains(&header) {
        ColumnKind::Number
    } else {
        ColumnKind::Text
    }
}

/// A sheet from its header and rows of texts: each text becomes a cell of its column's kind,
/// and each column is as wide as its header or its widest first line, within bounds.
fn sheet(
    name: String,
    header: &[&str],
    kinds: &dyn Fn(&str) -> ColumnKind,
    rows: Vec<Vec<String>>,
) -> SheetSpec {
    let kinds: Vec<ColumnKind> = header.iter().map(|header| kinds(header)).collect();
    let columns = header
        .iter()
        .enumerate()
        .map(|(at, header)| {
            let widest = rows
                .iter()
                .filter_map(|row| row.get(at))
                .map(|text| text.lines().next().unwrap_or_default().chars().count())
                .chain([header.chars().count()])
                .max()
                .unwrap_or_default();
            ColumnSpec {
                header: (*header).to_owned(),
                width: u16::try_from(widest.saturating_add(2))
                    .unwrap_or(MAX_WIDTH)
                    .clamp(MIN_WIDTH, MAX_WIDTH),
                kind: kinds[at],
            }
        })
        .collect();
    let rows = rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .enumerate()
                .map(|(at, text)| cell(kinds.get(at).copied(), text))
                .collect()
        })
        .collect();
    SheetSpec {
        name,
        columns,
        rows,
    }
}

/// One cell from a row builder's text: empty stays empty; a date column's `YYYY-MM-DD` is a
/// date and a number column's number a number; anything else is text, cut to what a cell
/// holds.
pub fn cell(kind: Option<ColumnKind>, text: String) -> Cell {
    if text.is_empty() {
        return Cell::Empty;
    }
    match kind {
        Some(ColumnKind::Date) if text.parse::<IsoDate>().is_ok() => Cell::Date(text),
        Some(ColumnKind::Number) if is_plain_number(&text) => Cell::Number(text),
        _ => text_cell(text),
    }
}

/// A text cell, cut with a note at the end when it is longer than a cell holds.
fn text_cell(text: String) -> Cell {
    if text.chars().count() <= MAX_CELL_CHARS {
        return Cell::Text(text);
    }
    let keep = MAX_CELL_CHARS - CUT_MARK.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(CUT_MARK);
    Cell::Text(cut)
}

/// A sheet name from a title: without the characters sheet names may not hold, at most 31
/// characters (cut at a word where it can be), and unlike every name in `taken` (compared
/// without case, as spreadsheets do), numbered " (2)", " (3)", ... when it would repeat one.
pub fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .filter(|ch| !SHEET_NAME_FORBIDDEN.contains(ch))
        .collect();
    let clean = clean.trim().trim_matches('\'');
    let base = if clean.is_empty() { "Sheet" } else { clean };
    let is_taken = |name: &str| taken.iter().any(|other| other.eq_ignore_ascii_case(name));
    let mut number = 1;
    loop {
        let suffix = if number == 1 {
            String::new()
        } else {
            format!(" ({number})")
        };
        let room = MAX_SHEET_NAME_CHARS - suffix.chars().count();
        let name = format!("{}{suffix}", shorten(base, room));
        if !is_taken(&name) {
            return name;
        }
        number += 1;
    }
}

/// The text cut to at most `room` characters, at the last space when there is one.
fn shorten(text: &str, room: usize) -> &str {
    match text.char_indices().nth(room) {
        None => text,
        Some((end, _)) => {
            let head = &text[..end];
            match head.rfind(' ') {
                Some(space) if space > 0 => head[..space].trim_end(),
                _ => head,
            }
        }
    }
}

/// The Impact assessments sheet's rows: for each system, its earlier versions oldest first,
/// then its current one.
fn impact_rows(systems: &[AiSystem]) -> Vec<Vec<String>> {
    let date = |date: Option<IsoDate>| date.map_or(String::new(), |date| date.to_string());
    let row = |system: &AiSystem, record: &ImpactRecord, current: bool| {
        let result = score(record);
        vec![
            system.id.clone(),
            system.name.clone(),
            record.version.to_string(),
            if current { "Yes" } else { "No" }.to_owned(),
            record.status_label().to_owned(),
            result.summary(),
            result.before.map_or(String::new(), |level| level.label()),
            result.harms.len().to_string(),
            result.open.len().to_string(),
            record.annex_iii.map_or("", |area| area.label()).to_owned(),
            record
                .people_reached
                .map_or("", |people| people.label())
                .to_owned(),
            record.assessor.clone(),
            date(record.date),
            record.approved_by.clone(),
            date(record.approved_on),
            record.notes.clone(),
        ]
    };
    systems
        .iter()
        .flat_map(|system| {
            system
                .impact_history
                .iter()
                .map(move |record| row(system, record, false))
                .chain([row(system, &system.impact, true)])
        })
        .collect()
}
