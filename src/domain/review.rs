//! Reviewer comments: what a person reviewing an assessment (a consultant, an internal
//! auditor) writes against one item, and whether it has been dealt with.
//!
//! Comments travel in the assessment file, so a reviewer can send the file back with them.

use crate::domain::date::IsoDate;

/// One comment on one clause item or control.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewComment {
    /// "C1", "C2", ...; never reused within an assessment.
    pub id: String,
    /// The clause item or Annex A control the comment is about.
    pub item_id: String,
    /// Who wrote it; may be empty.
    pub author: String,
    pub date: Option<IsoDate>,
    pub text: String,
    /// Whether the comment has been dealt with.
    pub resolved: bool,
}

/// The comments of an assessment, in the order they were written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewComments {
    pub comments: Vec<ReviewComment>,
    /// The number the next comment's ID gets; it only grows.
    pub next_number: u32,
}
