//! The consistency check: everything in an assessment that an auditor would stumble over, each
//! finding with a severity and the place where the user fixes it.
//!
//! The SoA and risk rules are not repeated here: their findings come from `soa` and `risk` and
//! are only given a severity, a place and a sentence. The rules and severities are documented
//! for users in docs/readiness.md; the two must change together.

use crate::domain::action_plan::ActionStatus;
use crate::domain::assessment::{Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Item};
use crate::domain::date::IsoDate;
use crate::domain::impact::{self, ImpactResult};
use crate::domain::records::RegisterKind;
use crate::domain::risk::{RiskFinding, RiskRegister};
use crate::domain::scoring::{ItemScore, Status};
use crate::domain::soa::SoaFinding;
use crate::domain::system::{AiSystem, LifeCycleStage};

/// How much a finding matters. `High` sorts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// An auditor would likely record a nonconformity.
    High,
    /// Unfinished work that an auditor would ask about.
    Medium,
    /// A loose end.
    Low,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];

    /// The word the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "High",
            Severity::Medium => "Medium",
            Severity::Low => "Low",
        }
    }
}

/// Where the user fixes a finding; the UI turns it into a link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A clause item or Annex A control on its gap analysis or Annex A page ("6.1.2").
    Item(String),
    /// A control's row in the Statement of Applicability ("A.6.2.4").
    SoaControl(String),
    /// A risk of the register ("R1").
    Risk(String),
    /// An AI system's record ("S1").
    System(String),
    /// The impact assessment of an AI system ("S1").
    ImpactAssessment(String),
    /// A custom action of the action plan ("A1").
    Action(String),
    /// An entry of one of the management system's registers ("DOC1").
    Record(RegisterKind, String),
    /// A register as a whole (its ID is the register's slug, such as "audits").
    Register(RegisterKind),
    /// The road to certification (its ID is "certification").
    Certification,
}

impl Place {
    /// The ID of the thing to fix.
    pub fn id(&self) -> &str {
        match self {
            Place::Item(id)
            | Place::SoaControl(id)
            | Place::Risk(id)
            | Place::System(id)
            | Place::ImpactAssessment(id)
            | Place::Action(id)
            | Place::Record(_, id) => id,
            Place::Register(kind) => kind.spec().slug,
            Place::Certification => "certification",
        }
    }
}

/// The rule a finding breaks, in the order findings of one severity are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// An item in scope with questions left unanswered.
    UnansweredQuestions,
    /// An item answered all Yes, with no evidence recorded.
    FullyImplementedWithoutEvidence,
    /// An item in scope that calls for documented information, with no evidence recorded.
    DocumentedInformationMissing,
    /// A control excluded in the SoA with no written justification.
    ExclusionWithoutJustification,
    /// A control excluded in the SoA although a live risk's treatment uses it.
    ExcludedControlTreatsRisk,
    /// A control with no SoA decision (and no live risk that makes it apply).
    UndecidedControl,
    /// A control included in the SoA with no reason ticked.
    InclusionWithoutReason,
    /// A live risk above the acceptance limit with no named and dated acceptance.
    RiskNotAccepted,
    /// A live risk with no rating before treatment.
    RiskNotRated,
    /// An AI system (not retired) with no impact question answered.
    NoImpactAssessment,
    /// An impact assessment with asked questions still open.
    ProvisionalImpactAssessment,
    /// An approved impact assessment whose system changed since, or has a change planned.
    ReassessmentDue,
    /// An AI system (not retired) that no live risk is linked to.
    SystemWithoutRisks,
    /// A risk treatment action, an item or a custom action past its due date and not done.
    OverdueAction,
    /// A live risk past its next review date.
    RiskReviewOverdue,
}

impl Rule {
    pub const ALL: [Rule; 15] = [
        Rule::UnansweredQuestions,
        Rule::FullyImplementedWithoutEvidence,
        Rule::DocumentedInformationMissing,
        Rule::ExclusionWithoutJustification,
        Rule::ExcludedControlTreatsRisk,
        Rule::UndecidedControl,
        Rule::InclusionWithoutReason,
        Rule::RiskNotAccepted,
        Rule::RiskNotRated,
        Rule::NoImpactAssessment,
        Rule::ProvisionalImpactAssessment,
        Rule::ReassessmentDue,
        Rule::SystemWithoutRisks,
        Rule::OverdueAction,
        Rule::RiskReviewOverdue,
    ];

    /// A short name, for filtering.
    pub fn label(self) -> &'static str {
        match self {
            Rule::UnansweredQuestions => "Unanswered questions",
            Rule::FullyImplementedWithoutEvidence => "Fully implemented without evidence",
            Rule::DocumentedInformationMissing => "Documented information missing",
            Rule::ExclusionWithoutJustification => "Exclusion without justification",
            Rule::ExcludedControlTreatsRisk => "Excluded control treats a risk",
            Rule::UndecidedControl => "Undecided control",
            Rule::InclusionWithoutReason => "Inclusion without reason",
            Rule::RiskNotAccepted => "Risk not accepted",
            Rule::RiskNotRated => "Risk not rated",
            Rule::NoImpactAssessment => "No impact assessment",
            Rule::ProvisionalImpactAssessment => "Provisional impact assessment",
            Rule::ReassessmentDue => "Impact reassessment due",
            Rule::SystemWithoutRisks => "AI system without risks",
            Rule::OverdueAction => "Overdue actions",
            Rule::RiskReviewOverdue => "Risk review overdue",
        }
    }
}

/// One thing to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub place: Place,
    /// What is wrong and what to do, naming the thing by ID and title.
    pub message: String,
}

/// Whether an item's record holds any evidence reference.
pub fn has_evidence(record: Option<&ItemRecord>) -> bool {
    record.is_some_and(|record| !record.evidence.trim().is_empty())
}

/// One item that calls for documented information, as listed under 7.5.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequiredDocument {
    pub item: &'static Item,
    /// False for a control the SoA excludes with a justification.
    pub in_scope: bool,
    /// Whether the item has an evidence reference.
    pub has_evidence: bool,
}

/// Every item that calls for documented information, in catalog order, with whether it is in
/// scope and has evidence recorded.
pub fn required_documents(catalog: Catalog, assessment: &Assessment) -> Vec<RequiredDocument> {
    catalog
        .clause_items()
        .chain(catalog.controls())
        .filter(|item| item.documented)
        .map(|item| RequiredDocument {
            item,
            in_scope: in_scope(item, assessment),
            has_evidence: has_evidence(assessment.item(item.id)),
        })
        .collect()
}

/// Whether an item counts: every clause item, and every control but a justified exclusion.
pub fn in_scope(item: &Item, assessment: &Assessment) -> bool {
    !(item.is_control() && assessment.soa.is_excluded(item.id))
}

/// Whether an AI system needs an impact assessment and linked risks: every system but those
/// in retirement.
pub fn needs_assessment(system: &AiSystem) -> bool {
    system.stage != Some(LifeCycleStage::Retirement)
}

/// Whether a live risk of the register is linked to the system.
pub fn has_live_risk(register: &RiskRegister, system_id: &str) -> bool {
    register
        .risks
        .iter()
        .any(|risk| risk.status.is_live() && risk.system_id == system_id)
}

/// The impact result of a system, or `None` when no impact question is answered yet (no
/// level), which counts as no impact assessment at all.
pub fn impact_result(system: &AiSystem) -> Option<ImpactResult> {
    let result = impact::score(&system.impact);
    result.level.map(|_| result)
}

/// "1 question is" or "3 questions are".
fn questions_are(count: usize) -> String {
    if count == 1 {
        "1 question is".to_owned()
    } else {
        format!("{count} questions are")
    }
}

/// Every finding: High first, then Medium, then Low; within a severity by rule (in the order
/// of `Rule::ALL`), then in catalog order for items and controls and in list order for risks,
/// systems and actions. `today` of `None` makes nothing overdue.
pub fn check(catalog: Catalog, assessment: &Assessment, today: Option<IsoDate>) -> Vec<Finding> {
    let mut found: [Vec<Finding>; 3] = Default::default();
    let mut add = |rule: Rule, severity: Severity, place: Place, message: String| {
        found[severity as usize].push(Finding {
            rule,
            severity,
            place,
            message,
        })
    };
    let items = || {
        catalog
            .clause_items()
            .chain(catalog.controls())
            .filter(|item| in_scope(item, assessment))
            .map(|item| (item, assessment.item(item.id)))
    };

    for (item, _) in items() {
        let score = ItemScore::of(item, assessment);
        if score.answered < score.questions {
            let open = score.questions - score.answered;
            let (severity, message) = if score.answered == 0 {
                (
                    Severity::Medium,
                    format!(
                        "{} {}: none of its {} questions is answered yet. Answer them to assess \
                         it.",
                        item.id, item.title, score.questions
                    ),
                )
            } else {
                (
                    Severity::Low,
                    format!(
                        "{} {}: {open} of its {} questions {} unanswered. Answer the rest to \
                         complete it.",
                        item.id,
                        item.title,
                        score.questions,
                        if open == 1 { "is" } else { "are" }
                    ),
                )
            };
            add(
                Rule::UnansweredQuestions,
                severity,
                Place::Item(item.id.to_owned()),
                message,
            );
        }
    }

    for (item, record) in items() {
        if ItemScore::of(item, assessment).status() == Status::FullyImplemented
            && !has_evidence(record)
        {
            add(
                Rule::FullyImplementedWithoutEvidence,
                Severity::High,
                Place::Item(item.id.to_owned()),
                format!(
                    "{} {} is answered as fully implemented, but no evidence is recorded. Add \
                     references to the documents or records that show it.",
                    item.id, item.title
                ),
            );
        }
    }

    for (item, record) in items() {
        // A fully implemented item without evidence is already reported above.
        let claimed = ItemScore::of(item, assessment).status() == Status::FullyImplemented;
        if item.documented && !claimed && !has_evidence(record) {
            let severity = if item.is_control() {
                Severity::Medium
            } else {
                Severity::High
            };
            add(
                Rule::DocumentedInformationMissing,
                severity,
                Place::Item(item.id.to_owned()),
                format!(
                    "{} {} calls for documented information, and no evidence is recorded. Note \
                     where the documents or records are kept.",
                    item.id, item.title
                ),
            );
        }
    }

    let soa_findings = assessment.soa.findings(catalog, &assessment.risks);
    for (rule, severity) in [
        (Rule::ExclusionWithoutJustification, Severity::High),
        (Rule::ExcludedControlTreatsRisk, Severity::High),
        (Rule::UndecidedControl, Severity::Medium),
        (Rule::InclusionWithoutReason, Severity::Low),
    ] {
        for finding in &soa_findings {
            let finding_rule = match finding {
                SoaFinding::ExcludedWithoutJustification(_) => Rule::ExclusionWithoutJustification,
                SoaFinding::ExcludedButTreatsRisks(..) => Rule::ExcludedControlTreatsRisk,
                SoaFinding::Undecided(_) => Rule::UndecidedControl,
                SoaFinding::IncludedWithoutReason(_) => Rule::InclusionWithoutReason,
            };
            if finding_rule == rule {
                let id = finding.control_id();
                let title = assessment.soa.control_title(catalog, id).unwrap_or("");
                add(
                    rule,
                    severity,
                    Place::SoaControl(id.to_owned()),
                    format!("{id} {title} {}", finding.message()),
                );
            }
        }
    }

    let register = &assessment.risks;
    // Excluded controls in use are left to the SoA's findings above.
    let risk_list = register.findings(today, |_| false);
    for (rule, severity) in [
        (Rule::RiskNotAccepted, Severity::High),
        (Rule::RiskNotRated, Severity::Medium),
    ] {
        for finding in &risk_list {
            let (finding_rule, advice) = match finding {
                RiskFinding::NotAccepted { .. } => (
                    Rule::RiskNotAccepted,
                    " Treat it further, or record who accepted it and when.",
                ),
                RiskFinding::NotRated { .. } => {
                    (Rule::RiskNotRated, " Rate its likelihood and consequence.")
                }
                _ => continue,
            };
            if finding_rule == rule {
                let risk_id = finding.risk_id().unwrap_or_default();
                add(
                    rule,
                    severity,
                    Place::Risk(risk_id.to_owned()),
                    format!("{}{advice}", finding.message(register)),
                );
            }
        }
    }

    let systems = || {
        assessment
            .inventory
            .systems
            .iter()
            .filter(|system| needs_assessment(system))
    };
    for system in systems() {
        if impact_result(system).is_none() {
            add(
                Rule::NoImpactAssessment,
                Severity::High,
                Place::ImpactAssessment(system.id.clone()),
                format!(
                    "{} {} has no impact assessment yet. Answer its impact questionnaire.",
                    system.id,
                    system.display_name()
                ),
            );
        }
    }
    for system in systems() {
        if let Some(result) = impact_result(system).filter(ImpactResult::is_provisional) {
            add(
                Rule::ProvisionalImpactAssessment,
                Severity::Medium,
                Place::ImpactAssessment(system.id.clone()),
                format!(
                    "The impact assessment of {} {} is provisional: {} still unanswered. Answer \
                     the rest to settle its level.",
                    system.id,
                    system.display_name(),
                    questions_are(result.open.len())
                ),
            );
        }
    }
    for system in systems() {
        let reasons = crate::domain::system::reassessment_reasons(system);
        if !reasons.is_empty() {
            let because: Vec<String> = reasons.iter().map(|reason| reason.describe()).collect();
            add(
                Rule::ReassessmentDue,
                Severity::Medium,
                Place::ImpactAssessment(system.id.clone()),
                format!(
                    "The impact assessment of {} {} is due for reassessment: {}. Start a \
                     reassessment from its impact assessment page.",
                    system.id,
                    system.display_name(),
                    because.join("; ")
                ),
            );
        }
    }
    for system in systems() {
        if !has_live_risk(register, &system.id) {
            add(
                Rule::SystemWithoutRisks,
                Severity::Medium,
                Place::System(system.id.clone()),
                format!(
                    "{} {} has no open risk in the register linked to it. Assess its risks and \
                     link them to the system.",
                    system.id,
                    system.display_name()
                ),
            );
        }
    }

    let overdue = |due: Option<IsoDate>| due.zip(today).is_some_and(|(due, today)| due < today);
    for finding in &risk_list {
        if let RiskFinding::ReviewOverdue { risk_id } = finding {
            add(
                Rule::RiskReviewOverdue,
                Severity::Medium,
                Place::Risk(risk_id.clone()),
                format!(
                    "{} Review it (check its rating and treatment), then record the date and \
                     the next one.",
                    finding.message(register)
                ),
            );
        }
    }
    for finding in &risk_list {
        if let RiskFinding::ActionOverdue { risk_id, .. } = finding {
            add(
                Rule::OverdueAction,
                Severity::Medium,
                Place::Risk(risk_id.clone()),
                format!(
                    "{} Finish it, or set a new due date.",
                    finding.message(register)
                ),
            );
        }
    }
    for (item, record) in items() {
        let due = record.and_then(|record| record.due_date);
        if overdue(due) && ItemScore::of(item, assessment).status() != Status::FullyImplemented {
            add(
                Rule::OverdueAction,
                Severity::Medium,
                Place::Item(item.id.to_owned()),
                format!(
                    "{} {} was due on {} and is not fully implemented yet. Finish the work, or \
                     set a new due date.",
                    item.id,
                    item.title,
                    due.map(|date| date.to_string()).unwrap_or_default()
                ),
            );
        }
    }
    for action in &assessment.actions.custom {
        if overdue(action.due_date) && action.status != ActionStatus::Done {
            let title = match action.title.trim() {
                "" => "Untitled action",
                title => title,
            };
            add(
                Rule::OverdueAction,
                Severity::Medium,
                Place::Action(action.id.clone()),
                format!(
                    "{} {title} was due on {} and is not done. Finish it, or set a new due date.",
                    action.id,
                    action
                        .due_date
                        .map(|date| date.to_string())
                        .unwrap_or_default()
                ),
            );
        }
    }

    let [high, medium, low] = found;
    let mut findings = high;
    findings.extend(medium);
    findings.extend(low);
    findings
}

/// How many findings there are of each severity: High, Medium, Low.
pub fn counts(findings: &[Finding]) -> [usize; 3] {
    let mut counts = [0; 3];
    for finding in findings {
        counts[finding.severity as usize] += 1;
    }
    counts
}
