//! The Data page's exports: the assessment as JSON (complete or anonymised) and the answers
//! as CSV, each offered as a download named after the assessment and the date.

use crate::domain::anonymise::anonymise;
use crate::domain::catalog::catalog;
use crate::domain::catalog_text::CatalogText;
use crate::io::csv_answers::answers_csv;
use crate::io::json::{encode_file, Layout};
use crate::platform::{clock, download};
use crate::state::catalog_text::{load_catalog_text, TextState};
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// A file name made of safe characters only: letters (in lower case) and digits of the
/// assessment's name, with everything else turned into single hyphens.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for character in name.chars() {
        if character.is_alphanumeric() {
            stem.extend(character.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}

impl AppState {
    /// Offers a file for download and says how it went beside the controls of `spot`.
    pub(crate) fn offer(
        &self,
        spot: Spot,
        filename: String,
        media_type: &str,
        text: Result<String, String>,
    ) {
        let outcome = text.and_then(|text| {
            download::download_text(&filename, media_type, &text).map_err(|e| e.to_string())
        });
        match outcome {
            Ok(()) => self.inform_at(spot, format!("Exported {filename}.")),
            Err(error) => {
                self.report_error_at(spot, format!("{filename} could not be exported: {error}."))
            }
        }
    }

    /// Offers the open assessment as a JSON file; `anonymised` removes names and free text.
    pub fn export_json(&self, anonymised: bool) {
        let (stem, text) = self.assessment.with(|assessment| {
            let now = clock::now_iso();
            let text = if anonymised {
                encode_file(&anonymise(assessment), &now, Layout::Pretty, true)
            } else {
                encode_file(assessment, &now, Layout::Pretty, false)
            };
            (file_stem(&assessment.name), Ok(text))
        });
        let suffix = if anonymised { "-anonymised" } else { "" };
        let filename = format!("{stem}{suffix}-{}.json", clock::today_text());
        self.offer(Spot::Export, filename, "application/json", text);
    }

    /// Offers the answers as a CSV file with the question wording, which is loaded first when
    /// no page has needed it yet. Without it (offline), the file is written without wording.
    pub fn export_answers_csv(&self) {
        let state = *self;
        let loaded = self.catalog_text.with_untracked(|text| match text {
            TextState::Ready(text) => Some(text.clone()),
            _ => None,
        });
        match loaded {
            Some(text) => state.write_answers_csv(Some(&text)),
            None => leptos::task::spawn_local(async move {
                match load_catalog_text().await {
                    Ok(text) => {
                        let text = Arc::new(text);
                        state.catalog_text.set(TextState::Ready(text.clone()));
                        state.write_answers_csv(Some(&text));
                    }
                    Err(error) => {
                        state.inform_at(Spot::Export, format!(
                            "The question wording could not be loaded ({error}); the CSV file has the question IDs only."
                        ));
                        state.write_answers_csv(None);
                    }
                }
            }),
        }
    }

    fn write_answers_csv(&self, wording: Option<&CatalogText>) {
        let text = self
            .assessment
            .with_untracked(|assessment| answers_csv(catalog(), assessment, wording));
        let stem = self.assessment.with_untracked(|a| file_stem(&a.name));
        let filename = format!("{stem}-answers-{}.csv", clock::today_text());
        self.offer(Spot::Export, filename, "text/csv;charset=utf-8", Ok(text));
    }
}
