//! The baseline of the compare page: another stored assessment or a chosen file, read beside
//! the open assessment without replacing or storing anything, and the comparison's CSV export.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::catalog_text::CatalogText;
use crate::domain::compare::changes;
use crate::domain::date::IsoDate;
use crate::io::csv_compare::compare_csv;
use crate::io::json;
use crate::io::library::{stored_name_and_time, IndexEntry};
use crate::platform::{clock, storage, upload};
use crate::state::catalog_text::{load_catalog_text, TextState};
use crate::state::export::export_stem;
use crate::state::library::{list_assessments, open_id};
use crate::state::notices::Spot;
use crate::state::persistence::assessment_key;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the baseline stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Baseline {
    /// A file or stored assessment is being read.
    Reading(String),
    /// The baseline, with where it came from ("file q3.json", "stored assessment 2026 Q1").
    Ready {
        source: String,
        /// When the baseline was saved or exported (an ISO date), empty when the file does
        /// not say.
        saved_on: String,
        assessment: Box<Assessment>,
    },
    /// It could not be read; the message says why and where.
    Failed(String),
}

/// State of the compare page: the baseline, kept in memory only.
#[derive(Clone, Copy)]
pub struct BaselineState {
    pub baseline: RwSignal<Option<Baseline>>,
}

impl BaselineState {
    pub fn new() -> BaselineState {
        BaselineState {
            baseline: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> BaselineState {
        use_context::<BaselineState>().expect("BaselineState is provided by App")
    }

    /// The other assessments stored in this browser (not the open one), for the choice of a
    /// baseline. Storage that cannot be read lists none and says so.
    pub fn stored_choices(&self, state: AppState) -> Vec<IndexEntry> {
        let open = open_id(state);
        match list_assessments() {
            Ok(entries) => entries
                .into_iter()
                .filter(|entry| Some(&entry.id) != open.as_ref())
                .collect(),
            Err(error) => {
                state.report_error(format!(
                    "The stored assessments could not be listed: {error}."
                ));
                Vec::new()
            }
        }
    }

    /// Reads a stored assessment as the baseline.
    pub fn use_stored(&self, id: &str, name: &str) {
        let source = format!("stored assessment “{name}”");
        let outcome = match storage::read(&assessment_key(id)) {
            Ok(Some(text)) => decode(&text, source),
            Ok(None) => Baseline::Failed(format!("The {source} is no longer stored.")),
            Err(error) => Baseline::Failed(format!("The {source} could not be read: {error}.")),
        };
        self.baseline.set(Some(outcome));
    }

    /// Reads a chosen JSON export as the baseline.
    pub fn use_file(&self, file: upload::PickedFile) {
        let baseline = self.baseline;
        baseline.set(Some(Baseline::Reading(file.name())));
        leptos::task::spawn_local(async move {
            let outcome = match upload::read_text(&file).await {
                Ok(chosen) => decode(&chosen.text, format!("file {}", chosen.name)),
                Err(error) => Baseline::Failed(error.to_string()),
            };
            baseline.set(Some(outcome));
        });
    }

    /// Puts the baseline away.
    pub fn clear(&self) {
        self.baseline.set(None);
    }

    /// Offers the comparison as a CSV file with the question wording, which is loaded first
    /// when no page has needed it yet. Without it (offline), the file names the questions by
    /// ID only.
    pub fn export_csv(&self, state: AppState) {
        let this = *self;
        let loaded = state.catalog_text.with_untracked(|text| match text {
            TextState::Ready(text) => Some(text.clone()),
            _ => None,
        });
        match loaded {
            Some(text) => this.write_csv(state, Some(&text)),
            None => leptos::task::spawn_local(async move {
                match load_catalog_text().await {
                    Ok(text) => {
                        let text = Arc::new(text);
                        state.catalog_text.set(TextState::Ready(text.clone()));
                        this.write_csv(state, Some(&text));
                    }
                    Err(error) => {
                        state.inform_at(Spot::Compare, format!(
                            "The question wording could not be loaded ({error}); the CSV file has the question IDs only."
                        ));
                        this.write_csv(state, None);
                    }
                }
            }),
        }
    }

    fn write_csv(&self, state: AppState, wording: Option<&CatalogText>) {
        let text = self.baseline.with_untracked(|baseline| match baseline {
            Some(Baseline::Ready { assessment, .. }) => {
                Ok(state.assessment.with_untracked(|current| {
                    compare_csv(catalog(), &changes(catalog(), assessment, current), wording)
                }))
            }
            _ => Err("there is no baseline to compare with".to_owned()),
        });
        let stem = state.assessment.with_untracked(|a| export_stem(&a.name));
        let filename = format!("{stem}-comparison-{}.csv", clock::today_text());
        state.offer(Spot::Compare, filename, "text/csv;charset=utf-8", text);
    }
}

impl Default for BaselineState {
    fn default() -> Self {
        BaselineState::new()
    }
}

/// Decodes a baseline through the same path as every import (limits, migration, checks).
fn decode(text: &str, source: String) -> Baseline {
    match json::decode(text, catalog()) {
        Ok(validated) => Baseline::Ready {
            source,
            saved_on: stored_name_and_time(text)
                .and_then(|(_, saved_at)| saved_at.get(..10)?.parse::<IsoDate>().ok())
                .map(|date| date.to_string())
                .unwrap_or_default(),
            assessment: Box::new(validated.assessment),
        },
        Err(error) => Baseline::Failed(format!(
            "The {source} cannot be used as a baseline: {error}"
        )),
    }
}
