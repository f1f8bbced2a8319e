//! The certification-readiness verdict: whether the assessment, taken at its word, looks ready
//! for a stage 1 audit, with every blocker named and placed.
//!
//! It is a self-assessment indication, never a certification decision. The requirements are
//! documented for users in docs/readiness.md; most blockers are findings of the consistency
//! check (`checks`), so the two never disagree.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use crate::domain::checks::{self, Place, Rule};
use crate::domain::scoring::{ItemScore, Status};

/// Said wherever the verdict is shown.
pub const DISCLAIMER: &str = "This is an indication drawn from your own answers, not a \
    certification decision: only an accredited certification body's auditors can decide that.";

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Nothing is answered or recorded yet.
    NotStarted,
    /// At least one requirement is not met.
    NotReady,
    /// Every requirement is met.
    Ready,
}

impl Verdict {
    /// A short name for the verdict.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::NotStarted => "Not started",
            Verdict::NotReady => "Not ready",
            Verdict::Ready => "Looks ready",
        }
    }
}

/// One requirement of the verdict, in checklist order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    ClauseItems,
    DocumentedInformation,
    StatementOfApplicability,
    RiskAssessment,
    AiSystems,
}

impl Requirement {
    pub const ALL: [Requirement; 5] = [
        Requirement::ClauseItems,
        Requirement::DocumentedInformation,
        Requirement::StatementOfApplicability,
        Requirement::RiskAssessment,
        Requirement::AiSystems,
    ];

    /// A short name for the checklist.
    pub fn label(self) -> &'static str {
        match self {
            Requirement::ClauseItems => "Clauses 4 to 10 largely implemented",
            Requirement::DocumentedInformation => "Documented information recorded",
            Requirement::StatementOfApplicability => "Statement of Applicability complete",
            Requirement::RiskAssessment => "Risks rated and accepted",
            Requirement::AiSystems => "AI systems assessed",
        }
    }

    /// What the requirement asks, in one sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            Requirement::ClauseItems => {
                "Every item of clauses 4 to 10 is at least largely implemented, since none of \
                 them can be left out of the management system."
            }
            Requirement::DocumentedInformation => {
                "Every item in scope that calls for documented information has an evidence \
                 reference, since a stage 1 audit is mostly a review of documents."
            }
            Requirement::StatementOfApplicability => {
                "Every Annex A control is decided, with a reason for each inclusion and a \
                 written justification for each exclusion, and no excluded control treats a \
                 risk that is not closed."
            }
            Requirement::RiskAssessment => {
                "The register holds at least one rated risk, every risk that is not closed is \
                 rated, and each one above the acceptance limit is accepted by a named person \
                 on a date."
            }
            Requirement::AiSystems => {
                "The inventory lists at least one AI system, and every system not in retirement \
                 has a finished impact assessment and at least one risk (not closed) linked to \
                 it."
            }
        }
    }
}

/// One thing that stands between the assessment and the verdict "ready".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    pub requirement: Requirement,
    /// Where to fix it; `None` when it is about a whole list (an empty register or inventory).
    pub place: Option<Place>,
    pub message: String,
}

/// The verdict with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessVerdict {
    pub verdict: Verdict,
    /// In requirement order, then in catalog order for items and controls and in list order
    /// for risks and systems.
    pub blockers: Vec<Blocker>,
    /// Every requirement, in checklist order, and whether it is met.
    pub requirements: Vec<(Requirement, bool)>,
}

impl ReadinessVerdict {
    /// The verdict in a sentence, such as "Not ready for a stage 1 audit yet: 12 blockers".
    pub fn headline(&self) -> String {
        match self.verdict {
            Verdict::NotStarted => "Not started".to_owned(),
            Verdict::Ready => "Looks ready for a stage 1 audit".to_owned(),
            Verdict::NotReady => {
                let count = self.blockers.len();
                let noun = if count == 1 { "blocker" } else { "blockers" };
                format!("Not ready for a stage 1 audit yet: {count} {noun}")
            }
        }
    }
}

/// The requirement a consistency check rule blocks, if any.
fn requirement_of(rule: Rule) -> Option<Requirement> {
    Some(match rule {
        Rule::FullyImplementedWithoutEvidence | Rule::DocumentedInformationMissing => {
            Requirement::DocumentedInformation
        }
        Rule::ExclusionWithoutJustification
        | Rule::ExcludedControlTreatsRisk
        | Rule::UndecidedControl
        | Rule::InclusionWithoutReason => Requirement::StatementOfApplicability,
        Rule::RiskNotAccepted | Rule::RiskNotRated => Requirement::RiskAssessment,
        Rule::NoImpactAssessment | Rule::ProvisionalImpactAssessment | Rule::SystemWithoutRisks => {
            Requirement::AiSystems
        }
        Rule::UnansweredQuestions | Rule::OverdueAction | Rule::ReassessmentDue => return None,
    })
}

/// Whether anything at all is answered or recorded: an answer, an SoA decision, a risk or an
/// AI system.
fn started(assessment: &Assessment) -> bool {
    assessment
        .items
        .iter()
        .any(|(_, record)| !record.answers.is_empty())
        || !assessment.soa.decisions.is_empty()
        || !assessment.risks.risks.is_empty()
        || !assessment.inventory.systems.is_empty()
}

/// Judges the assessment against every requirement.
pub fn verdict(catalog: Catalog, assessment: &Assessment) -> ReadinessVerdict {
    let mut blockers = Vec::new();
    for item in catalog.clause_items() {
        let status = ItemScore::of(item, assessment.item(item.id)).status();
        if !matches!(
            status,
            Status::LargelyImplemented | Status::FullyImplemented
        ) {
            blockers.push(Blocker {
                requirement: Requirement::ClauseItems,
                place: Some(Place::Item(item.id.to_owned())),
                message: format!(
                    "{} {} is at \"{}\"; it needs to be at least \"{}\".",
                    item.id,
                    item.title,
                    status.label(),
                    Status::LargelyImplemented.label()
                ),
            });
        }
    }

    // Nothing counts as overdue without a date, and overdue work does not block.
    let findings = checks::check(catalog, assessment, None);
    let add_findings = |blockers: &mut Vec<Blocker>, requirement: Requirement| {
        for finding in &findings {
            // Missing evidence for an item that calls for no documented information is a
            // finding of the check, not a blocker.
            let documented = match &finding.place {
                Place::Item(id) => catalog.item(id).is_some_and(|item| item.documented),
                _ => true,
            };
            if requirement_of(finding.rule) == Some(requirement) && documented {
                blockers.push(Blocker {
                    requirement,
                    place: Some(finding.place.clone()),
                    message: finding.message.clone(),
                });
            }
        }
    };
    add_findings(&mut blockers, Requirement::DocumentedInformation);
    add_findings(&mut blockers, Requirement::StatementOfApplicability);

    let register = &assessment.risks;
    let rated = register
        .risks
        .iter()
        .any(|risk| risk.status.is_live() && risk.inherent.is_some());
    if !rated {
        blockers.push(Blocker {
            requirement: Requirement::RiskAssessment,
            place: None,
            message: "The risk register holds no rated risk (closed risks do not count). \
                      Identify the risks of your AI systems and rate them."
                .to_owned(),
        });
    }
    add_findings(&mut blockers, Requirement::RiskAssessment);

    if !assessment
        .inventory
        .systems
        .iter()
        .any(checks::needs_assessment)
    {
        blockers.push(Blocker {
            requirement: Requirement::AiSystems,
            place: None,
            message: "The AI system inventory lists no system outside retirement. Add the AI \
                      systems the management system covers."
                .to_owned(),
        });
    }
    add_findings(&mut blockers, Requirement::AiSystems);

    let requirements = Requirement::ALL
        .into_iter()
        .map(|requirement| {
            let met = !blockers
                .iter()
                .any(|blocker| blocker.requirement == requirement);
            (requirement, met)
        })
        .collect();
    let verdict = if !started(assessment) {
        Verdict::NotStarted
    } else if blockers.is_empty() {
        Verdict::Ready
    } else {
        Verdict::NotReady
    };
    ReadinessVerdict {
        verdict,
        blockers,
        requirements,
    }
}
