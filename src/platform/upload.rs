//! Reading a file the user chose in a file input, as text. Files over the size limit are
//! refused from their size alone, before a byte is read.

use crate::io::text::text_from_bytes;
use crate::io::{ImportWarning, MAX_FILE_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A chosen file: its name and text.
pub struct ChosenFile {
    pub name: String,
    pub text: String,
    /// Where the file stops being UTF-8 text, if it does (`io::text`).
    pub encoding_warning: Option<ImportWarning>,
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UploadError {
    #[error(
        "the file is {} MB; files over 20 MB are refused before they are read",
        crate::domain::limits::one_decimal(*.megabytes)
    )]
    TooLarge { megabytes: f64 },
    #[error("the browser could not read the file")]
    Unreadable,
}

/// A file the user picked, not read yet. Wrapped so that code outside `platform` never
/// handles browser types.
pub struct PickedFile(web_sys::File);

impl PickedFile {
    /// The file's name as the user's system gave it.
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// The browser's file, for the other platform modules that read it (`crypto`).
    pub(crate) fn browser_file(&self) -> &web_sys::File {
        &self.0
    }
}

/// The first file chosen in the file input that fired `event`, or `None` when the choice was
/// cancelled.
pub fn chosen_file(event: &web_sys::Event) -> Option<PickedFile> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Clearing the input lets the user choose the same file again after fixing it.
    input.set_value("");
    file.map(PickedFile)
}

/// Reads a chosen file as UTF-8 text, noting where it stops being UTF-8 (the browser's own
/// decoding would hide that).
pub async fn read_text(file: &PickedFile) -> Result<ChosenFile, UploadError> {
    let file = &file.0;
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        return Err(UploadError::TooLarge {
            megabytes: size / 1_048_576.0,
        });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| UploadError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let (text, encoding_warning) = text_from_bytes(&bytes);
    Ok(ChosenFile {
        name: file.name(),
        text,
        encoding_warning,
    })
}
