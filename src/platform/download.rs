//! Downloads: hands text or bytes to the browser as a file the user saves, without any request.
//!
//! The file is built in memory as a Blob and offered through a temporary object URL.

use wasm_bindgen::{JsCast, JsValue};

/// Why a download could not be offered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the browser could not offer the file for download ({0})")]
pub struct DownloadError(String);

fn failure(error: JsValue) -> DownloadError {
    DownloadError(error.as_string().unwrap_or_else(|| format!("{error:?}")))
}

/// Offers `text` as a file named `filename` with the given media type.
pub fn download_text(filename: &str, media_type: &str, text: &str) -> Result<(), DownloadError> {
    offer_parts(
        filename,
        media_type,
        &js_sys::Array::of1(&JsValue::from_str(text)),
    )
}

/// Offers `bytes` (such as an .xlsx workbook) as a file named `filename` with the given media
/// type.
pub fn download_bytes(filename: &str, media_type: &str, bytes: &[u8]) -> Result<(), DownloadError> {
    let array = js_sys::Uint8Array::from(bytes);
    offer_parts(filename, media_type, &js_sys::Array::of1(&array))
}

/// Offers a Blob made of `parts` (texts or byte arrays) for download.
fn offer_parts(
    filename: &str,
    media_type: &str,
    parts: &js_sys::Array,
) -> Result<(), DownloadError> {
    let window = web_sys::window().ok_or_else(|| DownloadError("no window".to_owned()))?;
    let document = window
        .document()
        .ok_or_else(|| DownloadError("no document".to_owned()))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(failure)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failure)?;
    let anchor = document
        .create_element("a")
        .map_err(failure)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| DownloadError("could not create a link".to_owned()))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // The click starts the download synchronously, so the URL can be released at once.
    web_sys::Url::revoke_object_url(&url).map_err(failure)?;
    Ok(())
}
