//! Several assessments in one browser: listing, opening, creating, renaming, duplicating and
//! deleting them, and undoing the last delete or import. Used by the Data page.
//!
//! Every operation first saves pending edits of the open assessment, never writes over a key
//! it did not create or open, and says what happened through the notice area.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::io::fingerprint;
use crate::io::json::{self, Layout};
use crate::io::library::{self, IndexEntry};
use crate::platform::storage::{self, StorageError};
use crate::platform::{clock, random};
use crate::state::app_state::{AppState, SaveStatus};
use crate::state::import::ImportStep;
use crate::state::notices::Spot;
use crate::state::persistence::{self, assessment_key, id_of_key, CURRENT_KEY, INDEX_KEY};
use leptos::prelude::*;

/// What "Undo" would restore.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// An assessment was deleted: its stored text is written back and opened.
    Deleted { id: String, text: String },
    /// A stored assessment that could not be read was deleted: its text is written back as it
    /// was (and stays unreadable).
    DeletedUnreadable { id: String, text: String },
    /// The open assessment was replaced by an import: the previous content comes back. Boxed,
    /// because an assessment is far larger than the other variants.
    Replaced { previous: Box<Assessment> },
    /// A file was imported as a new assessment: it is deleted and the one open before
    /// reopened.
    ImportedAsNew { id: String, previous_id: String },
}

impl Undo {
    /// Where the offer to undo, and the result of undoing, are shown: beside the controls of
    /// the operation it reverses.
    pub fn spot(&self) -> Spot {
        match self {
            Undo::Deleted { .. } | Undo::DeletedUnreadable { .. } => Spot::Assessments,
            Undo::Replaced { .. } | Undo::ImportedAsNew { .. } => Spot::Import,
        }
    }
}

/// The Data page's own state, provided next to `AppState` by the Data page's root.
#[derive(Clone, Copy)]
pub struct DataState {
    /// The assessments stored in this browser, in the index's order.
    pub library: RwSignal<Vec<IndexEntry>>,
    /// The last undoable operation and the sentence that describes it.
    pub undo: RwSignal<Option<(String, Undo)>>,
    /// The file being imported, if any.
    pub import: RwSignal<ImportStep>,
    /// The IDs of stored assessments that could not be read (still stored), which the list
    /// offers to download or delete instead of opening.
    pub unreadable: RwSignal<Vec<String>>,
}

impl Default for DataState {
    fn default() -> Self {
        DataState::new()
    }
}

impl DataState {
    /// Creates the state; the list of assessments is read when the Data page is shown
    /// (`refresh`), not at start.
    pub fn new() -> DataState {
        DataState {
            library: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            import: RwSignal::new(ImportStep::Idle),
            unreadable: RwSignal::new(Vec::new()),
        }
    }

    /// The state provided by the Data page's root.
    pub fn expect() -> DataState {
        use_context::<DataState>().expect("DataState is provided by App")
    }

    /// The message of the undo notice beside the controls of `spot`, while the last delete or
    /// import there can be undone.
    pub fn undo_message(&self, spot: Spot) -> Option<String> {
        self.undo.with(|undo| {
            undo.as_ref()
                .filter(|(_, undo)| undo.spot() == spot)
                .map(|(message, _)| message.clone())
        })
    }

    /// Reads the list of assessments again (after a change here or in another tab).
    pub fn refresh(&self, state: AppState) {
        match list_assessments() {
            Ok(mut entries) => {
                // A new assessment is stored at its first edit; until then it is still listed.
                if let Some(id) = open_id(state) {
                    if !entries.iter().any(|entry| entry.id == id) {
                        entries.push(IndexEntry {
                            id,
                            name: state.assessment.with_untracked(|a| a.name.clone()),
                            updated_at: String::new(),
                        });
                    }
                }
                self.library.set(entries);
                self.unreadable.set(persistence::unreadable_ids());
            }
            Err(error) => state.report_error_at(
                Spot::Assessments,
                format!("The list of assessments could not be read: {error}."),
            ),
        }
    }
}

/// The assessments stored in this browser: the index reconciled with the stored keys. Names
/// and save times come from the documents themselves, which are the truth; the index gives
/// the order and stands in for a document that cannot be read.
pub fn list_assessments() -> Result<Vec<IndexEntry>, StorageError> {
    let index = storage::read(INDEX_KEY)?
        .and_then(|text| library::parse_index(&text).ok())
        .unwrap_or_default();
    let stored_ids: Vec<String> = storage::keys()?
        .iter()
        .filter_map(|key| id_of_key(key).map(str::to_owned))
        .collect();
    let mut entries = library::reconcile(&index, &stored_ids, |id| {
        format!("Unreadable assessment {id}")
    });
    for entry in &mut entries {
        if let Some((name, saved_at)) = stored_name_and_time(&entry.id) {
            entry.name = name;
            entry.updated_at = saved_at;
        }
    }
    Ok(entries)
}

/// The name and save time inside a stored document, read without validating the rest.
fn stored_name_and_time(id: &str) -> Option<(String, String)> {
    let text = storage::read(&assessment_key(id)).ok()??;
    library::stored_name_and_time(&text)
}

/// The ID of the open assessment, if it is stored.
pub fn open_id(state: AppState) -> Option<String> {
    state
        .persistence
        .with_value(|p| p.key.as_deref().and_then(id_of_key).map(str::to_owned))
}

/// Refuses to leave the open assessment while its latest edits could be lost, and says why
/// beside the controls of `spot`.
fn can_leave(state: AppState, spot: Spot) -> bool {
    match state.save_status.get_untracked() {
        SaveStatus::Pending => {
            persistence::save_now(state);
            if state.save_status.get_untracked() == SaveStatus::Saved {
                return true;
            }
        }
        SaveStatus::Saved => return true,
        SaveStatus::MemoryOnly => {
            state.report_error_at(
                spot,
                "This browser's storage cannot be used, so assessments cannot be switched. \
                 Export this one first.",
            );
            return false;
        }
        SaveStatus::Failed(_) | SaveStatus::Conflict => {}
    }
    state.report_error_at(
        spot,
        "The open assessment has changes that are not saved yet. Resolve the problem shown \
         above (or export the assessment) before switching, so nothing is lost.",
    );
    false
}

/// Writes an assessment under a new ID and records it in the index. Returns the ID.
fn store_new(assessment: &Assessment) -> Result<String, String> {
    let id = random::new_id();
    let now = clock::now_iso();
    let text = json::encode(assessment, &now, Layout::Compact);
    let key = assessment_key(&id);
    // A fresh random ID is never in use; checking anyway keeps the promise of never writing
    // over a key this tab did not create.
    if storage::read(&key).map_err(|e| e.to_string())?.is_some() {
        return Err("an assessment with the same ID already exists; try again".into());
    }
    storage::write(&key, &text).map_err(|e| e.to_string())?;
    persistence::note_in_index(&id, &assessment.name, &now);
    Ok(id)
}

/// Opens a stored assessment in this tab and makes it the one opened next time; its warnings
/// are shown beside the controls of `spot`.
fn open_stored(state: AppState, id: &str, spot: Spot) -> Result<(), String> {
    let key = assessment_key(id);
    let text = storage::read(&key)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "it is no longer stored in this browser".to_owned())?;
    let validated = json::decode(&text, catalog()).map_err(|e| e.to_string())?;
    storage::write(CURRENT_KEY, id).map_err(|e| e.to_string())?;
    state.assessment.set(validated.assessment);
    state.persistence.update_value(|p| {
        p.key = Some(key);
        p.last_known = Some(fingerprint(&text));
        p.in_conflict = false;
        p.base_text = Some(text);
    });
    state.save_status.set(SaveStatus::Saved);
    for warning in validated.warnings {
        state.inform_at(spot, warning.to_string());
    }
    Ok(())
}

impl DataState {
    /// Switches this tab to another stored assessment.
    pub fn open(&self, state: AppState, id: &str) {
        if !can_leave(state, Spot::Assessments) {
            return;
        }
        match open_stored(state, id, Spot::Assessments) {
            Ok(()) => {
                let name = state.assessment.with_untracked(|a| a.name.clone());
                state.inform_at(Spot::Assessments, format!("Opened \"{name}\"."));
            }
            Err(error) => {
                // A stored copy that cannot be read is offered for download or deletion.
                if matches!(storage::read(&assessment_key(id)), Ok(Some(_))) {
                    persistence::mark_unreadable(id, true);
                }
                state.report_error_at(
                    Spot::Assessments,
                    format!(
                        "That assessment could not be opened: {error}. It is kept as it was; \
                         you can download it or delete it below."
                    ),
                );
            }
        }
        self.refresh(state);
    }

    /// Creates an empty assessment and opens it.
    pub fn create(&self, state: AppState) {
        if !can_leave(state, Spot::Assessments) {
            return;
        }
        let name = library::unique_name(&self.library.get_untracked(), "New assessment");
        self.store_and_open(
            state,
            Assessment::named(name),
            Some("Created"),
            Spot::Assessments,
        );
    }

    /// Stores a copy of the open assessment under a new name and opens the copy.
    pub fn duplicate(&self, state: AppState) {
        if !can_leave(state, Spot::Assessments) {
            return;
        }
        let mut copy = state.assessment.get_untracked();
        copy.name = library::unique_name(
            &self.library.get_untracked(),
            &format!("Copy of {}", copy.name),
        );
        self.store_and_open(
            state,
            copy,
            Some("Duplicated the assessment as"),
            Spot::Assessments,
        );
    }

    fn store_and_open(
        &self,
        state: AppState,
        assessment: Assessment,
        verb: Option<&str>,
        spot: Spot,
    ) -> Option<String> {
        let name = assessment.name.clone();
        let outcome =
            store_new(&assessment).and_then(|id| open_stored(state, &id, spot).map(|()| id));
        self.refresh(state);
        match outcome {
            Ok(id) => {
                if let Some(verb) = verb {
                    state.inform_at(spot, format!("{verb} \"{name}\". It is now open."));
                }
                Some(id)
            }
            Err(error) => {
                state.report_error_at(
                    spot,
                    format!(
                    "\"{name}\" could not be stored: {error}. The open assessment is unchanged."
                ),
                );
                None
            }
        }
    }

    /// Renames the open assessment.
    pub fn rename(&self, state: AppState, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            state.report_error_at(
                Spot::Assessments,
                "An assessment needs a name; the name was not changed.",
            );
            return;
        }
        state.rename_assessment(name.to_owned());
        persistence::save_now(state);
        self.refresh(state);
    }

    /// Deletes the open assessment (after saving it, so "Undo" restores the latest version)
    /// and opens another one, or a new empty one when it was the last.
    pub fn delete(&self, state: AppState) {
        if !can_leave(state, Spot::Assessments) {
            return;
        }
        let Some(id) = open_id(state) else { return };
        let key = assessment_key(&id);
        let text = match storage::read(&key) {
            Ok(Some(text)) => text,
            Ok(None) => String::new(),
            Err(error) => {
                state.report_error_at(
                    Spot::Assessments,
                    format!("The assessment was not deleted: {error}."),
                );
                return;
            }
        };
        let name = state.assessment.with_untracked(|a| a.name.clone());
        if let Err(error) = storage::remove(&key) {
            state.report_error_at(
                Spot::Assessments,
                format!("The assessment was not deleted: {error}."),
            );
            return;
        }
        self.refresh(state);
        let next = self
            .library
            .get_untracked()
            .first()
            .map(|entry| entry.id.clone());
        let opened = next.is_some_and(|next| open_stored(state, &next, Spot::Assessments).is_ok());
        if !opened {
            let fresh = library::unique_name(&self.library.get_untracked(), "New assessment");
            self.store_and_open(
                state,
                Assessment::named(fresh),
                Some("Created"),
                Spot::Assessments,
            );
        }
        self.refresh(state);
        let now_open = state.assessment.with_untracked(|a| a.name.clone());
        self.undo.set(Some((
            format!("Deleted \"{name}\". \"{now_open}\" is open now."),
            Undo::Deleted { id, text },
        )));
    }

    /// Offers the stored text of an assessment that could not be read as a download.
    pub fn download_unreadable(&self, state: AppState, id: &str) {
        match storage::read(&assessment_key(id)) {
            Ok(Some(text)) => state.offer(
                Spot::Assessments,
                format!("aims-assess-unreadable-{id}.json"),
                "application/json",
                Ok(text),
            ),
            Ok(None) => state.report_error_at(
                Spot::Assessments,
                "That assessment is no longer stored in this browser.",
            ),
            Err(error) => state.report_error_at(
                Spot::Assessments,
                format!("The stored data could not be read: {error}."),
            ),
        }
    }

    /// Deletes a stored assessment that could not be read, keeping its text for "Undo".
    pub fn delete_unreadable(&self, state: AppState, id: &str, name: &str) {
        let key = assessment_key(id);
        let outcome = storage::read(&key).and_then(|text| {
            storage::remove(&key)?;
            Ok(text)
        });
        match outcome {
            Ok(text) => {
                persistence::mark_unreadable(id, false);
                self.refresh(state);
                if let Some(text) = text {
                    self.undo.set(Some((
                        format!("Deleted the unreadable \"{name}\"."),
                        Undo::DeletedUnreadable {
                            id: id.to_owned(),
                            text,
                        },
                    )));
                }
            }
            Err(error) => state.report_error_at(
                Spot::Assessments,
                format!("The unreadable assessment was not deleted: {error}."),
            ),
        }
    }

    /// Replaces the content of the open assessment with an imported one.
    pub fn import_replace(&self, state: AppState, incoming: Assessment) {
        let previous = state.assessment.get_untracked();
        let name = incoming.name.clone();
        state.replace_assessment(incoming);
        persistence::save_now(state);
        self.refresh(state);
        self.undo.set(Some((
            format!("Replaced the open assessment with the imported \"{name}\"."),
            Undo::Replaced {
                previous: Box::new(previous),
            },
        )));
    }

    /// Stores an imported assessment as a new one and opens it.
    pub fn import_new(&self, state: AppState, mut incoming: Assessment) {
        if !can_leave(state, Spot::Import) {
            return;
        }
        let Some(previous_id) = open_id(state) else {
            return;
        };
        incoming.name = library::imported_name(
            &self.library.get_untracked(),
            &incoming.name,
            &clock::today_text(),
        );
        // The offer to undo says what happened; no second notice repeats it.
        if let Some(id) = self.store_and_open(state, incoming, None, Spot::Import) {
            let name = state.assessment.with_untracked(|a| a.name.clone());
            self.undo.set(Some((
                format!("Imported \"{name}\" as a new assessment."),
                Undo::ImportedAsNew { id, previous_id },
            )));
        }
    }

    /// Reverses the last delete or import.
    pub fn undo(&self, state: AppState) {
        let Some((_, undo)) = self.undo.get_untracked() else {
            return;
        };
        let spot = undo.spot();
        let outcome = match undo {
            Undo::Deleted { id, text } => restore_deleted(state, &id, &text),
            Undo::DeletedUnreadable { id, text } => restore_unreadable(&id, &text),
            Undo::Replaced { previous } => {
                state.replace_assessment(*previous);
                persistence::save_now(state);
                Ok(())
            }
            Undo::ImportedAsNew { id, previous_id } => {
                if can_leave(state, spot) {
                    storage::remove(&assessment_key(&id))
                        .map_err(|e| e.to_string())
                        .and_then(|()| open_stored(state, &previous_id, spot))
                } else {
                    Err("the imported assessment has unsaved changes".to_owned())
                }
            }
        };
        self.refresh(state);
        match outcome {
            Ok(()) => {
                self.undo.set(None);
                let name = state.assessment.with_untracked(|a| a.name.clone());
                state.inform_at(spot, format!("Undone. \"{name}\" is open."));
                self.refresh(state);
            }
            Err(error) => {
                state.report_error_at(spot, format!("That could not be undone: {error}."))
            }
        }
    }
}

/// Writes a deleted unreadable assessment back under its ID, as it was, unless something new
/// took the key.
fn restore_unreadable(id: &str, text: &str) -> Result<(), String> {
    let key = assessment_key(id);
    if storage::read(&key).map_err(|e| e.to_string())?.is_some() {
        return Err("another assessment is stored under its ID now".to_owned());
    }
    storage::write(&key, text).map_err(|e| e.to_string())?;
    persistence::mark_unreadable(id, true);
    Ok(())
}

/// Writes a deleted assessment back under its ID (unless something new took the key) and
/// opens it.
fn restore_deleted(state: AppState, id: &str, text: &str) -> Result<(), String> {
    if !can_leave(state, Spot::Assessments) {
        return Err("the open assessment has unsaved changes".to_owned());
    }
    if text.is_empty() {
        return Err("it had never been saved".to_owned());
    }
    let key = assessment_key(id);
    if storage::read(&key).map_err(|e| e.to_string())?.is_some() {
        return Err("another assessment is stored under its ID now".to_owned());
    }
    storage::write(&key, text).map_err(|e| e.to_string())?;
    open_stored(state, id, Spot::Assessments)
}
