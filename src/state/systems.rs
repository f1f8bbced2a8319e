//! Named actions on the AI system inventory and its impact assessments, and the undo of a
//! deleted system. Each action goes through the same edit path as every other change, so it
//! is saved the same way.

use crate::domain::impact_record::{AnnexIiiArea, Likelihood, PeopleReached, Reversibility};
use crate::domain::role::AiRole;
use crate::domain::system::{
    AiSystem, Automation, Capability, DataKind, LifeCycleStage, SystemText,
};
use crate::platform::clock;
use crate::state::actions::date_from_input;
use crate::state::AppState;
use leptos::prelude::*;

/// State of the AI systems page beyond the assessment: the last deleted system, which
/// "Undo" puts back.
#[derive(Clone, Copy)]
pub struct SystemsState {
    /// The deleted system and where it was in the list.
    pub deleted: RwSignal<Option<(usize, AiSystem)>>,
}

impl SystemsState {
    pub fn new() -> SystemsState {
        SystemsState {
            deleted: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> SystemsState {
        use_context::<SystemsState>().expect("SystemsState is provided by App")
    }

    /// The message of the undo notice, while there is something to undo.
    pub fn undo_message(&self) -> Option<String> {
        self.deleted.with(|deleted| {
            deleted
                .as_ref()
                .map(|(_, system)| format!("{} was deleted.", system.display_name()))
        })
    }

    /// Deletes a system, keeping it for "Undo".
    pub fn delete(&self, state: AppState, system_id: &str) {
        let mut removed = None;
        state.edit(|assessment| {
            removed = Some(assessment.inventory.remove(system_id)?);
            Ok::<(), crate::domain::system::SystemError>(())
        });
        if removed.is_some() {
            self.deleted.set(removed);
        }
    }

    /// Puts the last deleted system back where it was.
    pub fn undo(&self, state: AppState) {
        if let Some((index, system)) = self.deleted.get_untracked() {
            state.edit(|assessment| {
                assessment.inventory.restore(index, system);
                Ok::<(), std::convert::Infallible>(())
            });
            self.deleted.set(None);
        }
    }
}

impl Default for SystemsState {
    fn default() -> Self {
        SystemsState::new()
    }
}

impl AppState {
    /// The display name of one AI system, read reactively, for the pages of that system (its
    /// record, its impact assessment, its EU AI Act classification); empty once it is gone.
    pub fn system_name(&self, id: StoredValue<String>) -> Signal<String> {
        let assessment = self.assessment;
        Signal::derive(move || {
            assessment.with(|a| {
                id.with_value(|id| {
                    a.inventory
                        .get(id)
                        .map(|system| system.display_name())
                        .unwrap_or_default()
                })
            })
        })
    }

    /// Adds an AI system and returns its ID, or `None` (with a message) when the name is empty.
    pub fn add_system(&self, name: &str) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            self.report_error("Give the new AI system a name first.");
            return None;
        }
        let mut id = None;
        self.edit(|assessment| {
            id = Some(assessment.inventory.add(name.to_owned())?);
            Ok::<(), crate::domain::system::SystemError>(())
        });
        id
    }

    /// Changes one system through a closure.
    fn edit_system(&self, system_id: &str, change: impl FnOnce(&mut AiSystem)) {
        self.edit(|assessment| assessment.inventory.edit(system_id, change));
    }

    /// Changes what a system is or does (its stage, roles, data, automation or capabilities) and
    /// notes today's date as the day it changed, so a change after an approved impact
    /// assessment calls for reassessment.
    fn edit_system_record(&self, system_id: &str, change: impl FnOnce(&mut AiSystem)) {
        let today = clock::today();
        self.edit_system(system_id, |system| {
            change(system);
            if today.is_some() {
                system.changed_on = today;
            }
        });
    }

    /// One free-text field of a system, following every change (empty once the system is gone),
    /// for the forms of the system record and of its impact assessment.
    pub fn system_text(&self, system_id: String, field: SystemText) -> Signal<String> {
        let assessment = self.assessment;
        Signal::derive(move || {
            assessment.with(|a| {
                a.inventory
                    .get(&system_id)
                    .map(|system| system.text(field).to_owned())
                    .unwrap_or_default()
            })
        })
    }

    /// Replaces a free-text field of a system.
    pub fn set_system_text(&self, system_id: &str, field: SystemText, value: String) {
        let today = field.changes_the_system().then(clock::today).flatten();
        self.edit(|assessment| {
            assessment.inventory.try_edit(system_id, |system| {
                system.set_text(field, value)?;
                if today.is_some() {
                    system.changed_on = today;
                }
                Ok::<(), crate::domain::limits::LimitError>(())
            })
        });
    }

    /// Says whether a system does one kind of thing (classifies, generates, ...).
    pub fn set_system_capability(&self, system_id: &str, capability: Capability, does: bool) {
        self.edit_system_record(system_id, |system| {
            if does {
                system.capabilities.insert(capability);
            } else {
                system.capabilities.remove(&capability);
            }
        });
    }

    /// Records how likely a harm is, or clears it.
    pub fn set_harm_likelihood(&self, system_id: &str, harm_id: &str, value: Option<Likelihood>) {
        let harm_id = harm_id.to_owned();
        self.edit_system(system_id, |system| {
            let follow_up = system.impact.follow_ups.entry(harm_id.clone()).or_default();
            follow_up.likelihood = value;
            if follow_up.is_empty() {
                system.impact.follow_ups.remove(&harm_id);
            }
        });
    }

    /// Records whether a harm could be undone, or clears it.
    pub fn set_harm_reversibility(
        &self,
        system_id: &str,
        harm_id: &str,
        value: Option<Reversibility>,
    ) {
        let harm_id = harm_id.to_owned();
        self.edit_system(system_id, |system| {
            let follow_up = system.impact.follow_ups.entry(harm_id.clone()).or_default();
            follow_up.reversibility = value;
            if follow_up.is_empty() {
                system.impact.follow_ups.remove(&harm_id);
            }
        });
    }

    /// Marks a harm section as not applicable (with an empty reason to be filled in), or as
    /// applicable again. The reason is kept while the section is marked.
    pub fn set_section_applies(&self, system_id: &str, section_id: &str, applies: bool) {
        let section_id = section_id.to_owned();
        self.edit_system(system_id, |system| {
            if applies {
                system.impact.not_applicable.remove(&section_id);
            } else {
                system.impact.not_applicable.entry(section_id).or_default();
            }
        });
    }

    /// Replaces the reason why a harm section does not apply.
    pub fn set_not_applicable_reason(&self, system_id: &str, section_id: &str, reason: String) {
        self.edit(|assessment| {
            assessment.inventory.try_edit(system_id, |system| {
                let old = system
                    .impact
                    .not_applicable
                    .get(section_id)
                    .map(String::as_str)
                    .unwrap_or_default();
                crate::domain::limits::check_text_change(old, &reason)?;
                system
                    .impact
                    .not_applicable
                    .insert(section_id.to_owned(), reason);
                Ok::<(), crate::domain::limits::LimitError>(())
            })
        });
    }

    /// Records the Annex III area a system is used in (or none), or clears the answer.
    pub fn set_annex_iii(&self, system_id: &str, area: Option<AnnexIiiArea>) {
        self.edit_system(system_id, |system| system.impact.annex_iii = area);
    }

    /// Records roughly how many people a system reaches, or clears the answer.
    pub fn set_people_reached(&self, system_id: &str, people: Option<PeopleReached>) {
        self.edit_system(system_id, |system| system.impact.people_reached = people);
    }

    /// Starts a new version of a system's impact assessment from a copy of the current one.
    pub fn start_reassessment(&self, system_id: &str) {
        let mut started = None;
        self.edit(|assessment| {
            started = Some(assessment.inventory.start_reassessment(system_id)?);
            Ok::<(), crate::domain::system::SystemError>(())
        });
        if let Some(version) = started {
            self.inform(format!(
                "Version {version} started as a copy of the last one. The earlier version is kept under \"Earlier versions\"."
            ));
        }
    }

    /// Sets the approval date of the current impact assessment version from a date input.
    pub fn set_impact_approved_on(&self, system_id: &str, text: &str) {
        let date = match date_from_input(text) {
            Ok(date) => date,
            Err(error) => {
                self.report_error(format!("The approval date was not changed: {error}."));
                return;
            }
        };
        self.edit_system(system_id, |system| system.impact.approved_on = date);
    }

    /// Says whether the organisation plays a role towards a system.
    pub fn set_system_role(&self, system_id: &str, role: AiRole, plays: bool) {
        self.edit_system_record(system_id, |system| {
            if plays {
                system.roles.insert(role);
            } else {
                system.roles.remove(&role);
            }
        });
    }

    /// Says whether a system uses a sensitive kind of data.
    pub fn set_system_data(&self, system_id: &str, kind: DataKind, used: bool) {
        self.edit_system_record(system_id, |system| {
            if used {
                system.data.insert(kind);
            } else {
                system.data.remove(&kind);
            }
        });
    }

    /// Sets or clears a system's life-cycle stage.
    pub fn set_system_stage(&self, system_id: &str, stage: Option<LifeCycleStage>) {
        self.edit_system_record(system_id, |system| system.stage = stage);
    }

    /// Sets or clears a system's degree of automation.
    pub fn set_system_automation(&self, system_id: &str, automation: Option<Automation>) {
        self.edit_system_record(system_id, |system| system.automation = automation);
    }

    /// Answers an impact question, or clears the answer with `None`.
    pub fn set_impact_answer(&self, system_id: &str, question_id: &str, option: Option<&str>) {
        self.edit(|assessment| {
            assessment
                .inventory
                .set_impact_answer(system_id, question_id, option)
        });
    }

    /// Sets the date of an impact assessment from the text of a date input; empty clears it.
    pub fn set_impact_date(&self, system_id: &str, text: &str) {
        let date = match date_from_input(text) {
            Ok(date) => date,
            Err(error) => {
                self.report_error(format!("The assessment date was not changed: {error}."));
                return;
            }
        };
        self.edit_system(system_id, |system| system.impact.date = date);
    }
}
