//! Writing: an assessment as the file's typed document (`io::format`), which serde_json then
//! turns into the export file or the stored copy.
//!
//! Lists and maps are written even when empty and the risk criteria always, so that a file
//! says how its risks were rated even if the app's defaults change one day. Options the user
//! has not chosen are left out, and so are the parts added in schema version 9 (registers,
//! certification dates, template texts) while they are empty, so that small files stay small.

use crate::domain::action_plan::{ActionStatus, CustomAction, Priority};
use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::CATALOG_VERSION;
use crate::domain::catalog_update::{CatalogUpdate, CheckReason};
use crate::domain::date::IsoDate;
use crate::domain::eu_ai_act_record::{EuAiActRecord, ObligationStatus};
use crate::domain::profile::{Profile, SizeBand};
use crate::domain::records::{Record, RegisterKind, Registers};
use crate::domain::review::ReviewComment;
use crate::domain::risk::{Risk, RiskRegister, RiskStatus, Treatment, TreatmentAction};
use crate::domain::risk_criteria::{Rating, RiskCriteria};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, ControlDecision, InclusionReason, Soa};
use crate::domain::system::{AiSystem, Automation, DataKind, ImpactRecord, LifeCycleStage};
use crate::io::format::{
    AcceptanceDocument, ActionDocument, ActionStatusDocument, ActionUpdateDocument,
    AnnexIiiDocument, AnswerCheckDocument, AnswerDocument, ApplicabilityDocument,
    AssessmentDocument, AutomationDocument, BandDocument, CapabilityDocument,
    CatalogUpdateDocument, CertificationDocument, CheckReasonDocument, ControlDocument,
    CustomActionDocument, DataKindDocument, EuAiActDocument, FieldValueDocument, FileDocument,
    FollowUpDocument, ImpactDocument, ItemDocument, LikelihoodDocument, MeasurementDocument,
    ObligationDocument, ObligationStatusDocument, OwnControlDocument, PeopleReachedDocument,
    PriorityDocument, ProfileDocument, RatingDocument, ReasonDocument, RecordDocument,
    RecordsDocument, ReversibilityDocument, ReviewCommentDocument, RiskCriteriaDocument,
    RiskDocument, RiskStatusDocument, RoleDocument, SizeDocument, SoaDocument, StageDocument,
    SystemDocument, TreatmentDocument, FORMAT_NAME, SCHEMA_VERSION,
};
use crate::io::json::APP_VERSION;
use std::collections::BTreeMap;

/// The file document of an assessment. `written_at` is an ISO 8601 timestamp; `anonymised`
/// marks an anonymised copy.
pub fn file_document(assessment: &Assessment, written_at: &str, anonymised: bool) -> FileDocument {
    FileDocument {
        format: FORMAT_NAME.to_owned(),
        schema_version: SCHEMA_VERSION,
        catalog_version: CATALOG_VERSION.to_owned(),
        exported_at: written_at.to_owned(),
        app_version: APP_VERSION.to_owned(),
        anonymised,
        assessment: assessment_document(assessment),
    }
}

fn assessment_document(assessment: &Assessment) -> AssessmentDocument {
    let register = &assessment.risks;
    let plan = &assessment.actions;
    AssessmentDocument {
        name: assessment.name.clone(),
        items: in_order(
            assessment
                .items
                .iter()
                .map(|(item_id, record)| (item_id.clone(), item(record))),
        ),
        profile: profile(&assessment.profile),
        soa: soa(&assessment.soa, &assessment.risks),
        systems: assessment.inventory.systems.iter().map(system).collect(),
        next_system_number: assessment.inventory.next_number,
        risk_criteria: Some(criteria(&register.criteria)),
        risks: register.risks.iter().map(risk).collect(),
        next_risk_number: register.next_number,
        action_updates: in_order(plan.updates.iter().map(|(key, update)| {
            let document = ActionUpdateDocument {
                priority: update.priority.map(priority),
                status: action_status(update.status),
                notes: update.notes.clone(),
                owner: update.owner.clone(),
                due_date: date(update.due_date),
            };
            (key.clone(), document)
        })),
        custom_actions: plan.custom.iter().map(custom_action).collect(),
        next_action_number: plan.next_number,
        review_comments: assessment.comments.comments.iter().map(comment).collect(),
        next_comment_number: assessment.comments.next_number,
        catalog_update: assessment.catalog_update.as_ref().map(catalog_update),
        records: records(&assessment.records),
        certification: CertificationDocument {
            stage1_target: date(assessment.certification.stage1_target),
            stage2_target: date(assessment.certification.stage2_target),
        },
        template_texts: assessment.template_texts.clone(),
    }
}

/// The registers, each entry with its set fields in the register's order.
fn records(registers: &Registers) -> RecordsDocument {
    let mut document = RecordsDocument::default();
    for kind in RegisterKind::ALL {
        let register = registers.get(kind);
        *document.list_mut(kind) = register
            .records
            .iter()
            .map(|entry| record(kind, entry))
            .collect();
        *document.next_numbers.number_mut(kind) = register.next_number;
    }
    document
}

fn record(kind: RegisterKind, entry: &Record) -> RecordDocument {
    let mut values = Vec::new();
    for field in kind.spec().fields {
        if field.kind.is_list() {
            let list = entry.list(field.key);
            if !list.is_empty() {
                values.push((
                    field.key.to_owned(),
                    FieldValueDocument::List(list.to_vec()),
                ));
            }
        } else {
            let text = entry.text(field.key);
            if !text.is_empty() {
                values.push((
                    field.key.to_owned(),
                    FieldValueDocument::One(text.to_owned()),
                ));
            }
        }
    }
    let measurements = entry
        .measurements
        .iter()
        .map(|measurement| MeasurementDocument {
            date: measurement.date.to_string(),
            value: measurement.value.to_string(),
            comment: measurement.comment.clone(),
        })
        .collect();
    RecordDocument {
        id: entry.id.clone(),
        values,
        measurements: Some(measurements),
    }
}

fn date(date: Option<IsoDate>) -> Option<String> {
    date.map(|date| date.to_string())
}

fn item(record: &ItemRecord) -> ItemDocument {
    ItemDocument {
        answers: in_order(
            record
                .answers
                .iter()
                .map(|(question_id, answer)| (question_id.clone(), self::answer(*answer))),
        ),
        question_notes: record.question_notes.clone(),
        notes: record.notes.clone(),
        evidence: record.evidence.clone(),
        owner: record.owner.clone(),
        due_date: date(record.due_date),
    }
}

fn catalog_update(update: &CatalogUpdate) -> CatalogUpdateDocument {
    CatalogUpdateDocument {
        from_version: update.from_version.clone(),
        to_check: in_order(update.to_check.iter().map(|(question_id, reason)| {
            let check = match reason {
                CheckReason::MeaningChanged => AnswerCheckDocument {
                    reason: CheckReasonDocument::MeaningChanged,
                    other_question: None,
                    other_answer: None,
                },
                CheckReason::AnswersDiffered {
                    other_question,
                    other_answer,
                } => AnswerCheckDocument {
                    reason: CheckReasonDocument::AnswersDiffered,
                    other_question: Some(other_question.clone()),
                    other_answer: Some(answer(*other_answer)),
                },
            };
            (question_id.clone(), check)
        })),
        list_closed: update.list_closed,
    }
}

fn answer(answer: Answer) -> AnswerDocument {
    match answer {
        Answer::Yes => AnswerDocument::Yes,
        Answer::Partly => AnswerDocument::Partly,
        Answer::No => AnswerDocument::No,
    }
}

fn profile(profile: &Profile) -> ProfileDocument {
    ProfileDocument {
        organisation: profile.organisation.clone(),
        sector: profile.sector.clone(),
        size: profile.size.map(|size| match size {
            SizeBand::Micro => SizeDocument::Micro,
            SizeBand::Small => SizeDocument::Small,
            SizeBand::Medium => SizeDocument::Medium,
            SizeBand::Large => SizeDocument::Large,
        }),
        roles: profile.roles.iter().copied().map(role).collect(),
        scope: profile.scope.clone(),
        assessor: profile.assessor.clone(),
        holds_iso27001: profile.holds_iso27001,
    }
}

fn role(role: AiRole) -> RoleDocument {
    match role {
        AiRole::Provider => RoleDocument::Provider,
        AiRole::Producer => RoleDocument::Producer,
        AiRole::Customer => RoleDocument::Customer,
        AiRole::User => RoleDocument::User,
        AiRole::Partner => RoleDocument::Partner,
    }
}

/// The SoA as the file states it: every control with a recorded decision or a reason derived
/// from the risk register, with the effective reasons (see `domain::soa`).
fn soa(soa: &Soa, risks: &RiskRegister) -> SoaDocument {
    let mut controls = in_order(
        soa.decisions
            .iter()
            .map(|(control_id, decision)| (control_id.clone(), control(decision))),
    );
    for (control_id, _) in risks.controls_in_use() {
        // A risk may name a control the SoA does not know (an older catalog's); the file's
        // reader leaves that out of the risk, so it gets no entry here either.
        if !is_listed_control(soa, &control_id) {
            continue;
        }
        let entry = controls
            .entry(control_id.clone())
            .or_insert_with(|| control(&ControlDecision::default()));
        if !entry.reasons.contains(&ReasonDocument::RiskTreatment) {
            entry.reasons.insert(0, ReasonDocument::RiskTreatment);
            entry.risk_treatment_derived = true;
        }
    }
    SoaDocument {
        version: soa.version.clone(),
        approved_by: soa.approved_by.clone(),
        controls,
        own_controls: soa
            .own_controls
            .iter()
            .map(|own| OwnControlDocument {
                id: own.id.clone(),
                title: own.title.clone(),
                description: own.description.clone(),
            })
            .collect(),
        next_own_control_number: soa.next_own_control_number,
    }
}

/// Whether a control ID is an Annex A control of the compiled catalog or an own control.
fn is_listed_control(soa: &Soa, control_id: &str) -> bool {
    soa.is_known_control(crate::domain::catalog::catalog(), control_id)
}

fn control(decision: &ControlDecision) -> ControlDocument {
    ControlDocument {
        applicable: match decision.applicability {
            Applicability::Applicable => ApplicabilityDocument::Yes,
            Applicability::NotApplicable => ApplicabilityDocument::No,
            Applicability::Undecided => ApplicabilityDocument::Undecided,
        },
        reasons: decision
            .reasons
            .iter()
            .map(|reason| match reason {
                InclusionReason::RiskTreatment => ReasonDocument::RiskTreatment,
                InclusionReason::LegalRequirement => ReasonDocument::Legal,
                InclusionReason::ContractualObligation => ReasonDocument::Contractual,
                InclusionReason::GoodPractice => ReasonDocument::GoodPractice,
            })
            .collect(),
        justification: decision.justification.clone(),
        risk_treatment_derived: false,
    }
}

fn system(system: &AiSystem) -> SystemDocument {
    let impact = &system.impact;
    SystemDocument {
        id: system.id.clone(),
        name: system.name.clone(),
        purpose: system.purpose.clone(),
        roles: system.roles.iter().copied().map(role).collect(),
        stage: system.stage.map(|stage| match stage {
            LifeCycleStage::Idea => StageDocument::Idea,
            LifeCycleStage::Design => StageDocument::Design,
            LifeCycleStage::Development => StageDocument::Development,
            LifeCycleStage::VerificationAndValidation => StageDocument::VerificationAndValidation,
            LifeCycleStage::Deployment => StageDocument::Deployment,
            LifeCycleStage::OperationAndMonitoring => StageDocument::OperationAndMonitoring,
            LifeCycleStage::Retirement => StageDocument::Retirement,
        }),
        users: system.users.clone(),
        affected: system.affected.clone(),
        data: system
            .data
            .iter()
            .map(|kind| match kind {
                DataKind::Personal => DataKindDocument::Personal,
                DataKind::SpecialCategories => DataKindDocument::SpecialCategories,
                DataKind::Children => DataKindDocument::Children,
            })
            .collect(),
        data_notes: system.data_notes.clone(),
        automation: system.automation.map(|automation| match automation {
            Automation::HumanDecides => AutomationDocument::HumanDecides,
            Automation::HumanInTheLoop => AutomationDocument::HumanInTheLoop,
            Automation::HumanOnTheLoop => AutomationDocument::HumanOnTheLoop,
            Automation::FullyAutomated => AutomationDocument::FullyAutomated,
        }),
        context: system.context.clone(),
        third_party: system.third_party.clone(),
        owner: system.owner.clone(),
        capabilities: system
            .capabilities
            .iter()
            .filter_map(|capability| by_word(capability.slug(), CapabilityDocument::WORDS))
            .collect(),
        planned_change: system.planned_change.clone(),
        changed_on: date(system.changed_on),
        impact: impact_version(impact),
        impact_history: system.impact_history.iter().map(impact_version).collect(),
        eu_ai_act: eu_ai_act(&system.eu_ai_act),
    }
}

/// The file's word for a domain value, found by the slug both share (a table test checks that
/// every slug has its word).
fn by_word<T: Copy>(slug: &str, words: &[(T, &'static str)]) -> Option<T> {
    words
        .iter()
        .find(|(_, word)| *word == slug)
        .map(|(value, _)| *value)
}

fn impact_version(impact: &ImpactRecord) -> ImpactDocument {
    ImpactDocument {
        version: impact.version,
        answers: impact.answers.clone(),
        follow_ups: in_order(
            impact
                .follow_ups
                .iter()
                .filter(|(_, follow_up)| !follow_up.is_empty())
                .map(|(id, follow_up)| {
                    let document = FollowUpDocument {
                        likelihood: follow_up
                            .likelihood
                            .and_then(|value| by_word(value.slug(), LikelihoodDocument::WORDS)),
                        reversibility: follow_up
                            .reversibility
                            .and_then(|value| by_word(value.slug(), ReversibilityDocument::WORDS)),
                    };
                    (id.clone(), document)
                }),
        ),
        not_applicable: impact.not_applicable.clone(),
        annex_iii: impact
            .annex_iii
            .and_then(|area| by_word(area.slug(), AnnexIiiDocument::WORDS)),
        people_reached: impact
            .people_reached
            .and_then(|people| by_word(people.slug(), PeopleReachedDocument::WORDS)),
        legal_effects: impact.legal_effects.clone(),
        vulnerable_groups: impact.vulnerable_groups.clone(),
        jurisdictions: impact.jurisdictions.clone(),
        benefits: impact.benefits.clone(),
        assessor: impact.assessor.clone(),
        date: date(impact.date),
        approved_by: impact.approved_by.clone(),
        approved_on: date(impact.approved_on),
        notes: impact.notes.clone(),
    }
}

fn criteria(criteria: &RiskCriteria) -> RiskCriteriaDocument {
    // The domain keeps the table row by row in one list; the file shows each row as a list.
    let columns = criteria.consequence.len().max(1);
    RiskCriteriaDocument {
        likelihood: criteria.likelihood.clone(),
        consequence: criteria.consequence.clone(),
        bands: criteria.bands.clone(),
        table: criteria
            .table
            .chunks(columns)
            .map(|row| row.iter().copied().map(BandDocument).collect())
            .collect(),
        acceptable_up_to: BandDocument(criteria.acceptable_up_to),
    }
}

fn rating(rating: Rating) -> RatingDocument {
    RatingDocument {
        likelihood: rating.likelihood,
        consequence: rating.consequence,
    }
}

fn risk(risk: &Risk) -> RiskDocument {
    RiskDocument {
        id: risk.id.clone(),
        title: risk.title.clone(),
        description: risk.description.clone(),
        system: risk.system_id.clone(),
        source: risk.source.clone(),
        objective: risk.objective.clone(),
        owner: risk.owner.clone(),
        inherent: risk.inherent.map(rating),
        treatment: risk.treatment.map(|treatment| match treatment {
            Treatment::Avoid => TreatmentDocument::Avoid,
            Treatment::Modify => TreatmentDocument::Modify,
            Treatment::Share => TreatmentDocument::Share,
            Treatment::Retain => TreatmentDocument::Retain,
        }),
        controls: risk.controls.clone(),
        actions: risk.actions.iter().map(treatment_action).collect(),
        residual: risk.residual.map(rating),
        acceptance: AcceptanceDocument {
            accepted_by: risk.acceptance.accepted_by.clone(),
            date: date(risk.acceptance.date),
            rationale: risk.acceptance.rationale.clone(),
        },
        status: match risk.status {
            RiskStatus::Open => RiskStatusDocument::Open,
            RiskStatus::Treated => RiskStatusDocument::Treated,
            RiskStatus::Accepted => RiskStatusDocument::Accepted,
            RiskStatus::Closed => RiskStatusDocument::Closed,
        },
        library: risk.library_id.clone(),
        rating_proposed: risk.rating_proposed,
        assessed_on: date(risk.assessed_on),
        next_review: date(risk.next_review),
    }
}

fn treatment_action(action: &TreatmentAction) -> ActionDocument {
    ActionDocument {
        description: action.description.clone(),
        owner: action.owner.clone(),
        due_date: date(action.due_date),
        done: action.done,
    }
}

fn priority(priority: Priority) -> PriorityDocument {
    match priority {
        Priority::High => PriorityDocument::High,
        Priority::Medium => PriorityDocument::Medium,
        Priority::Low => PriorityDocument::Low,
    }
}

fn action_status(status: ActionStatus) -> ActionStatusDocument {
    match status {
        ActionStatus::Open => ActionStatusDocument::Open,
        ActionStatus::InProgress => ActionStatusDocument::InProgress,
        ActionStatus::Done => ActionStatusDocument::Done,
    }
}

fn custom_action(action: &CustomAction) -> CustomActionDocument {
    CustomActionDocument {
        id: action.id.clone(),
        title: action.title.clone(),
        item: action.item_id.clone(),
        owner: action.owner.clone(),
        due_date: date(action.due_date),
        priority: priority(action.priority),
        status: action_status(action.status),
        notes: action.notes.clone(),
    }
}

fn comment(comment: &ReviewComment) -> ReviewCommentDocument {
    ReviewCommentDocument {
        id: comment.id.clone(),
        item: comment.item_id.clone(),
        author: comment.author.clone(),
        date: date(comment.date),
        text: comment.text.clone(),
        resolved: comment.resolved,
    }
}

/// A map of the file built entry by entry, in the order given. The model's maps are already in
/// key order, and `collect` into a `BTreeMap` would sort them again: each such `collect` adds
/// its own copy of the standard library's stable sort to the Wasm module, several kilobytes per
/// value type, where `insert` is shared.
fn in_order<W>(entries: impl IntoIterator<Item = (String, W)>) -> BTreeMap<String, W> {
    let mut map = BTreeMap::new();
    for (key, value) in entries {
        map.insert(key, value);
    }
    map
}

/// A system's EU AI Act record, by the IDs the decision path's data gives.
fn eu_ai_act(record: &EuAiActRecord) -> EuAiActDocument {
    EuAiActDocument {
        answers: record.answers.clone(),
        obligations: record
            .obligations
            .iter()
            .map(|(id, progress)| {
                let status = match progress.status {
                    ObligationStatus::NotStarted => ObligationStatusDocument::NotStarted,
                    ObligationStatus::InProgress => ObligationStatusDocument::InProgress,
                    ObligationStatus::Met => ObligationStatusDocument::Met,
                    ObligationStatus::NotApplicable => ObligationStatusDocument::NotApplicable,
                };
                let document = ObligationDocument {
                    status,
                    note: progress.note.clone(),
                };
                (id.clone(), document)
            })
            .collect(),
        reviewed_by: record.reviewed_by.clone(),
        reviewed_on: date(record.reviewed_on),
    }
}
