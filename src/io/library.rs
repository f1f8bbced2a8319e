//! The stored index of assessments: which assessments this browser keeps, under which IDs and
//! names, read and written as versioned JSON like the assessments themselves.
//!
//! The index is a cache: each assessment's own document is the truth. `reconcile` rebuilds the
//! list from the index and the keys actually present, so a lost or stale index (another tab,
//! a failed write, an old version of the app) never hides or invents an assessment.

use crate::io::value::Value;
use crate::io::ImportError;

/// The value of the index's `format` field.
pub const INDEX_FORMAT: &str = "aims-assess-index";

/// One assessment kept in this browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// The storage ID (the key is `aims-assess/v1/assessment/<id>`).
    pub id: String,
    pub name: String,
    /// When it was last saved (ISO 8601), empty when unknown.
    pub updated_at: String,
}

/// Reads the stored index. Anything unreadable is an error; callers then rebuild the index
/// from the stored documents.
pub fn parse_index(text: &str) -> Result<Vec<IndexEntry>, ImportError> {
    let value = crate::io::parse::parse_limited(text).map_err(|error| ImportError::Syntax {
        line: error.line,
        column: error.column,
        message: error.message,
    })?;
    if value.get("format").and_then(Value::as_str) != Some(INDEX_FORMAT) {
        return Err(ImportError::NotOurFormat(
            "not an index of assessments".into(),
        ));
    }
    let list = value
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or_else(|| ImportError::at("assessments", "must be a list"))?;
    let mut entries = Vec::with_capacity(list.len());
    for (position, entry) in list.iter().enumerate() {
        let field = |name: &str| -> Result<String, ImportError> {
            entry
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| {
                    ImportError::at(format!("assessments[{position}].{name}"), "must be text")
                })
        };
        entries.push(IndexEntry {
            id: field("id")?,
            name: field("name")?,
            updated_at: field("updated_at")?,
        });
    }
    Ok(entries)
}

/// Writes the index as compact JSON.
pub fn encode_index(entries: &[IndexEntry]) -> String {
    let list: Vec<Value> = entries
        .iter()
        .map(|entry| {
            Value::object([
                ("id", Value::text(&entry.id)),
                ("name", Value::text(&entry.name)),
                ("updated_at", Value::text(&entry.updated_at)),
            ])
        })
        .collect();
    Value::object([
        ("format", Value::text(INDEX_FORMAT)),
        ("version", Value::from(1u32)),
        ("assessments", Value::Array(list)),
    ])
    .to_compact()
}

/// The assessments that really exist: index entries whose document is stored, in index order,
/// then stored documents the index does not know (named by `name_of`, which reads the
/// document), newest ID first. Duplicate index entries are dropped.
pub fn reconcile(
    index: &[IndexEntry],
    stored_ids: &[String],
    name_of: impl Fn(&str) -> String,
) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::with_capacity(stored_ids.len());
    for entry in index {
        let stored = stored_ids.contains(&entry.id);
        if stored && !entries.iter().any(|known| known.id == entry.id) {
            entries.push(entry.clone());
        }
    }
    let mut unknown: Vec<&String> = stored_ids
        .iter()
        .filter(|id| !entries.iter().any(|known| &known.id == *id))
        .collect();
    // IDs start with their creation time, so sorting them puts the newest last.
    unknown.sort_unstable();
    for id in unknown.into_iter().rev() {
        entries.push(IndexEntry {
            id: id.clone(),
            name: name_of(id),
            updated_at: String::new(),
        });
    }
    entries
}

/// Records a save in the index: updates the entry's name and time, or adds it at the end.
pub fn record_save(entries: &mut Vec<IndexEntry>, id: &str, name: &str, saved_at: &str) {
    match entries.iter_mut().find(|entry| entry.id == id) {
        Some(entry) => {
            entry.name = name.to_owned();
            entry.updated_at = saved_at.to_owned();
        }
        None => entries.push(IndexEntry {
            id: id.to_owned(),
            name: name.to_owned(),
            updated_at: saved_at.to_owned(),
        }),
    }
}

/// A name not used by any entry: `wanted` itself, or `wanted (2)`, `wanted (3)` ...
pub fn unique_name(entries: &[IndexEntry], wanted: &str) -> String {
    let wanted = wanted.trim();
    let wanted = if wanted.is_empty() {
        "Assessment"
    } else {
        wanted
    };
    let taken = |name: &str| entries.iter().any(|entry| entry.name == name);
    if !taken(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|number| format!("{wanted} ({number})"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| wanted.to_owned())
}
