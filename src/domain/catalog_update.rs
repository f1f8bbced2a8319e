//! Bringing an assessment answered against an earlier catalog version up to date.
//!
//! The catalog change log (`changes.json`, compiled into `CATALOG_RELEASES`) says, per
//! question, whether it is new, reworded (same meaning), changed (different meaning) or merged
//! into another question. An assessment from an earlier version keeps every answer whose
//! meaning is the same, keeps but flags for a check every answer whose meaning changed, and
//! moves the answer of a merged question to the question it is now answered under. What was
//! flagged, and the list of changes, stay with the assessment (and its file) until the user has
//! looked at them.

use crate::domain::assessment::{Answer, Assessment};
use crate::domain::catalog::{Catalog, Change, CATALOG_VERSION};
use std::collections::BTreeMap;

/// Why an answer kept from an earlier catalog is to be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckReason {
    /// The question now asks something different (the change log says what).
    MeaningChanged,
    /// Two questions became one and their answers differed: the answer kept is the one given
    /// to this question; `other_answer` was given to `other_question`.
    AnswersDiffered {
        other_question: String,
        other_answer: Answer,
    },
}

/// What the user is asked to look at after the catalog moved on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogUpdate {
    /// The catalog version the answers were given against.
    pub from_version: String,
    /// Answers kept but to be checked, by the question they are kept under.
    pub to_check: BTreeMap<String, CheckReason>,
    /// Whether the user has closed the list of changes (flags on questions stay until each
    /// is settled).
    pub list_closed: bool,
}

impl CatalogUpdate {
    /// Whether nothing is left to show: the list is closed and every flag settled.
    pub fn is_settled(&self) -> bool {
        self.list_closed && self.to_check.is_empty()
    }

    /// Every question that changed since `from_version`, in the order of the change log (a
    /// question changed twice is listed once, as new if it was new at any point).
    pub fn changes(&self, catalog: Catalog) -> Vec<ListedChange> {
        let mut listed: Vec<ListedChange> = Vec::new();
        for release in catalog.releases_since(&self.from_version).unwrap_or(&[]) {
            for entry in release.changes {
                let change = ListedChange {
                    question: entry.question,
                    item: item_of(entry.question),
                    change: entry.change,
                    note: entry.note,
                };
                match listed
                    .iter_mut()
                    .find(|seen| seen.question == entry.question)
                {
                    Some(seen) if seen.change == Change::New => {}
                    Some(seen) => *seen = change,
                    None => listed.push(change),
                }
            }
        }
        listed
    }
}

/// One question in the list of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListedChange {
    pub question: &'static str,
    pub item: &'static str,
    pub change: Change,
    pub note: &'static str,
}

/// What the change log says changed about a question's meaning, if anything.
pub fn change_note(
    catalog: Catalog,
    from_version: &str,
    question_id: &str,
) -> Option<&'static str> {
    catalog
        .releases_since(from_version)?
        .iter()
        .rev()
        .flat_map(|release| release.changes)
        .find(|entry| entry.question == question_id && entry.change == Change::Changed)
        .map(|entry| entry.note)
}

/// The item a question ID belongs to: question IDs are `<item id>.q<n>` (the build checks).
pub fn item_of(question_id: &str) -> &str {
    question_id
        .rsplit_once(".q")
        .map_or(question_id, |(item, _)| item)
}

/// An answer found under a question that is answered under another one, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldedAnswer {
    /// The question the answer was found under.
    pub question: &'static str,
    /// The question it is answered under.
    pub into: &'static str,
    pub answer: Answer,
    /// The answer `into` already had, when it differed; then that one is kept.
    pub kept: Option<Answer>,
}

/// Moves every answer (and note) stored under a shared question to the clause question it is
/// answered under, so that each fact has one answer. Where that question has an answer of its
/// own, it is kept and a different answer is reported.
pub fn fold_shared_answers(assessment: &mut Assessment, catalog: Catalog) -> Vec<FoldedAnswer> {
    let mut folded = Vec::new();
    for item in catalog.controls() {
        for question in item.questions {
            let Some(into) = question.same_as else {
                continue;
            };
            let Some(record) = assessment.items.get(item.id) else {
                continue;
            };
            let answer = record.answers.get(question.id).copied();
            let note = record.question_notes.get(question.id).cloned();
            if answer.is_none() && note.is_none() {
                continue;
            }
            assessment.change_record(item.id, |record| {
                record.answers.remove(question.id);
                record.question_notes.remove(question.id);
            });
            let kept = assessment.answer_at(into);
            assessment.change_record(into.item, |record| {
                if let (Some(answer), None) = (answer, kept) {
                    record.answers.insert(into.question.to_owned(), answer);
                }
                if let Some(note) = note {
                    let joined = match record.question_notes.get(into.question) {
                        Some(own) if !own.is_empty() => format!("{own}\n{note}"),
                        _ => note,
                    };
                    record
                        .question_notes
                        .insert(into.question.to_owned(), joined);
                }
            });
            if let Some(answer) = answer {
                folded.push(FoldedAnswer {
                    question: question.id,
                    into: into.question,
                    answer,
                    kept: kept.filter(|kept| *kept != answer),
                });
            }
        }
    }
    folded
}

/// The change log does not lead from the given catalog version to this one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the answers were given against catalog {0}, which this version of the app does not know; \
     they are read with catalog {CATALOG_VERSION}, so questions that changed may need a second \
     look"
)]
pub struct UnknownCatalogVersion(pub String);

/// Brings an assessment answered against catalog `from_version` up to date: merged answers
/// move (a differing pair keeps the clause question's answer and is flagged), answers to
/// questions whose meaning changed are flagged, and the list of changes is attached.
/// Nothing happens when `from_version` is this catalog.
pub fn update_answers(
    assessment: &mut Assessment,
    catalog: Catalog,
    from_version: &str,
) -> Result<(), UnknownCatalogVersion> {
    let releases = catalog
        .releases_since(from_version)
        .ok_or_else(|| UnknownCatalogVersion(from_version.to_owned()))?;
    if releases.is_empty() {
        return Ok(());
    }
    let mut to_check = BTreeMap::new();
    for entry in releases.iter().flat_map(|release| release.changes) {
        if entry.change == Change::Changed
            && assessment
                .answer(item_of(entry.question), entry.question)
                .is_some()
        {
            to_check.insert(entry.question.to_owned(), CheckReason::MeaningChanged);
        }
    }
    for folded in fold_shared_answers(assessment, catalog) {
        if folded.kept.is_some() {
            to_check.insert(
                folded.into.to_owned(),
                CheckReason::AnswersDiffered {
                    other_question: folded.question.to_owned(),
                    other_answer: folded.answer,
                },
            );
        }
    }
    assessment.catalog_update = Some(CatalogUpdate {
        from_version: from_version.to_owned(),
        to_check,
        list_closed: false,
    });
    Ok(())
}
