//! The road to certification: phases and their states, open actions placed against the stage
//! targets, and the warnings, as worked examples (docs/certification.md).

use crate::checks::{add_record, date, ready, set, today};
use aims_assess::domain::action_plan::{self, CustomAction};
use aims_assess::domain::assessment::Assessment;
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::certification::{
    slot, timeline, PhaseKind, PhaseState, Slot, WarningKind,
};
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::records::RegisterKind;

fn targets(assessment: &mut Assessment, one: Option<&str>, two: Option<&str>) {
    assessment.certification.stage1_target = one.map(date);
    assessment.certification.stage2_target = two.map(date);
}

fn warnings(assessment: &Assessment, today: Option<IsoDate>) -> Vec<WarningKind> {
    timeline(assessment, catalog(), today)
        .warnings
        .iter()
        .map(|warning| warning.kind)
        .collect()
}

fn own_action(assessment: &mut Assessment, due: &str) {
    let id = action_plan::add_custom(&mut assessment.actions, format!("Due {due}")).unwrap();
    assessment
        .actions
        .edit_custom(&id, |action: &mut CustomAction| {
            action.due_date = Some(date(due))
        })
        .unwrap();
}

#[test]
fn due_dates_fall_before_between_or_after_the_stages() {
    let (one, two) = (Some(date("2027-03-01")), Some(date("2027-05-01")));
    let d = |text: &str| Some(date(text));
    let cases = [
        (None, one, two, Slot::Undated),
        (d("2027-02-01"), one, two, Slot::BeforeStageOne),
        (d("2027-03-01"), one, two, Slot::BeforeStageOne),
        (d("2027-03-02"), one, two, Slot::BeforeStageTwo),
        (d("2027-05-01"), one, two, Slot::BeforeStageTwo),
        (d("2027-05-02"), one, two, Slot::AfterStageTwo),
        (d("2027-04-01"), one, None, Slot::AfterStageOne),
        (d("2027-04-01"), None, two, Slot::BeforeStageTwo),
        (d("2027-04-01"), None, None, Slot::NoTarget),
    ];
    for (due, stage1, stage2, expected) in cases {
        assert_eq!(
            slot(due, stage1, stage2),
            expected,
            "{due:?} {stage1:?} {stage2:?}"
        );
    }
}

#[test]
fn the_phases_of_an_empty_and_of_a_ready_assessment() {
    let empty = timeline(&Assessment::default(), catalog(), today());
    let states: Vec<(PhaseKind, PhaseState)> =
        empty.phases.iter().map(|p| (p.kind, p.state)).collect();
    assert_eq!(
        states,
        PhaseKind::ALL.map(|kind| (kind, PhaseState::NotStarted))
    );
    assert_eq!(empty.warnings, []);

    let mut assessment = ready();
    targets(&mut assessment, Some("2027-01-15"), Some("2027-03-01"));
    let road = timeline(&assessment, catalog(), today());
    let states: Vec<PhaseState> = road.phases.iter().map(|p| p.state).collect();
    use PhaseState::*;
    assert_eq!(
        states,
        [Done, Done, Done, Done, Done, Done, Planned, Planned]
    );
    let audit = &road.phases[4];
    assert_eq!(audit.detail, "last audit held on 2026-09-03");
    assert_eq!(audit.date, Some(date("2026-09-03")));
    assert_eq!(road.phases[6].detail, "planned for 2027-01-15");
    assert_eq!(road.warnings, [], "{:?}", road.warnings);
    // The review decision of REV1 is the one open action, undated.
    let keys: Vec<(&str, Slot)> = road
        .actions
        .iter()
        .map(|a| (a.key.as_str(), a.slot))
        .collect();
    assert_eq!(keys, [("review:REV1:1", Slot::Undated)]);
}

#[test]
fn a_planned_audit_is_in_progress_and_counts_before_stage_1() {
    let mut assessment = Assessment::default();
    let audit = add_record(&mut assessment, RegisterKind::Audits, "First audit");
    set(
        &mut assessment,
        RegisterKind::Audits,
        &audit,
        &[("planned_on", "2027-01-10")],
    );
    targets(&mut assessment, Some("2027-01-31"), Some("2027-03-31"));
    let road = timeline(&assessment, catalog(), today());
    assert_eq!(road.phases[4].state, PhaseState::InProgress);
    assert_eq!(road.phases[4].detail, "first audit planned for 2027-01-10");
    assert_eq!(road.phases[5].state, PhaseState::NotStarted);
    let kinds: Vec<WarningKind> = road.warnings.iter().map(|w| w.kind).collect();
    assert_eq!(kinds, [WarningKind::NoReviewBeforeStageOne]);
    assert_eq!(
        road.warnings[0].message,
        "No management review is held or planned by the stage 1 target (2027-01-31). \
         Certification bodies usually expect one before stage 1: plan it in the register."
    );
}

#[test]
fn warnings_say_where_the_plan_cannot_reach_the_dates() {
    use WarningKind::*;
    // (stage 1, stage 2, warnings beyond none), on 2026-11-23 with `ready()`'s audit and
    // review held.
    let cases: [(Option<&str>, Option<&str>, Vec<WarningKind>); 9] = [
        (None, None, vec![]),
        (Some("2027-01-15"), Some("2027-03-01"), vec![]),
        (Some("2027-01-15"), Some("2027-02-05"), vec![StagesTooClose]),
        (Some("2027-01-15"), Some("2027-02-12"), vec![]),
        (
            Some("2027-01-15"),
            Some("2027-07-20"),
            vec![StagesTooFarApart],
        ),
        (
            Some("2027-01-15"),
            Some("2027-01-15"),
            vec![StageTwoNotAfterStageOne],
        ),
        (None, Some("2027-03-01"), vec![StageTwoWithoutStageOne]),
        // Stage 1 passed with stage 2 ahead is the normal course; both passed is not.
        (Some("2026-11-01"), Some("2027-01-10"), vec![]),
        (
            Some("2026-09-01"),
            Some("2026-11-01"),
            vec![
                TargetPassed,
                TargetPassed,
                NoAuditBeforeStageOne,
                NoReviewBeforeStageOne,
            ],
        ),
    ];
    for (one, two, expected) in cases {
        let mut assessment = ready();
        targets(&mut assessment, one, two);
        assert_eq!(warnings(&assessment, today()), expected, "{one:?} {two:?}");
    }
    // Without today, no date has passed.
    let mut assessment = ready();
    targets(&mut assessment, Some("2026-10-20"), Some("2026-11-20"));
    assert_eq!(warnings(&assessment, None), []);
}

#[test]
fn open_actions_due_after_a_stage_are_counted_in_a_warning() {
    let mut assessment = ready();
    targets(&mut assessment, Some("2027-01-15"), Some("2027-03-01"));
    own_action(&mut assessment, "2027-01-10");
    own_action(&mut assessment, "2027-02-01");
    own_action(&mut assessment, "2027-02-20");
    own_action(&mut assessment, "2027-04-01");
    let road = timeline(&assessment, catalog(), today());
    let placed: Vec<(&str, Slot)> = road
        .actions
        .iter()
        .map(|a| (a.title.as_str(), a.slot))
        .collect();
    assert_eq!(
        placed,
        [
            ("Due 2027-01-10", Slot::BeforeStageOne),
            ("Due 2027-02-01", Slot::BeforeStageTwo),
            ("Due 2027-02-20", Slot::BeforeStageTwo),
            ("Due 2027-04-01", Slot::AfterStageTwo),
            ("Hire a second data scientist", Slot::Undated),
        ]
    );
    let messages: Vec<&str> = road.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "2 open actions are due after the stage 1 target (2027-01-15). Work still open at \
             stage 1 may show as gaps: bring it forward, or check it can wait for stage 2.",
            "1 open action is due after the stage 2 target (2027-03-01). Bring them forward or \
             move the target: the auditors expect the work done by then.",
        ]
    );
}
