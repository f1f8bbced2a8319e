//! A file's SHA-256 fingerprint, computed by the browser's Web Crypto. The file is read into
//! memory for the digest and dropped afterwards; nothing of it is kept or sent.

use crate::platform::upload::PickedFile;
use std::fmt::Write;
use wasm_bindgen_futures::JsFuture;

/// The largest file the app fingerprints: it is read into memory whole, and a larger one
/// could exhaust a phone's memory and freeze the page.
const MAX_FINGERPRINT_BYTES: f64 = 1_073_741_824.0;

/// Why a fingerprint could not be taken.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FingerprintError {
    #[error("the file is larger than 1 GB; take its fingerprint with a tool such as sha256sum and paste it in")]
    TooLarge,
    #[error("the browser could not read the file")]
    Unreadable,
    #[error("this browser offers no SHA-256 here (Web Crypto needs the page to be served over HTTPS or from this computer)")]
    NoCrypto,
}

/// The SHA-256 fingerprint of a chosen file as 64 lower-case hexadecimal digits, as
/// `sha256sum` prints it.
pub async fn sha256_hex(file: &PickedFile) -> Result<String, FingerprintError> {
    let file = file.browser_file();
    if file.size() > MAX_FINGERPRINT_BYTES {
        return Err(FingerprintError::TooLarge);
    }
    let subtle = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.subtle())
        .ok_or(FingerprintError::NoCrypto)?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FingerprintError::Unreadable)?;
    let buffer: js_sys::Object = buffer.into();
    let promise = subtle
        .digest_with_str_and_buffer_source("SHA-256", &buffer)
        .map_err(|_| FingerprintError::NoCrypto)?;
    let digest = JsFuture::from(promise)
        .await
        .map_err(|_| FingerprintError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&digest).to_vec();
    let mut hex = String::with_capacity(64);
    for byte in bytes {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{byte:02x}");
    }
    Ok(hex)
}
