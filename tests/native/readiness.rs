//! The readiness verdicts of stage 1 and stage 2: worked examples with their exact blocker
//! lists (one per item or record), the checklists and the headlines that count the list.

use crate::checks::{
    add_record, add_risk, add_system, answer, clear_evidence, date, decide, edit_r1, measure,
    ready, set, set_list,
};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::checks::Place;
use aims_assess::domain::readiness::{verdict, Requirement, StageVerdict, Verdict, DISCLAIMER};
use aims_assess::domain::records::RegisterKind;
use aims_assess::domain::risk::{Acceptance, RiskStatus, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::soa::Applicability;
use aims_assess::domain::system::LifeCycleStage;
use std::collections::HashSet;

/// Every blocker's sentence, in order.
fn messages(stage: &StageVerdict) -> Vec<String> {
    stage.blockers.iter().map(|b| b.message()).collect()
}

fn title(id: &str) -> &'static str {
    catalog().item(id).expect("known item").title
}

/// The requirements of a stage that are not met.
fn unmet(stage: &StageVerdict) -> Vec<Requirement> {
    stage
        .requirements
        .iter()
        .filter(|(_, met)| !met)
        .map(|(requirement, _)| *requirement)
        .collect()
}

/// Ready for stage 1 but not stage 2: every clause item partly implemented (9.2 and 9.3 too,
/// without records), documents in place, the SoA complete, R1 rated, S1 with R1 linked and a
/// provisional impact assessment, and R2 Critical with a Low residual whose treatment is
/// only planned.
fn designed() -> Assessment {
    let mut a = ready();
    for item in catalog().clause_items() {
        answer(&mut a, item.id, &[Some(Answer::Partly)]);
    }
    for id in ["9.2.2", "9.3.3"] {
        clear_evidence(&mut a, id);
    }
    a.inventory
        .set_impact_answer("S1", "fairness.1", None)
        .expect("a question");
    add_risk(&mut a, |r| {
        r.title = "Biased shortlists".into();
        r.inherent = Some(Rating::new(5, 5));
        r.residual = Some(Rating::new(1, 2));
        r.actions = vec![TreatmentAction {
            description: "Switch off automatic rejection".into(),
            ..TreatmentAction::default()
        }];
    });
    a
}

#[test]
fn an_empty_assessment_is_not_started_at_either_stage() {
    let result = verdict(catalog(), &Assessment::default(), None);
    for stage in [&result.stage_one, &result.stage_two] {
        assert_eq!(stage.verdict, Verdict::NotStarted);
        assert!(stage.requirements.iter().all(|(_, met)| !met));
    }
    assert_eq!(
        result.stage_one.headline(),
        "Not started: nothing to judge for stage 1 yet"
    );
    // Each item is listed once, even when two rules find it: 32 clause items, the 38
    // controls without a decision (7 of which also miss documents), the risk register, the
    // inventory, and the objectives, audits and reviews registers.
    assert_eq!(result.stage_one.blockers.len(), 32 + 38 + 2 + 3);
    let sentences: HashSet<String> = messages(&result.stage_one).into_iter().collect();
    assert_eq!(
        sentences.len(),
        result.stage_one.blockers.len(),
        "no sentence twice"
    );
    let first = &messages(&result.stage_one)[..3];
    assert_eq!(
        first,
        [
            format!("4.1 {}: not yet partly implemented.", title("4.1")),
            format!("4.2 {}: not yet partly implemented.", title("4.2")),
            format!(
                "4.3 {}: not yet partly implemented; documented information missing.",
                title("4.3")
            ),
        ]
    );
}

#[test]
fn a_complete_assessment_looks_ready_for_both_stages() {
    let result = verdict(catalog(), &ready(), None);
    for stage in [&result.stage_one, &result.stage_two] {
        assert_eq!(stage.verdict, Verdict::Ready);
        assert_eq!(stage.blockers, []);
        assert!(stage.requirements.iter().all(|(_, met)| *met));
    }
    assert_eq!(
        result.headline(),
        "Looks ready for a stage 1 audit. Looks ready for a stage 2 audit."
    );
}

#[test]
fn a_designed_system_is_ready_for_stage_1_and_not_for_stage_2() {
    let result = verdict(catalog(), &designed(), None);
    assert_eq!(result.stage_one.verdict, Verdict::Ready);
    assert_eq!(result.stage_one.blockers, []);
    let two = &result.stage_two;
    assert_eq!(two.verdict, Verdict::NotReady);
    let mut expected: Vec<String> = catalog()
        .clause_items()
        .map(|item| {
            let problems = match item.id {
                "9.2.1" | "9.3.1" | "9.3.2" => {
                    "not yet held (needs to be at least largely implemented)"
                }
                "9.2.2" | "9.3.3" => {
                    "not yet held (needs to be at least largely implemented); no evidence of \
                     it recorded"
                }
                _ => "not yet largely implemented",
            };
            format!("{} {}: {problems}.", item.id, item.title)
        })
        .collect();
    expected.push(
        "R2 Biased shortlists: Critical until its treatment is done, above the acceptance \
         limit, and not accepted by a named person on a date."
            .into(),
    );
    expected
        .push("S1 Support chatbot: impact assessment provisional: questions still open.".into());
    assert_eq!(messages(two), expected);
    assert_eq!(
        two.headline(),
        "Not ready for a stage 2 audit yet: 34 blockers"
    );
    assert_eq!(
        unmet(two),
        [
            Requirement::ClausesOperating,
            Requirement::AuditAndReviewHeld,
            Requirement::RisksTreated,
            Requirement::ImpactAssessed,
        ]
    );
}

#[test]
fn each_stage_judges_its_own_requirements() {
    type Change = fn(&mut Assessment);
    // (case, change to `ready()`, stage 1 blockers, stage 2 blockers)
    let t = title;
    let cases: Vec<(&str, Change, Vec<String>, Vec<String>)> = vec![
        (
            "6.1.2 not implemented, without its document: one entry per stage",
            |a| {
                answer(a, "6.1.2", &[Some(Answer::No)]);
                clear_evidence(a, "6.1.2");
            },
            vec![format!(
                "6.1.2 {}: not yet partly implemented; documented information missing.",
                t("6.1.2")
            )],
            vec![format!(
                "6.1.2 {}: not yet largely implemented.",
                t("6.1.2")
            )],
        ),
        (
            "the audit programme without a record: stage 2 only",
            |a| clear_evidence(a, "9.2.2"),
            vec![],
            vec![format!("9.2.2 {}: no evidence of it recorded.", t("9.2.2"))],
        ),
        (
            "no management review at all: not planned",
            |a| answer(a, "9.3.1", &[Some(Answer::No)]),
            vec![format!(
                "9.3.1 {}: not yet planned (needs to be at least partly implemented).",
                t("9.3.1")
            )],
            vec![format!(
                "9.3.1 {}: not yet held (needs to be at least largely implemented).",
                t("9.3.1")
            )],
        ),
        (
            "an undecided control that also misses its document: one entry",
            |a| {
                decide(a, "A.2.2", Applicability::Undecided, "");
                clear_evidence(a, "A.2.2");
            },
            vec![format!(
                "A.2.2 {}: no decision in the Statement of Applicability; documented \
                 information missing.",
                t("A.2.2")
            )],
            vec![],
        ),
        (
            "a critical risk treated, residual low: nothing",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.residual = Some(Rating::new(1, 1));
                    r.status = RiskStatus::Treated;
                })
            },
            vec![],
            vec![],
        ),
        (
            "a critical risk still critical after treatment, not accepted",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.residual = Some(Rating::new(5, 4));
                    r.status = RiskStatus::Treated;
                })
            },
            vec![],
            vec![
                "R1 Wrong answers: still Critical after treatment, above the acceptance limit, \
                 and not accepted by a named person on a date."
                    .into(),
            ],
        ),
        (
            "a critical risk accepted",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.acceptance = Acceptance {
                        accepted_by: "Dana Kim".into(),
                        date: Some("2026-11-02".parse().expect("a date")),
                        rationale: String::new(),
                    };
                })
            },
            vec![],
            vec![],
        ),
        (
            "an unrated risk",
            |a| add_risk(a, |r| r.inherent = None),
            vec!["R2 Untitled risk: not rated before treatment.".into()],
            vec![],
        ),
        (
            "an empty register",
            |a| a.risks.risks.clear(),
            vec![
                "S1 Support chatbot: no risk (not closed) linked to it.".into(),
                "The risk register: no rated risk yet (closed risks do not count); identify the \
                 risks of your AI systems and rate them."
                    .into(),
            ],
            vec![],
        ),
        (
            "a new system without an impact assessment or risks",
            |a| {
                add_system(a, LifeCycleStage::Idea);
            },
            vec!["S2 Scoring model: no risk (not closed) linked to it.".into()],
            vec!["S2 Scoring model: no impact assessment yet.".into()],
        ),
        (
            "an impact assessment not approved",
            |a| {
                a.inventory
                    .edit("S1", |s| s.impact.approved_by.clear())
                    .expect("there");
            },
            vec![],
            vec![
                "S1 Support chatbot: impact assessment not approved (a name and a date of \
                 approval)."
                    .into(),
            ],
        ),
        (
            "an approved impact assessment with a significant change planned",
            |a| {
                a.inventory
                    .edit("S1", |s| s.planned_change = "A new supplier model".into())
                    .expect("there");
            },
            vec![],
            vec![
                "S1 Support chatbot: impact assessment due for reassessment: a significant \
                 change to the system is planned."
                    .into(),
            ],
        ),
        (
            "a retired system is exempt",
            |a| {
                add_system(a, LifeCycleStage::Retirement);
            },
            vec![],
            vec![],
        ),
        (
            "an empty inventory",
            |a| a.inventory.systems.clear(),
            vec![
                "The AI system inventory: no system outside retirement; add the AI systems the \
                 management system covers."
                    .into(),
            ],
            vec![],
        ),
    ];
    for (name, change, one, two) in cases {
        let mut assessment = ready();
        change(&mut assessment);
        let result = verdict(catalog(), &assessment, None);
        assert_eq!(messages(&result.stage_one), one, "{name}: stage 1");
        assert_eq!(messages(&result.stage_two), two, "{name}: stage 2");
        let ready_one = one.is_empty();
        assert_eq!(
            result.stage_one.verdict == Verdict::Ready,
            ready_one,
            "{name}"
        );
        assert_eq!(
            result.stage_two.verdict == Verdict::Ready,
            ready_one && two.is_empty(),
            "{name}"
        );
        // Stage 2 waits for stage 1.
        let stage_one_met = result
            .stage_two
            .requirements
            .contains(&(Requirement::StageOneReady, ready_one));
        assert!(stage_one_met, "{name}");
    }
}

#[test]
fn headlines_count_the_blockers_listed() {
    let mut one = ready();
    clear_evidence(&mut one, "4.3");
    let result = verdict(catalog(), &one, None);
    assert_eq!(
        result.stage_one.headline(),
        "Not ready for a stage 1 audit yet: 1 blocker"
    );
    // Stage 1 blocks stage 2 even when stage 2's own requirements are met.
    assert_eq!(
        result.stage_two.headline(),
        "Not ready for a stage 2 audit yet: stage 1 comes first"
    );
    assert_eq!(unmet(&result.stage_two), [Requirement::StageOneReady]);

    let mut notes_only = Assessment::default();
    notes_only
        .set_text(catalog(), "4.1", TextField::Notes, "Ask the CEO".into())
        .expect("known item");
    assert_eq!(
        verdict(catalog(), &notes_only, None).stage_one.verdict,
        Verdict::NotStarted
    );
}

#[test]
fn requirements_and_the_disclaimer_are_worded_for_the_checklist() {
    for requirement in Requirement::STAGE_ONE
        .into_iter()
        .chain(Requirement::STAGE_TWO)
    {
        assert!(!requirement.label().is_empty());
        let explanation = requirement.explanation();
        assert!(
            explanation.ends_with('.') && explanation.matches(". ").count() == 0,
            "one sentence: {explanation}"
        );
    }
    assert!(DISCLAIMER.contains("not a certification decision"));
    assert_eq!(Verdict::Ready.label(), "Looks ready");
}

/// The blockers of a stage as (place, sentence).
fn placed(stage: &StageVerdict) -> Vec<(Option<Place>, String)> {
    stage
        .blockers
        .iter()
        .map(|b| (b.place.clone(), b.message()))
        .collect()
}

fn at(kind: RegisterKind, id: &str) -> Option<Place> {
    Some(Place::Record(kind, id.into()))
}

#[test]
fn records_block_the_stages_as_worked_examples() {
    use RegisterKind::*;
    let today = Some(date("2026-11-23"));
    // (case, change, stage 1 blockers, stage 2 blockers beyond stage 1's)
    type Case = (
        &'static str,
        fn(&mut Assessment),
        Vec<(Option<Place>, String)>,
        Vec<(Option<Place>, String)>,
    );
    let cases: Vec<Case> =
        vec![
            ("the complete assessment", |_| {}, vec![], vec![]),
            (
                "no audit and no review held",
                |a| {
                    set(a, Audits, "AUD1", &[("held_on", "")]);
                    set(a, Reviews, "REV1", &[("held_on", "")]);
                },
                vec![
                    (
                        Some(Place::Register(Audits)),
                        "The register \"Internal audits\": no internal audit held yet; \
                     certification bodies usually expect one before stage 1."
                            .into(),
                    ),
                    (
                        Some(Place::Register(Reviews)),
                        "The register \"Management reviews\": no management review held yet; \
                     certification bodies usually expect one before stage 1."
                            .into(),
                    ),
                ],
                vec![],
            ),
            (
                "an objective without a target or owner",
                |a| set(a, Objectives, "OBJ1", &[("target", ""), ("owner", "")]),
                vec![(
                    at(Objectives, "OBJ1"),
                    "OBJ1 Impact assessments current: missing a target and an owner.".into(),
                )],
                vec![],
            ),
            (
                "an unapproved policy in the register serving every required item",
                |a| {
                    let doc = add_record(a, Documents, "Manual");
                    let items: Vec<&str> = catalog()
                        .clause_items()
                        .chain(catalog().controls())
                        .filter(|item| item.documented)
                        .map(|item| item.id)
                        .collect();
                    set_list(a, Documents, &doc, "items", &items);
                },
                vec![(
                    at(Documents, "DOC1"),
                    "DOC1 Manual: not approved (who approved it and when).".into(),
                )],
                vec![],
            ),
            (
                "OBJ1 off target without a plan, a closed incident without its check, a partly \
             met role, a supplier never assessed",
                |a| {
                    measure(a, "OBJ1", "2026-11-20", "90");
                    let incident = add_record(a, Incidents, "Wrong refusal");
                    set(
                        a,
                        Incidents,
                        &incident,
                        &[
                            ("status", "closed"),
                            ("cause", "Drift"),
                            ("corrective_action", "Retrain"),
                        ],
                    );
                    set(
                        a,
                        Competence,
                        "COMP1",
                        &[("status", "partly"), ("refresh_due", "2026-11-01")],
                    );
                    add_record(a, Suppliers, "Model host");
                },
                vec![],
                vec![
                (
                    at(Objectives, "OBJ1"),
                    "OBJ1 Impact assessments current: latest measurement misses the target, and \
                     no plan to reach it is recorded."
                        .into(),
                ),
                (
                    at(Incidents, "INC1"),
                    "INC1 Wrong refusal: closed without a check of effectiveness.".into(),
                ),
                (
                    at(Competence, "COMP1"),
                    "COMP1 Data scientist: competence only partly met; refresh was due on \
                     2026-11-01."
                        .into(),
                ),
                (at(Suppliers, "SUP1"), "SUP1 Model host: never assessed.".into()),
            ],
            ),
            (
                "OBJ1 off target with a plan to reach it",
                |a| {
                    measure(a, "OBJ1", "2026-11-20", "90");
                    set(
                        a,
                        Objectives,
                        "OBJ1",
                        &[("plan", "Second reviewer from January")],
                    );
                },
                vec![],
                vec![],
            ),
            (
                "no role in the competence register",
                |a| {
                    a.records.remove(Competence, "COMP1").expect("there");
                },
                vec![],
                vec![(
                    Some(Place::Register(Competence)),
                    "The register \"Competence and awareness\": no role recorded yet; list the \
                 roles whose work affects your AI systems and how their competence is met."
                        .into(),
                )],
            ),
        ];
    for (name, change, one, two) in cases {
        let mut assessment = ready();
        change(&mut assessment);
        let result = verdict(catalog(), &assessment, today);
        assert_eq!(placed(&result.stage_one), one, "{name}: stage 1");
        if one.is_empty() {
            assert_eq!(placed(&result.stage_two), two, "{name}: stage 2");
        }
    }
}

#[test]
fn an_objective_is_out_of_date_only_when_today_is_known() {
    let assessment = ready();
    let late = Some(date("2027-03-01"));
    let result = verdict(catalog(), &assessment, late);
    assert_eq!(
        messages(&result.stage_two),
        [
            "OBJ1 Impact assessments current: its latest measurement, on 2026-10-01, is 151 days \
          old, longer than its frequency allows."
        ]
    );
    assert_eq!(unmet(&result.stage_two), [Requirement::ObjectivesOnTarget]);
    assert_eq!(
        verdict(catalog(), &assessment, None).stage_two.verdict,
        Verdict::Ready
    );
}
