//! The import preview's comparison: what a file would change in the current assessment.

use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::compare::compare;
use aims_assess::domain::soa::Applicability;

fn base() -> Assessment {
    let mut assessment = Assessment::named("Baseline");
    assessment
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("known question");
    assessment
        .set_text(catalog(), "6.1.2", TextField::Notes, "Agreed".into())
        .expect("known item");
    assessment
}

#[test]
fn an_assessment_compared_with_itself_changes_nothing() {
    let comparison = compare(catalog(), &base(), &base());
    assert!(comparison.is_identical());
    assert!(comparison.changed_items.is_empty());
}

#[test]
fn each_kind_of_difference_is_counted_once_per_item_or_question() {
    type Change = fn(&mut Assessment);
    /// Name, change, expected [answers, details, decisions], profile changed, changed items.
    type Case = (&'static str, Change, [usize; 3], bool, Vec<&'static str>);
    let cases: Vec<Case> = vec![
        (
            "a changed answer",
            |a| {
                a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::No))
                    .expect("ok")
            },
            [1, 0, 0],
            false,
            vec!["4.1"],
        ),
        (
            "a removed answer and a new one",
            |a| {
                a.set_answer(catalog(), "4.1", "4.1.q1", None).expect("ok");
                a.set_answer(catalog(), "A.2.2", "A.2.2.q1", Some(Answer::Partly))
                    .expect("ok");
            },
            [2, 0, 0],
            false,
            vec!["4.1", "A.2.2"],
        ),
        (
            "changed notes and a new owner",
            |a| {
                a.set_text(catalog(), "6.1.2", TextField::Notes, "Changed".into())
                    .expect("ok");
                a.set_text(catalog(), "5.1", TextField::Owner, "CEO".into())
                    .expect("ok");
            },
            [0, 2, 0],
            false,
            vec!["5.1", "6.1.2"],
        ),
        (
            "an SoA exclusion",
            |a| {
                a.soa
                    .edit(catalog(), "A.10.4", |d| {
                        d.applicability = Applicability::NotApplicable
                    })
                    .expect("ok")
            },
            [0, 0, 1],
            false,
            vec!["A.10.4"],
        ),
        (
            "a profile change",
            |a| a.profile.organisation = "Example Ltd".into(),
            [0, 0, 0],
            true,
            vec![],
        ),
    ];
    for (name, change, [answers, details, decisions], profile, items) in cases {
        let mut incoming = base();
        change(&mut incoming);
        let comparison = compare(catalog(), &base(), &incoming);
        assert_eq!(
            (
                comparison.answers_changed,
                comparison.details_changed,
                comparison.decisions_changed,
                comparison.profile_changed,
                comparison.changed_items.clone()
            ),
            (answers, details, decisions, profile, items),
            "{name}"
        );
        assert!(!comparison.is_identical(), "{name}");
    }
}

#[test]
fn a_different_name_alone_is_still_identical_content() {
    let mut renamed = base();
    renamed.name = "Another name".into();
    let comparison = compare(catalog(), &base(), &renamed);
    assert!(comparison.name_changed);
    assert!(comparison.is_identical());
}

#[test]
fn risks_are_counted_by_id_and_criteria_changes_are_noticed() {
    use aims_assess::domain::risk::{Risk, RiskStatus};
    use aims_assess::domain::risk_criteria::Rating;
    let mut current = base();
    for title in ["Drift", "Bias", "Leak"] {
        current.risks.add(Risk {
            title: title.into(),
            ..Risk::default()
        });
    }
    let mut incoming = current.clone();
    let comparison = compare(catalog(), &current, &incoming);
    assert_eq!(
        (comparison.risks_changed, comparison.risk_criteria_changed),
        (0, false)
    );
    assert!(comparison.is_identical());

    // R1 rated, R2 removed, a new R4: three risks differ; nothing else does.
    incoming
        .risks
        .edit("R1", |risk| risk.inherent = Some(Rating::new(2, 3)))
        .expect("known risk");
    incoming.risks.remove("R2").expect("known risk");
    incoming.risks.add(Risk::default());
    let comparison = compare(catalog(), &current, &incoming);
    assert_eq!(comparison.risks_changed, 3);
    assert_eq!(
        (comparison.answers_changed, comparison.details_changed),
        (0, 0)
    );
    assert!(!comparison.is_identical());

    // The order of the risks alone is no change; a closed risk is one.
    let mut reordered = current.clone();
    reordered.risks.risks.reverse();
    assert_eq!(compare(catalog(), &current, &reordered).risks_changed, 0);
    let mut closed = current.clone();
    closed
        .risks
        .edit("R3", |risk| risk.status = RiskStatus::Closed)
        .expect("known risk");
    assert_eq!(compare(catalog(), &current, &closed).risks_changed, 1);

    let mut criteria = current.clone();
    criteria.risks.criteria.bands[0] = "Negligible".into();
    let comparison = compare(catalog(), &current, &criteria);
    assert!(comparison.risk_criteria_changed);
    assert_eq!(comparison.risks_changed, 0);
    assert!(!comparison.is_identical());
}
