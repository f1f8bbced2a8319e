//! OSCAL 1.1.2 exports in JSON: the catalog of clause items and Annex A controls, a profile for
//! the Statement of Applicability, the assessment results and a plan of action and milestones.
//!
//! Only the parts of OSCAL the app writes are modelled, as serde types that serialise to the
//! OSCAL JSON names. The module is pure like the rest of `io`: the caller hands in the time
//! stamp and a random seed, so the same inputs always give the same file (docs/OSCAL.md).

pub mod catalog;
pub mod poam;
pub mod profile;
pub mod results;

use crate::domain::markdown_text;
use serde::Serialize;

/// The OSCAL version every exported model declares.
pub const OSCAL_VERSION: &str = "1.1.2";

/// The namespace of the properties and part names the app defines itself (OSCAL requires a
/// namespace for any name that is not one of its own).
pub const NS: &str = "https://aims-assess.example/ns/oscal";

/// Why an OSCAL model cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OscalError {
    #[error("the time stamp \"{0}\" is not a date and time in UTC")]
    BadTimestamp(String),
    #[error("the action plan has no open action, and an OSCAL POA&M needs one")]
    NoOpenActions,
}

/// What every model is written with: the moment of the export and the source of its UUIDs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The time of the export, an ISO 8601 date and time in UTC such as
    /// `2026-12-07T10:15:00.000Z`; it becomes `last-modified` and the result's start.
    timestamp: String,
    uuids: Uuids,
}

impl Context {
    /// A context for one export, refusing a time stamp that OSCAL would not accept (such as
    /// the empty text a browser gives when its clock cannot be read).
    pub fn new(timestamp: &str, seed: u64) -> Result<Context, OscalError> {
        if !is_timestamp(timestamp) {
            return Err(OscalError::BadTimestamp(timestamp.to_owned()));
        }
        Ok(Context {
            timestamp: timestamp.to_owned(),
            uuids: Uuids { seed },
        })
    }

    /// The time of the export.
    pub fn timestamp(&self) -> &str {
        &self.timestamp
    }

    /// The UUID of the object called `name` in this export.
    pub fn uuid(&self, name: &str) -> String {
        self.uuids.uuid(name)
    }

    /// The OSCAL metadata of a model with the given title and version.
    fn metadata(&self, title: String, version: &str) -> Metadata {
        Metadata {
            title,
            last_modified: self.timestamp.clone(),
            version: prop_value(version).unwrap_or_else(|| "1".to_owned()),
            oscal_version: OSCAL_VERSION.to_owned(),
            props: vec![Prop::ours("generator", "AIMS Assess")],
            remarks: None,
        }
    }
}

/// Checks the shape `YYYY-MM-DDThh:mm:ss[.fff]Z` of the browser's UTC time (OSCAL's
/// date-time-with-timezone), by the places of its separators and digits.
fn is_timestamp(text: &str) -> bool {
    let Some(body) = text.strip_suffix('Z') else {
        return false;
    };
    let (time, fraction) = body.split_at(body.len().min(19));
    time.len() == 19
        && time.bytes().enumerate().all(|(index, byte)| match index {
            4 | 7 => byte == b'-',
            10 => byte == b'T',
            13 | 16 => byte == b':',
            _ => byte.is_ascii_digit(),
        })
        && (fraction.is_empty()
            || fraction.len() > 1
                && fraction.starts_with('.')
                && fraction[1..].bytes().all(|byte| byte.is_ascii_digit()))
}

/// Deterministic UUIDs: each object's UUID is derived from the export's seed and the object's
/// name, so one export refers to its own objects consistently and a test can repeat it. They
/// have the layout of RFC 4122 version 4 (random) UUIDs, which is what they are when the seed
/// is random.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Uuids {
    seed: u64,
}

impl Uuids {
    fn uuid(self, name: &str) -> String {
        let high = mix(self.seed, name, 0x9e37_79b9_7f4a_7c15);
        let low = mix(self.seed, name, 0xc2b2_ae3d_27d4_eb4f);
        // Version 4 in the high nibble of the 7th byte, variant 10 in the 9th byte.
        let high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
        let low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xffff,
            high & 0xffff,
            low >> 48,
            low & 0xffff_ffff_ffff
        )
    }
}

/// A 64-bit hash of the seed and the name (FNV-1a over both, finished with the SplitMix64
/// mixer so that neighbouring names give unrelated values).
fn mix(seed: u64, name: &str, salt: u64) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ salt;
    for byte in seed.to_le_bytes().iter().chain(name.as_bytes()) {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(PRIME);
    }
    let mut z = hash.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The OSCAL ID of a clause item, clause, heading, Annex A area or control: lower case, dots
/// turned into hyphens, and a clause's number prefixed with `clause-` because an OSCAL ID
/// cannot start with a digit ("6.1.2" -> "clause-6-1-2", "A.6.2.4" -> "a-6-2-4").
pub fn catalog_id(id: &str) -> String {
    let body: String = id
        .chars()
        .map(|character| match character {
            '.' => '-',
            other => other.to_ascii_lowercase(),
        })
        .collect();
    if body.starts_with(|character: char| character.is_ascii_digit()) {
        format!("clause-{body}")
    } else {
        body
    }
}

/// The OSCAL ID of an own control: `own-` and its ID, with any character an OSCAL ID cannot
/// hold (and the underscore, the escape itself) written as `_` and its hexadecimal code, so two
/// different IDs never meet ("O1" -> "own-O1").
pub fn own_control_id(id: &str) -> String {
    let mut out = String::from("own-");
    for character in id.chars() {
        if character.is_ascii_alphanumeric() || character == '-' || character == '.' {
            out.push(character);
        } else {
            out.push_str(&format!("_{:x}_", u32::from(character)));
        }
    }
    out
}

/// The ID of the assessment-objective part of a catalog item.
pub fn objective_id(item_id: &str) -> String {
    format!("{}_obj", catalog_id(item_id))
}

/// The ID of a question's part: the item's objective part, a dot and the question's own
/// number ("6.1.2.q3" -> "clause-6-1-2_obj.q3").
pub fn question_part_id(item_id: &str, question_id: &str) -> String {
    let number = question_id
        .strip_prefix(item_id)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(question_id);
    let number: String = number
        .chars()
        .filter(|character| character.is_ascii_alphanumeric())
        .collect();
    format!("{}.{number}", objective_id(item_id))
}

/// A text as an OSCAL property value, which may not be empty nor start or end with blanks:
/// runs of white space (line breaks too) become one space; `None` for a blank text.
pub fn prop_value(text: &str) -> Option<String> {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// User text as an OSCAL `markup-line` (Markdown on one line) that reads as the text itself.
pub fn user_line(text: &str, fallback: &str) -> String {
    let escaped = markdown_text::escape(text);
    if escaped.trim().is_empty() {
        fallback.to_owned()
    } else {
        escaped
    }
}

/// User text as OSCAL `markup-multiline` (Markdown): every line escaped so that it reads as
/// text, one paragraph per line; `None` for a blank text.
pub fn user_prose(text: &str) -> Option<String> {
    let paragraphs: Vec<String> = text
        .lines()
        .map(markdown_text::escape)
        .filter(|line| !line.trim().is_empty())
        .collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

/// Writes a model as compact JSON with a final line break (compact rather than indented: the
/// indenting writer would add to the app's first download, and OSCAL tools do not care).
pub fn to_json<T: Serialize>(model: &T) -> String {
    let mut text =
        serde_json::to_string(model).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

/// OSCAL metadata: the fields every model needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Metadata {
    pub title: String,
    pub last_modified: String,
    pub version: String,
    pub oscal_version: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// An OSCAL property: a name, a value and, for names the app defines, its namespace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prop {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ns: Option<String>,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

impl Prop {
    /// A property OSCAL defines itself (such as `label`).
    pub fn core(name: &str, value: &str) -> Prop {
        Prop {
            name: name.to_owned(),
            ns: None,
            value: value.to_owned(),
            class: None,
        }
    }

    /// A property in the app's namespace.
    pub fn ours(name: &str, value: &str) -> Prop {
        Prop {
            ns: Some(NS.to_owned()),
            ..Prop::core(name, value)
        }
    }

    /// A property in the app's namespace holding user text, or `None` when the text is blank.
    pub fn ours_text(name: &str, text: &str) -> Option<Prop> {
        prop_value(text).map(|value| Prop::ours(name, &value))
    }
}

/// An OSCAL part: a named piece of prose, possibly with parts of its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ns: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prose: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

impl Part {
    /// A part with a name OSCAL defines (such as `guidance`).
    pub fn core(name: &str) -> Part {
        Part {
            id: None,
            name: name.to_owned(),
            ns: None,
            title: None,
            props: Vec::new(),
            prose: None,
            parts: Vec::new(),
        }
    }

    /// A part with a name in the app's namespace.
    pub fn ours(name: &str) -> Part {
        Part {
            ns: Some(NS.to_owned()),
            ..Part::core(name)
        }
    }

    pub fn with_id(self, id: String) -> Part {
        Part {
            id: Some(id),
            ..self
        }
    }

    pub fn with_prose(self, prose: Option<String>) -> Part {
        Part { prose, ..self }
    }
}

/// A link from a resource to a file, by relative file name or address.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Rlink {
    pub href: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

/// A file carried inside a resource.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Base64 {
    pub filename: String,
    pub media_type: String,
    pub value: String,
}

/// A back-matter resource: something the model refers to by `#uuid`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resource {
    pub uuid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rlinks: Vec<Rlink>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base64: Option<Base64>,
}

/// The back matter of a model: its resources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackMatter {
    pub resources: Vec<Resource>,
}

/// Standard Base64 (RFC 4648, with padding) of some bytes.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18u32, 12, 6, 0].iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The file name the catalog is exported under; the profile imports it by this name, so it
/// depends on the catalog version only.
pub fn catalog_file_name(catalog_version: &str) -> String {
    format!("aims-assess-iso42001-oscal-catalog-{catalog_version}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for (text, ok) in [
            ("2026-12-07T10:15:00.000Z", true),
            ("2026-12-07T10:15:00Z", true),
            ("2026-12-07T10:15:00+01:00", false),
            ("2026-12-07 10:15:00Z", false),
            ("2026-12-07T10:15:00", false),
            ("2026-12-07T10:15:00.Z", false),
            ("", false),
            ("2026-12-07", false),
        ] {
            assert_eq!(is_timestamp(text), ok, "{text}");
        }
    }

    #[test]
    fn base64_matches_rfc_4648_examples() {
        for (input, output) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), output);
        }
    }

    #[test]
    fn uuids_have_the_version_4_layout_and_differ_by_name_and_seed() {
        let uuids = Uuids { seed: 7 };
        let one = uuids.uuid("a");
        assert_eq!(one.len(), 36);
        assert_eq!(&one[14..15], "4");
        assert!(matches!(&one[19..20], "8" | "9" | "a" | "b"));
        assert_ne!(one, uuids.uuid("b"));
        assert_ne!(one, Uuids { seed: 8 }.uuid("a"));
        assert_eq!(one, Uuids { seed: 7 }.uuid("a"));
    }

    #[test]
    fn ids_are_oscal_tokens() {
        assert_eq!(catalog_id("6.1.2"), "clause-6-1-2");
        assert_eq!(catalog_id("A.6.2.4"), "a-6-2-4");
        assert_eq!(catalog_id("10"), "clause-10");
        assert_eq!(own_control_id("O1"), "own-O1");
        assert_eq!(own_control_id("O 1_"), "own-O_20_1_5f_");
        assert_eq!(question_part_id("6.1.2", "6.1.2.q3"), "clause-6-1-2_obj.q3");
    }
}
