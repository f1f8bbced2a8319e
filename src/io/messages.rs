//! serde_json's and serde's error messages in plain words: "expected text, found a number"
//! rather than "invalid type: integer `42`, expected a string".
//!
//! The messages are written by serde (a stable, documented set of phrasings) and by
//! serde_json's parser; each phrasing the app's files can produce is matched here, and anything
//! else is passed on as it is, so a message is never lost.

use crate::io::{path, ImportError};

/// The words of a list joined for a sentence: "yes, partly or no".
pub fn either(words: &[&str]) -> String {
    join(words, "or")
}

/// A text from a file, quoted for a message, and cut short when it is long: a wrong word may be
/// a whole paragraph.
pub fn excerpt(text: &str) -> String {
    const LONGEST: usize = 40;
    let mut characters = text.chars();
    let start: String = characters.by_ref().take(LONGEST).collect();
    // Writing a text as JSON cannot fail; the escapes make quotes and line breaks visible.
    let quoted = serde_json::to_string(&start).unwrap_or_default();
    match (characters.next(), quoted.strip_suffix('"')) {
        (Some(_), Some(open)) => format!("{open}…\""),
        _ => quoted,
    }
}

/// The words of a list joined for a sentence: "a, b and c".
fn all_of(words: &[&str]) -> String {
    join(words, "and")
}

fn join(words: &[&str], last_joiner: &str) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [first @ .., last] => format!("{} {last_joiner} {last}", first.join(", ")),
    }
}

/// The message of a serde_json error without the " at line L column C" it ends with.
pub fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => message,
    }
}

/// A JSON syntax message of serde_json's in plain words.
pub fn syntax(message: &str) -> String {
    let plain = match message {
        "EOF while parsing a value" => "the text ends where a value was expected",
        "EOF while parsing a list" | "EOF while parsing an object" => {
            "the text ends inside a list or object"
        }
        "EOF while parsing a string" => "the text ends inside a text (a closing quote is missing)",
        "expected value" | "expected ident" => {
            "expected a JSON value (text, number, list, object, true, false or null)"
        }
        "trailing characters" => "unexpected characters after the end of the JSON value",
        "trailing comma" => "a comma is followed by the end of the list or object",
        "key must be a string" => "expected a key in double quotes",
        "expected `:`" => "expected `:` after the key",
        "expected `,` or `]`" => "expected `,` or `]` after an entry of a list",
        "expected `,` or `}`" => "expected `,` or `}` after an entry of an object",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a control character (such as a line break) must be written as an escape inside text"
        }
        "invalid escape" => "unknown escape sequence in text",
        "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => {
            "a `\\u` escape must be four hexadecimal digits of a whole character"
        }
        "invalid number" => "invalid number",
        "number out of range" => "a number is too large",
        "recursion limit exceeded" => {
            return format!(
                "lists and objects are nested more than {} levels deep",
                crate::io::limits::MAX_DEPTH
            )
        }
        // The limits' own messages are plain already.
        other => other,
    };
    plain.to_owned()
}

/// A type or value error that serde found at `at` (a path in `io::path` style), as an
/// `ImportError` in plain words. A missing field is reported at its own path.
pub fn invalid(at: String, message: &str) -> ImportError {
    if let Some(field) = quoted_name(message, "missing field ") {
        return ImportError::at(path::key(&at, &field), "this required field is missing");
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return ImportError::at(at, unknown_field_message(rest));
    }
    let plain = if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        match rest.rsplit_once(", expected ") {
            Some((found, expected)) => {
                format!(
                    "expected {}, found {}",
                    expected_words(expected),
                    found_words(found)
                )
            }
            None => message.to_owned(),
        }
    } else {
        message.to_owned()
    };
    ImportError::at(at, plain)
}

/// The name inside backquotes right after `prefix`, as in "missing field `name`".
fn quoted_name(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    let (name, after) = rest.split_once('`')?;
    after.is_empty().then(|| name.to_owned())
}

/// "unknown field `x`, expected one of `a`, `b`" (after "unknown field ") in plain words.
fn unknown_field_message(rest: &str) -> String {
    let Some((name, accepted)) = rest
        .strip_prefix('`')
        .and_then(|rest| rest.split_once("`, "))
    else {
        return format!("unknown field {rest}");
    };
    let names: Vec<&str> = accepted
        .strip_prefix("expected one of ")
        .or_else(|| accepted.strip_prefix("expected "))
        .unwrap_or("")
        .split(", ")
        .map(|word| word.trim_matches('`'))
        .filter(|word| !word.is_empty())
        .collect();
    unknown_field(name, &names)
}

/// The message for a field named `name` where only `names` may be written, such as
/// `unknown field "colour"; the fields here are id, title and notes`.
pub fn unknown_field(name: &str, names: &[&str]) -> String {
    if names.is_empty() {
        format!("unknown field \"{name}\"; nothing else may be written here")
    } else {
        format!(
            "unknown field \"{name}\"; the fields here are {}",
            all_of(names)
        )
    }
}

/// What serde says it expected, in words for people.
fn expected_words(expected: &str) -> String {
    let plain = match expected {
        "a string" => "text",
        "a boolean" => "true or false",
        "u8" => "a whole number from 0 to 255",
        "u16" => "a whole number from 0 to 65535",
        "u32" => "a whole number from 0 to 4294967295",
        "u64" | "usize" => "a whole number of at least 0",
        "a map" => "an object",
        "a sequence" => "a list",
        other if other.starts_with("struct ") => "an object",
        other => other,
    };
    plain.to_owned()
}

/// What serde says it found (serde_json's form of `serde::de::Unexpected`), in words for
/// people. Texts are not repeated: one may be a hundred thousand characters long.
fn found_words(found: &str) -> String {
    let quoted_number = found
        .strip_prefix("integer `")
        .or_else(|| found.strip_prefix("floating point `"))
        .and_then(|rest| rest.strip_suffix('`'));
    if let Some(number) = quoted_number {
        return format!("the number {number}");
    }
    let plain = match found {
        "null" => "null",
        "boolean `true`" => "true",
        "boolean `false`" => "false",
        "sequence" => "a list",
        "map" => "an object",
        other if other.starts_with("string ") => "text",
        other => other,
    };
    plain.to_owned()
}
