//! The Data page's exports: the assessment as JSON (complete or anonymised), the answers as
//! CSV and everything as an .xlsx workbook, each offered as a download named after the
//! assessment and the date.

use crate::domain::anonymise::anonymise;
use crate::domain::catalog::catalog;
use crate::domain::catalog_text::CatalogText;
use crate::io::csv_answers::answers_csv;
use crate::io::json::{encode_file, Layout};
use crate::io::workbook::{workbook, WorkbookSources};
use crate::io::xlsx::write_xlsx;
use crate::platform::{clock, download, timer};
use crate::state::catalog_text::{load_catalog_text, TextState};
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// The media type of an .xlsx workbook.
const XLSX_MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

/// The stem of a file exported on `date`: `file_stem` of the name, without the date at its
/// end when the name already ends with it, so that "Assessment of 2026-12-06" exported that
/// day is `assessment-of-2026-12-06.json`, the date once, not twice.
pub fn stem_without_date(name: &str, date: &str) -> String {
    let stem = file_stem(name);
    match stem
        .strip_suffix(date)
        .and_then(|rest| rest.strip_suffix('-'))
    {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => stem,
    }
}

/// The stem of a file exported today, which every export follows with today's date.
pub fn export_stem(name: &str) -> String {
    stem_without_date(name, &clock::today_text())
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
        self.try_offer(spot, filename, media_type, text);
    }

    /// Like `offer`, and tells whether the browser took the file.
    fn try_offer(
        &self,
        spot: Spot,
        filename: String,
        media_type: &str,
        text: Result<String, String>,
    ) -> bool {
        let outcome = text.and_then(|text| {
            download::download_text(&filename, media_type, &text).map_err(|e| e.to_string())
        });
        match outcome {
            Ok(()) => {
                self.inform_at(spot, format!("Exported {filename}."));
                true
            }
            Err(error) => {
                self.report_error_at(spot, format!("{filename} could not be exported: {error}."));
                false
            }
        }
    }

    /// Offers the open assessment as a JSON file; `anonymised` removes names and free text.
    pub fn export_json(&self, anonymised: bool) {
        let now = clock::now_iso();
        let (stem, text) = self.assessment.with(|assessment| {
            let text = if anonymised {
                encode_file(&anonymise(assessment), &now, Layout::Pretty, true)
            } else {
                encode_file(assessment, &now, Layout::Pretty, false)
            };
            (export_stem(&assessment.name), Ok(text))
        });
        let suffix = if anonymised { "-anonymised" } else { "" };
        let filename = format!("{stem}{suffix}-{}.json", clock::today_text());
        let exported = self.try_offer(Spot::Export, filename.clone(), "application/json", text);
        // A full (not anonymised) export is kept as the "last export", so that merging the
        // file back later can tell which side changed what. Failing to keep it harms nothing,
        // but the user is told what it means.
        if exported && !anonymised {
            let kept = self.assessment.with_untracked(|assessment| {
                crate::state::merge::keep_last_export(*self, assessment, &now)
            });
            if let Err(error) = kept {
                self.inform_at(
                    Spot::Export,
                    format!(
                        "Exported {filename}. A copy of this export could not be kept in this browser ({error}), so when this file comes back, a merge cannot tell which side changed what. Your assessment is not affected."
                    ),
                );
            }
        }
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

    /// Offers the workbook: answers (with the question wording, loaded first when no page has
    /// needed it yet), SoA, risks, impact assessments, action plan and registers, one sheet
    /// each, written in memory by `io::xlsx`.
    pub async fn export_workbook(self) {
        let wording = match self.catalog_text.get_untracked() {
            TextState::Ready(text) => Some(text),
            _ => match load_catalog_text().await {
                Ok(text) => {
                    let text = Arc::new(text);
                    self.catalog_text.set(TextState::Ready(text.clone()));
                    Some(text)
                }
                Err(error) => {
                    self.inform_at(Spot::Export, format!(
                        "The question wording could not be loaded ({error}); the workbook has the question IDs only."
                    ));
                    None
                }
            },
        };
        let (stem, spec) = self.assessment.with_untracked(|assessment| {
            let spec = self.summary.with_untracked(|summary| {
                self.planned.with_untracked(|actions| {
                    workbook(&WorkbookSources {
                        catalog: catalog(),
                        assessment,
                        summary,
                        actions,
                        today: clock::today(),
                        wording: wording.as_deref(),
                    })
                })
            });
            (export_stem(&assessment.name), spec)
        });
        let filename = format!("{stem}-workbook-{}.xlsx", clock::today_text());
        // Writing holds the page's thread; the "Writing the workbook…" status is painted first.
        timer::after_paint().await;
        let outcome = write_xlsx(&spec).and_then(|bytes| {
            download::download_bytes(&filename, XLSX_MEDIA_TYPE, &bytes)
                .map_err(|error| error.to_string())
        });
        match outcome {
            Ok(()) => self.inform_at(Spot::Export, format!("Exported {filename}.")),
            Err(error) => self.report_error_at(
                Spot::Export,
                format!("{filename} could not be exported: {error}."),
            ),
        }
    }

    fn write_answers_csv(&self, wording: Option<&CatalogText>) {
        let text = self
            .assessment
            .with_untracked(|assessment| answers_csv(catalog(), assessment, wording));
        let stem = self.assessment.with_untracked(|a| export_stem(&a.name));
        let filename = format!("{stem}-answers-{}.csv", clock::today_text());
        self.offer(Spot::Export, filename, "text/csv;charset=utf-8", Ok(text));
    }
}
