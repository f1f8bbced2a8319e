//! The Data page's OSCAL exports: the catalog, the SoA as a profile, the assessment results and
//! the plan of action and milestones, each written by `io::oscal` and offered as a download.
//!
//! The catalog's prose is loaded first when no page has needed it yet; without it (offline),
//! the catalog is written with its structure and question IDs only, and the user is told.

use crate::domain::catalog::{catalog, CATALOG_VERSION};
use crate::domain::catalog_text::CatalogText;
use crate::io::oscal::catalog::catalog_model;
use crate::io::oscal::poam::poam_model;
use crate::io::oscal::profile::profile_model;
use crate::io::oscal::results::results_model;
use crate::io::oscal::{catalog_file_name, to_json, Context};
use crate::platform::{clock, random};
use crate::state::catalog_text::{load_catalog_text, TextState};
use crate::state::export::export_stem;
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// The media type OSCAL gives its JSON files.
const OSCAL_JSON: &str = "application/json";

/// A context for one export: now, and a fresh random seed for the UUIDs.
fn context() -> Result<Context, String> {
    Context::new(&clock::now_iso(), random::seed()).map_err(|error| error.to_string())
}

impl AppState {
    /// The file name of an assessment's OSCAL model, such as
    /// `baseline-oscal-profile-2026-12-07.json`.
    fn oscal_file_name(&self, model: &str) -> String {
        let stem = self
            .assessment
            .with_untracked(|assessment| export_stem(&assessment.name));
        format!("{stem}-oscal-{model}-{}.json", clock::today_text())
    }

    /// Offers the catalog (clause items and Annex A controls) as OSCAL, with its prose.
    pub fn export_oscal_catalog(&self) {
        let state = *self;
        let loaded = self.catalog_text.with_untracked(|text| match text {
            TextState::Ready(text) => Some(text.clone()),
            _ => None,
        });
        match loaded {
            Some(text) => state.write_oscal_catalog(Some(&text)),
            None => leptos::task::spawn_local(async move {
                match load_catalog_text().await {
                    Ok(text) => {
                        let text = Arc::new(text);
                        state.catalog_text.set(TextState::Ready(text.clone()));
                        state.write_oscal_catalog(Some(&text));
                    }
                    Err(error) => {
                        state.inform_at(Spot::Export, format!(
                            "The catalog's wording could not be loaded ({error}); the OSCAL catalog has none."
                        ));
                        state.write_oscal_catalog(None);
                    }
                }
            }),
        }
    }

    fn write_oscal_catalog(&self, text: Option<&CatalogText>) {
        let json = context().map(|context| to_json(&catalog_model(catalog(), text, &context)));
        self.offer(
            Spot::Export,
            catalog_file_name(CATALOG_VERSION),
            OSCAL_JSON,
            json,
        );
    }

    /// Offers the Statement of Applicability as an OSCAL profile of the catalog.
    pub fn export_oscal_profile(&self) {
        let json = context().map(|context| {
            self.assessment.with_untracked(|assessment| {
                to_json(&profile_model(catalog(), assessment, &context))
            })
        });
        self.offer(
            Spot::Export,
            self.oscal_file_name("profile"),
            OSCAL_JSON,
            json,
        );
    }

    /// Offers the items' statuses, answers, evidence and the check's findings as OSCAL
    /// assessment results.
    pub fn export_oscal_results(&self) {
        let json = context().map(|context| {
            self.assessment.with_untracked(|assessment| {
                to_json(&results_model(
                    catalog(),
                    assessment,
                    clock::today(),
                    &context,
                ))
            })
        });
        self.offer(
            Spot::Export,
            self.oscal_file_name("assessment-results"),
            OSCAL_JSON,
            json,
        );
    }

    /// Offers the open actions of the action plan as an OSCAL plan of action and milestones.
    pub fn export_oscal_poam(&self) {
        let json = context().and_then(|context| {
            self.planned.with_untracked(|actions| {
                self.assessment.with_untracked(|assessment| {
                    poam_model(catalog(), assessment, actions, &context)
                        .map(|poam| to_json(&poam))
                        .map_err(|error| error.to_string())
                })
            })
        });
        self.offer(Spot::Export, self.oscal_file_name("poam"), OSCAL_JSON, json);
    }
}
