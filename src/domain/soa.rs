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
//! The risk links are derived from the register every time and never stored in the SoA's
//! decisions, so the SoA works alone (no risks: no links) and can never disagree with the
//! register. A decision's `reasons` are only the reasons the user ticked;
//! `Soa::effective_reasons` adds "risk treatment" for a control that live risks use, and every
//! view (the SoA page's ticked box, its CSV, the print view, the report) and the JSON file
//! state those effective reasons. The file marks a "risk-treatment" that is there only
//! because of the register (`risk_treatment_derived`), so reading it back gives the same
//! ticks: a derived reason is derived again from the file's register, never kept as a tick.
//!
//! Beyond Annex A, the organisation can add controls of its own (`OwnControl`, IDs O1, O2, ...
//! never given twice). They are decided like Annex A controls, with their decisions in the
//! same map under their IDs, and risks' treatment can use them. An own control that any risk
//! lists (live or closed) cannot be deleted, so no risk is left naming a control that is gone.

use crate::domain::catalog::Catalog;
use crate::domain::limits::{self, Bounded, GrowingList, LimitError};
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
    /// Decisions by control ID (Annex A and own controls); undecided controls with nothing
    /// recorded have no entry.
    pub decisions: BTreeMap<String, ControlDecision>,
    /// The organisation's own controls beyond Annex A, in the order they were added.
    pub own_controls: Vec<OwnControl>,
    /// The number the next own control's ID gets ("O" and this number). It only grows, so a
    /// deleted control's ID is never given to another (see `limits::issue_id`).
    pub next_own_control_number: u32,
}

/// A control of the organisation's own, beyond Annex A, such as a four-eyes check on prompts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnControl {
    /// "O1", "O2", ...
    pub id: String,
    pub title: String,
    /// What the control does and why, in the organisation's words.
    pub description: String,
}

impl OwnControl {
    /// The title, or a placeholder for a control without one.
    pub fn display_title(&self) -> &str {
        match self.title.trim() {
            "" => "Untitled control",
            title => title,
        }
    }
}

impl Bounded for OwnControl {
    fn texts(&self) -> Vec<&str> {
        vec![&self.id, &self.title, &self.description]
    }
}

/// One of an own control's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnControlText {
    Title,
    Description,
}

/// An own control taken out of the SoA, with its decision and place, so it can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedOwnControl {
    pub index: usize,
    pub control: OwnControl,
    pub decision: Option<ControlDecision>,
}

/// The decisions a bulk change replaced, so it can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacedDecisions {
    /// The decision each changed control had before (`None`: nothing was recorded).
    pub before: Vec<(String, Option<ControlDecision>)>,
}

/// An SoA edit that cannot be made: it names something the catalog does not have, or its
/// text is over the limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SoaError {
    #[error("there is no Annex A control or own control {0}")]
    UnknownControl(String),
    #[error(
        "{control_id} is used by the treatment of {}; remove it there first, or pick \
         another control for those risks",
        risks_phrase(risk_ids)
    )]
    OwnControlInUse {
        control_id: String,
        risk_ids: Vec<String>,
    },
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
    ExcludedButTreatsRisks(String, Vec<String>),
    /// Excluded with no written justification.
    ExcludedWithoutJustification(String),
    /// No decision recorded yet (the control counts as applicable meanwhile).
    Undecided(String),
    /// Included with no reason given.
    IncludedWithoutReason(String),
}

impl SoaFinding {
    /// The control the finding is about.
    pub fn control_id(&self) -> &str {
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
        if !self.is_known_control(catalog, control_id) {
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

    /// Whether the ID is an Annex A control of the catalog or one of the organisation's own.
    pub fn is_known_control(&self, catalog: Catalog, control_id: &str) -> bool {
        catalog.controls().any(|control| control.id == control_id)
            || self.own_control(control_id).is_some()
    }

    /// The own control with this ID.
    pub fn own_control(&self, control_id: &str) -> Option<&OwnControl> {
        self.own_controls
            .iter()
            .find(|control| control.id == control_id)
    }

    /// The title of an Annex A control or own control, for lists such as a risk's controls.
    pub fn control_title<'a>(&'a self, catalog: Catalog, control_id: &str) -> Option<&'a str> {
        match catalog.item(control_id).filter(|item| item.is_control()) {
            Some(item) => Some(item.title),
            None => self.own_control(control_id).map(OwnControl::display_title),
        }
    }

    /// Every control the SoA decides on: the Annex A controls in catalog order, then the own
    /// controls in the order added.
    pub fn control_ids<'a>(&'a self, catalog: Catalog) -> impl Iterator<Item = &'a str> + 'a {
        catalog
            .controls()
            .map(|control| control.id)
            .chain(self.own_controls.iter().map(|control| control.id.as_str()))
    }

    /// Adds a control of the organisation's own with the next free ID, which it returns.
    pub fn add_own_control(
        &mut self,
        title: String,
        description: String,
    ) -> Result<String, SoaError> {
        limits::check_room(GrowingList::OwnControls, self.own_controls.len())?;
        limits::check_new_text(&title)?;
        limits::check_new_text(&description)?;
        let ids = self.own_controls.iter().map(|control| control.id.as_str());
        let (id, next_number) = limits::issue_id(
            GrowingList::OwnControls,
            "O",
            self.next_own_control_number,
            ids,
        )?;
        self.own_controls.push(OwnControl {
            id: id.clone(),
            title,
            description,
        });
        self.next_own_control_number = next_number;
        Ok(id)
    }

    /// Replaces the title or description of an own control, unless it is over the text limit.
    pub fn set_own_control_text(
        &mut self,
        control_id: &str,
        field: OwnControlText,
        text: String,
    ) -> Result<(), SoaError> {
        let control = self
            .own_controls
            .iter_mut()
            .find(|control| control.id == control_id)
            .ok_or_else(|| SoaError::UnknownControl(control_id.to_owned()))?;
        let slot = match field {
            OwnControlText::Title => &mut control.title,
            OwnControlText::Description => &mut control.description,
        };
        limits::check_text_change(slot, &text)?;
        *slot = text;
        Ok(())
    }

    /// Deletes an own control and its decision, unless a risk (live or closed) lists it: the
    /// deletion is then refused with those risks, so no risk is left naming a control that is
    /// gone. The result puts it back with `restore_own_control`.
    pub fn remove_own_control(
        &mut self,
        control_id: &str,
        risks: &RiskRegister,
    ) -> Result<RemovedOwnControl, SoaError> {
        let index = self
            .own_controls
            .iter()
            .position(|control| control.id == control_id)
            .ok_or_else(|| SoaError::UnknownControl(control_id.to_owned()))?;
        let risk_ids: Vec<String> = risks
            .risks
            .iter()
            .filter(|risk| risk.controls.iter().any(|id| id == control_id))
            .map(|risk| risk.id.clone())
            .collect();
        if !risk_ids.is_empty() {
            return Err(SoaError::OwnControlInUse {
                control_id: control_id.to_owned(),
                risk_ids,
            });
        }
        let control = self.own_controls.remove(index);
        let decision = self.decisions.remove(control_id);
        Ok(RemovedOwnControl {
            index,
            control,
            decision,
        })
    }

    /// Puts a removed own control back where it was, with its decision. Its ID was never
    /// handed out again, since the counter only grows.
    pub fn restore_own_control(&mut self, removed: RemovedOwnControl) {
        let index = removed.index.min(self.own_controls.len());
        if let Some(decision) = removed.decision {
            self.decisions.insert(removed.control.id.clone(), decision);
        }
        self.own_controls.insert(index, removed.control);
    }

    /// Makes every control still undecided (Annex A and own) applicable with `reason`, and
    /// returns what it replaced (empty when nothing was undecided), for an undo.
    pub fn include_undecided(
        &mut self,
        catalog: Catalog,
        reason: InclusionReason,
    ) -> ReplacedDecisions {
        let undecided: Vec<String> = self
            .control_ids(catalog)
            .filter(|id| self.decision(id).applicability == Applicability::Undecided)
            .map(str::to_owned)
            .collect();
        let mut before = Vec::with_capacity(undecided.len());
        for control_id in undecided {
            let decision = self.decisions.entry(control_id.clone()).or_default();
            before.push((control_id, Some(decision.clone())));
            decision.applicability = Applicability::Applicable;
            decision.reasons.insert(reason);
        }
        // An entry that did not exist before is put back as none, not as an empty decision.
        for (_, decision) in &mut before {
            if decision.as_ref().is_some_and(ControlDecision::is_empty) {
                *decision = None;
            }
        }
        ReplacedDecisions { before }
    }

    /// Puts back the decisions a bulk change replaced.
    pub fn restore_decisions(&mut self, replaced: ReplacedDecisions) {
        for (control_id, decision) in replaced.before {
            match decision {
                Some(decision) => {
                    self.decisions.insert(control_id, decision);
                }
                None => {
                    self.decisions.remove(&control_id);
                }
            }
        }
    }

    /// The reasons the SoA states for a control: those the user ticked, plus "risk treatment"
    /// when live risks' treatment uses it.
    pub fn effective_reasons(
        &self,
        control_id: &str,
        risks: &RiskRegister,
    ) -> BTreeSet<InclusionReason> {
        self.reasons_given_use(control_id, risks.uses_control(control_id))
    }

    /// The effective reasons of a control when it is already known whether live risks' treatment
    /// uses it (for callers that hold the register's map of controls in use).
    pub fn reasons_given_use(
        &self,
        control_id: &str,
        used_by_live_risk: bool,
    ) -> BTreeSet<InclusionReason> {
        let mut reasons = self.decision(control_id).reasons;
        if used_by_live_risk {
            reasons.insert(InclusionReason::RiskTreatment);
        }
        reasons
    }

    /// Whether a reason is stated only because of the risk register: "risk treatment" for a
    /// control that live risks use and that the user did not tick themselves.
    pub fn is_derived_reason(
        &self,
        control_id: &str,
        reason: InclusionReason,
        risks: &RiskRegister,
    ) -> bool {
        reason == InclusionReason::RiskTreatment
            && risks.uses_control(control_id)
            && !self.decision(control_id).reasons.contains(&reason)
    }

    /// Whether the control applies once the risk register is taken into account: a control
    /// that a live risk's treatment uses applies unless the user excluded it.
    pub fn effective_applicability(&self, control_id: &str, risks: &RiskRegister) -> Applicability {
        match self.decision(control_id).applicability {
            Applicability::Undecided if risks.uses_control(control_id) => Applicability::Applicable,
            applicability => applicability,
        }
    }

    /// Every finding, in catalog order, with the risk register's links taken into account.
    pub fn findings(&self, catalog: Catalog, risks: &RiskRegister) -> Vec<SoaFinding> {
        self.control_ids(catalog)
            .filter_map(|control_id| {
                let decision = self.decision(control_id);
                let id = || control_id.to_owned();
                let risk_ids: Vec<String> = risks
                    .risks_using(control_id)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let treats_risks = !risk_ids.is_empty();
                match decision.applicability {
                    Applicability::NotApplicable if treats_risks => {
                        Some(SoaFinding::ExcludedButTreatsRisks(id(), risk_ids))
                    }
                    Applicability::NotApplicable if decision.justification.trim().is_empty() => {
                        Some(SoaFinding::ExcludedWithoutJustification(id()))
                    }
                    Applicability::NotApplicable => None,
                    // Risk treatment is reason enough, so these need nothing more.
                    _ if treats_risks => None,
                    Applicability::Undecided => Some(SoaFinding::Undecided(id())),
                    Applicability::Applicable if decision.reasons.is_empty() => {
                        Some(SoaFinding::IncludedWithoutReason(id()))
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
    pub control_id: String,
    pub title: String,
    /// What the control is for: the catalog's one line for an Annex A control, the
    /// organisation's description for an own control.
    pub purpose: String,
    /// The area's ID and title, such as "A.6 AI system life cycle", or "Own controls".
    pub area: String,
    /// The applicability with the risk register taken into account (see
    /// `Soa::effective_applicability`).
    pub applicability: Applicability,
    /// The effective reasons (see `Soa::effective_reasons`).
    pub reasons: Vec<InclusionReason>,
    /// The live risks whose treatment uses the control.
    pub risk_ids: Vec<String>,
    pub justification: String,
    /// The implementation status from the answers; `None` for an own control, which has no
    /// questions in the app.
    pub status: Option<crate::domain::scoring::Status>,
    pub owner: String,
    pub notes: String,
}

/// The group heading of the own controls in the SoA's documents.
pub const OWN_CONTROLS_AREA: &str = "Own controls";

impl SoaRow {
    /// The implementation status as documents show it.
    pub fn status_text(&self) -> &'static str {
        match self.status {
            Some(status) => status.label(),
            None => "Not assessed here (own control)",
        }
    }

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

/// How many controls (Annex A and own) are applicable, excluded and undecided, in that order,
/// with controls that treat live risks counted as applicable unless excluded.
pub fn decision_counts(catalog: Catalog, soa: &Soa, risks: &RiskRegister) -> [usize; 3] {
    let mut counts = [0; 3];
    for control_id in soa.control_ids(catalog) {
        let index = match soa.effective_applicability(control_id, risks) {
            Applicability::Applicable => 0,
            Applicability::NotApplicable => 1,
            Applicability::Undecided => 2,
        };
        counts[index] += 1;
    }
    counts
}

/// The SoA of an assessment, one row per Annex A control in catalog order, then one per own
/// control in the order added.
pub fn rows(
    catalog: Catalog,
    assessment: &crate::domain::assessment::Assessment,
    summary: &crate::domain::scoring::Summary,
) -> Vec<SoaRow> {
    let soa = &assessment.soa;
    let row = |control_id: &str, title: &str, purpose: &str, area: String| {
        let decision = soa.decision(control_id);
        let risk_ids: Vec<String> = assessment
            .risks
            .risks_using(control_id)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let record = assessment.item(control_id);
        SoaRow {
            control_id: control_id.to_owned(),
            title: title.to_owned(),
            purpose: purpose.to_owned(),
            area,
            applicability: soa.effective_applicability(control_id, &assessment.risks),
            reasons: soa
                .effective_reasons(control_id, &assessment.risks)
                .into_iter()
                .collect(),
            risk_ids,
            justification: decision.justification,
            status: None,
            owner: record.map(|r| r.owner.clone()).unwrap_or_default(),
            notes: record.map(|r| r.notes.clone()).unwrap_or_default(),
        }
    };
    let annex_a = catalog
        .annex_a_areas()
        .iter()
        .flat_map(|area| area.items.iter().map(move |control| (area, control)))
        .map(|(area, control)| SoaRow {
            status: Some(summary.item(control.id).status()),
            ..row(
                control.id,
                control.title,
                control.purpose,
                format!("{} {}", area.id, area.title),
            )
        });
    let own = soa.own_controls.iter().map(|control| {
        row(
            &control.id,
            control.display_title(),
            &control.description,
            OWN_CONTROLS_AREA.to_owned(),
        )
    });
    annex_a.chain(own).collect()
}
