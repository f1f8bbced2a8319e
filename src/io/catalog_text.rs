//! Reads the catalog prose from the catalog files the app loads on demand (the same JSON files
//! `build.rs` compiles the catalog's shape from). Only the prose is read here.
//!
//! The file is parsed into an `io::value::Value` and walked by hand: the app parses stored
//! assessments into a `Value` anyway, so this reuses that code instead of adding a second
//! deserializer to the bundle.

use crate::domain::catalog_text::{CatalogText, ItemText};
use crate::io::value::Value;

/// Which catalog file a text comes from; the two files nest their items differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogFile {
    /// `clauses.json`: `clauses[].items[]`.
    Clauses,
    /// `annex_a.json`: `areas[].sections[].controls[]`.
    AnnexA,
}

impl CatalogFile {
    /// The file's name, as published next to the app.
    pub fn file_name(self) -> &'static str {
        match self {
            CatalogFile::Clauses => "clauses.json",
            CatalogFile::AnnexA => "annex_a.json",
        }
    }
}

fn array<'a>(value: &'a Value<'a>, key: &str) -> &'a [Value<'a>] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

fn texts(value: &Value, key: &str) -> Vec<String> {
    array(value, key)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The prose of one item object. Clause items carry an explanation, controls carry guidance;
/// both end up as the item's explanation.
fn item_text(item: &Value) -> Result<(String, ItemText), String> {
    let id = text(item, "id").ok_or("an item has no ID")?;
    let explanation = text(item, "explanation")
        .or_else(|| text(item, "guidance"))
        .ok_or_else(|| format!("item {id} has no explanation"))?;
    let mut questions = Vec::new();
    for question in array(item, "questions") {
        match (text(question, "id"), text(question, "text")) {
            (Some(qid), Some(wording)) => questions.push((qid.to_owned(), wording.to_owned())),
            _ => return Err(format!("item {id} has a question without an ID or wording")),
        }
    }
    Ok((
        id.to_owned(),
        ItemText {
            explanation: explanation.to_owned(),
            questions,
            evidence: texts(item, "evidence"),
            documented_information: text(item, "documented_information").map(str::to_owned),
            pitfalls: texts(item, "pitfalls"),
        },
    ))
}

/// Parses one catalog file into the prose of its items.
pub fn parse_catalog_text(file: CatalogFile, source: &str) -> Result<CatalogText, String> {
    // The same parser as for imports, so the app carries one JSON parser rather than two.
    let root = crate::io::parse::parse_limited(source).map_err(|error| {
        format!(
            "{} is damaged (line {}, column {}: {})",
            file.file_name(),
            error.line,
            error.column,
            error.message
        )
    })?;
    let items: Vec<&Value> = match file {
        CatalogFile::Clauses => array(&root, "clauses")
            .iter()
            .flat_map(|clause| array(clause, "items"))
            .collect(),
        CatalogFile::AnnexA => array(&root, "areas")
            .iter()
            .flat_map(|area| array(area, "sections"))
            .flat_map(|section| array(section, "controls"))
            .collect(),
    };
    let entries = items
        .into_iter()
        .map(item_text)
        .collect::<Result<Vec<_>, String>>()
        .map_err(|error| format!("{}: {error}", file.file_name()))?;
    Ok(CatalogText::new(entries))
}
