//! The Statement of Applicability: for every Annex A control, whether it applies, why it is
//! included or why it is excluded, and the rules an auditor would check.
//!
//! The rules, each tested:
//! - an undecided control counts as applicable (nothing is excluded by omission);
//! - an excluded control drops out of Annex A readiness only when its exclusion is justified;
//! - an excluded control without a justification is a finding, as are undecided controls and
//!   included controls without a reason;
//! - a control that a live risk's treatment uses (see `domain::risk`) applies, with "risk
//!   treatment" and those risks as its reason, even when the user has not decided on it or
//!   ticked the reason; excluding such a control is a serious finding.
//!
//! The risk links are derived from the register every time and never stored in the SoA, so
//! the SoA works alone (no risks: no links) and can never disagree with the register.

use crate::domain::catalog::Catalog;
use crate::domain::limits::{self, Bounded, LimitError};
use crate::domain::risk::RiskRegister;
use std::collections::{BTreeMap, BTreeSet};

/// Whether a control applies to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Applicability {
    #[default]
    Undecided,
    Applicable,
    NotApplicable,
}

impl Applicability {
    pub const ALL: [Applicability; 3] = [
        Applicability::Applicable,
        Applicability::NotApplicable,
        Applicability::Undecided,
    ];

    /// The word shown in tables and CSV.
    pub fn label(self) -> &'static str {
        match self {
            Applicability::Applicable => "Yes",
            Applicability::NotApplicable => "No",
            Applicability::Undecided => "Undecided",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            Applicability::Applicable => "yes",
            Applicability::NotApplicable => "no",
            Applicability::Undecided => "undecided",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Applicability> {
        Applicability::ALL
            .into_iter()
            .find(|value| value.slug() == slug)
    }
}

/// Why a control is included. A set of reasons lists them in this order (the derived `Ord`),
/// which is also the order of `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum InclusionReason {
    RiskTreatment,
    LegalRequirement,
    ContractualObligation,
    GoodPractice,
}

impl InclusionReason {
    pub const ALL: [InclusionReason; 4] = [
        InclusionReason::RiskTreatment,
        InclusionReason::LegalRequirement,
        InclusionReason::ContractualObligation,
        InclusionReason::GoodPractice,
    ];

    /// The text shown to the user and written to CSV.
    pub fn label(self) -> &'static str {
        match self {
            InclusionReason::RiskTreatment => "Risk treatment",
            InclusionReason::LegalRequirement => "Legal or regulatory requirement",
            InclusionReason::ContractualObligation => "Contractual obligation",
            InclusionReason::GoodPractice => "Organisational choice or good practice",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            InclusionReason::RiskTreatment => "risk-treatment",
            InclusionReason::LegalRequirement => "legal",
            InclusionReason::ContractualObligation => "contractual",
            InclusionReason::GoodPractice => "good-practice",
        }
    }

    pub fn from_slug(slug: &str) -> Option<InclusionReason> {
        InclusionReason::ALL
            .into_iter()
            .find(|reason| reason.slug() == slug)
    }
}

/// The SoA decision for one control.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ControlDecision {
    pub applicability: Applicability,
    pub reasons: BTreeSet<InclusionReason>,
    /// Why the control is excluded; required when it is.
    pub justification: String,
}

impl ControlDecision {
    /// Whether the control is excluded with a written justification, which is the only way a
    /// control leaves the Annex A readiness figures.
    pub fn is_justified_exclusion(&self) -> bool {
        self.applicability == Applicability::NotApplicable && !self.justification.trim().is_empty()
    }

    fn is_empty(&self) -> bool {
        *self == ControlDecision::default()
    }
}

/// The Statement of Applicability of an assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Soa {
    /// The document version shown in the header, such as "1.2".
    pub version: String,
    /// Who approved the statement, for the header.
    pub approved_by: String,
    /// Decisions by control ID; undecided controls with nothing recorded have no entry.
    pub decisions: BTreeMap<String, ControlDecision>,
}

/// An SoA edit that cannot be made: it names something the catalog does not have, or its
/// text is over the limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SoaError {
    #[error("there is no Annex A control {0}")]
    UnknownControl(String),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

impl Bounded for ControlDecision {
    fn texts(&self) -> Vec<&str> {
        vec![&self.justification]
    }
}

/// A rule the SoA breaks, as an auditor would point it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoaFinding {
    /// Excluded although the treatment of live risks uses it (the risks' IDs).
    ExcludedButTreatsRisks(&'static str, Vec<String>),
    /// Excluded with no written justification.
    ExcludedWithoutJustification(&'static str),
    /// No decision recorded yet (the control counts as applicable meanwhile).
    Undecided(&'static str),
    /// Included with no reason given.
    IncludedWithoutReason(&'static str),
}

impl SoaFinding {
    /// The control the finding is about.
    pub fn control_id(&self) -> &'static str {
        match self {
            SoaFinding::ExcludedButTreatsRisks(id, _)
            | SoaFinding::ExcludedWithoutJustification(id)
            | SoaFinding::Undecided(id)
            | SoaFinding::IncludedWithoutReason(id) => id,
        }
    }

    /// What is wrong, in a sentence that follows the control's ID and title.
    pub fn message(&self) -> String {
        let text = match self {
            SoaFinding::ExcludedButTreatsRisks(_, risk_ids) => {
                return format!(
                    "is excluded, but the treatment of {} relies on it. Include it, or change \
                     how those risks are treated.",
                    risks_phrase(risk_ids)
                )
            }
            SoaFinding::ExcludedWithoutJustification(_) => {
                "is excluded without a justification. Write why it does not apply, or include it."
            }
            SoaFinding::Undecided(_) => {
                "has no decision yet. It counts as applicable until you decide."
            }
            SoaFinding::IncludedWithoutReason(_) => {
                "is included without a reason. Tick at least one reason for including it."
            }
        };
        text.to_owned()
    }

    /// Whether an auditor would treat this as a nonconformity rather than unfinished work.
    pub fn is_serious(&self) -> bool {
        matches!(
            self,
            SoaFinding::ExcludedWithoutJustification(_) | SoaFinding::ExcludedButTreatsRisks(..)
        )
    }
}

/// "risk R1" or "risks R1, R3".
pub fn risks_phrase(risk_ids: &[String]) -> String {
    let noun = if risk_ids.len() == 1 { "risk" } else { "risks" };
    format!("{noun} {}", risk_ids.join(", "))
}

impl Soa {
    /// The document version for the printed SoA; an SoA without one is a draft.
    pub fn display_version(&self) -> &str {
        match self.version.trim() {
            "" => "Draft",
            version => version,
        }
    }

    /// Who approved the SoA, for the printed document.
    pub fn display_approver(&self) -> &str {
        match self.approved_by.trim() {
            "" => "Not yet approved",
            name => name,
        }
    }

    /// The decision for a control (the default, undecided, when none is recorded).
    pub fn decision(&self, control_id: &str) -> ControlDecision {
        self.decisions.get(control_id).cloned().unwrap_or_default()
    }

    /// Whether the control leaves the readiness figures (a justified exclusion).
    pub fn is_excluded(&self, control_id: &str) -> bool {
        self.decisions
            .get(control_id)
            .is_some_and(ControlDecision::is_justified_exclusion)
    }

    /// Applies a change to a control's decision, checking the control exists and dropping
    /// decisions that end up empty so the SoA has one canonical form.
    pub fn edit(
        &mut self,
        catalog: Catalog,
        control_id: &str,
        change: impl FnOnce(&mut ControlDecision),
    ) -> Result<(), SoaError> {
        if !catalog.controls().any(|control| control.id == control_id) {
            return Err(SoaError::UnknownControl(control_id.to_owned()));
        }
        let decision = self.decisions.entry(control_id.to_owned()).or_default();
        let outcome = limits::edit_checked(decision, change);
        if decision.is_empty() {
            self.decisions.remove(control_id);
        }
        Ok(outcome?)
    }

    /// Replaces the document version shown in the header, unless it is over the text limit.
    pub fn set_version(&mut self, version: String) -> Result<(), LimitError> {
        limits::check_text_change(&self.version, &version)?;
        self.version = version;
        Ok(())
    }

    /// Replaces who approved the statement, unless it is over the text limit.
    pub fn set_approved_by(&mut self, approved_by: String) -> Result<(), LimitError> {
        limits::check_text_change(&self.approved_by, &approved_by)?;
        self.approved_by = approved_by;
        Ok(())
    }

    /// Whether the control applies once the risk register is taken into account: a control
    /// that a live risk's treatment uses applies unless the user excluded it.
    pub fn effective_applicability(&self, control_id: &str, risks: &RiskRegister) -> Applicability {
        match self.decision(control_id).applicability {
            Applicability::Undecided if !risks.risks_using(control_id).is_empty() => {
                Applicability::Applicable
            }
            applicability => applicability,
        }
    }

    /// Every finding, in catalog order, with the risk register's links taken into account.
    pub fn findings(&self, catalog: Catalog, risks: &RiskRegister) -> Vec<SoaFinding> {
        catalog
            .controls()
            .filter_map(|control| {
                let decision = self.decision(control.id);
                let risk_ids: Vec<String> = risks
                    .risks_using(control.id)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let treats_risks = !risk_ids.is_empty();
                match decision.applicability {
                    Applicability::NotApplicable if treats_risks => {
                        Some(SoaFinding::ExcludedButTreatsRisks(control.id, risk_ids))
                    }
                    Applicability::NotApplicable if decision.justification.trim().is_empty() => {
                        Some(SoaFinding::ExcludedWithoutJustification(control.id))
                    }
                    Applicability::NotApplicable => None,
                    // Risk treatment is reason enough, so these need nothing more.
                    _ if treats_risks => None,
                    Applicability::Undecided => Some(SoaFinding::Undecided(control.id)),
                    Applicability::Applicable if decision.reasons.is_empty() => {
                        Some(SoaFinding::IncludedWithoutReason(control.id))
                    }
                    Applicability::Applicable => None,
                }
            })
            .collect()
    }
}

/// One line of the Statement of Applicability as documents show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SoaRow {
    pub control_id: &'static str,
    pub title: &'static str,
    /// The area's ID and title, such as "A.6 AI system life cycle".
    pub area: String,
    /// The applicability with the risk register taken into account (see
    /// `Soa::effective_applicability`).
    pub applicability: Applicability,
    /// The reasons ticked, plus "risk treatment" when live risks use the control.
    pub reasons: Vec<InclusionReason>,
    /// The live risks whose treatment uses the control.
    pub risk_ids: Vec<String>,
    pub justification: String,
    pub status: crate::domain::scoring::Status,
    pub owner: String,
    pub notes: String,
}

impl SoaRow {
    /// The inclusion reasons as one phrase, such as "Risk treatment (R1, R3); Contractual
    /// obligation".
    pub fn reasons_text(&self) -> String {
        let labels: Vec<String> = self
            .reasons
            .iter()
            .map(|reason| match reason {
                InclusionReason::RiskTreatment if !self.risk_ids.is_empty() => {
                    format!("{} ({})", reason.label(), self.risk_ids.join(", "))
                }
                _ => reason.label().to_owned(),
            })
            .collect();
        labels.join("; ")
    }

    /// Why the control is in or out, as the printed SoA states it: the reasons for an included
    /// (or undecided) control, the justification for an excluded one, and what is missing
    /// when either is absent.
    pub fn rationale(&self) -> String {
        match self.applicability {
            Applicability::NotApplicable => match self.justification.trim() {
                "" => "Excluded: justification missing".to_owned(),
                text => format!("Excluded: {text}"),
            },
            _ if self.reasons.is_empty() => "No reason given".to_owned(),
            _ => self.reasons_text(),
        }
    }
}

/// How many controls are applicable, excluded and undecided, in that order, with controls
/// that treat live risks counted as applicable unless excluded.
pub fn decision_counts(catalog: Catalog, soa: &Soa, risks: &RiskRegister) -> [usize; 3] {
    let mut counts = [0; 3];
    for control in catalog.controls() {
        let index = match soa.effective_applicability(control.id, risks) {
            Applicability::Applicable => 0,
            Applicability::NotApplicable => 1,
            Applicability::Undecided => 2,
        };
        counts[index] += 1;
    }
    counts
}

/// The SoA of an assessment, one row per control in catalog order.
pub fn rows(
    catalog: Catalog,
    assessment: &crate::domain::assessment::Assessment,
    summary: &crate::domain::scoring::Summary,
) -> Vec<SoaRow> {
    catalog
        .annex_a_areas()
        .iter()
        .flat_map(|area| area.items.iter().map(move |control| (area, control)))
        .map(|(area, control)| {
            let decision = assessment.soa.decision(control.id);
            let record = assessment.item(control.id);
            let risk_ids: Vec<String> = assessment
                .risks
                .risks_using(control.id)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let mut reasons = decision.reasons;
            if !risk_ids.is_empty() {
                reasons.insert(InclusionReason::RiskTreatment);
            }
            SoaRow {
                control_id: control.id,
                title: control.title,
                area: format!("{} {}", area.id, area.title),
                applicability: assessment
                    .soa
                    .effective_applicability(control.id, &assessment.risks),
                reasons: reasons.into_iter().collect(),
                risk_ids,
                justification: decision.justification,
                status: summary.item(control.id).status(),
                owner: record.map(|r| r.owner.clone()).unwrap_or_default(),
                notes: record.map(|r| r.notes.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
