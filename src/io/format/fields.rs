//! How the fields of the format types are read where serde's own rules are not enough: word
//! enums that say in plain words what they accept, texts within `MAX_STRING_CHARS` (longer than `MAX_TEXT_CHARS` read with a warning), dates and
//! risk criteria that may be absent but not `null`, statuses for which `null` means the
//! default, and objects that must be JSON objects (a derived `Deserialize` of a struct also
//! takes a list of its fields' values in order, which no file of ours holds).
//!
//! The functions are named in `#[serde(deserialize_with = "...")]` attributes of
//! `io::format`; the JSON Schema does not see them, so each such field also carries the
//! matching `#[schemars(...)]` constraint.

use crate::domain::limits::thousands;
use crate::io::limits::MAX_STRING_CHARS;
use crate::io::messages;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// Declares a word enum of the file format: each value is written as its word, and reading
/// anything else fails with a sentence that names the thing and lists the words, such as
/// `"maybe" is not an answer; use yes, partly or no`. The JSON Schema lists the same words.
macro_rules! word_enum {
    (
        $(#[$attribute:meta])*
        pub enum $name:ident ($noun:literal) {
            $( $(#[$variant_attribute:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$attribute])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
        pub enum $name {
            $( $(#[$variant_attribute])* #[serde(rename = $word)] $variant, )+
        }

        impl $name {
            /// Every value with its word in the file, in the order the schema lists them.
            pub const WORDS: &'static [($name, &'static str)] = &[$( ($name::$variant, $word) ),+];
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(fields::WordVisitor::new($noun, $name::WORDS))
            }
        }
    };
}

/// Reads one word of a fixed set, for `word_enum!`.
pub(super) struct WordVisitor<T: 'static> {
    /// What the word names, with its article: "an answer".
    noun: &'static str,
    words: &'static [(T, &'static str)],
}

impl<T> WordVisitor<T> {
    pub(super) fn new(noun: &'static str, words: &'static [(T, &'static str)]) -> Self {
        WordVisitor { noun, words }
    }

    /// The accepted words as a phrase: "yes, partly or no".
    fn choices(&self) -> String {
        let words: Vec<&str> = self.words.iter().map(|(_, word)| *word).collect();
        messages::either(&words)
    }
}

impl<T: Copy> Visitor<'_> for WordVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "{} ({})", self.noun, self.choices())
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        match self.words.iter().find(|(_, word)| *word == text) {
            Some((value, _)) => Ok(*value),
            None => Err(E::custom(format!(
                "{} is not {}; use {}",
                messages::excerpt(text),
                self.noun,
                self.choices()
            ))),
        }
    }
}

/// Reads a text of at most `MAX_STRING_CHARS` characters. Texts over `MAX_TEXT_CHARS` (the
/// most the app's edits allow) are read too: `io::limits::long_text_warnings` names them in a
/// warning, because refusing them would make a whole assessment unreadable over one field.
struct TextVisitor;

/// Refuses a text over `MAX_STRING_CHARS` characters, for every reader of texts.
pub(super) fn checked_text<E: de::Error>(text: &str) -> Result<(), E> {
    // Byte length bounds the character count from above, so most texts skip the count.
    if text.len() <= MAX_STRING_CHARS {
        return Ok(());
    }
    let length = text.chars().count();
    if length > MAX_STRING_CHARS {
        return Err(E::custom(format!(
            "the text is {} characters long; at most {} are accepted",
            thousands(length),
            thousands(MAX_STRING_CHARS)
        )));
    }
    Ok(())
}

impl Visitor<'_> for TextVisitor {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("text")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        checked_text(text)?;
        Ok(text.to_owned())
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<String, E> {
        checked_text(&text)?;
        Ok(text)
    }
}

/// A text of at most `MAX_STRING_CHARS` characters, as an element of a list or a map.
pub(super) struct LimitedText(pub(super) String);

impl<'de> Deserialize<'de> for LimitedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_string(TextVisitor)
            .map(LimitedText)
    }
}

/// A text field of at most `MAX_STRING_CHARS` characters.
pub(super) fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    deserializer.deserialize_string(TextVisitor)
}

/// A list of texts of at most `MAX_STRING_CHARS` characters each.
pub(super) fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let texts = Vec::<LimitedText>::deserialize(deserializer)?;
    Ok(texts.into_iter().map(|LimitedText(text)| text).collect())
}

/// A map from keys to texts of at most `MAX_STRING_CHARS` characters each, built entry by
/// entry (see `ObjectMapVisitor` for why not by `collect`).
pub(super) fn text_map<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    deserializer.deserialize_map(TextMapVisitor)
}

struct TextMapVisitor;

impl<'de> Visitor<'de> for TextMapVisitor {
    type Value = BTreeMap<String, String>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Self::Value, A::Error> {
        let mut map = BTreeMap::new();
        while let Some((key, LimitedText(text))) = entries.next_entry::<String, LimitedText>()? {
            map.insert(key, text);
        }
        Ok(map)
    }
}

/// Reads a date as its text; `io::validate` checks that the day exists.
struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a date in the form YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_owned())
    }
}

/// An optional date that is absent when there is none (the field then takes its default,
/// `None`); `null` is refused like any other value that is not a date.
pub(super) fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    deserializer.deserialize_str(DateVisitor).map(Some)
}

/// A value of one of the format's structs, read only from a JSON object.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(ObjectVisitor(PhantomData))
            .map(Object)
    }
}

/// Hands a JSON object, and nothing else, to the struct's own (derived) reading.
struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, object: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(object))
    }
}

/// A struct, from a JSON object.
pub(super) fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Object::deserialize(deserializer).map(|Object(value)| value)
}

/// A struct that may be absent, from a JSON object; `null` is refused.
pub(super) fn present_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    object(deserializer).map(Some)
}

/// A struct that may be absent or `null`, from a JSON object.
pub(super) fn optional_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Object<T>>::deserialize(deserializer).map(|value| value.map(|Object(value)| value))
}

/// A list of structs, each from a JSON object.
pub(super) fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let objects = Vec::<Object<T>>::deserialize(deserializer)?;
    Ok(objects.into_iter().map(|Object(value)| value).collect())
}

/// A map from IDs or keys to structs, each from a JSON object.
pub(super) fn object_map<'de, D, T>(deserializer: D) -> Result<BTreeMap<String, T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_map(ObjectMapVisitor(PhantomData))
}

/// Reads a map of structs straight into the map the format holds. Collecting a map of wrapped
/// values into it instead would sort the entries again, and every such sort is a copy of the
/// standard library's stable sort in the Wasm module.
struct ObjectMapVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectMapVisitor<T> {
    type Value = BTreeMap<String, T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Self::Value, A::Error> {
        let mut map = BTreeMap::new();
        while let Some((key, Object(value))) = entries.next_entry::<String, Object<T>>()? {
            map.insert(key, value);
        }
        Ok(map)
    }
}

/// A value for which `null` means the default, as absence does.
pub(super) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}
