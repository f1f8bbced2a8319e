//! A JSON value and its text form: the one in-memory shape every JSON file of the app passes
//! through (exports, the stored copies, the index of assessments and the catalog prose).
//!
//! The app reads and writes JSON with this small module instead of serde_json because the
//! browser downloads every byte of code: serde_json with its maps, hashing and floating-point
//! code cost about 10 KB of the compressed page, and the app needs none of it. The files hold
//! text, whole numbers, booleans, lists and objects whose key order matters for people who
//! diff them, which is all this module models. `io::parse` turns text into a `Value`; the
//! writers here turn a `Value` back into text laid out exactly like serde_json does, so files
//! written by earlier versions and by this one look the same. A native test compares both
//! directions with serde_json.

use std::borrow::Cow;

/// A JSON value. Numbers keep their text as written, because the app only ever reads whole
/// numbers from them and converting through floating point would add code and lose digits.
///
/// Texts, numbers and keys borrow from what the value was made from where they can: a parsed
/// value points into the file's text (only texts with escapes such as `\n` are copied), and a
/// value built for writing points into the assessment. A 5 MB import therefore copies no text
/// until `io::read` takes what the assessment keeps, and an autosave copies none at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A number, as its (valid JSON) text.
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Map<'a>),
}

/// One key and its value.
type Entry<'a> = (Cow<'a, str>, Value<'a>);

/// A JSON object: keys and values in the order they were written. Lookups are linear, which
/// is faster than hashing for the dozen fields of a typical object; `io::parse` guarantees
/// that keys are unique.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map<'a> {
    entries: Vec<Entry<'a>>,
}

impl<'a> Map<'a> {
    /// An empty object.
    pub fn new() -> Map<'a> {
        Map::default()
    }

    /// An object of entries whose keys are known to differ (the parser checks that itself).
    pub(crate) fn from_unique(entries: Vec<Entry<'a>>) -> Map<'a> {
        Map { entries }
    }

    /// The value under a key.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.entries
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// Whether the object has the key.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets a key's value: replaces it in place when the key exists, else adds it at the end.
    pub fn insert(&mut self, key: impl Into<Cow<'a, str>>, value: Value<'a>) {
        let key = key.into();
        match self.entries.iter_mut().find(|(name, _)| *name == key) {
            Some(entry) => entry.1 = value,
            None => self.entries.push((key, value)),
        }
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the object has no keys.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(key, _)| key.as_ref())
    }

    /// The keys and values in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        self.entries
            .iter()
            .map(|(key, value)| (key.as_ref(), value))
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, Entry<'a>>,
        fn(&'m Entry<'a>) -> (&'m str, &'m Value<'a>),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries
            .iter()
            .map(|(key, value)| (key.as_ref(), value))
    }
}

impl<'a, K: Into<Cow<'a, str>>> FromIterator<(K, Value<'a>)> for Map<'a> {
    /// Collects pairs in order; a repeated key keeps its first place and its last value.
    fn from_iter<I: IntoIterator<Item = (K, Value<'a>)>>(pairs: I) -> Map<'a> {
        let mut map = Map::new();
        for (key, value) in pairs {
            map.insert(key, value);
        }
        map
    }
}

impl<'a> Value<'a> {
    /// The value under a key, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object()?.get(key)
    }

    pub fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map<'a>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(values) => Some(values),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The number as a whole number of at least 0, when it is written as one (`3`, not `3.0`
    /// or `3e0`) and fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) if text.bytes().all(|byte| byte.is_ascii_digit()) => {
                text.parse().ok()
            }
            _ => None,
        }
    }

    /// A text value that borrows the text.
    pub fn text(text: &'a str) -> Value<'a> {
        Value::String(Cow::Borrowed(text))
    }

    /// A text value that owns its text.
    pub fn owned_text(text: String) -> Value<'a> {
        Value::String(Cow::Owned(text))
    }

    /// An object from key and value pairs, in the order given.
    pub fn object(fields: impl IntoIterator<Item = (&'a str, Value<'a>)>) -> Value<'a> {
        Value::Object(fields.into_iter().collect())
    }

    /// The value as compact JSON text, without any whitespace (for browser storage).
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, None);
        out
    }

    /// The value as JSON text indented by two spaces per level (for files people read).
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(0));
        out
    }
}

impl From<u64> for Value<'_> {
    fn from(number: u64) -> Self {
        Value::Number(Cow::Owned(number.to_string()))
    }
}

impl From<u32> for Value<'_> {
    fn from(number: u32) -> Self {
        Value::from(u64::from(number))
    }
}

impl From<bool> for Value<'_> {
    fn from(flag: bool) -> Self {
        Value::Bool(flag)
    }
}

/// A string as a JSON string literal, quotes included.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out
}

/// Starts a new line at `depth` levels of indentation (pretty layout only).
fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

/// Writes a value. `indent` is `None` for the compact layout, or the current depth.
fn write_value(out: &mut String, value: &Value<'_>, indent: Option<usize>) {
    let inner = indent.map(|depth| depth + 1);
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(text) => out.push_str(text),
        Value::String(text) => write_string(out, text),
        Value::Array(values) => {
            out.push('[');
            for (position, item) in values.iter().enumerate() {
                if position > 0 {
                    out.push(',');
                }
                new_line(out, inner);
                write_value(out, item, inner);
            }
            if !values.is_empty() {
                new_line(out, indent);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (position, (key, item)) in map.iter().enumerate() {
                if position > 0 {
                    out.push(',');
                }
                new_line(out, inner);
                write_string(out, key);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write_value(out, item, inner);
            }
            if !map.is_empty() {
                new_line(out, indent);
            }
            out.push('}');
        }
    }
}

/// Writes a string literal, escaping what JSON requires and nothing more (the same choice as
/// serde_json, so the files are byte for byte what earlier versions wrote).
fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            control if u32::from(control) < 0x20 => {
                let code = u32::from(control) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}
