//! The JSON Schema of the file format, generated from the types in `io::format` rather than
//! written by hand, and served with the app as `public/aims-assess.schema.json`.
//!
//! Only native code calls this (the test that keeps `public/aims-assess.schema.json` current),
//! so it adds nothing to the Wasm builds.

use crate::io::format::{FileDocument, SCHEMA_VERSION};
use serde_json::{Map, Value};

/// The JSON Schema of the current file format, as pretty JSON with a final line break.
pub fn file_schema_json() -> String {
    let mut generated = schemars::schema_for!(FileDocument).to_value();
    join_description_lines(&mut generated);
    // The identifying keys come first so that a person opening the file sees what it is.
    // There is no fixed web address for the app (it is served from wherever it is copied), so
    // the identifier is a URN that names the format and its version.
    let mut schema = Map::new();
    schema.insert(
        "$schema".to_owned(),
        generated.get("$schema").cloned().unwrap_or(Value::Null),
    );
    schema.insert(
        "$id".to_owned(),
        format!("urn:aims-assess:file-format:schema-version-{SCHEMA_VERSION}").into(),
    );
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
    if let Value::Object(rest) = generated {
        for (key, value) in rest {
            schema.entry(key).or_insert(value);
        }
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Doc comments are wrapped at 100 columns in the source; in the schema each description is
/// one line, so that editors show it as a sentence rather than with breaks in odd places.
fn join_description_lines(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, entry) in map.iter_mut() {
                match entry {
                    Value::String(text) if key == "description" => {
                        *text = text.split('\n').collect::<Vec<_>>().join(" ");
                    }
                    _ => join_description_lines(entry),
                }
            }
        }
        Value::Array(entries) => entries.iter_mut().for_each(join_description_lines),
        _ => {}
    }
}
