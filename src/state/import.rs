//! Importing a file: read it, show what it holds and what it would change, and apply it only when the user confirms.
//!
//! A file goes raw text -> `io` (migrate, validate) -> a `Preview` the user reads. Nothing in
//! the assessment or in storage changes until "Replace current assessment" or "Import as new
//! assessment", and both can be undone.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::compare::{compare, Comparison};
use crate::domain::scoring::Summary;
use crate::io::{json, ImportWarning};
use crate::platform::perf::measure;
use crate::platform::upload;
use crate::state::app_state::AppState;
use crate::state::library::DataState;
use crate::state::notices::Spot;
use leptos::prelude::*;

/// What kind of file was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// A whole assessment (JSON).
    Assessment,
    /// The answers CSV: answers and item details only.
    AnswersCsv,
}

/// What a chosen file holds and what it would change, shown before anything is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub file_name: String,
    pub kind: ImportKind,
    /// The assessment as it would replace the open one.
    pub incoming: Assessment,
    pub warnings: Vec<ImportWarning>,
    pub comparison: Comparison,
    pub readiness_now: u32,
    pub readiness_after: u32,
    pub answered: usize,
    pub decisions: usize,
    /// Whether the file says it is an anonymised copy.
    pub anonymised: bool,
    /// For a CSV: how many items it has rows for.
    pub items_in_file: usize,
    /// For a JSON file: when it says it was exported (read before migration; `None` when the
    /// file has no such text).
    pub exported_at: Option<String>,
    /// The file's text, kept to read a CSV again onto an empty assessment for "Import as new".
    text: String,
}

/// Where the import is.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportStep {
    Idle,
    Reading(String),
    Failed {
        file_name: String,
        message: String,
    },
    Ready(Box<Preview>),
    /// The file is being merged into the open assessment: the differences to choose from.
    Merging(Box<crate::state::merge::MergePlan>),
}

/// Whether a file is a CSV, by its name or, failing that, by its first character.
fn is_csv(file_name: &str, text: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".csv") {
        return true;
    }
    if lower.ends_with(".json") {
        return false;
    }
    !text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

/// The name given to an assessment made from a CSV file: the file's name without extension.
fn name_from_file(file_name: &str) -> String {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    if stem.trim().is_empty() {
        "Imported answers".to_owned()
    } else {
        stem.trim().to_owned()
    }
}

/// What `read_file` gives: the kind, the assessment, its warnings, whether it is anonymised,
/// the CSV's item count and the JSON file's export time.
type ReadFile = (
    ImportKind,
    Assessment,
    Vec<ImportWarning>,
    bool,
    usize,
    Option<String>,
);

/// Reads a file onto `base` (CSV files carry answers only; JSON files a whole assessment).
fn read_file(file_name: &str, text: &str, base: &Assessment) -> Result<ReadFile, String> {
    if is_csv(file_name, text) {
        let imported = crate::io::csv_answers::read_answers_csv(text, catalog(), base)
            .map_err(|error| error.to_string())?;
        Ok((
            ImportKind::AnswersCsv,
            imported.assessment,
            imported.warnings,
            false,
            imported.items_in_file,
            None,
        ))
    } else {
        // Timed in two halves: the JSON syntax alone (comparable with the browser's
        // JSON.parse) and the migration and checks that build the assessment.
        let raw = measure("aims-assess:parse", || json::parse_text(text))
            .map_err(|error| error.to_string())?;
        let exported_at = crate::io::snapshot::exported_at(&raw);
        let validated = measure("aims-assess:read", || json::decode_parsed(raw, catalog()))
            .map_err(|error| error.to_string())?;
        Ok((
            ImportKind::Assessment,
            validated.assessment,
            validated.warnings,
            validated.anonymised,
            0,
            exported_at,
        ))
    }
}

/// Reads a file and compares it with the open assessment. Pure: no signal, no storage.
pub fn build_preview(
    file_name: &str,
    text: String,
    current: &Assessment,
) -> Result<Preview, String> {
    let (kind, incoming, warnings, anonymised, items_in_file, exported_at) =
        read_file(file_name, &text, current)?;
    let readiness = |assessment: &Assessment| {
        Summary::compute(catalog(), assessment)
            .overall
            .percent()
            .unwrap_or(0)
    };
    Ok(Preview {
        file_name: file_name.to_owned(),
        kind,
        comparison: compare(catalog(), current, &incoming),
        readiness_now: readiness(current),
        readiness_after: readiness(&incoming),
        answered: incoming.items.values().map(|r| r.answers.len()).sum(),
        decisions: incoming.soa.decisions.len(),
        incoming,
        warnings,
        anonymised,
        items_in_file,
        exported_at,
        text,
    })
}

impl DataState {
    /// Reads the file chosen in the "Import file" input and shows its preview (or why it
    /// cannot be imported).
    pub fn choose_file(&self, state: AppState, file: upload::PickedFile) {
        let data = *self;
        let file_name = file.name();
        data.import.set(ImportStep::Reading(file_name.clone()));
        leptos::task::spawn_local(async move {
            let step = match upload::read_text(&file).await {
                Err(error) => ImportStep::Failed {
                    file_name,
                    message: error.to_string(),
                },
                Ok(chosen) => {
                    let outcome = state.assessment.with_untracked(|current| {
                        build_preview(&chosen.name, chosen.text, current)
                    });
                    // A file that is not all UTF-8 is read all the same, and the preview says
                    // where it stops being so.
                    let outcome = outcome.map(|mut preview| {
                        preview.warnings.splice(0..0, chosen.encoding_warning);
                        preview
                    });
                    match outcome {
                        Ok(preview) => ImportStep::Ready(Box::new(preview)),
                        Err(message) => ImportStep::Failed {
                            file_name: chosen.name,
                            message,
                        },
                    }
                }
            };
            data.import.set(step);
        });
    }

    /// Applies the previewed file to the open assessment.
    pub fn confirm_replace(&self, state: AppState) {
        let ImportStep::Ready(preview) = self.import.get_untracked() else {
            return;
        };
        self.import.set(ImportStep::Idle);
        self.import_replace(state, preview.incoming);
    }

    /// Stores the previewed file as a new assessment. A CSV is read again onto an empty
    /// assessment, so the new one holds only what the file says.
    pub fn confirm_new(&self, state: AppState) {
        let ImportStep::Ready(preview) = self.import.get_untracked() else {
            return;
        };
        let incoming = match preview.kind {
            ImportKind::Assessment => Ok(preview.incoming),
            ImportKind::AnswersCsv => {
                let empty = Assessment::named(name_from_file(&preview.file_name));
                read_file(&preview.file_name, &preview.text, &empty).map(|read| read.1)
            }
        };
        match incoming {
            Ok(incoming) => {
                self.import.set(ImportStep::Idle);
                self.import_new(state, incoming);
            }
            Err(message) => self.import.set(ImportStep::Failed {
                file_name: preview.file_name,
                message,
            }),
        }
    }

    /// Drops the preview; nothing was changed.
    pub fn cancel_import(&self, state: AppState) {
        self.import.set(ImportStep::Idle);
        state.inform_at(Spot::Import, "Import cancelled. Nothing was changed.");
    }
}
