//! Reading and writing the JSON file: encode a domain assessment into the current format, and
//! decode any supported version back through migration and validation.
//!
//! Both the export file and the browser's stored copy go through these two functions, so a
//! stored assessment is read exactly like an imported one.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::{Catalog, CATALOG_VERSION};
use crate::domain::profile::{Profile, SizeBand};
use crate::domain::role::AiRole;
use crate::domain::soa::{Applicability, InclusionReason, Soa};
use crate::io::format::{
    ApplicabilityDocument, AssessmentDocument, ControlDocument, FileDocument, ItemDocument,
    ProfileDocument, ReasonDocument, RoleDocument, SizeDocument, SoaDocument, FORMAT_NAME,
    SCHEMA_VERSION,
};
use crate::io::validate::{answer_to_document, validate, Validated};
use crate::io::{migrate, path, ImportError, MAX_FILE_BYTES};

/// The version of the app, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Builds the file document for an assessment. `written_at` is an ISO 8601 timestamp.
pub fn to_document(assessment: &Assessment, written_at: &str) -> FileDocument {
    let items = assessment
        .items
        .iter()
        .map(|(item_id, record)| {
            let document = ItemDocument {
                answers: record
                    .answers
                    .iter()
                    .map(|(question, answer)| (question.clone(), answer_to_document(*answer)))
                    .collect(),
                notes: record.notes.clone(),
                evidence: record.evidence.clone(),
                owner: record.owner.clone(),
                due_date: record.due_date.map(|date| date.to_string()),
            };
            (item_id.clone(), document)
        })
        .collect();
    FileDocument {
        format: FORMAT_NAME.to_owned(),
        schema_version: SCHEMA_VERSION,
        catalog_version: CATALOG_VERSION.to_owned(),
        exported_at: written_at.to_owned(),
        app_version: APP_VERSION.to_owned(),
        assessment: AssessmentDocument {
            name: assessment.name.clone(),
            items,
            profile: profile_document(&assessment.profile),
            soa: soa_document(&assessment.soa),
        },
    }
}

fn profile_document(profile: &Profile) -> ProfileDocument {
    ProfileDocument {
        organisation: profile.organisation.clone(),
        sector: profile.sector.clone(),
        size: profile.size.map(|size| match size {
            SizeBand::Micro => SizeDocument::Micro,
            SizeBand::Small => SizeDocument::Small,
            SizeBand::Medium => SizeDocument::Medium,
            SizeBand::Large => SizeDocument::Large,
        }),
        roles: profile
            .roles
            .iter()
            .map(|role| match role {
                AiRole::Provider => RoleDocument::Provider,
                AiRole::Producer => RoleDocument::Producer,
                AiRole::Customer => RoleDocument::Customer,
                AiRole::User => RoleDocument::User,
                AiRole::Partner => RoleDocument::Partner,
            })
            .collect(),
        scope: profile.scope.clone(),
    }
}

fn soa_document(soa: &Soa) -> SoaDocument {
    let controls = soa
        .decisions
        .iter()
        .map(|(control_id, decision)| {
            let document = ControlDocument {
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
            };
            (control_id.clone(), document)
        })
        .collect();
    SoaDocument {
        version: soa.version.clone(),
        approved_by: soa.approved_by.clone(),
        controls,
    }
}

/// How the JSON text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Indented, for export files that people open and diff.
    Pretty,
    /// Without whitespace, for browser storage, whose quota is small.
    Compact,
}

/// Encodes an assessment as JSON text. Serialising these plain types does not fail in
/// practice, but the error is passed on rather than assumed away, because the text is written
/// over the stored copy.
pub fn encode(
    assessment: &Assessment,
    written_at: &str,
    layout: Layout,
) -> Result<String, serde_json::Error> {
    let document = to_document(assessment, written_at);
    match layout {
        Layout::Pretty => serde_json::to_string_pretty(&document),
        Layout::Compact => serde_json::to_string(&document),
    }
}

/// Decodes file text of any supported schema version: size check, JSON syntax, migration,
/// types (with the JSON path of the first wrong value) and validation.
pub fn decode(text: &str, catalog: Catalog) -> Result<Validated, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { size: text.len() });
    }
    let raw: serde_json::Value =
        serde_json::from_str(text).map_err(|error| ImportError::Syntax {
            line: error.line(),
            column: error.column(),
            message: syntax_message(&error),
        })?;
    let migrated = migrate::migrate(raw)?;
    let document: FileDocument = serde_path_to_error::deserialize(migrated).map_err(|error| {
        ImportError::at(path::from_serde(error.path()), error.inner().to_string())
    })?;
    validate(document, catalog)
}

/// serde_json appends " at line L column C" to its messages; the error already carries both,
/// so the duplicate is dropped.
fn syntax_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(position) => message[..position].to_owned(),
        None => message,
    }
}
