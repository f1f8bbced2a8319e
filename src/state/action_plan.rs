//! Named actions of the action plan page: edits of an action's owner, due date, priority,
//! status and notes (each landing where the domain keeps that field), the user's own actions
//! with "Undo" of a delete, and the plan's CSV export.

use crate::domain::action_plan::{self, ActionStatus, CustomAction, PlannedAction, Priority};
use crate::domain::catalog::catalog;
use crate::io::csv_actions::write_actions_csv;
use crate::platform::clock;
use crate::state::actions::date_from_input;
use crate::state::export::export_stem;
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use std::convert::Infallible;

/// State of the action plan page beyond the assessment: a deleted own action and where it
/// was, while "Undo" can put it back.
#[derive(Clone, Copy)]
pub struct ActionsState {
    pub undo: RwSignal<Option<(usize, CustomAction)>>,
}

impl ActionsState {
    pub fn new() -> ActionsState {
        ActionsState {
            undo: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> ActionsState {
        use_context::<ActionsState>().expect("ActionsState is provided by App")
    }

    /// Deletes one of the user's own actions, keeping it for "Undo".
    pub fn delete(&self, state: AppState, id: &str) {
        let mut removed = None;
        state.edit(|assessment| {
            removed = Some(action_plan::remove_custom(&mut assessment.actions, id)?);
            Ok::<(), action_plan::ActionError>(())
        });
        if removed.is_some() {
            self.undo.set(removed);
        }
    }

    /// Puts the last deleted action back where it was.
    pub fn undo(&self, state: AppState) {
        if let Some((index, action)) = self.undo.get_untracked() {
            state.edit(|assessment| {
                action_plan::restore_custom(&mut assessment.actions, index, action);
                Ok::<(), Infallible>(())
            });
            self.undo.set(None);
        }
    }
}

impl Default for ActionsState {
    fn default() -> Self {
        ActionsState::new()
    }
}

impl AppState {
    /// Every action of the plan, derived from the assessment as it is now.
    pub fn planned_actions(&self) -> Vec<PlannedAction> {
        self.planned.get()
    }

    /// Sets who is responsible for an action.
    pub fn set_planned_owner(&self, key: &str, owner: String) {
        self.edit(|a| action_plan::set_owner(a, catalog(), key, owner));
    }

    /// Sets an action's due date from a date input's text (empty: no date).
    pub fn set_planned_due(&self, key: &str, text: &str) {
        match date_from_input(text) {
            Ok(date) => self.edit(|a| action_plan::set_due_date(a, catalog(), key, date)),
            Err(error) => self.report_error(format!("The due date was not changed: {error}.")),
        }
    }

    /// Sets where an action stands.
    pub fn set_planned_status(&self, key: &str, status: ActionStatus) {
        self.edit(|a| action_plan::set_status(a, catalog(), key, status));
    }

    /// Chooses a priority, or `None` for the proposed one.
    pub fn set_planned_priority(&self, key: &str, priority: Option<Priority>) {
        self.edit(|a| action_plan::set_priority(a, catalog(), key, priority));
    }

    /// Replaces an action's notes.
    pub fn set_planned_notes(&self, key: &str, notes: String) {
        self.edit(|a| action_plan::set_notes(a, catalog(), key, notes));
    }

    /// Renames one of the user's own actions.
    pub fn set_custom_action_title(&self, id: &str, title: String) {
        self.edit(|a| a.actions.edit_custom(id, |action| action.title = title));
    }

    /// Adds an action of the user's own and returns its ID, or `None` (with a message) when
    /// the title is empty.
    pub fn add_custom_action(&self, title: &str) -> Option<String> {
        let title = title.trim();
        if title.is_empty() {
            self.report_error("Describe the new action first.");
            return None;
        }
        let mut id = None;
        self.edit(|a| {
            id = Some(action_plan::add_custom(&mut a.actions, title.to_owned())?);
            Ok::<(), action_plan::ActionError>(())
        });
        id
    }

    /// Offers the listed actions as a CSV file named after the assessment and the date.
    pub fn export_actions_csv(&self, actions: &[&PlannedAction]) {
        let stem = self.assessment.with_untracked(|a| export_stem(&a.name));
        let text = write_actions_csv(actions, clock::today());
        let filename = format!("{stem}-action-plan-{}.csv", clock::today_text());
        self.offer(
            Spot::ActionPlan,
            filename,
            "text/csv;charset=utf-8",
            Ok(text),
        );
    }
}
