//! Merging an imported file into the open assessment: the "last export" copy kept when a JSON
//! file is exported, the plan of differences shown before anything changes, and applying the
//! user's choices with "Undo".
//!
//! The rules (what differs, which side changed, defaults, the result) are `domain::merge`; this
//! module finds the common ancestor in storage and runs the named actions.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::merge::{self, Difference, Keep};
use crate::io::json::{self, Layout};
use crate::io::snapshot;
use crate::platform::storage;
use crate::state::app_state::AppState;
use crate::state::import::{ImportKind, ImportStep};
use crate::state::library::{open_id, DataState, Undo};
use crate::state::notices::Spot;
use crate::state::persistence::{self, KEY_PREFIX};
use leptos::prelude::*;

/// The storage key of the copy of an assessment's last JSON export.
pub fn last_export_key(id: &str) -> String {
    format!("{KEY_PREFIX}last-export/{id}")
}

/// Keeps `assessment`, as just exported at `exported_at`, as the open assessment's last export.
/// Only that one key is written; on failure the assessment and its stored copy are untouched,
/// and the error says why in plain words.
pub fn keep_last_export(
    state: AppState,
    assessment: &Assessment,
    exported_at: &str,
) -> Result<(), String> {
    let id = open_id(state).ok_or_else(|| "this browser's storage cannot be used".to_owned())?;
    storage::write(
        &last_export_key(&id),
        &snapshot::encode(assessment, exported_at),
    )
    .map_err(|error| error.to_string())
}

/// Removes every kept last-export copy (of every assessment) and returns how many went; used
/// when storage is full, since the assessments themselves matter more.
pub fn drop_last_exports() -> usize {
    let prefix = last_export_key("");
    storage::keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|key| key.starts_with(&prefix))
        .filter(|key| storage::remove(key).is_ok())
        .count()
}

/// What the merge preview says about the common ancestor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ancestor {
    /// The last export of the open assessment, made at this time (as people read it), is the
    /// common ancestor.
    LastExport(String),
    /// There is none; the text says why, as a sentence.
    None(String),
}

/// A file being merged: what differs and how the preview introduces it.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePlan {
    pub file_name: String,
    /// The file's assessment.
    pub incoming: Assessment,
    pub differences: Vec<Difference>,
    pub ancestor: Ancestor,
}

/// The open assessment's last export, if it can serve as the common ancestor of a file
/// exported at `file_exported_at`, or why not.
fn find_ancestor(
    state: AppState,
    file_exported_at: Option<&str>,
) -> Result<(Assessment, String), String> {
    let id = open_id(state).ok_or_else(|| {
        "This browser's storage cannot be used, so no copy of your last export is kept.".to_owned()
    })?;
    let text = match storage::read(&last_export_key(&id)) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Err("No copy of an export of this assessment is kept in this browser (it is kept from your next JSON export on).".to_owned())
        }
        Err(error) => return Err(format!("The copy of your last export could not be read: {error}.")),
    };
    let kept = snapshot::decode(&text, catalog())
        .map_err(|error| format!("The copy of your last export could not be read: {error}."))?;
    let file_at = file_exported_at.unwrap_or_default();
    match snapshot::is_ancestor_time(&kept.exported_at, file_at) {
        Some(true) => Ok((kept.assessment, snapshot::readable_time(&kept.exported_at))),
        Some(false) => Err(format!(
            "Your last export ({}) was made after this file ({}), so it cannot be what the file started from.",
            snapshot::readable_time(&kept.exported_at),
            snapshot::readable_time(file_at)
        )),
        None => Err("The file's export time cannot be read.".to_owned()),
    }
}

impl DataState {
    /// Turns the previewed JSON file into a merge plan: the differences with the open
    /// assessment, with sides told against the last export where it can serve.
    pub fn start_merge(&self, state: AppState) {
        let ImportStep::Ready(preview) = self.import.get_untracked() else {
            return;
        };
        if preview.kind != ImportKind::Assessment {
            return;
        }
        let ancestor = find_ancestor(state, preview.exported_at.as_deref());
        let differences = state.assessment.with_untracked(|current| {
            let base = ancestor.as_ref().ok().map(|(base, _)| base);
            merge::differences(current, &preview.incoming, base)
        });
        let ancestor = match ancestor {
            Ok((_, at)) => Ancestor::LastExport(at),
            Err(why) => Ancestor::None(why),
        };
        self.import.set(ImportStep::Merging(Box::new(MergePlan {
            file_name: preview.file_name,
            incoming: preview.incoming,
            differences,
            ancestor,
        })));
    }

    /// Applies the chosen side of every difference to the open assessment, after checking
    /// that the result reads back as a valid file; "Undo" restores the assessment as it was.
    pub fn confirm_merge(&self, state: AppState, choices: &[Keep]) {
        let ImportStep::Merging(plan) = self.import.get_untracked() else {
            return;
        };
        let count = merge::taken(choices);
        if count == 0 {
            state.inform_at(
                Spot::Import,
                "Nothing to merge: every difference keeps yours. Choose \"Take the file's\" where you want the file's, or Cancel.",
            );
            return;
        }
        let previous = state.assessment.get_untracked();
        let merged = merge::apply(&previous, &plan.incoming, &plan.differences, choices);
        // Each part comes from a valid assessment, but together they could break a limit: the
        // merged assessment must read back as a file before it replaces anything.
        let text = json::encode(&merged, "2000-01-01T00:00:00.000Z", Layout::Compact);
        if let Err(error) = json::decode(&text, catalog()) {
            state.report_error_at(
                Spot::Import,
                format!("The merged assessment would not be valid ({error}). Nothing was changed."),
            );
            return;
        }
        self.import.set(ImportStep::Idle);
        state.replace_assessment(merged);
        persistence::save_now(state);
        self.refresh(state);
        let changes = if count == 1 { "change" } else { "changes" };
        self.undo.set(Some((
            format!("Merged {count} {changes} from \"{}\".", plan.file_name),
            Undo::Replaced {
                previous: Box::new(previous),
            },
        )));
    }
}
