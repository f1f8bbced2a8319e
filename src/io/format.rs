//! The types of the current file format (schema version 3), separate from the domain types so
//! that the domain can change without silently changing what files look like.
//!
//! The same document is written to browser storage and to export files. Field-by-field
//! documentation: `docs/FORMAT.md`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value of the `format` field that marks a file as ours.
pub const FORMAT_NAME: &str = "aims-assess";

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 3;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    /// Since schema version 3: true when the file is an anonymised copy (names and free text
    /// removed); absent otherwise.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymised: bool,
    pub assessment: AssessmentDocument,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// The assessment inside a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDocument {
    pub name: String,
    /// Records by item ID (clause items such as "4.1", controls such as "A.6.2.4").
    #[serde(default)]
    pub items: BTreeMap<String, ItemDocument>,
    /// Since schema version 2.
    #[serde(default)]
    pub profile: ProfileDocument,
    /// Since schema version 2.
    #[serde(default)]
    pub soa: SoaDocument,
}

/// The organisation profile. Every field may be empty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileDocument {
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<SizeDocument>,
    #[serde(default)]
    pub roles: Vec<RoleDocument>,
    #[serde(default)]
    pub scope: String,
}

/// Head-count band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SizeDocument {
    Micro,
    Small,
    Medium,
    Large,
}

/// A role towards AI systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleDocument {
    Provider,
    Producer,
    Customer,
    User,
    Partner,
}

/// The Statement of Applicability.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaDocument {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub approved_by: String,
    /// Decisions by control ID; controls without an entry are undecided.
    #[serde(default)]
    pub controls: BTreeMap<String, ControlDocument>,
}

/// The SoA decision for one control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ControlDocument {
    pub applicable: ApplicabilityDocument,
    #[serde(default)]
    pub reasons: Vec<ReasonDocument>,
    #[serde(default)]
    pub justification: String,
}

/// Whether a control applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ApplicabilityDocument {
    Yes,
    No,
    Undecided,
}

/// Why a control is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonDocument {
    RiskTreatment,
    Legal,
    Contractual,
    GoodPractice,
}

/// What was recorded for one item.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AnswerDocument {
    Yes,
    Partly,
    No,
}
