//! The registers of the management system in the file (schema version 9 on): one list of
//! entries per register, named by the register's slug, and the certification plan's dates.
//!
//! A register's fields are data (`domain::records::RegisterSpec`), so an entry is read here
//! as an ID plus named values, each either a text or a list of texts, in the order the file
//! gives them; `io::validate` then checks every name and value against the register's spec
//! and reports a wrong one by its path. The JSON Schema of each register is built from the
//! same specs (`register_schema`), so it lists each register's own fields.

use super::{fields, DATE_PATTERN, MAX_TEXT_CHARS};
use crate::domain::records::{FieldKind, RegisterKind, RegisterSpec};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::fmt;

/// The form of a number of a register (a target, a measured value), for the JSON Schema: the
/// app keeps it exactly, with at most three decimal places, so the file holds it as text.
const NUMBER_PATTERN: &str = r"^[+-]?[0-9]+(\.[0-9]{1,3})?$";

/// The registers of the management system, each a list of entries in the user's order.
/// Since schema version 9; absent means every register is empty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordsDocument {
    /// Documented information (7.5): the documents the management system keeps.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "documents_schema")]
    pub documents: Vec<RecordDocument>,
    /// AI objectives (6.2) with their measurements over time (9.1).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "objectives_schema")]
    pub objectives: Vec<RecordDocument>,
    /// Competence and awareness (7.2, 7.3): roles, what they need and how it is met.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "competence_schema")]
    pub competence: Vec<RecordDocument>,
    /// Internal audits (9.2), planned and held.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "audits_schema")]
    pub audits: Vec<RecordDocument>,
    /// Management reviews (9.3).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "reviews_schema")]
    pub reviews: Vec<RecordDocument>,
    /// Nonconformities and incidents (10.2, A.8.4).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "incidents_schema")]
    pub incidents: Vec<RecordDocument>,
    /// Suppliers and third-party AI components (A.10.2, A.10.3).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "fields::objects"
    )]
    #[schemars(schema_with = "suppliers_schema")]
    pub suppliers: Vec<RecordDocument>,
    /// The number the next new entry's ID gets, by register, so that a deleted entry's ID is
    /// never reused. A register that is absent here, or whose number is lower, goes on from
    /// one more than the highest number in use.
    #[serde(
        default,
        skip_serializing_if = "NextNumbersDocument::is_empty",
        deserialize_with = "fields::object"
    )]
    pub next_numbers: NextNumbersDocument,
}

impl RecordsDocument {
    /// Whether nothing at all is recorded, so that the file leaves the registers out.
    pub fn is_empty(&self) -> bool {
        *self == RecordsDocument::default()
    }

    /// The entries of one register.
    pub fn list_mut(&mut self, kind: RegisterKind) -> &mut Vec<RecordDocument> {
        match kind {
            RegisterKind::Documents => &mut self.documents,
            RegisterKind::Objectives => &mut self.objectives,
            RegisterKind::Competence => &mut self.competence,
            RegisterKind::Audits => &mut self.audits,
            RegisterKind::Reviews => &mut self.reviews,
            RegisterKind::Incidents => &mut self.incidents,
            RegisterKind::Suppliers => &mut self.suppliers,
        }
    }
}

/// The number the next new entry's ID gets in each register ("DOC<n>", "OBJ<n>", ...). A
/// register whose counter is 0 (before its first entry) is left out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextNumbersDocument {
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub documents: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub objectives: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub competence: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub audits: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub reviews: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub incidents: u32,
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub suppliers: u32,
}

impl NextNumbersDocument {
    fn is_empty(&self) -> bool {
        *self == NextNumbersDocument::default()
    }

    /// The counter of one register.
    pub fn number_mut(&mut self, kind: RegisterKind) -> &mut u32 {
        match kind {
            RegisterKind::Documents => &mut self.documents,
            RegisterKind::Objectives => &mut self.objectives,
            RegisterKind::Competence => &mut self.competence,
            RegisterKind::Audits => &mut self.audits,
            RegisterKind::Reviews => &mut self.reviews,
            RegisterKind::Incidents => &mut self.incidents,
            RegisterKind::Suppliers => &mut self.suppliers,
        }
    }
}

/// One entry of a register: its ID, its values by field name (in the order written, which
/// is the order of the register's fields), and for objectives their measurements.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordDocument {
    pub id: String,
    pub values: Vec<(String, FieldValueDocument)>,
    /// `None` when the entry has no `measurements` at all, so that the reader can tell a
    /// register other than objectives that names them.
    pub measurements: Option<Vec<MeasurementDocument>>,
}

/// The value of one field: a text (a date, a number and a choice are texts too) or a list of
/// texts (clause items, AI systems, ticked choices).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValueDocument {
    One(String),
    List(Vec<String>),
}

/// One measurement of an objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasurementDocument {
    /// When it was measured, as `YYYY-MM-DD`.
    #[serde(deserialize_with = "fields::text")]
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub date: String,
    /// The value measured, written as text so that it is kept exactly, such as "92.5" (at
    /// most three decimal places).
    #[serde(deserialize_with = "fields::text")]
    #[schemars(regex(pattern = NUMBER_PATTERN))]
    pub value: String,
    /// A remark on the measurement; absent when there is none.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "fields::text"
    )]
    #[schemars(length(max = MAX_TEXT_CHARS))]
    pub comment: String,
}

/// The certification audit's target dates. Since schema version 9; absent means neither is
/// set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificationDocument {
    /// When stage 1 (the review of the design and documents) is planned, as `YYYY-MM-DD`;
    /// absent when not set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub stage1_target: Option<String>,
    /// When stage 2 (the audit of the system in operation) is planned, as `YYYY-MM-DD`;
    /// absent when not set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "fields::date"
    )]
    #[schemars(with = "String", regex(pattern = DATE_PATTERN))]
    pub stage2_target: Option<String>,
}

impl CertificationDocument {
    /// Whether neither date is set, so that the file leaves the plan out.
    pub fn is_empty(&self) -> bool {
        *self == CertificationDocument::default()
    }
}

impl Serialize for RecordDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let has_measurements = self
            .measurements
            .as_ref()
            .is_some_and(|list| !list.is_empty());
        let length = 1 + self.values.len() + usize::from(has_measurements);
        let mut map = serializer.serialize_map(Some(length))?;
        map.serialize_entry("id", &self.id)?;
        for (key, value) in &self.values {
            match value {
                FieldValueDocument::One(text) => map.serialize_entry(key, text)?,
                FieldValueDocument::List(entries) => map.serialize_entry(key, entries)?,
            }
        }
        if let Some(measurements) = self.measurements.as_ref().filter(|_| has_measurements) {
            map.serialize_entry("measurements", measurements)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RecordDocument {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

/// Reads an entry's keys in order: `id` must be a text, `measurements` a list of
/// measurements, and every other key a text or a list of texts, whose name and value
/// `io::validate` checks against the register.
struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = RecordDocument;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<RecordDocument, A::Error> {
        let mut id = None;
        let mut record = RecordDocument::default();
        while let Some(key) = entries.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(entries.next_value::<fields::LimitedText>()?.0),
                "measurements" => {
                    let list = entries.next_value::<Vec<Measurement>>()?;
                    record.measurements = Some(list.into_iter().map(|each| each.0).collect());
                }
                _ => {
                    let value = entries.next_value::<FieldValueDocument>()?;
                    record.values.push((key, value));
                }
            }
        }
        record.id = id.ok_or_else(|| de::Error::missing_field("id"))?;
        Ok(record)
    }
}

/// A measurement, read only from a JSON object.
struct Measurement(MeasurementDocument);

impl<'de> Deserialize<'de> for Measurement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        fields::object(deserializer).map(Measurement)
    }
}

impl<'de> Deserialize<'de> for FieldValueDocument {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldValueVisitor)
    }
}

/// Reads a field's value: a text, or a list of texts.
struct FieldValueVisitor;

impl<'de> Visitor<'de> for FieldValueVisitor {
    type Value = FieldValueDocument;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("text or a list of texts")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<FieldValueDocument, E> {
        fields::checked_text(text)?;
        Ok(FieldValueDocument::One(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<FieldValueDocument, E> {
        fields::checked_text(&text)?;
        Ok(FieldValueDocument::One(text))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut list: A) -> Result<FieldValueDocument, A::Error> {
        let mut texts = Vec::with_capacity(list.size_hint().unwrap_or(0).min(64));
        while let Some(fields::LimitedText(text)) = list.next_element()? {
            texts.push(text);
        }
        Ok(FieldValueDocument::List(texts))
    }
}

/// The JSON Schema of one register's entries, built from its spec: the ID's form, each field
/// with its kind (dates, numbers, choices, lists of items, systems or ticked choices), and for
/// objectives the measurements. No other field is allowed.
fn register_schema(spec: &RegisterSpec, generator: &mut SchemaGenerator) -> Schema {
    let mut properties = Map::new();
    properties.insert(
        "id".to_owned(),
        json!({
            "description": format!(
                "A stable ID such as \"{}1\", unique in the register and never reused.",
                spec.id_prefix
            ),
            "type": "string",
            "pattern": format!("^{}[1-9][0-9]{{0,9}}$", spec.id_prefix),
        }),
    );
    for field in spec.fields {
        let mut schema = field_schema(field.kind);
        if let Some(object) = schema.as_object_mut() {
            let description = if field.hint.is_empty() {
                field.label.to_owned()
            } else {
                format!("{}. {}", field.label, field.hint)
            };
            object.insert("description".to_owned(), Value::from(description));
        }
        properties.insert(field.key.to_owned(), schema);
    }
    if spec.kind == RegisterKind::Objectives {
        let measurement = generator.subschema_for::<MeasurementDocument>();
        properties.insert(
            "measurements".to_owned(),
            json!({
                "description": "Measurements of the objective, oldest first.",
                "type": "array",
                "items": measurement.to_value(),
            }),
        );
    }
    let entry = json!({
        "type": "object",
        "properties": properties,
        "required": ["id"],
        "additionalProperties": false,
    });
    let list = json!({
        "type": "array",
        "items": entry,
    });
    Schema::try_from(list).unwrap_or_default()
}

/// The JSON Schema of a field's value, by its kind. Empty values are left out of files, so
/// a text with a form (date, number, choice, fingerprint) always has that form.
fn field_schema(kind: FieldKind) -> Value {
    match kind {
        FieldKind::Text | FieldKind::LongText => {
            json!({ "type": "string", "maxLength": MAX_TEXT_CHARS })
        }
        FieldKind::Date => json!({ "type": "string", "pattern": DATE_PATTERN }),
        FieldKind::Number => json!({ "type": "string", "pattern": NUMBER_PATTERN }),
        FieldKind::Fingerprint => json!({ "type": "string", "pattern": "^[0-9a-f]{64}$" }),
        FieldKind::Choice(choices) => {
            let words: Vec<&str> = choices.iter().map(|choice| choice.slug).collect();
            json!({ "type": "string", "enum": words })
        }
        FieldKind::Checklist(choices) => {
            let words: Vec<&str> = choices.iter().map(|choice| choice.slug).collect();
            json!({
                "type": "array",
                "items": { "type": "string", "enum": words },
                "uniqueItems": true,
            })
        }
        FieldKind::Items => json!({
            "type": "array",
            "items": { "type": "string", "maxLength": 40 },
            "uniqueItems": true,
        }),
        FieldKind::Systems => json!({
            "type": "array",
            "items": { "type": "string", "pattern": "^S[0-9]+$" },
            "uniqueItems": true,
        }),
    }
}

/// The JSON Schema of the template texts: an object of texts within the text limit.
pub(super) fn template_texts_schema(_: &mut SchemaGenerator) -> Schema {
    let texts = json!({
        "type": "object",
        "additionalProperties": { "type": "string", "maxLength": MAX_TEXT_CHARS },
    });
    Schema::try_from(texts).unwrap_or_default()
}

fn documents_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Documents.spec(), generator)
}

fn objectives_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Objectives.spec(), generator)
}

fn competence_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Competence.spec(), generator)
}

fn audits_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Audits.spec(), generator)
}

fn reviews_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Reviews.spec(), generator)
}

fn incidents_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Incidents.spec(), generator)
}

fn suppliers_schema(generator: &mut SchemaGenerator) -> Schema {
    register_schema(RegisterKind::Suppliers.spec(), generator)
}
