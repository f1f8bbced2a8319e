//! Named actions: the only way components change the assessment. Each one calls a domain
//! function and reports a refused edit through the notice area instead of ignoring it.
//!
//! Every successful edit bumps the edit counter, which the persistence effect saves.

use crate::domain::assessment::{Answer, Assessment, EditError, TextField};
use crate::domain::catalog::catalog;
use crate::domain::date::IsoDate;
use crate::state::app_state::AppState;
use crate::state::persistence;
use leptos::prelude::*;

impl AppState {
    /// Applies an edit to the assessment and records it for saving, or reports why it was
    /// refused.
    fn edit(&self, change: impl FnOnce(&mut Assessment) -> Result<(), EditError>) {
        let mut outcome = Ok(());
        self.assessment
            .update(|assessment| outcome = change(assessment));
        match outcome {
            Ok(()) => self.edits.update(|count| *count += 1),
            Err(error) => self.report_error(format!("That change was not made: {error}.")),
        }
    }

    /// Answers a question, or clears its answer with `None`.
    pub fn set_answer(&self, item_id: &str, question_id: &str, answer: Option<Answer>) {
        self.edit(|assessment| assessment.set_answer(catalog(), item_id, question_id, answer));
    }

    /// Replaces the notes, evidence or owner of an item.
    pub fn set_text(&self, item_id: &str, field: TextField, value: String) {
        self.edit(|assessment| assessment.set_text(catalog(), item_id, field, value));
    }

    /// Sets an item's due date from the text of a date input; an empty text clears it.
    pub fn set_due_date(&self, item_id: &str, text: &str) {
        let due_date = if text.trim().is_empty() {
            None
        } else {
            match text.trim().parse::<IsoDate>() {
                Ok(date) => Some(date),
                Err(error) => {
                    self.report_error(format!("Due date for {item_id} was not changed: {error}."));
                    return;
                }
            }
        };
        self.edit(|assessment| assessment.set_due_date(catalog(), item_id, due_date));
    }

    /// Resolves a conflict with another tab by keeping this tab's version.
    pub fn keep_this_tab_version(&self) {
        persistence::keep_this_tab_version(*self);
    }

    /// Resolves a conflict with another tab by taking the stored version.
    pub fn use_other_tab_version(&self) {
        persistence::use_other_tab_version(*self);
    }
}
