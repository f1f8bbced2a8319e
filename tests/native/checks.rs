//! The consistency check: every rule fires on a case that breaks it and stays quiet on a case
//! that does not, starting each time from an assessment with nothing to find.

use aims_assess::domain::action_plan::{ActionStatus, CustomAction};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::checks::{check, counts, Finding, Place, Rule, Severity};
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::impact::score;
use aims_assess::domain::impact_catalog::all_harms;
use aims_assess::domain::impact_record::{AnnexIiiArea, PeopleReached};
use aims_assess::domain::records::{Decimal, Measurement, RegisterKind, REVIEW_INPUTS};
use aims_assess::domain::risk::{Acceptance, Risk, RiskStatus, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::soa::{Applicability, InclusionReason};
use aims_assess::domain::system::{ImpactRecord, LifeCycleStage};

pub fn date(text: &str) -> IsoDate {
    text.parse().expect("a valid date")
}

/// The day the checks run, unless a case says otherwise.
pub fn today() -> Option<IsoDate> {
    Some(date("2026-11-23"))
}

/// An approved impact record with the context answered and every harm answered "no harm", so
/// nothing is open.
pub fn finished_impact() -> ImpactRecord {
    let mut record = ImpactRecord {
        annex_iii: Some(AnnexIiiArea::NotListed),
        people_reached: Some(PeopleReached::FewerThan100),
        approved_by: "Dana Kim".to_owned(),
        approved_on: Some(date("2026-11-02")),
        ..ImpactRecord::default()
    };
    for (_, harm) in all_harms() {
        record.answers.insert(harm.id.to_owned(), "none".to_owned());
    }
    assert!(!score(&record).is_provisional(), "every question answered");
    record
}

/// Sets one-value fields of a register entry.
pub fn set(assessment: &mut Assessment, kind: RegisterKind, id: &str, values: &[(&str, &str)]) {
    for (key, value) in values {
        assessment
            .records
            .set_value(kind, id, key, (*value).to_owned())
            .expect("a valid value");
    }
}

/// Sets a list field of a register entry.
pub fn set_list(
    assessment: &mut Assessment,
    kind: RegisterKind,
    id: &str,
    key: &str,
    list: &[&str],
) {
    assessment
        .records
        .set_list(
            catalog(),
            kind,
            id,
            key,
            list.iter().map(|e| (*e).to_owned()).collect(),
        )
        .expect("a valid list");
}

/// Adds an entry and returns its ID.
pub fn add_record(assessment: &mut Assessment, kind: RegisterKind, name: &str) -> String {
    assessment.records.add(kind, name.to_owned()).expect("room")
}

pub fn measure(assessment: &mut Assessment, id: &str, on: &str, value: &str) {
    assessment
        .records
        .add_measurement(
            id,
            Measurement {
                date: date(on),
                value: Decimal::parse(value).expect("a number"),
                comment: String::new(),
            },
        )
        .expect("an objective");
}

/// The records `ready()` keeps: OBJ1 measured on target, COMP1 met with evidence, AUD1 held
/// by an independent auditor, REV1 held with every input and one decision.
pub fn with_records(assessment: &mut Assessment) {
    use RegisterKind::*;
    let objective = add_record(assessment, Objectives, "Impact assessments current");
    set(
        assessment,
        Objectives,
        &objective,
        &[
            ("target", "95"),
            ("direction", "at-least"),
            ("unit", "%"),
            ("frequency", "quarterly"),
            ("owner", "Head of AI"),
        ],
    );
    measure(assessment, &objective, "2026-10-01", "97");
    let role = add_record(assessment, Competence, "Data scientist");
    set(
        assessment,
        Competence,
        &role,
        &[("status", "met"), ("evidence", "Training records")],
    );
    let audit = add_record(assessment, Audits, "Internal audit 2026");
    set(
        assessment,
        Audits,
        &audit,
        &[
            ("planned_on", "2026-09-01"),
            ("held_on", "2026-09-03"),
            ("independence", "independent"),
        ],
    );
    let review = add_record(assessment, Reviews, "Management review 2026");
    set(
        assessment,
        Reviews,
        &review,
        &[
            ("held_on", "2026-10-10"),
            ("decisions", "Hire a second data scientist"),
        ],
    );
    let inputs: Vec<&str> = REVIEW_INPUTS.iter().map(|choice| choice.slug).collect();
    set_list(assessment, Reviews, &review, "inputs", &inputs);
}

/// An assessment with nothing to find: every item answered Yes with evidence, every control
/// included for good practice, one AI system S1 in operation with a finished impact
/// assessment, one low risk R1 of S1, and the records of `with_records`.
pub fn ready() -> Assessment {
    let mut assessment = Assessment::named("ready");
    for item in catalog().clause_items().chain(catalog().controls()) {
        for question in item.questions {
            assessment
                .set_answer(catalog(), item.id, question.id, Some(Answer::Yes))
                .expect("known question");
        }
        assessment
            .set_text(catalog(), item.id, TextField::Evidence, "Manual v2".into())
            .expect("known item");
    }
    for control in catalog().controls() {
        decide(&mut assessment, control.id, Applicability::Applicable, "");
    }
    let system = assessment.inventory.add("Support chatbot".into()).unwrap();
    assessment
        .inventory
        .edit(&system, |system| {
            system.stage = Some(LifeCycleStage::OperationAndMonitoring);
            system.impact = finished_impact();
        })
        .expect("just added");
    assessment
        .risks
        .add(Risk {
            title: "Wrong answers".into(),
            system_id: system,
            inherent: Some(Rating::new(1, 1)),
            ..Risk::default()
        })
        .unwrap();
    with_records(&mut assessment);
    assessment
}

/// Records a decision for a control; an applicable one gets "good practice" as its reason.
pub fn decide(assessment: &mut Assessment, control: &str, applicability: Applicability, why: &str) {
    assessment
        .soa
        .edit(catalog(), control, |decision| {
            decision.applicability = applicability;
            decision.justification = why.to_owned();
            if applicability == Applicability::Applicable {
                decision.reasons.insert(InclusionReason::GoodPractice);
            }
        })
        .expect("known control");
}

/// Answers every question of an item with the answers given in turn; `None` clears it.
pub fn answer(assessment: &mut Assessment, item_id: &str, answers: &[Option<Answer>]) {
    let item = catalog().item(item_id).expect("known item");
    for (question, value) in item.questions.iter().zip(answers.iter().cycle()) {
        assessment
            .set_answer(catalog(), item_id, question.id, *value)
            .expect("known question");
    }
}

pub fn clear_evidence(assessment: &mut Assessment, item_id: &str) {
    assessment
        .set_text(catalog(), item_id, TextField::Evidence, String::new())
        .expect("known item");
}

pub fn set_due(assessment: &mut Assessment, item_id: &str, due: &str) {
    assessment
        .set_due_date(catalog(), item_id, Some(date(due)))
        .expect("known item");
}

pub fn add_risk(assessment: &mut Assessment, change: impl FnOnce(&mut Risk)) {
    let mut risk = Risk {
        inherent: Some(Rating::new(1, 1)),
        ..Risk::default()
    };
    change(&mut risk);
    assessment.risks.add(risk).unwrap();
}

pub fn edit_r1(assessment: &mut Assessment, change: impl FnOnce(&mut Risk)) {
    assessment.risks.edit("R1", change).expect("R1 exists");
}

pub fn add_system(assessment: &mut Assessment, stage: LifeCycleStage) -> String {
    let id = assessment.inventory.add("Scoring model".into()).unwrap();
    assessment
        .inventory
        .edit(&id, |system| system.stage = Some(stage))
        .expect("just added");
    id
}

fn add_action(assessment: &mut Assessment, due: Option<&str>, status: ActionStatus) {
    assessment.actions.custom.push(CustomAction {
        id: "A1".into(),
        title: "Train the support team".into(),
        due_date: due.map(date),
        status,
        ..CustomAction::default()
    });
}

fn overdue_step(done: bool) -> TreatmentAction {
    TreatmentAction {
        description: "Add a human check".into(),
        due_date: Some(date("2026-11-01")),
        done,
        ..TreatmentAction::default()
    }
}

fn item(id: &str) -> Place {
    Place::Item(id.into())
}
fn soa(id: &str) -> Place {
    Place::SoaControl(id.into())
}
fn risk(id: &str) -> Place {
    Place::Risk(id.into())
}
fn impact(id: &str) -> Place {
    Place::ImpactAssessment(id.into())
}
fn system(id: &str) -> Place {
    Place::System(id.into())
}

type Change = fn(&mut Assessment);
type Expected = Vec<(Rule, Severity, Place)>;

/// Runs the check on `ready()` changed by `change`, and compares every finding's rule,
/// severity and place.
fn check_case(name: &str, change: Change, today: Option<IsoDate>, expected: Expected) {
    let mut assessment = ready();
    change(&mut assessment);
    let actual: Expected = check(catalog(), &assessment, today)
        .into_iter()
        .map(|finding| (finding.rule, finding.severity, finding.place))
        .collect();
    assert_eq!(actual, expected, "{name}");
}

fn check_cases(cases: Vec<(&str, Change, Expected)>) {
    for (name, change, expected) in cases {
        check_case(name, change, today(), expected);
    }
}

use Rule::*;
use Severity::{High, Low, Medium};

#[test]
fn a_complete_assessment_has_nothing_to_find() {
    assert_eq!(check(catalog(), &ready(), today()), []);
    assert_eq!(check(catalog(), &ready(), None), []);
}

#[test]
fn unanswered_questions_of_items_in_scope() {
    check_cases(vec![
        (
            "one of five open: low",
            |a| answer(a, "4.1", &[Some(Answer::Yes), Some(Answer::Yes), None]),
            vec![(UnansweredQuestions, Low, item("4.1"))],
        ),
        (
            "none answered: medium",
            |a| answer(a, "4.1", &[None]),
            vec![(UnansweredQuestions, Medium, item("4.1"))],
        ),
        (
            "a control in scope counts",
            |a| answer(a, "A.2.3", &[None]),
            vec![(UnansweredQuestions, Medium, item("A.2.3"))],
        ),
        (
            "a justified exclusion is out of scope",
            |a| {
                decide(a, "A.10.4", Applicability::NotApplicable, "No customers.");
                answer(a, "A.10.4", &[None]);
            },
            vec![],
        ),
        (
            "an exclusion without justification is still in scope",
            |a| {
                decide(a, "A.10.4", Applicability::NotApplicable, "");
                answer(a, "A.10.4", &[None]);
            },
            vec![
                (ExclusionWithoutJustification, High, soa("A.10.4")),
                (UnansweredQuestions, Medium, item("A.10.4")),
            ],
        ),
    ]);
}

#[test]
fn fully_implemented_needs_evidence() {
    check_cases(vec![
        (
            "no evidence",
            |a| clear_evidence(a, "4.1"),
            vec![(FullyImplementedWithoutEvidence, High, item("4.1"))],
        ),
        (
            "blank evidence",
            |a| {
                a.set_text(catalog(), "A.2.3", TextField::Evidence, " \n ".into())
                    .expect("known item")
            },
            vec![(FullyImplementedWithoutEvidence, High, item("A.2.3"))],
        ),
        (
            "documented too: reported once",
            |a| clear_evidence(a, "4.3"),
            vec![(FullyImplementedWithoutEvidence, High, item("4.3"))],
        ),
        (
            "not fully implemented, nothing documented: nothing",
            |a| {
                answer(a, "4.1", &[Some(Answer::Partly)]);
                clear_evidence(a, "4.1");
            },
            vec![],
        ),
        (
            "a justified exclusion is out of scope",
            |a| {
                decide(a, "A.10.4", Applicability::NotApplicable, "No customers.");
                clear_evidence(a, "A.10.4");
            },
            vec![],
        ),
    ]);
}

#[test]
fn documented_information_needs_evidence() {
    check_cases(vec![
        (
            "a clause item: high",
            |a| {
                answer(a, "4.3", &[Some(Answer::Partly)]);
                clear_evidence(a, "4.3");
            },
            vec![(DocumentedInformationMissing, High, item("4.3"))],
        ),
        (
            "not assessed at all still counts",
            |a| {
                answer(a, "4.3", &[None]);
                clear_evidence(a, "4.3");
            },
            vec![
                (DocumentedInformationMissing, High, item("4.3")),
                (UnansweredQuestions, Medium, item("4.3")),
            ],
        ),
        (
            "a control: medium",
            |a| {
                answer(a, "A.2.2", &[Some(Answer::No)]);
                clear_evidence(a, "A.2.2");
            },
            vec![(DocumentedInformationMissing, Medium, item("A.2.2"))],
        ),
        (
            "with evidence: nothing",
            |a| answer(a, "A.2.2", &[Some(Answer::No)]),
            vec![],
        ),
        (
            "a justified exclusion is out of scope",
            |a| {
                decide(a, "A.2.2", Applicability::NotApplicable, "Group policy.");
                answer(a, "A.2.2", &[Some(Answer::No)]);
                clear_evidence(a, "A.2.2");
            },
            vec![],
        ),
    ]);
}

#[test]
fn soa_gaps_come_from_the_soa_rules() {
    check_cases(vec![
        (
            "exclusion without justification",
            |a| decide(a, "A.10.4", Applicability::NotApplicable, "  "),
            vec![(ExclusionWithoutJustification, High, soa("A.10.4"))],
        ),
        (
            "justified exclusion",
            |a| decide(a, "A.10.4", Applicability::NotApplicable, "No customers."),
            vec![],
        ),
        (
            "excluded although a live risk uses it, justified or not: reported once",
            |a| {
                edit_r1(a, |r| r.controls = vec!["A.6.2.4".into()]);
                decide(a, "A.6.2.4", Applicability::NotApplicable, "");
            },
            vec![(ExcludedControlTreatsRisk, High, soa("A.6.2.4"))],
        ),
        (
            "excluded and used only by a closed risk",
            |a| {
                add_risk(a, |r| {
                    r.controls = vec!["A.6.2.4".into()];
                    r.status = RiskStatus::Closed;
                });
                decide(
                    a,
                    "A.6.2.4",
                    Applicability::NotApplicable,
                    "Not built here.",
                );
            },
            vec![],
        ),
        (
            "undecided",
            |a| decide(a, "A.3.3", Applicability::Undecided, ""),
            vec![(UndecidedControl, Medium, soa("A.3.3"))],
        ),
        (
            "undecided but treating a live risk",
            |a| {
                edit_r1(a, |r| r.controls = vec!["A.3.3".into()]);
                decide(a, "A.3.3", Applicability::Undecided, "");
            },
            vec![],
        ),
        (
            "included without a reason",
            |a| {
                a.soa
                    .edit(catalog(), "A.5.2", |d| d.reasons = Default::default())
                    .expect("known control")
            },
            vec![(InclusionWithoutReason, Low, soa("A.5.2"))],
        ),
    ]);
}

#[test]
fn risks_above_the_limit_need_acceptance_and_every_live_risk_a_rating() {
    check_cases(vec![
        (
            "critical, not accepted",
            |a| edit_r1(a, |r| r.inherent = Some(Rating::new(5, 5))),
            vec![(RiskNotAccepted, High, risk("R1"))],
        ),
        (
            "critical, accepted by a named person on a date",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.acceptance = Acceptance {
                        accepted_by: "Dana Kim".into(),
                        date: Some(date("2026-11-02")),
                        rationale: String::new(),
                    };
                })
            },
            vec![],
        ),
        (
            "critical before treatment, low after",
            |a| {
                edit_r1(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.residual = Some(Rating::new(1, 2));
                })
            },
            vec![],
        ),
        (
            "critical but closed",
            |a| {
                add_risk(a, |r| {
                    r.inherent = Some(Rating::new(5, 5));
                    r.status = RiskStatus::Closed;
                })
            },
            vec![],
        ),
        (
            "not rated",
            |a| add_risk(a, |r| r.inherent = None),
            vec![(RiskNotRated, Medium, risk("R2"))],
        ),
        (
            "not rated but closed",
            |a| {
                add_risk(a, |r| {
                    r.inherent = None;
                    r.status = RiskStatus::Closed;
                })
            },
            vec![],
        ),
    ]);
}

#[test]
fn ai_systems_need_a_finished_impact_assessment_and_a_live_risk() {
    check_cases(vec![
        (
            "a new system",
            |a| {
                add_system(a, LifeCycleStage::Design);
            },
            vec![
                (NoImpactAssessment, High, impact("S2")),
                (SystemWithoutRisks, Medium, system("S2")),
            ],
        ),
        (
            "a new system without a stage counts too",
            |a| {
                a.inventory.add("Unsorted".into()).unwrap();
            },
            vec![
                (NoImpactAssessment, High, impact("S2")),
                (SystemWithoutRisks, Medium, system("S2")),
            ],
        ),
        (
            "a retired system is exempt",
            |a| {
                add_system(a, LifeCycleStage::Retirement);
            },
            vec![],
        ),
        (
            "a section marked as not applicable alone is no impact assessment",
            |a| {
                let id = add_system(a, LifeCycleStage::Idea);
                a.inventory
                    .edit(&id, |s| {
                        s.impact
                            .not_applicable
                            .insert("children".into(), "Adults only".into());
                    })
                    .expect("there");
                add_risk(a, |r| r.system_id = id);
            },
            vec![(NoImpactAssessment, High, impact("S2"))],
        ),
        (
            "one impact question open: provisional",
            |a| {
                a.inventory
                    .set_impact_answer("S1", "fairness.2", None)
                    .expect("a question")
            },
            vec![(ProvisionalImpactAssessment, Medium, impact("S1"))],
        ),
        (
            "the system record changed after the impact assessment was approved",
            |a| {
                a.inventory
                    .edit("S1", |s| s.changed_on = Some(date("2026-11-20")))
                    .expect("there")
            },
            vec![(ReassessmentDue, Medium, impact("S1"))],
        ),
        (
            "changed on the day of approval: no reassessment",
            |a| {
                a.inventory
                    .edit("S1", |s| s.changed_on = Some(date("2026-11-02")))
                    .expect("there")
            },
            vec![],
        ),
        (
            "the only risk unlinked",
            |a| edit_r1(a, |r| r.system_id = String::new()),
            vec![(SystemWithoutRisks, Medium, system("S1"))],
        ),
        (
            "the only risk closed",
            |a| edit_r1(a, |r| r.status = RiskStatus::Closed),
            vec![(SystemWithoutRisks, Medium, system("S1"))],
        ),
        (
            "a treated or accepted risk still counts",
            |a| edit_r1(a, |r| r.status = RiskStatus::Accepted),
            vec![],
        ),
    ]);
}

#[test]
fn overdue_actions_of_risks_items_and_the_plan() {
    check_cases(vec![
        (
            "a risk treatment action past due",
            |a| edit_r1(a, |r| r.actions = vec![overdue_step(false)]),
            vec![(OverdueAction, Medium, risk("R1"))],
        ),
        (
            "a risk treatment action done",
            |a| edit_r1(a, |r| r.actions = vec![overdue_step(true)]),
            vec![],
        ),
        (
            "a closed risk's action past due",
            |a| {
                add_risk(a, |r| {
                    r.actions = vec![overdue_step(false)];
                    r.status = RiskStatus::Closed;
                })
            },
            vec![],
        ),
        (
            "an item past due and not fully implemented",
            |a| {
                answer(a, "4.1", &[Some(Answer::Yes), Some(Answer::No)]);
                set_due(a, "4.1", "2026-11-22");
            },
            vec![(OverdueAction, Medium, item("4.1"))],
        ),
        (
            "an item due today",
            |a| {
                answer(a, "4.1", &[Some(Answer::No)]);
                set_due(a, "4.1", "2026-11-23");
            },
            vec![],
        ),
        (
            "an item past due but fully implemented",
            |a| set_due(a, "4.1", "2026-01-01"),
            vec![],
        ),
        (
            "a justified exclusion past due",
            |a| {
                decide(a, "A.10.4", Applicability::NotApplicable, "No customers.");
                answer(a, "A.10.4", &[Some(Answer::No)]);
                set_due(a, "A.10.4", "2026-01-01");
            },
            vec![],
        ),
        (
            "a custom action past due and open",
            |a| add_action(a, Some("2026-11-01"), ActionStatus::Open),
            vec![(OverdueAction, Medium, Place::Action("A1".into()))],
        ),
        (
            "a custom action past due and in progress",
            |a| add_action(a, Some("2026-11-01"), ActionStatus::InProgress),
            vec![(OverdueAction, Medium, Place::Action("A1".into()))],
        ),
        (
            "a custom action past due and done",
            |a| add_action(a, Some("2026-11-01"), ActionStatus::Done),
            vec![],
        ),
        (
            "a custom action with no due date",
            |a| add_action(a, None, ActionStatus::Open),
            vec![],
        ),
    ]);
}

#[test]
fn without_today_nothing_is_overdue() {
    check_case(
        "everything past due, no today",
        |a| {
            edit_r1(a, |r| r.actions = vec![overdue_step(false)]);
            answer(a, "4.1", &[Some(Answer::No)]);
            set_due(a, "4.1", "2020-01-01");
            add_action(a, Some("2020-01-01"), ActionStatus::Open);
        },
        None,
        vec![],
    );
}

#[test]
fn findings_are_ordered_by_severity_then_rule_then_catalog() {
    let mut assessment = ready();
    answer(&mut assessment, "4.1", &[Some(Answer::Yes), None]);
    clear_evidence(&mut assessment, "5.2");
    clear_evidence(&mut assessment, "4.3");
    decide(&mut assessment, "A.3.3", Applicability::Undecided, "");
    decide(&mut assessment, "A.10.4", Applicability::NotApplicable, "");
    decide(&mut assessment, "A.2.3", Applicability::NotApplicable, "");
    let findings = check(catalog(), &assessment, today());
    let actual: Vec<(Rule, Place)> = findings
        .iter()
        .map(|finding| (finding.rule, finding.place.clone()))
        .collect();
    assert_eq!(
        actual,
        [
            (FullyImplementedWithoutEvidence, item("4.3")),
            (FullyImplementedWithoutEvidence, item("5.2")),
            (ExclusionWithoutJustification, soa("A.2.3")),
            (ExclusionWithoutJustification, soa("A.10.4")),
            (UndecidedControl, soa("A.3.3")),
            (UnansweredQuestions, item("4.1")),
        ]
    );
    assert_eq!(counts(&findings), [4, 1, 1]);
    assert_eq!(counts(&[]), [0, 0, 0]);
}

#[test]
fn an_empty_assessment_lists_every_item_and_control() {
    let findings = check(catalog(), &Assessment::default(), None);
    let of = |rule: Rule| -> Vec<&Finding> { findings.iter().filter(|f| f.rule == rule).collect() };
    assert_eq!(of(UnansweredQuestions).len(), 32 + 38);
    assert_eq!(of(UndecidedControl).len(), 38);
    let documented = catalog()
        .clause_items()
        .chain(catalog().controls())
        .filter(|item| item.documented)
        .count();
    assert_eq!(of(DocumentedInformationMissing).len(), documented);
    assert_eq!(findings[0].place, item("4.3"), "the first High finding");
    assert_eq!(findings.len(), 70 + 38 + documented);
}

#[test]
fn messages_name_the_thing_and_say_what_to_do() {
    let mut assessment = ready();
    answer(&mut assessment, "4.1", &[Some(Answer::Yes), None, None]);
    clear_evidence(&mut assessment, "4.2");
    answer(&mut assessment, "A.2.2", &[Some(Answer::No)]);
    clear_evidence(&mut assessment, "A.2.2");
    decide(&mut assessment, "A.10.4", Applicability::NotApplicable, "");
    edit_r1(&mut assessment, |r| {
        r.inherent = Some(Rating::new(5, 5));
        r.actions = vec![overdue_step(false)];
    });
    add_system(&mut assessment, LifeCycleStage::Design);
    assessment
        .inventory
        .set_impact_answer("S1", "fairness.2", None)
        .expect("a question");
    set_due(&mut assessment, "4.1", "2026-10-31");
    add_action(&mut assessment, Some("2026-11-01"), ActionStatus::Open);
    let messages: Vec<String> = check(catalog(), &assessment, today())
        .into_iter()
        .map(|finding| finding.message)
        .collect();
    let title = |id: &str| catalog().item(id).expect("known item").title;
    assert_eq!(
        messages,
        [
            format!(
                "4.2 {} is answered as fully implemented, but no evidence is recorded. Add \
                 references to the documents or records that show it.",
                title("4.2")
            ),
            format!(
                "A.10.4 {} is excluded without a justification. Write why it does not apply, \
                 or include it.",
                title("A.10.4")
            ),
            "R1 Wrong answers is Critical, above the acceptance limit, and has not been \
             accepted by a named person on a date. Treat it further, or record who accepted \
             it and when."
                .to_owned(),
            "S2 Scoring model has no impact assessment yet. Answer its impact questionnaire."
                .to_owned(),
            format!(
                "A.2.2 {} calls for documented information, and no evidence is recorded. Note \
                 where the documents or records are kept.",
                title("A.2.2")
            ),
            "The impact assessment of S1 Support chatbot is provisional: 1 question is still \
             unanswered. Answer the rest to settle its level."
                .to_owned(),
            "S2 Scoring model has no open risk in the register linked to it. Assess its risks \
             and link them to the system."
                .to_owned(),
            "R1 Wrong answers: the treatment action \"Add a human check\" was due on \
             2026-11-01 and is not done. Finish it, or set a new due date."
                .to_owned(),
            format!(
                "4.1 {} was due on 2026-10-31 and is not fully implemented yet. Finish the \
                 work, or set a new due date.",
                title("4.1")
            ),
            "A1 Train the support team was due on 2026-11-01 and is not done. Finish it, or \
             set a new due date."
                .to_owned(),
            format!(
                "4.1 {}: 3 of its 5 questions are unanswered. Answer the rest to complete it.",
                title("4.1")
            ),
        ]
    );
}

#[test]
fn labels_name_every_rule_and_severity() {
    let labels: Vec<&str> = Rule::ALL.iter().map(|rule| rule.label()).collect();
    assert_eq!(labels[0], "Unanswered questions");
    assert_eq!(labels.last(), Some(&"Supplier without contract clauses"));
    let mut unique = labels.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), Rule::ALL.len(), "every label differs");
    assert_eq!(
        Severity::ALL.map(Severity::label),
        ["High", "Medium", "Low"]
    );
    assert!(Severity::High < Severity::Low, "High sorts first");
    assert_eq!(Place::Action("A3".into()).id(), "A3");
}

fn record(kind: RegisterKind, id: &str) -> Place {
    Place::Record(kind, id.into())
}

#[test]
fn registers_of_the_management_system_are_checked() {
    use RegisterKind::*;
    let register = |kind| Place::Register(kind);
    check_cases(vec![
        (
            "a document serving 5.2 and A.2.2, unapproved and past its review",
            |a| {
                let doc = add_record(a, Documents, "AI policy");
                set_list(a, Documents, &doc, "items", &["5.2", "A.2.2"]);
                set(a, Documents, &doc, &[("next_review", "2026-11-22")]);
            },
            // Every other required item is now looked for in the register.
            {
                let mut expected: Expected = catalog()
                    .clause_items()
                    .chain(catalog().controls())
                    .filter(|item| item.documented && item.id != "5.2" && item.id != "A.2.2")
                    .filter(|item| !item.is_control())
                    .map(|_| (DocumentedInformationMissing, High, register(Documents)))
                    .collect();
                expected.push((DocumentNotApproved, High, record(Documents, "DOC1")));
                expected.extend(
                    catalog()
                        .controls()
                        .filter(|item| item.documented && item.id != "A.2.2")
                        .map(|_| (DocumentedInformationMissing, Medium, register(Documents))),
                );
                expected.push((DocumentReviewOverdue, Medium, record(Documents, "DOC1")));
                expected
            },
        ),
        (
            "an objective measured too long ago, off target, without an owner",
            |a| {
                set(a, Objectives, "OBJ1", &[("owner", "")]);
                measure(a, "OBJ1", "2026-08-01", "90");
                a.records
                    .remove_measurement("OBJ1", 1)
                    .expect("the later one");
            },
            vec![
                (ObjectiveIncomplete, Medium, record(Objectives, "OBJ1")),
                (ObjectiveNotMeasured, Medium, record(Objectives, "OBJ1")),
                (ObjectiveOffTarget, Medium, record(Objectives, "OBJ1")),
            ],
        ),
        (
            "competence: a gap, a claim without evidence, a refresh past",
            |a| {
                set(
                    a,
                    Competence,
                    "COMP1",
                    &[("evidence", ""), ("refresh_due", "2026-11-01")],
                );
                let role = add_record(a, Competence, "Recruiter");
                set(a, Competence, &role, &[("status", "gap")]);
                let role = add_record(a, Competence, "Reviewer");
                set(a, Competence, &role, &[("status", "partly")]);
            },
            vec![
                (CompetenceNotMet, High, record(Competence, "COMP2")),
                (CompetenceWithoutEvidence, High, record(Competence, "COMP1")),
                (CompetenceNotMet, Medium, record(Competence, "COMP3")),
                (
                    CompetenceRefreshOverdue,
                    Medium,
                    record(Competence, "COMP1"),
                ),
            ],
        ),
        (
            "audits and reviews: none held, not independent, planned and past",
            |a| {
                set(
                    a,
                    Audits,
                    "AUD1",
                    &[("held_on", ""), ("independence", "not-independent")],
                );
                set(
                    a,
                    Reviews,
                    "REV1",
                    &[("held_on", ""), ("planned_on", "2026-11-20")],
                );
            },
            vec![
                (NoAuditHeld, High, register(Audits)),
                (AuditorNotIndependent, High, record(Audits, "AUD1")),
                (NoReviewHeld, High, register(Reviews)),
                (AuditOrReviewOverdue, Medium, record(Audits, "AUD1")),
                (AuditOrReviewOverdue, Medium, record(Reviews, "REV1")),
            ],
        ),
        (
            "a held review without every input or any decision",
            |a| {
                set(a, Reviews, "REV1", &[("decisions", "")]);
                set_list(a, Reviews, "REV1", "inputs", &["audit-results"]);
            },
            vec![
                (ReviewInputsMissing, Medium, record(Reviews, "REV1")),
                (ReviewWithoutDecisions, Medium, record(Reviews, "REV1")),
            ],
        ),
        (
            "incidents: one closed without its cause, one open 93 days",
            |a| {
                let closed = add_record(a, Incidents, "Wrong refusal");
                set(
                    a,
                    Incidents,
                    &closed,
                    &[("status", "closed"), ("corrective_action", "Retrain")],
                );
                let open = add_record(a, Incidents, "Data leak");
                set(a, Incidents, &open, &[("occurred_on", "2026-08-22")]);
                let recent = add_record(a, Incidents, "Near miss");
                set(a, Incidents, &recent, &[("occurred_on", "2026-08-25")]);
            },
            vec![
                (IncidentNotClosedOut, High, record(Incidents, "INC1")),
                (IncidentOpenTooLong, Medium, record(Incidents, "INC2")),
            ],
        ),
        (
            "suppliers: never assessed, past review, no clauses",
            |a| {
                let supplier = add_record(a, Suppliers, "Model host");
                set(a, Suppliers, &supplier, &[("next_review", "2026-11-01")]);
                let fine = add_record(a, Suppliers, "Labeller");
                set(
                    a,
                    Suppliers,
                    &fine,
                    &[("assessed_on", "2026-01-01"), ("next_review", "2026-11-23")],
                );
                set_list(a, Suppliers, &fine, "clauses", &["data-use"]);
            },
            vec![
                (SupplierNotAssessed, Medium, record(Suppliers, "SUP1")),
                (SupplierReviewOverdue, Medium, record(Suppliers, "SUP1")),
                (
                    SupplierWithoutContractClauses,
                    Low,
                    record(Suppliers, "SUP1"),
                ),
            ],
        ),
    ]);
}

#[test]
fn empty_audit_and_review_registers_matter_once_a_stage_is_targeted() {
    let empty = |a: &mut Assessment| {
        for kind in [RegisterKind::Audits, RegisterKind::Reviews] {
            let id = a.records.get(kind).records[0].id.clone();
            a.records.remove(kind, &id).expect("there");
        }
    };
    let mut assessment = ready();
    empty(&mut assessment);
    assert_eq!(check(catalog(), &assessment, today()), []);
    assessment.certification.stage1_target = Some(date("2027-02-01"));
    let rules: Vec<Rule> = check(catalog(), &assessment, today())
        .into_iter()
        .map(|finding| finding.rule)
        .collect();
    assert_eq!(rules, [NoAuditHeld, NoReviewHeld]);
}

#[test]
fn record_messages_say_what_is_wrong_and_what_to_do() {
    use RegisterKind::*;
    let mut assessment = ready();
    let doc = add_record(&mut assessment, Documents, "AI policy");
    set_list(&mut assessment, Documents, &doc, "items", &["5.2"]);
    measure(&mut assessment, "OBJ1", "2026-11-20", "90");
    set(&mut assessment, Reviews, "REV1", &[("decisions", "")]);
    set_list(
        &mut assessment,
        Reviews,
        "REV1",
        "inputs",
        &[
            "previous-actions",
            "external-internal-issues",
            "interested-parties",
            "nonconformities",
            "monitoring-results",
        ],
    );
    let incident = add_record(&mut assessment, Incidents, "Wrong refusal");
    set(
        &mut assessment,
        Incidents,
        &incident,
        &[("status", "closed"), ("cause", "Drift")],
    );
    let messages: Vec<String> = check(catalog(), &assessment, today())
        .into_iter()
        .filter(|finding| finding.rule != DocumentedInformationMissing)
        .map(|finding| finding.message)
        .collect();
    assert_eq!(
        messages,
        [
            "DOC1 AI policy serves 5.2 but has no approval recorded. Record who approved this \
             version and when.",
            "INC1 Wrong refusal is closed without a corrective action and a check of \
             effectiveness. Record them, or reopen it until they are done.",
            "OBJ1 Impact assessments current: the latest measurement, 90 % on 2026-11-20, \
             misses the target of at least 95 %. Record what is done to reach it.",
            "REV1 Management review 2026 did not consider: Results of audits; Opportunities to \
             improve. Cover them at the next review, or tick them if they were considered.",
            "REV1 Management review 2026 has no decisions recorded. Record what was decided, \
             one decision per line.",
        ]
    );
    let missing = check(catalog(), &assessment, today())
        .into_iter()
        .find(|finding| finding.rule == DocumentedInformationMissing)
        .expect("4.3 is served by no document");
    let title = catalog().item("4.3").expect("known").title;
    assert_eq!(
        missing.message,
        format!(
            "4.3 {title} calls for documented information, and no document in the register \
             serves it. Add the document, or tick 4.3 under \"Serves\" of the document that \
             covers it."
        )
    );
}
