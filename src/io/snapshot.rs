//! The "last export" copy kept in the browser when a JSON file is exported, so that a merge can
//! later tell which side changed a part: its text, and the export times compared.
//!
//! The copy is written in the file format itself (compact), so it is read back through the same
//! migration and validation as any file; nothing here is a second format.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use crate::io::json::{self, Layout};
use crate::io::ImportError;
use serde_json::Value;

/// The copy of an export as kept in storage: the file format, compact, with the export time.
pub fn encode(assessment: &Assessment, exported_at: &str) -> String {
    json::encode(assessment, exported_at, Layout::Compact)
}

/// A kept copy read back: the assessment and when it was exported.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub assessment: Assessment,
    pub exported_at: String,
}

/// Reads a kept copy (any format version, through migration and validation).
pub fn decode(text: &str, catalog: Catalog) -> Result<Snapshot, ImportError> {
    let raw = json::parse_text(text)?;
    let exported_at = exported_at(&raw).unwrap_or_default();
    let validated = json::decode_parsed(raw, catalog)?;
    Ok(Snapshot {
        assessment: validated.assessment,
        exported_at,
    })
}

/// The `exported_at` text of a raw (not yet migrated) file, if it has one. Every format
/// version has had this field at the top level.
pub fn exported_at(raw: &Value) -> Option<String> {
    raw.get("exported_at")?.as_str().map(str::to_owned)
}

/// An export time as "YYYY-MM-DDTHH:MM:SS.mmm", for comparing, or `None` when it is not a UTC
/// time in the form the app writes ("2026-11-23T10:15:00.000Z", the fraction optional).
fn comparable(time: &str) -> Option<String> {
    let body = time.strip_suffix('Z')?;
    let (seconds, fraction) = body.split_once('.').unwrap_or((body, ""));
    let shape_ok = seconds.len() == 19
        && seconds.char_indices().all(|(at, c)| match at {
            4 | 7 => c == '-',
            10 => c == 'T',
            13 | 16 => c == ':',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok || fraction.len() > 9 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(format!("{seconds}.{fraction:0<9}"))
}

/// Whether the kept copy can be the common ancestor of a file: both times can be read and the
/// copy was not exported after the file. `None` when either time cannot be read.
pub fn is_ancestor_time(snapshot_at: &str, file_at: &str) -> Option<bool> {
    Some(comparable(snapshot_at)? <= comparable(file_at)?)
}

/// An export time as people read it, "2026-11-23 10:15 UTC"; a time not in the app's form is
/// shown as it is.
pub fn readable_time(time: &str) -> String {
    match comparable(time) {
        Some(_) => format!("{} {} UTC", &time[..10], &time[11..16]),
        None => time.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(snapshot_at: &str, file_at: &str, expected: Option<bool>) {
        assert_eq!(
            is_ancestor_time(snapshot_at, file_at),
            expected,
            "{snapshot_at} vs {file_at}"
        );
    }

    #[test]
    fn export_times_are_compared_as_times() {
        check(
            "2026-11-23T10:15:00.000Z",
            "2026-11-23T10:15:00.000Z",
            Some(true),
        );
        check(
            "2026-11-23T10:15:00.000Z",
            "2026-12-01T08:00:00.000Z",
            Some(true),
        );
        check(
            "2026-12-01T08:00:00.000Z",
            "2026-11-23T10:15:00.000Z",
            Some(false),
        );
        // A fraction written with fewer digits is the same time.
        check(
            "2026-11-23T10:15:00.5Z",
            "2026-11-23T10:15:00.400Z",
            Some(false),
        );
        check(
            "2026-11-23T10:15:00Z",
            "2026-11-23T10:15:00.001Z",
            Some(true),
        );
        check("23/11/2026", "2026-11-23T10:15:00.000Z", None);
        check("2026-11-23T10:15:00.000Z", "", None);
        check(
            "2026-11-23T10:15:00+01:00",
            "2026-11-23T10:15:00.000Z",
            None,
        );
    }

    #[test]
    fn export_times_read_as_date_and_minute() {
        assert_eq!(
            readable_time("2026-11-23T10:15:42.120Z"),
            "2026-11-23 10:15 UTC"
        );
        assert_eq!(readable_time("yesterday"), "yesterday");
    }

    #[test]
    fn a_kept_copy_reads_back_with_its_time() {
        let assessment = Assessment::named("Kept");
        let text = encode(&assessment, "2026-11-23T10:15:00.000Z");
        let snapshot = decode(&text, crate::domain::catalog::catalog()).expect("reads back");
        assert_eq!(snapshot.assessment, assessment);
        assert_eq!(snapshot.exported_at, "2026-11-23T10:15:00.000Z");
    }
}
