//! The JSON Schema of the file format, generated from the types in `io::format` rather than
//! written by hand, and served with the app as `public/aims-assess.schema.json`.
//!
//! Only native code calls this (the test that keeps `public/aims-assess.schema.json` current),
//! so it adds nothing to the Wasm builds.

use crate::io::format::{FileDocument, SCHEMA_VERSION};

/// The JSON Schema of the current file format, as pretty JSON with a final line break.
pub fn file_schema_json() -> String {
    let mut schema = schemars::schema_for!(FileDocument);
    schema.insert(
        "title".to_owned(),
        format!("AIMS Assess assessment file, schema version {SCHEMA_VERSION}").into(),
    );
    schema.insert(
        "description".to_owned(),
        "One assessment exported by AIMS Assess (an ISO/IEC 42001 self-assessment). Generated \
         from the Rust types in src/io/format.rs; field by field documentation: docs/FORMAT.md."
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
