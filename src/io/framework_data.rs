//! Reads the two framework files the app loads on demand: the NIST AI RMF crosswalk
//! (`nist_ai_rmf.json`) and the ISO/IEC 27001 reuse hints (`iso27001_reuse.json`), with
//! serde_json into the small types below, then into the domain. A file that does not fit is
//! named with the line and column of the problem.

use crate::domain::iso27001_reuse::{ClauseReuse, ControlReuse, Iso27001Reuse, ReuseSource};
use crate::domain::nist_crosswalk::{Category, Crosswalk, CrosswalkSource, Function, Subcategory};
use serde::Deserialize;

/// The crosswalk file's name, as published next to the app.
pub const NIST_FILE_NAME: &str = "nist_ai_rmf.json";

/// The reuse file's name, as published next to the app.
pub const ISO27001_FILE_NAME: &str = "iso27001_reuse.json";

#[derive(Deserialize)]
struct NistFile {
    source: NistSource,
    functions: Vec<FunctionEntry>,
}

#[derive(Deserialize)]
struct NistSource {
    title: String,
    publisher: String,
    url: String,
    listed_at: String,
    version: String,
    text_consulted: String,
    last_checked: String,
    taken: String,
    id_translation: String,
    #[serde(default)]
    corrections: Vec<String>,
}

#[derive(Deserialize)]
struct FunctionEntry {
    id: String,
    name: String,
    summary: String,
    categories: Vec<CategoryEntry>,
}

#[derive(Deserialize)]
struct CategoryEntry {
    id: String,
    summary: String,
    subcategories: Vec<SubcategoryEntry>,
}

#[derive(Deserialize)]
struct SubcategoryEntry {
    id: String,
    summary: String,
    iso: Vec<String>,
}

/// Says where serde_json stopped, in plain words.
fn describe(file: &str, error: &serde_json::Error) -> String {
    format!(
        "{file} could not be read (line {}, column {}): {error}",
        error.line(),
        error.column()
    )
}

/// Reads the crosswalk file. Its agreement with the catalog is checked by
/// `Crosswalk::check`.
pub fn parse_crosswalk(text: &str) -> Result<Crosswalk, String> {
    let file: NistFile =
        serde_json::from_str(text).map_err(|error| describe(NIST_FILE_NAME, &error))?;
    let source = file.source;
    Ok(Crosswalk {
        source: CrosswalkSource {
            title: source.title,
            publisher: source.publisher,
            url: source.url,
            listed_at: source.listed_at,
            version: source.version,
            text_consulted: source.text_consulted,
            last_checked: source.last_checked,
            taken: source.taken,
            id_translation: source.id_translation,
            corrections: source.corrections,
        },
        functions: file
            .functions
            .into_iter()
            .map(|function| Function {
                id: function.id,
                name: function.name,
                summary: function.summary,
                categories: function
                    .categories
                    .into_iter()
                    .map(|category| Category {
                        id: category.id,
                        summary: category.summary,
                        subcategories: category
                            .subcategories
                            .into_iter()
                            .map(|subcategory| Subcategory {
                                id: subcategory.id,
                                summary: subcategory.summary,
                                iso: subcategory.iso,
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    })
}

#[derive(Deserialize)]
struct ReuseFile {
    source: ReuseSourceEntry,
    clause_items: Vec<ClauseEntry>,
    controls: Vec<ControlEntry>,
}

#[derive(Deserialize)]
struct ReuseSourceEntry {
    title: String,
    publisher: String,
    note: String,
    last_checked: String,
}

#[derive(Deserialize)]
struct ClauseEntry {
    id: String,
    in_place: String,
    adds: String,
    evidence: String,
}

#[derive(Deserialize)]
struct ControlEntry {
    id: String,
    related: Vec<String>,
}

/// Reads the reuse file. Its agreement with the catalog is checked by
/// `Iso27001Reuse::check`.
pub fn parse_iso27001_reuse(text: &str) -> Result<Iso27001Reuse, String> {
    let file: ReuseFile =
        serde_json::from_str(text).map_err(|error| describe(ISO27001_FILE_NAME, &error))?;
    Ok(Iso27001Reuse {
        source: ReuseSource {
            title: file.source.title,
            publisher: file.source.publisher,
            note: file.source.note,
            last_checked: file.source.last_checked,
        },
        clause_items: file
            .clause_items
            .into_iter()
            .map(|entry| ClauseReuse {
                id: entry.id,
                in_place: entry.in_place,
                adds: entry.adds,
                evidence: entry.evidence,
            })
            .collect(),
        controls: file
            .controls
            .into_iter()
            .map(|entry| ControlReuse {
                id: entry.id,
                related: entry.related,
            })
            .collect(),
    })
}
