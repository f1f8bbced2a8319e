//! Merging a file back into the open assessment: the list of what differs, part by part, which
//! side changed it since a common ancestor (when one is known), the user's choice per
//! difference, and the assessment that results.
//!
//! Pure: the caller supplies the open assessment ("mine"), the file's ("the file's") and, when
//! it has one, the last export both started from ("the base"). Entries with IDs (risks, AI
//! systems, comments, register entries, own actions, own controls) are matched by ID, items and
//! SoA decisions by the catalog's IDs; the order of a list alone is never a difference.

use crate::domain::action_plan::{ActionUpdate, CustomAction};
use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::certification::CertificationPlan;
use crate::domain::date::IsoDate;
use crate::domain::limits::{self, GrowingList};
use crate::domain::profile::Profile;
use crate::domain::records::{Record, RegisterKind};
use crate::domain::review::ReviewComment;
use crate::domain::risk::Risk;
use crate::domain::risk_criteria::RiskCriteria;
use crate::domain::soa::{ControlDecision, OwnControl};
use crate::domain::system::AiSystem;
use std::collections::BTreeSet;

/// The kind of a part that can differ; "Take all" and "Keep all" act on one kind at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Answer,
    QuestionNote,
    Notes,
    Evidence,
    Owner,
    DueDate,
    SoaDecision,
    SoaDetails,
    OwnControl,
    Risk,
    RiskCriteria,
    System,
    Comment,
    RegisterEntry,
    CustomAction,
    ActionUpdate,
    Profile,
    Certification,
    Template,
}

impl Kind {
    /// The kind in the plural, lower case, as in "Take all the file's answers".
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Answer => "answers",
            Kind::QuestionNote => "notes on answers",
            Kind::Notes => "item notes",
            Kind::Evidence => "evidence",
            Kind::Owner => "owners",
            Kind::DueDate => "due dates",
            Kind::SoaDecision => "SoA decisions",
            Kind::SoaDetails => "SoA version and approver",
            Kind::OwnControl => "own controls",
            Kind::Risk => "risks",
            Kind::RiskCriteria => "risk criteria",
            Kind::System => "AI systems",
            Kind::Comment => "review comments",
            Kind::RegisterEntry => "register entries",
            Kind::CustomAction => "own actions",
            Kind::ActionUpdate => "action plan updates",
            Kind::Profile => "organisation profile",
            Kind::Certification => "audit target dates",
            Kind::Template => "template texts",
        }
    }
}

/// Where a difference is: one part of the assessment, named by the IDs that find it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Answer { item: String, question: String },
    QuestionNote { item: String, question: String },
    Notes(String),
    Evidence(String),
    Owner(String),
    DueDate(String),
    SoaDecision(String),
    SoaDetails,
    OwnControl(String),
    Risk(String),
    RiskCriteria,
    System(String),
    Comment(String),
    RegisterEntry(RegisterKind, String),
    CustomAction(String),
    ActionUpdate(String),
    Profile,
    Certification,
    Template(String),
}

impl Place {
    /// The kind of part this place holds.
    pub fn kind(&self) -> Kind {
        match self {
            Place::Answer { .. } => Kind::Answer,
            Place::QuestionNote { .. } => Kind::QuestionNote,
            Place::Notes(_) => Kind::Notes,
            Place::Evidence(_) => Kind::Evidence,
            Place::Owner(_) => Kind::Owner,
            Place::DueDate(_) => Kind::DueDate,
            Place::SoaDecision(_) => Kind::SoaDecision,
            Place::SoaDetails => Kind::SoaDetails,
            Place::OwnControl(_) => Kind::OwnControl,
            Place::Risk(_) => Kind::Risk,
            Place::RiskCriteria => Kind::RiskCriteria,
            Place::System(_) => Kind::System,
            Place::Comment(_) => Kind::Comment,
            Place::RegisterEntry(..) => Kind::RegisterEntry,
            Place::CustomAction(_) => Kind::CustomAction,
            Place::ActionUpdate(_) => Kind::ActionUpdate,
            Place::Profile => Kind::Profile,
            Place::Certification => Kind::Certification,
            Place::Template(_) => Kind::Template,
        }
    }

    /// What the user reads to find the part, such as "Answer to 4.1.Q1".
    pub fn label(&self) -> String {
        match self {
            Place::Answer { question, .. } => format!("Answer to {question}"),
            Place::QuestionNote { question, .. } => format!("Note on the answer to {question}"),
            Place::Notes(item) => format!("Notes of {item}"),
            Place::Evidence(item) => format!("Evidence of {item}"),
            Place::Owner(item) => format!("Owner of {item}"),
            Place::DueDate(item) => format!("Due date of {item}"),
            Place::SoaDecision(control) => format!("SoA decision on {control}"),
            Place::SoaDetails => "SoA version and approver".to_owned(),
            Place::OwnControl(id) => format!("Own control {id}"),
            Place::Risk(id) => format!("Risk {id}"),
            Place::RiskCriteria => "Risk criteria".to_owned(),
            Place::System(id) => format!("AI system {id}"),
            Place::Comment(id) => format!("Review comment {id}"),
            Place::RegisterEntry(kind, id) => format!("{} {id}", kind.spec().singular),
            Place::CustomAction(id) => format!("Action {id}"),
            Place::ActionUpdate(key) => format!("Action plan entry {key}"),
            Place::Profile => "Organisation profile".to_owned(),
            Place::Certification => "Audit target dates".to_owned(),
            Place::Template(slug) => format!("Template text {slug}"),
        }
    }
}

/// What one side holds at a place. Text that is empty and an entry that is missing are both
/// `Absent`, so that an emptied field and a never-filled one count as the same.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Absent,
    Answer(Answer),
    Text(String),
    Date(IsoDate),
    Decision(ControlDecision),
    SoaDetails {
        version: String,
        approved_by: String,
    },
    OwnControl(OwnControl),
    Risk(Box<Risk>),
    Criteria(Box<RiskCriteria>),
    System(Box<AiSystem>),
    Comment(ReviewComment),
    Record(Box<Record>),
    Custom(CustomAction),
    Update(ActionUpdate),
    Profile(Box<Profile>),
    Certification(CertificationPlan),
}

/// How many characters of a text a summary shows.
const SUMMARY_CHARS: usize = 80;

/// A text cut to `SUMMARY_CHARS` characters, with "…" when cut.
fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SUMMARY_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    format!("{cut}…")
}

/// "ID: name" or the ID alone when there is no name.
fn named(id: &str, name: &str) -> String {
    if name.trim().is_empty() {
        id.to_owned()
    } else {
        format!("{id}: {}", short(name))
    }
}

impl Value {
    /// A one-line summary of the value for the preview.
    pub fn summary(&self) -> String {
        match self {
            Value::Absent => "(none)".to_owned(),
            Value::Answer(answer) => answer.label().to_owned(),
            Value::Text(text) => short(text),
            Value::Date(date) => date.to_string(),
            Value::Decision(decision) => {
                let label = decision.applicability.label();
                if decision.justification.trim().is_empty() {
                    label.to_owned()
                } else {
                    format!("{label}: {}", short(&decision.justification))
                }
            }
            Value::SoaDetails {
                version,
                approved_by,
            } => format!(
                "version \"{}\", approved by \"{}\"",
                short(version),
                short(approved_by)
            ),
            Value::OwnControl(control) => named(&control.id, &control.title),
            Value::Risk(risk) => {
                format!("{} ({})", named(&risk.id, &risk.title), risk.status.label())
            }
            Value::Criteria(_) => "set".to_owned(),
            Value::System(system) => named(&system.id, &system.name),
            Value::Comment(comment) => {
                let state = if comment.resolved { "resolved" } else { "open" };
                format!("on {}, {state}: {}", comment.item_id, short(&comment.text))
            }
            Value::Record(record) => {
                let name_field = record_name(record);
                named(&record.id, &name_field)
            }
            Value::Custom(action) => format!(
                "{} ({})",
                named(&action.id, &action.title),
                action.status.label()
            ),
            Value::Update(update) => {
                if update.notes.trim().is_empty() {
                    update.status.label().to_owned()
                } else {
                    format!("{}: {}", update.status.label(), short(&update.notes))
                }
            }
            Value::Profile(profile) => {
                if profile.organisation.trim().is_empty() {
                    "set".to_owned()
                } else {
                    short(&profile.organisation)
                }
            }
            Value::Certification(plan) => {
                let date =
                    |date: Option<IsoDate>| date.map_or("none".to_owned(), |d| d.to_string());
                format!(
                    "stage 1 {}, stage 2 {}",
                    date(plan.stage1_target),
                    date(plan.stage2_target)
                )
            }
        }
    }
}

/// The name of a register entry, by its register's name field (found by trying each
/// register's name field; entry IDs carry their register's prefix, so this is unambiguous in
/// practice and only used for the summary).
fn record_name(record: &Record) -> String {
    RegisterKind::ALL
        .iter()
        .map(|kind| record.text(kind.spec().name_field))
        .find(|text| !text.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// Text as a value: empty text is no value.
fn text(text: &str) -> Value {
    if text.is_empty() {
        Value::Absent
    } else {
        Value::Text(text.to_owned())
    }
}

/// What `assessment` holds at `place`.
pub fn value_at(assessment: &Assessment, place: &Place) -> Value {
    let item = |id: &str| assessment.items.get(id);
    let field =
        |id: &str, read: fn(&ItemRecord) -> &str| item(id).map_or(Value::Absent, |r| text(read(r)));
    match place {
        Place::Answer { item: id, question } => item(id)
            .and_then(|record| record.answers.get(question))
            .map_or(Value::Absent, |answer| Value::Answer(*answer)),
        Place::QuestionNote { item: id, question } => item(id)
            .and_then(|record| record.question_notes.get(question))
            .map_or(Value::Absent, |note| text(note)),
        Place::Notes(id) => field(id, |r| &r.notes),
        Place::Evidence(id) => field(id, |r| &r.evidence),
        Place::Owner(id) => field(id, |r| &r.owner),
        Place::DueDate(id) => item(id)
            .and_then(|record| record.due_date)
            .map_or(Value::Absent, Value::Date),
        Place::SoaDecision(id) => assessment
            .soa
            .decisions
            .get(id)
            .map_or(Value::Absent, |d| Value::Decision(d.clone())),
        Place::SoaDetails => {
            let soa = &assessment.soa;
            if soa.version.is_empty() && soa.approved_by.is_empty() {
                Value::Absent
            } else {
                Value::SoaDetails {
                    version: soa.version.clone(),
                    approved_by: soa.approved_by.clone(),
                }
            }
        }
        Place::OwnControl(id) => assessment
            .soa
            .own_controls
            .iter()
            .find(|c| c.id == *id)
            .map_or(Value::Absent, |c| Value::OwnControl(c.clone())),
        Place::Risk(id) => assessment
            .risks
            .risks
            .iter()
            .find(|r| r.id == *id)
            .map_or(Value::Absent, |r| Value::Risk(Box::new(r.clone()))),
        Place::RiskCriteria => {
            let criteria = &assessment.risks.criteria;
            if *criteria == RiskCriteria::default() {
                Value::Absent
            } else {
                Value::Criteria(Box::new(criteria.clone()))
            }
        }
        Place::System(id) => assessment
            .inventory
            .systems
            .iter()
            .find(|s| s.id == *id)
            .map_or(Value::Absent, |s| Value::System(Box::new(s.clone()))),
        Place::Comment(id) => assessment
            .comments
            .comments
            .iter()
            .find(|c| c.id == *id)
            .map_or(Value::Absent, |c| Value::Comment(c.clone())),
        Place::RegisterEntry(kind, id) => assessment
            .records
            .get(*kind)
            .record(id)
            .map_or(Value::Absent, |r| Value::Record(Box::new(r.clone()))),
        Place::CustomAction(id) => assessment
            .actions
            .custom
            .iter()
            .find(|a| a.id == *id)
            .map_or(Value::Absent, |a| Value::Custom(a.clone())),
        Place::ActionUpdate(key) => assessment
            .actions
            .updates
            .get(key)
            .map_or(Value::Absent, |u| Value::Update(u.clone())),
        Place::Profile => {
            if assessment.profile == Profile::default() {
                Value::Absent
            } else {
                Value::Profile(Box::new(assessment.profile.clone()))
            }
        }
        Place::Certification => {
            if assessment.certification == CertificationPlan::default() {
                Value::Absent
            } else {
                Value::Certification(assessment.certification)
            }
        }
        Place::Template(slug) => assessment
            .template_texts
            .get(slug)
            .map_or(Value::Absent, |t| text(t)),
    }
}

/// Puts `value` into the entry with `id` of a list of entries: replaced where it is, added at
/// the end when new, removed when `None`.
fn put_entry<T>(list: &mut Vec<T>, id: &str, id_of: fn(&T) -> &str, value: Option<T>) {
    let at = list.iter().position(|entry| id_of(entry) == id);
    match (at, value) {
        (Some(at), Some(value)) => list[at] = value,
        (None, Some(value)) => list.push(value),
        (Some(at), None) => {
            list.remove(at);
        }
        (None, None) => {}
    }
}

/// Text of a value for a text field ("" for anything else).
fn text_of(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        _ => String::new(),
    }
}

/// Sets the place of `assessment` to `value` (a value of the place's own kind, as `value_at`
/// gives it).
fn put(assessment: &mut Assessment, place: &Place, value: &Value) {
    let mut edit_item = |id: &str, edit: &dyn Fn(&mut ItemRecord)| {
        let record = assessment.items.entry(id.to_owned()).or_default();
        edit(record);
        if *record == ItemRecord::default() {
            assessment.items.remove(id);
        }
    };
    match place {
        Place::Answer { item, question } => edit_item(item, &|record| match value {
            Value::Answer(answer) => {
                record.answers.insert(question.clone(), *answer);
            }
            _ => {
                record.answers.remove(question);
            }
        }),
        Place::QuestionNote { item, question } => edit_item(item, &|record| match value {
            Value::Text(note) => {
                record.question_notes.insert(question.clone(), note.clone());
            }
            _ => {
                record.question_notes.remove(question);
            }
        }),
        Place::Notes(item) => edit_item(item, &|record| record.notes = text_of(value)),
        Place::Evidence(item) => edit_item(item, &|record| record.evidence = text_of(value)),
        Place::Owner(item) => edit_item(item, &|record| record.owner = text_of(value)),
        Place::DueDate(item) => edit_item(item, &|record| {
            record.due_date = match value {
                Value::Date(date) => Some(*date),
                _ => None,
            }
        }),
        Place::SoaDecision(id) => match value {
            Value::Decision(decision) => {
                assessment
                    .soa
                    .decisions
                    .insert(id.clone(), decision.clone());
            }
            _ => {
                assessment.soa.decisions.remove(id);
            }
        },
        Place::SoaDetails => {
            let (version, approved_by) = match value {
                Value::SoaDetails {
                    version,
                    approved_by,
                } => (version.clone(), approved_by.clone()),
                _ => (String::new(), String::new()),
            };
            assessment.soa.version = version;
            assessment.soa.approved_by = approved_by;
        }
        Place::OwnControl(id) => {
            let value = match value {
                Value::OwnControl(control) => Some(control.clone()),
                _ => None,
            };
            put_entry(&mut assessment.soa.own_controls, id, |c| &c.id, value);
        }
        Place::Risk(id) => {
            let value = match value {
                Value::Risk(risk) => Some((**risk).clone()),
                _ => None,
            };
            put_entry(&mut assessment.risks.risks, id, |r| &r.id, value);
        }
        Place::RiskCriteria => {
            assessment.risks.criteria = match value {
                Value::Criteria(criteria) => (**criteria).clone(),
                _ => RiskCriteria::default(),
            };
        }
        Place::System(id) => {
            let value = match value {
                Value::System(system) => Some((**system).clone()),
                _ => None,
            };
            put_entry(&mut assessment.inventory.systems, id, |s| &s.id, value);
        }
        Place::Comment(id) => {
            let value = match value {
                Value::Comment(comment) => Some(comment.clone()),
                _ => None,
            };
            put_entry(&mut assessment.comments.comments, id, |c| &c.id, value);
        }
        Place::RegisterEntry(kind, id) => {
            let value = match value {
                Value::Record(record) => Some((**record).clone()),
                _ => None,
            };
            put_entry(
                &mut assessment.records.get_mut(*kind).records,
                id,
                |r| &r.id,
                value,
            );
        }
        Place::CustomAction(id) => {
            let value = match value {
                Value::Custom(action) => Some(action.clone()),
                _ => None,
            };
            put_entry(&mut assessment.actions.custom, id, |a| &a.id, value);
        }
        Place::ActionUpdate(key) => match value {
            Value::Update(update) => {
                assessment
                    .actions
                    .updates
                    .insert(key.clone(), update.clone());
            }
            _ => {
                assessment.actions.updates.remove(key);
            }
        },
        Place::Profile => {
            assessment.profile = match value {
                Value::Profile(profile) => (**profile).clone(),
                _ => Profile::default(),
            };
        }
        Place::Certification => {
            assessment.certification = match value {
                Value::Certification(plan) => *plan,
                _ => CertificationPlan::default(),
            };
        }
        Place::Template(slug) => match value {
            Value::Text(text) => {
                assessment.template_texts.insert(slug.clone(), text.clone());
            }
            _ => {
                assessment.template_texts.remove(slug);
            }
        },
    }
}

/// Every place `assessment` holds something at (parts that are always there, such as the
/// profile, are listed once each).
fn places(assessment: &Assessment, into: &mut BTreeSet<Place>) {
    for (id, record) in &assessment.items {
        for question in record.answers.keys() {
            into.insert(Place::Answer {
                item: id.clone(),
                question: question.clone(),
            });
        }
        for question in record.question_notes.keys() {
            into.insert(Place::QuestionNote {
                item: id.clone(),
                question: question.clone(),
            });
        }
        into.insert(Place::Notes(id.clone()));
        into.insert(Place::Evidence(id.clone()));
        into.insert(Place::Owner(id.clone()));
        into.insert(Place::DueDate(id.clone()));
    }
    for id in assessment.soa.decisions.keys() {
        into.insert(Place::SoaDecision(id.clone()));
    }
    into.insert(Place::SoaDetails);
    for control in &assessment.soa.own_controls {
        into.insert(Place::OwnControl(control.id.clone()));
    }
    for risk in &assessment.risks.risks {
        into.insert(Place::Risk(risk.id.clone()));
    }
    into.insert(Place::RiskCriteria);
    for system in &assessment.inventory.systems {
        into.insert(Place::System(system.id.clone()));
    }
    for comment in &assessment.comments.comments {
        into.insert(Place::Comment(comment.id.clone()));
    }
    for kind in RegisterKind::ALL {
        for record in &assessment.records.get(kind).records {
            into.insert(Place::RegisterEntry(kind, record.id.clone()));
        }
    }
    for action in &assessment.actions.custom {
        into.insert(Place::CustomAction(action.id.clone()));
    }
    for key in assessment.actions.updates.keys() {
        into.insert(Place::ActionUpdate(key.clone()));
    }
    into.insert(Place::Profile);
    into.insert(Place::Certification);
    for slug in assessment.template_texts.keys() {
        into.insert(Place::Template(slug.clone()));
    }
}

/// Which side changed a part since the common ancestor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// Only the file differs from the ancestor.
    InFile,
    /// Only the open assessment differs from the ancestor.
    Here,
    /// Both differ from the ancestor, and from each other: a conflict.
    Both,
    /// There is no common ancestor to tell it by.
    Unknown,
}

impl Changed {
    /// The words the preview shows.
    pub fn label(self) -> &'static str {
        match self {
            Changed::InFile => "Changed in the file",
            Changed::Here => "Changed here",
            Changed::Both => "Changed on both sides",
            Changed::Unknown => "Which side changed can't be told",
        }
    }
}

/// Which side's value a difference takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Theirs,
}

/// One part that differs between the open assessment and the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub place: Place,
    pub mine: Value,
    pub theirs: Value,
    pub changed: Changed,
    /// What the merge takes unless the user chooses otherwise.
    pub default: Keep,
    /// Both sides added a review comment under the same new ID since the ancestor: two
    /// comments, not one. Taking the file's adds it under a fresh ID and keeps mine.
    pub added_on_both_sides: bool,
}

impl Difference {
    /// A sentence that explains what a choice does, where it is not plain from the values.
    pub fn note(&self) -> Option<&'static str> {
        if self.added_on_both_sides {
            Some("Both sides added a comment with this ID: taking the file's adds it as a new comment and keeps yours.")
        } else if self.mine.summary() == self.theirs.summary() {
            // A whole entry (a risk, an AI system) is summarised by its name and state, so
            // two versions can read the same here.
            Some("The two differ in details beyond this summary: open it in each version to compare before choosing.")
        } else {
            None
        }
    }
}

/// The side taken by default: review comments the file has are the consultant's and are
/// taken unless only this side changed them; anything else keeps the side that changed, and
/// keeps mine on a conflict or when that cannot be told.
pub fn default_keep(place: &Place, theirs: &Value, changed: Changed) -> Keep {
    match (place.kind(), changed) {
        (_, Changed::InFile) => Keep::Theirs,
        (_, Changed::Here) => Keep::Mine,
        (Kind::Comment, _) if *theirs != Value::Absent => Keep::Theirs,
        _ => Keep::Mine,
    }
}

/// Everything that differs between `mine` and `theirs`, ordered by kind and then by ID, with
/// the side that changed it when `base` (the last export both started from) is given.
pub fn differences(
    mine: &Assessment,
    theirs: &Assessment,
    base: Option<&Assessment>,
) -> Vec<Difference> {
    let mut all = BTreeSet::new();
    places(mine, &mut all);
    places(theirs, &mut all);
    let mut list: Vec<Difference> = all
        .into_iter()
        .filter_map(|place| {
            let mine_value = value_at(mine, &place);
            let theirs_value = value_at(theirs, &place);
            if mine_value == theirs_value {
                return None;
            }
            let changed = match base {
                None => Changed::Unknown,
                Some(base) => {
                    let base_value = value_at(base, &place);
                    match (base_value != mine_value, base_value != theirs_value) {
                        (false, _) => Changed::InFile,
                        (true, false) => Changed::Here,
                        (true, true) => Changed::Both,
                    }
                }
            };
            let default = default_keep(&place, &theirs_value, changed);
            let added_on_both_sides = place.kind() == Kind::Comment
                && mine_value != Value::Absent
                && theirs_value != Value::Absent
                && base.is_some_and(|base| value_at(base, &place) == Value::Absent);
            Some(Difference {
                place,
                mine: mine_value,
                theirs: theirs_value,
                changed,
                default,
                added_on_both_sides,
            })
        })
        .collect();
    list.sort_by(|a, b| (a.place.kind(), &a.place).cmp(&(b.place.kind(), &b.place)));
    list
}

/// The choices the defaults make, one per difference.
pub fn default_choices(differences: &[Difference]) -> Vec<Keep> {
    differences.iter().map(|d| d.default).collect()
}

/// How many differences take the file's value: the changes a merge makes.
pub fn taken(choices: &[Keep]) -> usize {
    choices.iter().filter(|keep| **keep == Keep::Theirs).count()
}

/// Sets every difference of `kind` to `keep`.
pub fn choose_all(differences: &[Difference], choices: &mut [Keep], kind: Kind, keep: Keep) {
    for (difference, choice) in differences.iter().zip(choices.iter_mut()) {
        if difference.place.kind() == kind {
            *choice = keep;
        }
    }
}

/// The kinds that have differences, in the list's order, each with how many.
pub fn kinds(differences: &[Difference]) -> Vec<(Kind, usize)> {
    let mut kinds: Vec<(Kind, usize)> = Vec::new();
    for difference in differences {
        let kind = difference.place.kind();
        match kinds.last_mut() {
            Some((last, count)) if *last == kind => *count += 1,
            _ => kinds.push((kind, 1)),
        }
    }
    kinds
}

/// The open assessment with the file's value at every difference chosen `Keep::Theirs`. Lists
/// that issue IDs take the larger next number of the two sides when an entry is taken, so an
/// ID the file used is never issued again here.
pub fn apply(
    mine: &Assessment,
    theirs: &Assessment,
    differences: &[Difference],
    choices: &[Keep],
) -> Assessment {
    let mut merged = mine.clone();
    let mut took = BTreeSet::new();
    let mut added_comments = Vec::new();
    for (difference, choice) in differences.iter().zip(choices) {
        if *choice == Keep::Theirs {
            match (&difference.theirs, difference.added_on_both_sides) {
                (Value::Comment(comment), true) => added_comments.push(comment.clone()),
                _ => put(&mut merged, &difference.place, &difference.theirs),
            }
            took.insert(difference.place.clone());
        }
    }
    // The file's comments that clash with one of mine by ID get fresh IDs, past every ID
    // either side uses or has issued.
    for mut comment in added_comments {
        let next = merged.comments.next_number.max(theirs.comments.next_number);
        let in_use = merged
            .comments
            .comments
            .iter()
            .chain(&theirs.comments.comments)
            .map(|c| c.id.clone())
            .collect::<Vec<_>>();
        match limits::issue_id(GrowingList::Comments, "C", next, in_use) {
            Ok((id, next_number)) => {
                comment.id = id;
                merged.comments.comments.push(comment);
                merged.comments.next_number = next_number;
            }
            // No ID is left (only after billions of comments): the file's comment replaces
            // mine, as for any other entry.
            Err(_) => {
                let place = Place::Comment(comment.id.clone());
                put(&mut merged, &place, &Value::Comment(comment));
            }
        }
    }
    let took_kind = |kind: Kind| took.iter().any(|place| place.kind() == kind);
    if took_kind(Kind::Risk) {
        merged.risks.next_number = merged.risks.next_number.max(theirs.risks.next_number);
    }
    if took_kind(Kind::System) {
        merged.inventory.next_number = merged
            .inventory
            .next_number
            .max(theirs.inventory.next_number);
    }
    if took_kind(Kind::Comment) {
        merged.comments.next_number = merged.comments.next_number.max(theirs.comments.next_number);
    }
    if took_kind(Kind::CustomAction) {
        merged.actions.next_number = merged.actions.next_number.max(theirs.actions.next_number);
    }
    if took_kind(Kind::OwnControl) {
        merged.soa.next_own_control_number = merged
            .soa
            .next_own_control_number
            .max(theirs.soa.next_own_control_number);
    }
    for kind in RegisterKind::ALL {
        if took
            .iter()
            .any(|place| matches!(place, Place::RegisterEntry(k, _) if *k == kind))
        {
            let theirs_next = theirs.records.get(kind).next_number;
            let register = merged.records.get_mut(kind);
            register.next_number = register.next_number.max(theirs_next);
        }
    }
    merged
}
