//! Reads the catalog prose from the catalog files the app loads on demand (the same JSON files
//! `build.rs` compiles the catalog's shape from). Only the prose is read here.
//!
//! The files are read with serde_json into the small types below, which name only the fields
//! that carry prose; every other field of the files (titles, roles, headings) is skipped.

use crate::domain::catalog_text::{CatalogText, ItemText};
use crate::io::limits;
use serde::Deserialize;

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

/// `clauses.json`: clauses, each with its items.
#[derive(Deserialize)]
struct ClausesFile {
    #[serde(default)]
    clauses: Vec<ClauseProse>,
}

#[derive(Deserialize)]
struct ClauseProse {
    #[serde(default)]
    items: Vec<ItemProse>,
}

/// `annex_a.json`: areas, each with sections of controls.
#[derive(Deserialize)]
struct AnnexAFile {
    #[serde(default)]
    areas: Vec<AreaProse>,
}

#[derive(Deserialize)]
struct AreaProse {
    #[serde(default)]
    sections: Vec<SectionProse>,
}

#[derive(Deserialize)]
struct SectionProse {
    #[serde(default)]
    controls: Vec<ItemProse>,
}

/// The prose of a clause item or a control. Clause items carry an explanation, controls carry
/// guidance; both end up as the item's explanation. The ID and the wording are optional here
/// so that a missing one is reported in the app's words, naming the item.
#[derive(Deserialize)]
struct ItemProse {
    id: Option<String>,
    explanation: Option<String>,
    guidance: Option<String>,
    #[serde(default)]
    questions: Vec<QuestionProse>,
    #[serde(default)]
    evidence: Vec<String>,
    documented_information: Option<String>,
    #[serde(default)]
    pitfalls: Vec<String>,
}

#[derive(Deserialize)]
struct QuestionProse {
    id: Option<String>,
    text: Option<String>,
    hint: Option<String>,
    /// A question answered under a clause question has no wording of its own; it is shown
    /// with that question's (`CatalogText::fill_shared`).
    same_as: Option<String>,
}

/// The prose of one item, checked to have an ID, an explanation and whole questions.
fn item_text(item: ItemProse) -> Result<(String, ItemText), String> {
    let id = item.id.ok_or("an item has no ID")?;
    let explanation = item
        .explanation
        .or(item.guidance)
        .ok_or_else(|| format!("item {id} has no explanation"))?;
    let mut questions = Vec::new();
    let mut hints = Vec::new();
    for question in item.questions {
        match (question.id, question.text, question.same_as) {
            (Some(_), None, Some(_)) => {}
            (Some(question_id), Some(wording), None) => {
                if let Some(hint) = question.hint {
                    hints.push((question_id.clone(), hint));
                }
                questions.push((question_id, wording));
            }
            _ => return Err(format!("item {id} has a question without an ID or wording")),
        }
    }
    Ok((
        id,
        ItemText {
            explanation,
            questions,
            hints,
            evidence: item.evidence,
            documented_information: item.documented_information,
            pitfalls: item.pitfalls,
        },
    ))
}

/// Parses one catalog file into the prose of its items.
pub fn parse_catalog_text(file: CatalogFile, source: &str) -> Result<CatalogText, String> {
    let damaged = |error: serde_json::Error| {
        let (line, column, message) = limits::placed_message(source, &error);
        format!(
            "{} is damaged (line {line}, column {column}: {message})",
            file.file_name()
        )
    };
    let items: Vec<ItemProse> = match file {
        CatalogFile::Clauses => serde_json::from_str::<ClausesFile>(source)
            .map_err(damaged)?
            .clauses
            .into_iter()
            .flat_map(|clause| clause.items)
            .collect(),
        CatalogFile::AnnexA => serde_json::from_str::<AnnexAFile>(source)
            .map_err(damaged)?
            .areas
            .into_iter()
            .flat_map(|area| area.sections)
            .flat_map(|section| section.controls)
            .collect(),
    };
    let entries = items
        .into_iter()
        .map(item_text)
        .collect::<Result<Vec<_>, String>>()
        .map_err(|error| format!("{}: {error}", file.file_name()))?;
    Ok(CatalogText::new(entries))
}

/// Parses both catalog files into the prose of every item, with the questions shared between
/// a control and a clause item given their clause question's wording.
pub fn parse_whole_catalog_text(clauses: &str, annex_a: &str) -> Result<CatalogText, String> {
    let mut text = parse_catalog_text(CatalogFile::Clauses, clauses)?;
    text.extend(parse_catalog_text(CatalogFile::AnnexA, annex_a)?);
    text.fill_shared();
    Ok(text)
}
