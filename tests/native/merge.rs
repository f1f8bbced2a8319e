//! Merging a file back into the open assessment (`domain::merge`): worked examples of the
//! difference list, the side that changed each part, the default choices and the result.

use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::merge::{
    apply, choose_all, default_choices, differences, kinds, taken, Changed, Keep, Kind, Place,
    Value,
};
use aims_assess::domain::risk::Risk;
use aims_assess::io::json::{self, Layout};

/// The export both sides started from: two answers, a note, a risk and a comment.
fn base() -> Assessment {
    let mut a = Assessment::named("2026 baseline");
    a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Partly))
        .expect("valid");
    a.set_answer(catalog(), "5.1", "5.1.q1", Some(Answer::No))
        .expect("valid");
    a.set_text(catalog(), "4.1", TextField::Notes, "First draft".into())
        .expect("valid");
    a.risks
        .add(Risk {
            title: "Model drifts".into(),
            ..Risk::default()
        })
        .expect("valid");
    a.comments
        .add(
            catalog(),
            "4.1",
            "Consultant".into(),
            None,
            "Name the issues.".into(),
        )
        .expect("valid");
    a
}

fn answer(item: &str, question: &str) -> Place {
    Place::Answer {
        item: item.into(),
        question: question.into(),
    }
}

/// The places, sides and defaults of a difference list, for short assertions.
fn summary(list: &[aims_assess::domain::merge::Difference]) -> Vec<(Place, Changed, Keep)> {
    list.iter()
        .map(|d| (d.place.clone(), d.changed, d.default))
        .collect()
}

#[test]
fn identical_assessments_have_no_differences() {
    assert!(differences(&base(), &base(), Some(&base())).is_empty());
    assert!(differences(&base(), &base(), None).is_empty());
}

#[test]
fn both_sides_changed_different_items() {
    let ancestor = base();
    let mut mine = base();
    mine.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    let mut theirs = base();
    theirs
        .set_answer(catalog(), "5.1", "5.1.q1", Some(Answer::Partly))
        .expect("valid");
    let list = differences(&mine, &theirs, Some(&ancestor));
    assert_eq!(
        summary(&list),
        vec![
            (answer("4.1", "4.1.q1"), Changed::Here, Keep::Mine),
            (answer("5.1", "5.1.q1"), Changed::InFile, Keep::Theirs),
        ]
    );
    assert_eq!(list[0].mine, Value::Answer(Answer::Yes));
    assert_eq!(list[0].theirs, Value::Answer(Answer::Partly));
    let choices = default_choices(&list);
    assert_eq!(taken(&choices), 1);
    let merged = apply(&mine, &theirs, &list, &choices);
    // Each side's change is kept: both answers are the changed ones.
    assert_eq!(merged.answer("4.1", "4.1.q1"), Some(Answer::Yes));
    assert_eq!(merged.answer("5.1", "5.1.q1"), Some(Answer::Partly));
    // Nothing else moved.
    let mut expected = mine.clone();
    expected
        .set_answer(catalog(), "5.1", "5.1.q1", Some(Answer::Partly))
        .expect("valid");
    assert_eq!(merged, expected);
}

#[test]
fn both_sides_changed_the_same_item_is_a_conflict_that_keeps_mine() {
    let ancestor = base();
    let mut mine = base();
    mine.set_text(catalog(), "4.1", TextField::Notes, "Our version".into())
        .expect("valid");
    let mut theirs = base();
    theirs
        .set_text(
            catalog(),
            "4.1",
            TextField::Notes,
            "Consultant's version".into(),
        )
        .expect("valid");
    let list = differences(&mine, &theirs, Some(&ancestor));
    assert_eq!(
        summary(&list),
        vec![(Place::Notes("4.1".into()), Changed::Both, Keep::Mine)]
    );
    assert_eq!(list[0].mine.summary(), "Our version");
    assert_eq!(list[0].theirs.summary(), "Consultant's version");
    // By default nothing is taken; choosing the file's takes it.
    let mut choices = default_choices(&list);
    assert_eq!(apply(&mine, &theirs, &list, &choices), mine);
    choices[0] = Keep::Theirs;
    let merged = apply(&mine, &theirs, &list, &choices);
    assert_eq!(merged.items["4.1"].notes, "Consultant's version");
}

#[test]
fn without_an_ancestor_the_side_is_unknown_and_mine_is_kept() {
    let mut mine = base();
    mine.set_text(catalog(), "5.1", TextField::Owner, "Dana".into())
        .expect("valid");
    let mut theirs = base();
    theirs
        .set_due_date(catalog(), "5.1", Some("2027-03-01".parse().expect("date")))
        .expect("valid");
    let list = differences(&mine, &theirs, None);
    assert_eq!(
        summary(&list),
        vec![
            (Place::Owner("5.1".into()), Changed::Unknown, Keep::Mine),
            (Place::DueDate("5.1".into()), Changed::Unknown, Keep::Mine),
        ]
    );
    assert_eq!(list[0].theirs, Value::Absent);
    assert_eq!(taken(&default_choices(&list)), 0);
}

#[test]
fn the_files_review_comments_are_taken_by_default() {
    let ancestor = base();
    let mut mine = base();
    let mut theirs = base();
    // The consultant adds a comment and resolves the old one; we resolve nothing.
    let new_id = theirs
        .comments
        .add(
            catalog(),
            "6.1.2",
            "Consultant".into(),
            None,
            "Rate the risks.".into(),
        )
        .expect("valid");
    theirs.comments.comments[0].resolved = true;
    // Our own new comment, which the file does not have, is kept.
    let mine_id = mine
        .comments
        .add(catalog(), "5.1", "Us".into(), None, "Ask the board.".into())
        .expect("valid");
    assert_eq!(new_id, mine_id, "both sides issued the same next ID");
    for ancestor in [Some(&ancestor), None] {
        let list = differences(&mine, &theirs, ancestor);
        let first = Place::Comment("C1".into());
        let second = Place::Comment("C2".into());
        let expected_side = if ancestor.is_some() {
            (Changed::InFile, Changed::Both)
        } else {
            (Changed::Unknown, Changed::Unknown)
        };
        assert_eq!(
            summary(&list),
            vec![
                (first, expected_side.0, Keep::Theirs),
                (second, expected_side.1, Keep::Theirs),
            ]
        );
        let merged = apply(&mine, &theirs, &list, &default_choices(&list));
        if ancestor.is_some() {
            // Told apart by the ancestor: both C2s are new, so the file's is added as C3 and
            // ours is kept.
            assert!(list[1].added_on_both_sides);
            let texts: Vec<(&str, &str)> = merged
                .comments
                .comments
                .iter()
                .map(|c| (c.id.as_str(), c.text.as_str()))
                .collect();
            assert_eq!(
                texts,
                vec![
                    ("C1", "Name the issues."),
                    ("C2", "Ask the board."),
                    ("C3", "Rate the risks.")
                ]
            );
            assert!(merged.comments.comments[0].resolved);
            assert_eq!(merged.comments.next_number, 4);
        } else {
            // Without an ancestor they cannot be told apart: the file's C2 replaces ours.
            assert!(!list[1].added_on_both_sides);
            assert_eq!(merged.comments, theirs.comments);
        }
    }
    // Without an ancestor, a comment only this side has is kept (not deleted) by default.
    let mut mine = base();
    mine.comments
        .add(catalog(), "5.1", "Us".into(), None, "Ask the board.".into())
        .expect("valid");
    let list = differences(&mine, &base(), None);
    assert_eq!(
        summary(&list),
        vec![(Place::Comment("C2".into()), Changed::Unknown, Keep::Mine)]
    );
}

#[test]
fn choosing_all_of_one_kind_changes_only_that_kind() {
    let mine = base();
    let mut theirs = base();
    theirs
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    theirs
        .set_answer(catalog(), "5.1", "5.1.q1", None)
        .expect("valid");
    theirs
        .set_text(catalog(), "4.1", TextField::Evidence, "Policy v2".into())
        .expect("valid");
    let list = differences(&mine, &theirs, None);
    assert_eq!(kinds(&list), vec![(Kind::Answer, 2), (Kind::Evidence, 1)]);
    let mut choices = default_choices(&list);
    choose_all(&list, &mut choices, Kind::Answer, Keep::Theirs);
    assert_eq!(choices, vec![Keep::Theirs, Keep::Theirs, Keep::Mine]);
    let merged = apply(&mine, &theirs, &list, &choices);
    assert_eq!(merged.answer("4.1", "4.1.q1"), Some(Answer::Yes));
    assert_eq!(merged.answer("5.1", "5.1.q1"), None);
    assert_eq!(merged.items["4.1"].evidence, "");
}

#[test]
fn entries_are_matched_by_id_and_taken_ids_are_not_issued_again() {
    let mine = base();
    let mut theirs = base();
    theirs.risks.risks[0].title = "Model drifts after retraining".into();
    theirs
        .risks
        .add(Risk {
            title: "Bias".into(),
            ..Risk::default()
        })
        .expect("valid");
    // The order of a list alone is no difference.
    let mut reordered = theirs.clone();
    reordered.risks.risks.reverse();
    let list = differences(&mine, &reordered, None);
    assert_eq!(
        list.iter().map(|d| d.place.clone()).collect::<Vec<_>>(),
        vec![Place::Risk("R1".into()), Place::Risk("R2".into())]
    );
    // R1 differs in its title, which the summary shows; R2 is new.
    assert_eq!(list[0].note(), None);
    assert_eq!(list[1].mine, Value::Absent);
    assert_eq!(list[1].theirs.summary(), "R2: Bias (Open)");
    let mut choices = default_choices(&list);
    choose_all(&list, &mut choices, Kind::Risk, Keep::Theirs);
    let mut merged = apply(&mine, &reordered, &list, &choices);
    assert_eq!(merged.risks.risks.len(), 2);
    assert_eq!(merged.risks.risks[0].title, "Model drifts after retraining");
    let next = merged
        .risks
        .add(Risk {
            title: "New here".into(),
            ..Risk::default()
        })
        .expect("valid");
    assert_eq!(next, "R3");
}

#[test]
fn undo_restores_the_assessment_exactly() {
    // Merging leaves the open assessment as it was (the app keeps it for "Undo"), and taking
    // every difference back from it gives it again exactly.
    let ancestor = base();
    let mut mine = base();
    mine.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    let mut theirs = base();
    theirs
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::No))
        .expect("valid");
    theirs
        .set_text(catalog(), "6.1.2", TextField::Owner, "Kim".into())
        .expect("valid");
    theirs.risks.risks.clear();
    theirs.profile.organisation = "Example Ltd".into();
    let before = mine.clone();
    let list = differences(&mine, &theirs, Some(&ancestor));
    let mut choices = default_choices(&list);
    choices.iter_mut().for_each(|c| *c = Keep::Theirs);
    let merged = apply(&mine, &theirs, &list, &choices);
    assert_eq!(mine, before);
    assert_ne!(merged, mine);
    let back = differences(&merged, &mine, None);
    let undone = apply(&merged, &mine, &back, &vec![Keep::Theirs; back.len()]);
    assert_eq!(undone, mine);
}

#[test]
fn a_merged_assessment_is_a_valid_file() {
    let ancestor = base();
    let mut mine = base();
    mine.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    let mut theirs = base();
    theirs
        .set_text(
            catalog(),
            "6.1.2",
            TextField::Evidence,
            "Register v3".into(),
        )
        .expect("valid");
    theirs
        .set_answer(catalog(), "4.1", "4.1.q1", None)
        .expect("valid");
    let list = differences(&mine, &theirs, Some(&ancestor));
    let merged = apply(&mine, &theirs, &list, &vec![Keep::Theirs; list.len()]);
    let text = json::encode(&merged, "2026-12-07T10:00:00.000Z", Layout::Compact);
    let read = json::decode(&text, catalog()).expect("the merged assessment reads back");
    assert_eq!(read.assessment, merged);
}

#[test]
fn a_difference_the_summary_does_not_show_says_so() {
    let mine = base();
    let mut theirs = base();
    theirs.risks.risks[0].owner = "Kim".into();
    let list = differences(&mine, &theirs, None);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].mine.summary(), list[0].theirs.summary());
    assert!(list[0]
        .note()
        .is_some_and(|note| note.starts_with("The two differ in details beyond this summary")));
}
