//! The first step of every JSON import: text to a `serde_json::Value` within limits, so that a
//! repeated key, a huge list, a huge text or deep nesting is refused with its line and column
//! instead of being read silently or freezing the page.
//!
//! serde_json does the parsing. This module only builds the value through a visitor of its own,
//! because serde_json alone keeps the last of two equal keys without a word (which would drop
//! what the first one recorded) and builds lists of any size.

use crate::domain::limits::{self as domain_limits, thousands};
use crate::io::{messages, path, ImportError, ImportWarning, MAX_FILE_BYTES};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};
use std::fmt;

/// The most entries one list or object may have: the domain's limit on every list the user
/// grows (`domain::limits::MAX_LIST_ENTRIES`), so that whatever the app's edits can build, the
/// reader accepts. The file's other lists and objects (items, fields) are far shorter.
pub const MAX_ENTRIES: usize = domain_limits::MAX_LIST_ENTRIES;

/// The most values (of any kind) one file may hold. An assessment with its lists at their
/// limits (10,000 risks, each with up to 10,000 treatment actions) holds far more values than
/// any fixed count below the file-size limit, so a smaller count would refuse what the app
/// wrote. Every value takes at least two bytes of the file (a digit and a comma), so a file
/// within `MAX_FILE_BYTES` can never hold more than this: the size limit is what bounds a
/// hostile file, and this count only stops a value stream that is not a file.
pub const MAX_VALUES: usize = MAX_FILE_BYTES / 2;

/// The most characters one text (or key) may have while parsing, against hostile files. Text
/// fields hold at most `domain::limits::MAX_TEXT_CHARS` (100,000) through the app's edits; a
/// longer one (from an older version) is read with a warning naming its place
/// (`long_text_warnings`), and only this coarser limit refuses a file.
pub const MAX_STRING_CHARS: usize = 1_000_000;

/// The deepest nesting of lists and objects. This is serde_json's own recursion limit (it
/// refuses a 128th level); our files nest six levels.
pub const MAX_DEPTH: usize = 127;

/// Parses JSON text into a value, refusing repeated keys and anything over the limits. Every
/// refusal is a syntax error with the line and column where it was found.
pub fn parse_limited(text: &str) -> Result<Value, ImportError> {
    let mut counter = ValueCounter { values: 0 };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = LimitedValue {
        counter: &mut counter,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    value.map_err(|error| syntax_error(text, &error))
}

/// A serde_json error of the text as an `ImportError::Syntax` in plain words.
fn syntax_error(text: &str, error: &serde_json::Error) -> ImportError {
    let (line, column, message) = placed_message(text, error);
    ImportError::Syntax {
        line,
        column,
        message,
    }
}

/// The line and column (in characters, both from 1) of a serde_json error of the text, and
/// its message in plain words.
pub(crate) fn placed_message(text: &str, error: &serde_json::Error) -> (usize, usize, String) {
    if text.trim().is_empty() {
        return (1, 1, "the text is empty".to_owned());
    }
    let line = error.line().max(1);
    (
        line,
        character_column(text, line, error.column()),
        messages::syntax(&messages::without_position(error)),
    )
}

/// The column in characters, as editors count it, of serde_json's column in bytes on a line
/// (both from 1). serde_json gives 0 for an error before the first character of a line.
fn character_column(text: &str, line: usize, byte_column: usize) -> usize {
    let bytes_before = byte_column.saturating_sub(1);
    let line_text = text.split('\n').nth(line - 1).unwrap_or_default();
    let characters_before = line_text
        .char_indices()
        .take_while(|(index, _)| *index < bytes_before)
        .count();
    characters_before + 1
}

/// A warning for every text of the document over `domain::limits::MAX_TEXT_CHARS`, named by
/// its JSON path: such a text is kept as it is, but edits there are limited. The app never
/// writes one itself; an older version could.
pub fn long_text_warnings(document: &Value) -> Vec<ImportWarning> {
    let mut warnings = Vec::new();
    collect_long_texts(document, "", &mut warnings);
    warnings
}

fn collect_long_texts(value: &Value, at: &str, warnings: &mut Vec<ImportWarning>) {
    match value {
        Value::String(text) if !domain_limits::is_within(text) => warnings.push(ImportWarning {
            path: at.to_owned(),
            message: format!(
                "the text is {} characters long; it is kept, but edits there are limited to {}",
                thousands(text.chars().count()),
                thousands(domain_limits::MAX_TEXT_CHARS)
            ),
        }),
        Value::Array(values) => {
            for (index, value) in values.iter().enumerate() {
                collect_long_texts(value, &path::index(at, index), warnings);
            }
        }
        Value::Object(fields) => {
            for (key, value) in fields {
                collect_long_texts(value, &path::key(at, key), warnings);
            }
        }
        _ => {}
    }
}

/// How many values have been read so far, for `MAX_VALUES`.
struct ValueCounter {
    values: usize,
}

/// Reads one value (and everything inside it) within the limits.
struct LimitedValue<'c> {
    counter: &'c mut ValueCounter,
}

impl<'de> DeserializeSeed<'de> for LimitedValue<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.counter.values += 1;
        if self.counter.values > MAX_VALUES {
            return Err(de::Error::custom(format!(
                "the file holds more than {} values, far more than any assessment",
                thousands(MAX_VALUES)
            )));
        }
        deserializer.deserialize_any(self)
    }
}

/// The text, unless it is over `MAX_STRING_CHARS`.
fn checked_length<E: de::Error>(text: &str) -> Result<(), E> {
    // Byte length bounds the character count from above, so most texts skip the count.
    if text.len() > MAX_STRING_CHARS && text.chars().count() > MAX_STRING_CHARS {
        return Err(E::custom(format!(
            "a text is longer than {MAX_STRING_CHARS} characters"
        )));
    }
    Ok(())
}

impl<'de> Visitor<'de> for LimitedValue<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Value, E> {
        Ok(Value::Bool(flag))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Value, E> {
        Ok(Value::Number(number.into()))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Value, E> {
        Ok(Value::Number(number.into()))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Value, E> {
        // JSON text cannot hold an infinite or undefined number, so this is always `Some`.
        Ok(Number::from_f64(number).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        checked_length(text)?;
        Ok(Value::String(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Value, E> {
        checked_length(&text)?;
        Ok(Value::String(text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut list: A) -> Result<Value, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = list.next_element_seed(LimitedValue {
            counter: &mut *self.counter,
        })? {
            if values.len() == MAX_ENTRIES {
                return Err(de::Error::custom(format!(
                    "a list has more than {MAX_ENTRIES} entries"
                )));
            }
            values.push(value);
        }
        Ok(Value::Array(values))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut object: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = object.next_key::<String>()? {
            checked_length(&key)?;
            if map.len() == MAX_ENTRIES {
                return Err(de::Error::custom(format!(
                    "an object has more than {MAX_ENTRIES} entries"
                )));
            }
            match map.entry(key) {
                Entry::Occupied(repeated) => {
                    return Err(de::Error::custom(format!(
                        "the key \"{}\" appears twice in the same object",
                        repeated.key()
                    )))
                }
                Entry::Vacant(slot) => {
                    slot.insert(object.next_value_seed(LimitedValue {
                        counter: &mut *self.counter,
                    })?);
                }
            }
        }
        Ok(Value::Object(map))
    }
}
