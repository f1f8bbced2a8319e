//! Reviewer comments: what a person reviewing an assessment (a consultant, an internal
//! auditor) writes against one item, and whether it has been dealt with.
//!
//! Comments travel in the assessment file, so a reviewer can send the file back with them.
//! Comment IDs ("C1", "C2", ...) are never reused, so an undo or a reply can name one safely.

use crate::domain::catalog::Catalog;
use crate::domain::date::IsoDate;
use crate::domain::limits::{self, GrowingList, LimitError};

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

/// An edit of the comments that cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("a comment needs some text")]
    EmptyText,
    #[error("there is no item {0} in the catalog")]
    UnknownItem(String),
    #[error("there is no comment {0}")]
    UnknownComment(String),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

impl ReviewComments {
    /// The comment with the given ID.
    pub fn get(&self, comment_id: &str) -> Option<&ReviewComment> {
        self.comments
            .iter()
            .find(|comment| comment.id == comment_id)
    }

    /// Adds an open comment on a clause item or control and returns its new ID, numbered past
    /// every "C<n>" in use or ever issued. The item must be in the catalog, the text must not be
    /// blank, the texts must be within the limit and the list must have room.
    pub fn add(
        &mut self,
        catalog: Catalog,
        item_id: &str,
        author: String,
        date: Option<IsoDate>,
        text: String,
    ) -> Result<String, ReviewError> {
        if catalog.item(item_id).is_none() {
            return Err(ReviewError::UnknownItem(item_id.to_owned()));
        }
        check_text(&text)?;
        limits::check_new_text(&text)?;
        limits::check_new_text(&author)?;
        limits::check_room(GrowingList::Comments, self.comments.len())?;
        let ids = self.comments.iter().map(|comment| comment.id.as_str());
        let (id, next_number) =
            limits::issue_id(GrowingList::Comments, "C", self.next_number, ids)?;
        self.next_number = next_number;
        self.comments.push(ReviewComment {
            id: id.clone(),
            item_id: item_id.to_owned(),
            author,
            date,
            text,
            resolved: false,
        });
        Ok(id)
    }

    fn find_mut(&mut self, comment_id: &str) -> Result<&mut ReviewComment, ReviewError> {
        self.comments
            .iter_mut()
            .find(|comment| comment.id == comment_id)
            .ok_or_else(|| ReviewError::UnknownComment(comment_id.to_owned()))
    }

    /// Marks a comment as dealt with, or open again.
    pub fn set_resolved(&mut self, comment_id: &str, resolved: bool) -> Result<(), ReviewError> {
        self.find_mut(comment_id)?.resolved = resolved;
        Ok(())
    }

    /// Replaces a comment's text, which must not be blank.
    pub fn edit_text(&mut self, comment_id: &str, text: String) -> Result<(), ReviewError> {
        check_text(&text)?;
        let comment = self.find_mut(comment_id)?;
        limits::check_text_change(&comment.text, &text)?;
        comment.text = text;
        Ok(())
    }

    /// Removes a comment and returns it with its position, so the removal can be undone.
    pub fn remove(&mut self, comment_id: &str) -> Result<(usize, ReviewComment), ReviewError> {
        let index = self
            .comments
            .iter()
            .position(|comment| comment.id == comment_id)
            .ok_or_else(|| ReviewError::UnknownComment(comment_id.to_owned()))?;
        Ok((index, self.comments.remove(index)))
    }

    /// Puts a removed comment back where it was (or at the end, if the list got shorter).
    pub fn restore(&mut self, index: usize, comment: ReviewComment) {
        let index = index.min(self.comments.len());
        self.comments.insert(index, comment);
    }

    /// The comments on one item, in the order they were written.
    pub fn for_item<'a>(&'a self, item_id: &'a str) -> impl Iterator<Item = &'a ReviewComment> {
        self.comments
            .iter()
            .filter(move |comment| comment.item_id == item_id)
    }

    /// How many comments on one item are still open.
    pub fn open_count(&self, item_id: &str) -> usize {
        self.for_item(item_id).filter(|c| !c.resolved).count()
    }

    /// How many comments are still open, on all items.
    pub fn open_total(&self) -> usize {
        self.comments.iter().filter(|c| !c.resolved).count()
    }
}

fn check_text(text: &str) -> Result<(), ReviewError> {
    if text.trim().is_empty() {
        Err(ReviewError::EmptyText)
    } else {
        Ok(())
    }
}
