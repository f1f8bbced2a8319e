//! Named actions of the Statement of Applicability beyond single decisions: the
//! organisation's own controls (add, edit, delete) and the bulk change of undecided controls,
//! with the undo of the last delete or bulk change.
//!
//! A delete that risks stand in the way of is refused beside the own controls, naming those
//! risks; a delete that goes through can be undone, like a bulk change.

use crate::domain::catalog::catalog;
use crate::domain::soa::{InclusionReason, OwnControlText, RemovedOwnControl, ReplacedDecisions};
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;

/// What "Undo" on the SoA page puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoaUndo {
    /// A deleted own control, with its decision and place.
    Removed(RemovedOwnControl),
    /// The decisions a bulk change replaced, with how many controls it changed and the reason
    /// it gave them.
    Included {
        replaced: ReplacedDecisions,
        reason: InclusionReason,
    },
}

/// State of the SoA page beyond the assessment: the last change that "Undo" reverses.
#[derive(Clone, Copy)]
pub struct SoaState {
    /// The last delete or bulk change, while it can be undone.
    pub undo: RwSignal<Option<SoaUndo>>,
}

impl SoaState {
    pub fn new() -> SoaState {
        SoaState {
            undo: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> SoaState {
        use_context::<SoaState>().expect("SoaState is provided by App")
    }

    /// The message of the undo notice of a delete, while it can be undone.
    pub fn removed_message(&self) -> Option<String> {
        self.undo.with(|undo| match undo {
            Some(SoaUndo::Removed(removed)) => Some(format!(
                "Own control {} {} was deleted.",
                removed.control.id,
                removed.control.display_title()
            )),
            _ => None,
        })
    }

    /// The message of the undo notice of a bulk change, while it can be undone.
    pub fn included_message(&self) -> Option<String> {
        self.undo.with(|undo| match undo {
            Some(SoaUndo::Included { replaced, reason }) => {
                let count = replaced.before.len();
                let noun = if count == 1 { "control" } else { "controls" };
                Some(format!(
                    "{count} undecided {noun} set to applicable, with the reason \"{}\".",
                    reason.label()
                ))
            }
            _ => None,
        })
    }

    /// Adds an own control and returns its ID, or `None` (with a message beside the form)
    /// when the title is empty or the list is full.
    pub fn add_own_control(
        &self,
        state: AppState,
        title: &str,
        description: String,
    ) -> Option<String> {
        let title = title.trim();
        if title.is_empty() {
            state.report_error_at(Spot::OwnControls, "Give the new control a title first.");
            return None;
        }
        let mut added = None;
        state.edit_at(Spot::OwnControls, |assessment| {
            added = Some(
                assessment
                    .soa
                    .add_own_control(title.to_owned(), description)?,
            );
            Ok::<(), crate::domain::soa::SoaError>(())
        });
        added
    }

    /// Deletes an own control, keeping it for "Undo"; refused beside the own controls while a
    /// risk's treatment lists it.
    pub fn delete_own_control(&self, state: AppState, control_id: &str) {
        let mut removed = None;
        state.edit_at(Spot::OwnControls, |assessment| {
            removed = Some(
                assessment
                    .soa
                    .remove_own_control(control_id, &assessment.risks)?,
            );
            Ok::<(), crate::domain::soa::SoaError>(())
        });
        if let Some(removed) = removed {
            self.undo.set(Some(SoaUndo::Removed(removed)));
        }
    }

    /// Makes every undecided control applicable with `reason`, keeping the old decisions for
    /// "Undo"; says so when no control was undecided.
    pub fn include_undecided(&self, state: AppState, reason: InclusionReason) {
        let mut replaced = None;
        state.edit(|assessment| {
            replaced = Some(assessment.soa.include_undecided(catalog(), reason));
            Ok::<(), std::convert::Infallible>(())
        });
        match replaced {
            Some(replaced) if !replaced.before.is_empty() => {
                self.undo.set(Some(SoaUndo::Included { replaced, reason }));
            }
            _ => state.inform_at(Spot::Soa, "No control is undecided, so nothing changed."),
        }
    }

    /// Reverses the last delete or bulk change.
    pub fn undo(&self, state: AppState) {
        let Some(undo) = self.undo.get_untracked() else {
            return;
        };
        state.edit(|assessment| {
            match undo {
                SoaUndo::Removed(removed) => assessment.soa.restore_own_control(removed),
                SoaUndo::Included { replaced, .. } => assessment.soa.restore_decisions(replaced),
            }
            Ok::<(), std::convert::Infallible>(())
        });
        self.undo.set(None);
    }
}

impl Default for SoaState {
    fn default() -> Self {
        SoaState::new()
    }
}

impl AppState {
    /// Replaces the title or description of an own control.
    pub fn set_own_control_text(&self, control_id: &str, field: OwnControlText, text: String) {
        self.edit(|assessment| assessment.soa.set_own_control_text(control_id, field, text));
    }
}
