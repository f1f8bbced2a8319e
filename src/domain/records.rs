//! The records of the management system an auditor asks to see: documented information,
//! AI objectives and their measurements, competence, internal audits, management reviews,
//! nonconformities and incidents, and suppliers.
//!
//! The seven registers share one shape: a list of entries with stable IDs ("DOC1", "OBJ1",
//! ...), each entry a set of named fields. What fields a register has, their labels, kinds and
//! hints is data (`RegisterSpec`), so one set of edits, one file reader, one CSV writer and
//! one form serve every register; the rules about each register (what is a finding, what
//! blocks a stage) read the fields through typed getters (`Record::date`, `Record::number`).
//! Objectives also keep measurements over time (`Measurement`).

use crate::domain::catalog::Catalog;
use crate::domain::date::IsoDate;
use crate::domain::limits::{self, Bounded, GrowingList, LimitError};
use std::collections::BTreeMap;
use std::fmt;

/// One of the registers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RegisterKind {
    Documents,
    Objectives,
    Competence,
    Audits,
    Reviews,
    Incidents,
    Suppliers,
}

impl RegisterKind {
    /// Every register, in the order of the navigation, the file and the report.
    pub const ALL: [RegisterKind; 7] = [
        RegisterKind::Documents,
        RegisterKind::Objectives,
        RegisterKind::Competence,
        RegisterKind::Audits,
        RegisterKind::Reviews,
        RegisterKind::Incidents,
        RegisterKind::Suppliers,
    ];

    /// What this register holds and how it is shown.
    pub fn spec(self) -> &'static RegisterSpec {
        match self {
            RegisterKind::Documents => &DOCUMENTS,
            RegisterKind::Objectives => &OBJECTIVES,
            RegisterKind::Competence => &COMPETENCE,
            RegisterKind::Audits => &AUDITS,
            RegisterKind::Reviews => &REVIEWS,
            RegisterKind::Incidents => &INCIDENTS,
            RegisterKind::Suppliers => &SUPPLIERS,
        }
    }

    /// The register whose name in files and addresses is `slug`.
    pub fn from_slug(slug: &str) -> Option<RegisterKind> {
        RegisterKind::ALL
            .into_iter()
            .find(|kind| kind.spec().slug == slug)
    }
}

/// One choice of a choice or checklist field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The word used in files.
    pub slug: &'static str,
    /// What the user sees.
    pub label: &'static str,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A calendar date.
    Date,
    /// A number such as 95 or 2.5 (`Decimal`).
    Number,
    /// One of a few choices.
    Choice(&'static [Choice]),
    /// Any of a few choices, ticked.
    Checklist(&'static [Choice]),
    /// Clause items and Annex A controls, by ID.
    Items,
    /// AI systems of the inventory, by ID.
    Systems,
    /// A file's SHA-256 fingerprint: 64 hexadecimal digits.
    Fingerprint,
}

impl FieldKind {
    /// Whether the field holds a list (items, systems, ticked choices) rather than one value.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            FieldKind::Checklist(_) | FieldKind::Items | FieldKind::Systems
        )
    }
}

/// One field of a register's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field's name in files (snake case), also its key in a `Record`.
    pub key: &'static str,
    /// The label on the form and the column heading in tables and CSV files.
    pub label: &'static str,
    pub kind: FieldKind,
    /// A line under the field that says what to write; may be empty.
    pub hint: &'static str,
}

/// A register: its names, the clauses it serves, its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegisterSpec {
    pub kind: RegisterKind,
    /// The register's name in files, CSV file names and addresses.
    pub slug: &'static str,
    /// The heading, such as "Documented information".
    pub title: &'static str,
    /// One entry, in lower case, such as "document".
    pub singular: &'static str,
    /// The start of every entry's ID, such as "DOC".
    pub id_prefix: &'static str,
    /// The parts of ISO/IEC 42001 it serves, such as "7.5, A.6.2.7".
    pub serves: &'static str,
    /// What to keep here and why an auditor asks for it, in our own words.
    pub intro: &'static str,
    pub fields: &'static [FieldSpec],
    /// The field that names an entry in lists and messages; never empty in a new entry.
    pub name_field: &'static str,
    /// The label of the name field in the form that adds an entry, such as "Title of the new
    /// document".
    pub add_label: &'static str,
}

impl RegisterSpec {
    /// The field named `key`, if this register has one.
    pub fn field(&self, key: &str) -> Option<&'static FieldSpec> {
        self.fields.iter().find(|field| field.key == key)
    }

    /// The label of the field that names an entry.
    pub fn name_label(&self) -> &'static str {
        self.field(self.name_field)
            .map_or("Name", |field| field.label)
    }
}

/// A number as entered by the user, kept exactly: thousandths in an integer, so that targets
/// and measurements compare without rounding and are written back as they were typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i64);

/// Why a text is not a number the app can keep.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a number such as 95, 2.5 or -10 (at most three decimal places)")]
pub struct NumberError(pub String);

impl Decimal {
    /// The number in thousandths, for exact arithmetic such as a chart's scale.
    pub fn thousandths(self) -> i64 {
        self.0
    }

    /// Reads "95", "2.5", "-0.125" or "+3"; spaces around it are ignored.
    pub fn parse(text: &str) -> Result<Decimal, NumberError> {
        let error = || NumberError(text.to_owned());
        let trimmed = text.trim();
        let (negative, unsigned) = match trimmed.as_bytes().first() {
            Some(b'-') => (true, &trimmed[1..]),
            Some(b'+') => (false, &trimmed[1..]),
            _ => (false, trimmed),
        };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits_only = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
        if whole.is_empty() || !digits_only(whole) || !digits_only(fraction) || fraction.len() > 3 {
            return Err(error());
        }
        if unsigned.ends_with('.') {
            return Err(error());
        }
        let whole: i64 = whole.parse().map_err(|_| error())?;
        let mut thousandths: i64 = 0;
        for (place, digit) in fraction.bytes().enumerate() {
            thousandths += i64::from(digit - b'0') * [100, 10, 1][place];
        }
        let magnitude = whole
            .checked_mul(1000)
            .and_then(|value| value.checked_add(thousandths))
            .filter(|value| *value <= 999_999_999_999_999)
            .ok_or_else(error)?;
        Ok(Decimal(if negative { -magnitude } else { magnitude }))
    }
}

impl fmt::Display for Decimal {
    /// The shortest form: "95", "2.5", "-0.125".
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let (whole, fraction) = (magnitude / 1000, magnitude % 1000);
        if fraction == 0 {
            return write!(formatter, "{sign}{whole}");
        }
        let fraction = format!("{fraction:03}");
        write!(
            formatter,
            "{sign}{whole}.{}",
            fraction.trim_end_matches('0')
        )
    }
}

/// One measurement of an objective.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measurement {
    pub date: IsoDate,
    pub value: Decimal,
    pub comment: String,
}

/// One entry of a register. Values are kept by field key, only when not empty, and were
/// checked against the field's kind when set, so the getters can read them back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    values: BTreeMap<&'static str, String>,
    lists: BTreeMap<&'static str, Vec<String>>,
    /// Measurements over time, oldest first (objectives only).
    pub measurements: Vec<Measurement>,
}

impl Record {
    /// A new entry with only its ID.
    pub fn new(id: String) -> Record {
        Record {
            id,
            values: BTreeMap::new(),
            lists: BTreeMap::new(),
            measurements: Vec::new(),
        }
    }

    /// The value of a one-value field ("" when empty or when the field holds a list).
    pub fn text(&self, key: &str) -> &str {
        self.values.get(key).map_or("", String::as_str)
    }

    /// The entries of a list field (empty when none).
    pub fn list(&self, key: &str) -> &[String] {
        self.lists.get(key).map_or(&[], Vec::as_slice)
    }

    /// The date in a date field, if set.
    pub fn date(&self, key: &str) -> Option<IsoDate> {
        self.text(key).parse().ok()
    }

    /// The number in a number field, if set.
    pub fn number(&self, key: &str) -> Option<Decimal> {
        Decimal::parse(self.text(key)).ok()
    }

    /// Whether a list field holds `entry`.
    pub fn has(&self, key: &str, entry: &str) -> bool {
        self.list(key).iter().any(|held| held == entry)
    }

    /// A field's value as the user reads it: a choice by its label, a list joined with "; "
    /// (items and systems by ID, ticked choices by label), anything else as kept ("" when
    /// empty).
    pub fn display(&self, field: &FieldSpec) -> String {
        match field.kind {
            FieldKind::Choice(choices) => {
                let slug = self.text(field.key);
                choices
                    .iter()
                    .find(|choice| choice.slug == slug)
                    .map_or_else(|| slug.to_owned(), |choice| choice.label.to_owned())
            }
            FieldKind::Checklist(choices) => choices
                .iter()
                .filter(|choice| self.has(field.key, choice.slug))
                .map(|choice| choice.label)
                .collect::<Vec<_>>()
                .join("; "),
            FieldKind::Items | FieldKind::Systems => self.list(field.key).join("; "),
            _ => self.text(field.key).to_owned(),
        }
    }

    /// The keys and values of every field that is set, for writers.
    pub fn values(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.values
            .iter()
            .map(|(key, value)| (*key, value.as_str()))
    }

    /// The keys and entries of every list field that is set, for writers.
    pub fn lists(&self) -> impl Iterator<Item = (&'static str, &[String])> {
        self.lists.iter().map(|(key, list)| (*key, list.as_slice()))
    }
}

impl Bounded for Record {
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.id.as_str()];
        texts.extend(self.values.values().map(String::as_str));
        texts.extend(self.measurements.iter().map(|entry| entry.comment.as_str()));
        texts
    }

    fn lists(&self) -> Vec<(GrowingList, usize)> {
        let mut lists = vec![(GrowingList::Measurements, self.measurements.len())];
        lists.extend(
            self.lists
                .values()
                .map(|list| (GrowingList::RegisterEntries, list.len())),
        );
        lists
    }
}

/// An edit of a register refused, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("there is no entry {0} in this register")]
    UnknownRecord(String),
    #[error("this register has no field \"{0}\"")]
    UnknownField(String),
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("there is no measurement {0} of this objective")]
    UnknownMeasurement(usize),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

/// One register: its entries in the user's order and the number of the next new ID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Register {
    pub records: Vec<Record>,
    /// The number the next new entry's ID gets. It only grows, so a deleted entry's ID is
    /// never given to another.
    pub next_number: u32,
}

impl Register {
    /// The entry with this ID.
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|record| record.id == id)
    }
}

/// Every register of an assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registers {
    registers: [Register; 7],
}

impl Registers {
    fn index(kind: RegisterKind) -> usize {
        RegisterKind::ALL
            .iter()
            .position(|each| *each == kind)
            .unwrap_or_default()
    }

    pub fn get(&self, kind: RegisterKind) -> &Register {
        &self.registers[Self::index(kind)]
    }

    /// The register itself, for readers that rebuild it (`io::validate`); edits go through
    /// the methods below, which check every value.
    pub fn get_mut(&mut self, kind: RegisterKind) -> &mut Register {
        &mut self.registers[Self::index(kind)]
    }

    /// Whether every register is empty and has issued no ID.
    pub fn is_empty(&self) -> bool {
        *self == Registers::default()
    }

    /// Adds an entry named `name` and returns its new ID.
    pub fn add(&mut self, kind: RegisterKind, name: String) -> Result<String, RecordError> {
        let spec = kind.spec();
        let register = self.get_mut(kind);
        limits::check_room(GrowingList::RegisterEntries, register.records.len())?;
        limits::check_new_text(&name)?;
        let ids = register.records.iter().map(|record| record.id.as_str());
        let (id, next_number) = limits::issue_id(
            GrowingList::RegisterEntries,
            spec.id_prefix,
            register.next_number,
            ids,
        )?;
        register.next_number = next_number;
        let mut record = Record::new(id.clone());
        // A blank name is no name, as `set_value` and the file reader treat blank text.
        if !name.trim().is_empty() {
            record.values.insert(spec.name_field, name);
        }
        register.records.push(record);
        Ok(id)
    }

    fn record_mut(&mut self, kind: RegisterKind, id: &str) -> Result<&mut Record, RecordError> {
        self.get_mut(kind)
            .records
            .iter_mut()
            .find(|record| record.id == id)
            .ok_or_else(|| RecordError::UnknownRecord(id.to_owned()))
    }

    /// Sets a one-value field; an empty (or blank) value clears it. The value must suit the
    /// field: a date in the form YYYY-MM-DD, a number, one of the choices.
    pub fn set_value(
        &mut self,
        kind: RegisterKind,
        id: &str,
        key: &str,
        value: String,
    ) -> Result<(), RecordError> {
        let field = kind
            .spec()
            .field(key)
            .filter(|field| !field.kind.is_list())
            .ok_or_else(|| RecordError::UnknownField(key.to_owned()))?;
        let value = check_value(field, value)?;
        let record = self.record_mut(kind, id)?;
        limits::check_text_change(record.text(field.key), &value)?;
        if value.is_empty() {
            record.values.remove(field.key);
        } else {
            record.values.insert(field.key, value);
        }
        Ok(())
    }

    /// Sets a list field. Items must be in the catalog, systems must look like system IDs,
    /// ticked choices must be the field's; repeats are dropped and the order is kept.
    pub fn set_list(
        &mut self,
        catalog: Catalog,
        kind: RegisterKind,
        id: &str,
        key: &str,
        entries: Vec<String>,
    ) -> Result<(), RecordError> {
        let field = kind
            .spec()
            .field(key)
            .filter(|field| field.kind.is_list())
            .ok_or_else(|| RecordError::UnknownField(key.to_owned()))?;
        let entries = check_list(catalog, field, entries)?;
        limits::check_room(
            GrowingList::RegisterEntries,
            entries.len().saturating_sub(1),
        )?;
        let record = self.record_mut(kind, id)?;
        if entries.is_empty() {
            record.lists.remove(field.key);
        } else {
            record.lists.insert(field.key, entries);
        }
        Ok(())
    }

    /// Adds a measurement to an objective, keeping them in date order (a measurement of the
    /// same day as others goes after them).
    pub fn add_measurement(
        &mut self,
        id: &str,
        measurement: Measurement,
    ) -> Result<(), RecordError> {
        limits::check_new_text(&measurement.comment)?;
        let record = self.record_mut(RegisterKind::Objectives, id)?;
        limits::check_room(GrowingList::Measurements, record.measurements.len())?;
        let at = record
            .measurements
            .iter()
            .position(|each| each.date > measurement.date)
            .unwrap_or(record.measurements.len());
        record.measurements.insert(at, measurement);
        Ok(())
    }

    /// Removes the measurement at `index` of an objective and returns it.
    pub fn remove_measurement(
        &mut self,
        id: &str,
        index: usize,
    ) -> Result<Measurement, RecordError> {
        let record = self.record_mut(RegisterKind::Objectives, id)?;
        if index >= record.measurements.len() {
            return Err(RecordError::UnknownMeasurement(index));
        }
        Ok(record.measurements.remove(index))
    }

    /// Removes an entry; returns where it was and the entry, for "Undo".
    pub fn remove(&mut self, kind: RegisterKind, id: &str) -> Result<(usize, Record), RecordError> {
        let register = self.get_mut(kind);
        let index = register
            .records
            .iter()
            .position(|record| record.id == id)
            .ok_or_else(|| RecordError::UnknownRecord(id.to_owned()))?;
        Ok((index, register.records.remove(index)))
    }

    /// Puts a removed entry back where it was.
    pub fn restore(&mut self, kind: RegisterKind, index: usize, record: Record) {
        let register = self.get_mut(kind);
        let index = index.min(register.records.len());
        register.records.insert(index, record);
    }

    /// Puts an entry read from a file into a register, checking each value as an edit
    /// would; for `io::validate`, which names the field of an error by its path.
    pub fn insert_read(
        catalog: Catalog,
        kind: RegisterKind,
        record: &mut Record,
        key: &str,
        value: FieldInput,
    ) -> Result<(), RecordError> {
        let field = kind
            .spec()
            .field(key)
            .ok_or_else(|| RecordError::UnknownField(key.to_owned()))?;
        match (value, field.kind.is_list()) {
            (FieldInput::One(value), false) => {
                let value = check_value(field, value)?;
                if !value.is_empty() {
                    record.values.insert(field.key, value);
                }
            }
            (FieldInput::List(entries), true) => {
                let entries = check_list(catalog, field, entries)?;
                if !entries.is_empty() {
                    record.lists.insert(field.key, entries);
                }
            }
            (FieldInput::One(_), true) => {
                return Err(invalid(field, "expected a list of texts".to_owned()))
            }
            (FieldInput::List(_), false) => {
                return Err(invalid(field, "expected one text, not a list".to_owned()))
            }
        }
        Ok(())
    }
}

/// A field's value as read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldInput {
    One(String),
    List(Vec<String>),
}

fn invalid(field: &'static FieldSpec, message: String) -> RecordError {
    RecordError::Invalid {
        field: field.label,
        message,
    }
}

/// The value to keep for a one-value field: trimmed where it is a date, number, choice or
/// fingerprint, checked against the field's kind.
fn check_value(field: &'static FieldSpec, value: String) -> Result<String, RecordError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    match field.kind {
        FieldKind::Text | FieldKind::LongText => Ok(value),
        FieldKind::Date => trimmed
            .parse::<IsoDate>()
            .map(|date| date.to_string())
            .map_err(|error| invalid(field, error.to_string())),
        FieldKind::Number => Decimal::parse(trimmed)
            .map(|number| number.to_string())
            .map_err(|error| invalid(field, error.to_string())),
        FieldKind::Choice(choices) => choices
            .iter()
            .find(|choice| choice.slug == trimmed)
            .map(|choice| choice.slug.to_owned())
            .ok_or_else(|| invalid(field, not_a_choice(trimmed, choices))),
        FieldKind::Fingerprint => {
            let hex = trimmed.to_ascii_lowercase();
            if hex.len() == 64 && hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                Ok(hex)
            } else {
                Err(invalid(
                    field,
                    "a SHA-256 fingerprint is 64 digits and letters a to f".to_owned(),
                ))
            }
        }
        FieldKind::Checklist(_) | FieldKind::Items | FieldKind::Systems => {
            Err(invalid(field, "expected a list".to_owned()))
        }
    }
}

fn not_a_choice(value: &str, choices: &[Choice]) -> String {
    let words: Vec<String> = choices
        .iter()
        .map(|choice| format!("\"{}\"", choice.slug))
        .collect();
    format!("\"{value}\" is not one of {}", words.join(", "))
}

/// The entries to keep for a list field, checked and without repeats.
fn check_list(
    catalog: Catalog,
    field: &'static FieldSpec,
    entries: Vec<String>,
) -> Result<Vec<String>, RecordError> {
    let mut kept: Vec<String> = Vec::with_capacity(entries.len());
    for entry in entries {
        let entry = entry.trim().to_owned();
        let known = match field.kind {
            FieldKind::Items => catalog.item(&entry).is_some(),
            FieldKind::Systems => limits::id_number(&entry, "S").is_some(),
            FieldKind::Checklist(choices) => choices.iter().any(|choice| choice.slug == entry),
            _ => false,
        };
        if !known {
            let message = match field.kind {
                FieldKind::Items => format!("there is no item {entry} in the catalog"),
                FieldKind::Systems => format!("\"{entry}\" is not an AI system ID such as S1"),
                FieldKind::Checklist(choices) => not_a_choice(&entry, choices),
                _ => "expected one value, not a list".to_owned(),
            };
            return Err(invalid(field, message));
        }
        if !kept.contains(&entry) {
            kept.push(entry);
        }
    }
    Ok(kept)
}

// The registers' fields. Labels are what the user sees and the CSV's column headings; keys are
// the names in files and never change once released.

const fn text(key: &'static str, label: &'static str, hint: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind: FieldKind::Text,
        hint,
    }
}

const fn long(key: &'static str, label: &'static str, hint: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind: FieldKind::LongText,
        hint,
    }
}

const fn date(key: &'static str, label: &'static str, hint: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind: FieldKind::Date,
        hint,
    }
}

const fn field(
    key: &'static str,
    label: &'static str,
    kind: FieldKind,
    hint: &'static str,
) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind,
        hint,
    }
}

const fn choice(slug: &'static str, label: &'static str) -> Choice {
    Choice { slug, label }
}

/// How often an objective is measured.
pub const FREQUENCIES: &[Choice] = &[
    choice("monthly", "Monthly"),
    choice("quarterly", "Quarterly"),
    choice("half-yearly", "Every six months"),
    choice("yearly", "Yearly"),
];

/// The longest gap, in days, between measurements of an objective measured at `frequency`:
/// the period plus a week's grace, so a measurement taken a few days late is not a finding.
pub fn frequency_days(frequency: &str) -> Option<i64> {
    match frequency {
        "monthly" => Some(31 + 7),
        "quarterly" => Some(92 + 7),
        "half-yearly" => Some(183 + 7),
        "yearly" => Some(366 + 7),
        _ => None,
    }
}

/// Whether a measurement meets an objective's target.
pub const DIRECTIONS: &[Choice] = &[
    choice("at-least", "At least the target"),
    choice("at-most", "At most the target"),
];

/// Where a role's competence stands.
pub const COMPETENCE_STATES: &[Choice] = &[
    choice("met", "Met, with evidence"),
    choice("partly", "Partly met"),
    choice("gap", "Not met yet"),
];

/// Whether an auditor is independent of what they audited.
pub const INDEPENDENCE: &[Choice] = &[
    choice("independent", "Independent of the audited work"),
    choice("not-independent", "Audited their own work"),
];

/// What a management review considers: our own summary of the inputs clause 9.3.2 lists.
pub const REVIEW_INPUTS: &[Choice] = &[
    choice(
        "previous-actions",
        "Actions from earlier reviews and where they stand",
    ),
    choice(
        "external-internal-issues",
        "Changes in external and internal issues",
    ),
    choice(
        "interested-parties",
        "Changes in what interested parties need and expect",
    ),
    choice("nonconformities", "Nonconformities and corrective actions"),
    choice(
        "monitoring-results",
        "Results of monitoring and measurement",
    ),
    choice("audit-results", "Results of audits"),
    choice("improvement", "Opportunities to improve"),
];

/// What an entry of the incidents register is.
pub const INCIDENT_KINDS: &[Choice] = &[
    choice("nonconformity", "Nonconformity"),
    choice("incident", "AI incident"),
    choice("near-miss", "Near miss"),
];

/// Whether an incident or nonconformity is still being handled.
pub const INCIDENT_STATES: &[Choice] = &[choice("open", "Open"), choice("closed", "Closed")];

/// What a contract with an AI supplier can settle; our own list of what A.10.3 leads to.
pub const CONTRACT_CLAUSES: &[Choice] = &[
    choice("data-use", "How our data may be used"),
    choice("security", "Security and confidentiality"),
    choice("change-notice", "Notice of changes to the model or service"),
    choice("incident-notice", "Notice of incidents"),
    choice("documentation", "Documentation of the component"),
    choice("audit-rights", "Right to audit or to see assurance reports"),
    choice("exit", "Exit and return of data"),
];

pub static DOCUMENTS: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Documents,
    slug: "documents",
    title: "Documented information",
    singular: "document",
    id_prefix: "DOC",
    serves: "7.5 and every clause or control that asks for documented information",
    intro: "Every document your management system keeps: the ones the standard asks for and \
            any others you rely on. Record who owns it, which version is current, who approved \
            it and when it is next reviewed. You can take a file's fingerprint here: the file \
            is read in this browser only, never stored or sent, and anyone holding the file \
            can later check it is the one you recorded.",
    fields: &[
        text(
            "title",
            "Title",
            "The document's name, such as \"AI policy\".",
        ),
        field(
            "items",
            "Serves",
            FieldKind::Items,
            "The clause items and controls this document is evidence for.",
        ),
        text("owner", "Owner", "Who keeps it up to date."),
        text("version", "Version", "Such as 1.2 or \"March 2026\"."),
        text("approved_by", "Approved by", "Who approved this version."),
        date("approved_on", "Approved on", ""),
        date(
            "next_review",
            "Next review",
            "When it is due to be reviewed.",
        ),
        text(
            "location",
            "Where it is kept",
            "A folder, a system or a link; shown as text, never opened by the app.",
        ),
        field(
            "sha256",
            "SHA-256 fingerprint",
            FieldKind::Fingerprint,
            "Taken from the file in this browser; the file itself is not kept.",
        ),
        text(
            "fingerprint_of",
            "Fingerprint taken of",
            "The file name the fingerprint was taken of.",
        ),
        long("notes", "Notes", ""),
    ],
    name_field: "title",
    add_label: "Title of the new document",
};

pub static OBJECTIVES: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Objectives,
    slug: "objectives",
    title: "AI objectives and measures",
    singular: "objective",
    id_prefix: "OBJ",
    serves: "6.2, 9.1",
    intro: "What your AI management system sets out to achieve, how you measure it and the \
            measurements over time. An objective with no measurement within its period, or \
            whose latest measurement misses the target, shows in the consistency check.",
    fields: &[
        text(
            "objective",
            "Objective",
            "Such as \"Every AI system has a current impact assessment\".",
        ),
        long(
            "measure",
            "How it is measured",
            "What is counted or checked, and from where.",
        ),
        field(
            "target",
            "Target",
            FieldKind::Number,
            "A number, such as 95.",
        ),
        field(
            "direction",
            "Target is met when the value is",
            FieldKind::Choice(DIRECTIONS),
            "",
        ),
        text("unit", "Unit", "Such as %, days or cases."),
        field("frequency", "How often", FieldKind::Choice(FREQUENCIES), ""),
        text("owner", "Owner", "Who measures it and reports on it."),
        field("systems", "AI systems", FieldKind::Systems, ""),
        long(
            "plan",
            "Plan to reach it",
            "What will be done, with which resources, by when.",
        ),
    ],
    name_field: "objective",
    add_label: "The new objective",
};

pub static COMPETENCE: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Competence,
    slug: "competence",
    title: "Competence and awareness",
    singular: "role",
    id_prefix: "COMP",
    serves: "7.2, 7.3, A.4.6",
    intro: "The roles whose work affects how your AI systems perform, the competence each \
            needs, and how the people in them have it: education, training or experience, with \
            dates and evidence. Names are optional; the role is what the auditor looks for.",
    fields: &[
        text(
            "role",
            "Role",
            "Such as \"Data scientist\" or \"Recruiter using the screening tool\".",
        ),
        long("affects", "How it affects AI performance", ""),
        long(
            "competence",
            "Competence needed",
            "Knowledge and skills the role needs.",
        ),
        text(
            "people",
            "People in the role",
            "Optional: names or a count.",
        ),
        long(
            "how_met",
            "Training or experience",
            "Courses, qualifications, experience.",
        ),
        date(
            "completed_on",
            "Completed on",
            "When the training was done or last checked.",
        ),
        text(
            "evidence",
            "Evidence",
            "Certificates, records, where they are kept.",
        ),
        date(
            "awareness_on",
            "Awareness briefing on",
            "When the people last heard about the AI policy and their part in it.",
        ),
        date(
            "refresh_due",
            "Refresh due",
            "When competence is checked again.",
        ),
        field(
            "status",
            "Competence",
            FieldKind::Choice(COMPETENCE_STATES),
            "",
        ),
    ],
    name_field: "role",
    add_label: "Name of the new role",
};

pub static AUDITS: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Audits,
    slug: "audits",
    title: "Internal audits",
    singular: "audit",
    id_prefix: "AUD",
    serves: "9.2",
    intro: "The audits of your programme, planned and held: what each covers, by whom, and \
            what it found. Before stage 1 of certification an auditor expects at least one \
            internal audit of the whole management system to have been held.",
    fields: &[
        text("title", "Audit", "Such as \"Internal audit 2026\"."),
        long(
            "scope",
            "Scope",
            "Which clauses, controls, sites and systems it covers.",
        ),
        long(
            "criteria",
            "Criteria",
            "What is audited against: the standard, your policies.",
        ),
        date("planned_on", "Planned for", ""),
        date("held_on", "Held on", "Leave empty until it has been held."),
        text("auditor", "Auditor", ""),
        field(
            "independence",
            "Independence",
            FieldKind::Choice(INDEPENDENCE),
            "Auditors do not audit their own work.",
        ),
        long(
            "findings",
            "Findings",
            "What the audit found, one per line.",
        ),
        field(
            "items",
            "Findings concern",
            FieldKind::Items,
            "The clause items and controls the findings are about.",
        ),
        text("report", "Report kept at", ""),
    ],
    name_field: "title",
    add_label: "Name of the new audit",
};

pub static REVIEWS: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Reviews,
    slug: "reviews",
    title: "Management reviews",
    singular: "review",
    id_prefix: "REV",
    serves: "9.3",
    intro: "Top management's reviews of the AI management system: when, who took part, what \
            was considered and what was decided. Tick each input the review covered; each \
            decision can go into the action plan.",
    fields: &[
        text("title", "Review", "Such as \"Management review Q4 2026\"."),
        date("planned_on", "Planned for", ""),
        date("held_on", "Held on", "Leave empty until it has been held."),
        text("attendees", "Attendees", "Who took part, by role."),
        field(
            "inputs",
            "Inputs considered",
            FieldKind::Checklist(REVIEW_INPUTS),
            "",
        ),
        long(
            "decisions",
            "Decisions",
            "One decision per line, with its owner.",
        ),
        text("minutes", "Minutes kept at", ""),
    ],
    name_field: "title",
    add_label: "Name of the new review",
};

pub static INCIDENTS: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Incidents,
    slug: "incidents",
    title: "Nonconformities and incidents",
    singular: "incident or nonconformity",
    id_prefix: "INC",
    serves: "10.2, A.8.4",
    intro: "What went wrong, or nearly did, and what was done: the correction, the cause, the \
            corrective action that stops it happening again, and the check that it worked. A \
            closed entry without a cause, a corrective action and that check shows in the \
            consistency check.",
    fields: &[
        text("title", "What happened", "In one line."),
        field("kind", "Kind", FieldKind::Choice(INCIDENT_KINDS), ""),
        date("occurred_on", "Occurred on", ""),
        field("systems", "AI systems", FieldKind::Systems, ""),
        field("items", "Clause items and controls", FieldKind::Items, ""),
        long("description", "Description", ""),
        long(
            "correction",
            "Correction",
            "What was done at once to contain it.",
        ),
        long("cause", "Cause", "Why it happened."),
        long(
            "corrective_action",
            "Corrective action",
            "What stops it happening again; it can go into the action plan.",
        ),
        long(
            "effectiveness",
            "Check of effectiveness",
            "How you know the corrective action worked.",
        ),
        date("checked_on", "Checked on", ""),
        field("status", "Status", FieldKind::Choice(INCIDENT_STATES), ""),
    ],
    name_field: "title",
    add_label: "What happened, in one line",
};

pub static SUPPLIERS: RegisterSpec = RegisterSpec {
    kind: RegisterKind::Suppliers,
    slug: "suppliers",
    title: "Suppliers and third-party AI components",
    singular: "supplier",
    id_prefix: "SUP",
    serves: "A.10.2, A.10.3",
    intro: "The suppliers of models, data, platforms and services your AI systems rely on: what \
            they supply, what you checked, what the contract settles and when you look again.",
    fields: &[
        text("supplier", "Supplier", ""),
        text(
            "component",
            "Component or service",
            "Such as a hosted language model or a labelled data set.",
        ),
        field("systems", "Used by AI systems", FieldKind::Systems, ""),
        long(
            "assessed",
            "What was assessed",
            "Security, data use, quality, documentation...",
        ),
        date("assessed_on", "Assessed on", ""),
        field(
            "clauses",
            "Contract settles",
            FieldKind::Checklist(CONTRACT_CLAUSES),
            "",
        ),
        text("contact", "Contact", ""),
        date("next_review", "Next review", ""),
        long("notes", "Notes", ""),
    ],
    name_field: "supplier",
    add_label: "Name of the new supplier",
};
