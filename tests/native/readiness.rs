//! The stage 1 readiness verdict: each requirement blocks on a case that breaks it and not on
//! one that meets it, starting each time from an assessment that meets them all.

use crate::checks::{
    add_risk, add_system, answer, clear_evidence, date, decide, edit_r1, finished_impact, ready,
    set_due,
};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::checks::Place;
use aims_assess::domain::readiness::{verdict, Requirement, Verdict, DISCLAIMER};
use aims_assess::domain::risk::{Acceptance, RiskStatus, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::soa::Applicability;
use aims_assess::domain::system::LifeCycleStage;

use Requirement::*;

type Change = fn(&mut Assessment);
type Expected = Vec<(Requirement, Option<Place>)>;

/// Judges `ready()` changed by `change` and compares every blocker's requirement and place,
/// the verdict (ready exactly when there is no blocker) and the checklist.
fn check_cases(cases: Vec<(&str, Change, Expected)>) {
    for (name, change, expected) in cases {
        let mut assessment = ready();
        change(&mut assessment);
        let result = verdict(catalog(), &assessment);
        let actual: Expected = result
            .blockers
            .iter()
            .map(|blocker| (blocker.requirement, blocker.place.clone()))
            .collect();
        assert_eq!(actual, expected, "{name}");
        let verdict = if expected.is_empty() {
            Verdict::Ready
        } else {
            Verdict::NotReady
        };
        assert_eq!(result.verdict, verdict, "{name}");
        let checklist: Vec<(Requirement, bool)> = Requirement::ALL
            .into_iter()
            .map(|requirement| {
                let met = expected.iter().all(|(blocked, _)| *blocked != requirement);
                (requirement, met)
            })
            .collect();
        assert_eq!(result.requirements, checklist, "{name}");
    }
}

fn item(id: &str) -> Option<Place> {
    Some(Place::Item(id.into()))
}
fn soa(id: &str) -> Option<Place> {
    Some(Place::SoaControl(id.into()))
}
fn risk(id: &str) -> Option<Place> {
    Some(Place::Risk(id.into()))
}
fn impact(id: &str) -> Option<Place> {
    Some(Place::ImpactAssessment(id.into()))
}
fn system(id: &str) -> Option<Place> {
    Some(Place::System(id.into()))
}

#[test]
fn a_complete_assessment_looks_ready() {
    let result = verdict(catalog(), &ready());
    assert_eq!(result.verdict, Verdict::Ready);
    assert_eq!(result.blockers, []);
    assert!(result.requirements.iter().all(|(_, met)| *met));
    assert_eq!(result.headline(), "Looks ready for a stage 1 audit");
}

#[test]
fn an_untouched_assessment_is_not_started() {
    let mut cases = vec![Assessment::default()];
    // Notes and evidence are not answers.
    let mut notes_only = Assessment::default();
    notes_only
        .set_text(catalog(), "4.1", TextField::Notes, "Ask the CEO".into())
        .expect("known item");
    cases.push(notes_only);
    for assessment in cases {
        let result = verdict(catalog(), &assessment);
        assert_eq!(result.verdict, Verdict::NotStarted);
        assert_eq!(result.headline(), "Not started");
        assert!(
            result.requirements.iter().all(|(_, met)| !*met),
            "nothing is met: {:?}",
            result.requirements
        );
        assert!(result.blockers.len() > 32, "every clause item blocks");
    }
}

#[test]
fn any_answer_decision_risk_or_system_starts_it() {
    let starts: [Change; 4] = [
        |a| {
            a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::No))
                .expect("known question")
        },
        |a| decide(a, "A.2.2", Applicability::Applicable, ""),
        |a| add_risk(a, |_| {}),
        |a| {
            a.inventory.add("Chatbot".into()).unwrap();
        },
    ];
    for (index, change) in starts.into_iter().enumerate() {
        let mut assessment = Assessment::default();
        change(&mut assessment);
        assert_eq!(
            verdict(catalog(), &assessment).verdict,
            Verdict::NotReady,
            "case {index}"
        );
    }
}

#[test]
fn every_clause_item_must_be_at_least_largely_implemented() {
    check_cases(vec![
        (
            "80%: largely",
            |a| {
                answer(
                    a,
                    "4.1",
                    &[Some(Answer::Yes), Some(Answer::Yes), Some(Answer::No)],
                )
            },
            vec![],
        ),
        (
            "exactly 75%: largely",
            |a| answer(a, "4.2", &[Some(Answer::Yes), Some(Answer::Partly)]),
            vec![],
        ),
        (
            "60%: partially",
            |a| answer(a, "4.1", &[Some(Answer::Yes), Some(Answer::No)]),
            vec![(ClauseItems, item("4.1"))],
        ),
        (
            "not assessed",
            |a| answer(a, "10.2", &[None]),
            vec![(ClauseItems, item("10.2"))],
        ),
        (
            "controls are not held to a level",
            |a| answer(a, "A.2.3", &[Some(Answer::No)]),
            vec![],
        ),
    ]);
}

#[test]
fn documented_information_must_be_recorded_for_items_in_scope() {
    check_cases(vec![
        (
            "a documented clause item without evidence",
            |a| clear_evidence(a, "4.3"),
            vec![(DocumentedInformation, item("4.3"))],
        ),
        (
            "a documented control without evidence, not answered",
            |a| {
                answer(a, "A.2.2", &[None]);
                clear_evidence(a, "A.2.2");
            },
            vec![(DocumentedInformation, item("A.2.2"))],
        ),
        (
            "an item that calls for no documents",
            |a| clear_evidence(a, "4.1"),
            vec![],
        ),
        (
            "a justified exclusion is out of scope",
            |a| {
                decide(a, "A.2.2", Applicability::NotApplicable, "Group policy.");
                clear_evidence(a, "A.2.2");
            },
            vec![],
        ),
    ]);
}

#[test]
fn the_statement_of_applicability_must_be_complete() {
    check_cases(vec![
        (
            "an undecided control",
            |a| decide(a, "A.3.3", Applicability::Undecided, ""),
            vec![(StatementOfApplicability, soa("A.3.3"))],
        ),
        (
            "an exclusion without justification",
            |a| decide(a, "A.10.4", Applicability::NotApplicable, ""),
            vec![(StatementOfApplicability, soa("A.10.4"))],
        ),
        (
            "a justified exclusion",
            |a| decide(a, "A.10.4", Applicability::NotApplicable, "No customers."),
            vec![],
        ),
        (
            "an excluded control that a live risk's treatment uses",
            |a| {
                edit_r1(a, |r| r.controls = vec!["A.7.4".into()]);
                decide(a, "A.7.4", Applicability::NotApplicable, "No data.");
            },
            vec![(StatementOfApplicability, soa("A.7.4"))],
        ),
        (
            "an excluded control that only a closed risk used",
            |a| {
                add_risk(a, |r| {
                    r.controls = vec!["A.7.4".into()];
                    r.status = RiskStatus::Closed;
                });
                decide(a, "A.7.4", Applicability::NotApplicable, "No data.");
            },
            vec![],
        ),
        (
            "an inclusion without a reason",
            |a| {
                a.soa
                    .edit(catalog(), "A.5.2", |d| d.reasons = Default::default())
                    .expect("known control")
            },
            vec![(StatementOfApplicability, soa("A.5.2"))],
        ),
    ]);
}

#[test]
fn risks_must_be_rated_and_those_above_the_limit_accepted() {
    check_cases(vec![
        (
            "an empty register",
            |a| a.risks.risks.clear(),
            vec![(RiskAssessment, None), (AiSystems, system("S1"))],
        ),
        (
            "only a closed risk",
            |a| edit_r1(a, |r| r.status = RiskStatus::Closed),
            vec![(RiskAssessment, None), (AiSystems, system("S1"))],
        ),
        (
            "only an unrated risk",
            |a| edit_r1(a, |r| r.inherent = None),
            vec![(RiskAssessment, None), (RiskAssessment, risk("R1"))],
        ),
        (
            "a second, unrated risk",
            |a| add_risk(a, |r| r.inherent = None),
            vec![(RiskAssessment, risk("R2"))],
        ),
        (
            "an unrated closed risk drives nothing",
            |a| {
                add_risk(a, |r| {
                    r.inherent = None;
                    r.status = RiskStatus::Closed;
                })
            },
            vec![],
        ),
        (
            "a critical risk not accepted",
            |a| edit_r1(a, |r| r.inherent = Some(Rating::new(5, 4))),
            vec![(RiskAssessment, risk("R1"))],
        ),
        (
            "a critical risk accepted",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 4));
                    r.acceptance = Acceptance {
                        accepted_by: "Dana Kim".into(),
                        date: Some(date("2026-11-02")),
                        rationale: "Insured".into(),
                    };
                })
            },
            vec![],
        ),
        (
            "a critical closed risk drives nothing",
            |a| {
                add_risk(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.status = RiskStatus::Closed;
                })
            },
            vec![],
        ),
        (
            "overdue work does not block",
            |a| {
                edit_r1(a, |r| {
                    r.actions = vec![TreatmentAction {
                        due_date: Some(date("2020-01-01")),
                        ..TreatmentAction::default()
                    }]
                });
                set_due(a, "A.2.3", "2020-01-01");
                answer(a, "A.2.3", &[Some(Answer::No)]);
            },
            vec![],
        ),
    ]);
}

#[test]
fn every_ai_system_not_retired_must_be_assessed() {
    check_cases(vec![
        (
            "an empty inventory",
            |a| a.inventory.systems.clear(),
            vec![(AiSystems, None)],
        ),
        (
            "only a retired system",
            |a| {
                a.inventory
                    .edit("S1", |s| s.stage = Some(LifeCycleStage::Retirement))
                    .expect("S1 exists")
            },
            vec![(AiSystems, None)],
        ),
        (
            "a retired system beside an assessed one is exempt",
            |a| {
                add_system(a, LifeCycleStage::Retirement);
            },
            vec![],
        ),
        (
            "a system at the idea stage is not",
            |a| {
                add_system(a, LifeCycleStage::Idea);
            },
            vec![(AiSystems, impact("S2")), (AiSystems, system("S2"))],
        ),
        (
            "a provisional impact assessment",
            |a| {
                a.inventory
                    .set_impact_answer("S1", "fairness.1", None)
                    .expect("a question")
            },
            vec![(AiSystems, impact("S1"))],
        ),
        (
            "a second system, assessed and with its own risk",
            |a| {
                let id = add_system(a, LifeCycleStage::Development);
                a.inventory
                    .edit(&id, |s| s.impact = finished_impact())
                    .expect("just added");
                add_risk(a, |r| r.system_id = id);
            },
            vec![],
        ),
        (
            "a system whose only risk is closed",
            |a| {
                let id = add_system(a, LifeCycleStage::Development);
                a.inventory
                    .edit(&id, |s| s.impact = finished_impact())
                    .expect("just added");
                add_risk(a, |r| {
                    r.system_id = id;
                    r.status = RiskStatus::Closed;
                });
            },
            vec![(AiSystems, system("S2"))],
        ),
    ]);
}

#[test]
fn blockers_follow_the_checklist_order_and_the_headline_counts_them() {
    let mut assessment = ready();
    assessment.inventory.systems.clear();
    edit_r1(&mut assessment, |r| r.inherent = Some(Rating::new(5, 5)));
    decide(&mut assessment, "A.3.3", Applicability::Undecided, "");
    clear_evidence(&mut assessment, "7.2");
    answer(&mut assessment, "9.1", &[Some(Answer::No)]);
    answer(&mut assessment, "4.4", &[Some(Answer::No)]);
    let result = verdict(catalog(), &assessment);
    let actual: Expected = result
        .blockers
        .iter()
        .map(|blocker| (blocker.requirement, blocker.place.clone()))
        .collect();
    assert_eq!(
        actual,
        [
            (ClauseItems, item("4.4")),
            (ClauseItems, item("9.1")),
            (DocumentedInformation, item("7.2")),
            (StatementOfApplicability, soa("A.3.3")),
            (RiskAssessment, risk("R1")),
            (AiSystems, None),
        ]
    );
    assert_eq!(
        result.headline(),
        "Not ready for a stage 1 audit yet: 6 blockers"
    );
    let title = |id: &str| catalog().item(id).expect("known item").title;
    assert_eq!(
        result.blockers[0].message,
        format!(
            "4.4 {} is at \"Not implemented\"; it needs to be at least \"Largely implemented\".",
            title("4.4")
        )
    );
    assert_eq!(
        result.blockers[5].message,
        "The AI system inventory lists no system outside retirement. Add the AI systems the \
         management system covers."
    );

    let mut one = ready();
    clear_evidence(&mut one, "4.3");
    assert_eq!(
        verdict(catalog(), &one).headline(),
        "Not ready for a stage 1 audit yet: 1 blocker"
    );
}

#[test]
fn requirements_and_the_disclaimer_are_worded_for_the_checklist() {
    for requirement in Requirement::ALL {
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
