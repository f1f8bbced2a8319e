//! The action plan: which gaps become actions and with which proposed priority, how the
//! actions follow the answers, where edits land (item records, treatment actions, the plan's
//! updates), custom actions and their IDs, overdue, filters and order, and the CSV export.

use aims_assess::domain::action_plan::{
    self, ActionError, ActionFilter, ActionKind, ActionOrder, ActionPlan, ActionStatus,
    ActionUpdate, CustomAction, PlannedAction, Priority,
};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::{catalog, QuestionKind};
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::risk::{Risk, RiskRegister, RiskStatus, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::scoring::Summary;
use aims_assess::domain::soa::Applicability;
use aims_assess::io::csv_actions::{write_actions_csv, ACTIONS_HEADER};
use aims_assess::io::csv_out::UTF8_BOM;

use Answer::{No, Partly, Yes};
use Priority::{High, Low, Medium};

fn date(text: &str) -> IsoDate {
    text.parse().expect("a valid date")
}

/// Answers the item's requirement questions in order with `answers`; later ones stay
/// unanswered, and so do its good-practice questions (which never change an item's status).
fn answer(assessment: &mut Assessment, item_id: &str, answers: &[Answer]) {
    let item = catalog().item(item_id).expect("a catalog item");
    let requirements = item
        .questions
        .iter()
        .filter(|question| question.kind == QuestionKind::Requirement);
    for (question, answer) in requirements.zip(answers) {
        assessment
            .set_answer(catalog(), item_id, question.id, Some(*answer))
            .expect("a valid answer");
    }
}

/// Answers every question of the item, good practice too, the same way.
fn answer_all(assessment: &mut Assessment, item_id: &str, value: Answer) {
    let item = catalog().item(item_id).expect("a catalog item");
    for question in item.questions {
        assessment
            .set_answer(catalog(), item_id, question.id, Some(value))
            .expect("a valid answer");
    }
}

fn evidence(assessment: &mut Assessment, item_id: &str, text: &str) {
    assessment
        .set_text(catalog(), item_id, TextField::Evidence, text.to_owned())
        .expect("a known item");
}

fn decide(assessment: &mut Assessment, control: &str, applicability: Applicability, why: &str) {
    assessment
        .soa
        .edit(catalog(), control, |decision| {
            decision.applicability = applicability;
            decision.justification = why.to_owned();
        })
        .expect("a known control");
}

/// A risk rated (likelihood, consequence) on the default criteria, treated with `controls`,
/// with treatment actions described by `actions`.
fn risk(rating: Option<(u8, u8)>, controls: &[&str], actions: &[&str]) -> Risk {
    Risk {
        title: "Biased shortlists".into(),
        inherent: rating.map(|(l, c)| Rating::new(l, c)),
        controls: controls.iter().map(|id| (*id).to_owned()).collect(),
        actions: actions
            .iter()
            .map(|text| TreatmentAction {
                description: (*text).to_owned(),
                ..TreatmentAction::default()
            })
            .collect(),
        ..Risk::default()
    }
}

fn derive(assessment: &Assessment) -> Vec<PlannedAction> {
    let summary = Summary::compute(catalog(), assessment);
    action_plan::derive(catalog(), assessment, &summary)
}

fn find<'a>(actions: &'a [PlannedAction], key: &str) -> &'a PlannedAction {
    actions
        .iter()
        .find(|action| action.key == key)
        .unwrap_or_else(|| panic!("no action {key} in {actions:#?}"))
}

/// The derived actions of an assessment set up by `setup`, as (key, proposed priority), must
/// be exactly `expected`, in this order.
fn check(name: &str, setup: impl FnOnce(&mut Assessment), expected: &[(&str, Priority)]) {
    let mut assessment = Assessment::named(name);
    setup(&mut assessment);
    let actual: Vec<(String, Priority)> = derive(&assessment)
        .into_iter()
        .map(|action| (action.key, action.proposed_priority))
        .collect();
    let expected: Vec<(String, Priority)> = expected
        .iter()
        .map(|(key, priority)| ((*key).to_owned(), *priority))
        .collect();
    assert_eq!(actual, expected, "{name}");
}

#[test]
fn answered_gaps_become_item_actions_with_their_proposed_priority() {
    check("nothing answered", |_| {}, &[]);
    // 4.1 (five requirement questions, no documented information).
    check(
        "all No",
        |a| answer_all(a, "4.1", No),
        &[("item:4.1", High)],
    );
    check("all Yes", |a| answer_all(a, "4.1", Yes), &[]);
    check(
        "all Partly (50%)",
        |a| answer_all(a, "4.1", Partly),
        &[("item:4.1", Medium)],
    );
    check(
        "80%: largely",
        |a| answer(a, "4.1", &[Yes, Yes, Yes, Yes, No]),
        &[("item:4.1", Low)],
    );
    check(
        "one No, the rest unanswered: answered and not implemented",
        |a| answer(a, "4.1", &[No]),
        &[("item:4.1", High)],
    );
    // 7.4: four requirement questions, no documented information.
    check(
        "a clause item partly implemented stays Medium",
        |a| answer(a, "7.4", &[Yes, No, No, No]),
        &[("item:7.4", Medium)],
    );
    check(
        "good-practice answers alone make no action",
        |a| {
            answer(a, "7.4", &[Yes, Yes, Yes, Yes]);
            let item = catalog().item("7.4").expect("7.4");
            for question in item.questions {
                if question.kind == QuestionKind::GoodPractice {
                    a.set_answer(catalog(), "7.4", question.id, Some(No))
                        .expect("a valid answer");
                }
            }
        },
        &[],
    );
    // A.2.3: a control without documented information.
    check(
        "a control not implemented, no risk uses it",
        |a| answer_all(a, "A.2.3", No),
        &[("item:A.2.3", Medium)],
    );
    check(
        "excluded with a justification: not applicable, no action",
        |a| {
            answer_all(a, "A.2.3", No);
            decide(
                a,
                "A.2.3",
                Applicability::NotApplicable,
                "No other policies.",
            );
        },
        &[],
    );
    check(
        "excluded without a justification: still in scope",
        |a| {
            answer_all(a, "A.2.3", No);
            decide(a, "A.2.3", Applicability::NotApplicable, "  ");
        },
        &[("item:A.2.3", Medium)],
    );
    check(
        "a control undecided with nothing answered: no action",
        |a| decide(a, "A.2.3", Applicability::Applicable, ""),
        &[],
    );
}

#[test]
fn a_control_is_urgent_when_a_live_risk_above_the_limit_relies_on_it() {
    // (risk rating, risk status, answers to A.2.3, proposed priority of item:A.2.3)
    let cases = [
        (Some((5, 5)), RiskStatus::Open, No, High),
        (Some((3, 4)), RiskStatus::Treated, No, High),
        (Some((3, 4)), RiskStatus::Accepted, No, High),
        (Some((3, 3)), RiskStatus::Open, No, Medium),
        (Some((1, 1)), RiskStatus::Open, No, Medium),
        (None, RiskStatus::Open, No, Medium),
        (Some((5, 5)), RiskStatus::Closed, No, Medium),
        (Some((5, 5)), RiskStatus::Open, Partly, Medium),
    ];
    for (rating, status, value, expected) in cases {
        check(
            &format!("{rating:?} {status:?} {value:?}"),
            |a| {
                answer_all(a, "A.2.3", value);
                a.risks
                    .add(Risk {
                        status,
                        ..risk(rating, &["A.2.3"], &[])
                    })
                    .unwrap();
            },
            &[("item:A.2.3", expected)],
        );
    }
    // The risk counts as it stands: the inherent rating until its treatment is done, then
    // the residual one.
    let done = |status| {
        move |a: &mut Assessment| {
            answer_all(a, "A.2.3", No);
            a.risks
                .add(Risk {
                    residual: Some(Rating::new(1, 1)),
                    status,
                    ..risk(
                        Some((5, 5)),
                        &["A.2.3"],
                        &["Switch off automatic rejection"],
                    )
                })
                .unwrap();
        }
    };
    check(
        "critical before treatment, low residual planned: still High",
        done(RiskStatus::Open),
        &[("item:A.2.3", High), ("risk:R1:1", High)],
    );
    check(
        "critical before treatment, low after, treated: Medium",
        done(RiskStatus::Treated),
        &[("item:A.2.3", Medium), ("risk:R1:1", Low)],
    );
    check(
        "a critical risk that uses another control",
        |a| {
            answer_all(a, "A.2.3", No);
            a.risks.add(risk(Some((5, 5)), &["A.2.4"], &[])).unwrap();
        },
        &[("item:A.2.3", Medium)],
    );
}

#[test]
fn documented_information_without_evidence_is_an_action_once_the_item_is_answered() {
    // 4.3 and A.4.2 call for documented information; 4.1 does not.
    check("4.3 unanswered", |_| {}, &[]);
    check(
        "4.3 fully implemented, no evidence",
        |a| answer_all(a, "4.3", Yes),
        &[("doc:4.3", High)],
    );
    check(
        "4.3 fully implemented, with evidence",
        |a| {
            answer_all(a, "4.3", Yes);
            evidence(a, "4.3", "Scope statement v2, SharePoint");
        },
        &[],
    );
    check(
        "evidence of spaces only counts as none",
        |a| {
            answer_all(a, "4.3", Yes);
            evidence(a, "4.3", " \n ");
        },
        &[("doc:4.3", High)],
    );
    check(
        "4.3 not implemented: both actions",
        |a| answer_all(a, "4.3", No),
        &[("item:4.3", High), ("doc:4.3", High)],
    );
    check(
        "a control's documented information is Medium",
        |a| answer_all(a, "A.4.2", Yes),
        &[("doc:A.4.2", Medium)],
    );
    check(
        "a justified exclusion needs no documents",
        |a| {
            answer_all(a, "A.4.2", Yes);
            decide(
                a,
                "A.4.2",
                Applicability::NotApplicable,
                "We use no AI at all.",
            );
        },
        &[],
    );
    check(
        "no documented information called for",
        |a| answer_all(a, "4.1", Yes),
        &[],
    );
}

#[test]
fn live_risks_give_one_action_per_treatment_step_by_their_band() {
    // Default criteria: Low, Medium, High, Critical; Low and Medium acceptable.
    // (rating, proposed priority of its actions)
    let cases = [
        (Some((1, 1)), Low),
        (Some((3, 3)), Medium),
        (Some((3, 4)), High),
        (Some((5, 5)), High),
        (None, Medium),
    ];
    for (rating, expected) in cases {
        check(
            &format!("{rating:?}"),
            |a| {
                a.risks
                    .add(risk(rating, &[], &["Retrain", "Review"]))
                    .unwrap();
            },
            &[("risk:R1:1", expected), ("risk:R1:2", expected)],
        );
    }
    check(
        "a closed risk's actions are not in the plan",
        |a| {
            a.risks
                .add(Risk {
                    status: RiskStatus::Closed,
                    ..risk(Some((5, 5)), &[], &["Retrain"])
                })
                .unwrap();
        },
        &[],
    );
    check(
        "the top band is High even where it may be accepted",
        |a| {
            a.risks.criteria.set_acceptable_up_to(3).expect("a band");
            a.risks.add(risk(Some((5, 5)), &[], &["Retrain"])).unwrap();
            a.risks.add(risk(Some((3, 4)), &[], &["Review"])).unwrap();
        },
        &[("risk:R1:1", High), ("risk:R2:1", Medium)],
    );
    check(
        "a risk without actions gives none",
        |a| {
            a.risks.add(risk(Some((5, 5)), &[], &[])).unwrap();
        },
        &[],
    );
}

#[test]
fn actions_come_in_catalog_order_with_custom_actions_beside_their_item() {
    let mut assessment = Assessment::named("order");
    answer_all(&mut assessment, "A.2.3", No);
    answer_all(&mut assessment, "4.3", No);
    answer_all(&mut assessment, "4.1", Partly);
    assessment
        .risks
        .add(risk(Some((1, 1)), &[], &["", "Retrain"]))
        .unwrap();
    let loose =
        action_plan::add_custom(&mut assessment.actions, "Book the auditor".into()).unwrap();
    let attached = action_plan::add_custom(&mut assessment.actions, "Draft scope".into()).unwrap();
    assessment
        .actions
        .edit_custom(&attached, |action| action.item_id = "4.3".into())
        .expect("a custom action");
    let actions = derive(&assessment);
    let keys: Vec<&str> = actions.iter().map(|action| action.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "item:4.1",
            "item:4.3",
            "doc:4.3",
            "A2",
            "item:A.2.3",
            "risk:R1:1",
            "risk:R1:2",
            "A1"
        ]
    );
    assert_eq!(loose, "A1");
    let titles: Vec<&str> = actions.iter().map(|action| action.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Close the gaps in 4.1 Understanding the organization and its context",
            "Implement 4.3 Determining the scope of the AI management system",
            "Record the documented information for 4.3 Determining the scope of the AI \
             management system",
            "Draft scope",
            "Implement A.2.3 Alignment with other organizational policies",
            "Treatment action 1 of R1",
            "Retrain",
            "Book the auditor",
        ]
    );
    let kinds: Vec<ActionKind> = actions.iter().map(|action| action.kind).collect();
    use ActionKind::*;
    assert_eq!(
        kinds,
        [
            Item,
            Item,
            DocumentedInformation,
            Custom,
            Item,
            RiskTreatment,
            RiskTreatment,
            Custom
        ]
    );
    let risk_action = find(&actions, "risk:R1:2");
    assert_eq!(risk_action.risk_id.as_deref(), Some("R1"));
    assert_eq!(risk_action.item_id, None);
    assert_eq!(find(&actions, "A2").item_id.as_deref(), Some("4.3"));
    assert_eq!(find(&actions, "A1").item_id, None);
}

#[test]
fn an_update_stays_with_its_key_while_the_gap_closes_and_opens_again() {
    // 7.4 has four requirement questions and calls for no documented information.
    let mut assessment = Assessment::named("sync");
    answer_all(&mut assessment, "7.4", No);
    action_plan::set_notes(&mut assessment, catalog(), "item:7.4", "Ask Ana".into())
        .expect("a known action");
    action_plan::set_status(
        &mut assessment,
        catalog(),
        "item:7.4",
        ActionStatus::InProgress,
    )
    .expect("a known action");
    let action = find(&derive(&assessment), "item:7.4").clone();
    assert_eq!(
        (action.status, action.notes.as_str()),
        (ActionStatus::InProgress, "Ask Ana")
    );

    answer_all(&mut assessment, "7.4", Yes);
    assert!(derive(&assessment).is_empty(), "the gap is closed");
    assert!(
        assessment.actions.updates.contains_key("item:7.4"),
        "the update is kept"
    );

    answer(&mut assessment, "7.4", &[No]);
    let back = find(&derive(&assessment), "item:7.4").clone();
    assert_eq!(back.status, ActionStatus::InProgress);
    assert_eq!(back.notes, "Ask Ana");
    assert_eq!(back.proposed_priority, Low, "one No of four: largely");
}

#[test]
fn a_chosen_priority_overrides_the_proposal_until_it_is_reset() {
    let mut assessment = Assessment::named("priority");
    answer_all(&mut assessment, "6.3", No);
    let priority = |assessment: &Assessment| {
        let action = find(&derive(assessment), "item:6.3").clone();
        (action.proposed_priority, action.priority)
    };
    assert_eq!(priority(&assessment), (High, High));

    action_plan::set_priority(&mut assessment, catalog(), "item:6.3", Some(Low))
        .expect("a known action");
    assert_eq!(priority(&assessment), (High, Low));
    answer_all(&mut assessment, "6.3", Partly);
    assert_eq!(
        priority(&assessment),
        (Medium, Low),
        "the choice outlives a new proposal"
    );

    action_plan::set_priority(&mut assessment, catalog(), "item:6.3", None)
        .expect("a known action");
    assert_eq!(priority(&assessment), (Medium, Medium));
    assert!(
        assessment.actions.updates.is_empty(),
        "a default update is not stored"
    );

    // A custom action's priority is its own; None leaves it.
    let id = action_plan::add_custom(&mut assessment.actions, "Own".into()).unwrap();
    action_plan::set_priority(&mut assessment, catalog(), &id, Some(High)).expect("custom");
    action_plan::set_priority(&mut assessment, catalog(), &id, None).expect("custom");
    let own = find(&derive(&assessment), &id).clone();
    assert_eq!((own.proposed_priority, own.priority), (High, High));
    assert!(assessment.actions.updates.is_empty());
}

#[test]
fn owner_and_due_date_live_in_the_item_the_risk_action_or_the_custom_action() {
    let mut assessment = Assessment::named("owners");
    answer_all(&mut assessment, "4.3", No);
    assessment
        .risks
        .add(risk(Some((5, 5)), &[], &["Retrain", "Review"]))
        .unwrap();
    let custom = action_plan::add_custom(&mut assessment.actions, "Own".into()).unwrap();
    let due = Some(date("2027-01-31"));

    action_plan::set_owner(&mut assessment, catalog(), "item:4.3", "Ana".into()).expect("item");
    action_plan::set_due_date(&mut assessment, catalog(), "doc:4.3", due).expect("doc");
    let record = assessment.item("4.3").expect("a record");
    assert_eq!((record.owner.as_str(), record.due_date), ("Ana", due));
    let actions = derive(&assessment);
    for key in ["item:4.3", "doc:4.3"] {
        let action = find(&actions, key);
        assert_eq!(
            (action.owner.as_str(), action.due_date),
            ("Ana", due),
            "{key}"
        );
    }

    action_plan::set_owner(&mut assessment, catalog(), "risk:R1:2", "Ops".into()).expect("risk");
    action_plan::set_due_date(&mut assessment, catalog(), "risk:R1:2", due).expect("risk");
    let step = &assessment.risks.risks[0].actions[1];
    assert_eq!((step.owner.as_str(), step.due_date), ("Ops", due));
    assert_eq!(assessment.risks.risks[0].actions[0].owner, "");
    assert_eq!(find(&derive(&assessment), "risk:R1:2").owner, "Ops");

    action_plan::set_owner(&mut assessment, catalog(), &custom, "Kim".into()).expect("custom");
    action_plan::set_due_date(&mut assessment, catalog(), &custom, due).expect("custom");
    let own = &assessment.actions.custom[0];
    assert_eq!((own.owner.as_str(), own.due_date), ("Kim", due));
    // The owner filter offers each owner once, in order; an action without one adds nothing
    // (the item's two actions share "Ana", and risk R1's first step has no owner).
    assert_eq!(
        action_plan::owners(&derive(&assessment)),
        ["Ana", "Kim", "Ops"]
    );
    assert!(
        assessment.actions.updates.is_empty(),
        "owner and due date are never kept twice"
    );

    // Clearing the owner and date of an item leaves no empty record behind.
    action_plan::set_owner(&mut assessment, catalog(), "doc:4.3", String::new()).expect("doc");
    action_plan::set_due_date(&mut assessment, catalog(), "item:4.3", None).expect("item");
    assert_eq!(assessment.item("4.3").map(|r| r.owner.as_str()), Some(""));
    assert_eq!(assessment.item("4.3").and_then(|r| r.due_date), None);
}

#[test]
fn a_risk_action_is_done_exactly_when_its_treatment_step_is() {
    let mut assessment = Assessment::named("done");
    assessment
        .risks
        .add(risk(Some((3, 3)), &[], &["Retrain"]))
        .unwrap();
    let key = "risk:R1:1";
    let state = |assessment: &Assessment| {
        (
            find(&derive(assessment), key).status,
            assessment.risks.risks[0].actions[0].done,
            assessment.actions.updates.len(),
        )
    };
    // (status set, derived status, done, updates stored)
    let cases = [
        (ActionStatus::Done, ActionStatus::Done, true, 0),
        (ActionStatus::InProgress, ActionStatus::InProgress, false, 1),
        (ActionStatus::Done, ActionStatus::Done, true, 0),
        (ActionStatus::Open, ActionStatus::Open, false, 0),
    ];
    for (set, status, done, stored) in cases {
        action_plan::set_status(&mut assessment, catalog(), key, set).expect("a risk action");
        assert_eq!(state(&assessment), (status, done, stored), "{set:?}");
    }
    // Ticking the step in the register is seen by the plan, and unticking it gives back the
    // "in progress" kept in the plan.
    action_plan::set_status(&mut assessment, catalog(), key, ActionStatus::InProgress)
        .expect("a risk action");
    assessment.risks.risks[0].actions[0].done = true;
    assert_eq!(find(&derive(&assessment), key).status, ActionStatus::Done);
    assessment.risks.risks[0].actions[0].done = false;
    assert_eq!(
        find(&derive(&assessment), key).status,
        ActionStatus::InProgress
    );
    // A stored "done" without the step being done (from an old or edited file) reads as open.
    assessment.actions.updates.insert(
        key.into(),
        ActionUpdate {
            status: ActionStatus::Done,
            ..ActionUpdate::default()
        },
    );
    assert_eq!(find(&derive(&assessment), key).status, ActionStatus::Open);
}

#[test]
fn item_and_custom_statuses_are_kept_in_the_plan() {
    let mut assessment = Assessment::named("status");
    answer_all(&mut assessment, "4.1", No);
    let custom = action_plan::add_custom(&mut assessment.actions, "Own".into()).unwrap();
    for key in ["item:4.1", custom.as_str()] {
        action_plan::set_status(&mut assessment, catalog(), key, ActionStatus::Done)
            .expect("known");
        assert_eq!(find(&derive(&assessment), key).status, ActionStatus::Done);
    }
    assert_eq!(assessment.actions.custom[0].status, ActionStatus::Done);
    assert_eq!(
        assessment.actions.updates.get("item:4.1").map(|u| u.status),
        Some(ActionStatus::Done)
    );
    action_plan::set_status(&mut assessment, catalog(), "item:4.1", ActionStatus::Open)
        .expect("known");
    assert!(assessment.actions.updates.is_empty());
}

#[test]
fn edits_of_unknown_actions_are_refused_and_change_nothing() {
    let mut assessment = Assessment::named("unknown");
    assessment
        .risks
        .add(risk(Some((3, 3)), &[], &["Retrain", "Review"]))
        .unwrap();
    action_plan::add_custom(&mut assessment.actions, "Own".into()).unwrap();
    let before = assessment.clone();
    let keys = [
        "",
        "item:",
        "item:99.9",
        "item:6.1",
        "doc:4.1", // 4.1 calls for no documented information
        "doc:99",
        "risk:R1:0",
        "risk:R1:3",
        "risk:R1:x",
        "risk:R1",
        "risk:R9:1",
        "A2",
        "a1",
        "custom:A1",
    ];
    for key in keys {
        let unknown = Err(ActionError::UnknownAction(key.to_owned()));
        let mut copy = assessment.clone();
        let c = catalog();
        assert_eq!(
            action_plan::set_owner(&mut copy, c, key, "x".into()),
            unknown
        );
        assert_eq!(action_plan::set_due_date(&mut copy, c, key, None), unknown);
        assert_eq!(
            action_plan::set_status(&mut copy, c, key, ActionStatus::Done),
            unknown
        );
        assert_eq!(
            action_plan::set_priority(&mut copy, c, key, Some(Low)),
            unknown
        );
        assert_eq!(
            action_plan::set_notes(&mut copy, c, key, "x".into()),
            unknown
        );
        assert_eq!(copy, before, "{key:?}");
    }
    assert_eq!(
        ActionError::UnknownAction("A9".into()).to_string(),
        "there is no action A9"
    );
    // Updates may be kept for an item whose gap is closed: the key is known.
    action_plan::set_notes(&mut assessment, catalog(), "item:6.1.2", "Later".into())
        .expect("a catalog item");
    assert!(derive(&assessment).iter().all(|a| a.key != "item:6.1.2"));
}

#[test]
fn custom_actions_get_ids_that_are_never_given_again() {
    let mut plan = ActionPlan::default();
    assert_eq!(
        action_plan::add_custom(&mut plan, "One".into()).unwrap(),
        "A1"
    );
    assert_eq!(
        action_plan::add_custom(&mut plan, "Two".into()).unwrap(),
        "A2"
    );
    let (index, removed) = action_plan::remove_custom(&mut plan, "A2").expect("A2 exists");
    assert_eq!((index, removed.title.as_str()), (1, "Two"));
    assert_eq!(
        action_plan::add_custom(&mut plan, "Three".into()).unwrap(),
        "A3",
        "A2 is not reused"
    );
    let (index, first) = action_plan::remove_custom(&mut plan, "A1").expect("A1 exists");
    assert_eq!(index, 0);
    action_plan::restore_custom(&mut plan, index, first);
    let ids: Vec<&str> = plan.custom.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["A1", "A3"], "restored where it was");
    action_plan::restore_custom(&mut plan, 99, removed);
    let ids: Vec<&str> = plan.custom.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["A1", "A3", "A2"], "past the end: appended");
    assert_eq!(
        action_plan::remove_custom(&mut plan, "A7"),
        Err(ActionError::UnknownAction("A7".into()))
    );
    assert_eq!(plan.next_number, 4);

    // A plan read from a file whose counter lags behind its IDs still never repeats one.
    let mut read = ActionPlan {
        custom: vec![CustomAction {
            id: "A5".into(),
            ..CustomAction::default()
        }],
        ..ActionPlan::default()
    };
    assert_eq!(
        action_plan::add_custom(&mut read, "Next".into()).unwrap(),
        "A6"
    );
    let mut ahead = ActionPlan {
        next_number: 9,
        ..ActionPlan::default()
    };
    assert_eq!(
        action_plan::add_custom(&mut ahead, "Next".into()).unwrap(),
        "A9"
    );

    plan.edit_custom("A3", |action| action.title = "Renamed".into())
        .expect("A3 exists");
    assert_eq!(plan.custom[1].title, "Renamed");
    assert_eq!(
        plan.edit_custom("A8", |_| {}),
        Err(ActionError::UnknownAction("A8".into()))
    );
}

#[test]
fn removing_a_treatment_step_moves_the_later_updates_down() {
    let mut plan = ActionPlan::default();
    let note = |text: &str| ActionUpdate {
        notes: text.into(),
        ..ActionUpdate::default()
    };
    for (key, text) in [
        ("risk:R1:1", "one"),
        ("risk:R1:2", "two"),
        ("risk:R1:4", "four"),
        ("risk:R10:3", "other risk"),
        ("item:4.1", "item"),
    ] {
        plan.updates.insert(key.into(), note(text));
    }
    assert_eq!(plan.treatment_action_removed("R1", 2), Some(note("two")));
    // In key order ("R10:" sorts before "R1:"); R10's update is not R1's.
    let entries: Vec<(&str, &str)> = plan
        .updates
        .iter()
        .map(|(key, update)| (key.as_str(), update.notes.as_str()))
        .collect();
    assert_eq!(
        entries,
        [
            ("item:4.1", "item"),
            ("risk:R10:3", "other risk"),
            ("risk:R1:1", "one"),
            ("risk:R1:3", "four"),
        ]
    );
    assert_eq!(plan.treatment_action_removed("R1", 7), None);
    assert_eq!(plan.updates.len(), 4);
}

fn planned(
    key: &str,
    priority: Priority,
    status: ActionStatus,
    due: Option<&str>,
) -> PlannedAction {
    PlannedAction {
        key: key.into(),
        kind: ActionKind::Item,
        title: format!("Action {key}"),
        item_id: None,
        risk_id: None,
        record: None,
        owner: String::new(),
        due_date: due.map(date),
        risk_band: None,
        proposed_priority: priority,
        priority,
        status,
        notes: String::new(),
    }
}

#[test]
fn an_action_is_overdue_when_past_its_date_and_not_done() {
    use ActionStatus::*;
    // (due date, status, today, overdue)
    let cases = [
        (Some("2027-01-31"), Open, Some("2027-02-01"), true),
        (Some("2027-01-31"), InProgress, Some("2027-02-01"), true),
        (Some("2027-01-31"), Done, Some("2027-02-01"), false),
        (Some("2027-01-31"), Open, Some("2027-01-31"), false),
        (Some("2027-01-31"), Open, Some("2027-01-30"), false),
        (None, Open, Some("2027-02-01"), false),
        (Some("2027-01-31"), Open, None, false),
    ];
    for (due, status, today, overdue) in cases {
        let action = planned("x", Medium, status, due);
        assert_eq!(
            action.is_overdue(today.map(date)),
            overdue,
            "{due:?} {status:?} {today:?}"
        );
    }
}

/// Actions in the order `derive` would give them, for the filter and order tests.
fn sample() -> Vec<PlannedAction> {
    use ActionStatus::*;
    let mut actions = vec![
        planned("item:4.1", Medium, Open, Some("2027-03-01")),
        planned("item:5.2", High, InProgress, None),
        planned("doc:5.2", High, Open, Some("2027-01-15")),
        planned("item:A.2.3", Low, Done, Some("2027-01-01")),
        planned("risk:R1:1", High, Open, Some("2027-03-01")),
        planned("A1", Medium, InProgress, Some("2027-01-15")),
    ];
    actions[2].kind = ActionKind::DocumentedInformation;
    actions[4].kind = ActionKind::RiskTreatment;
    actions[5].kind = ActionKind::Custom;
    actions[0].owner = "Ana".into();
    actions[2].owner = " Ana ".into();
    actions[4].owner = "Ops".into();
    actions
}

#[test]
fn filters_and_orders_give_a_stable_list() {
    let actions = sample();
    let today = Some(date("2027-02-01"));
    let all = ActionFilter::default();
    // (filter, order, keys in order)
    let cases: Vec<(ActionFilter, ActionOrder, Vec<&str>)> = vec![
        (
            all.clone(),
            ActionOrder::Item,
            vec![
                "item:4.1",
                "item:5.2",
                "doc:5.2",
                "item:A.2.3",
                "risk:R1:1",
                "A1",
            ],
        ),
        (
            all.clone(),
            ActionOrder::Priority,
            vec![
                "doc:5.2",
                "risk:R1:1",
                "item:5.2",
                "A1",
                "item:4.1",
                "item:A.2.3",
            ],
        ),
        (
            all.clone(),
            ActionOrder::DueDate,
            vec![
                "item:A.2.3",
                "doc:5.2",
                "A1",
                "risk:R1:1",
                "item:4.1",
                "item:5.2",
            ],
        ),
        (
            all.clone(),
            ActionOrder::Status,
            vec![
                "doc:5.2",
                "risk:R1:1",
                "item:4.1",
                "item:5.2",
                "A1",
                "item:A.2.3",
            ],
        ),
        (
            ActionFilter {
                status: Some(ActionStatus::InProgress),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["item:5.2", "A1"],
        ),
        (
            ActionFilter {
                priority: Some(High),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["item:5.2", "doc:5.2", "risk:R1:1"],
        ),
        (
            ActionFilter {
                kind: Some(ActionKind::Custom),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["A1"],
        ),
        (
            ActionFilter {
                owner: Some("Ana ".into()),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["item:4.1", "doc:5.2"],
        ),
        (
            ActionFilter {
                owner: Some(String::new()),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["item:5.2", "item:A.2.3", "A1"],
        ),
        (
            ActionFilter {
                overdue_only: true,
                ..all.clone()
            },
            ActionOrder::DueDate,
            vec!["doc:5.2", "A1"],
        ),
        (
            ActionFilter {
                overdue_only: true,
                priority: Some(Medium),
                ..all.clone()
            },
            ActionOrder::Item,
            vec!["A1"],
        ),
    ];
    for (filter, order, expected) in cases {
        let keys: Vec<&str> = action_plan::listed(&actions, &filter, order, today)
            .into_iter()
            .map(|action| action.key.as_str())
            .collect();
        assert_eq!(keys, expected, "{filter:?} {order:?}");
    }
    // Without today's date nothing is overdue.
    let overdue = ActionFilter {
        overdue_only: true,
        ..all
    };
    assert!(action_plan::listed(&actions, &overdue, ActionOrder::Item, None).is_empty());
}

/// The rows of a CSV text as the csv crate reads them, after its byte-order mark.
fn rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.strip_prefix(UTF8_BOM).expect("a BOM").as_bytes())
        .records()
        .map(|record| {
            record
                .expect("valid CSV")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// The example in docs/CSV.md ("The action plan CSV"), after its byte-order mark.
const DOCUMENTED_EXAMPLE: &str = "\
Key,Kind,Item,Risk,Action,Owner,Due date,Priority,Status,Overdue,Notes
item:4.3,Gap,4.3,,Implement 4.3 Determining the scope of the AI management system,Ana,2027-01-31,High,Open,Yes,
doc:4.3,Documented information,4.3,,Record the documented information for 4.3 Determining the scope of the AI management system,Ana,2027-01-31,High,Open,Yes,
risk:R1:1,Risk treatment,,R1,\"Retrain, then \"\"check\"\"\",,,High,In progress,No,'=ask Ops first
";

#[test]
fn the_csv_is_the_documented_example() {
    let mut assessment = Assessment::named("csv");
    answer_all(&mut assessment, "4.3", No);
    assessment
        .risks
        .add(risk(Some((5, 5)), &[], &["Retrain, then \"check\""]))
        .unwrap();
    let c = catalog();
    action_plan::set_owner(&mut assessment, c, "item:4.3", "Ana".into()).expect("item");
    action_plan::set_due_date(&mut assessment, c, "doc:4.3", Some(date("2027-01-31")))
        .expect("doc");
    action_plan::set_status(&mut assessment, c, "risk:R1:1", ActionStatus::InProgress)
        .expect("risk");
    action_plan::set_notes(&mut assessment, c, "risk:R1:1", "=ask Ops first".into()).expect("risk");
    let actions = derive(&assessment);
    let shown: Vec<&PlannedAction> = actions.iter().collect();
    let text = write_actions_csv(&shown, Some(date("2027-02-01")));
    assert_eq!(text, format!("{UTF8_BOM}{DOCUMENTED_EXAMPLE}"));
    let table = rows(&text);
    assert_eq!(table[0], ACTIONS_HEADER);
    assert_eq!(table[3][4], "Retrain, then \"check\"");
    assert_eq!(table[3][10], "'=ask Ops first");

    // Today unknown: the Overdue column is empty.
    let undated = rows(&write_actions_csv(&shown, None));
    assert!(undated[1..].iter().all(|row| row[9].is_empty()));
    // A line break in a cell is quoted.
    action_plan::set_notes(&mut assessment, c, "item:4.3", "Two\nlines".into()).expect("item");
    let actions = derive(&assessment);
    let text = write_actions_csv(&[&actions[0]], None);
    assert!(text.ends_with(",High,Open,,\"Two\nlines\"\n"), "{text:?}");
    // Nothing shown: the header alone.
    assert_eq!(
        write_actions_csv(&[], None),
        format!("{UTF8_BOM}{}\n", ACTIONS_HEADER.join(","))
    );
}

#[test]
fn formula_like_text_is_neutralised_in_the_csv() {
    let mut assessment = Assessment::named("formulas");
    let formulas = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "'quoted"];
    for text in formulas {
        let id = action_plan::add_custom(&mut assessment.actions, text.into()).unwrap();
        action_plan::set_owner(&mut assessment, catalog(), &id, text.into()).expect("custom");
        action_plan::set_notes(&mut assessment, catalog(), &id, text.into()).expect("custom");
    }
    let actions = derive(&assessment);
    let shown: Vec<&PlannedAction> = actions.iter().collect();
    let table = rows(&write_actions_csv(&shown, None));
    for (row, formula) in table[1..].iter().zip(formulas) {
        for column in [4, 5, 10] {
            assert_eq!(
                row[column],
                format!("'{formula}"),
                "{}",
                ACTIONS_HEADER[column]
            );
        }
        assert!(row
            .iter()
            .all(|cell| !cell.starts_with(['=', '+', '-', '@', '\t', '\r'])));
    }
    assert_eq!(table.len(), formulas.len() + 1);
}

/// The CV-screening tool's register: R1 "Biased shortlists" rated Critical before treatment
/// (likelihood 5, consequence 5) with a Low residual estimated, and its treatment action
/// "Switch off automatic rejection" (due in March); R2 a Medium risk with an earlier due date.
fn cv_screening(a: &mut Assessment, r1: impl FnOnce(&mut Risk)) {
    let mut critical = Risk {
        residual: Some(Rating::new(1, 2)),
        ..risk(
            Some((5, 5)),
            &["A.5.4"],
            &["Switch off automatic rejection"],
        )
    };
    critical.actions[0].due_date = Some(date("2027-03-31"));
    r1(&mut critical);
    a.risks.add(critical).unwrap();
    let mut medium = risk(Some((3, 3)), &[], &["Retrain the ranking model"]);
    medium.actions[0].due_date = Some(date("2027-01-15"));
    a.risks.add(medium).unwrap();
}

#[test]
fn a_risk_stands_at_its_inherent_level_until_its_treatment_is_done() {
    // (status, actions done, inherent, residual, treatment done, current rating)
    type Levels = Option<(u8, u8)>;
    type Case = (RiskStatus, &'static [bool], Levels, Levels, bool, Levels);
    let open = RiskStatus::Open;
    let cases: [Case; 10] = [
        (open, &[], Some((5, 5)), Some((1, 2)), false, Some((5, 5))),
        (
            open,
            &[false],
            Some((5, 5)),
            Some((1, 2)),
            false,
            Some((5, 5)),
        ),
        (
            open,
            &[true, false],
            Some((5, 5)),
            Some((1, 2)),
            false,
            Some((5, 5)),
        ),
        (
            open,
            &[true, true],
            Some((5, 5)),
            Some((1, 2)),
            true,
            Some((1, 2)),
        ),
        (
            RiskStatus::Treated,
            &[false],
            Some((5, 5)),
            Some((1, 2)),
            true,
            Some((1, 2)),
        ),
        (
            RiskStatus::Accepted,
            &[],
            Some((5, 5)),
            Some((3, 3)),
            true,
            Some((3, 3)),
        ),
        (
            RiskStatus::Closed,
            &[],
            Some((5, 5)),
            Some((1, 2)),
            true,
            Some((1, 2)),
        ),
        // Either rating stands in for the other while it is missing.
        (
            RiskStatus::Treated,
            &[],
            Some((4, 4)),
            None,
            true,
            Some((4, 4)),
        ),
        (open, &[], None, Some((2, 2)), false, Some((2, 2))),
        (open, &[], None, None, false, None),
    ];
    for (status, done, inherent, residual, treated, current) in cases {
        let r = Risk {
            status,
            inherent: inherent.map(|(l, c)| Rating::new(l, c)),
            residual: residual.map(|(l, c)| Rating::new(l, c)),
            actions: done
                .iter()
                .map(|done| TreatmentAction {
                    done: *done,
                    ..TreatmentAction::default()
                })
                .collect(),
            ..Risk::default()
        };
        let name = format!("{status:?} {done:?} {inherent:?} {residual:?}");
        assert_eq!(r.treatment_done(), treated, "{name}");
        assert_eq!(
            r.current_rating(),
            current.map(|(l, c)| Rating::new(l, c)),
            "{name}"
        );
        // Acceptance is always about the level the risk is to be kept at.
        assert_eq!(r.accepted_rating(), r.residual.or(r.inherent), "{name}");
    }
}

#[test]
fn a_critical_risk_being_treated_comes_first_in_the_plan_and_the_top_five() {
    // Four clause items not implemented give eight High actions before any risk action in
    // the catalog's order; the critical risk's treatment must still come first. Answering
    // 5.2 and 6.1.4 also answers the controls that share their questions (A.2.2 under 5.2,
    // most of A.5.2 under 6.1.4), whose actions are Medium and come after the risk's.
    let setup = |a: &mut Assessment| {
        for id in ["4.3", "5.2", "6.1.2", "6.1.4"] {
            answer_all(a, id, No);
        }
    };
    let mut assessment = Assessment::named("CV screening");
    setup(&mut assessment);
    cv_screening(&mut assessment, |_| {});
    let actions = derive(&assessment);
    let r1 = find(&actions, "risk:R1:1");
    assert_eq!((r1.proposed_priority, r1.risk_band), (High, Some(3)));
    let r2 = find(&actions, "risk:R2:1");
    assert_eq!((r2.proposed_priority, r2.risk_band), (Medium, Some(1)));
    let order: Vec<&str> = action_plan::listed(
        &actions,
        &ActionFilter::default(),
        ActionOrder::Priority,
        Some(date("2027-01-01")),
    )
    .into_iter()
    .map(|action| action.key.as_str())
    .collect();
    assert_eq!(
        order,
        [
            "risk:R1:1",
            "item:4.3",
            "doc:4.3",
            "item:5.2",
            "doc:5.2",
            "item:6.1.2",
            "doc:6.1.2",
            "item:6.1.4",
            "doc:6.1.4",
            "risk:R2:1",
            "item:A.2.2",
            "doc:A.2.2",
            "item:A.5.2",
        ]
    );

    // Once its treatment is done, the residual Low counts, and the action (done) leaves the
    // open list; were the status set to Treated with the action still open, it is Low.
    let mut treated = Assessment::named("CV screening, treated");
    setup(&mut treated);
    cv_screening(&mut treated, |r| r.status = RiskStatus::Treated);
    let actions = derive(&treated);
    let r1 = find(&actions, "risk:R1:1");
    assert_eq!((r1.proposed_priority, r1.risk_band), (Low, Some(0)));
    let last = action_plan::listed(
        &actions,
        &ActionFilter::default(),
        ActionOrder::Priority,
        None,
    );
    assert_eq!(last.last().map(|a| a.key.as_str()), Some("risk:R1:1"));
}

#[test]
fn within_a_priority_the_more_serious_risk_then_the_earlier_date_comes_first() {
    // (key, priority, risk band, due date) in `derive`'s order, and the expected order.
    let with = |key: &str, priority, band, due: Option<&str>| PlannedAction {
        risk_band: band,
        ..planned(key, priority, ActionStatus::Open, due)
    };
    let actions = vec![
        with("item:4.1", High, None, Some("2027-01-01")),
        with("item:A.2.3", Medium, None, None),
        with("risk:R1:1", High, Some(2), Some("2027-06-01")),
        with("risk:R2:1", High, Some(3), None),
        with("risk:R3:1", High, Some(3), Some("2027-02-01")),
        with("risk:R4:1", Medium, Some(1), None),
        with("A1", Low, None, Some("2026-12-01")),
    ];
    let order: Vec<&str> = action_plan::listed(
        &actions,
        &ActionFilter::default(),
        ActionOrder::Priority,
        None,
    )
    .into_iter()
    .map(|action| action.key.as_str())
    .collect();
    assert_eq!(
        order,
        [
            "risk:R3:1",
            "risk:R2:1",
            "risk:R1:1",
            "item:4.1",
            "risk:R4:1",
            "item:A.2.3",
            "A1",
        ]
    );
}

#[test]
fn a_library_risk_keeps_its_link_and_is_found_again() {
    let mut register = RiskRegister::default();
    assert!(register.find_from_library("RL-04", "S1").is_none());
    let entry = aims_assess::domain::impact_catalog::library_risk("RL-04").expect("in the library");
    let id = register
        .add(Risk {
            system_id: "S1".into(),
            ..Risk::from_library(entry, &register.criteria)
        })
        .unwrap();
    register.add(risk(Some((2, 2)), &[], &[])).unwrap();
    let found = register
        .find_from_library("RL-04", "S1")
        .map(|r| r.id.as_str());
    assert_eq!(found, Some(id.as_str()));
    // Another system, the whole organisation or another library risk: not the same risk.
    assert!(register.find_from_library("RL-04", "S2").is_none());
    assert!(register.find_from_library("RL-04", "").is_none());
    assert!(register.find_from_library("RL-05", "S1").is_none());
    // A risk written by hand has no link, so an empty ID finds nothing.
    assert!(register.find_from_library("", "").is_none());
    // A closed risk still counts: the suggestion was taken.
    register
        .edit(&id, |r| r.status = RiskStatus::Closed)
        .unwrap();
    assert!(register.find_from_library("RL-04", "S1").is_some());
}

#[test]
fn review_decisions_open_incidents_and_competence_gaps_become_actions() {
    use aims_assess::domain::records::RegisterKind::*;
    let mut assessment = Assessment::default();
    let records = &mut assessment.records;
    let review = records.add(Reviews, "Review Q4".into()).unwrap();
    let set =
        |records: &mut aims_assess::domain::records::Registers,
         kind,
         id: &str,
         key: &str,
         value: &str| { records.set_value(kind, id, key, value.to_owned()).unwrap() };
    set(
        records,
        Reviews,
        &review,
        "decisions",
        "- Hire a reviewer\n\n* Renew the policy  \nBudget for training",
    );
    // A review not held yet has no decisions to act on.
    let planned = records.add(Reviews, "Review Q1".into()).unwrap();
    set(records, Reviews, &planned, "decisions", "Draft only");
    set(records, Reviews, &review, "held_on", "2026-10-10");
    let open = records.add(Incidents, "Wrong refusal".into()).unwrap();
    set(
        records,
        Incidents,
        &open,
        "corrective_action",
        "\nAdd a human check\nRetrain monthly",
    );
    let near = records.add(Incidents, "Almost leaked".into()).unwrap();
    set(records, Incidents, &near, "kind", "near-miss");
    set(
        records,
        Incidents,
        &near,
        "corrective_action",
        "Mask the logs",
    );
    let closed = records.add(Incidents, "Old".into()).unwrap();
    set(records, Incidents, &closed, "status", "closed");
    set(
        records,
        Incidents,
        &closed,
        "corrective_action",
        "Done long ago",
    );
    let gap = records.add(Competence, "Recruiter".into()).unwrap();
    set(records, Competence, &gap, "status", "gap");
    let partly = records.add(Competence, "Reviewer".into()).unwrap();
    set(records, Competence, &partly, "status", "partly");
    let met = records.add(Competence, "Lead".into()).unwrap();
    set(records, Competence, &met, "status", "met");
    assessment.actions.updates.insert(
        "review:REV1:2".into(),
        ActionUpdate {
            status: ActionStatus::InProgress,
            ..ActionUpdate::default()
        },
    );

    let actions = derive(&assessment);
    let listed: Vec<(&str, ActionKind, &str, Priority, ActionStatus)> = actions
        .iter()
        .map(|a| {
            (
                a.key.as_str(),
                a.kind,
                a.title.as_str(),
                a.priority,
                a.status,
            )
        })
        .collect();
    use ActionStatus::{InProgress, Open};
    assert_eq!(
        listed,
        [
            (
                "review:REV1:1",
                ActionKind::ReviewDecision,
                "Hire a reviewer",
                Medium,
                Open
            ),
            (
                "review:REV1:2",
                ActionKind::ReviewDecision,
                "Renew the policy",
                Medium,
                InProgress
            ),
            (
                "review:REV1:3",
                ActionKind::ReviewDecision,
                "Budget for training",
                Medium,
                Open
            ),
            (
                "incident:INC1",
                ActionKind::CorrectiveAction,
                "Add a human check",
                High,
                Open
            ),
            (
                "incident:INC2",
                ActionKind::CorrectiveAction,
                "Mask the logs",
                Medium,
                Open
            ),
            (
                "competence:COMP1",
                ActionKind::CompetenceGap,
                "Build the competence of COMP1 Recruiter",
                High,
                Open
            ),
            (
                "competence:COMP2",
                ActionKind::CompetenceGap,
                "Complete the competence of COMP2 Reviewer",
                Medium,
                Open
            ),
        ]
    );
    assert_eq!(
        find(&actions, "incident:INC1").record,
        Some((Incidents, "INC1".to_owned()))
    );

    // Status, priority and notes are kept by key.
    action_plan::set_status(
        &mut assessment,
        catalog(),
        "incident:INC1",
        ActionStatus::Done,
    )
    .unwrap();
    action_plan::set_priority(&mut assessment, catalog(), "competence:COMP2", Some(Low)).unwrap();
    action_plan::set_notes(&mut assessment, catalog(), "review:REV1:1", "Ask HR".into()).unwrap();
    let actions = derive(&assessment);
    assert_eq!(find(&actions, "incident:INC1").status, ActionStatus::Done);
    assert_eq!(find(&actions, "competence:COMP2").priority, Low);
    assert_eq!(find(&actions, "review:REV1:1").notes, "Ask HR");
    assert_eq!(
        action_plan::set_notes(&mut assessment, catalog(), "incident:INC9", "x".into()),
        Err(ActionError::UnknownAction("incident:INC9".into()))
    );
    // Closing the incident closes its action.
    assessment
        .records
        .set_value(Incidents, "INC1", "status", "closed".into())
        .unwrap();
    assert!(derive(&assessment).iter().all(|a| a.key != "incident:INC1"));
}

#[test]
fn actions_from_the_registers_keep_an_owner_and_a_due_date_in_the_plan() {
    use aims_assess::domain::records::RegisterKind::*;
    use aims_assess::io::json::{decode, encode, Layout};
    let mut assessment = Assessment::default();
    let records = &mut assessment.records;
    let review = records.add(Reviews, "Review Q4".into()).unwrap();
    records
        .set_value(
            Reviews,
            &review,
            "decisions",
            "Hire a reviewer\nRenew the policy".into(),
        )
        .unwrap();
    records
        .set_value(Reviews, &review, "held_on", "2026-10-10".into())
        .unwrap();
    let incident = records.add(Incidents, "Wrong refusal".into()).unwrap();
    records
        .set_value(
            Incidents,
            &incident,
            "corrective_action",
            "Add a human check".into(),
        )
        .unwrap();
    let (decision, corrective) = ("review:REV1:2", "incident:INC1");

    action_plan::set_owner(&mut assessment, catalog(), decision, "Head of HR".into()).unwrap();
    action_plan::set_due_date(
        &mut assessment,
        catalog(),
        decision,
        Some(date("2027-01-31")),
    )
    .unwrap();
    action_plan::set_owner(&mut assessment, catalog(), corrective, "  Dana ".into()).unwrap();
    action_plan::set_due_date(
        &mut assessment,
        catalog(),
        corrective,
        Some(date("2026-11-01")),
    )
    .unwrap();
    // Kept by the action's key, beside its status and notes; the register entries stay as
    // they were.
    assert_eq!(
        assessment.actions.updates.get(decision),
        Some(&ActionUpdate {
            owner: "Head of HR".into(),
            due_date: Some(date("2027-01-31")),
            ..ActionUpdate::default()
        })
    );
    let actions = derive(&assessment);
    let shown = |key: &str| {
        let action = find(&actions, key);
        (action.owner.clone(), action.due_date)
    };
    assert_eq!(
        shown(decision),
        ("Head of HR".to_owned(), Some(date("2027-01-31")))
    );
    assert_eq!(
        shown(corrective),
        ("  Dana ".to_owned(), Some(date("2026-11-01")))
    );
    // The other decision has neither.
    assert_eq!(shown("review:REV1:1"), (String::new(), None));
    // Overdue, filters and the owners list treat them like every other action.
    let today = Some(date("2026-12-01"));
    assert!(find(&actions, corrective).is_overdue(today));
    assert!(!find(&actions, decision).is_overdue(today));
    assert_eq!(action_plan::owners(&actions), ["Dana", "Head of HR"]);
    let dana = ActionFilter {
        owner: Some("Dana".into()),
        ..ActionFilter::default()
    };
    let listed: Vec<&str> = action_plan::listed(&actions, &dana, ActionOrder::Item, today)
        .iter()
        .map(|a| a.key.as_str())
        .collect();
    assert_eq!(listed, [corrective]);

    // Through the file and back.
    for layout in [Layout::Pretty, Layout::Compact] {
        let text = encode(&assessment, "2026-12-01T09:00:00.000Z", layout);
        let read = decode(&text, catalog()).expect("decodes").assessment;
        assert_eq!(read, assessment);
        assert_eq!(derive(&read), actions);
    }

    // An owner over the text limit is refused and changes nothing.
    let long = "x".repeat(aims_assess::domain::limits::MAX_TEXT_CHARS + 1);
    assert!(matches!(
        action_plan::set_owner(&mut assessment, catalog(), decision, long),
        Err(ActionError::Limit(_))
    ));
    assert_eq!(find(&derive(&assessment), decision).owner, "Head of HR");
    // Cleared again, the update records nothing and is dropped.
    action_plan::set_owner(&mut assessment, catalog(), decision, String::new()).unwrap();
    action_plan::set_due_date(&mut assessment, catalog(), decision, None).unwrap();
    assert!(!assessment.actions.updates.contains_key(decision));
    // An action of a register entry that does not exist gets neither.
    assert_eq!(
        action_plan::set_owner(&mut assessment, catalog(), "review:REV9:1", "Eve".into()),
        Err(ActionError::UnknownAction("review:REV9:1".into()))
    );
    assert_eq!(
        action_plan::set_due_date(&mut assessment, catalog(), "incident:INC9", None),
        Err(ActionError::UnknownAction("incident:INC9".into()))
    );
}

#[test]
fn documented_information_actions_follow_the_register_once_it_is_used() {
    use aims_assess::domain::records::RegisterKind::Documents;
    let mut assessment = Assessment::default();
    answer_all(&mut assessment, "4.3", Partly);
    assessment
        .set_text(catalog(), "4.3", TextField::Evidence, "Scope v1".into())
        .unwrap();
    assert!(derive(&assessment).iter().all(|a| a.key != "doc:4.3"));
    let doc = assessment.records.add(Documents, "Policy".into()).unwrap();
    assert!(derive(&assessment).iter().any(|a| a.key == "doc:4.3"));
    assessment
        .records
        .set_list(catalog(), Documents, &doc, "items", vec!["4.3".into()])
        .unwrap();
    assert!(derive(&assessment).iter().all(|a| a.key != "doc:4.3"));
}
