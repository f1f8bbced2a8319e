//! Validation: turns a file read into the `io::format` types into a domain assessment,
//! checking what types alone cannot say: known item, question and control IDs, days that
//! exist, consistent risk criteria, ratings on their scales, Annex C references, and unique
//! system, risk, action, comment and register entry IDs, and every register entry's fields
//! against its register's spec (`domain::records`).
//!
//! Problems that lose nothing the app could use become warnings (an answer to a question this
//! catalog does not have is left out and the user is told); problems that would change the
//! meaning of the data are errors naming the JSON path, in the style of `io::path`.

use crate::domain::action_plan::{ActionPlan, ActionStatus, ActionUpdate, CustomAction, Priority};
use crate::domain::annex_c;
use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Item, CATALOG_VERSION};
use crate::domain::catalog_update::{self, CatalogUpdate, CheckReason};
use crate::domain::certification::CertificationPlan;
use crate::domain::date::IsoDate;
use crate::domain::eu_ai_act as eu_ai_act_rules;
use crate::domain::eu_ai_act_record::{EuAiActRecord, ObligationProgress, ObligationStatus};
use crate::domain::impact_catalog::{self, MeasureState, Severity};
use crate::domain::impact_record::{
    AnnexIiiArea, HarmFollowUp, Likelihood, PeopleReached, Reversibility,
};
use crate::domain::limits;
use crate::domain::profile::{Profile, SizeBand};
use crate::domain::records::{
    Decimal, FieldInput, FieldKind, Measurement, Record, RecordError, RegisterKind, Registers,
};
use crate::domain::review::{ReviewComment, ReviewComments};
use crate::domain::risk::{Acceptance, Risk, RiskRegister, RiskStatus, Treatment, TreatmentAction};
use crate::domain::risk_criteria::{Axis, Rating, RiskCriteria};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, ControlDecision, InclusionReason, OwnControl, Soa};
use crate::domain::system::{
    AiSystem, Automation, Capability, DataKind, ImpactRecord, Inventory, LifeCycleStage,
};
use crate::io::format::{
    AcceptanceDocument, ActionDocument, ActionStatusDocument, ActionUpdateDocument,
    AnnexIiiDocument, AnswerDocument, ApplicabilityDocument, AssessmentDocument,
    AutomationDocument, CapabilityDocument, CatalogUpdateDocument, CertificationDocument,
    CheckReasonDocument, ControlDocument, CustomActionDocument, DataKindDocument, EuAiActDocument,
    FieldValueDocument, FileDocument, ImpactDocument, ItemDocument, LikelihoodDocument,
    MeasurementDocument, ObligationStatusDocument, PeopleReachedDocument, PriorityDocument,
    ProfileDocument, RatingDocument, ReasonDocument, RecordDocument, RecordsDocument,
    ReversibilityDocument, ReviewCommentDocument, RiskCriteriaDocument, RiskDocument,
    RiskStatusDocument, RoleDocument, SizeDocument, SoaDocument, StageDocument, SystemDocument,
    TreatmentDocument,
};
use crate::io::{messages, path, ImportError, ImportWarning};
use std::collections::BTreeMap;

/// A validated assessment, with the warnings the user should see before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub assessment: Assessment,
    pub warnings: Vec<ImportWarning>,
    /// Whether the file says it is an anonymised copy.
    pub anonymised: bool,
}

/// Validates a file of the current schema version against the catalog. Texts move from the
/// document into the assessment without being copied.
pub fn validate(document: FileDocument, catalog: Catalog) -> Result<Validated, ImportError> {
    let mut warnings = Vec::new();
    let mut assessment = assessment(document.assessment, catalog, &mut warnings)?;
    if document.catalog_version == CATALOG_VERSION {
        // The app keeps one answer per fact; an answer under a shared question in a file of
        // this catalog (edited by hand, say) moves to the question it is answered under.
        for folded in catalog_update::fold_shared_answers(&mut assessment, catalog) {
            warnings.push(folded_warning(&folded));
        }
    } else if let Err(unknown) =
        catalog_update::update_answers(&mut assessment, catalog, &document.catalog_version)
    {
        warnings.push(ImportWarning {
            path: "catalog_version".into(),
            message: unknown.to_string(),
        });
        for folded in catalog_update::fold_shared_answers(&mut assessment, catalog) {
            warnings.push(folded_warning(&folded));
        }
    }
    Ok(Validated {
        assessment,
        warnings,
        anonymised: document.anonymised,
    })
}

/// The warning for an answer found under a shared question.
fn folded_warning(folded: &catalog_update::FoldedAnswer) -> ImportWarning {
    let item = catalog_update::item_of(folded.question);
    let message = match folded.kept {
        None => format!(
            "{} is answered once, under {}; the answer \"{}\" is kept there",
            folded.question,
            folded.into,
            folded.answer.label()
        ),
        Some(kept) => format!(
            "{} is answered once, under {}, which is answered \"{}\"; the answer \"{}\" \
             given here is left out",
            folded.question,
            folded.into,
            kept.label(),
            folded.answer.label()
        ),
    };
    ImportWarning {
        path: path::key(
            &path::key(&path::key("assessment.items", item), "answers"),
            folded.question,
        ),
        message,
    }
}

fn assessment(
    body: AssessmentDocument,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Assessment, ImportError> {
    let at = "assessment";
    let mut assessment = Assessment::named(body.name);
    let items_path = path::key(at, "items");
    for (item_id, item) in body.items {
        let item_path = path::key(&items_path, &item_id);
        let Some(known) = catalog.item(&item_id) else {
            warnings.push(ImportWarning {
                message: format!(
                    "this catalog has no item {item_id}; what was recorded for it is left out"
                ),
                path: item_path,
            });
            continue;
        };
        let record = item_record(item, &item_path, known, warnings)?;
        // The app never stores an empty record, so one in a file is left out too.
        if record != ItemRecord::default() {
            assessment.items.insert(item_id, record);
        }
    }
    assessment.profile = profile(body.profile);
    let (mut read_soa, derived_reasons) = soa(body.soa, &path::key(at, "soa"), catalog, warnings)?;
    assessment.inventory = inventory(
        body.systems,
        body.next_system_number,
        &path::key(at, "systems"),
        warnings,
    )?;
    let criteria = match body.risk_criteria {
        Some(criteria) => risk_criteria(criteria, &path::key(at, "risk_criteria"))?,
        None => RiskCriteria::default(),
    };
    let context = RiskContext {
        catalog,
        soa: &read_soa,
        criteria: &criteria,
        inventory: &assessment.inventory,
    };
    let (risks, next_risk_number) = risks(
        body.risks,
        body.next_risk_number,
        &path::key(at, "risks"),
        &context,
        warnings,
    )?;
    assessment.risks = RiskRegister {
        criteria,
        risks,
        next_number: next_risk_number,
    };
    drop_derived_reasons(&mut read_soa, &assessment.risks, derived_reasons, warnings);
    assessment.soa = read_soa;
    assessment.actions = action_plan(
        body.action_updates,
        body.custom_actions,
        body.next_action_number,
        &path::key(at, "action_updates"),
        &path::key(at, "custom_actions"),
        catalog,
        warnings,
    )?;
    assessment.comments = comments(
        body.review_comments,
        body.next_comment_number,
        &path::key(at, "review_comments"),
        catalog,
        warnings,
    )?;
    assessment.catalog_update = body
        .catalog_update
        .map(|update| self::catalog_update(update, catalog, warnings));
    assessment.records = records(body.records, &path::key(at, "records"), catalog, warnings)?;
    assessment.certification = certification(body.certification, &path::key(at, "certification"))?;
    assessment.template_texts = body.template_texts;
    Ok(assessment)
}

/// The registers of the management system. Each entry's ID must be the register's prefix and
/// a number, unique in the register; each field must be one of the register's and hold what
/// the field holds (checked as an edit would, by `Registers::insert_read`). A clause item
/// this catalog does not have is left out of the entry's list with a warning, like an answer
/// to an unknown question: the entry itself loses nothing else.
fn records(
    mut document: RecordsDocument,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Registers, ImportError> {
    let mut registers = Registers::default();
    for kind in RegisterKind::ALL {
        let spec = kind.spec();
        let list_path = path::key(at, spec.slug);
        let stored_next = *document.next_numbers.number_mut(kind);
        let mut ids = EntryIds::new(spec.id_prefix, spec.singular, stored_next);
        let entries = std::mem::take(document.list_mut(kind));
        let mut read = Vec::with_capacity(entries.len());
        for (index, entry) in entries.into_iter().enumerate() {
            let entry_path = path::index(&list_path, index);
            ids.take(&entry.id, &entry_path)?;
            read.push(record(kind, entry, &entry_path, catalog, warnings)?);
        }
        let register = registers.get_mut(kind);
        register.records = read;
        register.next_number = ids.next;
    }
    Ok(registers)
}

/// One register entry, its fields checked against the register's spec.
fn record(
    kind: RegisterKind,
    entry: RecordDocument,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Record, ImportError> {
    let spec = kind.spec();
    let mut record = Record::new(entry.id);
    for (key, value) in entry.values {
        let field_path = path::key(at, &key);
        let input = match value {
            FieldValueDocument::One(text) => FieldInput::One(text),
            FieldValueDocument::List(entries) => {
                let is_items = spec
                    .field(&key)
                    .is_some_and(|field| field.kind == FieldKind::Items);
                FieldInput::List(if is_items {
                    known_items(entries, &field_path, catalog, warnings)
                } else {
                    entries
                })
            }
        };
        Registers::insert_read(catalog, kind, &mut record, &key, input).map_err(|error| {
            let message = match error {
                RecordError::UnknownField(_) => {
                    let mut names = vec!["id"];
                    names.extend(spec.fields.iter().map(|field| field.key));
                    if kind == RegisterKind::Objectives {
                        names.push("measurements");
                    }
                    messages::unknown_field(&key, &names)
                }
                RecordError::Invalid { message, .. } => message,
                other => other.to_string(),
            };
            ImportError::at(field_path, message)
        })?;
    }
    if let Some(measurements) = entry.measurements {
        let list_path = path::key(at, "measurements");
        if kind != RegisterKind::Objectives {
            return Err(ImportError::at(
                list_path,
                format!(
                    "only objectives keep measurements, not entries of {}",
                    spec.title
                ),
            ));
        }
        for (index, measurement) in measurements.into_iter().enumerate() {
            let read = self::measurement(measurement, &path::index(&list_path, index))?;
            // Measurements are kept oldest first, those of one day in the order given; a
            // file the app wrote is in that order already, so each one goes at the end.
            let after = record
                .measurements
                .iter()
                .rposition(|each| each.date <= read.date)
                .map_or(0, |position| position + 1);
            record.measurements.insert(after, read);
        }
    }
    Ok(record)
}

/// The entries of an items field that this catalog has; each other one is left out with a
/// warning.
fn known_items(
    entries: Vec<String>,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Vec<String> {
    let mut known = Vec::with_capacity(entries.len());
    for (index, entry) in entries.into_iter().enumerate() {
        if catalog.item(entry.trim()).is_some() {
            known.push(entry);
        } else {
            warnings.push(ImportWarning {
                path: path::index(at, index),
                message: format!(
                    "this catalog has no item {}; it is left out of the list",
                    messages::excerpt(&entry)
                ),
            });
        }
    }
    known
}

fn measurement(measurement: MeasurementDocument, at: &str) -> Result<Measurement, ImportError> {
    let date = measurement
        .date
        .parse::<IsoDate>()
        .map_err(|error| ImportError::at(path::key(at, "date"), error.to_string()))?;
    let value = Decimal::parse(&measurement.value)
        .map_err(|error| ImportError::at(path::key(at, "value"), error.to_string()))?;
    Ok(Measurement {
        date,
        value,
        comment: measurement.comment,
    })
}

fn certification(plan: CertificationDocument, at: &str) -> Result<CertificationPlan, ImportError> {
    Ok(CertificationPlan {
        stage1_target: date(plan.stage1_target, || path::key(at, "stage1_target"))?,
        stage2_target: date(plan.stage2_target, || path::key(at, "stage2_target"))?,
    })
}

/// A date that exists, from its `YYYY-MM-DD` text; `at` is the field's path.
fn date(text: Option<String>, at: impl FnOnce() -> String) -> Result<Option<IsoDate>, ImportError> {
    text.map(|text| {
        text.parse::<IsoDate>()
            .map_err(|error| ImportError::at(at(), error.to_string()))
    })
    .transpose()
}

fn item_record(
    item: ItemDocument,
    at: &str,
    known: &Item,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ItemRecord, ImportError> {
    let mut record = ItemRecord {
        notes: item.notes,
        evidence: item.evidence,
        owner: item.owner,
        due_date: date(item.due_date, || path::key(at, "due_date"))?,
        ..ItemRecord::default()
    };
    for (question_id, note) in item.question_notes {
        if known
            .questions
            .iter()
            .any(|question| question.id == question_id)
        {
            if !note.is_empty() {
                record.question_notes.insert(question_id, note);
            }
        } else {
            warnings.push(ImportWarning {
                path: path::key(&path::key(at, "question_notes"), &question_id),
                message: format!(
                    "this catalog has no question {question_id}; the note on it is left out"
                ),
            });
        }
    }
    for (question_id, answer) in item.answers {
        if known
            .questions
            .iter()
            .any(|question| question.id == question_id)
        {
            record.answers.insert(question_id, self::answer(answer));
        } else {
            warnings.push(ImportWarning {
                path: path::key(&path::key(at, "answers"), &question_id),
                message: format!(
                    "this catalog has no question {question_id}; the answer is left out"
                ),
            });
        }
    }
    Ok(record)
}

/// The record of a catalog update. Checks on questions this catalog does not have are left
/// out with a warning.
fn catalog_update(
    update: CatalogUpdateDocument,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> CatalogUpdate {
    let at = "assessment.catalog_update.to_check";
    let mut to_check = BTreeMap::new();
    for (question_id, check) in update.to_check {
        let item_id = catalog_update::item_of(&question_id);
        if catalog.question(item_id, &question_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(at, &question_id),
                message: format!(
                    "this catalog has no question {question_id}; the check on it is left out"
                ),
            });
            continue;
        }
        let reason = match (check.reason, check.other_question, check.other_answer) {
            (CheckReasonDocument::AnswersDiffered, Some(other_question), Some(other_answer)) => {
                CheckReason::AnswersDiffered {
                    other_question,
                    other_answer: answer(other_answer),
                }
            }
            _ => CheckReason::MeaningChanged,
        };
        to_check.insert(question_id, reason);
    }
    CatalogUpdate {
        from_version: update.from_version,
        to_check,
        list_closed: update.list_closed,
    }
}

fn answer(answer: AnswerDocument) -> Answer {
    match answer {
        AnswerDocument::Yes => Answer::Yes,
        AnswerDocument::Partly => Answer::Partly,
        AnswerDocument::No => Answer::No,
    }
}

fn profile(profile: ProfileDocument) -> Profile {
    Profile {
        organisation: profile.organisation,
        sector: profile.sector,
        size: profile.size.map(size),
        roles: set_of(profile.roles.into_iter().map(role)),
        scope: profile.scope,
        assessor: profile.assessor,
        holds_iso27001: profile.holds_iso27001,
    }
}

fn size(size: SizeDocument) -> SizeBand {
    match size {
        SizeDocument::Micro => SizeBand::Micro,
        SizeDocument::Small => SizeBand::Small,
        SizeDocument::Medium => SizeBand::Medium,
        SizeDocument::Large => SizeBand::Large,
    }
}

fn role(role: RoleDocument) -> AiRole {
    match role {
        RoleDocument::Provider => AiRole::Provider,
        RoleDocument::Producer => AiRole::Producer,
        RoleDocument::Customer => AiRole::Customer,
        RoleDocument::User => AiRole::User,
        RoleDocument::Partner => AiRole::Partner,
    }
}

/// The SoA, and the controls whose "risk-treatment" the file marks as derived from the risk
/// register (with their paths), which `drop_derived_reasons` takes off once the risks are read.
/// Own controls are read first, since decisions may name them.
fn soa(
    soa: SoaDocument,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(Soa, Vec<(String, String)>), ImportError> {
    let own_path = path::key(at, "own_controls");
    let mut ids = EntryIds::new("O", "own control", soa.next_own_control_number);
    let mut own_controls = Vec::with_capacity(soa.own_controls.len());
    for (index, own) in soa.own_controls.into_iter().enumerate() {
        ids.take(&own.id, &path::index(&own_path, index))?;
        own_controls.push(OwnControl {
            id: own.id,
            title: own.title,
            description: own.description,
        });
    }
    let mut read = Soa {
        version: soa.version,
        approved_by: soa.approved_by,
        decisions: BTreeMap::new(),
        own_controls,
        next_own_control_number: ids.next,
    };
    let mut derived = Vec::new();
    for (control_id, control) in soa.controls {
        let control_path = path::key(&path::key(at, "controls"), &control_id);
        if !read.is_known_control(catalog, &control_id) {
            warnings.push(ImportWarning {
                path: control_path,
                message: format!(
                    "this catalog has no Annex A control {control_id}, and the file has no own \
                     control with that ID; its SoA decision is left out"
                ),
            });
            continue;
        }
        if control.risk_treatment_derived {
            derived.push((control_id.clone(), control_path));
        }
        let decision = control_decision(control);
        // The app never stores an undecided control without reasons or justification.
        if decision != ControlDecision::default() {
            read.decisions.insert(control_id, decision);
        }
    }
    Ok((read, derived))
}

/// Takes the "risk-treatment" reasons the file marks as derived off the user's own reasons:
/// the risk register states them again wherever live risks use the control. A mark on a
/// control that no live risk uses is told in a warning, as the reason then disappears.
fn drop_derived_reasons(
    soa: &mut Soa,
    risks: &RiskRegister,
    derived: Vec<(String, String)>,
    warnings: &mut Vec<ImportWarning>,
) {
    for (control_id, at) in derived {
        if let Some(decision) = soa.decisions.get_mut(&control_id) {
            decision.reasons.remove(&InclusionReason::RiskTreatment);
            if *decision == ControlDecision::default() {
                soa.decisions.remove(&control_id);
            }
        }
        if !risks.uses_control(&control_id) {
            warnings.push(ImportWarning {
                path: path::key(&at, "risk_treatment_derived"),
                message: format!(
                    "risk treatment is marked as coming from the risk register, but no live \
                     risk in this file uses {control_id}; that reason is left out"
                ),
            });
        }
    }
}

fn control_decision(control: ControlDocument) -> ControlDecision {
    ControlDecision {
        applicability: match control.applicable {
            ApplicabilityDocument::Yes => Applicability::Applicable,
            ApplicabilityDocument::No => Applicability::NotApplicable,
            ApplicabilityDocument::Undecided => Applicability::Undecided,
        },
        reasons: control
            .reasons
            .into_iter()
            .map(|reason| match reason {
                ReasonDocument::RiskTreatment => InclusionReason::RiskTreatment,
                ReasonDocument::Legal => InclusionReason::LegalRequirement,
                ReasonDocument::Contractual => InclusionReason::ContractualObligation,
                ReasonDocument::GoodPractice => InclusionReason::GoodPractice,
            })
            .collect(),
        justification: control.justification,
    }
}

/// The AI systems. IDs must be present and unique, because risks and reports refer to
/// systems by ID.
fn inventory(
    systems: Vec<SystemDocument>,
    next_number: u32,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Inventory, ImportError> {
    let mut inventory = Inventory {
        next_number,
        ..Inventory::default()
    };
    let mut used_ids = std::collections::BTreeSet::new();
    for (index, system) in systems.into_iter().enumerate() {
        let system_path = path::index(at, index);
        let id_path = || path::key(&system_path, "id");
        if system.id.trim().is_empty() || system.id.chars().count() > 40 {
            return Err(ImportError::at(
                id_path(),
                "a system ID must have 1 to 40 characters",
            ));
        }
        if !used_ids.insert(system.id.clone()) {
            return Err(ImportError::at(
                id_path(),
                format!("the ID {} is used by an earlier system as well", system.id),
            ));
        }
        // System IDs are free texts, but the app numbers new ones "S<n>" past every such ID.
        if let Some(number) = numbered_id(&system.id, "S") {
            let after = number_after(number, &system.id, "S", "system", &system_path)?;
            inventory.next_number = inventory.next_number.max(after);
        }
        inventory
            .systems
            .push(ai_system(system, &system_path, warnings)?);
    }
    Ok(inventory)
}

fn ai_system(
    system: SystemDocument,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<AiSystem, ImportError> {
    let impact = impact(system.impact, &path::key(at, "impact"), warnings)?;
    let history_path = path::key(at, "impact_history");
    let mut impact_history = Vec::with_capacity(system.impact_history.len());
    for (index, version) in system.impact_history.into_iter().enumerate() {
        impact_history.push(self::impact(
            version,
            &path::index(&history_path, index),
            warnings,
        )?);
    }
    Ok(AiSystem {
        id: system.id,
        name: system.name,
        purpose: system.purpose,
        roles: set_of(system.roles.into_iter().map(role)),
        stage: system.stage.map(|stage| match stage {
            StageDocument::Idea => LifeCycleStage::Idea,
            StageDocument::Design => LifeCycleStage::Design,
            StageDocument::Development => LifeCycleStage::Development,
            StageDocument::VerificationAndValidation => LifeCycleStage::VerificationAndValidation,
            StageDocument::Deployment => LifeCycleStage::Deployment,
            StageDocument::OperationAndMonitoring => LifeCycleStage::OperationAndMonitoring,
            StageDocument::Retirement => LifeCycleStage::Retirement,
        }),
        users: system.users,
        affected: system.affected,
        data: set_of(system.data.into_iter().map(|kind| match kind {
            DataKindDocument::Personal => DataKind::Personal,
            DataKindDocument::SpecialCategories => DataKind::SpecialCategories,
            DataKindDocument::Children => DataKind::Children,
        })),
        data_notes: system.data_notes,
        automation: system.automation.map(|automation| match automation {
            AutomationDocument::HumanDecides => Automation::HumanDecides,
            AutomationDocument::HumanInTheLoop => Automation::HumanInTheLoop,
            AutomationDocument::HumanOnTheLoop => Automation::HumanOnTheLoop,
            AutomationDocument::FullyAutomated => Automation::FullyAutomated,
        }),
        context: system.context,
        third_party: system.third_party,
        owner: system.owner,
        capabilities: set_of(system.capabilities.into_iter().filter_map(|capability| {
            Capability::from_slug(word(capability, CapabilityDocument::WORDS))
        })),
        planned_change: system.planned_change,
        changed_on: date(system.changed_on, || path::key(at, "changed_on"))?,
        impact,
        impact_history,
        eu_ai_act: eu_ai_act(system.eu_ai_act, &path::key(at, "eu_ai_act"), warnings)?,
    })
}

/// A system's EU AI Act record, checked against the decision path (`domain::eu_ai_act`). An
/// answer to a question the path does not have is left out with a warning, as in the impact
/// assessment; an answer the question does not have, or progress on an obligation the app
/// does not know, is an error, since it would otherwise be lost without a trace of what it was.
fn eu_ai_act(
    record: EuAiActDocument,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<EuAiActRecord, ImportError> {
    let answers_path = path::key(at, "answers");
    let mut answers = BTreeMap::new();
    for (question_id, answer) in record.answers {
        let Some(question) = eu_ai_act_rules::question(&question_id) else {
            warnings.push(ImportWarning {
                path: path::key(&answers_path, &question_id),
                message: format!(
                    "the EU AI Act classification has no question {question_id}; the answer is left out"
                ),
            });
            continue;
        };
        if !question.answers.contains(&answer.as_str()) {
            return Err(ImportError::at(
                path::key(&answers_path, &question_id),
                format!(
                    "{answer} is not an answer to this question; use {}",
                    question.answers.join(", ")
                ),
            ));
        }
        answers.insert(question_id, answer);
    }
    let obligations_path = path::key(at, "obligations");
    let mut obligations = BTreeMap::new();
    for (id, progress) in record.obligations {
        if !eu_ai_act_rules::is_known_obligation(&id) {
            return Err(ImportError::at(
                path::key(&obligations_path, &id),
                format!(
                    "the EU AI Act classification has no obligation {id}; use one of {}",
                    eu_ai_act_rules::OBLIGATION_IDS.join(", ")
                ),
            ));
        }
        let status = match progress.status {
            ObligationStatusDocument::NotStarted => ObligationStatus::NotStarted,
            ObligationStatusDocument::InProgress => ObligationStatus::InProgress,
            ObligationStatusDocument::Met => ObligationStatus::Met,
            ObligationStatusDocument::NotApplicable => ObligationStatus::NotApplicable,
        };
        let note = progress.note;
        obligations.insert(id, ObligationProgress { status, note });
    }
    Ok(EuAiActRecord {
        answers,
        obligations,
        reviewed_by: record.reviewed_by,
        reviewed_on: date(record.reviewed_on, || path::key(at, "reviewed_on"))?,
    })
}

/// The word a file value is written as.
fn word<T: Copy + PartialEq>(value: T, words: &[(T, &'static str)]) -> &'static str {
    words
        .iter()
        .find(|(candidate, _)| *candidate == value)
        .map_or("", |(_, word)| *word)
}

/// An impact assessment. An answer to a question the questionnaire does not have is left out
/// with a warning; an option the question does not have is an error, since the answer would
/// otherwise be lost without a trace of what it was.
fn impact(
    impact: ImpactDocument,
    at: &str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ImpactRecord, ImportError> {
    let mut record = ImpactRecord {
        version: impact.version.max(1),
        not_applicable: BTreeMap::new(),
        annex_iii: impact
            .annex_iii
            .and_then(|area| AnnexIiiArea::from_slug(word(area, AnnexIiiDocument::WORDS))),
        people_reached: impact.people_reached.and_then(|people| {
            PeopleReached::from_slug(word(people, PeopleReachedDocument::WORDS))
        }),
        legal_effects: impact.legal_effects,
        vulnerable_groups: impact.vulnerable_groups,
        jurisdictions: impact.jurisdictions,
        benefits: impact.benefits,
        assessor: impact.assessor,
        date: date(impact.date, || path::key(at, "date"))?,
        approved_by: impact.approved_by,
        approved_on: date(impact.approved_on, || path::key(at, "approved_on"))?,
        notes: impact.notes,
        ..ImpactRecord::default()
    };
    let answers_path = || path::key(at, "answers");
    for (question_id, option_id) in impact.answers {
        let Some(known) = impact_catalog::is_option_of(&question_id, &option_id) else {
            warnings.push(ImportWarning {
                path: path::key(&answers_path(), &question_id),
                message: format!(
                    "the impact questionnaire has no question {question_id}; the answer is left out"
                ),
            });
            continue;
        };
        if !known {
            let options: Vec<&str> = if impact_catalog::harm(&question_id).is_some() {
                Severity::ALL
                    .iter()
                    .map(|severity| severity.option_id())
                    .collect()
            } else {
                MeasureState::ALL
                    .iter()
                    .map(|state| state.option_id())
                    .collect()
            };
            return Err(ImportError::at(
                path::key(&answers_path(), &question_id),
                format!(
                    "{} is not an answer to this question; use {}",
                    messages::excerpt(&option_id),
                    messages::either(&options)
                ),
            ));
        }
        record.answers.insert(question_id, option_id);
    }
    let follow_ups_path = || path::key(at, "follow_ups");
    for (question_id, follow_up) in impact.follow_ups {
        if impact_catalog::harm(&question_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&follow_ups_path(), &question_id),
                message: format!(
                    "the impact questionnaire has no harm question {question_id}; its likelihood and reversibility are left out"
                ),
            });
            continue;
        }
        let follow_up = HarmFollowUp {
            likelihood: follow_up
                .likelihood
                .and_then(|value| Likelihood::from_slug(word(value, LikelihoodDocument::WORDS))),
            reversibility: follow_up.reversibility.and_then(|value| {
                Reversibility::from_slug(word(value, ReversibilityDocument::WORDS))
            }),
        };
        if !follow_up.is_empty() {
            record.follow_ups.insert(question_id, follow_up);
        }
    }
    for (section_id, reason) in impact.not_applicable {
        if impact_catalog::section(&section_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&path::key(at, "not_applicable"), &section_id),
                message: format!(
                    "the impact questionnaire has no section {section_id}; the note that it does not apply is left out"
                ),
            });
            continue;
        }
        record.not_applicable.insert(section_id, reason);
    }
    Ok(record)
}

/// The risk criteria: the names of both scales and of the bands, the table and the acceptance
/// limit, checked together (`RiskCriteria::check`).
fn risk_criteria(criteria: RiskCriteriaDocument, at: &str) -> Result<RiskCriteria, ImportError> {
    let columns = criteria.consequence.len();
    // The right number of cells in rows of the wrong lengths would shift every band, so the
    // first row of another length is reported (after the checks of the whole, which say more
    // when the table is wrong altogether).
    let irregular_row = criteria
        .table
        .iter()
        .enumerate()
        .find(|(_, row)| row.len() != columns)
        .map(|(index, row)| (index, row.len()));
    let read = RiskCriteria {
        likelihood: criteria.likelihood,
        consequence: criteria.consequence,
        bands: criteria.bands,
        table: criteria.table.iter().flatten().map(|band| band.0).collect(),
        acceptable_up_to: criteria.acceptable_up_to.0,
    };
    read.check()
        .map_err(|message| ImportError::at(at, message))?;
    if let Some((index, length)) = irregular_row {
        return Err(ImportError::at(
            path::index(&path::key(at, "table"), index),
            format!("the row has {length} bands; the consequence scale has {columns} levels"),
        ));
    }
    Ok(read)
}

/// What a risk is checked against.
struct RiskContext<'a> {
    catalog: Catalog,
    /// The SoA, whose own controls a risk's treatment may use.
    soa: &'a Soa,
    criteria: &'a RiskCriteria,
    inventory: &'a Inventory,
}

/// The risk register's risks and the number the next new risk gets. Risk IDs must be unique,
/// because the SoA and reports refer to risks by ID; ratings are checked against the file's
/// own criteria.
fn risks(
    risks: Vec<RiskDocument>,
    next_number: u32,
    at: &str,
    context: &RiskContext,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(Vec<Risk>, u32), ImportError> {
    let mut ids = EntryIds::new("R", "risk", next_number);
    let mut read = Vec::with_capacity(risks.len());
    for (index, risk) in risks.into_iter().enumerate() {
        let risk_path = path::index(at, index);
        ids.take(&risk.id, &risk_path)?;
        read.push(self::risk(risk, &risk_path, context, warnings)?);
    }
    Ok((read, ids.next))
}

fn risk(
    risk: RiskDocument,
    at: &str,
    context: &RiskContext,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Risk, ImportError> {
    // A risk may outlive its system, so any system ID of the app's form is accepted, and so
    // is the ID of a system in this file's inventory.
    if !risk.system.is_empty()
        && numbered_id(&risk.system, "S").is_none()
        && context.inventory.get(&risk.system).is_none()
    {
        return Err(ImportError::at(
            path::key(at, "system"),
            "a system ID is S followed by a number from 1, such as S2, or empty",
        ));
    }
    if !risk.source.is_empty() && !annex_c::is_risk_source(&risk.source) {
        return Err(ImportError::at(
            path::key(at, "source"),
            "Annex C has no such risk source; they are C.3.1 to C.3.7, or empty",
        ));
    }
    if !risk.objective.is_empty() && !annex_c::is_objective(&risk.objective) {
        return Err(ImportError::at(
            path::key(at, "objective"),
            "Annex C has no such objective; they are C.2.1 to C.2.11, or empty",
        ));
    }
    // A link to a library risk this version does not have is only a hint lost, not an error.
    let library_id =
        if risk.library.is_empty() || impact_catalog::library_risk(&risk.library).is_some() {
            risk.library
        } else {
            warnings.push(ImportWarning {
                path: path::key(at, "library"),
                message: format!(
                    "the risk library has no risk {}; the link to it is left out",
                    risk.library
                ),
            });
            String::new()
        };
    let inherent = rating(risk.inherent, &path::key(at, "inherent"), context.criteria)?;
    let residual = rating(risk.residual, &path::key(at, "residual"), context.criteria)?;
    let mut controls: Vec<String> = Vec::with_capacity(risk.controls.len());
    for (index, control_id) in risk.controls.into_iter().enumerate() {
        let is_control = context.soa.is_known_control(context.catalog, &control_id);
        let message = if !is_control {
            format!(
                "this catalog has no Annex A control {control_id}, and the file has no own \
                 control with that ID; it is left out of the treatment"
            )
        } else if controls.contains(&control_id) {
            "this control is listed before as well; it is kept once".to_owned()
        } else {
            controls.push(control_id);
            continue;
        };
        warnings.push(ImportWarning {
            path: path::index(&path::key(at, "controls"), index),
            message,
        });
    }
    let actions = risk
        .actions
        .into_iter()
        .enumerate()
        .map(|(index, action)| {
            treatment_action(action, || path::index(&path::key(at, "actions"), index))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Risk {
        id: risk.id,
        title: risk.title,
        description: risk.description,
        system_id: risk.system,
        source: risk.source,
        objective: risk.objective,
        owner: risk.owner,
        inherent,
        treatment: risk.treatment.map(|treatment| match treatment {
            TreatmentDocument::Avoid => Treatment::Avoid,
            TreatmentDocument::Modify => Treatment::Modify,
            TreatmentDocument::Share => Treatment::Share,
            TreatmentDocument::Retain => Treatment::Retain,
        }),
        controls,
        actions,
        residual,
        acceptance: acceptance(risk.acceptance, &path::key(at, "acceptance"))?,
        status: match risk.status {
            RiskStatusDocument::Open => RiskStatus::Open,
            RiskStatusDocument::Treated => RiskStatus::Treated,
            RiskStatusDocument::Accepted => RiskStatus::Accepted,
            RiskStatusDocument::Closed => RiskStatus::Closed,
        },
        library_id,
        rating_proposed: risk.rating_proposed,
        assessed_on: date(risk.assessed_on, || path::key(at, "assessed_on"))?,
        next_review: date(risk.next_review, || path::key(at, "next_review"))?,
    })
}

/// A rating whose levels lie on the criteria's scales.
fn rating(
    rating: Option<RatingDocument>,
    at: &str,
    criteria: &RiskCriteria,
) -> Result<Option<Rating>, ImportError> {
    let Some(rating) = rating else {
        return Ok(None);
    };
    for (name, level, axis) in [
        ("likelihood", rating.likelihood, Axis::Likelihood),
        ("consequence", rating.consequence, Axis::Consequence),
    ] {
        let count = criteria.scale(axis).len();
        if !(1..=count).contains(&usize::from(level)) {
            return Err(ImportError::at(
                path::key(at, name),
                format!("there is no such level: the {name} scale has levels 1 to {count}"),
            ));
        }
    }
    Ok(Some(Rating::new(rating.likelihood, rating.consequence)))
}

fn treatment_action(
    action: ActionDocument,
    at: impl Fn() -> String,
) -> Result<TreatmentAction, ImportError> {
    Ok(TreatmentAction {
        description: action.description,
        owner: action.owner,
        due_date: date(action.due_date, || path::key(&at(), "due_date"))?,
        done: action.done,
    })
}

fn acceptance(acceptance: AcceptanceDocument, at: &str) -> Result<Acceptance, ImportError> {
    Ok(Acceptance {
        accepted_by: acceptance.accepted_by,
        date: date(acceptance.date, || path::key(at, "date"))?,
        rationale: acceptance.rationale,
    })
}

fn priority(priority: PriorityDocument) -> Priority {
    match priority {
        PriorityDocument::High => Priority::High,
        PriorityDocument::Medium => Priority::Medium,
        PriorityDocument::Low => Priority::Low,
    }
}

fn action_status(status: ActionStatusDocument) -> ActionStatus {
    match status {
        ActionStatusDocument::Open => ActionStatus::Open,
        ActionStatusDocument::InProgress => ActionStatus::InProgress,
        ActionStatusDocument::Done => ActionStatus::Done,
    }
}

/// The action plan's stored part: updates of derived actions by key and the user's own
/// actions (`updates_at` and `at` are the paths of the updates and of the list of own actions).
/// An update's key is kept as it is even when no action has it now (the gap may open again);
/// an update that records nothing is left out, as the app never stores one. A custom
/// action linked to an item this catalog does not have keeps everything but the link, with a
/// warning.
fn action_plan(
    updates: BTreeMap<String, ActionUpdateDocument>,
    custom: Vec<CustomActionDocument>,
    next_number: u32,
    updates_at: &str,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ActionPlan, ImportError> {
    let mut plan = ActionPlan::default();
    for (key, update) in updates {
        let due_date = date(update.due_date, || {
            path::key(&path::key(updates_at, &key), "due_date")
        })?;
        let update = ActionUpdate {
            priority: update.priority.map(priority),
            status: action_status(update.status),
            notes: update.notes,
            owner: update.owner,
            due_date,
        };
        if update != ActionUpdate::default() {
            plan.updates.insert(key, update);
        }
    }
    let mut ids = EntryIds::new("A", "action", next_number);
    for (index, action) in custom.into_iter().enumerate() {
        let action_path = path::index(at, index);
        ids.take(&action.id, &action_path)?;
        let mut item_id = action.item;
        if !item_id.is_empty() && catalog.item(&item_id).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&action_path, "item"),
                message: format!(
                    "this catalog has no item {item_id}; the action is kept without it"
                ),
            });
            item_id.clear();
        }
        plan.custom.push(CustomAction {
            id: action.id,
            title: action.title,
            item_id,
            owner: action.owner,
            due_date: date(action.due_date, || path::key(&action_path, "due_date"))?,
            priority: priority(action.priority),
            status: action_status(action.status),
            notes: action.notes,
        });
    }
    plan.next_number = ids.next;
    Ok(plan)
}

/// Reviewer comments. A comment on an item this catalog does not have is left out with a
/// warning, like what was recorded for the item itself; its number stays taken, so its ID is
/// not handed out again.
fn comments(
    comments: Vec<ReviewCommentDocument>,
    next_number: u32,
    at: &str,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<ReviewComments, ImportError> {
    let mut read = ReviewComments::default();
    let mut ids = EntryIds::new("C", "comment", next_number);
    for (index, comment) in comments.into_iter().enumerate() {
        let comment_path = path::index(at, index);
        ids.take(&comment.id, &comment_path)?;
        let date = date(comment.date, || path::key(&comment_path, "date"))?;
        if catalog.item(&comment.item).is_none() {
            warnings.push(ImportWarning {
                path: path::key(&comment_path, "item"),
                message: format!(
                    "this catalog has no item {}; the comment is left out",
                    comment.item
                ),
            });
            continue;
        }
        read.comments.push(ReviewComment {
            id: comment.id,
            item_id: comment.item,
            author: comment.author,
            date,
            text: comment.text,
            resolved: comment.resolved,
        });
    }
    read.next_number = ids.next;
    Ok(read)
}

/// The number of an ID made of `prefix` and a number from 1 written without leading zeros,
/// such as "R12" for "R" or "DOC3" for "DOC", or `None` for anything else.
fn numbered_id(id: &str, prefix: &str) -> Option<u32> {
    let digits = id.strip_prefix(prefix)?;
    if digits.starts_with('0') || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|number| *number >= 1)
}

/// The number after an ID's `number`, which the list's counter must reach. The counter must
/// point past every ID in use, so the last number a `u32` holds can never be an ID: a file with
/// it is refused, since the next new entry could only repeat an ID.
fn number_after(
    number: u32,
    id: &str,
    prefix: &str,
    noun: &str,
    at: &str,
) -> Result<u32, ImportError> {
    number
        .checked_add(1)
        .filter(|_| number <= limits::LAST_ID_NUMBER)
        .ok_or_else(|| {
            ImportError::at(
                path::key(at, "id"),
                format!(
                    "the ID {id} is too high: IDs are numbered up to {prefix}{}, so that a new \
                     {noun} can always be numbered past every one in use",
                    limits::LAST_ID_NUMBER
                ),
            )
        })
}

/// The IDs of a list whose entries are numbered (risks, custom actions, comments, register
/// entries): each must
/// be the prefix and a number from 1, and no two may be the same.
struct EntryIds {
    prefix: &'static str,
    /// What an entry is, for messages: "risk".
    noun: &'static str,
    used: std::collections::BTreeSet<u32>,
    /// The number the next new ID gets. It is raised past every ID in use, since a number at
    /// or below one in use would hand that ID out again; raising it loses nothing.
    next: u32,
}

impl EntryIds {
    fn new(prefix: &'static str, noun: &'static str, stored_next: u32) -> EntryIds {
        EntryIds {
            prefix,
            noun,
            used: std::collections::BTreeSet::new(),
            next: stored_next,
        }
    }

    /// Checks the ID of the entry at `at` and marks it as used.
    fn take(&mut self, id: &str, at: &str) -> Result<(), ImportError> {
        let prefix = self.prefix;
        let Some(number) = numbered_id(id, prefix) else {
            return Err(ImportError::at(
                path::key(at, "id"),
                format!("the ID must be {prefix} followed by a number from 1, such as {prefix}4"),
            ));
        };
        let after = number_after(number, id, prefix, self.noun, at)?;
        // IDs are written without leading zeros, so equal numbers mean equal IDs.
        if !self.used.insert(number) {
            return Err(ImportError::at(
                path::key(at, "id"),
                format!("an earlier {} has the same ID", self.noun),
            ));
        }
        self.next = self.next.max(after);
        Ok(())
    }
}

/// A set built value by value. `collect` into a `BTreeSet` sorts first, and each such sort is
/// a copy of the standard library's stable sort in the Wasm module; the lists here are short.
fn set_of<T: Ord>(values: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    for value in values {
        set.insert(value);
    }
    set
}
