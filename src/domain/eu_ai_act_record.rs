//! What the user recorded about an AI system under the EU AI Act: the answers of the
//! classification path and the progress of each obligation that follows from it.
//!
//! The record holds IDs only (of questions, answers and obligations). Which IDs exist, what
//! they mean and what they lead to is data that `domain::eu_ai_act` owns, so the stored shape
//! does not change when the decision path gains a question.

use crate::domain::date::IsoDate;
use std::collections::BTreeMap;

/// How far the organisation has come with one obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum ObligationStatus {
    #[default]
    NotStarted,
    InProgress,
    Met,
    /// The user judged that the obligation does not apply to this system, with a note why.
    NotApplicable,
}

impl ObligationStatus {
    /// Every status, in the order the app offers them.
    pub const ALL: [ObligationStatus; 4] = [
        ObligationStatus::NotStarted,
        ObligationStatus::InProgress,
        ObligationStatus::Met,
        ObligationStatus::NotApplicable,
    ];

    /// The word a file and a form control use for the status.
    pub fn slug(self) -> &'static str {
        match self {
            ObligationStatus::NotStarted => "not_started",
            ObligationStatus::InProgress => "in_progress",
            ObligationStatus::Met => "met",
            ObligationStatus::NotApplicable => "not_applicable",
        }
    }

    /// The status named by its word.
    pub fn from_slug(slug: &str) -> Option<ObligationStatus> {
        ObligationStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }

    /// The status as the app shows it.
    pub fn label(self) -> &'static str {
        match self {
            ObligationStatus::NotStarted => "Not started",
            ObligationStatus::InProgress => "In progress",
            ObligationStatus::Met => "Met",
            ObligationStatus::NotApplicable => "Does not apply",
        }
    }
}

/// The progress of one obligation, with the user's note on it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ObligationProgress {
    pub status: ObligationStatus,
    pub note: String,
}

/// The EU AI Act part of a system record. An empty record means the path was not started.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EuAiActRecord {
    /// Decision-path answers: question ID to answer ID. A question with several possible
    /// answers at once (the organisation's roles) is recorded as one question per option.
    pub answers: BTreeMap<String, String>,
    /// Progress per obligation ID.
    pub obligations: BTreeMap<String, ObligationProgress>,
    /// Who last reviewed the classification; may be empty.
    pub reviewed_by: String,
    /// When the classification was last reviewed.
    pub reviewed_on: Option<IsoDate>,
}

impl EuAiActRecord {
    /// True when nothing has been recorded, so the file can leave the record out.
    pub fn is_empty(&self) -> bool {
        self == &EuAiActRecord::default()
    }

    /// Every free text of the record, for the limits and the anonymised copy.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.reviewed_by.as_str()).chain(
            self.obligations
                .values()
                .map(|progress| progress.note.as_str()),
        )
    }
}
