//! The assessment a user fills in: answers to the catalog's questions plus notes, evidence,
//! owner and due date per item, and the edits that change them.
//!
//! Every edit checks the IDs it is given against the catalog, so an assessment can only ever
//! hold answers the app knows how to score.

use crate::domain::action_plan::ActionPlan;
use crate::domain::catalog::{catalog, AnswerKey, Catalog};
use crate::domain::catalog_update::CatalogUpdate;
use crate::domain::certification::CertificationPlan;
use crate::domain::date::IsoDate;
use crate::domain::limits::{self, LimitError};
use crate::domain::profile::Profile;
use crate::domain::records::Registers;
use crate::domain::review::ReviewComments;
use crate::domain::risk::RiskRegister;
use crate::domain::soa::Soa;
use crate::domain::system::Inventory;
use std::collections::BTreeMap;

/// An answer to one question. Unanswered questions have no entry at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    Partly,
    No,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::Partly, Answer::No];

    /// The word the user sees and the accessible name of its radio button.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::Partly => "Partly",
            Answer::No => "No",
        }
    }

    /// Points in halves, so that scoring stays in whole numbers: Yes 2 (1.0), Partly 1 (0.5),
    /// No 0.
    pub fn half_points(self) -> u32 {
        match self {
            Answer::Yes => 2,
            Answer::Partly => 1,
            Answer::No => 0,
        }
    }
}

/// What the user recorded for one item. A record equal to the default is not stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemRecord {
    /// Answers by question ID. A question answered under another item's question
    /// (`Question::same_as`) has its answer there, not here.
    pub answers: BTreeMap<String, Answer>,
    /// Notes on single answers, such as the reason behind a "Partly" or "No", by question ID;
    /// kept where the answer is kept.
    pub question_notes: BTreeMap<String, String>,
    pub notes: String,
    /// References to evidence (document names, links, locations), one per line by convention.
    pub evidence: String,
    pub owner: String,
    pub due_date: Option<IsoDate>,
}

impl ItemRecord {
    fn is_empty(&self) -> bool {
        *self == ItemRecord::default()
    }
}

/// One of the free-text fields of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Notes,
    Evidence,
    Owner,
}

/// An edit that names something the catalog does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no item {0} in the catalog")]
    UnknownItem(String),
    #[error("item {item} has no question {question}")]
    UnknownQuestion { item: String, question: String },
    #[error(transparent)]
    Limit(#[from] LimitError),
}

/// A whole self-assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    /// The name the user gives this assessment, such as "2026 baseline".
    pub name: String,
    /// Records by item ID (clause items and Annex A controls); items the user has not
    /// touched have no entry.
    pub items: BTreeMap<String, ItemRecord>,
    /// Who is being assessed.
    pub profile: Profile,
    /// The Statement of Applicability.
    pub soa: Soa,
    /// The organisation's AI systems and their impact assessments.
    pub inventory: Inventory,
    /// The risk criteria and the AI risk register.
    pub risks: RiskRegister,
    /// The stored part of the action plan (updates of derived actions, the user's own ones).
    pub actions: ActionPlan,
    /// Reviewer comments on items.
    pub comments: ReviewComments,
    /// When the answers were given against an earlier catalog: what to look at again.
    pub catalog_update: Option<CatalogUpdate>,
    /// The records of the management system: documents, objectives, competence, audits,
    /// reviews, incidents, suppliers.
    pub records: Registers,
    /// The target dates of the certification audit.
    pub certification: CertificationPlan,
    /// The user's edited text of each template, by the template's slug; a template the user
    /// has not edited has no entry and is generated afresh from the assessment.
    pub template_texts: BTreeMap<String, String>,
}

impl Assessment {
    /// A new, empty assessment with the given name.
    pub fn named(name: impl Into<String>) -> Assessment {
        Assessment {
            name: name.into(),
            ..Assessment::default()
        }
    }

    /// The record of an item, if the user has recorded anything for it.
    pub fn item(&self, item_id: &str) -> Option<&ItemRecord> {
        self.items.get(item_id)
    }

    /// The answer given to a question, if any, wherever it is kept: a question shared with a
    /// clause question (`Question::same_as`) shows that question's answer.
    pub fn answer(&self, item_id: &str, question_id: &str) -> Option<Answer> {
        self.answer_at(answer_key(catalog(), item_id, question_id)?)
    }

    /// The answer kept under `key`, if any.
    pub fn answer_at(&self, key: AnswerKey) -> Option<Answer> {
        self.items
            .get(key.item)
            .and_then(|record| record.answers.get(key.question).copied())
    }

    /// The note on a question's answer ("" when there is none), wherever it is kept.
    pub fn question_note(&self, item_id: &str, question_id: &str) -> &str {
        answer_key(catalog(), item_id, question_id).map_or("", |key| self.note_at(key))
    }

    /// The note kept under `key` ("" when there is none).
    pub fn note_at(&self, key: AnswerKey) -> &str {
        self.items
            .get(key.item)
            .and_then(|record| record.question_notes.get(key.question))
            .map_or("", String::as_str)
    }

    /// Sets or clears (`None`) the answer to a question, where it is kept. Answering a
    /// question also settles any check the catalog update asked for.
    pub fn set_answer(
        &mut self,
        catalog: Catalog,
        item_id: &str,
        question_id: &str,
        answer: Option<Answer>,
    ) -> Result<(), EditError> {
        let key = checked_key(catalog, item_id, question_id)?;
        self.edit_record(key.item, |record| match answer {
            Some(answer) => {
                record.answers.insert(key.question.to_owned(), answer);
            }
            None => {
                record.answers.remove(key.question);
            }
        });
        self.confirm_answer(key.question);
        Ok(())
    }

    /// Marks an answer the catalog update asked to check as still right.
    pub fn confirm_answer(&mut self, question_id: &str) {
        if let Some(update) = &mut self.catalog_update {
            update.to_check.remove(question_id);
        }
        self.drop_settled_update();
    }

    /// Closes the list of catalog changes; the record goes once every flagged answer is
    /// settled too.
    pub fn close_catalog_changes(&mut self) {
        if let Some(update) = &mut self.catalog_update {
            update.list_closed = true;
        }
        self.drop_settled_update();
    }

    fn drop_settled_update(&mut self) {
        if self
            .catalog_update
            .as_ref()
            .is_some_and(CatalogUpdate::is_settled)
        {
            self.catalog_update = None;
        }
    }

    /// Replaces the note on a question's answer, unless the new text is over the limit.
    pub fn set_question_note(
        &mut self,
        catalog: Catalog,
        item_id: &str,
        question_id: &str,
        note: String,
    ) -> Result<(), EditError> {
        let key = checked_key(catalog, item_id, question_id)?;
        limits::check_text_change(self.question_note(item_id, question_id), &note)?;
        self.edit_record(key.item, |record| {
            if note.is_empty() {
                record.question_notes.remove(key.question);
            } else {
                record.question_notes.insert(key.question.to_owned(), note);
            }
        });
        Ok(())
    }

    /// Renames the assessment, unless the new name is over the text limit.
    pub fn rename(&mut self, name: String) -> Result<(), LimitError> {
        limits::check_text_change(&self.name, &name)?;
        self.name = name;
        Ok(())
    }

    /// Replaces one free-text field of an item, unless the new text is over the limit
    /// (`limits::check_text_change`).
    pub fn set_text(
        &mut self,
        catalog: Catalog,
        item_id: &str,
        field: TextField,
        value: String,
    ) -> Result<(), EditError> {
        Self::check_item(catalog, item_id)?;
        let old = self.items.get(item_id).map_or("", |record| match field {
            TextField::Notes => &record.notes,
            TextField::Evidence => &record.evidence,
            TextField::Owner => &record.owner,
        });
        limits::check_text_change(old, &value)?;
        self.edit_record(item_id, |record| match field {
            TextField::Notes => record.notes = value,
            TextField::Evidence => record.evidence = value,
            TextField::Owner => record.owner = value,
        });
        Ok(())
    }

    /// Sets or clears an item's due date.
    pub fn set_due_date(
        &mut self,
        catalog: Catalog,
        item_id: &str,
        due_date: Option<IsoDate>,
    ) -> Result<(), EditError> {
        Self::check_item(catalog, item_id)?;
        self.edit_record(item_id, |record| record.due_date = due_date);
        Ok(())
    }

    /// Applies a change to an item's record; for code that moves answers between records
    /// (the catalog update), with the same canonical form as every edit.
    pub(crate) fn change_record(&mut self, item_id: &str, change: impl FnOnce(&mut ItemRecord)) {
        self.edit_record(item_id, change);
    }

    fn check_item(catalog: Catalog, item_id: &str) -> Result<(), EditError> {
        match catalog.item(item_id) {
            Some(_) => Ok(()),
            None => Err(EditError::UnknownItem(item_id.to_owned())),
        }
    }

    /// Applies a change to an item's record, creating it on demand and dropping it again when
    /// the change leaves it empty, so that an assessment has one canonical form.
    fn edit_record(&mut self, item_id: &str, change: impl FnOnce(&mut ItemRecord)) {
        let record = self.items.entry(item_id.to_owned()).or_default();
        change(record);
        if record.is_empty() {
            self.items.remove(item_id);
        }
    }
}

/// Where the answer to a question of an item is kept, if the item has the question.
pub fn answer_key(catalog: Catalog, item_id: &str, question_id: &str) -> Option<AnswerKey> {
    let item = catalog.item(item_id)?;
    let question = item.questions.iter().find(|q| q.id == question_id)?;
    Some(question.answer_key(item.id))
}

/// `answer_key`, or the edit error that names what the catalog does not have.
fn checked_key(catalog: Catalog, item_id: &str, question_id: &str) -> Result<AnswerKey, EditError> {
    if catalog.item(item_id).is_none() {
        return Err(EditError::UnknownItem(item_id.to_owned()));
    }
    answer_key(catalog, item_id, question_id).ok_or_else(|| EditError::UnknownQuestion {
        item: item_id.to_owned(),
        question: question_id.to_owned(),
    })
}
