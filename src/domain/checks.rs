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
use crate::domain::records::{self, Decimal, Record, RegisterKind, REVIEW_INPUTS};
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
    /// A document serving a required item, with no name and date of approval.
    DocumentNotApproved,
    /// A document past its next review date.
    DocumentReviewOverdue,
    /// An objective without a target, the way the target is met, a frequency or an owner.
    ObjectiveIncomplete,
    /// An objective with no measurement within its period.
    ObjectiveNotMeasured,
    /// An objective whose latest measurement misses its target.
    ObjectiveOffTarget,
    /// A role whose competence is partly met, not met, or not said.
    CompetenceNotMet,
    /// A role whose competence is met, with no evidence named.
    CompetenceWithoutEvidence,
    /// A role past its refresh date.
    CompetenceRefreshOverdue,
    /// No internal audit held although audits are recorded or a stage is targeted.
    NoAuditHeld,
    /// An audit whose auditor audited their own work.
    AuditorNotIndependent,
    /// An audit or review past its planned date and not held.
    AuditOrReviewOverdue,
    /// No management review held although reviews are recorded or a stage is targeted.
    NoReviewHeld,
    /// A held review that did not consider every input.
    ReviewInputsMissing,
    /// A held review with no decision recorded.
    ReviewWithoutDecisions,
    /// A closed nonconformity or incident without cause, corrective action or check.
    IncidentNotClosedOut,
    /// A nonconformity or incident open for more than 90 days.
    IncidentOpenTooLong,
    /// A supplier never assessed.
    SupplierNotAssessed,
    /// A supplier past its next review date.
    SupplierReviewOverdue,
    /// A supplier with no contract clause recorded.
    SupplierWithoutContractClauses,
}

impl Rule {
    pub const ALL: [Rule; 34] = [
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
        Rule::DocumentNotApproved,
        Rule::DocumentReviewOverdue,
        Rule::ObjectiveIncomplete,
        Rule::ObjectiveNotMeasured,
        Rule::ObjectiveOffTarget,
        Rule::CompetenceNotMet,
        Rule::CompetenceWithoutEvidence,
        Rule::CompetenceRefreshOverdue,
        Rule::NoAuditHeld,
        Rule::AuditorNotIndependent,
        Rule::AuditOrReviewOverdue,
        Rule::NoReviewHeld,
        Rule::ReviewInputsMissing,
        Rule::ReviewWithoutDecisions,
        Rule::IncidentNotClosedOut,
        Rule::IncidentOpenTooLong,
        Rule::SupplierNotAssessed,
        Rule::SupplierReviewOverdue,
        Rule::SupplierWithoutContractClauses,
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
            Rule::DocumentNotApproved => "Document not approved",
            Rule::DocumentReviewOverdue => "Document review overdue",
            Rule::ObjectiveIncomplete => "Objective incomplete",
            Rule::ObjectiveNotMeasured => "Objective not measured",
            Rule::ObjectiveOffTarget => "Objective off target",
            Rule::CompetenceNotMet => "Competence not met",
            Rule::CompetenceWithoutEvidence => "Competence without evidence",
            Rule::CompetenceRefreshOverdue => "Competence refresh overdue",
            Rule::NoAuditHeld => "No internal audit held",
            Rule::AuditorNotIndependent => "Auditor not independent",
            Rule::AuditOrReviewOverdue => "Audit or review overdue",
            Rule::NoReviewHeld => "No management review held",
            Rule::ReviewInputsMissing => "Review inputs missing",
            Rule::ReviewWithoutDecisions => "Review without decisions",
            Rule::IncidentNotClosedOut => "Incident closed incompletely",
            Rule::IncidentOpenTooLong => "Incident open too long",
            Rule::SupplierNotAssessed => "Supplier not assessed",
            Rule::SupplierReviewOverdue => "Supplier review overdue",
            Rule::SupplierWithoutContractClauses => "Supplier without contract clauses",
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
        let severity = if item.is_control() {
            Severity::Medium
        } else {
            Severity::High
        };
        if !item.documented {
            continue;
        }
        if documents_register_used(assessment) {
            // Once documents are kept in the register, the register is where they are looked
            // for, so this finding leads there.
            if !served_by_register(assessment, item.id) {
                add(
                    Rule::DocumentedInformationMissing,
                    severity,
                    Place::Register(RegisterKind::Documents),
                    format!(
                        "{} {} calls for documented information, and no document in the \
                         register serves it. Add the document, or tick {} under \"Serves\" of \
                         the document that covers it.",
                        item.id, item.title, item.id
                    ),
                );
            }
        } else if !claimed && !has_evidence(record) {
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

    record_findings(catalog, assessment, today, &mut add);

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

/// An entry's ID and name, such as "DOC1 AI policy" (the ID alone while it has no name).
pub fn record_name(kind: RegisterKind, record: &Record) -> String {
    match record.text(kind.spec().name_field).trim() {
        "" => record.id.clone(),
        name => format!("{} {name}", record.id),
    }
}

/// Whether the documents register has any entry. From the first entry on, it is where the
/// documents the standard asks for are looked for, instead of the items' evidence fields.
pub fn documents_register_used(assessment: &Assessment) -> bool {
    !assessment
        .records
        .get(RegisterKind::Documents)
        .records
        .is_empty()
}

/// Whether some entry of the documents register serves the item.
pub fn served_by_register(assessment: &Assessment, item_id: &str) -> bool {
    assessment
        .records
        .get(RegisterKind::Documents)
        .records
        .iter()
        .any(|document| document.has("items", item_id))
}

/// Whether an item's documented information is recorded: served by a document of the register
/// once the register is used, else an evidence reference on the item.
pub fn has_documents(assessment: &Assessment, item_id: &str) -> bool {
    if documents_register_used(assessment) {
        served_by_register(assessment, item_id)
    } else {
        has_evidence(assessment.item(item_id))
    }
}

/// Whether a document names who approved it and when.
pub fn is_approved(document: &Record) -> bool {
    !document.text("approved_by").trim().is_empty() && document.date("approved_on").is_some()
}

/// The items in scope that call for documented information and that a document serves.
pub fn required_items_served<'a>(
    catalog: Catalog,
    assessment: &'a Assessment,
    document: &'a Record,
) -> impl Iterator<Item = &'static Item> + 'a {
    document
        .list("items")
        .iter()
        .filter_map(move |id| catalog.item(id))
        .filter(move |item| item.documented && in_scope(item, assessment))
}

/// The day an audit or review was held, if it has been.
pub fn held_on(record: &Record) -> Option<IsoDate> {
    record.date("held_on")
}

/// Whether any entry of the audits or reviews register has been held.
pub fn any_held(assessment: &Assessment, kind: RegisterKind) -> bool {
    assessment
        .records
        .get(kind)
        .records
        .iter()
        .any(|record| held_on(record).is_some())
}

/// Whether a target date of the certification audit is set.
pub fn stage_targeted(assessment: &Assessment) -> bool {
    let plan = &assessment.certification;
    plan.stage1_target.is_some() || plan.stage2_target.is_some()
}

/// An objective's latest measurement, if any (measurements are kept oldest first).
pub fn latest_measurement(objective: &Record) -> Option<&records::Measurement> {
    objective.measurements.last()
}

/// Whether `value` meets the objective's target; `None` when the target or the way it is met
/// is not set.
pub fn meets_target(objective: &Record, value: Decimal) -> Option<bool> {
    let target = objective.number("target")?;
    match objective.text("direction") {
        "at-least" => Some(value >= target),
        "at-most" => Some(value <= target),
        _ => None,
    }
}

/// The objective's target in words, such as "at least 95 %"; empty when there is none.
pub fn target_text(objective: &Record) -> String {
    let Some(target) = objective.number("target") else {
        return String::new();
    };
    let way = match objective.text("direction") {
        "at-least" => "at least ",
        "at-most" => "at most ",
        _ => "",
    };
    with_unit(objective, &format!("{way}{target}"))
}

/// A number of an objective with its unit, such as "95 %".
pub fn with_unit(objective: &Record, number: &str) -> String {
    match objective.text("unit").trim() {
        "" => number.to_owned(),
        unit => format!("{number} {unit}"),
    }
}

/// What an objective lacks of target, way of meeting it, frequency and owner, in words.
pub fn objective_gaps(objective: &Record) -> Vec<&'static str> {
    let mut gaps = Vec::new();
    if objective.number("target").is_none() {
        gaps.push("a target");
    }
    if objective.text("direction").is_empty() {
        gaps.push("the way its target is met (at least or at most)");
    }
    if records::frequency_days(objective.text("frequency")).is_none() {
        gaps.push("a frequency");
    }
    if objective.text("owner").trim().is_empty() {
        gaps.push("an owner");
    }
    gaps
}

/// Whether an objective misses a measurement: never measured, or (when today is known) its
/// latest measurement is older than its frequency allows. `None` when nothing is missing.
pub fn measurement_due(objective: &Record, today: Option<IsoDate>) -> Option<String> {
    let allowed = records::frequency_days(objective.text("frequency"))?;
    match latest_measurement(objective) {
        None => Some("it has not been measured yet".to_owned()),
        Some(latest) => {
            let age = today.map(|today| latest.date.days_until(today))?;
            (age > allowed).then(|| {
                format!(
                    "its latest measurement, on {}, is {age} days old, longer than its frequency \
                     allows",
                    latest.date
                )
            })
        }
    }
}

/// The closed-out steps a closed nonconformity or incident lacks, in words.
pub fn incident_gaps(incident: &Record) -> Vec<&'static str> {
    let mut gaps = Vec::new();
    for (key, words) in [
        ("cause", "a cause"),
        ("corrective_action", "a corrective action"),
        ("effectiveness", "a check of effectiveness"),
    ] {
        if incident.text(key).trim().is_empty() {
            gaps.push(words);
        }
    }
    gaps
}

/// How long an incident that is not closed has been open, when over 90 days.
pub fn incident_open_days(incident: &Record, today: Option<IsoDate>) -> Option<i64> {
    if incident.text("status") == "closed" {
        return None;
    }
    let days = incident.date("occurred_on")?.days_until(today?);
    (days > INCIDENT_OPEN_DAYS).then_some(days)
}

/// How long a nonconformity or incident may stay open before it is a finding: about a
/// quarter, long enough for a cause analysis and a corrective action to be under way.
pub const INCIDENT_OPEN_DAYS: i64 = 90;

/// Whether a date field holds a day before today.
fn past(record: &Record, key: &str, today: Option<IsoDate>) -> Option<IsoDate> {
    record
        .date(key)
        .filter(|date| today.is_some_and(|today| *date < today))
}

/// "a, b and c".
pub fn and_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The labels of choices not ticked in a checklist field.
fn unticked(record: &Record, key: &str, choices: &[records::Choice]) -> Vec<&'static str> {
    choices
        .iter()
        .filter(|choice| !record.has(key, choice.slug))
        .map(|choice| choice.label)
        .collect()
}

/// The findings about the registers of the management system, rule by rule.
fn record_findings(
    catalog: Catalog,
    assessment: &Assessment,
    today: Option<IsoDate>,
    add: &mut impl FnMut(Rule, Severity, Place, String),
) {
    use RegisterKind::*;
    let entries = |kind: RegisterKind| assessment.records.get(kind).records.iter();
    let place = |kind: RegisterKind, record: &Record| Place::Record(kind, record.id.clone());

    for document in entries(Documents) {
        let served: Vec<&Item> = required_items_served(catalog, assessment, document).collect();
        if !served.is_empty() && !is_approved(document) {
            // A document for a clause weighs as the clause's own documented information does.
            let severity = if served.iter().any(|item| !item.is_control()) {
                Severity::High
            } else {
                Severity::Medium
            };
            let ids: Vec<&str> = served.iter().map(|item| item.id).collect();
            add(
                Rule::DocumentNotApproved,
                severity,
                place(Documents, document),
                format!(
                    "{} serves {} but has no approval recorded. Record who approved this \
                     version and when.",
                    record_name(Documents, document),
                    and_list(&ids)
                ),
            );
        }
    }
    for document in entries(Documents) {
        if let Some(due) = past(document, "next_review", today) {
            add(
                Rule::DocumentReviewOverdue,
                Severity::Medium,
                place(Documents, document),
                format!(
                    "{} was due for review on {due}. Review it, then record the new version \
                     and the next review date.",
                    record_name(Documents, document)
                ),
            );
        }
    }

    for objective in entries(Objectives) {
        let gaps = objective_gaps(objective);
        if !gaps.is_empty() {
            add(
                Rule::ObjectiveIncomplete,
                Severity::Medium,
                place(Objectives, objective),
                format!(
                    "{} is missing {}. Complete it so it can be measured and judged.",
                    record_name(Objectives, objective),
                    and_list(&gaps)
                ),
            );
        }
    }
    for objective in entries(Objectives) {
        if let Some(why) = measurement_due(objective, today) {
            add(
                Rule::ObjectiveNotMeasured,
                Severity::Medium,
                place(Objectives, objective),
                format!(
                    "{}: {why}. Measure it and record the result.",
                    record_name(Objectives, objective)
                ),
            );
        }
    }
    for objective in entries(Objectives) {
        let Some(latest) = latest_measurement(objective) else {
            continue;
        };
        if meets_target(objective, latest.value) == Some(false) {
            add(
                Rule::ObjectiveOffTarget,
                Severity::Medium,
                place(Objectives, objective),
                format!(
                    "{}: the latest measurement, {} on {}, misses the target of {}. Record \
                     what is done to reach it.",
                    record_name(Objectives, objective),
                    with_unit(objective, &latest.value.to_string()),
                    latest.date,
                    target_text(objective)
                ),
            );
        }
    }

    for role in entries(Competence) {
        let (severity, state) = match role.text("status") {
            "met" => continue,
            "gap" => (Severity::High, "is not met yet"),
            "partly" => (Severity::Medium, "is only partly met"),
            _ => (Severity::Low, "is not said to be met or not"),
        };
        add(
            Rule::CompetenceNotMet,
            severity,
            place(Competence, role),
            format!(
                "The competence of {} {state}. Train, hire or assign people until it is met, \
                 and record how.",
                record_name(Competence, role)
            ),
        );
    }
    for role in entries(Competence) {
        // A role not met is reported above; evidence is asked of a claim that it is met.
        if role.text("status") == "met" && role.text("evidence").trim().is_empty() {
            add(
                Rule::CompetenceWithoutEvidence,
                Severity::High,
                place(Competence, role),
                format!(
                    "{} is said to be competent, but no evidence is named. Note the \
                     certificates or records that show it.",
                    record_name(Competence, role)
                ),
            );
        }
    }
    for role in entries(Competence) {
        if let Some(due) = past(role, "refresh_due", today) {
            add(
                Rule::CompetenceRefreshOverdue,
                Severity::Medium,
                place(Competence, role),
                format!(
                    "The competence of {} was due to be checked again on {due}. Check it, \
                     then record the date and the next one.",
                    record_name(Competence, role)
                ),
            );
        }
    }

    // An empty register is not a finding by itself until audits or reviews are recorded or a
    // certification date is set: before that, clause 9.2's and 9.3's questions cover them.
    let expected = |kind| entries(kind).next().is_some() || stage_targeted(assessment);
    if expected(Audits) && !any_held(assessment, Audits) {
        add(
            Rule::NoAuditHeld,
            Severity::High,
            Place::Register(Audits),
            "No internal audit has been held yet. Hold one covering the whole management \
             system and record it with the date it was held."
                .to_owned(),
        );
    }
    for audit in entries(Audits) {
        if audit.text("independence") == "not-independent" {
            add(
                Rule::AuditorNotIndependent,
                Severity::High,
                place(Audits, audit),
                format!(
                    "In {} the auditor audited their own work. Have the work audited by \
                     someone independent of it.",
                    record_name(Audits, audit)
                ),
            );
        }
    }
    for kind in [Audits, Reviews] {
        for record in entries(kind).filter(|record| held_on(record).is_none()) {
            if let Some(planned) = past(record, "planned_on", today) {
                add(
                    Rule::AuditOrReviewOverdue,
                    Severity::Medium,
                    place(kind, record),
                    format!(
                        "{} was planned for {planned} and is not recorded as held. Hold it \
                         and record the date, or plan a new one.",
                        record_name(kind, record)
                    ),
                );
            }
        }
    }
    if expected(Reviews) && !any_held(assessment, Reviews) {
        add(
            Rule::NoReviewHeld,
            Severity::High,
            Place::Register(Reviews),
            "No management review has been held yet. Hold one with top management and record \
             it with the date, the inputs considered and the decisions."
                .to_owned(),
        );
    }
    let held_reviews = || entries(Reviews).filter(|review| held_on(review).is_some());
    for review in held_reviews() {
        let missing = unticked(review, "inputs", REVIEW_INPUTS);
        if !missing.is_empty() {
            add(
                Rule::ReviewInputsMissing,
                Severity::Medium,
                place(Reviews, review),
                format!(
                    "{} did not consider: {}. Cover them at the next review, or tick them if \
                     they were considered.",
                    record_name(Reviews, review),
                    missing.join("; ")
                ),
            );
        }
    }
    for review in held_reviews() {
        if review.text("decisions").trim().is_empty() {
            add(
                Rule::ReviewWithoutDecisions,
                Severity::Medium,
                place(Reviews, review),
                format!(
                    "{} has no decisions recorded. Record what was decided, one decision per \
                     line.",
                    record_name(Reviews, review)
                ),
            );
        }
    }

    for incident in entries(Incidents) {
        let gaps = incident_gaps(incident);
        if incident.text("status") == "closed" && !gaps.is_empty() {
            add(
                Rule::IncidentNotClosedOut,
                Severity::High,
                place(Incidents, incident),
                format!(
                    "{} is closed without {}. Record them, or reopen it until they are done.",
                    record_name(Incidents, incident),
                    and_list(&gaps)
                ),
            );
        }
    }
    for incident in entries(Incidents) {
        if let Some(days) = incident_open_days(incident, today) {
            add(
                Rule::IncidentOpenTooLong,
                Severity::Medium,
                place(Incidents, incident),
                format!(
                    "{} has been open for {days} days. Finish its corrective action and close \
                     it, or record why it takes longer.",
                    record_name(Incidents, incident)
                ),
            );
        }
    }

    for supplier in entries(Suppliers) {
        if supplier.date("assessed_on").is_none() {
            add(
                Rule::SupplierNotAssessed,
                Severity::Medium,
                place(Suppliers, supplier),
                format!(
                    "{} has never been assessed. Assess what it supplies and record the date.",
                    record_name(Suppliers, supplier)
                ),
            );
        }
    }
    for supplier in entries(Suppliers) {
        if let Some(due) = past(supplier, "next_review", today) {
            add(
                Rule::SupplierReviewOverdue,
                Severity::Medium,
                place(Suppliers, supplier),
                format!(
                    "{} was due for review on {due}. Review it, then record the date and the \
                     next one.",
                    record_name(Suppliers, supplier)
                ),
            );
        }
    }
    for supplier in entries(Suppliers) {
        if supplier.list("clauses").is_empty() {
            add(
                Rule::SupplierWithoutContractClauses,
                Severity::Low,
                place(Suppliers, supplier),
                format!(
                    "{} has no contract clauses recorded. Tick what the contract settles.",
                    record_name(Suppliers, supplier)
                ),
            );
        }
    }
}
