//! The road to certification: the target dates of the certification audit's two stages, and
//! the timeline that leads to them.
//!
//! Stage 1 reviews the design and the documents of the management system; stage 2 audits it
//! in operation, with evidence. `timeline` lays out the phases before them with where each
//! stands, places the open actions of the action plan against the two dates, and warns in
//! plain words where the plan cannot reach a date. The rules are documented for users in
//! docs/certification.md, with the worked examples of tests/native/certification.rs.

use crate::domain::action_plan::{self, ActionFilter, ActionOrder, ActionStatus, PlannedAction};
use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use crate::domain::checks;
use crate::domain::date::IsoDate;
use crate::domain::records::RegisterKind;
use crate::domain::scoring::{ItemScore, Status, Summary};

/// The dates the organisation aims at; either may be unset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CertificationPlan {
    pub stage1_target: Option<IsoDate>,
    pub stage2_target: Option<IsoDate>,
}

/// Fewer days than this between the stages leave too little time to close what stage 1
/// finds: four weeks.
pub const MIN_DAYS_BETWEEN_STAGES: i64 = 28;

/// More days than this between the stages, and many certification bodies hold stage 1
/// again: about six months.
pub const MAX_DAYS_BETWEEN_STAGES: i64 = 183;

/// One phase of the road, in the order they are usually done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhaseKind {
    GapAnalysis,
    BuildingTheSystem,
    RiskAndImpact,
    Policies,
    InternalAudit,
    ManagementReview,
    StageOne,
    StageTwo,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 8] = [
        PhaseKind::GapAnalysis,
        PhaseKind::BuildingTheSystem,
        PhaseKind::RiskAndImpact,
        PhaseKind::Policies,
        PhaseKind::InternalAudit,
        PhaseKind::ManagementReview,
        PhaseKind::StageOne,
        PhaseKind::StageTwo,
    ];

    /// The phase's name.
    pub fn label(self) -> &'static str {
        match self {
            PhaseKind::GapAnalysis => "Gap analysis",
            PhaseKind::BuildingTheSystem => "Building the management system",
            PhaseKind::RiskAndImpact => "Risk and impact assessments",
            PhaseKind::Policies => "Policies",
            PhaseKind::InternalAudit => "Internal audit",
            PhaseKind::ManagementReview => "Management review",
            PhaseKind::StageOne => "Stage 1 audit",
            PhaseKind::StageTwo => "Stage 2 audit",
        }
    }
}

/// Where a phase stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhaseState {
    Done,
    InProgress,
    /// An audit stage with a target date still ahead.
    Planned,
    NotStarted,
}

impl PhaseState {
    /// The words the user sees.
    pub fn label(self) -> &'static str {
        match self {
            PhaseState::Done => "Done",
            PhaseState::InProgress => "In progress",
            PhaseState::Planned => "Planned",
            PhaseState::NotStarted => "Not started",
        }
    }
}

/// One phase with its state and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub state: PhaseState,
    /// What the state is read from, such as "312 of 340 questions answered".
    pub detail: String,
    /// The day the phase ended or is to happen, where the assessment says so.
    pub date: Option<IsoDate>,
}

/// Where an open action falls against the target dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// Due on or before the stage 1 target.
    BeforeStageOne,
    /// Due after the stage 1 target (if set) and on or before the stage 2 target.
    BeforeStageTwo,
    /// Due after the stage 1 target, with no stage 2 target set.
    AfterStageOne,
    /// Due after the stage 2 target.
    AfterStageTwo,
    /// Due on a day, with no target set to compare it with.
    NoTarget,
    /// No due date.
    Undated,
}

impl Slot {
    /// The words the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Slot::BeforeStageOne => "Before stage 1",
            Slot::BeforeStageTwo => "Before stage 2",
            Slot::AfterStageOne => "After stage 1",
            Slot::AfterStageTwo => "After stage 2",
            Slot::NoTarget => "No target date to compare",
            Slot::Undated => "No due date",
        }
    }
}

/// An open action of the plan on the road.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedAction {
    pub key: String,
    pub title: String,
    pub due_date: Option<IsoDate>,
    pub slot: Slot,
    pub overdue: bool,
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WarningKind {
    TargetPassed,
    StageTwoWithoutStageOne,
    StageTwoNotAfterStageOne,
    StagesTooClose,
    StagesTooFarApart,
    NoAuditBeforeStageOne,
    NoReviewBeforeStageOne,
    ActionsAfterStageOne,
    ActionsAfterStageTwo,
}

/// Where the plan cannot reach a date, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

/// The road to certification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub stage1_target: Option<IsoDate>,
    pub stage2_target: Option<IsoDate>,
    /// Every phase, in the order of `PhaseKind::ALL`.
    pub phases: Vec<Phase>,
    /// The open actions, earliest due first, undated last.
    pub actions: Vec<PlacedAction>,
    /// In the order of `WarningKind`'s variants.
    pub warnings: Vec<Warning>,
}

/// The road to certification of an assessment on `today` (`None`: no date counts as passed
/// and nothing as overdue).
pub fn timeline(assessment: &Assessment, catalog: Catalog, today: Option<IsoDate>) -> Timeline {
    let summary = Summary::compute(catalog, assessment);
    let actions = action_plan::derive(catalog, assessment, &summary);
    timeline_from(assessment, catalog, today, &summary, &actions)
}

/// `timeline` from the scores and the action plan already worked out for this assessment.
pub fn timeline_from(
    assessment: &Assessment,
    catalog: Catalog,
    today: Option<IsoDate>,
    summary: &Summary,
    actions: &[PlannedAction],
) -> Timeline {
    let plan = assessment.certification;
    let (stage1, stage2) = (plan.stage1_target, plan.stage2_target);
    let placed: Vec<PlacedAction> = action_plan::listed(
        actions,
        &ActionFilter::default(),
        ActionOrder::DueDate,
        today,
    )
    .into_iter()
    .filter(|action| action.status != ActionStatus::Done)
    .map(|action| PlacedAction {
        key: action.key.clone(),
        title: action.title.clone(),
        due_date: action.due_date,
        slot: slot(action.due_date, stage1, stage2),
        overdue: action.is_overdue(today),
    })
    .collect();
    let phases = PhaseKind::ALL
        .iter()
        .map(|&kind| phase(kind, catalog, assessment, summary, today))
        .collect();
    let warnings = warnings(assessment, today, &placed);
    Timeline {
        stage1_target: stage1,
        stage2_target: stage2,
        phases,
        actions: placed,
        warnings,
    }
}

/// Where a due date falls against the targets.
pub fn slot(due: Option<IsoDate>, stage1: Option<IsoDate>, stage2: Option<IsoDate>) -> Slot {
    let Some(due) = due else {
        return Slot::Undated;
    };
    match (stage1, stage2) {
        (Some(one), _) if due <= one => Slot::BeforeStageOne,
        (_, Some(two)) if due <= two => Slot::BeforeStageTwo,
        (_, Some(_)) => Slot::AfterStageTwo,
        (Some(_), None) => Slot::AfterStageOne,
        (None, None) => Slot::NoTarget,
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// Where one phase stands, read from the assessment.
fn phase(
    kind: PhaseKind,
    catalog: Catalog,
    assessment: &Assessment,
    summary: &Summary,
    today: Option<IsoDate>,
) -> Phase {
    use PhaseState::*;
    let mut date = None;
    let (state, detail) = match kind {
        PhaseKind::GapAnalysis => {
            let overall = &summary.overall;
            let state = if overall.questions > 0 && overall.answered == overall.questions {
                Done
            } else if overall.answered > 0 {
                InProgress
            } else {
                NotStarted
            };
            let detail = format!(
                "{} of {} requirement questions answered",
                overall.answered, overall.questions
            );
            (state, detail)
        }
        PhaseKind::BuildingTheSystem => {
            let statuses: Vec<Status> = catalog
                .clause_items()
                .map(|item| ItemScore::of(item, assessment).status())
                .collect();
            let operating = statuses
                .iter()
                .filter(|s| matches!(s, Status::LargelyImplemented | Status::FullyImplemented))
                .count();
            let begun = statuses
                .iter()
                .filter(|s| !matches!(s, Status::NotAssessed | Status::NotImplemented))
                .count();
            let state = if operating == statuses.len() {
                Done
            } else if begun > 0 {
                InProgress
            } else {
                NotStarted
            };
            let detail = format!(
                "{operating} of {} clause items largely or fully implemented",
                statuses.len()
            );
            (state, detail)
        }
        PhaseKind::RiskAndImpact => {
            let register = &assessment.risks;
            let live: Vec<_> = register
                .risks
                .iter()
                .filter(|risk| risk.status.is_live())
                .collect();
            let systems: Vec<_> = assessment
                .inventory
                .systems
                .iter()
                .filter(|system| checks::needs_assessment(system))
                .collect();
            let assessed = systems
                .iter()
                .filter(|system| {
                    checks::impact_result(system).is_some_and(|result| !result.is_provisional())
                })
                .count();
            let rated = live.iter().filter(|risk| risk.inherent.is_some()).count();
            let done = rated > 0 && rated == live.len() && assessed == systems.len();
            let begun = !register.risks.is_empty()
                || systems
                    .iter()
                    .any(|system| checks::impact_result(system).is_some());
            let state = if done {
                Done
            } else if begun {
                InProgress
            } else {
                NotStarted
            };
            let detail = format!(
                "{} of {} rated; {} of {} finished",
                rated,
                counted(live.len(), "open risk", "open risks"),
                assessed,
                counted(systems.len(), "impact assessment", "impact assessments")
            );
            (state, detail)
        }
        PhaseKind::Policies => {
            // The AI policy (5.2) and the policy controls of Annex A (A.2).
            let items: Vec<_> = catalog
                .clause_items()
                .chain(catalog.controls())
                .filter(|item| item.id == "5.2" || item.id.starts_with("A.2."))
                .filter(|item| checks::in_scope(item, assessment))
                .collect();
            let in_place = items
                .iter()
                .filter(|item| {
                    let status = ItemScore::of(item, assessment).status();
                    matches!(
                        status,
                        Status::LargelyImplemented | Status::FullyImplemented
                    ) && (!item.documented || checks::has_documents(assessment, item.id))
                })
                .count();
            let begun = items
                .iter()
                .any(|item| ItemScore::of(item, assessment).status() != Status::NotAssessed);
            let state = if in_place == items.len() {
                Done
            } else if begun {
                InProgress
            } else {
                NotStarted
            };
            let detail = format!(
                "{in_place} of {} (5.2 and A.2) in place with their documents",
                counted(items.len(), "policy item", "policy items")
            );
            (state, detail)
        }
        PhaseKind::InternalAudit | PhaseKind::ManagementReview => {
            let (register, noun) = if kind == PhaseKind::InternalAudit {
                (RegisterKind::Audits, "audit")
            } else {
                (RegisterKind::Reviews, "review")
            };
            let entries = &assessment.records.get(register).records;
            let last_held = entries.iter().filter_map(checks::held_on).max();
            let next_planned = entries
                .iter()
                .filter(|record| checks::held_on(record).is_none())
                .filter_map(|record| record.date("planned_on"))
                .min();
            match (last_held, next_planned) {
                (Some(held), _) => {
                    date = Some(held);
                    (Done, format!("last {noun} held on {held}"))
                }
                (None, Some(planned)) => {
                    date = Some(planned);
                    (InProgress, format!("first {noun} planned for {planned}"))
                }
                (None, None) => (NotStarted, format!("no {noun} recorded")),
            }
        }
        PhaseKind::StageOne | PhaseKind::StageTwo => {
            let target = if kind == PhaseKind::StageOne {
                assessment.certification.stage1_target
            } else {
                assessment.certification.stage2_target
            };
            date = target;
            match target {
                None => (NotStarted, "no target date set".to_owned()),
                Some(day) if today.is_some_and(|today| day < today) => {
                    (Done, format!("target date {day} has passed"))
                }
                Some(day) => (Planned, format!("planned for {day}")),
            }
        }
    };
    Phase {
        kind,
        state,
        detail,
        date,
    }
}

/// Whether an audit or review of `kind` is held or planned on or before `day`.
fn held_or_planned_by(assessment: &Assessment, kind: RegisterKind, day: IsoDate) -> bool {
    assessment.records.get(kind).records.iter().any(|record| {
        checks::held_on(record)
            .or_else(|| record.date("planned_on"))
            .is_some_and(|date| date <= day)
    })
}

/// The warnings, in the order of `WarningKind`'s variants.
fn warnings(
    assessment: &Assessment,
    today: Option<IsoDate>,
    placed: &[PlacedAction],
) -> Vec<Warning> {
    use WarningKind::*;
    let plan = assessment.certification;
    let mut found = Vec::new();
    let mut warn = |kind, message: String| found.push(Warning { kind, message });
    let passed = |day: IsoDate| today.is_some_and(|today| day < today);

    // Stage 1 passing is the normal course once stage 2 is still ahead.
    let stage2_ahead = plan.stage2_target.is_some_and(|day| !passed(day));
    if let Some(one) = plan
        .stage1_target
        .filter(|day| passed(*day) && !stage2_ahead)
    {
        warn(
            TargetPassed,
            format!(
                "The stage 1 target date, {one}, has passed. If the audit was held, set the \
                 stage 2 target; if not, set a new date."
            ),
        );
    }
    if let Some(two) = plan.stage2_target.filter(|day| passed(*day)) {
        warn(
            TargetPassed,
            format!(
                "The stage 2 target date, {two}, has passed. If the audit was held, the \
                 certification body's decision follows; if not, set a new date."
            ),
        );
    }
    match (plan.stage1_target, plan.stage2_target) {
        (None, Some(two)) => warn(
            StageTwoWithoutStageOne,
            format!(
                "A stage 2 target ({two}) is set without a stage 1 target. Stage 2 always \
                 follows stage 1: set its date too."
            ),
        ),
        (Some(one), Some(two)) => {
            let gap = one.days_until(two);
            if gap <= 0 {
                warn(
                    StageTwoNotAfterStageOne,
                    format!(
                        "The stage 2 target ({two}) is not after the stage 1 target ({one}). \
                         Stage 2 follows stage 1: move one of them."
                    ),
                );
            } else if gap < MIN_DAYS_BETWEEN_STAGES {
                warn(
                    StagesTooClose,
                    format!(
                        "Stage 2 ({two}) is only {gap} days after stage 1 ({one}). Allow at \
                         least four weeks to deal with what stage 1 finds."
                    ),
                );
            } else if gap > MAX_DAYS_BETWEEN_STAGES {
                warn(
                    StagesTooFarApart,
                    format!(
                        "Stage 2 ({two}) is {gap} days after stage 1 ({one}). Many \
                         certification bodies hold stage 1 again when more than about six \
                         months pass between the stages: check with yours."
                    ),
                );
            }
        }
        _ => {}
    }
    if let Some(one) = plan.stage1_target {
        for (kind, register, what) in [
            (
                NoAuditBeforeStageOne,
                RegisterKind::Audits,
                "internal audit",
            ),
            (
                NoReviewBeforeStageOne,
                RegisterKind::Reviews,
                "management review",
            ),
        ] {
            if !held_or_planned_by(assessment, register, one) {
                warn(
                    kind,
                    format!(
                        "No {what} is held or planned by the stage 1 target ({one}). \
                         Certification bodies usually expect one before stage 1: plan it in \
                         the register."
                    ),
                );
            }
        }
    }
    let count = |slots: &[Slot]| placed.iter().filter(|a| slots.contains(&a.slot)).count();
    let after_one = count(&[Slot::BeforeStageTwo, Slot::AfterStageOne]);
    if let Some(one) = plan.stage1_target.filter(|_| after_one > 0) {
        warn(
            ActionsAfterStageOne,
            format!(
                "{} due after the stage 1 target ({one}). Work still open at stage 1 may show \
                 as gaps: bring it forward, or check it can wait for stage 2.",
                counted(after_one, "open action is", "open actions are")
            ),
        );
    }
    let after_two = count(&[Slot::AfterStageTwo]);
    if let Some(two) = plan.stage2_target.filter(|_| after_two > 0) {
        warn(
            ActionsAfterStageTwo,
            format!(
                "{} due after the stage 2 target ({two}). Bring them forward or move the \
                 target: the auditors expect the work done by then.",
                counted(after_two, "open action is", "open actions are")
            ),
        );
    }
    found
}
