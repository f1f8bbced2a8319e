//! The certification-readiness verdicts: whether the assessment, taken at its word, looks
//! ready for a stage 1 audit (documents and design) and for a stage 2 audit (everything
//! operating, with evidence), each with its blockers grouped by the item or record they concern.
//!
//! They are a self-assessment indication, never a certification decision. The requirements
//! are documented for users in docs/readiness.md, with the same worked examples as the tests in
//! tests/native/readiness.rs.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::{Catalog, Item};
use crate::domain::checks::{self, Place};
use crate::domain::date::IsoDate;
use crate::domain::impact;
use crate::domain::records::{Record, RegisterKind};
use crate::domain::scoring::{ItemScore, Status};
use crate::domain::soa::{risks_phrase, SoaFinding};

/// Said wherever a verdict is shown.
pub const DISCLAIMER: &str = "This is an indication drawn from your own answers, not a \
    certification decision: only an accredited certification body's auditors can decide that.";

/// The two stages of a certification audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditStage {
    /// The auditors read the documents and judge whether the system is designed.
    One,
    /// The auditors check that what is written down is done, with records to show it.
    Two,
}

impl AuditStage {
    /// "stage 1" or "stage 2", as used in sentences.
    pub fn name(self) -> &'static str {
        match self {
            AuditStage::One => "stage 1",
            AuditStage::Two => "stage 2",
        }
    }
}

/// The overall verdict of one stage.
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

/// One requirement of a verdict, in checklist order (stage 1's, then stage 2's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    /// Stage 1: every item in scope that calls for documented information has evidence.
    DocumentsInPlace,
    /// Stage 1: every clause item at least partly implemented.
    ClausesDesigned,
    /// Stage 1: the Statement of Applicability has no finding.
    StatementOfApplicability,
    /// Stage 1: risks identified and rated.
    RisksIdentified,
    /// Stage 1: AI systems listed, each with its risks.
    AiSystemsListed,
    /// Stage 1: AI objectives recorded, each with a target, a frequency and an owner.
    ObjectivesSet,
    /// Stage 1: internal audit and management review planned.
    AuditAndReviewPlanned,
    /// Stage 1: one internal audit and one management review held and recorded.
    AuditAndReviewRecorded,
    /// Stage 2: stage 1 looks ready.
    StageOneReady,
    /// Stage 2: every clause item largely or fully implemented.
    ClausesOperating,
    /// Stage 2: internal audit and management review operating, with records.
    AuditAndReviewHeld,
    /// Stage 2: objectives measured in time and on target, or a plan to reach them.
    ObjectivesOnTarget,
    /// Stage 2: nonconformities and incidents handled.
    IncidentsHandled,
    /// Stage 2: competence of every role met, with evidence, and checked in time.
    CompetenceMet,
    /// Stage 2: suppliers assessed and reviewed in time.
    SuppliersReviewed,
    /// Stage 2: no live risk above the acceptance limit without treatment or acceptance.
    RisksTreated,
    /// Stage 2: every AI system's impact assessment finished, approved and not due for
    /// reassessment.
    ImpactAssessed,
}

impl Requirement {
    /// Stage 1's requirements, in checklist order.
    pub const STAGE_ONE: [Requirement; 8] = [
        Requirement::DocumentsInPlace,
        Requirement::ClausesDesigned,
        Requirement::StatementOfApplicability,
        Requirement::RisksIdentified,
        Requirement::AiSystemsListed,
        Requirement::ObjectivesSet,
        Requirement::AuditAndReviewPlanned,
        Requirement::AuditAndReviewRecorded,
    ];

    /// Stage 2's requirements, in checklist order.
    pub const STAGE_TWO: [Requirement; 9] = [
        Requirement::StageOneReady,
        Requirement::ClausesOperating,
        Requirement::AuditAndReviewHeld,
        Requirement::RisksTreated,
        Requirement::ImpactAssessed,
        Requirement::ObjectivesOnTarget,
        Requirement::IncidentsHandled,
        Requirement::CompetenceMet,
        Requirement::SuppliersReviewed,
    ];

    /// A short name for the checklist.
    pub fn label(self) -> &'static str {
        match self {
            Requirement::DocumentsInPlace => "Required documents in place",
            Requirement::ClausesDesigned => "Clauses 4 to 10 designed",
            Requirement::StatementOfApplicability => "Statement of Applicability complete",
            Requirement::RisksIdentified => "Risks identified and rated",
            Requirement::AiSystemsListed => "AI systems listed with their risks",
            Requirement::ObjectivesSet => "AI objectives set",
            Requirement::AuditAndReviewPlanned => "Internal audit and management review planned",
            Requirement::AuditAndReviewRecorded => "An internal audit and a management review held",
            Requirement::StageOneReady => "Ready for stage 1",
            Requirement::ClausesOperating => "Clauses 4 to 10 operating",
            Requirement::AuditAndReviewHeld => "Internal audit and management review operating",
            Requirement::ObjectivesOnTarget => "Objectives measured and on target",
            Requirement::IncidentsHandled => "Nonconformities and incidents handled",
            Requirement::CompetenceMet => "Competence met",
            Requirement::SuppliersReviewed => "Suppliers assessed and reviewed",
            Requirement::RisksTreated => "Risks treated or accepted",
            Requirement::ImpactAssessed => "Impact assessments done",
        }
    }

    /// What the requirement asks, in one sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            Requirement::DocumentsInPlace => {
                "Every item in scope that calls for documented information (scope, AI policy, \
                 risk and impact processes, objectives and the rest) has an evidence reference, \
                 apart from the audit and review records that stage 2 asks for; once the \
                 documents register is used, a document there must serve each such item and \
                 name who approved it and when."
            }
            Requirement::ClausesDesigned => {
                "Every item of clauses 4 to 10 is at least partly implemented, since none of \
                 them can be left out of the management system."
            }
            Requirement::StatementOfApplicability => {
                "Every Annex A control is decided, with a reason for each inclusion and a \
                 written justification for each exclusion, and no excluded control treats a \
                 risk that is not closed."
            }
            Requirement::RisksIdentified => {
                "The register holds at least one rated risk and every risk that is not closed \
                 is rated."
            }
            Requirement::AiSystemsListed => {
                "The inventory lists at least one AI system, and every system not in retirement \
                 has at least one risk (not closed) linked to it."
            }
            Requirement::ObjectivesSet => {
                "The objectives register holds at least one AI objective, and each has a \
                 target, the way the target is met, a frequency of measurement and an owner."
            }
            Requirement::AuditAndReviewRecorded => {
                "At least one internal audit and one management review are recorded as held: \
                 certification bodies usually expect one of each before stage 1."
            }
            Requirement::AuditAndReviewPlanned => {
                "The items of 9.2 and 9.3 are at least partly implemented, which is the sign \
                 that an internal audit and a management review are planned."
            }
            Requirement::StageOneReady => {
                "Every stage 1 requirement is met, since stage 2 builds on it."
            }
            Requirement::ClausesOperating => {
                "Every item of clauses 4 to 10 outside 9.2 and 9.3 is largely or fully \
                 implemented."
            }
            Requirement::AuditAndReviewHeld => {
                "The items of 9.2 and 9.3 are largely or fully implemented with evidence \
                 recorded: the audit programme and the reviews run as designed, not only once."
            }
            Requirement::ObjectivesOnTarget => {
                "Every objective has a measurement within its frequency, and its latest \
                 measurement meets the target or the objective records a plan to reach it."
            }
            Requirement::IncidentsHandled => {
                "Every closed nonconformity or incident records its cause, corrective action \
                 and check of effectiveness, and none has been open for more than 90 days."
            }
            Requirement::CompetenceMet => {
                "The competence register lists at least one role, and every role's \
                 competence is met, with evidence named, and not past its refresh date."
            }
            Requirement::SuppliersReviewed => {
                "Every supplier in the register has been assessed and is not past its next \
                 review date."
            }
            Requirement::RisksTreated => {
                "No risk that is not closed stands above the acceptance limit (at its level \
                 before treatment until the treatment is done) without a named person's dated \
                 acceptance."
            }
            Requirement::ImpactAssessed => {
                "Every AI system not in retirement has an impact assessment with nothing left \
                 open, so its level is not provisional, approved by a named person on a date, \
                 and not due for reassessment."
            }
        }
    }
}

/// One thing wrong with the item or record of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub requirement: Requirement,
    /// A short phrase, such as "not yet partly implemented".
    pub text: String,
}

/// Everything that blocks a stage about one item or record, listed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    /// Where to fix it; `None` when it is about a whole list (an empty register or inventory).
    pub place: Option<Place>,
    /// What it is about, such as "6.1.2 AI risk assessment" or "The risk register".
    pub subject: String,
    /// In the order the rules found them.
    pub problems: Vec<Problem>,
}

impl Blocker {
    /// The blocker in one sentence: "6.1.2 AI risk assessment: not yet partly implemented;
    /// documented information missing."
    pub fn message(&self) -> String {
        let problems: Vec<&str> = self.problems.iter().map(|p| p.text.as_str()).collect();
        format!("{}: {}.", self.subject, problems.join("; "))
    }
}

/// The verdict of one stage with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageVerdict {
    pub stage: AuditStage,
    pub verdict: Verdict,
    /// One per item or record, in catalog order for items and controls, then risks, systems,
    /// and blockers about whole lists last.
    pub blockers: Vec<Blocker>,
    /// Every requirement of the stage, in checklist order, and whether it is met.
    pub requirements: Vec<(Requirement, bool)>,
}

impl StageVerdict {
    /// The verdict in a sentence, such as "Not ready for a stage 1 audit yet: 12 blockers".
    /// The number is the number of blockers listed.
    pub fn headline(&self) -> String {
        let stage = self.stage.name();
        match self.verdict {
            Verdict::NotStarted => format!("Not started: nothing to judge for {stage} yet"),
            Verdict::Ready => format!("Looks ready for a {stage} audit"),
            Verdict::NotReady => {
                let count = self.blockers.len();
                if count == 0 {
                    return format!("Not ready for a {stage} audit yet: stage 1 comes first");
                }
                let noun = if count == 1 { "blocker" } else { "blockers" };
                format!("Not ready for a {stage} audit yet: {count} {noun}")
            }
        }
    }
}

/// Both verdicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessVerdict {
    pub stage_one: StageVerdict,
    pub stage_two: StageVerdict,
}

impl ReadinessVerdict {
    /// Both headlines, stage 1 first, for one line of a summary.
    pub fn headline(&self) -> String {
        format!(
            "{}. {}.",
            self.stage_one.headline(),
            self.stage_two.headline()
        )
    }
}

/// Builds the blocker list of one stage, one blocker per item or record.
#[derive(Default)]
struct Blockers(Vec<(String, Blocker)>);

impl Blockers {
    /// Adds a problem to the blocker of `key` (an item, control, risk or system ID; "" for a
    /// whole list), starting it with `place` and `subject` if it is new.
    fn add(&mut self, key: &str, place: Option<Place>, subject: &str, problem: Problem) {
        match self.0.iter_mut().find(|(known, _)| known == key) {
            Some((_, blocker)) => blocker.problems.push(problem),
            None => self.0.push((
                key.to_owned(),
                Blocker {
                    place,
                    subject: subject.to_owned(),
                    problems: vec![problem],
                },
            )),
        }
    }

    fn into_verdict(
        self,
        stage: AuditStage,
        started: bool,
        requirements: &[Requirement],
        also_met: bool,
    ) -> StageVerdict {
        let blockers: Vec<Blocker> = self.0.into_iter().map(|(_, blocker)| blocker).collect();
        let requirements: Vec<(Requirement, bool)> = requirements
            .iter()
            .map(|&requirement| {
                let blocked = blockers
                    .iter()
                    .flat_map(|blocker| &blocker.problems)
                    .any(|problem| problem.requirement == requirement);
                let met = if requirement == Requirement::StageOneReady {
                    also_met
                } else {
                    !blocked
                };
                (requirement, met && started)
            })
            .collect();
        let verdict = if !started {
            Verdict::NotStarted
        } else if requirements.iter().all(|(_, met)| *met) {
            Verdict::Ready
        } else {
            Verdict::NotReady
        };
        StageVerdict {
            stage,
            verdict,
            blockers,
            requirements,
        }
    }
}

fn problem(requirement: Requirement, text: impl Into<String>) -> Problem {
    Problem {
        requirement,
        text: text.into(),
    }
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
        || !assessment.records.is_empty()
}

/// Whether a clause item belongs to internal audit (9.2) or management review (9.3).
fn audit_or_review(item: &Item) -> bool {
    item.id.starts_with("9.2") || item.id.starts_with("9.3")
}

fn at_least_partly(status: Status) -> bool {
    matches!(
        status,
        Status::PartiallyImplemented | Status::LargelyImplemented | Status::FullyImplemented
    )
}

fn at_least_largely(status: Status) -> bool {
    matches!(
        status,
        Status::LargelyImplemented | Status::FullyImplemented
    )
}

/// Judges the assessment for both stages, with dates judged against `today` (`None`: nothing
/// counts as overdue or out of date).
pub fn verdict(
    catalog: Catalog,
    assessment: &Assessment,
    today: Option<IsoDate>,
) -> ReadinessVerdict {
    let stage_one = stage_one(catalog, assessment);
    let ready = stage_one.verdict == Verdict::Ready;
    let stage_two = stage_two(catalog, assessment, ready, today);
    ReadinessVerdict {
        stage_one,
        stage_two,
    }
}

fn stage_one(catalog: Catalog, assessment: &Assessment) -> StageVerdict {
    use Requirement::*;
    let mut blockers = Blockers::default();
    let soa_findings = assessment.soa.findings(catalog, &assessment.risks);
    for item in catalog.clause_items().chain(catalog.controls()) {
        let subject = format!("{} {}", item.id, item.title);
        if !item.is_control() {
            let status = ItemScore::of(item, assessment).status();
            if !at_least_partly(status) {
                let (requirement, text) = if audit_or_review(item) {
                    (
                        AuditAndReviewPlanned,
                        "not yet planned (needs to be at least partly implemented)",
                    )
                } else {
                    (ClausesDesigned, "not yet partly implemented")
                };
                let place = Some(Place::Item(item.id.to_owned()));
                blockers.add(item.id, place, &subject, problem(requirement, text));
            }
        }
        for finding in soa_findings.iter().filter(|f| f.control_id() == item.id) {
            let text = match finding {
                SoaFinding::Undecided(_) => "no decision in the Statement of Applicability".into(),
                SoaFinding::ExcludedWithoutJustification(_) => {
                    "excluded without a written justification".into()
                }
                SoaFinding::ExcludedButTreatsRisks(_, risk_ids) => format!(
                    "excluded although the treatment of {} relies on it",
                    risks_phrase(risk_ids)
                ),
                SoaFinding::IncludedWithoutReason(_) => "included without a reason".into(),
            };
            let place = Some(Place::SoaControl(item.id.to_owned()));
            blockers.add(
                item.id,
                place,
                &subject,
                problem(StatementOfApplicability, text),
            );
        }
        // The records of audits and reviews held are stage 2's business.
        let documents_due = item.documented
            && !audit_or_review(item)
            && checks::in_scope(item, assessment)
            && !checks::has_documents(assessment, item.id);
        if documents_due {
            let (place, text) = if checks::documents_register_used(assessment) {
                (
                    Place::Register(RegisterKind::Documents),
                    "no document in the register serves it",
                )
            } else {
                (
                    Place::Item(item.id.to_owned()),
                    "documented information missing",
                )
            };
            blockers.add(
                item.id,
                Some(place),
                &subject,
                problem(DocumentsInPlace, text),
            );
        }
    }
    for document in entries(assessment, RegisterKind::Documents) {
        let required = checks::required_items_served(catalog, assessment, document)
            .any(|item| !audit_or_review(item));
        if required && !checks::is_approved(document) {
            record_blocker(
                &mut blockers,
                RegisterKind::Documents,
                document,
                problem(DocumentsInPlace, "not approved (who approved it and when)"),
            );
        }
    }
    let objectives = entries(assessment, RegisterKind::Objectives);
    for objective in objectives.clone() {
        let gaps = checks::objective_gaps(objective);
        if !gaps.is_empty() {
            let text = format!("missing {}", checks::and_list(&gaps));
            record_blocker(
                &mut blockers,
                RegisterKind::Objectives,
                objective,
                problem(ObjectivesSet, text),
            );
        }
    }

    let register = &assessment.risks;
    let live = || register.risks.iter().filter(|risk| risk.status.is_live());
    for risk in live().filter(|risk| risk.inherent.is_none()) {
        blockers.add(
            &risk.id,
            Some(Place::Risk(risk.id.clone())),
            &format!("{} {}", risk.id, risk.display_title()),
            problem(RisksIdentified, "not rated before treatment"),
        );
    }
    let systems = || {
        assessment
            .inventory
            .systems
            .iter()
            .filter(|system| checks::needs_assessment(system))
    };
    for system in systems().filter(|s| !checks::has_live_risk(register, &s.id)) {
        blockers.add(
            &system.id,
            Some(Place::System(system.id.clone())),
            &format!("{} {}", system.id, system.display_name()),
            problem(AiSystemsListed, "no risk (not closed) linked to it"),
        );
    }
    if !live().any(|risk| risk.inherent.is_some()) {
        blockers.add(
            "risks",
            None,
            "The risk register",
            problem(
                RisksIdentified,
                "no rated risk yet (closed risks do not count); identify the risks of your AI \
                 systems and rate them",
            ),
        );
    }
    if systems().next().is_none() {
        blockers.add(
            "systems",
            None,
            "The AI system inventory",
            problem(
                AiSystemsListed,
                "no system outside retirement; add the AI systems the management system covers",
            ),
        );
    }
    if objectives.clone().next().is_none() {
        register_blocker(
            &mut blockers,
            RegisterKind::Objectives,
            problem(
                ObjectivesSet,
                "no AI objective recorded yet; set what the management system is to achieve, \
                 with targets",
            ),
        );
    }
    for (kind, text) in [
        (
            RegisterKind::Audits,
            "no internal audit held yet; certification bodies usually expect one before stage \
             1",
        ),
        (
            RegisterKind::Reviews,
            "no management review held yet; certification bodies usually expect one before \
             stage 1",
        ),
    ] {
        if !checks::any_held(assessment, kind) {
            register_blocker(&mut blockers, kind, problem(AuditAndReviewRecorded, text));
        }
    }
    blockers.into_verdict(
        AuditStage::One,
        started(assessment),
        &Requirement::STAGE_ONE,
        true,
    )
}

fn stage_two(
    catalog: Catalog,
    assessment: &Assessment,
    stage_one_ready: bool,
    today: Option<IsoDate>,
) -> StageVerdict {
    use Requirement::*;
    let mut blockers = Blockers::default();
    for item in catalog.clause_items() {
        let record = assessment.item(item.id);
        let status = ItemScore::of(item, assessment).status();
        let subject = format!("{} {}", item.id, item.title);
        let place = || Some(Place::Item(item.id.to_owned()));
        if audit_or_review(item) {
            if !at_least_largely(status) {
                let text = "not yet held (needs to be at least largely implemented)";
                blockers.add(
                    item.id,
                    place(),
                    &subject,
                    problem(AuditAndReviewHeld, text),
                );
            }
            if !checks::has_evidence(record) {
                let text = "no evidence of it recorded";
                blockers.add(
                    item.id,
                    place(),
                    &subject,
                    problem(AuditAndReviewHeld, text),
                );
            }
        } else if !at_least_largely(status) {
            let text = "not yet largely implemented";
            blockers.add(item.id, place(), &subject, problem(ClausesOperating, text));
        }
    }

    let register = &assessment.risks;
    for risk in register.risks.iter().filter(|risk| risk.status.is_live()) {
        let above = register
            .band(risk.current_rating())
            .is_some_and(|band| register.criteria.needs_acceptance(band));
        if above && !risk.acceptance.is_complete() {
            let band = register
                .band(risk.current_rating())
                .map_or("", |band| register.criteria.band_name(band));
            let text = if risk.treatment_done() {
                format!("still {band} after treatment, above the acceptance limit, and not accepted by a named person on a date")
            } else {
                format!("{band} until its treatment is done, above the acceptance limit, and not accepted by a named person on a date")
            };
            blockers.add(
                &risk.id,
                Some(Place::Risk(risk.id.clone())),
                &format!("{} {}", risk.id, risk.display_title()),
                problem(RisksTreated, text),
            );
        }
    }

    for system in assessment
        .inventory
        .systems
        .iter()
        .filter(|system| checks::needs_assessment(system))
    {
        let result = impact::score(&system.impact);
        let reassessment = crate::domain::system::reassessment_reasons(system);
        let text = if result.level.is_none() {
            "no impact assessment yet".to_owned()
        } else if result.is_provisional() {
            "impact assessment provisional: questions still open".to_owned()
        } else if !system.impact.is_approved() {
            "impact assessment not approved (a name and a date of approval)".to_owned()
        } else if let Some(reason) = reassessment.first() {
            format!(
                "impact assessment due for reassessment: {}",
                reason.describe()
            )
        } else {
            continue;
        };
        blockers.add(
            &system.id,
            Some(Place::ImpactAssessment(system.id.clone())),
            &format!("{} {}", system.id, system.display_name()),
            problem(ImpactAssessed, text),
        );
    }
    record_blockers_of_stage_two(&mut blockers, assessment, today);
    blockers.into_verdict(
        AuditStage::Two,
        started(assessment),
        &Requirement::STAGE_TWO,
        stage_one_ready,
    )
}

/// The entries of a register, in the user's order.
fn entries(assessment: &Assessment, kind: RegisterKind) -> impl Iterator<Item = &Record> + Clone {
    assessment.records.get(kind).records.iter()
}

/// Adds a problem to the blocker of one register entry.
fn record_blocker(blockers: &mut Blockers, kind: RegisterKind, record: &Record, problem: Problem) {
    blockers.add(
        &record.id,
        Some(Place::Record(kind, record.id.clone())),
        &checks::record_name(kind, record),
        problem,
    );
}

/// Adds a problem to the blocker of a whole register.
fn register_blocker(blockers: &mut Blockers, kind: RegisterKind, problem: Problem) {
    let spec = kind.spec();
    blockers.add(
        &format!("register:{}", spec.slug),
        Some(Place::Register(kind)),
        &format!("The register \"{}\"", spec.title),
        problem,
    );
}

/// Stage 2's blockers about the records of the management system in operation: objectives,
/// incidents, competence and suppliers.
fn record_blockers_of_stage_two(
    blockers: &mut Blockers,
    assessment: &Assessment,
    today: Option<IsoDate>,
) {
    use Requirement::*;
    for objective in entries(assessment, RegisterKind::Objectives) {
        if let Some(why) = checks::measurement_due(objective, today) {
            record_blocker(
                blockers,
                RegisterKind::Objectives,
                objective,
                problem(ObjectivesOnTarget, why),
            );
        }
        let off_target = checks::latest_measurement(objective)
            .and_then(|latest| checks::meets_target(objective, latest.value))
            == Some(false);
        // An objective off target is addressed when it says how it is to be reached.
        if off_target && objective.text("plan").trim().is_empty() {
            record_blocker(
                blockers,
                RegisterKind::Objectives,
                objective,
                problem(
                    ObjectivesOnTarget,
                    "latest measurement misses the target, and no plan to reach it is recorded",
                ),
            );
        }
    }
    for incident in entries(assessment, RegisterKind::Incidents) {
        let gaps = checks::incident_gaps(incident);
        if incident.text("status") == "closed" && !gaps.is_empty() {
            let text = format!("closed without {}", checks::and_list(&gaps));
            record_blocker(
                blockers,
                RegisterKind::Incidents,
                incident,
                problem(IncidentsHandled, text),
            );
        }
        if let Some(days) = checks::incident_open_days(incident, today) {
            let text = format!("open for {days} days");
            record_blocker(
                blockers,
                RegisterKind::Incidents,
                incident,
                problem(IncidentsHandled, text),
            );
        }
    }
    let roles = entries(assessment, RegisterKind::Competence);
    for role in roles.clone() {
        let state = match role.text("status") {
            "met" => None,
            "partly" => Some("competence only partly met"),
            "gap" => Some("competence not met yet"),
            _ => Some("not said whether its competence is met"),
        };
        let mut texts: Vec<String> = state.map(str::to_owned).into_iter().collect();
        if role.text("evidence").trim().is_empty() {
            texts.push("no evidence of competence named".to_owned());
        }
        if let Some(due) = role
            .date("refresh_due")
            .filter(|due| today.is_some_and(|today| *due < today))
        {
            texts.push(format!("refresh was due on {due}"));
        }
        for text in texts {
            record_blocker(
                blockers,
                RegisterKind::Competence,
                role,
                problem(CompetenceMet, text),
            );
        }
    }
    if roles.clone().next().is_none() {
        register_blocker(
            blockers,
            RegisterKind::Competence,
            problem(
                CompetenceMet,
                "no role recorded yet; list the roles whose work affects your AI systems and \
                 how their competence is met",
            ),
        );
    }
    for supplier in entries(assessment, RegisterKind::Suppliers) {
        if supplier.date("assessed_on").is_none() {
            record_blocker(
                blockers,
                RegisterKind::Suppliers,
                supplier,
                problem(SuppliersReviewed, "never assessed"),
            );
        }
        if let Some(due) = supplier
            .date("next_review")
            .filter(|due| today.is_some_and(|today| *due < today))
        {
            record_blocker(
                blockers,
                RegisterKind::Suppliers,
                supplier,
                problem(SuppliersReviewed, format!("review was due on {due}")),
            );
        }
    }
}
