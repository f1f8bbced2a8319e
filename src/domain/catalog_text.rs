//! The prose of the catalog: explanations, question wording, evidence examples, documented
//! information and pitfalls for every clause item and Annex A control.
//!
//! The prose is most of the catalog's size and is only read on the gap analysis and Annex A
//! pages, so the app does not carry it in its first download: it is read from the catalog files
//! when one of those pages is first opened. IDs, titles and the shape of the catalog stay
//! compiled in, so scoring and the dashboard never wait for it.

use crate::domain::catalog::{catalog, Item};

/// The prose for one item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ItemText {
    /// What the item asks of an organisation (clauses), or the practical guidance on
    /// implementing it (Annex A controls).
    pub explanation: String,
    /// The wording of each question, by question ID, in catalog order. A question answered
    /// under a clause question has that question's wording (see `CatalogText::fill_shared`).
    pub questions: Vec<(String, String)>,
    /// Guidance under some questions (such as a typical interval), by question ID.
    pub hints: Vec<(String, String)>,
    /// Examples of evidence an auditor could be shown.
    pub evidence: Vec<String>,
    /// What must be kept as documented information, when the item calls for any.
    pub documented_information: Option<String>,
    /// Mistakes organisations commonly make (Annex A controls only).
    pub pitfalls: Vec<String>,
}

impl ItemText {
    /// The wording of a question of this item.
    pub fn question(&self, question_id: &str) -> Option<&str> {
        self.questions
            .iter()
            .find(|(id, _)| id == question_id)
            .map(|(_, text)| text.as_str())
    }

    /// The guidance under a question of this item, if it has any.
    pub fn hint(&self, question_id: &str) -> Option<&str> {
        self.hints
            .iter()
            .find(|(id, _)| id == question_id)
            .map(|(_, text)| text.as_str())
    }
}

/// Why loaded prose cannot be used with the compiled catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextMismatch {
    #[error("item {0} has no text")]
    MissingItem(&'static str),
    #[error("question {0} has no wording")]
    MissingQuestion(&'static str),
}

/// The prose for every item, by item ID.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogText {
    entries: Vec<(String, ItemText)>,
}

impl CatalogText {
    pub fn new(entries: Vec<(String, ItemText)>) -> CatalogText {
        CatalogText { entries }
    }

    /// Adds the entries of another part of the catalog.
    pub fn extend(&mut self, other: CatalogText) {
        self.entries.extend(other.entries);
    }

    /// The prose for an item, if present.
    pub fn get(&self, item_id: &str) -> Option<&ItemText> {
        self.entries
            .iter()
            .find(|(id, _)| id == item_id)
            .map(|(_, text)| text)
    }

    /// Gives every question answered under a clause question (`Question::same_as`) that
    /// question's wording and guidance, once both catalog files are read.
    pub fn fill_shared(&mut self) {
        let mut filled = Vec::new();
        for item in catalog().controls() {
            for question in item.questions {
                let Some(key) = question.same_as else {
                    continue;
                };
                let Some(target) = self.get(key.item) else {
                    continue;
                };
                if let Some(wording) = target.question(key.question) {
                    let hint = target.hint(key.question).map(str::to_owned);
                    filled.push((item.id, question.id, wording.to_owned(), hint));
                }
            }
        }
        for (item_id, question_id, wording, hint) in filled {
            if let Some((_, text)) = self.entries.iter_mut().find(|(id, _)| id == item_id) {
                text.questions.push((question_id.to_owned(), wording));
                if let Some(hint) = hint {
                    text.hints.push((question_id.to_owned(), hint));
                }
            }
        }
    }

    /// How many items have prose.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Checks that every given item and each of its questions has prose. A copy of the catalog
    /// file cached from an older version of the app would fail here instead of showing
    /// questions that do not match the answers.
    pub fn check_covers<'a>(
        &self,
        items: impl IntoIterator<Item = &'a Item>,
    ) -> Result<(), TextMismatch> {
        for item in items {
            let text = self
                .get(item.id)
                .ok_or(TextMismatch::MissingItem(item.id))?;
            for question in item.questions {
                text.question(question.id)
                    .ok_or(TextMismatch::MissingQuestion(question.id))?;
            }
        }
        Ok(())
    }

    /// Checks the text against the whole compiled catalog.
    pub fn check_covers_catalog(&self) -> Result<(), TextMismatch> {
        self.check_covers(catalog().clause_items().chain(catalog().controls()))
    }
}
