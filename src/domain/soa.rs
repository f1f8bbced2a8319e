//! The Statement of Applicability: for every Annex A control, whether it applies, why it is
//! included or why it is excluded, and the rules an auditor would check.
//!
//! The rules, each tested:
//! - an undecided control counts as applicable (nothing is excluded by omission);
//! - an excluded control drops out of Annex A readiness only when its exclusion is justified;
//! - an excluded control without a justification is a finding, as are undecided controls and
//!   included controls without a reason.

use crate::domain::catalog::Catalog;
use crate::domain::flags::FlagSet;
use crate::domain::id_map::IdMap;

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

/// Why a control is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum InclusionReason {
    RiskTreatment,
    LegalRequirement,
    ContractualObligation,
    GoodPractice,
}

impl crate::domain::flags::Flag for InclusionReason {
    const ALL: &'static [InclusionReason] = &InclusionReason::ALL;

    fn position(self) -> usize {
        self as usize
    }
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
    pub reasons: FlagSet<InclusionReason>,
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
    pub decisions: IdMap<ControlDecision>,
}

/// An SoA edit that names something the catalog does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("there is no Annex A control {0}")]
pub struct UnknownControl(pub String);

/// A rule the SoA breaks, as an auditor would point it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoaFinding {
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
            SoaFinding::ExcludedWithoutJustification(id)
            | SoaFinding::Undecided(id)
            | SoaFinding::IncludedWithoutReason(id) => id,
        }
    }

    /// What is wrong, in a sentence that follows the control's ID and title.
    pub fn message(&self) -> &'static str {
        match self {
            SoaFinding::ExcludedWithoutJustification(_) => {
                "is excluded without a justification. Write why it does not apply, or include it."
            }
            SoaFinding::Undecided(_) => {
                "has no decision yet. It counts as applicable until you decide."
            }
            SoaFinding::IncludedWithoutReason(_) => {
                "is included without a reason. Tick at least one reason for including it."
            }
        }
    }

    /// Whether an auditor would treat this as a nonconformity rather than unfinished work.
    pub fn is_serious(&self) -> bool {
        matches!(self, SoaFinding::ExcludedWithoutJustification(_))
    }
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
    ) -> Result<(), UnknownControl> {
        if !catalog.controls().any(|control| control.id == control_id) {
            return Err(UnknownControl(control_id.to_owned()));
        }
        let decision = self.decisions.get_or_insert_default(control_id);
        change(decision);
        if decision.is_empty() {
            self.decisions.remove(control_id);
        }
        Ok(())
    }

    /// Every finding, in catalog order.
    pub fn findings(&self, catalog: Catalog) -> Vec<SoaFinding> {
        catalog
            .controls()
            .filter_map(|control| {
                let decision = self.decision(control.id);
                match decision.applicability {
                    Applicability::NotApplicable if decision.justification.trim().is_empty() => {
                        Some(SoaFinding::ExcludedWithoutJustification(control.id))
                    }
                    Applicability::NotApplicable => None,
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
    pub applicability: Applicability,
    pub reasons: Vec<InclusionReason>,
    pub justification: String,
    pub status: crate::domain::scoring::Status,
    pub owner: String,
    pub notes: String,
}

impl SoaRow {
    /// The inclusion reasons as one phrase, such as "Risk treatment; Contractual obligation".
    pub fn reasons_text(&self) -> String {
        let labels: Vec<&str> = self.reasons.iter().map(|r| r.label()).collect();
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

/// How many controls are applicable, excluded and undecided, in that order.
pub fn decision_counts(catalog: Catalog, soa: &Soa) -> [usize; 3] {
    let mut counts = [0; 3];
    for control in catalog.controls() {
        let index = match soa.decision(control.id).applicability {
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
            SoaRow {
                control_id: control.id,
                title: control.title,
                area: format!("{} {}", area.id, area.title),
                applicability: decision.applicability,
                reasons: decision.reasons.iter().collect(),
                justification: decision.justification,
                status: summary.item(control.id).status(),
                owner: record.map(|r| r.owner.clone()).unwrap_or_default(),
                notes: record.map(|r| r.notes.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
