//! The first step of every JSON import: text to a JSON value with limits, so that duplicate
//! keys, huge arrays and deep nesting are refused with a line and column instead of freezing
//! the page.
//!
//! serde_json alone takes the last of two equal keys silently and builds any size of array;
//! this walk builds the same `serde_json::Value` while counting, and stops at the first
//! problem. serde_json adds the line and column to every error raised here, and its own limit
//! of 128 nested levels still applies.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::fmt;

/// The most entries one array or object may have. Real files have a few hundred at most
/// (one per question); the limit stops a hostile file long before memory runs out.
pub const MAX_ENTRIES: usize = 10_000;

/// The most values (of any kind) one file may hold.
pub const MAX_VALUES: usize = 500_000;

/// The most characters one string may have while parsing. Text fields allow 100,000, which
/// `io::read` checks with the field's JSON path; this coarser limit stops absurd strings early.
pub const MAX_STRING_CHARS: usize = 1_000_000;

/// A JSON syntax or limit problem with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses JSON text into a value, refusing duplicate keys and anything over the limits.
pub fn parse_limited(text: &str) -> Result<Value, ParseError> {
    let counter = Cell::new(0usize);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = ValueSeed { counter: &counter }
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    value.map_err(|error| ParseError {
        // serde_json reports column 0 at the very start of a line (an empty file, say);
        // people count columns from 1.
        line: error.line().max(1),
        column: error.column().max(1),
        message: without_position(&error),
    })
}

/// serde_json appends " at line L column C" to its messages; the error already carries both,
/// so the duplicate is dropped.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(position) => message[..position].to_owned(),
        None => message,
    }
}

/// Builds one value, counting it (and everything inside it) against `MAX_VALUES`.
#[derive(Clone, Copy)]
struct ValueSeed<'a> {
    counter: &'a Cell<usize>,
}

impl ValueSeed<'_> {
    fn count<E: de::Error>(self) -> Result<(), E> {
        let seen = self.counter.get() + 1;
        self.counter.set(seen);
        if seen > MAX_VALUES {
            return Err(E::custom(format!(
                "the file holds more than {MAX_VALUES} values, far more than any assessment"
            )));
        }
        Ok(())
    }
}

fn check_string<E: de::Error>(text: &str) -> Result<(), E> {
    // Byte length bounds the character count from above, so most strings skip the count.
    if text.len() > MAX_STRING_CHARS && text.chars().count() > MAX_STRING_CHARS {
        return Err(E::custom(format!(
            "a text is longer than {MAX_STRING_CHARS} characters"
        )));
    }
    Ok(())
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.count()?;
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Value, E> {
        check_string(value)?;
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Value, E> {
        check_string(&value)?;
        Ok(Value::String(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut values = Vec::new();
        while let Some(value) = seq.next_element_seed(self)? {
            if values.len() == MAX_ENTRIES {
                return Err(de::Error::custom(format!(
                    "a list has more than {MAX_ENTRIES} entries"
                )));
            }
            values.push(value);
        }
        Ok(Value::Array(values))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            check_string(&key)?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the key \"{key}\" appears twice in the same object"
                )));
            }
            if object.len() == MAX_ENTRIES {
                return Err(de::Error::custom(format!(
                    "an object has more than {MAX_ENTRIES} entries"
                )));
            }
            let value = map.next_value_seed(self)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}
