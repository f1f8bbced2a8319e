//! The types of the current file format (schema version 9), separate from the domain types so
//! that the domain can change without silently changing what files look like.
//!
//! These types are the codec: serde_json reads every file into them (after `io::migrate` has
//! brought an older file up to date) and writes every file from them, and `io::schema`
//! generates the JSON Schema (`public/aims-assess.schema.json`) from them, so the format is
//! described once. The same document is written to browser storage and to export files.
//! Field-by-field documentation: `docs/FORMAT.md`. The doc comments here also become the
//! descriptions in the JSON Schema, so they are written for someone reading a file, not the
//! code.
//!
//! Reading checks what types can say, each with a message for people: every word (answer,
//! role, status ...) names what it is and lists the words accepted, texts longer than
//! `io::limits::MAX_STRING_CHARS` are refused (longer than `MAX_TEXT_CHARS` are read with a
//! warning), and a date or a list of risk criteria may not be `null`.
//! What needs more than the types (known IDs, real dates, ratings on the scales, unique IDs)
//! is checked afterwards by `io::validate`.

use crate::domain::risk_criteria::{MAX_BANDS, MAX_SCALE_LEVELS, MIN_BANDS, MIN_SCALE_LEVELS};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[macro_use]
mod fields;
mod eu_ai_act;
mod records;

pub use eu_ai_act::{EuAiActDocument, ObligationDocument, ObligationStatusDocument};
pub use records::{
    CertificationDocument, FieldValueDocument, MeasurementDocument, NextNumbersDocument,
    RecordDocument, RecordsDocument,
};

/// The longest free text the app writes in one field: the domain's limit on every edit, and
/// the JSON Schema's `maxLength`. A longer text in a file is kept with a warning (an older
/// version could write one), so the reader never refuses what the app wrote.
pub const MAX_TEXT_CHARS: usize = crate::domain::limits::MAX_TEXT_CHARS;

/// The value of the `format` field that marks a file as ours.
pub const FORMAT_NAME: &str = "aims-assess";

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 10;

/// The form of a due date, for the JSON Schema. The app also checks that the day exists.
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileDocument {
    /// Always "aims-assess"; a file with anything else is not an AIMS Assess file.
    #[schemars(extend("const" = FORMAT_NAME))]
    pub format: String,
    /// The version of this file format. The app writes the current version and migrates files
    /// of older versions (from 1) when it reads them; newer versions are refused.
    #[schemars(range(min = 1, max = SCHEMA_VERSION))]
    pub schema_version: u32,
    /// The catalog (question wording) the answers were given against, such as "2026.11". A
    /// different version is read with a warning.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub catalog_version: String,
    /// When the file was written: ISO 8601 date and time in UTC, such as
    /// "2026-11-23T10:15:00.000Z".
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub exported_at: String,
    /// The version of AIMS Assess that wrote the file.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub app_version: String,
    /// Since schema version 3: true when the file is an anonymised copy (names, notes,
    /// evidence, owners and other free text removed; exclusion justifications replaced by a
    /// fixed sentence). Absent when the file is not anonymised.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymised: bool,
    /// The assessment itself.
    #[serde(deserialize_with = "fields::object")]
    pub assessment: AssessmentDocument,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// The assessment inside a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDocument {
    /// The name the user gave the assessment, such as "2026 baseline".
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub name: String,
    /// What was recorded, by item ID: clause items such as "4.1" and Annex A controls such as
    /// "A.6.2.4". Items with nothing recorded are absent. IDs the catalog does not know are
    /// left out with a warning.
    #[serde(default, deserialize_with = "fields::object_map")]
    pub items: BTreeMap<String, ItemDocument>,
    /// The organisation profile. Since schema version 2; absent means empty.
    #[serde(default, deserialize_with = "fields::object")]
    pub profile: ProfileDocument,
    /// The Statement of Applicability. Since schema version 2; absent means empty.
    #[serde(default, deserialize_with = "fields::object")]
    pub soa: SoaDocument,
    /// The organisation's AI systems with their impact assessments, in the user's order.
    /// Since schema version 4; absent means none.
    #[serde(default, deserialize_with = "fields::objects")]
    pub systems: Vec<SystemDocument>,
    /// The number the next new system's ID ("S<n>") gets, so that a deleted system's ID is
    /// never reused. Since schema version 4; absent means one more than the highest in use.
    #[serde(default)]
    pub next_system_number: u32,
    /// How risks are rated: the two scales, the level bands and the acceptance limit. Since
    /// schema version 5; absent means the app's default criteria (a 5 x 5 matrix with the
    /// bands Low, Medium, High and Critical, of which Low and Medium may be accepted).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::present_object"
    )]
    // The app refuses `null` here, so the schema offers only the object.
    #[schemars(with = "RiskCriteriaDocument")]
    pub risk_criteria: Option<RiskCriteriaDocument>,
    /// The AI risk register, in the user's order. Since schema version 5; absent means none.
    #[serde(default, deserialize_with = "fields::objects")]
    pub risks: Vec<RiskDocument>,
    /// The number the next new risk's ID ("R<n>") gets, so that a deleted risk's ID is never
    /// reused. Since schema version 5; absent or lower means one more than the highest in use.
    #[serde(default)]
    pub next_risk_number: u32,
    /// What the user recorded for actions of the action plan that the app derives from the
    /// answers, the SoA and the risk register, by the action's key: "item:6.1.2" (the gap of
    /// an item), "doc:7.5.1" (its missing documented information) or "risk:R3:1" (the first
    /// treatment action of risk R3). A key that no action has at the moment is kept, since the
    /// gap may open again. Since schema version 6; absent means none.
    #[serde(default, deserialize_with = "fields::object_map")]
    pub action_updates: BTreeMap<String, ActionUpdateDocument>,
    /// The actions the user added to the action plan, in the order they were added. Since
    /// schema version 6; absent means none.
    #[serde(default, deserialize_with = "fields::objects")]
    pub custom_actions: Vec<CustomActionDocument>,
    /// The number the next new action's ID ("A<n>") gets, so that a deleted action's ID is
    /// never reused. Since schema version 6; absent or lower means one more than the highest in
    /// use.
    #[serde(default)]
    pub next_action_number: u32,
    /// Reviewers' comments on clause items and Annex A controls, in the order they were
    /// written. Since schema version 6; absent means none.
    #[serde(default, deserialize_with = "fields::objects")]
    pub review_comments: Vec<ReviewCommentDocument>,
    /// The number the next new comment's ID ("C<n>") gets, so that a deleted comment's ID is
    /// never reused. Since schema version 6; absent or lower means one more than the highest in
    /// use.
    #[serde(default)]
    pub next_comment_number: u32,
    /// Present when the answers were given against an earlier catalog and the user has not yet
    /// looked at everything that changed. Since schema version 8; absent means nothing to
    /// look at.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::present_object"
    )]
    #[schemars(with = "CatalogUpdateDocument")]
    pub catalog_update: Option<CatalogUpdateDocument>,
    /// The records of the management system: one list of entries per register (documents,
    /// objectives, competence, audits, reviews, incidents, suppliers). Since schema version 9;
    /// absent means every register is empty.
    #[serde(
        default,
        skip_serializing_if = "RecordsDocument::is_empty",
        deserialize_with = "fields::object"
    )]
    pub records: RecordsDocument,
    /// The target dates of the certification audit's two stages. Since schema version 9;
    /// absent means neither is set.
    #[serde(
        default,
        skip_serializing_if = "CertificationDocument::is_empty",
        deserialize_with = "fields::object"
    )]
    pub certification: CertificationDocument,
    /// The user's own text of each document template they edited, by the template's name
    /// (slug), such as "ai-policy". A template without an entry is generated afresh from the
    /// assessment. Since schema version 9; absent means none.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "fields::text_map"
    )]
    #[schemars(schema_with = "records::template_texts_schema")]
    pub template_texts: BTreeMap<String, String>,
}

/// What is left to look at after the catalog moved on from the version the answers were given
/// against.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogUpdateDocument {
    /// The catalog version the answers were given against, such as "2026.11".
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub from_version: String,
    /// Answers kept but to be checked, by the question ID they are kept under.
    #[serde(default, deserialize_with = "fields::object_map")]
    pub to_check: BTreeMap<String, AnswerCheckDocument>,
    /// True once the user has closed the list of changes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub list_closed: bool,
}

/// Why an answer kept from an earlier catalog is to be checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerCheckDocument {
    /// "meaning_changed": the question now asks something different; "answers_differed": two
    /// questions became one and their answers differed.
    pub reason: CheckReasonDocument,
    /// For "answers_differed": the question whose answer was not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_question: Option<String>,
    /// For "answers_differed": the answer that question had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_answer: Option<AnswerDocument>,
}

word_enum! {
    /// Why an answer is to be checked.
    pub enum CheckReasonDocument ("a reason for a check") {
        /// The question now asks something different.
        MeaningChanged = "meaning_changed",
        /// Two questions became one and their answers differed.
        AnswersDiffered = "answers_differed",
    }
}

/// What the user recorded for an action the app derives.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionUpdateDocument {
    /// The priority the user chose instead of the proposed one; absent means the proposed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<PriorityDocument>,
    /// Where the action stands; absent means open.
    #[serde(default, deserialize_with = "fields::null_as_default")]
    pub status: ActionStatusDocument,
    /// Free notes.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub notes: String,
    /// Who is responsible, for an action from a register (`review:`, `incident:` and
    /// `competence:` keys); other actions keep their owner elsewhere (the item, the treatment
    /// action) and do not use it. Absent when there is none.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// When it is due, as `YYYY-MM-DD` (a day that exists), for an action from a register,
    /// like `owner`. Absent when there is no date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub due_date: Option<String>,
}

/// An action the user added to the action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomActionDocument {
    /// A stable ID such as "A2", unique in the file and never reused for another action.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(regex(pattern = ACTION_ID_PATTERN))]
    pub id: String,
    /// What is to be done, in a line.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub title: String,
    /// The clause item or Annex A control the action belongs to, such as "6.1.2" or
    /// "A.6.2.4"; empty for none. An ID the catalog does not know is dropped from the action
    /// with a warning.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub item: String,
    /// Who does it.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// When it is due, as `YYYY-MM-DD` (a day that exists); absent when there is no date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub due_date: Option<String>,
    /// How soon it should be done; absent means medium.
    #[serde(default, deserialize_with = "fields::null_as_default")]
    pub priority: PriorityDocument,
    /// Where it stands; absent means open.
    #[serde(default, deserialize_with = "fields::null_as_default")]
    pub status: ActionStatusDocument,
    /// Free notes.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub notes: String,
}

/// The forms of an action and a comment ID, for the JSON Schema.
const ACTION_ID_PATTERN: &str = "^A[1-9][0-9]{0,9}$";
const COMMENT_ID_PATTERN: &str = "^C[1-9][0-9]{0,9}$";

word_enum! {
    /// How soon an action should be done.
    #[derive(Default)]
    pub enum PriorityDocument ("a priority") {
        /// Do it first.
        High = "high",
        /// The usual priority.
        #[default]
        Medium = "medium",
        /// Do it when the others are done.
        Low = "low",
    }
}

word_enum! {
    /// Where an action stands.
    #[derive(Default)]
    pub enum ActionStatusDocument ("an action status") {
        /// Not started.
        #[default]
        Open = "open",
        /// Started, not finished.
        InProgress = "in_progress",
        /// Finished.
        Done = "done",
    }
}

/// A reviewer's comment on one clause item or Annex A control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewCommentDocument {
    /// A stable ID such as "C3", unique in the file and never reused for another comment.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(regex(pattern = COMMENT_ID_PATTERN))]
    pub id: String,
    /// The clause item or Annex A control the comment is about, such as "6.1.2" or "A.6.2.4".
    /// A comment on an ID the catalog does not know is left out with a warning.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub item: String,
    /// Who wrote it; may be empty.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub author: String,
    /// When it was written, as `YYYY-MM-DD`; absent when not given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub date: Option<String>,
    /// The comment.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub text: String,
    /// Whether it has been dealt with.
    #[serde(default)]
    pub resolved: bool,
}

/// The risk criteria (ISO/IEC 42001 clause 6.1.2). Levels and bands are counted from the
/// lowest: the first name of a scale is level 1, the first band is band 0, the least serious.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskCriteriaDocument {
    /// The names of the likelihood levels, lowest first, such as "Rare" ... "Almost certain".
    #[serde(deserialize_with = "fields::texts")]
    #[schemars(length(min = MIN_SCALE_LEVELS, max = MAX_SCALE_LEVELS))]
    #[schemars(inner(length(max = MAX_TEXT_CHARS)))]
    pub likelihood: Vec<String>,
    /// The names of the consequence levels, lowest first, such as "Negligible" ... "Severe".
    #[serde(deserialize_with = "fields::texts")]
    #[schemars(length(min = MIN_SCALE_LEVELS, max = MAX_SCALE_LEVELS))]
    #[schemars(inner(length(max = MAX_TEXT_CHARS)))]
    pub consequence: Vec<String>,
    /// The names of the level bands, least serious first, such as "Low" ... "Critical".
    #[serde(deserialize_with = "fields::texts")]
    #[schemars(length(min = MIN_BANDS, max = MAX_BANDS))]
    #[schemars(inner(length(max = MAX_TEXT_CHARS)))]
    pub bands: Vec<String>,
    /// The band (counted from 0) of every combination: one row per likelihood level, lowest
    /// first, each with one band per consequence level, lowest first.
    #[schemars(length(min = MIN_SCALE_LEVELS, max = MAX_SCALE_LEVELS))]
    #[schemars(inner(length(min = MIN_SCALE_LEVELS, max = MAX_SCALE_LEVELS)))]
    pub table: Vec<Vec<BandDocument>>,
    /// The most serious band (counted from 0) a risk may stay in without a named person
    /// accepting it; a risk in a band above it needs a named acceptance with a date.
    pub acceptable_up_to: BandDocument,
}

/// A level band, counted from 0 (the least serious).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct BandDocument(#[schemars(range(max = MAX_BANDS - 1))] pub u8);

/// One risk of the AI risk register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskDocument {
    /// A stable ID such as "R4", unique in the file and never reused for another risk.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(regex(pattern = RISK_ID_PATTERN))]
    pub id: String,
    /// What could go wrong, in a line.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub title: String,
    /// The risk in more detail: cause, event and what follows.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub description: String,
    /// The AI system the risk belongs to: an ID such as "S2" (the system may have been removed
    /// from the inventory since) or the ID of a system in this file; empty for a risk of the
    /// organisation as a whole.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = 40))]
    pub system: String,
    /// The risk source from ISO/IEC 42001 Annex C, "C.3.1" to "C.3.7"; empty when not chosen.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(regex(pattern = SOURCE_PATTERN))]
    pub source: String,
    /// The objective from ISO/IEC 42001 Annex C that the risk threatens, "C.2.1" to "C.2.11";
    /// empty when not chosen.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(regex(pattern = OBJECTIVE_PATTERN))]
    pub objective: String,
    /// Who is responsible for the risk.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// The rating before treatment; absent while not rated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::optional_object"
    )]
    pub inherent: Option<RatingDocument>,
    /// How the risk is treated; absent while not chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treatment: Option<TreatmentDocument>,
    /// The Annex A controls that treat the risk, such as "A.6.2.4", each once, in the order
    /// they were chosen. IDs the catalog does not know are left out with a warning.
    #[serde(default)]
    pub controls: Vec<String>,
    /// Treatment steps other than Annex A controls, in the user's order.
    #[serde(default, deserialize_with = "fields::objects")]
    pub actions: Vec<ActionDocument>,
    /// The rating expected once the treatment is in place; absent while not estimated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::optional_object"
    )]
    pub residual: Option<RatingDocument>,
    /// Who accepted the risk at its current level, when and why.
    #[serde(default, deserialize_with = "fields::object")]
    pub acceptance: AcceptanceDocument,
    /// Where the risk stands; absent means open.
    #[serde(default, deserialize_with = "fields::null_as_default")]
    pub status: RiskStatusDocument,
    /// The risk of the app's library of typical AI risks that this risk was added from, such
    /// as "RL-04"; absent for a risk written by hand. An ID the library does not know is left
    /// out with a warning.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = 40))]
    pub library: String,
    /// Whether the inherent rating is still the one the library proposed, not yet checked by
    /// anyone; absent means false (checked, or rated by hand).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rating_proposed: bool,
    /// When the risk was last assessed, as `YYYY-MM-DD`; absent when not given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub assessed_on: Option<String>,
    /// When the risk is next to be reviewed, as `YYYY-MM-DD`; absent when not given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub next_review: Option<String>,
}

/// The form of a risk ID, for the JSON Schema.
const RISK_ID_PATTERN: &str = "^R[1-9][0-9]{0,9}$";
/// The forms of an Annex C risk source and objective (or nothing), for the JSON Schema. The
/// app also checks that the entry exists.
const SOURCE_PATTERN: &str = "^(C\\.3\\.[0-9]+)?$";
const OBJECTIVE_PATTERN: &str = "^(C\\.2\\.[0-9]+)?$";

/// A rating on both scales of the risk criteria, each counted from 1 (the lowest level).
/// Both must lie on the scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RatingDocument {
    /// The likelihood level.
    #[schemars(range(min = 1, max = MAX_SCALE_LEVELS))]
    pub likelihood: u8,
    /// The consequence level.
    #[schemars(range(min = 1, max = MAX_SCALE_LEVELS))]
    pub consequence: u8,
}

word_enum! {
    /// How a risk is treated.
    pub enum TreatmentDocument ("a risk treatment") {
        /// Stop the activity that gives rise to the risk.
        Avoid = "avoid",
        /// Change its likelihood or consequence with controls and actions.
        Modify = "modify",
        /// Share it with others, such as an insurer or a supplier under contract.
        Share = "share",
        /// Keep it as it is, knowingly.
        Retain = "retain",
    }
}

word_enum! {
    /// Where a risk stands.
    #[derive(Default)]
    pub enum RiskStatusDocument ("a risk status") {
        /// Identified; the treatment is not finished.
        #[default]
        Open = "open",
        /// The chosen treatment is in place.
        Treated = "treated",
        /// Knowingly kept at its current level.
        Accepted = "accepted",
        /// No longer relevant, such as when the system was retired.
        Closed = "closed",
    }
}

/// A treatment step that is not an Annex A control.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionDocument {
    /// What is to be done.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub description: String,
    /// Who does it.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// When it is due, as `YYYY-MM-DD` (a day that exists); absent when there is no date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub due_date: Option<String>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
}

/// A named person's acceptance of a risk. It counts only with a name and a date.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptanceDocument {
    /// Who accepted the risk.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub accepted_by: String,
    /// When, as `YYYY-MM-DD`; absent when not given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub date: Option<String>,
    /// Why the risk may stay at its level.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub rationale: String,
}

/// One AI system the organisation develops, provides or uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SystemDocument {
    /// A stable ID such as "S3", unique in the file (1 to 40 characters).
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(min = 1, max = 40))]
    pub id: String,
    /// The system's name.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub name: String,
    /// What the system is for and how it is meant to be used.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub purpose: String,
    /// The organisation's roles towards this system, in any order.
    #[serde(default)]
    pub roles: Vec<RoleDocument>,
    /// The life-cycle stage; absent when not chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<StageDocument>,
    /// Who uses the system.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub users: String,
    /// Who is affected by its outputs.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub affected: String,
    /// Sensitive kinds of data it uses, in any order.
    #[serde(default)]
    pub data: Vec<DataKindDocument>,
    /// Any other data it uses.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub data_notes: String,
    /// How far people are involved; absent when not chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automation: Option<AutomationDocument>,
    /// Where and how the system runs.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub context: String,
    /// Models, APIs and datasets from others.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub third_party: String,
    /// Who is responsible for the system.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// What the system does, in any order; used to fit suggested risks.
    #[serde(default)]
    pub capabilities: Vec<CapabilityDocument>,
    /// A significant change that is planned; it calls for a reassessment of the impact.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub planned_change: String,
    /// When the system record last changed, as `YYYY-MM-DD`; absent when not known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub changed_on: Option<String>,
    /// The current version of the system's impact assessment; absent means not started.
    #[serde(default, deserialize_with = "fields::object")]
    pub impact: ImpactDocument,
    /// Earlier versions of the impact assessment, oldest first. Read through the same path as
    /// `impact`, so the reading code of an impact assessment is in the app once.
    #[serde(default, deserialize_with = "fields::objects")]
    pub impact_history: Vec<ImpactDocument>,
    /// The classification under the EU AI Act and the progress of its obligations. Since
    /// schema version 10; absent means not started.
    #[serde(
        default,
        skip_serializing_if = "EuAiActDocument::is_empty",
        deserialize_with = "fields::object"
    )]
    pub eu_ai_act: EuAiActDocument,
}

word_enum! {
    /// What an AI system does with its inputs.
    pub enum CapabilityDocument ("a kind of system") {
        /// Classifies or scores people or things.
        ClassifiesOrScores = "classifies-or-scores",
        /// Ranks or recommends.
        RanksOrRecommends = "ranks-or-recommends",
        /// Generates text, images, audio, video or code.
        Generates = "generates",
        /// Perceives images, speech or other signals.
        Perceives = "perceives",
        /// Controls something physical.
        ControlsPhysical = "controls-physical",
    }
}

word_enum! {
    /// How likely a harm is.
    pub enum LikelihoodDocument ("a likelihood") {
        Unlikely = "unlikely",
        Possible = "possible",
        Likely = "likely",
    }
}

word_enum! {
    /// Whether a harm could be undone.
    pub enum ReversibilityDocument ("an answer to whether the harm can be undone") {
        /// Easily undone.
        Easy = "easy",
        /// Undone with effort.
        Effort = "effort",
        /// Hard or impossible to undo.
        Hard = "hard",
    }
}

word_enum! {
    /// Roughly how many people a system's outputs reach in a year.
    pub enum PeopleReachedDocument ("a number of people") {
        FewerThan100 = "fewer-than-100",
        UpTo10000 = "100-to-10000",
        MoreThan10000 = "more-than-10000",
    }
}

word_enum! {
    /// An area of high-risk use listed in Annex III of the EU AI Act, or none.
    pub enum AnnexIiiDocument ("an Annex III area") {
        NotListed = "not-listed",
        Biometrics = "biometrics",
        CriticalInfrastructure = "critical-infrastructure",
        Education = "education",
        Employment = "employment",
        EssentialServices = "essential-services",
        LawEnforcement = "law-enforcement",
        Migration = "migration",
        JusticeAndDemocracy = "justice-and-democracy",
    }
}

/// How likely and how reversible one harm is; either may be absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUpDocument {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<LikelihoodDocument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reversibility: Option<ReversibilityDocument>,
}

/// The version number of an impact assessment written before versions were kept.
fn first_version() -> u32 {
    1
}

word_enum! {
    /// A life-cycle stage of an AI system.
    pub enum StageDocument ("a life-cycle stage") {
        Idea = "idea",
        Design = "design",
        Development = "development",
        VerificationAndValidation = "verification-and-validation",
        Deployment = "deployment",
        OperationAndMonitoring = "operation-and-monitoring",
        Retirement = "retirement",
    }
}

word_enum! {
    /// How far people are involved in what an AI system does.
    pub enum AutomationDocument ("a degree of automation") {
        /// The system only informs; a person makes every decision.
        HumanDecides = "human-decides",
        /// A person approves each output before it takes effect.
        HumanInTheLoop = "human-in-the-loop",
        /// The system acts on its own; a person watches and can step in.
        HumanOnTheLoop = "human-on-the-loop",
        /// The system acts on its own with nobody involved.
        FullyAutomated = "fully-automated",
    }
}

word_enum! {
    /// A sensitive kind of data.
    pub enum DataKindDocument ("a kind of sensitive data") {
        /// Personal data.
        Personal = "personal",
        /// Special categories of personal data (health, ethnicity, biometrics and the like).
        SpecialCategories = "special-categories",
        /// Data about children.
        Children = "children",
    }
}

/// One version of an AI system impact assessment (method version 2, docs/impact-method.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImpactDocument {
    /// 1 for the first assessment, one more for each reassessment.
    #[serde(default = "first_version")]
    #[schemars(range(min = 1))]
    pub version: u32,
    /// The chosen option by harm or measure question ID, such as `"fairness.1": "serious"` or
    /// `"oversight.1": "in_place"`. Unanswered questions are absent; answers to questions the
    /// questionnaire does not know are left out with a warning; an unknown option is an error.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Likelihood and reversibility by harm question ID.
    #[serde(default)]
    pub follow_ups: BTreeMap<String, FollowUpDocument>,
    /// Harm sections marked as not applicable, with the reason, by section ID.
    #[serde(default)]
    pub not_applicable: BTreeMap<String, String>,
    /// The Annex III area the system is used in, or "not-listed"; absent while unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex_iii: Option<AnnexIiiDocument>,
    /// Roughly how many people it reaches a year; absent while unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_reached: Option<PeopleReachedDocument>,
    /// Legal or similarly significant effects on people, and fundamental rights touched.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub legal_effects: String,
    /// Vulnerable groups the system affects.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub vulnerable_groups: String,
    /// The countries or regions the system is used in.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub jurisdictions: String,
    /// What the system is meant to achieve, and for whom.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub benefits: String,
    /// Who carried out the assessment.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub assessor: String,
    /// When it was carried out, as `YYYY-MM-DD`; absent when not given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub date: Option<String>,
    /// Who approved this version.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub approved_by: String,
    /// When it was approved, as `YYYY-MM-DD`; absent while a draft.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub approved_on: Option<String>,
    /// Free notes, such as who was consulted.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub notes: String,
}

impl Default for ImpactDocument {
    fn default() -> ImpactDocument {
        ImpactDocument {
            version: first_version(),
            answers: BTreeMap::new(),
            follow_ups: BTreeMap::new(),
            not_applicable: BTreeMap::new(),
            annex_iii: None,
            people_reached: None,
            legal_effects: String::new(),
            vulnerable_groups: String::new(),
            jurisdictions: String::new(),
            benefits: String::new(),
            assessor: String::new(),
            date: None,
            approved_by: String::new(),
            approved_on: None,
            notes: String::new(),
        }
    }
}

/// The organisation profile: the context of the assessment. Every field may be empty or
/// absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileDocument {
    /// The organisation's name.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub organisation: String,
    /// The sector, in the user's own words, such as "Insurance".
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub sector: String,
    /// The head-count band; absent when not chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<SizeDocument>,
    /// The roles the organisation plays towards AI systems (ISO/IEC 22989), in any order.
    #[serde(default)]
    pub roles: Vec<RoleDocument>,
    /// The scope of the AI management system, as a statement.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub scope: String,
    /// Who carried out the assessment (version 6 on); absent when not named.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub assessor: String,
    /// Whether the organisation holds ISO/IEC 27001 certification (version 10 on); absent
    /// means it does not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub holds_iso27001: bool,
}

word_enum! {
    /// The organisation's head-count band.
    pub enum SizeDocument ("a size band") {
        /// 1 to 9 people.
        Micro = "micro",
        /// 10 to 49 people.
        Small = "small",
        /// 50 to 249 people.
        Medium = "medium",
        /// 250 people or more.
        Large = "large",
    }
}

word_enum! {
    /// A role an organisation plays towards AI systems (ISO/IEC 22989).
    pub enum RoleDocument ("an AI role") {
        /// AI provider: offers AI systems or AI-based services to others.
        Provider = "provider",
        /// AI producer: designs, builds, trains or fine-tunes AI systems or models.
        Producer = "producer",
        /// AI customer: buys or licenses AI systems or services from suppliers.
        Customer = "customer",
        /// AI user: its staff use AI systems in their daily work.
        User = "user",
        /// AI partner: supplies data, components, integration or evaluation that others build on.
        Partner = "partner",
    }
}

/// The Statement of Applicability (SoA): which Annex A controls apply, and why.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaDocument {
    /// The document version of the SoA, such as "1.2"; empty while it is a draft.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub version: String,
    /// Who approved the SoA.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub approved_by: String,
    /// Decisions by control ID: an Annex A control such as "A.10.4", or an own control of
    /// `own_controls` such as "O1". Controls without an entry are undecided (with no reasons,
    /// unless live risks use them). IDs that are neither are left out with a warning.
    #[serde(default, deserialize_with = "fields::object_map")]
    pub controls: BTreeMap<String, ControlDocument>,
    /// The organisation's own controls beyond Annex A, in the order they were added. Their
    /// decisions are in `controls` under their IDs. Absent means none (the app leaves it out
    /// then, so files without own controls read the same in older releases).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    pub own_controls: Vec<OwnControlDocument>,
    /// The number the next new own control's ID ("O<n>") gets, so that a deleted control's ID
    /// is never reused. Absent (left out while it is 0, before the first own control) or lower
    /// means one more than the highest in use.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub next_own_control_number: u32,
}

/// Whether a counter is 0, its value before the first entry; such a counter is left out.
fn is_zero(number: &u32) -> bool {
    *number == 0
}

/// A control of the organisation's own, beyond Annex A.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnControlDocument {
    /// "O" and a number from 1 without leading zeros, such as "O3"; unique among own controls.
    #[schemars(regex(pattern = r"^O[1-9][0-9]*$"))]
    pub id: String,
    /// The control's title.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub title: String,
    /// What the control does and why.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub description: String,
}

/// The SoA decision for one control (Annex A or own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ControlDocument {
    /// Whether the control applies, as the user decided. An undecided control counts as
    /// applicable.
    pub applicable: ApplicabilityDocument,
    /// Why the control is included, in any order: the reasons the SoA states, including
    /// "risk-treatment" when live risks of `risks` use the control.
    #[serde(default)]
    pub reasons: Vec<ReasonDocument>,
    /// True when "risk-treatment" is in `reasons` only because live risks' treatment uses the
    /// control, not because the user ticked it. Such a reason is derived again from the
    /// file's risk register on import (and dropped, with a warning, when no live risk uses the
    /// control any more). Absent means false: every reason listed was ticked by the user.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub risk_treatment_derived: bool,
    /// Why the control is excluded. An exclusion without one is a finding, and the control
    /// then still counts in the Annex A readiness figures.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub justification: String,
}

word_enum! {
    /// Whether an Annex A control applies to the organisation.
    pub enum ApplicabilityDocument ("an answer to whether the control applies") {
        /// The control applies (included).
        Yes = "yes",
        /// The control does not apply (excluded); it needs a justification.
        No = "no",
        /// Not decided yet; the control counts as applicable meanwhile.
        Undecided = "undecided",
    }
}

word_enum! {
    /// Why an Annex A control is included.
    pub enum ReasonDocument ("a reason for including the control") {
        /// Risk treatment: it treats a risk found in the AI risk assessment.
        RiskTreatment = "risk-treatment",
        /// A legal or regulatory requirement.
        Legal = "legal",
        /// A contractual obligation.
        Contractual = "contractual",
        /// The organisation's own choice, or good practice.
        GoodPractice = "good-practice",
    }
}

/// What was recorded for one item (a clause item or an Annex A control).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemDocument {
    /// Answers by question ID, such as "4.1.q1". Unanswered questions are absent; answers to
    /// questions the catalog does not know are left out with a warning.
    #[serde(default)]
    pub answers: BTreeMap<String, AnswerDocument>,
    /// Notes on single answers, such as the reason behind a "Partly" or "No", by question ID.
    /// Since schema version 8; absent means none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub question_notes: BTreeMap<String, String>,
    /// Free notes.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub notes: String,
    /// Where the evidence is, such as a document name or a link.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub evidence: String,
    /// Who is responsible for the item.
    #[serde(default, deserialize_with = "fields::text")]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub owner: String,
    /// When the item is due, as `YYYY-MM-DD` (a day that exists); absent when there is none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    // The app refuses `null` here, so the schema offers only a string.
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub due_date: Option<String>,
}

word_enum! {
    /// An answer to one question.
    pub enum AnswerDocument ("an answer") {
        /// Fully in place (scores 1).
        Yes = "yes",
        /// Partly in place (scores one half).
        Partly = "partly",
        /// Not in place (scores 0).
        No = "no",
    }
}
