//! Reads the Annex A guidance from the catalog file the app loads on demand. Only the fields
//! the guidance needs are read; the rest of the file is compiled into the app already.
//!
//! The file is parsed into a `serde_json::Value` and walked by hand: the app parses stored
//! assessments into a `Value` anyway, so this reuses that code instead of adding a second
//! deserializer to the bundle.

use crate::domain::guidance::{ControlGuidance, GuidanceBook};
use serde_json::Value;

fn array<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Parses the Annex A catalog file into a guidance book.
pub fn parse_guidance(text: &str) -> Result<GuidanceBook, String> {
    let file: Value = serde_json::from_str(text)
        .map_err(|error| format!("the guidance file is damaged ({error})"))?;
    let mut entries = Vec::new();
    for area in array(&file, "areas") {
        for section in array(area, "sections") {
            for control in array(section, "controls") {
                let text_of = |key: &str| control.get(key).and_then(Value::as_str);
                let (Some(id), Some(guidance)) = (text_of("id"), text_of("guidance")) else {
                    return Err("the guidance file has a control without an ID or guidance".into());
                };
                let pitfalls = array(control, "pitfalls")
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect();
                entries.push((
                    id.to_owned(),
                    ControlGuidance {
                        guidance: guidance.to_owned(),
                        pitfalls,
                    },
                ));
            }
        }
    }
    Ok(GuidanceBook::new(entries))
}
