//! Local storage: text values under string keys, with failures as typed errors instead of
//! exceptions, and notification of changes made by other tabs.
//!
//! gloo-storage supplies the storage handle; it is only asked for one after checking that the
//! browser grants access, because its accessor throws when storage is disabled.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("this browser does not let the page use its storage ({0})")]
    Unavailable(String),
    #[error("the browser's storage for this page is full")]
    QuotaExceeded,
    #[error("the browser refused to store the data ({0})")]
    Failed(String),
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) => format!("{}: {}", exception.name(), exception.message()),
        None => error
            .as_string()
            .unwrap_or_else(|| "unknown error".to_owned()),
    }
}

fn is_quota_error(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|exception| {
            let name = exception.name();
            name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
        })
}

/// The storage handle, or why there is none (disabled by the user, a sandboxed frame, ...).
fn handle() -> Result<web_sys::Storage, StorageError> {
    let window =
        web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".to_owned()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageError::Unavailable("no local storage".to_owned())),
        Err(error) => Err(StorageError::Unavailable(describe(&error))),
    }
}

/// Whether storage can be used at all.
pub fn is_available() -> bool {
    handle().is_ok()
}

/// Reads the text stored under a key.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    handle()?
        .get_item(key)
        .map_err(|error| StorageError::Failed(describe(&error)))
}

/// Stores text under a key. On failure the previous value is left as it was (the browser
/// replaces a value in one step or not at all).
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    handle()?.set_item(key, value).map_err(|error| {
        if is_quota_error(&error) {
            StorageError::QuotaExceeded
        } else {
            StorageError::Failed(describe(&error))
        }
    })
}

/// Removes a key.
pub fn remove(key: &str) -> Result<(), StorageError> {
    handle()?
        .remove_item(key)
        .map_err(|error| StorageError::Failed(describe(&error)))
}

/// Every key currently stored for this origin.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let storage = handle()?;
    let length = storage
        .length()
        .map_err(|error| StorageError::Failed(describe(&error)))?;
    let mut keys = Vec::with_capacity(length as usize);
    for index in 0..length {
        if let Ok(Some(key)) = storage.key(index) {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// Calls `on_change` with the key whenever another tab of this origin changes local storage
/// (`None` when it cleared everything). Browsers do not report a tab's own writes.
pub fn on_change_in_other_tab(on_change: impl Fn(Option<String>) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        on_change(event.key());
    });
    // The listener lives as long as the page, so its handle is deliberately kept forever.
    std::mem::forget(handle);
}
