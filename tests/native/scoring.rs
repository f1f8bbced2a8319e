//! Scoring rules, data-driven: item statuses at and around every threshold, readiness and
//! completeness per clause and overall, and the edits that feed them.

use aims_assess::domain::assessment::{Answer, Assessment, EditError, TextField};
use aims_assess::domain::catalog::{catalog, Item, Question, QuestionKind};
use aims_assess::domain::scoring::{ItemScore, Readiness, Status, Summary};
use Answer::{No, Partly, Yes};

const QUESTIONS: [Question; 6] = [
    Question {
        id: "t.q1",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
    Question {
        id: "t.q2",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
    Question {
        id: "t.q3",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
    Question {
        id: "t.q4",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
    Question {
        id: "t.q5",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
    Question {
        id: "t.q6",
        kind: QuestionKind::Requirement,
        same_as: None,
        also_in: &[],
    },
];

/// Scores answers given to the first questions of an item with `questions` questions.
fn score(questions: usize, answers: &[Answer]) -> ItemScore {
    let item = Item {
        id: "t",
        title: "Test item",
        purpose: "",
        heading: None,
        questions: &QUESTIONS[..questions],
        documented: false,
        roles: &[],
    };
    // Scoring needs a 'static item; leaking a small test value is fine in a test binary.
    let item: &'static Item = Box::leak(Box::new(item));
    let mut record = aims_assess::domain::assessment::ItemRecord::default();
    for (question, answer) in item.questions.iter().zip(answers) {
        record.answers.insert(question.id.to_owned(), *answer);
    }
    let mut assessment = Assessment::default();
    assessment.items.insert("t".to_owned(), record);
    ItemScore::of(item, &assessment)
}

fn check(questions: usize, answers: &[Answer], expected: Status) {
    let actual = score(questions, answers).status();
    assert_eq!(
        actual, expected,
        "{questions} questions answered {answers:?}"
    );
}

#[test]
fn item_status_follows_the_documented_thresholds() {
    use Status::*;
    check(4, &[], NotAssessed);
    check(4, &[No], NotImplemented); // 0%
    check(4, &[No, No, No, No], NotImplemented); // 0%
    check(4, &[Partly], NotImplemented); // 12.5%
    check(4, &[Partly, Partly], PartiallyImplemented); // 25%: on the threshold
    check(4, &[Yes], PartiallyImplemented); // 25%, three unanswered
    check(4, &[Yes, Partly, Partly, No], PartiallyImplemented); // 50%
    check(4, &[Yes, Yes, Partly, No], PartiallyImplemented); // 62.5%
    check(4, &[Yes, Yes, Yes, No], LargelyImplemented); // 75%: on the threshold
    check(4, &[Yes, Yes, Yes, Partly], LargelyImplemented); // 87.5%
    check(4, &[Yes, Yes, Yes], LargelyImplemented); // 75%, one unanswered
    check(4, &[Yes, Yes, Yes, Yes], FullyImplemented);
    check(3, &[Yes, Partly, No], PartiallyImplemented); // 50%
    check(3, &[Yes, Yes, Partly], LargelyImplemented); // 83%
    check(3, &[Partly, No, No], NotImplemented); // 16.7%
    check(2, &[Yes, Partly], LargelyImplemented); // 75%
    check(2, &[Partly, No], PartiallyImplemented); // 25%
    check(2, &[Yes, Yes], FullyImplemented);
    check(5, &[Yes, Yes, Yes, Partly, Partly], LargelyImplemented); // 80%
    check(5, &[Yes, Yes, Partly, Partly, Partly], PartiallyImplemented); // 70%
    check(6, &[Yes, Yes, Yes, Yes, Yes, Partly], LargelyImplemented); // 91.7%
}

#[test]
fn item_score_counts_points_in_halves() {
    let scored = score(4, &[Yes, Partly, No]);
    assert_eq!(
        (scored.questions, scored.answered, scored.half_points),
        (4, 3, 3)
    );
    assert_eq!(scored.max_half_points(), 8);
    assert!((scored.fraction() - 0.375).abs() < 1e-12);
}

#[test]
fn status_labels_are_the_texts_users_and_tests_see() {
    let labels: Vec<&str> = [
        Status::NotAssessed,
        Status::NotImplemented,
        Status::PartiallyImplemented,
        Status::LargelyImplemented,
        Status::FullyImplemented,
    ]
    .iter()
    .map(|s| s.label())
    .collect();
    assert_eq!(
        labels,
        [
            "Not assessed",
            "Not implemented",
            "Partially implemented",
            "Largely implemented",
            "Fully implemented"
        ]
    );
}

/// An assessment where every question of the given items is answered with `answer`.
fn answer_all(assessment: &mut Assessment, item_ids: &[&str], answer: Answer) {
    for item_id in item_ids {
        let item = catalog().item(item_id).expect("known item");
        for question in item.questions {
            assessment
                .set_answer(catalog(), item_id, question.id, Some(answer))
                .expect("valid edit");
        }
    }
}

fn all_item_ids() -> Vec<&'static str> {
    catalog().clause_items().map(|item| item.id).collect()
}

/// Fills an assessment for a test case.
type Fill = fn(&mut Assessment);

#[test]
fn readiness_and_completeness_overall() {
    // Readiness and completeness count requirement questions only; good-practice questions
    // have their own tally.
    let requirements = |item: &Item| {
        item.questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Requirement)
            .count() as u32
    };
    let total_questions: u32 = catalog().clause_items().map(requirements).sum();
    let total_good_practice: u32 = catalog()
        .clause_items()
        .map(|i| i.questions.len() as u32 - requirements(i))
        .sum();
    assert!(
        total_good_practice > 0,
        "the clauses have good-practice questions"
    );
    let questions_of_4_1 = requirements(catalog().item("4.1").expect("4.1"));
    let cases: [(&str, Fill, u32, u32); 5] = [
        ("empty", |_| {}, 0, 0),
        (
            "everything yes",
            |a| answer_all(a, &all_item_ids(), Yes),
            100,
            100,
        ),
        (
            "everything no",
            |a| answer_all(a, &all_item_ids(), No),
            0,
            100,
        ),
        (
            "everything partly",
            |a| answer_all(a, &all_item_ids(), Partly),
            50,
            100,
        ),
        // 1 of 32 items fully implemented: 3.125%, rounded down.
        (
            "only 4.1, all yes",
            |a| answer_all(a, &["4.1"], Yes),
            3,
            questions_of_4_1 * 100 / total_questions,
        ),
    ];
    for (name, fill, readiness, completeness) in cases {
        let mut assessment = Assessment::named("test");
        fill(&mut assessment);
        let summary = Summary::compute(catalog(), &assessment);
        assert_eq!(
            summary.clause_total.percent(),
            Some(readiness),
            "{name}: readiness"
        );
        assert_eq!(
            summary.clause_total.completeness_percent(),
            Some(completeness),
            "{name}: completeness"
        );
        assert_eq!(summary.clause_total.questions, total_questions);
        assert_eq!(
            summary.clause_total.good_practice.questions,
            total_good_practice
        );
        assert_eq!(summary.clause_total.items, 32);
    }
}

#[test]
fn clause_readiness_is_the_mean_of_its_items() {
    let mut assessment = Assessment::named("test");
    // Clause 10 has two items: one fully implemented, one untouched -> 50%.
    answer_all(&mut assessment, &["10.1"], Yes);
    let summary = Summary::compute(catalog(), &assessment);
    assert_eq!(summary.clause("10").and_then(Readiness::percent), Some(50));
    assert_eq!(summary.clause("4").and_then(Readiness::percent), Some(0));
    assert_eq!(summary.item("10.1").status(), Status::FullyImplemented);
    assert_eq!(summary.item("10.2").status(), Status::NotAssessed);
    // Every clause appears once, in order.
    let ids: Vec<&str> = summary.clauses.iter().map(|c| c.id).collect();
    assert_eq!(ids, ["4", "5", "6", "7", "8", "9", "10"]);
}

#[test]
fn percentages_round_down_so_100_means_complete() {
    let mut readiness = Readiness::default();
    // Three items at 1/3 each must give 33%, and three full items 100% despite float error.
    for fraction_items in [(1u32, 3u32), (1, 3), (1, 3)] {
        readiness.items += 1;
        readiness.fraction_sum += f64::from(fraction_items.0) / f64::from(fraction_items.1);
    }
    assert_eq!(readiness.percent(), Some(33));
    let mut full = Readiness::default();
    for _ in 0..3 {
        full.items += 1;
        full.fraction_sum += 1.0 / 3.0 * 3.0;
    }
    assert_eq!(full.percent(), Some(100));
    let mut almost = Readiness {
        items: 1,
        fraction_sum: 0.999,
        ..Readiness::default()
    };
    assert_eq!(almost.percent(), Some(99));
    almost.items = 0;
    assert_eq!(almost.percent(), None);
}

#[test]
fn edits_are_checked_against_the_catalog() {
    let mut assessment = Assessment::named("test");
    assert_eq!(
        assessment.set_answer(catalog(), "4.9", "4.9.q1", Some(Yes)),
        Err(EditError::UnknownItem("4.9".into()))
    );
    assert_eq!(
        assessment.set_answer(catalog(), "4.1", "4.1.q99", Some(Yes)),
        Err(EditError::UnknownQuestion {
            item: "4.1".into(),
            question: "4.1.q99".into()
        })
    );
    assert_eq!(
        assessment.set_text(catalog(), "A.99", TextField::Notes, "x".into()),
        Err(EditError::UnknownItem("A.99".into()))
    );
    assert!(assessment.items.is_empty(), "refused edits change nothing");
}

#[test]
fn clearing_everything_leaves_no_empty_record_behind() {
    let mut assessment = Assessment::named("test");
    assessment
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Yes))
        .expect("valid");
    assessment
        .set_text(catalog(), "4.1", TextField::Owner, "Ana".into())
        .expect("valid");
    assert_eq!(assessment.answer("4.1", "4.1.q1"), Some(Yes));
    assessment
        .set_answer(catalog(), "4.1", "4.1.q1", None)
        .expect("valid");
    assessment
        .set_text(catalog(), "4.1", TextField::Owner, String::new())
        .expect("valid");
    assert_eq!(assessment, Assessment::named("test"));
}
