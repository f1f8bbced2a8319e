//! Persistence: loading the stored assessment once at start (through migration), and the one
//! effect that saves every edit to local storage off the keystroke path.
//!
//! Stored data is never overwritten blindly: unreadable data is left where it is and offered
//! for download, and a copy changed by another tab is only replaced after the user chooses.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::catalog;
use crate::domain::merge::{self, Changed};
use crate::io::fingerprint;
use crate::io::json::{self, Layout};
use crate::platform::storage::{self, StorageError};
use crate::platform::{clock, page, random, timer, timer::Debouncer};
use crate::state::app_state::{AppState, SaveStatus};
use crate::state::notices::{NoticeAction, NoticeKind};
use leptos::prelude::*;
use std::time::Duration;

/// Every key the app writes starts with this, and the `v1` names the layout of the keys, which
/// is separate from the schema version inside each stored document.
pub const KEY_PREFIX: &str = "aims-assess/v1/";

/// Holds the ID of the assessment the user last worked on.
pub const CURRENT_KEY: &str = "aims-assess/v1/current";

/// Holds the index of stored assessments (`io::library`), a cache of their names.
pub const INDEX_KEY: &str = "aims-assess/v1/index";

/// Holds the IDs of stored assessments that could not be read, so that they are offered for
/// download and deletion on every start until the user deletes them.
pub const UNREADABLE_KEY: &str = "aims-assess/v1/unreadable";

/// How long typing must pause before the assessment is saved.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// How often a save that failed (storage full) is tried again.
const RETRY_DELAY: Duration = Duration::from_secs(5);

/// The key under which an assessment is stored.
pub fn assessment_key(id: &str) -> String {
    format!("{KEY_PREFIX}assessment/{id}")
}

/// The ID of the assessment stored under `key`, if it is an assessment key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(KEY_PREFIX)?.strip_prefix("assessment/")
}

/// Records an assessment in the index of assessments. The Data page calls this whenever it
/// creates, renames or imports one; ordinary saves do not, because the list is rebuilt from
/// the stored documents whenever it is read (names and save times come from them). So the
/// index is only a cache, and a failed index write loses nothing and is not reported.
pub fn note_in_index(id: &str, name: &str, saved_at: &str) {
    let mut entries = storage::read(INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|text| crate::io::library::parse_index(&text).ok())
        .unwrap_or_default();
    crate::io::library::record_save(&mut entries, id, name, saved_at);
    if storage::write(INDEX_KEY, &crate::io::library::encode_index(&entries)).is_err() {
        // Deliberately ignored, see above.
    }
}

/// The stored assessments that could not be read and are still stored.
pub fn unreadable_ids() -> Vec<String> {
    let listed = storage::read(UNREADABLE_KEY)
        .ok()
        .flatten()
        .map(|text| crate::io::library::parse_unreadable(&text))
        .unwrap_or_default();
    listed
        .into_iter()
        .filter(|id| matches!(storage::read(&assessment_key(id)), Ok(Some(_))))
        .collect()
}

/// Remembers that the assessment stored under `id` could not be read, or forgets it (deleted,
/// or readable again). Failing to write the list loses nothing: it only decides which notices
/// are shown, so the failure is not reported.
pub fn mark_unreadable(id: &str, unreadable: bool) {
    let mut ids = unreadable_ids();
    ids.retain(|listed| listed != id);
    if unreadable {
        ids.push(id.to_owned());
    }
    if storage::write(UNREADABLE_KEY, &crate::io::library::encode_unreadable(&ids)).is_err() {
        // Deliberately ignored, see above.
    }
}

/// The notice for a stored assessment that could not be read: what happened, that it is kept,
/// and the download of its text.
fn unreadable_notice(
    id: &str,
    text: String,
    what: String,
) -> (NoticeKind, String, Option<NoticeAction>) {
    (
        NoticeKind::Error,
        format!(
            "{what} It is kept exactly as it was until you delete it on the Data page. \
             Download the stored data to keep a copy or to ask for help."
        ),
        Some(NoticeAction::DownloadRaw {
            filename: format!("aims-assess-unreadable-{id}.json"),
            text,
        }),
    )
}

/// The notices for stored assessments found unreadable earlier and still stored, apart from
/// `except`; they repeat on every start until the user deletes them.
fn earlier_unreadable_notices(
    except: Option<&str>,
) -> Vec<(NoticeKind, String, Option<NoticeAction>)> {
    unreadable_ids()
        .into_iter()
        .filter(|id| Some(id.as_str()) != except)
        .filter_map(|id| {
            let text = storage::read(&assessment_key(&id)).ok().flatten()?;
            Some(unreadable_notice(
                &id,
                text,
                format!("An assessment stored in this browser (stored as {id}) cannot be read."),
            ))
        })
        .collect()
}

/// What the persistence layer remembers between saves (not reactive).
#[derive(Debug, Clone, Default)]
pub struct Persistence {
    /// The storage key of the open assessment, or `None` when storage is unavailable.
    pub key: Option<String>,
    /// The fingerprint of the text this tab last read from or wrote to `key` (`None`: the key
    /// did not exist). A different stored text means another tab wrote it.
    pub last_known: Option<u64>,
    /// A conflict with another tab is waiting for the user's decision.
    pub in_conflict: bool,
    /// The stored text this tab last took from storage (loaded, opened or adopted from
    /// another tab), or for an assessment this tab started, its first save. A copy
    /// another tab stores is compared with it: if that copy lacks changes this tab saved
    /// since, the two tabs saved at the same moment, and the user is asked rather than this
    /// tab's changes dropped (`copy_drops_changes_made_here`).
    pub base_text: Option<String>,
}

/// The result of loading at start.
pub struct Loaded {
    pub assessment: Assessment,
    pub persistence: Persistence,
    pub status: SaveStatus,
    pub notices: Vec<(NoticeKind, String, Option<NoticeAction>)>,
}

fn default_name() -> String {
    match clock::today() {
        Some(today) => format!("Assessment of {today}"),
        None => "My assessment".to_owned(),
    }
}

fn memory_only(error: &StorageError) -> Loaded {
    Loaded {
        assessment: Assessment::named(default_name()),
        persistence: Persistence::default(),
        status: SaveStatus::MemoryOnly,
        notices: vec![(
            NoticeKind::Error,
            format!(
                "Your answers cannot be saved in this browser: {error}. They are kept only \
                 while this tab is open, so export them before you close it."
            ),
            None,
        )],
    }
}

/// Picks the assessment to open: the one named by the current-key pointer, or else the newest
/// stored one (IDs start with their creation time).
fn stored_assessment_id() -> Result<Option<String>, StorageError> {
    if let Some(id) = storage::read(CURRENT_KEY)? {
        return Ok(Some(id));
    }
    let prefix = assessment_key("");
    Ok(storage::keys()?
        .into_iter()
        .filter_map(|key| key.strip_prefix(&prefix).map(str::to_owned))
        .max())
}

/// Loads the assessment to work on. Never writes over anything that is already stored.
pub fn load() -> Loaded {
    let stored_id = match stored_assessment_id() {
        Ok(id) => id,
        Err(error) => return memory_only(&error),
    };
    let mut notices = earlier_unreadable_notices(stored_id.as_deref());
    if let Some(id) = stored_id {
        let key = assessment_key(&id);
        match storage::read(&key) {
            Err(error) => return memory_only(&error),
            // The current assessment has not been saved yet: another tab opened on a fresh
            // browser started it a moment ago (or its first edit is still to come). This tab
            // works on the same one rather than starting a second, so tabs opened before
            // anything was saved converge: the first save claims it, and the other tab adopts
            // that copy (or, with edits of its own, asks which version to keep).
            Ok(None) => {
                return Loaded {
                    assessment: Assessment::named(default_name()),
                    persistence: Persistence {
                        key: Some(key),
                        last_known: None,
                        in_conflict: false,
                        base_text: None,
                    },
                    status: SaveStatus::Saved,
                    notices,
                }
            }
            Ok(Some(text)) => match json::decode(&text, catalog()) {
                Ok(validated) => {
                    // Readable again (a newer version of the app reads it): no more notices.
                    if unreadable_ids().contains(&id) {
                        mark_unreadable(&id, false);
                    }
                    for warning in validated.warnings {
                        notices.push((NoticeKind::Info, warning.to_string(), None));
                    }
                    return Loaded {
                        assessment: validated.assessment,
                        persistence: Persistence {
                            key: Some(key),
                            last_known: Some(fingerprint(&text)),
                            in_conflict: false,
                            base_text: Some(text),
                        },
                        status: SaveStatus::Saved,
                        notices,
                    };
                }
                Err(error) => {
                    mark_unreadable(&id, true);
                    notices.push(unreadable_notice(
                        &id,
                        text,
                        format!(
                            "The assessment stored in this browser could not be read: {error}. \
                             A new, empty assessment has been started."
                        ),
                    ));
                }
            },
        }
    }
    start_fresh(notices)
}

/// Starts a new assessment under a new key, pointing the current-key pointer at it.
fn start_fresh(mut notices: Vec<(NoticeKind, String, Option<NoticeAction>)>) -> Loaded {
    let id = random::new_id();
    if let Err(error) = storage::write(CURRENT_KEY, &id) {
        let mut loaded = memory_only(&error);
        notices.append(&mut loaded.notices);
        loaded.notices = notices;
        return loaded;
    }
    Loaded {
        assessment: Assessment::named(default_name()),
        persistence: Persistence {
            key: Some(assessment_key(&id)),
            last_known: None,
            in_conflict: false,
            base_text: None,
        },
        status: SaveStatus::Saved,
        notices,
    }
}

/// Sets up saving: the one persistence effect (debounced after each edit), a final save when
/// the page is hidden, and watching other tabs. Called once by `App`.
pub fn start(state: AppState) {
    let debouncer = Debouncer::new(SAVE_DELAY);
    Effect::new(move |previous: Option<()>| {
        state.edits.track();
        // The first run happens at start, before any edit: nothing to save yet. While a
        // conflict with another tab waits for the user, saving waits too, and the indicator
        // keeps saying so rather than "Saving…".
        let (stored, in_conflict) = state
            .persistence
            .with_value(|p| (p.key.is_some(), p.in_conflict));
        if previous.is_some() && stored && !in_conflict {
            state.save_status.set(SaveStatus::Pending);
            debouncer.schedule(move || save_now(state));
        }
    });
    page::on_page_hide(move || {
        if state.save_status.get_untracked() == SaveStatus::Pending {
            debouncer.cancel();
            save_now(state);
        }
    });
    // A save that failed is tried again now and then, so space freed meanwhile (here or in
    // another tab) is used without the user having to edit again.
    timer::every(RETRY_DELAY, move || {
        if matches!(state.save_status.get_untracked(), SaveStatus::Failed(_)) {
            save_now(state);
        }
    });
    // Leaving while changes are not stored would lose them: the browser asks first.
    page::warn_before_leaving(move || {
        matches!(
            state.save_status.get_untracked(),
            SaveStatus::Failed(_) | SaveStatus::Conflict | SaveStatus::MemoryOnly
        )
    });
    storage::on_change_in_other_tab(move |key| on_other_tab_change(state, key));
}

/// Writes the assessment now, unless another tab changed the stored copy since this tab last
/// saw it; then nothing is written and the user is asked which version to keep.
pub fn save_now(state: AppState) {
    let (key, last_known, in_conflict) = state
        .persistence
        .with_value(|p| (p.key.clone(), p.last_known, p.in_conflict));
    let Some(key) = key else { return };
    if in_conflict {
        return;
    }
    let written_at = clock::now_iso();
    let text = state
        .assessment
        .with_untracked(|assessment| json::encode(assessment, &written_at, Layout::Compact));
    match storage::read(&key) {
        Ok(stored) => {
            if stored.as_deref().map(fingerprint) != last_known {
                enter_conflict(state, Conflict::BothChanged);
                return;
            }
        }
        Err(error) => {
            state.save_status.set(SaveStatus::Failed(error.to_string()));
            return;
        }
    }
    let mut outcome = storage::write(&key, &text);
    // The copies of last exports kept for merging are the first thing to give up when storage
    // is full: the assessment itself comes first.
    if outcome == Err(storage::StorageError::QuotaExceeded)
        && crate::state::merge::drop_last_exports() > 0
    {
        outcome = storage::write(&key, &text);
        if outcome.is_ok() {
            state.inform(
                "Storage was full, so the copies of your last exports kept for merging were removed to make room for your changes. Until you export again, a merge cannot tell which side changed what.",
            );
        }
    }
    match outcome {
        Ok(()) => {
            let written = fingerprint(&text);
            state.persistence.update_value(|p| {
                p.last_known = Some(written);
                // An assessment this tab started: other tabs can only have begun from one of
                // its saves, the first of them at the earliest.
                if p.base_text.is_none() {
                    p.base_text = Some(text);
                }
            });
            if matches!(state.save_status.get_untracked(), SaveStatus::Failed(_)) {
                state.inform("Your changes are saved again: there was room in storage this time.");
            }
            state.save_status.set(SaveStatus::Saved);
        }
        Err(error) => {
            let first_failure = !matches!(state.save_status.get_untracked(), SaveStatus::Failed(_));
            state.save_status.set(SaveStatus::Failed(error.to_string()));
            if first_failure {
                state.report_error(format!(
                    "Your latest changes could not be saved: {error}. The copy saved before \
                     is unchanged. Export your assessment now to keep the latest changes."
                ));
            }
        }
    }
}

/// How this tab's copy and the stored one came apart.
#[derive(Clone, Copy)]
enum Conflict {
    /// Another tab stored changes while this tab had changes of its own not yet saved.
    BothChanged,
    /// Another tab removed the stored copy (this tab may have no changes at all).
    RemovedElsewhere,
    /// Another tab stored a copy at the same moment as this tab saved, without this tab's
    /// changes.
    SavedAtOnce,
}

fn enter_conflict(state: AppState, conflict: Conflict) {
    state.persistence.update_value(|p| p.in_conflict = true);
    state.save_status.set(SaveStatus::Conflict);
    let text = match conflict {
        Conflict::BothChanged => {
            "This assessment was changed in another tab or window while this tab had unsaved \
             changes. Nothing has been overwritten. Choose which version to keep."
        }
        Conflict::SavedAtOnce => {
            "This assessment was changed in another tab or window at the same moment as this \
             tab saved, and the copy now stored lacks changes made here. They are still in this \
             tab. Choose which version to keep."
        }
        Conflict::RemovedElsewhere => {
            "This assessment was removed from storage by another tab or window. This tab still \
             has it: keep this tab's version to store it again, or use the other tab's \
             version to let it go."
        }
    };
    state.notify(
        NoticeKind::Error,
        text.to_owned(),
        Some(NoticeAction::ResolveConflict),
    );
}

/// Another tab changed storage. If it is the open assessment and this tab has no unsaved
/// changes, the newer copy is adopted; with unsaved changes, the user chooses.
fn on_other_tab_change(state: AppState, changed_key: Option<String>) {
    let Some(key) = state.persistence.with_value(|p| p.key.clone()) else {
        return;
    };
    if changed_key.as_deref().is_some_and(|changed| changed != key) {
        return;
    }
    match state.save_status.get_untracked() {
        SaveStatus::Pending | SaveStatus::Failed(_) => enter_conflict(state, Conflict::BothChanged),
        SaveStatus::Conflict | SaveStatus::MemoryOnly => {}
        SaveStatus::Saved if copy_drops_changes_made_here(state) => {
            enter_conflict(state, Conflict::SavedAtOnce);
        }
        SaveStatus::Saved => {
            if adopt_stored_copy(state) {
                state.inform("This assessment was updated with changes made in another tab.");
            }
        }
    }
}

/// Whether the copy another tab just stored lacks changes this tab saved since it last took a
/// copy from storage (or changes them otherwise). Two tabs that save at the same moment can
/// each write over a copy the other never saw; the tab whose changes are missing must then ask
/// instead of taking the other copy in. Read with `domain::merge::differences`, the stored
/// copy this tab last took being the common ancestor.
fn copy_drops_changes_made_here(state: AppState) -> bool {
    let Some((key, Some(base_text))) = state
        .persistence
        .with_value(|p| p.key.clone().map(|key| (key, p.base_text.clone())))
    else {
        return false;
    };
    let Ok(Some(stored)) = storage::read(&key) else {
        return false;
    };
    let (Ok(base), Ok(theirs)) = (
        json::decode(&base_text, catalog()),
        json::decode(&stored, catalog()),
    ) else {
        return false;
    };
    state.assessment.with_untracked(|mine| {
        *mine != base.assessment
            && merge::differences(mine, &theirs.assessment, Some(&base.assessment))
                .iter()
                .any(|difference| matches!(difference.changed, Changed::Here | Changed::Both))
    })
}

/// Replaces the assessment in this tab with the stored copy. Returns whether it did; when the
/// stored copy cannot be read (or was removed), the tab keeps its own and says why.
fn adopt_stored_copy(state: AppState) -> bool {
    let Some(key) = state.persistence.with_value(|p| p.key.clone()) else {
        return false;
    };
    let text = match storage::read(&key) {
        Ok(Some(text)) => text,
        Ok(None) => {
            enter_conflict(state, Conflict::RemovedElsewhere);
            return false;
        }
        Err(error) => {
            state.report_error(format!("The stored assessment could not be read: {error}."));
            return false;
        }
    };
    match json::decode(&text, catalog()) {
        Ok(validated) => {
            state.assessment.set(validated.assessment);
            state.persistence.update_value(|p| {
                p.last_known = Some(fingerprint(&text));
                p.in_conflict = false;
                p.base_text = Some(text);
            });
            state.save_status.set(SaveStatus::Saved);
            true
        }
        Err(error) => {
            state.report_error(format!(
                "Another tab stored a copy of this assessment that cannot be read ({error}); \
                 this tab keeps its own version."
            ));
            false
        }
    }
}

/// The user chose to keep this tab's version: it is written over the other tab's copy.
pub fn keep_this_tab_version(state: AppState) {
    let Some(key) = state.persistence.with_value(|p| p.key.clone()) else {
        return;
    };
    match storage::read(&key) {
        Ok(stored) => {
            let seen = stored.as_deref().map(fingerprint);
            state.persistence.update_value(|p| {
                p.last_known = seen;
                p.in_conflict = false;
            });
            save_now(state);
            // This tab's version is now the one every tab starts from.
            if let Ok(Some(kept)) = storage::read(&key) {
                state.persistence.update_value(|p| p.base_text = Some(kept));
            }
        }
        Err(error) => state.save_status.set(SaveStatus::Failed(error.to_string())),
    }
}

/// The user chose the other tab's version: it replaces this tab's unsaved changes. When the
/// other tab removed the assessment, this tab opens what a fresh start would open now (the
/// assessment the other tab moved on to, or a new one).
pub fn use_other_tab_version(state: AppState) {
    let Some(key) = state.persistence.with_value(|p| p.key.clone()) else {
        return;
    };
    if matches!(storage::read(&key), Ok(None)) {
        let loaded = load();
        state.assessment.set(loaded.assessment);
        state.persistence.set_value(loaded.persistence);
        state.save_status.set(loaded.status);
        for (kind, text, action) in loaded.notices {
            state.notify(kind, text, action);
        }
        return;
    }
    adopt_stored_copy(state);
}
