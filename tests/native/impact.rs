//! The impact method, version 2 (docs/impact-method.md): the rule table for one harm, the
//! system level by the worst harm before and after the measures that address each harm, the
//! Annex III floor, sections that do not apply, provisional results, suggested risks, the
//! explanations' wording, and versions. The worked examples are the ones the docs show.

use aims_assess::domain::impact::{rate, score, ImpactLevel, ImpactResult, OpenPoint};
use aims_assess::domain::impact_catalog::{all_harms, all_measures, Severity};
use aims_assess::domain::impact_record::{
    answer_differences, AnnexIiiArea, HarmFollowUp, ImpactRecord, Likelihood, PeopleReached,
    Reversibility,
};
use aims_assess::domain::impact_text::{explain_harm, explain_level, ImpactText};
use aims_assess::domain::system::{
    reassessment_reasons, Inventory, ReassessmentReason, SystemError,
};
use aims_assess::io::impact_text::parse_impact_text;
use proptest::prelude::*;

fn level(number: u8) -> Option<ImpactLevel> {
    Some(ImpactLevel::new(number))
}

/// The questionnaire's wording, read from the file the app loads.
fn text() -> ImpactText {
    parse_impact_text(include_str!("../../src/domain/catalog/impact.json")).expect("readable")
}

/// A harm answer: question, severity, likelihood, reversibility.
type Harm = (&'static str, &'static str, Likelihood, Reversibility);

/// A record with the context answered, the given harms, every other harm "none", and the
/// given measures "in place" or "partly"; every other measure not in place.
fn profile(
    area: AnnexIiiArea,
    people: PeopleReached,
    harms: &[Harm],
    in_place: &[&str],
    partly: &[&str],
) -> ImpactRecord {
    let mut record = ImpactRecord {
        annex_iii: Some(area),
        people_reached: Some(people),
        ..ImpactRecord::default()
    };
    for (_, harm) in all_harms() {
        record.answers.insert(harm.id.to_owned(), "none".to_owned());
    }
    for (id, severity, likelihood, reversibility) in harms {
        record
            .answers
            .insert((*id).to_owned(), (*severity).to_owned());
        record.follow_ups.insert(
            (*id).to_owned(),
            HarmFollowUp {
                likelihood: Some(*likelihood),
                reversibility: Some(*reversibility),
            },
        );
    }
    for measure in all_measures() {
        let state = if in_place.contains(&measure.id) {
            "in_place"
        } else if partly.contains(&measure.id) {
            "partly"
        } else {
            "not_in_place"
        };
        record
            .answers
            .insert(measure.id.to_owned(), state.to_owned());
    }
    record
}

use Likelihood::{Likely, Possible, Unlikely};
use Reversibility::{Easy, Effort, Hard};

/// A CV-screening tool that rejects applicants automatically, with no bias testing, no
/// explanations and no easy way to object; apprentices (under 18) apply too.
const CV_SCREENING: &[Harm] = &[
    ("fairness.1", "severe", Likely, Hard),
    ("protected.1", "severe", Possible, Hard),
    ("transparency.2", "severe", Likely, Hard),
    ("redress.1", "severe", Likely, Hard),
    ("redress.2", "severe", Likely, Hard),
    ("autonomy.1", "severe", Likely, Effort),
    ("work.2", "severe", Likely, Hard),
    ("privacy.2", "serious", Possible, Hard),
    ("children.4", "serious", Possible, Hard),
];

/// The measures of the CV-screening tool once it has bias testing, a person reviewing every
/// rejection, explanations and a way to object.
const CV_MEASURES: &[&str] = &[
    "bias_testing.1",
    "bias_testing.2",
    "oversight.1",
    "oversight.3",
    "explanation.1",
    "explanation.2",
    "user_information.2",
    "documentation.2",
];

fn cv_screening(measures: &[&str]) -> ImpactRecord {
    profile(
        AnnexIiiArea::Employment,
        PeopleReached::UpTo10000,
        CV_SCREENING,
        measures,
        &["data_protection.1", "incidents.2"],
    )
}

/// A spam filter for a company's mailboxes.
fn spam_filter() -> ImpactRecord {
    profile(
        AnnexIiiArea::NotListed,
        PeopleReached::UpTo10000,
        &[
            ("services.2", "minor", Likely, Easy),
            ("privacy.2", "minor", Unlikely, Effort),
            ("security.1", "minor", Possible, Easy),
        ],
        &["monitoring.1"],
        &[],
    )
}

/// A chatbot that tells members of the public how urgently to seek care for their symptoms.
fn symptom_triage() -> ImpactRecord {
    let mut record = profile(
        AnnexIiiArea::EssentialServices,
        PeopleReached::MoreThan10000,
        &[
            ("safety.2", "severe", Possible, Hard),
            ("vulnerable.2", "severe", Possible, Hard),
            ("privacy.2", "severe", Possible, Hard),
            ("transparency.1", "minor", Unlikely, Easy),
        ],
        &[
            "safety_measures.1",
            "oversight.2",
            "data_protection.1",
            "incidents.2",
        ],
        &["safety_measures.2"],
    );
    record.not_applicable.insert(
        "children".to_owned(),
        "Adults only: the service asks for a date of birth and refers under-18s to their GP."
            .to_owned(),
    );
    record
}

/// The worked examples: (name, record, level before measures, level after, Annex III area).
fn worked_examples() -> Vec<(&'static str, ImpactRecord, u8, u8, Option<AnnexIiiArea>)> {
    vec![
        (
            "CV screening as it is",
            cv_screening(&[]),
            4,
            4,
            Some(AnnexIiiArea::Employment),
        ),
        (
            "CV screening with measures",
            cv_screening(CV_MEASURES),
            4,
            3,
            Some(AnnexIiiArea::Employment),
        ),
        ("Spam filter", spam_filter(), 1, 1, None),
        (
            "Symptom-triage chatbot",
            symptom_triage(),
            4,
            4,
            Some(AnnexIiiArea::EssentialServices),
        ),
    ]
}

#[test]
fn the_worked_examples_reach_the_levels_the_docs_show() {
    for (name, record, before, after, area) in worked_examples() {
        let result = score(&record);
        assert_eq!(result.before, level(before), "{name}: before measures");
        assert_eq!(result.level, level(after), "{name}: after measures");
        assert_eq!(result.annex_iii, area, "{name}: Annex III");
        assert!(!result.is_provisional(), "{name}: {:?}", result.open);
    }
}

#[test]
fn the_rule_table_for_one_harm() {
    // (severity, hard to undo, many people, unlikely) -> level before measures.
    let table = [
        (Severity::Minor, false, false, false, 1),
        (Severity::Minor, true, false, false, 2),
        (Severity::Minor, false, true, false, 2),
        (Severity::Minor, true, true, false, 2),
        (Severity::Minor, false, false, true, 1),
        (Severity::Minor, true, false, true, 1),
        (Severity::Serious, false, false, false, 2),
        (Severity::Serious, true, false, false, 3),
        (Severity::Serious, false, false, true, 1),
        (Severity::Serious, true, true, true, 2),
        (Severity::Severe, false, false, false, 3),
        (Severity::Severe, true, false, false, 4),
        (Severity::Severe, false, true, false, 4),
        (Severity::Severe, true, true, false, 4),
        (Severity::Severe, false, false, true, 2),
        (Severity::Severe, true, false, true, 3),
    ];
    for (severity, hard, many, unlikely, expected) in table {
        assert_eq!(
            rate(severity, hard, many, unlikely),
            expected,
            "{severity:?} hard {hard} many {many} unlikely {unlikely}"
        );
    }
}

#[test]
fn the_cv_screening_tool_shows_why_it_is_level_four_and_what_lowers_it() {
    let text = text();
    let result = score(&cv_screening(&[]));
    let reasons = explain_level(&result, &text).join("\n");
    assert!(
        reasons.contains("Before measures: Level 4 (very high)"),
        "{reasons}"
    );
    assert!(reasons.contains(text.question("fairness.1")), "{reasons}");
    assert!(
        reasons.contains("employment, an area the EU AI Act lists as high-risk"),
        "{reasons}"
    );
    let fairness = result
        .harms
        .iter()
        .find(|harm| harm.question.id == "fairness.1")
        .expect("rated");
    let steps = explain_harm(fairness, &text).join("\n");
    assert!(
        steps.contains("a severe harm, which starts at 3"),
        "{steps}"
    );
    assert!(
        steps.contains("One up because it is hard or impossible to undo"),
        "{steps}"
    );
    assert!(steps.contains(text.question("bias_testing.1")), "{steps}");
    assert!(
        steps.contains("Not all of them are in place, so it stays at Level 4"),
        "{steps}"
    );
    let measured = score(&cv_screening(CV_MEASURES));
    let fairness = measured
        .harms
        .iter()
        .find(|harm| harm.question.id == "fairness.1")
        .expect("rated");
    let steps = explain_harm(fairness, &text).join("\n");
    assert!(
        steps.contains("All of them are in place, so it is one level lower: Level 3 (high)"),
        "{steps}"
    );
    // No internal codes in any sentence shown to users.
    for line in explain_level(&measured, &text).iter().chain(
        measured
            .harms
            .iter()
            .flat_map(|harm| explain_harm(harm, &text))
            .collect::<Vec<_>>()
            .iter(),
    ) {
        for (_, harm) in all_harms() {
            assert!(!line.contains(harm.id), "{line} names {}", harm.id);
        }
    }
}

#[test]
fn saying_that_children_are_affected_never_lowers_the_level() {
    let without: Vec<Harm> = CV_SCREENING
        .iter()
        .copied()
        .filter(|(id, ..)| *id != "children.4")
        .collect();
    let before = score(&profile(
        AnnexIiiArea::Employment,
        PeopleReached::UpTo10000,
        &without,
        &[],
        &[],
    ));
    let with = score(&cv_screening(&[]));
    assert!(with.before >= before.before && with.level >= before.level);
}

#[test]
fn one_severe_injury_is_level_four_and_generic_measures_do_not_lower_it() {
    let record = profile(
        AnnexIiiArea::NotListed,
        PeopleReached::FewerThan100,
        &[("safety.2", "severe", Possible, Hard)],
        &[
            "documentation.1",
            "monitoring.1",
            "incidents.1",
            "user_information.1",
        ],
        &[],
    );
    let result = score(&record);
    assert_eq!((result.before, result.level), (level(4), level(4)));
    let with_its_measures = profile(
        AnnexIiiArea::NotListed,
        PeopleReached::FewerThan100,
        &[("safety.2", "severe", Possible, Hard)],
        &["safety_measures.1", "oversight.2"],
        &[],
    );
    assert_eq!(score(&with_its_measures).level, level(3));
}

#[test]
fn a_use_listed_in_annex_iii_makes_the_level_at_least_three() {
    let record = profile(
        AnnexIiiArea::Education,
        PeopleReached::FewerThan100,
        &[],
        &[],
        &[],
    );
    let result = score(&record);
    assert_eq!((result.before, result.level), (level(3), level(3)));
    assert_eq!(result.raised_by_annex_iii, (true, true));
    let not_listed = profile(
        AnnexIiiArea::NotListed,
        PeopleReached::FewerThan100,
        &[],
        &[],
        &[],
    );
    assert_eq!(score(&not_listed).level, level(1));
    assert_eq!(score(&not_listed).annex_iii, None);
}

#[test]
fn a_section_that_does_not_apply_is_not_asked_and_needs_a_reason() {
    let mut record = spam_filter();
    let level_before = score(&record).level;
    record.answers.remove("children.2");
    record
        .not_applicable
        .insert("children".to_owned(), String::new());
    let result = score(&record);
    assert_eq!(result.level, level_before);
    assert_eq!(result.open, vec![OpenPoint::Reason("children")]);
    record.not_applicable.insert(
        "children".to_owned(),
        "No one under 18 has a mailbox.".to_owned(),
    );
    assert!(!score(&record).is_provisional());
    // A harm in a section marked as not applicable does not count.
    record
        .answers
        .insert("children.2".to_owned(), "severe".to_owned());
    assert_eq!(score(&record).level, level_before);
}

#[test]
fn open_questions_count_at_their_more_serious_answer_until_answered() {
    let mut record = ImpactRecord::default();
    assert_eq!(score(&record).level, None, "nothing answered");
    record
        .answers
        .insert("fairness.1".to_owned(), "minor".to_owned());
    let result = score(&record);
    // Minor is 1; unanswered reversibility and reach count as hard to undo and many people.
    assert_eq!(result.before, level(2));
    assert!(result.is_provisional());
    assert_eq!(result.open[0], OpenPoint::AnnexIii);
    assert_eq!(result.open[1], OpenPoint::PeopleReached);
    for point in [
        OpenPoint::Likelihood("fairness.1"),
        OpenPoint::Reversibility("fairness.1"),
        OpenPoint::Harm("fairness.2"),
        OpenPoint::Measure("bias_testing.1"),
        OpenPoint::Measure("oversight.1"),
    ] {
        assert!(
            result.open.contains(&point),
            "{point:?} in {:?}",
            result.open
        );
    }
    // Measures that address no answered harm are not asked for.
    assert!(!result.open.contains(&OpenPoint::Measure("efficiency.1")));
}

#[test]
fn serious_harms_suggest_library_risks_once_each_and_minor_ones_none() {
    let result = score(&cv_screening(&[]));
    let ids: Vec<&str> = result.suggested_risks.iter().map(|s| s.risk_id).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    let biased = result
        .suggested_risks
        .iter()
        .find(|s| s.risk_id == "RL-01")
        .expect("biased outcomes suggested");
    assert!(biased.questions.contains(&"fairness.1") && biased.questions.contains(&"protected.1"));
    assert!(score(&spam_filter()).suggested_risks.is_empty());
}

#[test]
fn every_harm_at_its_serious_end_suggests_a_risk() {
    for (_, harm) in all_harms() {
        let mut record = ImpactRecord::default();
        record
            .answers
            .insert(harm.id.to_owned(), "serious".to_owned());
        assert!(
            !score(&record).suggested_risks.is_empty(),
            "{} suggests nothing",
            harm.id
        );
    }
}

fn any_record() -> impl Strategy<Value = ImpactRecord> {
    let harms: Vec<&'static str> = all_harms().map(|(_, harm)| harm.id).collect();
    let measures: Vec<&'static str> = all_measures().map(|measure| measure.id).collect();
    (
        prop::collection::vec(
            (prop::sample::select(harms), 0usize..4, 0usize..3, 0usize..3),
            0..12,
        ),
        prop::collection::vec((prop::sample::select(measures), 0usize..3), 0..12),
        prop::option::of(prop::sample::select(AnnexIiiArea::ALL.to_vec())),
        prop::option::of(prop::sample::select(PeopleReached::ALL.to_vec())),
    )
        .prop_map(|(harms, measures, annex_iii, people_reached)| {
            let mut record = ImpactRecord {
                annex_iii,
                people_reached,
                ..ImpactRecord::default()
            };
            for (id, severity, likelihood, reversibility) in harms {
                record.answers.insert(
                    id.to_owned(),
                    Severity::ALL[severity].option_id().to_owned(),
                );
                record.follow_ups.insert(
                    id.to_owned(),
                    HarmFollowUp {
                        likelihood: Some(Likelihood::ALL[likelihood]),
                        reversibility: Some(Reversibility::ALL[reversibility]),
                    },
                );
            }
            for (id, state) in measures {
                let state = ["not_in_place", "partly", "in_place"][state];
                record.answers.insert(id.to_owned(), state.to_owned());
            }
            record
        })
}

fn levels(result: &ImpactResult) -> (Option<ImpactLevel>, Option<ImpactLevel>) {
    (result.before, result.level)
}

proptest! {
    #[test]
    fn a_more_serious_answer_never_lowers_either_level(
        record in any_record(),
        index in any::<prop::sample::Index>(),
    ) {
        let harms: Vec<&str> = all_harms().map(|(_, harm)| harm.id).collect();
        let harm = index.get(&harms);
        let mut worse = record.clone();
        worse.answers.insert((*harm).to_owned(), "severe".to_owned());
        let (before, after) = levels(&score(&record));
        let (worse_before, worse_after) = levels(&score(&worse));
        prop_assert!(worse_before >= before && worse_after >= after);
    }

    #[test]
    fn measures_never_raise_a_level_and_never_lower_it_by_more_than_one(record in any_record()) {
        let result = score(&record);
        prop_assert!(result.level <= result.before);
        for harm in &result.harms {
            prop_assert!(harm.after.number() + 1 >= harm.before.number());
        }
    }
}

#[test]
fn impact_answers_are_checked_against_the_questionnaire() {
    let mut inventory = Inventory::default();
    let id = inventory.add("Chatbot".into()).unwrap();
    assert!(inventory
        .set_impact_answer(&id, "fairness.1", Some("minor"))
        .is_ok());
    assert!(inventory
        .set_impact_answer(&id, "oversight.1", Some("in_place"))
        .is_ok());
    assert_eq!(
        inventory.set_impact_answer(&id, "fairness.1", Some("in_place")),
        Err(SystemError::UnknownOption {
            question: "fairness.1".into(),
            option: "in_place".into()
        })
    );
    assert_eq!(
        inventory.set_impact_answer(&id, "privacy.1", Some("yes")),
        Err(SystemError::UnknownQuestion("privacy.1".into())),
        "the first questionnaire's screening questions are gone"
    );
    assert_eq!(
        inventory.set_impact_answer("S99", "fairness.1", None),
        Err(SystemError::UnknownSystem("S99".into()))
    );
    inventory
        .set_impact_answer(&id, "fairness.1", None)
        .expect("clears");
    assert_eq!(inventory.get(&id).expect("there").impact.answers.len(), 1);
}

#[test]
fn a_reassessment_keeps_the_earlier_version_as_it_was() {
    let mut inventory = Inventory::default();
    let id = inventory.add("CV screening".into()).unwrap();
    inventory
        .edit(&id, |system| {
            system.impact = cv_screening(&[]);
            system.impact.assessor = "HR lead".into();
            system.impact.date = Some("2026-10-01".parse().expect("date"));
            system.impact.approved_by = "Managing director".into();
            system.impact.approved_on = Some("2026-10-05".parse().expect("date"));
        })
        .expect("there");
    assert!(inventory.get(&id).expect("there").impact.is_approved());
    assert_eq!(inventory.start_reassessment(&id), Ok(2));
    let system = inventory.get(&id).expect("there");
    assert_eq!(system.impact_history.len(), 1);
    assert_eq!(system.impact_history[0].version, 1);
    assert!(system.impact_history[0].is_approved());
    assert_eq!(system.impact.version, 2);
    assert!(!system.impact.is_approved() && system.impact.date.is_none());
    assert_eq!(
        system.impact.answers, system.impact_history[0].answers,
        "starts from a copy"
    );
    assert_eq!(system.impact.assessor, "HR lead");
    // The earlier version does not change when the new one does.
    inventory
        .set_impact_answer(&id, "oversight.1", Some("in_place"))
        .expect("valid");
    let system = inventory.get(&id).expect("there");
    let differences = answer_differences(&system.impact_history[0], &system.impact);
    assert_eq!(differences.len(), 1);
    assert_eq!(differences[0].question_id, "oversight.1");
    assert_eq!(differences[0].earlier.as_deref(), Some("not_in_place"));
    assert_eq!(differences[0].later.as_deref(), Some("in_place"));
    assert_eq!(
        inventory.start_reassessment("S9"),
        Err(SystemError::UnknownSystem("S9".into()))
    );
}

#[test]
fn a_change_after_approval_or_a_planned_change_calls_for_reassessment() {
    let mut inventory = Inventory::default();
    let id = inventory.add("CV screening".into()).unwrap();
    let date = |text: &str| Some(text.parse().expect("date"));
    inventory
        .edit(&id, |system| {
            system.impact.approved_by = "Managing director".into();
            system.impact.approved_on = date("2026-10-05");
            system.changed_on = date("2026-10-05");
        })
        .expect("there");
    let reasons = |inventory: &Inventory| reassessment_reasons(inventory.get("S1").expect("there"));
    assert!(
        reasons(&inventory).is_empty(),
        "changed on the day of approval"
    );
    inventory
        .edit(&id, |s| s.changed_on = date("2026-11-01"))
        .expect("there");
    assert_eq!(
        reasons(&inventory),
        vec![ReassessmentReason::ChangedSinceApproval {
            changed: "2026-11-01".parse().expect("date"),
            approved: "2026-10-05".parse().expect("date"),
        }]
    );
    inventory
        .edit(&id, |s| {
            s.changed_on = None;
            s.planned_change = "Switch to the supplier's new ranking model".into();
        })
        .expect("there");
    assert_eq!(reasons(&inventory), vec![ReassessmentReason::PlannedChange]);
    // A draft is not "changed since approval".
    inventory
        .edit(&id, |s| {
            s.planned_change.clear();
            s.changed_on = date("2026-12-01");
            s.impact.approved_by.clear();
        })
        .expect("there");
    assert!(reasons(&inventory).is_empty());
}

#[test]
fn the_wording_covers_the_questionnaire_and_a_damaged_file_is_told_where() {
    assert!(text().check_covers_catalog().is_ok());
    let error = parse_impact_text("{\"follow_ups\": [").expect_err("damaged");
    assert!(
        error.starts_with("impact.json is damaged (line 1, column"),
        "{error}"
    );
}

#[test]
fn system_ids_are_never_reused_and_undo_restores_the_place() {
    let mut inventory = Inventory::default();
    let first = inventory.add("A".into()).unwrap();
    let second = inventory.add("B".into()).unwrap();
    let third = inventory.add("C".into()).unwrap();
    assert_eq!(
        (first.as_str(), second.as_str(), third.as_str()),
        ("S1", "S2", "S3")
    );
    let (index, removed) = inventory.remove(&third).expect("there");
    assert_eq!(inventory.add("D".into()).unwrap(), "S4");
    inventory.restore(index, removed);
    let names: Vec<&str> = inventory.systems.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["A", "B", "C", "D"]);
    assert!(inventory.remove("S9").is_err());
}

#[test]
fn suggestions_fit_what_the_system_does() {
    use aims_assess::domain::impact::suggestions_for;
    use aims_assess::domain::system::{AiSystem, Capability};
    let mut system = AiSystem {
        impact: cv_screening(&[]),
        ..AiSystem::default()
    };
    // A harm to people in a vulnerable position suggests hallucinated outputs among others.
    system
        .impact
        .answers
        .insert("vulnerable.2".into(), "serious".into());
    let ids = |system: &AiSystem| -> Vec<&'static str> {
        suggestions_for(system, &score(&system.impact))
            .iter()
            .map(|s| s.risk_id)
            .collect()
    };
    assert!(
        ids(&system).contains(&"RL-04"),
        "kinds not recorded: every risk fits"
    );
    system.capabilities = [
        Capability::ClassifiesOrScores,
        Capability::RanksOrRecommends,
    ]
    .into();
    let fitting = ids(&system);
    assert!(
        !fitting.contains(&"RL-04"),
        "a ranking tool is not offered hallucinations"
    );
    assert!(
        fitting.contains(&"RL-01") && fitting.contains(&"RL-06"),
        "{fitting:?}"
    );
    // A harm whose risks all fit other kinds keeps them, so it is never left without one.
    system
        .impact
        .answers
        .insert("children.2".into(), "severe".into());
    assert!(ids(&system).contains(&"RL-18"));
}

#[test]
fn every_library_risk_is_suggested_by_some_harm() {
    use aims_assess::domain::impact_catalog::RISK_LIBRARY;
    for risk in RISK_LIBRARY {
        assert!(
            all_harms().any(|(_, harm)| harm.suggests_risks.contains(&risk.id)),
            "{} {} is never suggested",
            risk.id,
            risk.title
        );
    }
}

#[test]
fn a_level_set_by_the_annex_iii_floor_says_so() {
    let text = text();
    let record = profile(
        AnnexIiiArea::Education,
        PeopleReached::FewerThan100,
        &[("fairness.1", "minor", Possible, Easy)],
        &[],
        &[],
    );
    let reasons = explain_level(&score(&record), &text);
    assert_eq!(
        reasons[0],
        "Before measures: Level 3 (high), set by the Annex III area; the worst harm alone is Level 1 (little)."
    );
    let none = profile(
        AnnexIiiArea::NotListed,
        PeopleReached::FewerThan100,
        &[],
        &[],
        &[],
    );
    assert_eq!(
        explain_level(&score(&none), &text)[0],
        "Before measures: Level 1 (little). No answer describes a harm."
    );
}

#[test]
fn only_changes_to_what_the_system_is_or_does_call_for_reassessment() {
    use aims_assess::domain::system::SystemText;
    let changing: Vec<SystemText> = SystemText::ALL
        .into_iter()
        .filter(|field| field.changes_the_system())
        .collect();
    assert_eq!(
        changing,
        [
            SystemText::Purpose,
            SystemText::Users,
            SystemText::Affected,
            SystemText::DataNotes,
            SystemText::Context,
            SystemText::ThirdParty,
        ]
    );
    assert!(!SystemText::Name.changes_the_system() && !SystemText::Owner.changes_the_system());
}
