//! The impact method: level thresholds at every edge, the severe-answer floor, the mitigation
//! step, questions that depend on earlier answers, provisional results and suggested risks.

use aims_assess::domain::impact::{
    asked, level_from_points, score, Asked, ImpactLevel, Points, LEVEL_THRESHOLDS,
};
use aims_assess::domain::impact_catalog::{all_questions, question, QuestionKind};
use aims_assess::domain::system::{ImpactRecord, Inventory, SystemError};

/// IDs of the questions of one kind that are always asked (no dependency).
fn top_level(kind: QuestionKind) -> Vec<&'static str> {
    all_questions()
        .filter(|(_, q)| q.kind == kind && q.depends_on.is_none())
        .map(|(_, q)| q.id)
        .collect()
}

/// A record with the given answers.
fn record(answers: &[(&str, &str)]) -> ImpactRecord {
    let mut record = ImpactRecord::default();
    for (question, option) in answers {
        record
            .answers
            .insert((*question).to_owned(), (*option).to_owned());
    }
    record
}

/// Every screening question answered "no", every top-level impact question answered with the
/// options given in turn (cycling), and `in_place` / `partly` measure answers first, the rest
/// "not in place".
fn full_record(impact: &[&str], in_place: usize, partly: usize) -> ImpactRecord {
    let mut answers: Vec<(&str, &str)> = top_level(QuestionKind::Screening)
        .into_iter()
        .map(|id| (id, "no"))
        .collect();
    for (index, id) in top_level(QuestionKind::Impact).into_iter().enumerate() {
        answers.push((id, impact[index % impact.len()]));
    }
    for (index, id) in top_level(QuestionKind::Mitigation).into_iter().enumerate() {
        let option = if index < in_place {
            "in_place"
        } else if index < in_place + partly {
            "partly"
        } else {
            "not_in_place"
        };
        answers.push((id, option));
    }
    record(&answers)
}

#[test]
fn levels_change_exactly_at_each_threshold() {
    // (scored, possible, expected level)
    let cases = [
        (0, 100, 1),
        (19, 100, 1),
        (20, 100, 2),
        (39, 100, 2),
        (40, 100, 3),
        (59, 100, 3),
        (60, 100, 4),
        (100, 100, 4),
        // With 7 possible points the thresholds are 1.4, 2.8 and 4.2 points, so 2, 3 and 5.
        (1, 7, 1),
        (2, 7, 2),
        (3, 7, 3),
        (4, 7, 3),
        (5, 7, 4),
        (0, 0, 1),
    ];
    for (scored, possible, expected) in cases {
        let points = Points { scored, possible };
        assert_eq!(
            level_from_points(points),
            ImpactLevel::new(expected),
            "{scored} of {possible}"
        );
    }
}

#[test]
fn thresholds_in_points_are_the_fewest_points_that_reach_them() {
    for possible in 0..=120 {
        let points = Points {
            scored: 0,
            possible,
        };
        for percent in LEVEL_THRESHOLDS {
            let threshold = points.threshold(percent);
            let at = Points {
                scored: threshold,
                possible,
            };
            assert!(
                possible == 0 || at.reaches(percent),
                "{percent}% of {possible}"
            );
            if threshold > 0 {
                let below = Points {
                    scored: threshold - 1,
                    possible,
                };
                assert!(!below.reaches(percent), "{percent}% of {possible}");
            }
        }
    }
}

#[test]
fn nothing_answered_is_not_assessed_and_lists_only_the_questions_asked() {
    let result = score(&ImpactRecord::default());
    assert_eq!(result.level, None);
    assert!(result.is_provisional());
    // Dependent questions wait for their screening question, which is listed instead.
    assert!(result.unanswered.contains(&"children.1"));
    assert!(!result.unanswered.contains(&"children.2"));
    let expected = top_level(QuestionKind::Screening).len()
        + top_level(QuestionKind::Impact).len()
        + top_level(QuestionKind::Mitigation).len();
    assert_eq!(result.unanswered.len(), expected);
}

#[test]
fn dependent_questions_are_asked_skipped_or_waiting() {
    let child = question("children.2").expect("in the catalog");
    assert_eq!(asked(child, &record(&[])), Asked::Waiting);
    assert_eq!(
        asked(child, &record(&[("children.1", "no")])),
        Asked::Skipped
    );
    assert_eq!(asked(child, &record(&[("children.1", "yes")])), Asked::Yes);
    assert_eq!(
        asked(child, &record(&[("children.1", "unsure")])),
        Asked::Yes
    );
}

#[test]
fn skipped_questions_count_neither_way() {
    let base = full_record(&["minor"], 0, 0);
    let before = score(&base);
    // An answer to a question that is not asked (children are not affected) changes nothing.
    let mut with_stale = base.clone();
    with_stale
        .answers
        .insert("children.2".to_owned(), "severe".to_owned());
    let after = score(&with_stale);
    assert_eq!(after.impact, before.impact);
    assert_eq!(after.level, before.level);
    assert!(after.severe.is_empty());
    assert!(!after.is_provisional());
    // Once children are affected, their questions are asked and open.
    let mut affected = base.clone();
    affected
        .answers
        .insert("children.1".to_owned(), "yes".to_owned());
    let result = score(&affected);
    assert!(result.is_provisional());
    for id in ["children.2", "children.3", "children.4"] {
        assert!(result.unanswered.contains(&id), "{id}");
    }
}

#[test]
fn a_complete_assessment_is_not_provisional() {
    let result = score(&full_record(&["none"], 0, 0));
    assert!(!result.is_provisional(), "{:?}", result.unanswered);
    assert_eq!(result.impact.scored, 0);
    assert_eq!(
        result.impact.possible,
        3 * top_level(QuestionKind::Impact).len() as u32
    );
    assert_eq!(result.level, Some(ImpactLevel::new(1)));
}

#[test]
fn the_level_follows_the_share_of_impact_points() {
    // All "serious" is 2 of 3 points everywhere: 66%, level 4. All "minor": 33%, level 2.
    assert_eq!(
        score(&full_record(&["serious"], 0, 0)).level,
        Some(ImpactLevel::new(4))
    );
    assert_eq!(
        score(&full_record(&["minor"], 0, 0)).level,
        Some(ImpactLevel::new(2))
    );
    // Alternating minor and serious is 50%: level 3.
    let result = score(&full_record(&["minor", "serious"], 0, 0));
    assert_eq!(result.gross_level, Some(ImpactLevel::new(3)));
    assert_eq!(result.level, Some(ImpactLevel::new(3)));
    assert!(!result.mitigated);
}

#[test]
fn one_severe_answer_makes_the_level_at_least_three() {
    let mut answers = full_record(&["none"], 0, 0);
    answers
        .answers
        .insert("safety.4".to_owned(), "severe".to_owned());
    let result = score(&answers);
    assert_eq!(result.severe, vec!["safety.4"]);
    assert_eq!(level_from_points(result.impact), ImpactLevel::new(1));
    assert_eq!(result.gross_level, Some(ImpactLevel::new(3)));
    // Full measures lower it by one, to the floor of two for a severe answer.
    let measures = top_level(QuestionKind::Mitigation).len();
    let mut mitigated = full_record(&["none"], measures, 0);
    mitigated
        .answers
        .insert("safety.4".to_owned(), "severe".to_owned());
    assert_eq!(score(&mitigated).level, Some(ImpactLevel::new(2)));
}

#[test]
fn measures_lower_the_level_by_one_from_seventy_percent() {
    let measures = top_level(QuestionKind::Mitigation).len();
    let possible = 2 * measures as u32;
    let needed = (70 * possible).div_ceil(100);
    // `needed` points from whole "in place" answers plus at most one "partly".
    let at = (needed / 2) as usize;
    let partly_at = (needed % 2) as usize;
    let reached = score(&full_record(&["minor", "serious"], at, partly_at));
    assert_eq!(reached.mitigation.scored, needed);
    assert_eq!(reached.level, Some(ImpactLevel::new(2)));
    assert!(reached.mitigated);
    // One point fewer: the threshold is missed and the level stays 3.
    let (below_full, below_partly) = if partly_at == 1 { (at, 0) } else { (at - 1, 1) };
    let missed = score(&full_record(
        &["minor", "serious"],
        below_full,
        below_partly,
    ));
    assert_eq!(missed.mitigation.scored, needed - 1);
    assert_eq!(missed.level, Some(ImpactLevel::new(3)));
    assert!(!missed.mitigated);
    // Level 1 stays 1 however good the measures.
    let low = score(&full_record(&["none"], measures, 0));
    assert_eq!(low.level, Some(ImpactLevel::new(1)));
    assert!(!low.mitigated);
}

#[test]
fn section_points_add_up_to_the_totals() {
    let result = score(&full_record(&["minor", "serious", "severe"], 4, 3));
    let impact: u32 = result
        .sections
        .iter()
        .filter(|s| s.section.part != aims_assess::domain::impact_catalog::ImpactPart::Mitigation)
        .map(|s| s.points.scored)
        .sum();
    let mitigation: u32 = result
        .sections
        .iter()
        .filter(|s| s.section.part == aims_assess::domain::impact_catalog::ImpactPart::Mitigation)
        .map(|s| s.points.scored)
        .sum();
    assert_eq!(impact, result.impact.scored);
    assert_eq!(mitigation, result.mitigation.scored);
}

#[test]
fn serious_answers_suggest_library_risks_once_each() {
    let result = score(&record(&[
        ("fairness.1", "serious"),
        ("protected.1", "severe"),
        ("autonomy.1", "minor"),
    ]));
    let ids: Vec<&str> = result.suggested_risks.iter().map(|s| s.risk_id).collect();
    assert_eq!(ids, vec!["RL-01"]);
    assert_eq!(
        result.suggested_risks[0].questions,
        vec!["fairness.1", "protected.1"]
    );
}

#[test]
fn impact_answers_are_checked_against_the_questionnaire() {
    let mut inventory = Inventory::default();
    let id = inventory.add("Chatbot".into()).unwrap();
    assert!(inventory
        .set_impact_answer(&id, "fairness.1", Some("minor"))
        .is_ok());
    assert_eq!(
        inventory.set_impact_answer(&id, "fairness.1", Some("huge")),
        Err(SystemError::UnknownOption {
            question: "fairness.1".into(),
            option: "huge".into()
        })
    );
    assert_eq!(
        inventory.set_impact_answer(&id, "nope.1", Some("none")),
        Err(SystemError::UnknownQuestion("nope.1".into()))
    );
    assert_eq!(
        inventory.set_impact_answer("S99", "fairness.1", None),
        Err(SystemError::UnknownSystem("S99".into()))
    );
    inventory
        .set_impact_answer(&id, "fairness.1", None)
        .expect("clears");
    assert!(inventory.get(&id).expect("there").impact.answers.is_empty());
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
