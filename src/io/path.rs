//! Readable JSON paths for error messages, such as `assessment.items["4.1"].due_date`.
//!
//! Item IDs contain dots, so map keys that are not plain identifiers are written in brackets
//! to keep the path unambiguous.

/// Appends an object key to a path.
pub fn key(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '_')
        && !key.starts_with(|character: char| character.is_ascii_digit());
    match (parent.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!("{parent}[{}]", quoted(key)),
    }
}

/// Appends an array index to a path.
pub fn index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

fn quoted(key: &str) -> String {
    // A JSON string literal escapes quotes and control characters, so any key prints
    // unambiguously. Writing a text as JSON cannot fail.
    serde_json::to_string(key).unwrap_or_default()
}

/// The path of a place that `serde_path_to_error` names inside the value at `parent` (empty
/// for the whole document), in the style above.
pub fn within(parent: &str, place: &serde_path_to_error::Path) -> String {
    place
        .iter()
        .fold(parent.to_owned(), |parent, segment| match segment {
            serde_path_to_error::Segment::Seq { index } => self::index(&parent, *index),
            serde_path_to_error::Segment::Map { key } => self::key(&parent, key),
            serde_path_to_error::Segment::Enum { variant } => self::key(&parent, variant),
            serde_path_to_error::Segment::Unknown => format!("{parent}[?]"),
        })
}
