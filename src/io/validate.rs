//! Validation: turns a file document of the current schema into a domain assessment, checking
//! everything the types alone cannot (known item and question IDs, real dates, sane lengths).
//!
//! Problems that lose nothing the app could use become warnings; problems that would change
//! the meaning of the data are errors naming the JSON path.

use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, CATALOG_VERSION};
use crate::domain::profile::{Profile, SizeBand};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, ControlDecision, InclusionReason, Soa};
use crate::io::format::{
    AnswerDocument, ApplicabilityDocument, FileDocument, ItemDocument, ProfileDocument,
    ReasonDocument, RoleDocument, SizeDocument, SoaDocument,
};
use crate::io::{path, ImportError, ImportWarning};

/// The longest free text accepted in one field. Notes far beyond this are almost certainly a
/// wrong or hostile file, and would make the page slow to render.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A validated assessment, with the warnings the user should see before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub assessment: Assessment,
    pub warnings: Vec<ImportWarning>,
}

/// Validates a file document against the catalog.
pub fn validate(document: FileDocument, catalog: Catalog) -> Result<Validated, ImportError> {
    let mut warnings = Vec::new();
    if document.catalog_version != CATALOG_VERSION {
        warnings.push(ImportWarning {
            path: "catalog_version".into(),
            message: format!(
                "the answers were given against catalog {} and are read with catalog {}; \
                 questions that changed meanwhile may need a second look",
                document.catalog_version, CATALOG_VERSION
            ),
        });
    }
    let assessment_path = "assessment";
    let name = check_text(
        &path::key(assessment_path, "name"),
        document.assessment.name,
    )?;
    let mut assessment = Assessment::named(name);
    let items_path = path::key(assessment_path, "items");
    for (item_id, item_document) in document.assessment.items {
        let item_path = path::key(&items_path, &item_id);
        match catalog.item(&item_id) {
            Some(item) => {
                let question_ids: Vec<&str> = item.questions.iter().map(|q| q.id).collect();
                let record =
                    validate_item(&item_path, item_document, &question_ids, &mut warnings)?;
                if record != ItemRecord::default() {
                    assessment.items.insert(item_id, record);
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
    assessment.profile =
        validate_profile(&path::key(assessment_path, "profile"), document.assessment.profile)?;
    assessment.soa = validate_soa(
        &path::key(assessment_path, "soa"),
        document.assessment.soa,
        catalog,
        &mut warnings,
    )?;
    Ok(Validated {
        assessment,
        warnings,
    })
}

fn validate_profile(profile_path: &str, document: ProfileDocument) -> Result<Profile, ImportError> {
    Ok(Profile {
        organisation: check_text(&path::key(profile_path, "organisation"), document.organisation)?,
        sector: check_text(&path::key(profile_path, "sector"), document.sector)?,
        size: document.size.map(|size| match size {
            SizeDocument::Micro => SizeBand::Micro,
            SizeDocument::Small => SizeBand::Small,
            SizeDocument::Medium => SizeBand::Medium,
            SizeDocument::Large => SizeBand::Large,
        }),
        roles: document
            .roles
            .into_iter()
            .map(|role| match role {
                RoleDocument::Provider => AiRole::Provider,
                RoleDocument::Producer => AiRole::Producer,
                RoleDocument::Customer => AiRole::Customer,
                RoleDocument::User => AiRole::User,
                RoleDocument::Partner => AiRole::Partner,
            })
            .collect(),
        scope: check_text(&path::key(profile_path, "scope"), document.scope)?,
    })
}

fn validate_soa(
    soa_path: &str,
    document: SoaDocument,
    catalog: Catalog,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Soa, ImportError> {
    let mut soa = Soa {
        version: check_text(&path::key(soa_path, "version"), document.version)?,
        approved_by: check_text(&path::key(soa_path, "approved_by"), document.approved_by)?,
        ..Soa::default()
    };
    let controls_path = path::key(soa_path, "controls");
    for (control_id, control) in document.controls {
        let control_path = path::key(&controls_path, &control_id);
        if !catalog.controls().any(|known| known.id == control_id) {
            warnings.push(ImportWarning {
                path: control_path,
                message: format!(
                    "this catalog has no Annex A control {control_id}; its SoA decision is left out"
                ),
            });
            continue;
        }
        let decision = ControlDecision {
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
            justification: check_text(
                &path::key(&control_path, "justification"),
                control.justification,
            )?,
        };
        if decision != ControlDecision::default() {
            soa.decisions.insert(control_id, decision);
        }
    }
    Ok(soa)
}

fn validate_item(
    item_path: &str,
    document: ItemDocument,
    question_ids: &[&str],
    warnings: &mut Vec<ImportWarning>,
) -> Result<ItemRecord, ImportError> {
    let mut record = ItemRecord {
        notes: check_text(&path::key(item_path, "notes"), document.notes)?,
        evidence: check_text(&path::key(item_path, "evidence"), document.evidence)?,
        owner: check_text(&path::key(item_path, "owner"), document.owner)?,
        ..ItemRecord::default()
    };
    if let Some(date) = document.due_date {
        let date_path = path::key(item_path, "due_date");
        record.due_date = Some(
            date.parse()
                .map_err(|error| ImportError::at(date_path, format!("{error}")))?,
        );
    }
    let answers_path = path::key(item_path, "answers");
    for (question_id, answer) in document.answers {
        if question_ids.contains(&question_id.as_str()) {
            record
                .answers
                .insert(question_id, answer_from_document(answer));
        } else {
            warnings.push(ImportWarning {
                path: path::key(&answers_path, &question_id),
                message: format!(
                    "this catalog has no question {question_id}; the answer is left out"
                ),
            });
        }
    }
    Ok(record)
}

fn check_text(field_path: &str, text: String) -> Result<String, ImportError> {
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        Err(ImportError::at(
            field_path,
            format!("the text is {length} characters long; at most {MAX_TEXT_CHARS} are accepted"),
        ))
    } else {
        Ok(text)
    }
}

fn answer_from_document(answer: AnswerDocument) -> Answer {
    match answer {
        AnswerDocument::Yes => Answer::Yes,
        AnswerDocument::Partly => Answer::Partly,
        AnswerDocument::No => Answer::No,
    }
}

/// The file form of a domain answer.
pub fn answer_to_document(answer: Answer) -> AnswerDocument {
    match answer {
        Answer::Yes => AnswerDocument::Yes,
        Answer::Partly => AnswerDocument::Partly,
        Answer::No => AnswerDocument::No,
    }
}
