//! The stored index of assessments: which assessments this browser keeps, under which IDs and
//! names, read and written as versioned JSON like the assessments themselves.
//!
//! The index is a cache: each assessment's own document is the truth. `reconcile` rebuilds the
//! list from the index and the keys actually present, so a lost or stale index (another tab,
//! a failed write, an old version of the app) never hides or invents an assessment.

use crate::domain::limits::MAX_TEXT_CHARS;
use crate::io::{limits, messages, path, ImportError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The value of the index's `format` field.
pub const INDEX_FORMAT: &str = "aims-assess-index";

/// The version of the index's layout, written into it.
const INDEX_VERSION: u32 = 1;

/// One assessment kept in this browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// The storage ID (the key is `aims-assess/v1/assessment/<id>`).
    pub id: String,
    pub name: String,
    /// When it was last saved (ISO 8601), empty when unknown.
    pub updated_at: String,
}

/// The index as it is written. Reading takes only its `format` and its list of entries, whose
/// fields the app does not know are ignored, so that an index written by a later version
/// still lists its assessments.
#[derive(Serialize)]
struct IndexDocument<'a> {
    format: &'a str,
    version: u32,
    assessments: &'a [IndexEntry],
}

/// Reads the stored index. Anything unreadable is an error; callers then rebuild the index
/// from the stored documents.
pub fn parse_index(text: &str) -> Result<Vec<IndexEntry>, ImportError> {
    let value = limits::parse_limited(text)?;
    if value.get("format").and_then(Value::as_str) != Some(INDEX_FORMAT) {
        return Err(ImportError::NotOurFormat(
            "not an index of assessments".into(),
        ));
    }
    // Only the list is read: the version has never changed what an entry holds.
    let list = value.get("assessments").cloned().unwrap_or(Value::Null);
    serde_path_to_error::deserialize::<_, Vec<IndexEntry>>(list).map_err(|error| {
        let at = path::within("assessments", error.path());
        messages::invalid(at, &error.inner().to_string())
    })
}

/// Writes the index as compact JSON.
pub fn encode_index(entries: &[IndexEntry]) -> String {
    let document = IndexDocument {
        format: INDEX_FORMAT,
        version: INDEX_VERSION,
        assessments: entries,
    };
    // Writing these types cannot fail: their fields are texts and a whole number.
    serde_json::to_string(&document).unwrap_or_default()
}

/// The name and save time inside a stored assessment, read without validating the rest, for
/// listing a stored copy the index does not know. `None` when the text is not JSON or has no
/// name.
pub fn stored_name_and_time(text: &str) -> Option<(String, String)> {
    let value = limits::parse_limited(text).ok()?;
    let name = value.get("assessment")?.get("name")?.as_str()?.to_owned();
    let saved_at = value
        .get("exported_at")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Some((name, saved_at))
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
    // A name with its suffix stays within the limit of a text, so the new assessment can
    // always be renamed and is never stored over a limit.
    let within_limit = |suffix: &str| {
        let room = MAX_TEXT_CHARS.saturating_sub(suffix.chars().count());
        let kept: String = wanted.chars().take(room).collect();
        format!("{kept}{suffix}")
    };
    let plain = within_limit("");
    if !taken(&plain) {
        return plain;
    }
    (2..)
        .map(|number| within_limit(&format!(" ({number})")))
        .find(|name| !taken(name))
        .unwrap_or(plain)
}

/// The name an imported assessment is stored under when it becomes a new assessment: its own
/// name while no stored assessment has it, otherwise the name followed by the day of the import,
/// "Assessment of 2026-12-06 (imported 2026-12-07)", so the list tells the two apart by more
/// than a number. Only if that is taken too does `unique_name` add " (2)", " (3)" ...
pub fn imported_name(entries: &[IndexEntry], name: &str, today: &str) -> String {
    let wanted = match name.trim() {
        "" => "Assessment",
        trimmed => trimmed,
    };
    if entries.iter().any(|entry| entry.name == wanted) {
        unique_name(entries, &format!("{wanted} (imported {today})"))
    } else {
        unique_name(entries, wanted)
    }
}

/// Reads the list of stored assessments that could not be read (the IDs under
/// `aims-assess/v1/unreadable`, a JSON array of texts). A list that is itself unreadable
/// counts as empty: it only decides which notices and buttons are shown, and the documents
/// stay stored whatever it says.
pub fn parse_unreadable(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// Writes the list of stored assessments that could not be read.
pub fn encode_unreadable(ids: &[String]) -> String {
    // A list of texts always serialises; an empty list is the fallback all the same.
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
}
