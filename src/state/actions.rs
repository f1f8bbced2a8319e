//! Named actions: the only way components change the assessment. Each one calls a domain
//! function and reports a refused edit through the notice area instead of ignoring it.
//!
//! Every successful edit bumps the edit counter, which the persistence effect saves.

use crate::domain::assessment::{Answer, Assessment, TextField};
use crate::domain::catalog::catalog;
use crate::domain::date::IsoDate;
use crate::domain::profile::{ProfileText, SizeBand};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, InclusionReason};
use crate::io::csv_out;
use crate::platform::clock;
use crate::state::app_state::AppState;
use crate::state::notices::Spot;
use crate::state::persistence;
use leptos::prelude::*;
use std::fmt::Display;

/// Reads the text of a date input; an empty text is no date.
pub(crate) fn date_from_input(text: &str) -> Result<Option<IsoDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<IsoDate>()
        .map(Some)
        .map_err(|error| error.to_string())
}

impl AppState {
    /// Applies an edit to the assessment and records it for saving, or reports why it was
    /// refused.
    pub(crate) fn edit<E: Display>(&self, change: impl FnOnce(&mut Assessment) -> Result<(), E>) {
        let mut outcome = Ok(());
        self.assessment
            .update(|assessment| outcome = change(assessment));
        match outcome {
            Ok(()) => self.edits.update(|count| *count += 1),
            Err(error) => self.report_error(format!("That change was not made: {error}.")),
        }
    }

    /// Applies an edit like `edit`, but reports a refusal beside the controls of `spot`.
    pub(crate) fn edit_at<E: Display>(
        &self,
        spot: Spot,
        change: impl FnOnce(&mut Assessment) -> Result<(), E>,
    ) {
        let mut outcome = Ok(());
        self.assessment
            .update(|assessment| outcome = change(assessment));
        match outcome {
            Ok(()) => self.edits.update(|count| *count += 1),
            Err(error) => self.report_error_at(spot, format!("That change was not made: {error}.")),
        }
    }

    /// Renames the assessment.
    pub fn rename_assessment(&self, name: String) {
        self.edit(|assessment| assessment.rename(name));
    }

    /// Replaces the whole assessment (an import, or undoing one). It is saved like an edit.
    pub fn replace_assessment(&self, replacement: Assessment) {
        self.edit(|assessment| {
            *assessment = replacement;
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Answers a question, or clears its answer with `None`.
    pub fn set_answer(&self, item_id: &str, question_id: &str, answer: Option<Answer>) {
        self.edit(|assessment| assessment.set_answer(catalog(), item_id, question_id, answer));
    }

    /// Replaces the note on one answer (the reason behind a "Partly" or "No", say).
    pub fn set_question_note(&self, item_id: &str, question_id: &str, note: String) {
        self.edit(|assessment| assessment.set_question_note(catalog(), item_id, question_id, note));
    }

    /// Keeps an answer the catalog update asked to check, as it is.
    pub fn confirm_answer(&self, question_id: &str) {
        self.edit(|assessment| {
            assessment.confirm_answer(question_id);
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Closes the list of what changed in the catalog.
    pub fn close_catalog_changes(&self) {
        self.edit(|assessment| {
            assessment.close_catalog_changes();
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Replaces the notes, evidence or owner of an item.
    pub fn set_text(&self, item_id: &str, field: TextField, value: String) {
        self.edit(|assessment| assessment.set_text(catalog(), item_id, field, value));
    }

    /// Sets an item's due date from the text of a date input; an empty text clears it.
    pub fn set_due_date(&self, item_id: &str, text: &str) {
        let due_date = match date_from_input(text) {
            Ok(date) => date,
            Err(error) => {
                self.report_error(format!("Due date for {item_id} was not changed: {error}."));
                return;
            }
        };
        self.edit(|assessment| assessment.set_due_date(catalog(), item_id, due_date));
    }

    /// Decides whether an Annex A control applies.
    pub fn set_applicability(&self, control_id: &str, applicability: Applicability) {
        self.edit(|assessment| {
            assessment.soa.edit(catalog(), control_id, |decision| {
                decision.applicability = applicability;
            })
        });
    }

    /// Ticks or unticks one reason for including a control.
    pub fn set_inclusion_reason(&self, control_id: &str, reason: InclusionReason, given: bool) {
        self.edit(|assessment| {
            assessment.soa.edit(catalog(), control_id, |decision| {
                if given {
                    decision.reasons.insert(reason);
                } else {
                    decision.reasons.remove(&reason);
                }
            })
        });
    }

    /// Replaces the justification for excluding a control.
    pub fn set_justification(&self, control_id: &str, text: String) {
        self.edit(|assessment| {
            assessment.soa.edit(catalog(), control_id, |decision| {
                decision.justification = text;
            })
        });
    }

    /// Replaces the SoA's document version (`approved_by == false`) or approver.
    pub fn set_soa_header(&self, approved_by: bool, text: String) {
        self.edit(|assessment| {
            if approved_by {
                assessment.soa.set_approved_by(text)
            } else {
                assessment.soa.set_version(text)
            }
        });
    }

    /// Replaces a text field of the organisation profile.
    pub fn set_profile_text(&self, field: ProfileText, text: String) {
        self.edit(|assessment| assessment.profile.set_text(field, text));
    }

    /// Sets or clears the organisation's size band.
    pub fn set_profile_size(&self, size: Option<SizeBand>) {
        self.edit(|assessment| {
            assessment.profile.size = size;
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Says whether the organisation plays a role towards AI systems.
    pub fn set_profile_role(&self, role: AiRole, plays: bool) {
        self.edit(|assessment| {
            assessment.profile.set_role(role, plays);
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Offers the Statement of Applicability as a CSV file.
    pub fn export_soa_csv(&self) {
        let text = self.assessment.with(|assessment| {
            self.summary
                .with(|summary| csv_out::soa_csv(catalog(), assessment, summary))
        });
        let filename = format!("statement-of-applicability-{}.csv", clock::today_text());
        self.offer(Spot::Soa, filename, "text/csv;charset=utf-8", Ok(text));
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
