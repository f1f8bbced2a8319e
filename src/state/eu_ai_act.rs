//! Named actions on a system's EU AI Act classification (answers, obligation progress, the
//! review) and the on-demand load of the Act's data (`eu_ai_act.json`). Every action edits the
//! assessment through the same path as any other change, so it is saved the same way.

use crate::domain::catalog::CATALOG_FILES_TAG;
use crate::domain::eu_ai_act::{self, Verdict};
use crate::domain::eu_ai_act_record::ObligationStatus;
use crate::domain::eu_ai_act_text::EuAiActText;
use crate::io::eu_ai_act_text::{parse_eu_ai_act_text, EU_AI_ACT_FILE_NAME};
use crate::platform::fetch::fetch_own_text;
use crate::state::actions::date_from_input;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where the EU AI Act data is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum EuAiActTextState {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<EuAiActText>),
    Failed(String),
}

/// Loads and checks the EU AI Act data. The catalog tag in the query string changes with the
/// files, so a cached copy from another version is not combined with this build.
async fn load_eu_ai_act_text() -> Result<EuAiActText, String> {
    let url = format!("{EU_AI_ACT_FILE_NAME}?v={CATALOG_FILES_TAG}");
    let source = fetch_own_text(&url)
        .await
        .map_err(|error| format!("{EU_AI_ACT_FILE_NAME} could not be loaded: {error}"))?;
    parse_eu_ai_act_text(&source)
}

impl AppState {
    /// Starts loading the EU AI Act data unless it is loaded or loading already; a failed load
    /// is tried again, which is what "Try again" does.
    pub fn ensure_eu_ai_act_text(&self) {
        let text = self.eu_ai_act_text;
        let needed = text.with_untracked(|current| {
            matches!(
                current,
                EuAiActTextState::NotLoaded | EuAiActTextState::Failed(_)
            )
        });
        if !needed {
            return;
        }
        text.set(EuAiActTextState::Loading);
        spawn_local(async move {
            text.set(match load_eu_ai_act_text().await {
                Ok(loaded) => EuAiActTextState::Ready(Arc::new(loaded)),
                Err(error) => EuAiActTextState::Failed(error),
            });
        });
    }

    /// The verdict of one system's classification, recomputed when the assessment changes
    /// (`None` once the system is gone).
    pub fn eu_ai_act_verdict(&self, system_id: String) -> Memo<Option<Verdict>> {
        let assessment = self.assessment;
        Memo::new(move |_| {
            assessment.with(|a| {
                a.inventory
                    .get(&system_id)
                    .map(|system| eu_ai_act::classify(&system.eu_ai_act.answers))
            })
        })
    }

    /// Edits a system's EU AI Act record with a domain edit that may refuse.
    fn edit_eu_ai_act(
        &self,
        system_id: &str,
        change: impl FnOnce(
            &mut crate::domain::eu_ai_act_record::EuAiActRecord,
        ) -> Result<(), eu_ai_act::EuAiActError>,
    ) {
        self.edit(|assessment| {
            let mut outcome = Ok(());
            assessment
                .inventory
                .edit(system_id, |system| {
                    outcome = change(&mut system.eu_ai_act);
                })
                .map_err(|error| error.to_string())?;
            outcome.map_err(|error| error.to_string())
        });
    }

    /// Records (or clears, with `None`) an answer of a system's decision path.
    pub fn set_eu_ai_act_answer(&self, system_id: &str, question_id: &str, answer: Option<&str>) {
        self.edit_eu_ai_act(system_id, |record| {
            eu_ai_act::set_answer(record, question_id, answer)
        });
    }

    /// Sets the status of one obligation of a system.
    pub fn set_eu_obligation_status(
        &self,
        system_id: &str,
        obligation_id: &str,
        status: ObligationStatus,
    ) {
        self.edit_eu_ai_act(system_id, |record| {
            eu_ai_act::obligation_mut(record, obligation_id)?.status = status;
            Ok(())
        });
    }

    /// Replaces the note on one obligation of a system.
    pub fn set_eu_obligation_note(&self, system_id: &str, obligation_id: &str, note: String) {
        self.edit_eu_ai_act(system_id, |record| {
            eu_ai_act::obligation_mut(record, obligation_id)?.note = note;
            Ok(())
        });
    }

    /// Records who last reviewed a system's classification.
    pub fn set_eu_reviewed_by(&self, system_id: &str, name: String) {
        self.edit_eu_ai_act(system_id, |record| {
            record.reviewed_by = name;
            Ok(())
        });
    }

    /// Records when a system's classification was last reviewed, from a date input's text.
    pub fn set_eu_reviewed_on(&self, system_id: &str, text: &str) {
        let date = match date_from_input(text) {
            Ok(date) => date,
            Err(error) => {
                self.report_error(format!("The review date was not changed: {error}."));
                return;
            }
        };
        self.edit_eu_ai_act(system_id, |record| {
            record.reviewed_on = date;
            Ok(())
        });
    }
}
