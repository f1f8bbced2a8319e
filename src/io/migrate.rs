//! Migration: brings a parsed file of any earlier schema version up to the current one, one
//! version step at a time, before it is validated.
//!
//! Each step is a function from version N to N+1 on plain JSON values (`serde_json::Value`), so
//! that a step can move, rename or fill in fields before the document is read as the current
//! types. Each old version has a frozen fixture under `tests/data/` that must keep migrating.

use crate::io::format::{FORMAT_NAME, SCHEMA_VERSION};
use crate::io::ImportError;
use serde_json::Value;

/// A step from schema version N (its index + 1) to N+1.
type Step = fn(Value) -> Result<Value, ImportError>;

/// The steps in order: `STEPS[0]` turns version 1 into version 2, and so on.
const STEPS: &[Step] = &[
    v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8, v8_to_v9, v9_to_v10,
];

/// The document with its `schema_version` set to `version`.
fn with_version(mut value: Value, version: u32) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_owned(), Value::from(version));
    }
    value
}

/// Version 2 added the organisation profile and the Statement of Applicability. Both are
/// optional in the file, so a version 1 file needs only its version number raised.
fn v1_to_v2(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 2))
}

/// Version 3 added the optional `anonymised` flag, so a version 2 file needs only its version
/// number raised.
fn v2_to_v3(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 3))
}

/// Version 4 added the AI system inventory (`systems`, `next_system_number`), which is
/// optional, so a version 3 file needs only its version number raised.
fn v3_to_v4(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 4))
}

/// Version 5 added the AI risk register (`risk_criteria`, `risks`, `next_risk_number`). All
/// three may be absent, so a version 4 file needs only its version number raised.
fn v4_to_v5(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 5))
}

/// Version 6 added the action plan's stored part (`action_updates`, `custom_actions`,
/// `next_action_number`) and reviewer comments (`review_comments`, `next_comment_number`).
/// All may be absent, so a version 5 file needs only its version number raised.
fn v5_to_v6(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 6))
}

/// The screening questions of the first impact questionnaire, with the section each one opened.
/// The second questionnaire asks instead whether a section applies, with a reason.
const SCREENING_QUESTIONS: [(&str, &str); 4] = [
    ("privacy.1", "privacy"),
    ("safety.1", "safety"),
    ("vulnerable.1", "vulnerable"),
    ("children.1", "children"),
];

/// The reason recorded for a section whose screening question was answered "no".
pub const SCREENED_OUT_REASON: &str =
    "Answered \"No\" to this section's screening question in the first version of the questionnaire.";

/// Version 7 brought the second impact method (docs/impact-method.md): harm questions keep
/// their IDs and answers, measures keep theirs, and the four screening questions are gone. A
/// screening answer "no" becomes the section marked as not applicable, with a reason that says
/// where it came from; "yes" and "not sure" leave the section to be answered. Everything else
/// new in version 7 (versions of impact assessments, follow-ups, context of use, capabilities,
/// the SoA's own controls, risks' library links) may be absent.
fn v6_to_v7(mut value: Value) -> Result<Value, ImportError> {
    let systems = value
        .get_mut("assessment")
        .and_then(|assessment| assessment.get_mut("systems"))
        .and_then(Value::as_array_mut);
    for system in systems.into_iter().flatten() {
        let Some(impact) = system.get_mut("impact").and_then(Value::as_object_mut) else {
            continue;
        };
        let mut screened_out = Vec::new();
        if let Some(answers) = impact.get_mut("answers").and_then(Value::as_object_mut) {
            for (question, section) in SCREENING_QUESTIONS {
                if answers
                    .remove(question)
                    .and_then(|answer| answer.as_str().map(str::to_owned))
                    == Some("no".to_owned())
                {
                    screened_out.push(section);
                }
            }
        }
        if !screened_out.is_empty() {
            // Inserted one by one: `collect` into the map would sort first, which costs a copy
            // of the standard library's stable sort in the Wasm module.
            let mut reasons = serde_json::Map::new();
            for section in screened_out {
                reasons.insert(section.to_owned(), Value::from(SCREENED_OUT_REASON));
            }
            impact.insert("not_applicable".to_owned(), Value::Object(reasons));
        }
    }
    Ok(with_version(value, 7))
}

/// Version 8 added notes on single answers (`question_notes` of an item) and the record of a
/// catalog update (`catalog_update`). Both may be absent, so a version 7 file needs only its
/// version number raised; answers given against an earlier catalog are brought up to date
/// after validation, by `domain::catalog_update`, whatever the file's schema version.
fn v7_to_v8(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 8))
}

/// Version 9 added the records of the management system (`records`), the certification
/// plan's dates (`certification`) and the user's own template texts (`template_texts`). All
/// may be absent, so a version 8 file needs only its version number raised.
fn v8_to_v9(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 9))
}

/// Version 10 added the EU AI Act record of each AI system (`eu_ai_act`) and whether the
/// organisation holds ISO/IEC 27001 certification (`profile.holds_iso27001`). Both may be
/// absent, so a version 9 file needs only its version number raised.
fn v9_to_v10(value: Value) -> Result<Value, ImportError> {
    Ok(with_version(value, 10))
}

/// Checks that the value is one of our files and migrates it to the current schema version.
pub fn migrate(mut value: Value) -> Result<Value, ImportError> {
    let object = value
        .as_object()
        .ok_or_else(|| ImportError::NotOurFormat("the top level is not a JSON object".into()))?;
    match object.get("format").and_then(Value::as_str) {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(ImportError::NotOurFormat(format!(
                "its \"format\" field is \"{other}\" instead of \"{FORMAT_NAME}\""
            )))
        }
        None => {
            return Err(ImportError::NotOurFormat(format!(
                "it has no \"format\": \"{FORMAT_NAME}\" field"
            )))
        }
    }
    let version = object
        .get("schema_version")
        .and_then(Value::as_u64)
        .filter(|version| *version >= 1)
        .ok_or_else(|| ImportError::at("schema_version", "must be a whole number of at least 1"))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    // Versions are at least 1 and at most SCHEMA_VERSION here, so the range is in bounds.
    for step in &STEPS[(version as usize - 1)..] {
        value = step(value)?;
    }
    debug_assert_eq!(STEPS.len() + 1, SCHEMA_VERSION as usize);
    Ok(value)
}
