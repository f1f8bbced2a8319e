//! Fetching the app's own files (such as the Annex A guidance), relative to the page so that
//! the app keeps working from a sub-path. Nothing is ever fetched from anywhere else.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file of the app could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FetchError(String);

fn failure(error: JsValue) -> FetchError {
    FetchError(
        error
            .as_string()
            .unwrap_or_else(|| "the browser could not load it (are you offline?)".to_owned()),
    )
}

/// Loads a text file that sits beside the app, such as `annex_a.json`.
pub async fn fetch_own_text(relative_path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError("no window".to_owned()))?;
    let response = JsFuture::from(window.fetch_with_str(relative_path))
        .await
        .map_err(failure)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| FetchError("the browser gave an unexpected answer".to_owned()))?;
    if !response.ok() {
        return Err(FetchError(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = JsFuture::from(response.text().map_err(failure)?)
        .await
        .map_err(failure)?;
    text.as_string()
        .ok_or_else(|| FetchError("the file is not text".to_owned()))
}
