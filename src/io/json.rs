//! Reading and writing the JSON file: encode a domain assessment into the current format, and
//! decode any supported version back through migration and reading.
//!
//! Both the export file and the browser's stored copy go through these two functions, so a
//! stored assessment is read exactly like an imported one. The document is built as an
//! `io::value::Value` by hand for the same reason `io::read` walks one: a single copy of the
//! JSON code in the bundle. `io::format` describes the same document as types.

use crate::domain::action_plan::{ActionPlan, ActionStatus, ActionUpdate, CustomAction, Priority};
use crate::domain::assessment::{Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, CATALOG_VERSION};
use crate::domain::date::IsoDate;
use crate::domain::profile::Profile;
use crate::domain::review::{ReviewComment, ReviewComments};
use crate::domain::risk::{Risk, RiskRegister};
use crate::domain::risk_criteria::{Rating, RiskCriteria};
use crate::domain::soa::Soa;
use crate::domain::system::{AiSystem, Inventory};
use crate::io::format::{FORMAT_NAME, SCHEMA_VERSION};
use crate::io::read::{
    answer_word, applicability_word, automation_word, data_word, read_document, reason_word,
    role_word, size_word, stage_word, Validated, ACCEPTANCE_TEXTS, IMPACT_TEXTS, RISK_TEXTS,
    SYSTEM_TEXTS,
};
use crate::io::value::{Map, Value};
use crate::io::{migrate, parse, ImportError, MAX_FILE_BYTES};

/// The version of the app, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

fn object<'a>(fields: Vec<(&'a str, Value<'a>)>) -> Value<'a> {
    Value::object(fields)
}

fn text(value: &str) -> Value<'_> {
    Value::text(value)
}

/// Adds a date field, or nothing when there is no date.
fn push_date(fields: &mut Vec<(&str, Value<'_>)>, key: &'static str, date: Option<IsoDate>) {
    if let Some(date) = date {
        fields.push((key, Value::owned_text(date.to_string())));
    }
}

fn item_value(record: &ItemRecord) -> Value<'_> {
    let answers: Map = record
        .answers
        .iter()
        .map(|(question, answer)| (question.as_str(), text(answer_word(*answer))))
        .collect();
    let mut fields = vec![
        ("answers", Value::Object(answers)),
        ("notes", text(&record.notes)),
        ("evidence", text(&record.evidence)),
        ("owner", text(&record.owner)),
    ];
    push_date(&mut fields, "due_date", record.due_date);
    object(fields)
}

fn profile_value(profile: &Profile) -> Value<'_> {
    let mut fields = vec![
        ("organisation", text(&profile.organisation)),
        ("sector", text(&profile.sector)),
    ];
    if let Some(size) = profile.size {
        fields.push(("size", text(size_word(size))));
    }
    let roles = profile
        .roles
        .iter()
        .map(|role| text(role_word(*role)))
        .collect();
    fields.push(("roles", Value::Array(roles)));
    fields.push(("scope", text(&profile.scope)));
    // Written only when given, so files without an assessor read as they always did.
    if !profile.assessor.is_empty() {
        fields.push(("assessor", text(&profile.assessor)));
    }
    object(fields)
}

fn soa_value(soa: &Soa) -> Value<'_> {
    let controls: Map = soa
        .decisions
        .iter()
        .map(|(control_id, decision)| {
            let reasons = decision
                .reasons
                .iter()
                .map(|reason| text(reason_word(*reason)))
                .collect();
            let entry = object(vec![
                (
                    "applicable",
                    text(applicability_word(decision.applicability)),
                ),
                ("reasons", Value::Array(reasons)),
                ("justification", text(&decision.justification)),
            ]);
            (control_id.as_str(), entry)
        })
        .collect();
    object(vec![
        ("version", text(&soa.version)),
        ("approved_by", text(&soa.approved_by)),
        ("controls", Value::Object(controls)),
    ])
}

fn system_value(system: &AiSystem) -> Value<'_> {
    let mut fields = vec![("id", text(&system.id))];
    // One loop over the text fields rather than a line per field keeps the Wasm small.
    for (key, field) in SYSTEM_TEXTS {
        fields.push((key, text(system.text(field))));
    }
    let roles = system
        .roles
        .iter()
        .map(|role| text(role_word(*role)))
        .collect();
    fields.push(("roles", Value::Array(roles)));
    let data = system
        .data
        .iter()
        .map(|kind| text(data_word(*kind)))
        .collect();
    fields.push(("data", Value::Array(data)));
    if let Some(stage) = system.stage {
        fields.push(("stage", text(stage_word(stage))));
    }
    if let Some(automation) = system.automation {
        fields.push(("automation", text(automation_word(automation))));
    }
    let impact = &system.impact;
    let answers: Map = impact
        .answers
        .iter()
        .map(|(question, option)| (question.as_str(), text(option)))
        .collect();
    let mut impact_fields = vec![("answers", Value::Object(answers))];
    for (key, field) in IMPACT_TEXTS {
        impact_fields.push((key, text(system.text(field))));
    }
    push_date(&mut impact_fields, "date", impact.date);
    fields.push(("impact", object(impact_fields)));
    object(fields)
}

fn inventory_fields(inventory: &Inventory) -> [(&'static str, Value<'_>); 2] {
    [
        (
            "systems",
            Value::Array(inventory.systems.iter().map(system_value).collect()),
        ),
        ("next_system_number", Value::from(inventory.next_number)),
    ]
}

fn names(list: &[String]) -> Value<'_> {
    Value::Array(list.iter().map(|name| text(name)).collect())
}

fn criteria_value(criteria: &RiskCriteria) -> Value<'_> {
    // The table is stored row by row in the domain; the file shows the rows as arrays.
    let columns = criteria.consequence.len().max(1);
    let rows = criteria
        .table
        .chunks(columns)
        .map(|row| {
            Value::Array(
                row.iter()
                    .map(|band| Value::from(u32::from(*band)))
                    .collect(),
            )
        })
        .collect();
    object(vec![
        ("likelihood", names(&criteria.likelihood)),
        ("consequence", names(&criteria.consequence)),
        ("bands", names(&criteria.bands)),
        ("table", Value::Array(rows)),
        (
            "acceptable_up_to",
            Value::from(u32::from(criteria.acceptable_up_to)),
        ),
    ])
}

fn rating_value(rating: Rating) -> Value<'static> {
    object(vec![
        ("likelihood", Value::from(u32::from(rating.likelihood))),
        ("consequence", Value::from(u32::from(rating.consequence))),
    ])
}

fn risk_value(risk: &Risk) -> Value<'_> {
    let mut fields = vec![("id", text(&risk.id))];
    for (key, field) in RISK_TEXTS {
        fields.push((key, text(risk.text(field))));
    }
    if let Some(rating) = risk.inherent {
        fields.push(("inherent", rating_value(rating)));
    }
    if let Some(treatment) = risk.treatment {
        fields.push(("treatment", text(treatment.slug())));
    }
    fields.push(("controls", names(&risk.controls)));
    let actions = risk
        .actions
        .iter()
        .map(|action| {
            let mut action_fields = vec![
                ("description", text(&action.description)),
                ("owner", text(&action.owner)),
            ];
            push_date(&mut action_fields, "due_date", action.due_date);
            action_fields.push(("done", Value::Bool(action.done)));
            object(action_fields)
        })
        .collect();
    fields.push(("actions", Value::Array(actions)));
    if let Some(rating) = risk.residual {
        fields.push(("residual", rating_value(rating)));
    }
    let mut acceptance_fields = Vec::new();
    for (key, field) in ACCEPTANCE_TEXTS {
        acceptance_fields.push((key, text(risk.text(field))));
    }
    push_date(&mut acceptance_fields, "date", risk.acceptance.date);
    fields.push(("acceptance", object(acceptance_fields)));
    fields.push(("status", text(risk.status.slug())));
    object(fields)
}

/// The criteria are always written, though a reader takes their absence as the defaults: a
/// file then says how its risks were rated even if the app's defaults change one day.
fn register_fields(register: &RiskRegister) -> [(&'static str, Value<'_>); 3] {
    [
        ("risk_criteria", criteria_value(&register.criteria)),
        (
            "risks",
            Value::Array(register.risks.iter().map(risk_value).collect()),
        ),
        ("next_risk_number", Value::from(register.next_number)),
    ]
}

/// Adds the fields an action update and a custom action share; a priority of `None` is left
/// out.
fn push_update<'a>(
    fields: &mut Vec<(&str, Value<'a>)>,
    priority: Option<Priority>,
    status: ActionStatus,
    notes: &'a str,
) {
    if let Some(priority) = priority {
        fields.push(("priority", text(priority.slug())));
    }
    fields.push(("status", text(status.slug())));
    fields.push(("notes", text(notes)));
}

fn update_value(update: &ActionUpdate) -> Value<'_> {
    let mut fields = Vec::new();
    push_update(&mut fields, update.priority, update.status, &update.notes);
    object(fields)
}

fn custom_action_value(action: &CustomAction) -> Value<'_> {
    let mut fields = vec![
        ("id", text(&action.id)),
        ("title", text(&action.title)),
        ("item", text(&action.item_id)),
        ("owner", text(&action.owner)),
    ];
    push_date(&mut fields, "due_date", action.due_date);
    push_update(
        &mut fields,
        Some(action.priority),
        action.status,
        &action.notes,
    );
    object(fields)
}

fn comment_value(comment: &ReviewComment) -> Value<'_> {
    let mut fields = vec![
        ("id", text(&comment.id)),
        ("item", text(&comment.item_id)),
        ("author", text(&comment.author)),
    ];
    push_date(&mut fields, "date", comment.date);
    fields.push(("text", text(&comment.text)));
    fields.push(("resolved", Value::Bool(comment.resolved)));
    object(fields)
}

/// The action plan's stored part and the reviewer comments, written even when empty, like the
/// systems and risks.
fn plan_fields<'a>(
    plan: &'a ActionPlan,
    comments: &'a ReviewComments,
) -> [(&'static str, Value<'a>); 5] {
    let updates: Map = plan
        .updates
        .iter()
        .map(|(key, update)| (key.as_str(), update_value(update)))
        .collect();
    [
        ("action_updates", Value::Object(updates)),
        (
            "custom_actions",
            Value::Array(plan.custom.iter().map(custom_action_value).collect()),
        ),
        ("next_action_number", Value::from(plan.next_number)),
        (
            "review_comments",
            Value::Array(comments.comments.iter().map(comment_value).collect()),
        ),
        ("next_comment_number", Value::from(comments.next_number)),
    ]
}

/// Builds the file document for an assessment. `written_at` is an ISO 8601 timestamp;
/// `anonymised` marks an anonymised copy.
pub fn to_value<'a>(
    assessment: &'a Assessment,
    written_at: &'a str,
    anonymised: bool,
) -> Value<'a> {
    let items: Map = assessment
        .items
        .iter()
        .map(|(item_id, record)| (item_id.as_str(), item_value(record)))
        .collect();
    let mut fields = vec![
        ("format", text(FORMAT_NAME)),
        ("schema_version", Value::from(SCHEMA_VERSION)),
        ("catalog_version", text(CATALOG_VERSION)),
        ("exported_at", text(written_at)),
        ("app_version", text(APP_VERSION)),
    ];
    if anonymised {
        fields.push(("anonymised", Value::Bool(true)));
    }
    fields.push((
        "assessment",
        object(
            [
                ("name", text(&assessment.name)),
                ("items", Value::Object(items)),
                ("profile", profile_value(&assessment.profile)),
                ("soa", soa_value(&assessment.soa)),
            ]
            .into_iter()
            .chain(inventory_fields(&assessment.inventory))
            .chain(register_fields(&assessment.risks))
            .chain(plan_fields(&assessment.actions, &assessment.comments))
            .collect(),
        ),
    ));
    object(fields)
}

/// How the JSON text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Indented, for export files that people open and diff.
    Pretty,
    /// Without whitespace, for browser storage, whose quota is small.
    Compact,
}

/// Encodes an assessment as JSON text.
pub fn encode(assessment: &Assessment, written_at: &str, layout: Layout) -> String {
    encode_file(assessment, written_at, layout, false)
}

/// Like `encode`, and marks the file as an anonymised copy when `anonymised` is true (the
/// caller anonymises the assessment first, with `domain::anonymise`).
pub fn encode_file(
    assessment: &Assessment,
    written_at: &str,
    layout: Layout,
    anonymised: bool,
) -> String {
    let document = to_value(assessment, written_at, anonymised);
    match layout {
        Layout::Pretty => document.to_pretty(),
        Layout::Compact => document.to_compact(),
    }
}

/// Decodes file text of any supported schema version: size check, JSON syntax, migration,
/// then types and meaning (with the JSON path of the first wrong value). Duplicate keys and
/// oversized arrays, objects or strings are refused while parsing (`io::parse`).
pub fn decode(text: &str, catalog: Catalog) -> Result<Validated, ImportError> {
    decode_parsed(parse_text(text)?, catalog)
}

/// The first half of `decode`: the size check and the JSON syntax, giving the raw document.
/// Separate so that the app can time the two halves (the benchmark compares this one with
/// the browser's `JSON.parse`).
pub fn parse_text(text: &str) -> Result<Value<'_>, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { size: text.len() });
    }
    parse::parse_limited(text).map_err(|error| ImportError::Syntax {
        line: error.line,
        column: error.column,
        message: error.message,
    })
}

/// The second half of `decode`: migration to the current version, then types and meaning.
pub fn decode_parsed(raw: Value<'_>, catalog: Catalog) -> Result<Validated, ImportError> {
    let migrated = migrate::migrate(raw)?;
    read_document(&migrated, catalog)
}
