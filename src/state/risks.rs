//! Named actions on the risk criteria and the risk register, the undo of a deleted risk or an
//! import, and the import and export of the register as CSV.
//! Each action goes through the same edit path as every other change, so it is saved the same
//! way and a refused change is reported rather than lost.

use crate::domain::catalog::catalog;
use crate::domain::impact_catalog::library_risk;
use crate::domain::risk::{
    Risk, RiskError, RiskRegister, RiskStatus, RiskText, Treatment, TreatmentAction,
};
use crate::domain::risk_criteria::{Axis, Rating};
use crate::io::csv_risks::{read_risks_csv_with_own_controls, risks_csv, RiskCsvImport};
use crate::platform::{clock, upload};
use crate::state::actions::date_from_input;
use crate::state::export::export_stem;
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use std::convert::Infallible;

/// What "Undo" on the risks page puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum RiskUndo {
    /// A deleted risk and where it was in the register.
    Deleted(usize, Risk),
    /// The register as it was before a CSV import replaced it.
    Replaced(RiskRegister),
}

/// Where an import of a risk register CSV stands.
#[derive(Debug, Clone, PartialEq)]
pub enum RiskImport {
    /// A file is being read.
    Reading(String),
    /// The file is valid and waits for the user to confirm.
    Ready {
        file_name: String,
        import: RiskCsvImport,
    },
    /// The file cannot be imported: every problem, each naming its line and column.
    Failed {
        file_name: String,
        problems: Vec<String>,
    },
}

/// State of the risks page beyond the assessment: what "Undo" would put back, and the import
/// of a register CSV in progress.
#[derive(Clone, Copy)]
pub struct RisksState {
    pub undo: RwSignal<Option<RiskUndo>>,
    pub import: RwSignal<Option<RiskImport>>,
}

impl RisksState {
    pub fn new() -> RisksState {
        RisksState {
            undo: RwSignal::new(None),
            import: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> RisksState {
        use_context::<RisksState>().expect("RisksState is provided by App")
    }

    /// The message of the undo notice on the register, while a deleted risk can be put back.
    pub fn deleted_message(&self) -> Option<String> {
        self.undo.with(|undo| match undo {
            Some(RiskUndo::Deleted(_, risk)) => {
                Some(format!("{} {} was deleted.", risk.id, risk.display_title()))
            }
            _ => None,
        })
    }

    /// The message of the undo notice beside the CSV import, while an import can be undone.
    pub fn import_message(&self) -> Option<String> {
        self.undo.with(|undo| match undo {
            Some(RiskUndo::Replaced(_)) => {
                Some("The risk register was replaced by the imported file.".to_owned())
            }
            _ => None,
        })
    }

    /// Deletes a risk, keeping it for "Undo".
    pub fn delete(&self, state: AppState, risk_id: &str) {
        let mut removed = None;
        state.edit(|assessment| {
            removed = Some(assessment.risks.remove(risk_id)?);
            Ok::<(), crate::domain::risk::RiskError>(())
        });
        if let Some((index, risk)) = removed {
            self.undo.set(Some(RiskUndo::Deleted(index, risk)));
        }
    }

    /// Puts back what the last delete or import changed.
    pub fn undo(&self, state: AppState) {
        let Some(undo) = self.undo.get_untracked() else {
            return;
        };
        state.edit(|assessment| {
            match undo {
                RiskUndo::Deleted(index, risk) => assessment.risks.restore(index, risk),
                RiskUndo::Replaced(previous) => assessment.risks = previous,
            }
            Ok::<(), Infallible>(())
        });
        self.undo.set(None);
    }

    /// Reads the file chosen in "Import risk register CSV" and checks it completely; nothing
    /// changes until the user confirms.
    pub fn choose_file(&self, state: AppState, file: upload::PickedFile) {
        let risks = *self;
        risks.import.set(Some(RiskImport::Reading(file.name())));
        leptos::task::spawn_local(async move {
            let step = match upload::read_text(&file).await {
                Err(error) => RiskImport::Failed {
                    file_name: file.name(),
                    problems: vec![error.to_string()],
                },
                Ok(chosen) => {
                    let outcome = state.assessment.with_untracked(|assessment| {
                        let own_ids: Vec<&str> = assessment
                            .soa
                            .own_controls
                            .iter()
                            .map(|control| control.id.as_str())
                            .collect();
                        read_risks_csv_with_own_controls(
                            &chosen.text,
                            &assessment.risks,
                            catalog(),
                            &own_ids,
                        )
                    });
                    match outcome {
                        Ok(mut import) => {
                            // Read all the same; the check says where it stops being UTF-8.
                            import.warnings.splice(0..0, chosen.encoding_warning);
                            RiskImport::Ready {
                                file_name: chosen.name,
                                import,
                            }
                        }
                        Err(errors) => RiskImport::Failed {
                            file_name: chosen.name,
                            problems: errors.iter().map(ToString::to_string).collect(),
                        },
                    }
                }
            };
            risks.import.set(Some(step));
        });
    }

    /// Replaces the register with the checked file, keeping the old one for "Undo".
    pub fn confirm_import(&self, state: AppState) {
        let Some(RiskImport::Ready { import, .. }) = self.import.get_untracked() else {
            return;
        };
        let previous = state.assessment.with_untracked(|a| a.risks.clone());
        state.edit(|assessment| {
            assessment.risks = import.register;
            Ok::<(), Infallible>(())
        });
        self.import.set(None);
        self.undo.set(Some(RiskUndo::Replaced(previous)));
    }

    /// Drops the file chosen for import.
    pub fn cancel_import(&self) {
        self.import.set(None);
    }
}

impl Default for RisksState {
    fn default() -> Self {
        RisksState::new()
    }
}

/// Which rating of a risk an edit is about (the domain's `RatingStage`, under the name the
/// pages use).
pub use crate::domain::risk::RatingStage as Stage;

/// One field of a treatment action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    Description,
    Owner,
}

impl AppState {
    /// Offers the risk register as a CSV file named after the assessment and the date.
    pub fn export_risks_csv(&self) {
        let (stem, text) = self
            .assessment
            .with_untracked(|a| (export_stem(&a.name), risks_csv(&a.risks)));
        let filename = format!("{stem}-risk-register-{}.csv", clock::today_text());
        self.offer(Spot::RiskCsv, filename, "text/csv;charset=utf-8", Ok(text));
    }

    /// Adds a risk with the given title and returns its ID, or `None` (with a message) when
    /// the title is empty.
    pub fn add_risk(&self, title: &str) -> Option<String> {
        let title = title.trim();
        if title.is_empty() {
            self.report_error("Give the new risk a title first.");
            return None;
        }
        let mut id = None;
        self.edit(|assessment| {
            id = Some(assessment.risks.add(Risk {
                title: title.to_owned(),
                ..Risk::default()
            })?);
            Ok::<(), RiskError>(())
        });
        id
    }

    /// Adds a copy of a risk from the library of typical AI risks and returns its ID. Its
    /// rating is the library's proposal until someone confirms or changes it.
    pub fn add_library_risk(&self, library_id: &str) -> Option<String> {
        let Some(entry) = library_risk(library_id) else {
            self.report_error(format!("There is no typical risk {library_id}."));
            return None;
        };
        let mut id = None;
        self.edit(|assessment| {
            let risk = Risk::from_library(entry, &assessment.risks.criteria);
            id = Some(assessment.risks.add(risk)?);
            Ok::<(), RiskError>(())
        });
        id
    }

    /// The date a date input holds (`Some(None)` when empty), or `None` after telling the user
    /// that `what` was not changed.
    fn date_or_report(
        &self,
        value: &str,
        what: &str,
    ) -> Option<Option<crate::domain::date::IsoDate>> {
        match date_from_input(value) {
            Ok(date) => Some(date),
            Err(error) => {
                self.report_error(format!("The {what} was not changed: {error}."));
                None
            }
        }
    }

    /// Adds a typical risk that an AI system's impact answers suggest, linked to that system,
    /// and returns its ID.
    pub fn add_suggested_risk(&self, library_id: &str, system_id: &str) -> Option<String> {
        let id = self.add_library_risk(library_id)?;
        self.set_risk_text(&id, RiskText::SystemId, system_id.to_owned());
        Some(id)
    }

    /// Changes one risk through a closure.
    fn edit_risk(&self, risk_id: &str, change: impl FnOnce(&mut Risk)) {
        self.edit(|assessment| assessment.risks.edit(risk_id, change));
    }

    /// Replaces a text (or ID) field of a risk.
    pub fn set_risk_text(&self, risk_id: &str, field: RiskText, value: String) {
        self.edit(|assessment| {
            assessment
                .risks
                .try_edit(risk_id, |risk| risk.set_text(field, value))
        });
    }

    /// Sets one level of a rating (counted from 1), or clears the whole rating with `None`
    /// (`Risk::set_level`, which also confirms a proposed rating).
    pub fn set_risk_level(&self, risk_id: &str, stage: Stage, axis: Axis, level: Option<u8>) {
        self.edit_risk(risk_id, |risk| risk.set_level(stage, axis, level));
    }

    /// Keeps a rating proposed by the risk library as it is, marking it checked.
    pub fn confirm_risk_rating(&self, risk_id: &str) {
        self.edit_risk(risk_id, Risk::confirm_rating);
    }

    pub fn set_risk_treatment(&self, risk_id: &str, treatment: Option<Treatment>) {
        self.edit_risk(risk_id, |risk| risk.treatment = treatment);
    }

    pub fn set_risk_status(&self, risk_id: &str, status: RiskStatus) {
        self.edit_risk(risk_id, |risk| risk.status = status);
    }

    /// Adds an Annex A control to a risk's treatment, or removes it.
    pub fn set_risk_control(&self, risk_id: &str, control_id: &str, used: bool) {
        self.edit_risk(risk_id, |risk| risk.use_control(control_id, used));
    }

    /// Sets or clears the date a risk was last assessed, from a date input.
    pub fn set_risk_assessed_on(&self, risk_id: &str, value: &str) {
        let Some(date) = self.date_or_report(value, "assessment date") else {
            return;
        };
        self.edit_risk(risk_id, |risk| risk.assessed_on = date);
    }

    /// Sets or clears a risk's next review date, from a date input.
    pub fn set_risk_next_review(&self, risk_id: &str, value: &str) {
        let Some(date) = self.date_or_report(value, "next review date") else {
            return;
        };
        self.edit_risk(risk_id, |risk| risk.next_review = date);
    }

    /// Sets or clears the date of acceptance from a date input's value.
    pub fn set_acceptance_date(&self, risk_id: &str, value: &str) {
        let Some(date) = self.date_or_report(value, "acceptance date") else {
            return;
        };
        self.edit_risk(risk_id, |risk| risk.acceptance.date = date);
    }

    /// Adds an empty treatment action to a risk.
    pub fn add_treatment_action(&self, risk_id: &str) {
        self.edit(|assessment| assessment.risks.try_edit(risk_id, |risk| risk.add_action()));
    }

    /// Removes a treatment action (counted from 0).
    pub fn remove_treatment_action(&self, risk_id: &str, action: usize) {
        self.edit(|assessment| {
            let mut removed = false;
            assessment.risks.edit(risk_id, |risk| {
                if action < risk.actions.len() {
                    risk.actions.remove(action);
                    removed = true;
                }
            })?;
            // The action plan keys a treatment action's status, priority and notes by its
            // number, so the later actions' plan entries move down with them.
            if removed {
                assessment
                    .actions
                    .treatment_action_removed(risk_id, action + 1);
            }
            Ok::<(), RiskError>(())
        });
    }

    /// Changes one treatment action (counted from 0) through a closure.
    fn edit_action(&self, risk_id: &str, action: usize, change: impl FnOnce(&mut TreatmentAction)) {
        self.edit_risk(risk_id, |risk| {
            if let Some(step) = risk.actions.get_mut(action) {
                change(step);
            }
        });
    }

    pub fn set_action_text(&self, risk_id: &str, action: usize, field: ActionField, value: String) {
        self.edit_action(risk_id, action, |step| match field {
            ActionField::Description => step.description = value,
            ActionField::Owner => step.owner = value,
        });
    }

    pub fn set_action_due(&self, risk_id: &str, action: usize, value: &str) {
        let Some(date) = self.date_or_report(value, "due date") else {
            return;
        };
        self.edit_action(risk_id, action, |step| step.due_date = date);
    }

    pub fn set_action_done(&self, risk_id: &str, action: usize, done: bool) {
        self.edit_action(risk_id, action, |step| step.done = done);
    }

    /// Renames a level of a likelihood or consequence scale.
    pub fn rename_risk_level(&self, axis: Axis, level: u8, name: String) {
        self.edit(|assessment| assessment.risks.criteria.rename_level(axis, level, name));
    }

    /// Renames a level band.
    pub fn rename_risk_band(&self, band: usize, name: String) {
        self.edit(|assessment| assessment.risks.criteria.rename_band(band, name));
    }

    /// Puts one cell of the lookup table in a band.
    pub fn set_risk_cell(&self, rating: Rating, band: u8) {
        self.edit(|assessment| assessment.risks.criteria.set_cell(rating, band));
    }

    /// Sets the most serious band that may be kept without a named acceptance.
    pub fn set_acceptance_limit(&self, band: u8) {
        self.edit(|assessment| assessment.risks.criteria.set_acceptable_up_to(band));
    }

    /// Gives a scale a number of levels; refused (with the risks named) while a level to be
    /// removed is in use.
    pub fn resize_risk_scale(&self, axis: Axis, levels: usize) {
        self.edit(|assessment| assessment.risks.resize_scale(axis, levels));
    }

    /// Gives the criteria a number of bands.
    pub fn resize_risk_bands(&self, count: usize) {
        self.edit(|assessment| assessment.risks.criteria.resize_bands(count));
    }

    /// Puts the lookup table back to the one the app proposes for the scales and bands.
    pub fn reset_risk_table(&self) {
        self.edit(|assessment| {
            let criteria = &mut assessment.risks.criteria;
            criteria.table = criteria.default_table();
            Ok::<(), Infallible>(())
        });
    }
}
