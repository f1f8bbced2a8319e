//! Copying text to the clipboard, for lists the user pastes elsewhere (such as suggested
//! risks). Nothing leaves the device: the text goes to the local clipboard only.

use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard. Browsers refuse it without a user gesture or on insecure
/// origins; the error says so, and the caller shows it.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow access to the clipboard".to_owned())
}
