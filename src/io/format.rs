//! The types of the current file format (schema version 1), separate from the domain types so
//! that the domain can change without silently changing what files look like.
//!
//! The same document is written to browser storage and to export files. Field-by-field
//! documentation: `docs/FORMAT.md`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value of the `format` field that marks a file as ours.
pub const FORMAT_NAME: &str = "aims-assess";

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDocument {
    /// Always "aims-assess".
    pub format: String,
    pub schema_version: u32,
    /// The catalog version the answers were given against.
    pub catalog_version: String,
    /// When the file was written (ISO 8601 date and time, UTC).
    pub exported_at: String,
    /// The version of the app that wrote the file.
    pub app_version: String,
    pub assessment: AssessmentDocument,
}

/// The assessment inside a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDocument {
    pub name: String,
    /// Records by item ID (clause items such as "4.1").
    #[serde(default)]
    pub items: BTreeMap<String, ItemDocument>,
}

/// What was recorded for one item.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDocument {
    /// Answers by question ID: "yes", "partly" or "no". Unanswered questions are absent.
    #[serde(default)]
    pub answers: BTreeMap<String, AnswerDocument>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub owner: String,
    /// `YYYY-MM-DD`, or absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
}

/// An answer as written in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerDocument {
    Yes,
    Partly,
    No,
}
