//! The registers of the management system as CSV: one file per register, and the objectives'
//! measurements as a file of their own, for sharing a register or working on it in a
//! spreadsheet. They are written only; the JSON file is what the app reads back.
//!
//! A register's columns are its fields (`domain::records::RegisterSpec`) after the ID, headed
//! by their labels, so a new field needs no change here. Dates are written as `YYYY-MM-DD`,
//! numbers as typed, a choice by its label; list fields share one cell, their entries joined
//! by "; " (clause items and AI systems by ID, ticked choices by their label). Every file
//! starts with a byte-order mark and every cell is neutralised (`io::csv_out`). docs/CSV.md
//! describes the files.

use crate::domain::records::{Choice, FieldKind, FieldSpec, Record, Register, RegisterKind};
use crate::io::csv_out::{with_bom, write_table};

/// What separates the entries of a list field in one cell.
pub const LIST_SEPARATOR: &str = "; ";

/// The columns of the measurements CSV, in order.
pub const MEASUREMENTS_HEADER: [&str; 5] =
    ["Objective ID", "Objective", "Date", "Value", "Comment"];

/// The columns of a register's CSV: "ID", then each field's label in the register's order.
pub fn register_header(kind: RegisterKind) -> Vec<&'static str> {
    let mut header = vec!["ID"];
    header.extend(kind.spec().fields.iter().map(|field| field.label));
    header
}

/// A register as CSV, one row per entry in the register's order, starting with a byte-order
/// mark for Excel.
pub fn register_csv(kind: RegisterKind, register: &Register) -> String {
    with_bom(write_table(
        &register_header(kind),
        &register_rows(kind, register),
    ))
}

/// The rows of a register's CSV (and its workbook sheet), in `register_header`'s columns,
/// as texts before neutralising.
pub fn register_rows(kind: RegisterKind, register: &Register) -> Vec<Vec<String>> {
    let fields = kind.spec().fields;
    register
        .records
        .iter()
        .map(|record| {
            let mut row = Vec::with_capacity(fields.len() + 1);
            row.push(record.id.clone());
            row.extend(fields.iter().map(|field| cell(record, field)));
            row
        })
        .collect()
}

/// The measurements of every objective in the register as CSV: one row per measurement,
/// objective by objective in the register's order and oldest first within each, starting
/// with a byte-order mark.
pub fn measurements_csv(objectives: &Register) -> String {
    with_bom(write_table(
        &MEASUREMENTS_HEADER,
        &measurements_rows(objectives),
    ))
}

/// The rows of the measurements CSV (and its workbook sheet), in `MEASUREMENTS_HEADER`'s
/// columns, as texts before neutralising.
pub fn measurements_rows(objectives: &Register) -> Vec<Vec<String>> {
    let name_field = RegisterKind::Objectives.spec().name_field;
    objectives
        .records
        .iter()
        .flat_map(|record| {
            record.measurements.iter().map(move |measurement| {
                vec![
                    record.id.clone(),
                    record.text(name_field).to_owned(),
                    measurement.date.to_string(),
                    measurement.value.to_string(),
                    measurement.comment.clone(),
                ]
            })
        })
        .collect()
}

/// The name of a register's CSV file: the assessment's file stem (`state::export::export_stem`),
/// the register's slug and the date, such as "2026-baseline-documents-2026-11-23.csv".
pub fn register_csv_file_name(stem: &str, kind: RegisterKind, today: &str) -> String {
    format!("{stem}-{}-{today}.csv", kind.spec().slug)
}

/// The name of the measurements CSV file, such as
/// "2026-baseline-objective-measurements-2026-11-23.csv".
pub fn measurements_csv_file_name(stem: &str, today: &str) -> String {
    format!("{stem}-objective-measurements-{today}.csv")
}

/// One field's cell: its value as kept, a choice by its label, a list joined.
fn cell(record: &Record, field: &FieldSpec) -> String {
    match field.kind {
        FieldKind::Choice(choices) => label_of(choices, record.text(field.key)).to_owned(),
        FieldKind::Checklist(choices) => record
            .list(field.key)
            .iter()
            .map(|slug| label_of(choices, slug))
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR),
        FieldKind::Items | FieldKind::Systems => record.list(field.key).join(LIST_SEPARATOR),
        FieldKind::Text
        | FieldKind::LongText
        | FieldKind::Date
        | FieldKind::Number
        | FieldKind::Fingerprint => record.text(field.key).to_owned(),
    }
}

/// The label of a choice by its slug; the slug itself should a value ever not be a choice
/// (values are checked when set, so it never is).
fn label_of<'a>(choices: &[Choice], slug: &'a str) -> &'a str {
    choices
        .iter()
        .find(|choice| choice.slug == slug)
        .map_or(slug, |choice| choice.label)
}
