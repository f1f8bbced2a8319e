//! Reading: turns a parsed file of the current schema into a domain assessment, checking types
//! and everything types alone cannot (known item, question and control IDs, real dates, sane
//! lengths, consistent risk criteria, ratings on their scales, Annex C references, unique
//! risk, action and comment IDs).
//!
//! The file is walked as an `io::value::Value` by hand rather than through derived
//! `Deserialize` impls: each derived impl adds its own copy of the parsing code to the Wasm
//! bundle, while the walk reuses the one `Value` parser (see ARCHITECTURE.md, "Why the bundle
//! stays small"). `io::format` keeps the typed description of the same document, and a native
//! test checks that the two agree.
//!
//! Problems that lose nothing the app could use become warnings; problems that would change
//! the meaning of the data are errors naming the JSON path.

use crate::domain::action_plan::{ActionPlan, ActionStatus, ActionUpdate, CustomAction, Priority};
use crate::domain::annex_c;
use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Item, CATALOG_VERSION};
use crate::domain::date::IsoDate;
use crate::domain::impact_catalog;
use crate::domain::profile::{Profile, SizeBand};
use crate::domain::review::{ReviewComment, ReviewComments};
use crate::domain::risk::{Risk, RiskRegister, RiskStatus, RiskText, Treatment, TreatmentAction};
use crate::domain::risk_criteria::{Axis, Rating, RiskCriteria};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, ControlDecision, InclusionReason, Soa};
use crate::domain::system::{
    AiSystem, Automation, DataKind, Inventory, LifeCycleStage, SystemText,
};
use crate::io::value::{Map, Value};
use crate::io::{path, ImportError, ImportWarning};

/// The longest free text accepted in one field. Notes far beyond this are almost certainly a
/// wrong or hostile file, and would make the page slow to render.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A validated assessment, with the warnings the user should see before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub assessment: Assessment,
    pub warnings: Vec<ImportWarning>,
    /// Whether the file says it is an anonymised copy.
    pub anonymised: bool,
}

/// The JSON type of a value, for "invalid type" messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn invalid_type(at: &str, value: &Value, expected: &str) -> ImportError {
    ImportError::at(
        at,
        format!("invalid type: {}, expected {expected}", kind(value)),
    )
}

/// An object whose keys are all among `allowed`.
fn object<'a, 'v>(
    value: &'a Value<'v>,
    at: &str,
    allowed: &[&str],
) -> Result<&'a Map<'v>, ImportError> {
    let map = value
        .as_object()
        .ok_or_else(|| invalid_type(at, value, "an object"))?;
    if let Some(unknown) = map.keys().find(|key| !allowed.contains(key)) {
        return Err(ImportError::at(
            path::key(at, unknown),
            format!(
                "unknown field `{unknown}`, expected one of `{}`",
                allowed.join("`, `")
            ),
        ));
    }
    Ok(map)
}

/// A map from IDs to values (any keys allowed).
fn id_map<'a, 'v>(value: &'a Value<'v>, at: &str) -> Result<&'a Map<'v>, ImportError> {
    value
        .as_object()
        .ok_or_else(|| invalid_type(at, value, "an object"))
}

/// A string field, checked for length. A missing optional field reads as empty. The field's
/// path is only written out for an error: a large file has tens of thousands of fields.
fn text(map: &Map, at: &str, key: &str, required: bool) -> Result<String, ImportError> {
    match map.get(key) {
        // The missing field's own path, so even a top-level field is named by place.
        None if required => Err(ImportError::at(
            path::key(at, key),
            "this required field is missing",
        )),
        None => Ok(String::new()),
        // A text of at most MAX_TEXT_CHARS bytes has at most that many characters.
        Some(Value::String(text)) if text.len() <= MAX_TEXT_CHARS => Ok(text.to_string()),
        Some(Value::String(text)) => limited(text, &path::key(at, key)),
        Some(other) => Err(invalid_type(&path::key(at, key), other, "a string")),
    }
}

/// One of a fixed set of words, such as "yes", "partly" or "no".
fn word<T: Copy>(value: &Value, at: &str, choices: &[(&str, T)]) -> Result<T, ImportError> {
    // The common case first, without building the error message's list of names.
    if let Some(word) = value.as_str() {
        if let Some((_, choice)) = choices.iter().find(|(name, _)| *name == word) {
            return Ok(*choice);
        }
    }
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    let index = word_index(value, at, &names)?;
    Ok(choices[index].1)
}

/// The position of a word among `names`. Kept out of line and free of type parameters, so
/// the checking code exists once in the Wasm rather than once per kind of word.
#[inline(never)]
fn word_index(value: &Value, at: &str, names: &[&str]) -> Result<usize, ImportError> {
    if let Some(index) = value
        .as_str()
        .and_then(|word| names.iter().position(|name| *name == word))
    {
        return Ok(index);
    }
    let expected = format!("one of `{}`", names.join("`, `"));
    let word = value
        .as_str()
        .ok_or_else(|| invalid_type(at, value, &expected))?;
    Err(ImportError::at(
        at,
        format!("unknown variant `{word}`, expected {expected}"),
    ))
}

/// A list of words, each one of a fixed set.
fn words<T: Copy>(
    map: &Map,
    at: &str,
    key: &str,
    choices: &[(&str, T)],
) -> Result<Vec<T>, ImportError> {
    let list_path = path::key(at, key);
    match map.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(values)) => values
            .iter()
            .enumerate()
            .map(|(index, value)| word(value, &path::index(&list_path, index), choices))
            .collect(),
        Some(other) => Err(invalid_type(&list_path, other, "an array")),
    }
}

const ANSWERS: [(&str, Answer); 3] = [
    ("yes", Answer::Yes),
    ("partly", Answer::Partly),
    ("no", Answer::No),
];
const SIZES: [(&str, SizeBand); 4] = [
    ("micro", SizeBand::Micro),
    ("small", SizeBand::Small),
    ("medium", SizeBand::Medium),
    ("large", SizeBand::Large),
];
const ROLES: [(&str, AiRole); 5] = [
    ("provider", AiRole::Provider),
    ("producer", AiRole::Producer),
    ("customer", AiRole::Customer),
    ("user", AiRole::User),
    ("partner", AiRole::Partner),
];
const STAGES: [(&str, LifeCycleStage); 7] = [
    ("idea", LifeCycleStage::Idea),
    ("design", LifeCycleStage::Design),
    ("development", LifeCycleStage::Development),
    (
        "verification-and-validation",
        LifeCycleStage::VerificationAndValidation,
    ),
    ("deployment", LifeCycleStage::Deployment),
    (
        "operation-and-monitoring",
        LifeCycleStage::OperationAndMonitoring,
    ),
    ("retirement", LifeCycleStage::Retirement),
];
const AUTOMATION: [(&str, Automation); 4] = [
    ("human-decides", Automation::HumanDecides),
    ("human-in-the-loop", Automation::HumanInTheLoop),
    ("human-on-the-loop", Automation::HumanOnTheLoop),
    ("fully-automated", Automation::FullyAutomated),
];
const DATA_KINDS: [(&str, DataKind); 3] = [
    ("personal", DataKind::Personal),
    ("special-categories", DataKind::SpecialCategories),
    ("children", DataKind::Children),
];
/// The text fields of a system record and of its impact assessment, by file name.
pub const SYSTEM_TEXTS: [(&str, SystemText); 8] = [
    ("name", SystemText::Name),
    ("purpose", SystemText::Purpose),
    ("users", SystemText::Users),
    ("affected", SystemText::Affected),
    ("data_notes", SystemText::DataNotes),
    ("context", SystemText::Context),
    ("third_party", SystemText::ThirdParty),
    ("owner", SystemText::Owner),
];
pub const IMPACT_TEXTS: [(&str, SystemText); 2] = [
    ("assessor", SystemText::Assessor),
    ("notes", SystemText::ImpactNotes),
];
const APPLICABILITY: [(&str, Applicability); 3] = [
    ("yes", Applicability::Applicable),
    ("no", Applicability::NotApplicable),
    ("undecided", Applicability::Undecided),
];
const REASONS: [(&str, InclusionReason); 4] = [
    ("risk-treatment", InclusionReason::RiskTreatment),
    ("legal", InclusionReason::LegalRequirement),
    ("contractual", InclusionReason::ContractualObligation),
    ("good-practice", InclusionReason::GoodPractice),
];

/// The file name of an answer.
pub fn answer_word(answer: Answer) -> &'static str {
    name_of(&ANSWERS, answer)
}

/// The file name of a life-cycle stage, degree of automation or kind of data.
pub fn stage_word(stage: LifeCycleStage) -> &'static str {
    name_of(&STAGES, stage)
}
pub fn automation_word(automation: Automation) -> &'static str {
    name_of(&AUTOMATION, automation)
}
pub fn data_word(kind: DataKind) -> &'static str {
    name_of(&DATA_KINDS, kind)
}

/// The file name of a size band, role, applicability or reason.
pub fn size_word(size: SizeBand) -> &'static str {
    name_of(&SIZES, size)
}
pub fn role_word(role: AiRole) -> &'static str {
    name_of(&ROLES, role)
}
pub fn applicability_word(applicability: Applicability) -> &'static str {
    name_of(&APPLICABILITY, applicability)
}
pub fn reason_word(reason: InclusionReason) -> &'static str {
    name_of(&REASONS, reason)
}

fn name_of<T: Copy + PartialEq>(choices: &[(&'static str, T)], value: T) -> &'static str {
    choices
        .iter()
        .find(|(_, choice)| *choice == value)
        .map(|(name, _)| *name)
        .unwrap_or_default()
}

/// Reads a migrated file (of the current schema version) against the catalog.
pub fn read_document(document: &Value, catalog: Catalog) -> Result<Validated, ImportError> {
    let mut warnings = Vec::new();
    let top = object(
        document,
        "",
        &[
            "format",
            "schema_version",
            "catalog_version",
            "exported_at",
            "app_version",
            "anonymised",
            "assessment",
        ],
    )?;
    let anonymised = flag(top, "", "anonymised")?;
    let catalog_version = text(top, "", "catalog_version", true)?;
    text(top, "", "exported_at", true)?;
    text(top, "", "app_version", true)?;
    if catalog_version != CATALOG_VERSION {
        warnings.push(ImportWarning {
            path: "catalog_version".into(),
            message: format!(
                "the answers were given against catalog {catalog_version} and are read with \
                 catalog {CATALOG_VERSION}; questions that changed meanwhile may need a second look"
            ),
        });
    }
    let at = "assessment";
    let body = top
        .get(at)
        .ok_or_else(|| ImportError::at(at, "this required field is missing"))?;
    let body = object(
        body,
        at,
        &[
            "name",
            "items",
            "profile",
            "soa",
            "systems",
            "next_system_number",
            "risk_criteria",
            "risks",
            "next_risk_number",
            "action_updates",
            "custom_actions",
            "next_action_number",
            "review_comments",
            "next_comment_number",
        ],
    )?;
    let mut assessment = Assessment::named(text(body, at, "name", true)?);
    if let Some(items) = body.get("items") {
        let items_path = path::key(at, "items");
        for (item_id, value) in id_map(items, &items_path)? {
            let item_path = path::key(&items_path, item_id);
            match catalog.item(item_id) {
                Some(item) => {
                    let record = read_item(value, &item_path, item, &mut warnings)?;
                    if record != ItemRecord::default() {
                        assessment.items.insert(item_id.to_owned(), record);
                    }
                }
                None => warnings.push(ImportWarning {
                    path: item_path,
                    message: format!(
                        "this catalog has no item {item_id}; what was recorded for it is left out"
                    ),
                }),
            }
        }
    }
    if let Some(profile) = body.get("profile") {
        assessment.profile = read_profile(profile, &path::key(at, "profile"))?;
    }
    if let Some(soa) = body.get("soa") {
        assessment.soa = read_soa(soa, &path::key(at, "soa"), catalog, &mut warnings)?;
    }
    assessment.inventory = read_inventory(body, at, &mut warnings)?;
    assessment.risks = read_risks(body, at, catalog, &assessment.inventory, &mut warnings)?;
    assessment.actions = read_actions(body, at, catalog, &mut warnings)?;
    assessment.comments = read_comments(body, at, catalog, &mut warnings)?;
    Ok(Validated {
        assessment,
        warnings,
        anonymised,
    })
}

fn read_item(
    value: &Value,
    at: &str,
    item: &Item,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ItemRecord, ImportError> {
    let map = object(
        value,
        at,
        &["answers", "notes", "evidence", "owner", "due_date"],
    )?;
    let mut record = ItemRecord {
        notes: text(map, at, "notes", false)?,
        evidence: text(map, at, "evidence", false)?,
        owner: text(map, at, "owner", false)?,
        ..ItemRecord::default()
    };
    if let Some(date) = map.get("due_date") {
        record.due_date = Some(read_date(date, &path::key(at, "due_date"))?);
    }
    if let Some(answers) = map.get("answers") {
        let answers_path = path::key(at, "answers");
        for (question_id, answer) in id_map(answers, &answers_path)? {
            let answer_path = path::key(&answers_path, question_id);
            let answer = word(answer, &answer_path, &ANSWERS)?;
            if item.questions.iter().any(|q| q.id == question_id) {
                record.answers.insert(question_id.to_owned(), answer);
            } else {
                warnings.push(ImportWarning {
                    path: answer_path,
                    message: format!(
                        "this catalog has no question {question_id}; the answer is left out"
                    ),
                });
            }
        }
    }
    Ok(record)
}

fn read_profile(value: &Value, at: &str) -> Result<Profile, ImportError> {
    let map = object(
        value,
        at,
        &[
            "organisation",
            "sector",
            "size",
            "roles",
            "scope",
            "assessor",
        ],
    )?;
    let size = match map.get("size") {
        None | Some(Value::Null) => None,
        Some(size) => Some(word(size, &path::key(at, "size"), &SIZES)?),
    };
    Ok(Profile {
        organisation: text(map, at, "organisation", false)?,
        sector: text(map, at, "sector", false)?,
        size,
        roles: words(map, at, "roles", &ROLES)?.into_iter().collect(),
        scope: text(map, at, "scope", false)?,
        assessor: text(map, at, "assessor", false)?,
    })
}

fn read_soa(
    value: &Value,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Soa, ImportError> {
    let map = object(value, at, &["version", "approved_by", "controls"])?;
    let mut soa = Soa {
        version: text(map, at, "version", false)?,
        approved_by: text(map, at, "approved_by", false)?,
        ..Soa::default()
    };
    let Some(controls) = map.get("controls") else {
        return Ok(soa);
    };
    let controls_path = path::key(at, "controls");
    for (control_id, value) in id_map(controls, &controls_path)? {
        let control_path = path::key(&controls_path, control_id);
        if !catalog.controls().any(|known| known.id == control_id) {
            warnings.push(ImportWarning {
                path: control_path,
                message: format!(
                    "this catalog has no Annex A control {control_id}; its SoA decision is left out"
                ),
            });
            continue;
        }
        let entry = object(
            value,
            &control_path,
            &["applicable", "reasons", "justification"],
        )?;
        let applicable = entry
            .get("applicable")
            .ok_or_else(|| ImportError::at(&control_path, "missing field `applicable`"))?;
        let decision = ControlDecision {
            applicability: word(
                applicable,
                &path::key(&control_path, "applicable"),
                &APPLICABILITY,
            )?,
            reasons: words(entry, &control_path, "reasons", &REASONS)?
                .into_iter()
                .collect(),
            justification: text(entry, &control_path, "justification", false)?,
        };
        if decision != ControlDecision::default() {
            soa.decisions.insert(control_id.to_owned(), decision);
        }
    }
    Ok(soa)
}

/// The AI systems (since schema version 4). IDs must be present and unique, because risks and
/// reports refer to systems by ID.
fn read_inventory(
    body: &Map,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Inventory, ImportError> {
    let mut inventory = Inventory {
        next_number: number(body, at, "next_system_number")?,
        ..Inventory::default()
    };
    let Some(systems) = body.get("systems") else {
        return Ok(inventory);
    };
    let list_path = path::key(at, "systems");
    let list = systems
        .as_array()
        .ok_or_else(|| invalid_type(&list_path, systems, "an array"))?;
    for (index, value) in list.iter().enumerate() {
        let system_path = path::index(&list_path, index);
        let system = read_system(value, &system_path, warnings)?;
        if inventory.get(&system.id).is_some() {
            return Err(ImportError::at(
                path::key(&system_path, "id"),
                format!("the ID {} is used by an earlier system as well", system.id),
            ));
        }
        inventory.systems.push(system);
    }
    Ok(inventory)
}

fn read_system(
    value: &Value,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<AiSystem, ImportError> {
    let map = object(
        value,
        at,
        &[
            "id",
            "name",
            "purpose",
            "roles",
            "stage",
            "users",
            "affected",
            "data",
            "data_notes",
            "automation",
            "context",
            "third_party",
            "owner",
            "impact",
        ],
    )?;
    let id = text(map, at, "id", true)?;
    if id.trim().is_empty() || id.chars().count() > 40 {
        return Err(ImportError::at(
            path::key(at, "id"),
            "a system ID must have 1 to 40 characters",
        ));
    }
    let mut system = AiSystem {
        id,
        roles: words(map, at, "roles", &ROLES)?.into_iter().collect(),
        data: words(map, at, "data", &DATA_KINDS)?.into_iter().collect(),
        ..AiSystem::default()
    };
    // One loop over the text fields rather than a call per field keeps the Wasm small.
    for (key, field) in SYSTEM_TEXTS {
        system.set_text(field, text(map, at, key, field == SystemText::Name)?);
    }
    system.stage = optional_word(map, at, "stage", &STAGES)?;
    system.automation = optional_word(map, at, "automation", &AUTOMATION)?;
    if let Some(impact) = map.get("impact") {
        read_impact(impact, &path::key(at, "impact"), &mut system, warnings)?;
    }
    Ok(system)
}

fn read_impact(
    value: &Value,
    at: &str,
    system: &mut AiSystem,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(), ImportError> {
    let map = object(value, at, &["answers", "assessor", "date", "notes"])?;
    for (key, field) in IMPACT_TEXTS {
        system.set_text(field, text(map, at, key, false)?);
    }
    let record = &mut system.impact;
    if let Some(date) = map.get("date") {
        record.date = Some(read_date(date, &path::key(at, "date"))?);
    }
    if let Some(answers) = map.get("answers") {
        let answers_path = path::key(at, "answers");
        for (question_id, answer) in id_map(answers, &answers_path)? {
            let answer_path = path::key(&answers_path, question_id);
            let option_id = answer
                .as_str()
                .ok_or_else(|| invalid_type(&answer_path, answer, "an option ID"))?;
            let Some(question) = impact_catalog::question(question_id) else {
                warnings.push(ImportWarning {
                    path: answer_path,
                    message: format!(
                        "the impact questionnaire has no question {question_id}; the answer is left out"
                    ),
                });
                continue;
            };
            if question.option(option_id).is_none() {
                let options: Vec<&str> = question.options.iter().map(|option| option.id).collect();
                return Err(ImportError::at(
                    answer_path,
                    format!(
                        "unknown option `{option_id}`, expected one of `{}`",
                        options.join("`, `")
                    ),
                ));
            }
            record
                .answers
                .insert(question_id.to_owned(), option_id.to_owned());
        }
    }
    Ok(())
}

/// An optional word field; absent or `null` reads as `None`.
fn optional_word<T: Copy>(
    map: &Map,
    at: &str,
    key: &str,
    choices: &[(&str, T)],
) -> Result<Option<T>, ImportError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => word(value, &path::key(at, key), choices).map(Some),
    }
}

/// A date in the form YYYY-MM-DD that exists.
fn read_date(value: &Value, at: &str) -> Result<IsoDate, ImportError> {
    let date = value
        .as_str()
        .ok_or_else(|| invalid_type(at, value, "a date in the form YYYY-MM-DD"))?;
    date.parse()
        .map_err(|error| ImportError::at(at, format!("{error}")))
}

/// A field that must be present.
fn required<'a, 'v>(map: &'a Map<'v>, at: &str, key: &str) -> Result<&'a Value<'v>, ImportError> {
    map.get(key)
        .ok_or_else(|| ImportError::at(path::key(at, key), "this required field is missing"))
}

/// An array field; absent reads as empty.
fn list<'a, 'v>(map: &'a Map<'v>, at: &str, key: &str) -> Result<&'a [Value<'v>], ImportError> {
    match map.get(key) {
        None => Ok(&[]),
        Some(Value::Array(values)) => Ok(values),
        Some(other) => Err(invalid_type(&path::key(at, key), other, "an array")),
    }
}

/// An optional date field; absent reads as `None`, `null` is refused like any other non-date.
fn optional_date(map: &Map, at: &str, key: &str) -> Result<Option<IsoDate>, ImportError> {
    map.get(key)
        .map(|date| read_date(date, &path::key(at, key)))
        .transpose()
}

/// The position of a field's word among `names`; absent or `null` reads as `None`. The risk
/// register's fixed words go through this one function rather than a generic one per type,
/// which keeps the Wasm small.
fn optional_choice(
    map: &Map,
    at: &str,
    key: &str,
    names: &[&str],
) -> Result<Option<usize>, ImportError> {
    let value = match map.get(key) {
        None | Some(Value::Null) => return Ok(None),
        Some(value) => value,
    };
    word_index(value, &path::key(at, key), names).map(Some)
}

/// The number of an ID made of `prefix` and a number from 1 written without leading zeros,
/// such as "R12" for `'R'`, or `None` for anything else.
fn numbered_id(id: &str, prefix: char) -> Option<u32> {
    let digits = id.strip_prefix(prefix)?;
    if digits.starts_with('0') {
        return None;
    }
    // Digit by digit rather than with `str::parse`, whose code the pages do not carry
    // otherwise.
    let mut number: u32 = 0;
    for byte in digits.bytes() {
        let digit = char::from(byte).to_digit(10)?;
        number = number.checked_mul(10)?.checked_add(digit)?;
    }
    (number >= 1).then_some(number)
}

/// A whole-number field such as `next_risk_number`; absent reads as 0.
fn number(map: &Map, at: &str, key: &str) -> Result<u32, ImportError> {
    let Some(value) = map.get(key) else {
        return Ok(0);
    };
    value
        .as_u64()
        .and_then(|number| u32::try_from(number).ok())
        .ok_or_else(|| invalid_type(&path::key(at, key), value, "a whole number"))
}

/// A true-or-false field; absent reads as false.
fn flag(map: &Map, at: &str, key: &str) -> Result<bool, ImportError> {
    match map.get(key) {
        None => Ok(false),
        Some(Value::Bool(flag)) => Ok(*flag),
        Some(other) => Err(invalid_type(&path::key(at, key), other, "true or false")),
    }
}

/// The required `id` of a list entry (a risk, custom action or comment): `prefix` and a
/// number from 1, not among the numbers `used` by earlier entries (kept sorted, so a list of
/// thousands is checked in n log n rather than n squared). `next` (the number the next new ID
/// gets) is raised past it, since a number at or below one in use would hand that ID out
/// again; raising it loses nothing. One function for the three lists keeps the Wasm small.
fn entry_id(
    map: &Map,
    at: &str,
    prefix: char,
    noun: &str,
    used: &mut Vec<u32>,
    next: &mut u32,
) -> Result<String, ImportError> {
    let id = text(map, at, "id", true)?;
    let id_path = path::key(at, "id");
    let Some(number) = numbered_id(&id, prefix) else {
        return Err(ImportError::at(
            id_path,
            format!("the ID must be {prefix} followed by a number from 1, such as {prefix}4"),
        ));
    };
    // IDs are written without leading zeros, so equal numbers mean equal IDs.
    match used.binary_search(&number) {
        Ok(_) => {
            return Err(ImportError::at(
                id_path,
                format!("an earlier {noun} has the same ID"),
            ))
        }
        Err(place) => used.insert(place, number),
    }
    *next = (*next).max(number.saturating_add(1));
    Ok(id)
}

/// The priority, status and notes of an action update or a custom action: an absent or
/// `null` priority reads as `None`, status as open. One function for both keeps the Wasm
/// small.
fn read_update(map: &Map, at: &str) -> Result<ActionUpdate, ImportError> {
    let priority = optional_choice(map, at, "priority", &Priority::ALL.map(Priority::slug))?;
    let status = optional_choice(
        map,
        at,
        "status",
        &ActionStatus::ALL.map(ActionStatus::slug),
    )?;
    Ok(ActionUpdate {
        priority: priority.and_then(|index| Priority::ALL.get(index).copied()),
        status: status
            .and_then(|index| ActionStatus::ALL.get(index).copied())
            .unwrap_or_default(),
        notes: text(map, at, "notes", false)?,
    })
}

/// The action plan's stored part (since schema version 6): updates of derived actions by key
/// and the user's own actions. An update's key is kept as it is even when no action has it
/// now (the gap may open again); an update that records nothing is left out, as the app
/// never stores one. A custom action linked to an item this catalog does not have keeps
/// everything but the link, with a warning.
fn read_actions(
    body: &Map,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ActionPlan, ImportError> {
    let mut plan = ActionPlan {
        next_number: number(body, at, "next_action_number")?,
        ..ActionPlan::default()
    };
    if let Some(updates) = body.get("action_updates") {
        let updates_path = path::key(at, "action_updates");
        for (key, value) in id_map(updates, &updates_path)? {
            let update_path = path::key(&updates_path, key);
            let map = object(value, &update_path, &["priority", "status", "notes"])?;
            let update = read_update(map, &update_path)?;
            if update != ActionUpdate::default() {
                plan.updates.insert(key.to_owned(), update);
            }
        }
    }
    let list_path = path::key(at, "custom_actions");
    let mut used_numbers = Vec::new();
    for (index, value) in list(body, at, "custom_actions")?.iter().enumerate() {
        let action_path = path::index(&list_path, index);
        let map = object(
            value,
            &action_path,
            &[
                "id", "title", "item", "owner", "due_date", "priority", "status", "notes",
            ],
        )?;
        let mut action = CustomAction {
            id: entry_id(
                map,
                &action_path,
                'A',
                "action",
                &mut used_numbers,
                &mut plan.next_number,
            )?,
            ..CustomAction::default()
        };
        action.title = text(map, &action_path, "title", true)?;
        action.item_id = text(map, &action_path, "item", false)?;
        action.owner = text(map, &action_path, "owner", false)?;
        action.due_date = optional_date(map, &action_path, "due_date")?;
        let update = read_update(map, &action_path)?;
        action.priority = update.priority.unwrap_or_default();
        action.status = update.status;
        action.notes = update.notes;
        if !action.item_id.is_empty() && catalog.item(&action.item_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&action_path, "item"),
                message: format!(
                    "this catalog has no item {}; the action is kept without it",
                    action.item_id
                ),
            });
            action.item_id.clear();
        }
        plan.custom.push(action);
    }
    Ok(plan)
}

/// Reviewer comments (since schema version 6). A comment on an item this catalog does not
/// have is left out with a warning, like what was recorded for the item itself.
fn read_comments(
    body: &Map,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ReviewComments, ImportError> {
    let mut comments = ReviewComments {
        next_number: number(body, at, "next_comment_number")?,
        ..ReviewComments::default()
    };
    let list_path = path::key(at, "review_comments");
    let mut used_numbers = Vec::new();
    for (index, value) in list(body, at, "review_comments")?.iter().enumerate() {
        let comment_path = path::index(&list_path, index);
        let map = object(
            value,
            &comment_path,
            &["id", "item", "author", "date", "text", "resolved"],
        )?;
        let mut comment = ReviewComment {
            id: entry_id(
                map,
                &comment_path,
                'C',
                "comment",
                &mut used_numbers,
                &mut comments.next_number,
            )?,
            ..ReviewComment::default()
        };
        comment.item_id = text(map, &comment_path, "item", true)?;
        comment.author = text(map, &comment_path, "author", false)?;
        comment.date = optional_date(map, &comment_path, "date")?;
        comment.text = text(map, &comment_path, "text", true)?;
        comment.resolved = flag(map, &comment_path, "resolved")?;
        if catalog.item(&comment.item_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&comment_path, "item"),
                message: format!(
                    "this catalog has no item {}; the comment is left out",
                    comment.item_id
                ),
            });
            continue;
        }
        comments.comments.push(comment);
    }
    Ok(comments)
}

/// The text fields of a risk by file name (the title is required), and of its acceptance.
pub const RISK_TEXTS: [(&str, RiskText); 6] = [
    ("title", RiskText::Title),
    ("description", RiskText::Description),
    ("system", RiskText::SystemId),
    ("source", RiskText::Source),
    ("objective", RiskText::Objective),
    ("owner", RiskText::Owner),
];
pub const ACCEPTANCE_TEXTS: [(&str, RiskText); 2] = [
    ("accepted_by", RiskText::AcceptedBy),
    ("rationale", RiskText::Rationale),
];

/// The risk criteria and the risk register (since schema version 5). Risk IDs must be present
/// and unique, because the SoA and reports refer to risks by ID; ratings are checked against
/// the file's own criteria, so the criteria are read first.
fn read_risks(
    body: &Map,
    at: &str,
    catalog: Catalog,
    inventory: &Inventory,
    warnings: &mut Vec<ImportWarning>,
) -> Result<RiskRegister, ImportError> {
    let mut register = RiskRegister {
        next_number: number(body, at, "next_risk_number")?,
        ..RiskRegister::default()
    };
    if let Some(criteria) = body.get("risk_criteria") {
        register.criteria = read_criteria(criteria, &path::key(at, "risk_criteria"))?;
    }
    let list_path = path::key(at, "risks");
    let mut used_numbers = Vec::new();
    for (index, value) in list(body, at, "risks")?.iter().enumerate() {
        let risk_path = path::index(&list_path, index);
        let context = RiskContext {
            catalog,
            criteria: &register.criteria,
            inventory,
        };
        let map = object(value, &risk_path, &RISK_FIELDS)?;
        let id = entry_id(
            map,
            &risk_path,
            'R',
            "risk",
            &mut used_numbers,
            &mut register.next_number,
        )?;
        let risk = read_risk(map, &risk_path, id, &context, warnings)?;
        register.risks.push(risk);
    }
    Ok(register)
}

fn read_criteria(value: &Value, at: &str) -> Result<RiskCriteria, ImportError> {
    let map = object(
        value,
        at,
        &[
            "likelihood",
            "consequence",
            "bands",
            "table",
            "acceptable_up_to",
        ],
    )?;
    let mut criteria = RiskCriteria::default();
    for (key, names) in [
        ("likelihood", &mut criteria.likelihood),
        ("consequence", &mut criteria.consequence),
        ("bands", &mut criteria.bands),
    ] {
        let list_path = path::key(at, key);
        let values = required(map, at, key)?;
        let values = values
            .as_array()
            .ok_or_else(|| invalid_type(&list_path, values, "an array of names"))?;
        names.clear();
        for (index, name) in values.iter().enumerate() {
            let name_path = path::index(&list_path, index);
            match name {
                Value::String(name) => names.push(limited(name, &name_path)?),
                other => return Err(invalid_type(&name_path, other, "a string")),
            }
        }
    }
    criteria.acceptable_up_to = read_band(
        required(map, at, "acceptable_up_to")?,
        &path::key(at, "acceptable_up_to"),
    )?;
    let table_path = path::key(at, "table");
    let rows = required(map, at, "table")?;
    let rows = rows
        .as_array()
        .ok_or_else(|| invalid_type(&table_path, rows, "an array of rows"))?;
    criteria.table.clear();
    let mut irregular_row = None;
    for (row_index, row) in rows.iter().enumerate() {
        let row_path = path::index(&table_path, row_index);
        let cells = row
            .as_array()
            .ok_or_else(|| invalid_type(&row_path, row, "an array of bands"))?;
        if cells.len() != criteria.consequence.len() && irregular_row.is_none() {
            irregular_row = Some((row_path.clone(), cells.len()));
        }
        for (cell_index, cell) in cells.iter().enumerate() {
            let band = read_band(cell, &path::index(&row_path, cell_index))?;
            criteria.table.push(band);
        }
    }
    criteria
        .check()
        .map_err(|message| ImportError::at(at, message))?;
    // The right number of cells in rows of the wrong lengths would shift every band.
    if let Some((row_path, length)) = irregular_row {
        return Err(ImportError::at(
            row_path,
            format!(
                "the row has {length} bands; the consequence scale has {} levels",
                criteria.consequence.len()
            ),
        ));
    }
    Ok(criteria)
}

/// A band number (counted from 0). Whether the band exists is checked with the criteria.
fn read_band(value: &Value, at: &str) -> Result<u8, ImportError> {
    value
        .as_u64()
        .and_then(|band| u8::try_from(band).ok())
        .ok_or_else(|| invalid_type(at, value, "a band number from 0"))
}

/// What a risk is checked against.
struct RiskContext<'a> {
    catalog: Catalog,
    criteria: &'a RiskCriteria,
    inventory: &'a Inventory,
}

const RISK_FIELDS: [&str; 14] = [
    "id",
    "title",
    "description",
    "system",
    "source",
    "objective",
    "owner",
    "inherent",
    "treatment",
    "controls",
    "actions",
    "residual",
    "acceptance",
    "status",
];

/// A risk whose fields (`RISK_FIELDS`) and ID were checked by the caller.
fn read_risk(
    map: &Map,
    at: &str,
    id: String,
    context: &RiskContext,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Risk, ImportError> {
    // Filled in field by field, so that every early return drops one value.
    let mut risk = Risk {
        id,
        ..Risk::default()
    };
    for (key, field) in RISK_TEXTS {
        risk.set_text(field, text(map, at, key, field == RiskText::Title)?);
    }
    // A risk may outlive its system, so any system ID of the app's form is accepted, and so
    // is the ID of a system in this file's inventory.
    let system_id = &risk.system_id;
    if !system_id.is_empty()
        && numbered_id(system_id, 'S').is_none()
        && context.inventory.get(system_id).is_none()
    {
        return Err(ImportError::at(
            path::key(at, "system"),
            "a system ID is S followed by a number from 1, such as S2, or empty",
        ));
    }
    for (key, id, known, message) in [
        (
            "source",
            &risk.source,
            annex_c::is_risk_source as fn(&str) -> bool,
            "Annex C has no such risk source; they are C.3.1 to C.3.7, or empty",
        ),
        (
            "objective",
            &risk.objective,
            annex_c::is_objective,
            "Annex C has no such objective; they are C.2.1 to C.2.11, or empty",
        ),
    ] {
        if !id.is_empty() && !known(id) {
            return Err(ImportError::at(path::key(at, key), message));
        }
    }
    risk.inherent = optional_rating(map, at, "inherent", context.criteria)?;
    risk.residual = optional_rating(map, at, "residual", context.criteria)?;
    let treatment = optional_choice(map, at, "treatment", &Treatment::ALL.map(Treatment::slug))?;
    risk.treatment = treatment.and_then(|index| Treatment::ALL.get(index).copied());
    let status = optional_choice(map, at, "status", &RiskStatus::ALL.map(RiskStatus::slug))?;
    risk.status = status
        .and_then(|index| RiskStatus::ALL.get(index).copied())
        .unwrap_or_default();
    let controls_path = path::key(at, "controls");
    for (index, value) in list(map, at, "controls")?.iter().enumerate() {
        let control_path = path::index(&controls_path, index);
        let control_id = value
            .as_str()
            .ok_or_else(|| invalid_type(&control_path, value, "an Annex A control ID"))?;
        let is_control = context
            .catalog
            .item(control_id)
            .is_some_and(|item| item.is_control());
        let message = if !is_control {
            format!(
                "this catalog has no Annex A control {control_id}; it is left out of the treatment"
            )
        } else if risk.controls.iter().any(|known| known == control_id) {
            "this control is listed before as well; it is kept once".to_owned()
        } else {
            risk.controls.push(control_id.to_owned());
            continue;
        };
        warnings.push(ImportWarning {
            path: control_path,
            message,
        });
    }
    let actions_path = path::key(at, "actions");
    for (index, value) in list(map, at, "actions")?.iter().enumerate() {
        let action = read_action(value, &path::index(&actions_path, index))?;
        risk.actions.push(action);
    }
    if let Some(acceptance) = map.get("acceptance") {
        let acceptance_path = path::key(at, "acceptance");
        let fields = object(
            acceptance,
            &acceptance_path,
            &["accepted_by", "date", "rationale"],
        )?;
        for (key, field) in ACCEPTANCE_TEXTS {
            risk.set_text(field, text(fields, &acceptance_path, key, false)?);
        }
        risk.acceptance.date = optional_date(fields, &acceptance_path, "date")?;
    }
    Ok(risk)
}

/// An optional rating field, which must lie on the criteria's scales; absent or `null` reads
/// as `None`.
fn optional_rating(
    map: &Map,
    at: &str,
    key: &str,
    criteria: &RiskCriteria,
) -> Result<Option<Rating>, ImportError> {
    let value = match map.get(key) {
        None | Some(Value::Null) => return Ok(None),
        Some(value) => value,
    };
    let rating_path = path::key(at, key);
    let fields = object(value, &rating_path, &["likelihood", "consequence"])?;
    let mut levels = [0u8; 2];
    let axes = [
        ("likelihood", Axis::Likelihood),
        ("consequence", Axis::Consequence),
    ];
    for (slot, (name, axis)) in levels.iter_mut().zip(axes) {
        let level_path = path::key(&rating_path, name);
        let level = required(fields, &rating_path, name)?;
        let count = criteria.scale(axis).len();
        let number = level
            .as_u64()
            .ok_or_else(|| invalid_type(&level_path, level, "a level number from 1"))?;
        *slot = u8::try_from(number)
            .ok()
            .filter(|number| (1..=count).contains(&usize::from(*number)))
            .ok_or_else(|| {
                ImportError::at(
                    &level_path,
                    format!("there is no such level: the {name} scale has levels 1 to {count}"),
                )
            })?;
    }
    Ok(Some(Rating::new(levels[0], levels[1])))
}

fn read_action(value: &Value, at: &str) -> Result<TreatmentAction, ImportError> {
    let map = object(value, at, &["description", "owner", "due_date", "done"])?;
    let mut action = TreatmentAction {
        description: text(map, at, "description", false)?,
        ..TreatmentAction::default()
    };
    action.owner = text(map, at, "owner", false)?;
    action.due_date = optional_date(map, at, "due_date")?;
    action.done = flag(map, at, "done")?;
    Ok(action)
}

/// A text checked for length.
fn limited(text: &str, at: &str) -> Result<String, ImportError> {
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        return Err(ImportError::at(
            at,
            format!("the text is {length} characters long; at most {MAX_TEXT_CHARS} are accepted"),
        ));
    }
    Ok(text.to_owned())
}
