//! A system's EU AI Act record in the file (schema version 10 on): the classification path's
//! answers and the progress of each obligation, by ID. `io::validate` checks the IDs against
//! the decision path's data and names a wrong one by its path.

use super::{fields, DATE_PATTERN, MAX_TEXT_CHARS};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The EU AI Act record of one AI system. Since schema version 10; absent means the
/// classification was not started.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EuAiActDocument {
    /// The classification path's answers: question ID to answer ID.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "fields::text_map"
    )]
    pub answers: BTreeMap<String, String>,
    /// The progress of each obligation, by obligation ID.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "fields::object_map"
    )]
    pub obligations: BTreeMap<String, ObligationDocument>,
    /// Who last reviewed the classification.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub reviewed_by: String,
    /// When the classification was last reviewed, as `YYYY-MM-DD`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub reviewed_on: Option<String>,
}

impl EuAiActDocument {
    /// True when nothing is recorded, so the system's entry leaves the record out.
    pub fn is_empty(&self) -> bool {
        self == &EuAiActDocument::default()
    }
}

/// The progress of one obligation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ObligationDocument {
    pub status: ObligationStatusDocument,
    /// The user's note on the obligation.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub note: String,
}

word_enum! {
    /// How far the organisation has come with an obligation.
    pub enum ObligationStatusDocument ("an obligation's status") {
        NotStarted = "not_started",
        InProgress = "in_progress",
        Met = "met",
        /// The user judged that the obligation does not apply.
        NotApplicable = "not_applicable",
    }
}
