//! Reading and writing the JSON file: encode a domain assessment into the current format, and
//! decode any supported version back through migration and validation.
//!
//! Both the export file and the browser's stored copy go through these functions, so a stored
//! assessment is read exactly like an imported one. Reading runs: size check -> JSON text to a
//! `serde_json::Value` within the import limits (`io::limits`) -> `io::migrate` -> the
//! `io::format` types (serde, naming the JSON path of a value that does not fit) ->
//! `io::validate` -> `Assessment`. Writing runs the other way: `io::document` builds the
//! typed document and serde_json writes it.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use crate::io::format::FileDocument;
use crate::io::{document, limits, messages, migrate, path, validate, ImportError, MAX_FILE_BYTES};
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use serde_json::Value;
use std::io;

pub use crate::io::validate::Validated;

/// The version of the app, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How the JSON text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Indented by two spaces, for export files that people open and diff.
    Pretty,
    /// Without whitespace, for browser storage, whose quota is small.
    Compact,
}

/// Encodes an assessment as JSON text.
pub fn encode(assessment: &Assessment, written_at: &str, layout: Layout) -> String {
    encode_file(assessment, written_at, layout, false)
}

/// Like `encode`, and marks the file as an anonymised copy when `anonymised` is true (the
/// caller anonymises the assessment first, with `domain::anonymise`).
pub fn encode_file(
    assessment: &Assessment,
    written_at: &str,
    layout: Layout,
    anonymised: bool,
) -> String {
    let document = document::file_document(assessment, written_at, anonymised);
    let formatter = match layout {
        Layout::Pretty => LayoutFormatter::Pretty(PrettyFormatter::new()),
        Layout::Compact => LayoutFormatter::Compact(CompactFormatter),
    };
    let mut written = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut written, formatter);
    // Writing the format types cannot fail: serde_json refuses only maps with keys that are
    // not texts and values whose own `Serialize` fails, and the types have neither. Its output
    // is UTF-8.
    if document.serialize(&mut serializer).is_err() {
        return String::new();
    }
    String::from_utf8(written).unwrap_or_default()
}

/// serde_json's compact or pretty formatter, chosen when writing. With one formatter type the
/// format's `Serialize` code is compiled once instead of once per layout (measured: about
/// 2 KB gzip of the first load). Only the methods where the two formatters differ are passed
/// on; the others are the same defaults in both, and a native test checks that both layouts
/// are exactly serde_json's own output.
enum LayoutFormatter<'a> {
    Compact(CompactFormatter),
    Pretty(PrettyFormatter<'a>),
}

/// Passes a formatter method on to the formatter of the chosen layout.
macro_rules! pass_on {
    ($($method:ident($($argument:ident: $type:ty),*);)+) => {
        $(
            fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $argument: $type)*) -> io::Result<()> {
                match self {
                    LayoutFormatter::Compact(formatter) => formatter.$method(writer $(, $argument)*),
                    LayoutFormatter::Pretty(formatter) => formatter.$method(writer $(, $argument)*),
                }
            }
        )+
    };
}

impl Formatter for LayoutFormatter<'_> {
    pass_on! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

/// Decodes file text of any supported schema version: size check, JSON syntax and limits,
/// migration, then types and meaning (with the JSON path of the first wrong value).
pub fn decode(text: &str, catalog: Catalog) -> Result<Validated, ImportError> {
    decode_parsed(parse_text(text)?, catalog)
}

/// The first half of `decode`: the size check, the JSON syntax and the import limits, giving
/// the raw document. Separate so that the app can time the two halves (the benchmark compares
/// this one with the browser's `JSON.parse`).
pub fn parse_text(text: &str) -> Result<Value, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { size: text.len() });
    }
    limits::parse_limited(text)
}

/// The second half of `decode`: migration to the current version, then types and meaning.
/// Texts over the edit limit are kept, each with a warning naming its place.
pub fn decode_parsed(raw: Value, catalog: Catalog) -> Result<Validated, ImportError> {
    let migrated = migrate::migrate(raw)?;
    let long_texts = limits::long_text_warnings(&migrated);
    let mut validated = validate::validate(typed(migrated)?, catalog)?;
    validated.warnings.extend(long_texts);
    Ok(validated)
}

/// The migrated document as the format's types, or the first value that does not fit them,
/// named by its path and described in plain words.
fn typed(document: Value) -> Result<FileDocument, ImportError> {
    serde_path_to_error::deserialize(document).map_err(|error| {
        let at = path::within("", error.path());
        messages::invalid(at, &error.inner().to_string())
    })
}
