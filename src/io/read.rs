//! Reading: turns a parsed file of the current schema into a domain assessment, checking types
//! and everything types alone cannot (known item, question and control IDs, real dates, sane
//! lengths).
//!
//! The file is walked as an `io::value::Value` by hand rather than through derived
//! `Deserialize` impls: each derived impl adds its own copy of the parsing code to the Wasm
//! bundle, while the walk reuses the one `Value` parser (see ARCHITECTURE.md, "Why the bundle
//! stays small"). `io::format` keeps the typed description of the same document, and a native
//! test checks that the two agree.
//!
//! Problems that lose nothing the app could use become warnings; problems that would change
//! the meaning of the data are errors naming the JSON path.

use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Item, CATALOG_VERSION};
use crate::domain::impact_catalog;
use crate::domain::profile::{Profile, SizeBand};
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
fn object<'a>(value: &'a Value, at: &str, allowed: &[&str]) -> Result<&'a Map, ImportError> {
    let map = value
        .as_object()
        .ok_or_else(|| invalid_type(at, value, "an object"))?;
    if let Some(unknown) = map.keys().find(|key| !allowed.contains(&key.as_str())) {
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
fn id_map<'a>(value: &'a Value, at: &str) -> Result<&'a Map, ImportError> {
    value
        .as_object()
        .ok_or_else(|| invalid_type(at, value, "an object"))
}

/// A string field, checked for length. A missing optional field reads as empty.
fn text(map: &Map, at: &str, key: &str, required: bool) -> Result<String, ImportError> {
    let field_path = path::key(at, key);
    match map.get(key) {
        // The missing field's own path, so even a top-level field is named by place.
        None if required => Err(ImportError::at(
            field_path,
            "this required field is missing",
        )),
        None => Ok(String::new()),
        Some(Value::String(text)) => {
            let length = text.chars().count();
            if length > MAX_TEXT_CHARS {
                Err(ImportError::at(
                    field_path,
                    format!(
                        "the text is {length} characters long; at most {MAX_TEXT_CHARS} are accepted"
                    ),
                ))
            } else {
                Ok(text.clone())
            }
        }
        Some(other) => Err(invalid_type(&field_path, other, "a string")),
    }
}

/// One of a fixed set of words, such as "yes", "partly" or "no".
fn word<T: Copy>(value: &Value, at: &str, choices: &[(&str, T)]) -> Result<T, ImportError> {
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    let expected = format!("one of `{}`", names.join("`, `"));
    let word = value
        .as_str()
        .ok_or_else(|| invalid_type(at, value, &expected))?;
    choices
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, choice)| *choice)
        .ok_or_else(|| {
            ImportError::at(at, format!("unknown variant `{word}`, expected {expected}"))
        })
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
    let anonymised = match top.get("anonymised") {
        None => false,
        Some(Value::Bool(flag)) => *flag,
        Some(other) => return Err(invalid_type("anonymised", other, "true or false")),
    };
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
                        assessment.items.insert(item_id.clone(), record);
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
                record.answers.insert(question_id.clone(), answer);
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
        &["organisation", "sector", "size", "roles", "scope"],
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
            soa.decisions.insert(control_id.clone(), decision);
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
    let mut inventory = Inventory::default();
    if let Some(number) = body.get("next_system_number") {
        let number_path = path::key(at, "next_system_number");
        inventory.next_number = number
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .ok_or_else(|| invalid_type(&number_path, number, "a whole number"))?;
    }
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
                .insert(question_id.clone(), option_id.to_owned());
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
fn read_date(value: &Value, at: &str) -> Result<crate::domain::date::IsoDate, ImportError> {
    let date = value
        .as_str()
        .ok_or_else(|| invalid_type(at, value, "a date in the form YYYY-MM-DD"))?;
    date.parse()
        .map_err(|error| ImportError::at(at, format!("{error}")))
}
