//! Reviewer comments: adding (with IDs that are never reused), resolving, editing, removing
//! and restoring, and the open counts shown beside items.

use aims_assess::domain::catalog::catalog;
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::review::{ReviewComment, ReviewComments, ReviewError};

fn add(comments: &mut ReviewComments, item_id: &str, text: &str) -> Result<String, ReviewError> {
    comments.add(catalog(), item_id, "Reviewer".into(), None, text.into())
}

/// Comments C1 and C2 on 4.1, C3 on A.6.2.4.
fn three() -> ReviewComments {
    let mut comments = ReviewComments::default();
    for (item, text) in [
        ("4.1", "Scope?"),
        ("4.1", "Who signed?"),
        ("A.6.2.4", "Logs"),
    ] {
        add(&mut comments, item, text).expect("valid comment");
    }
    comments
}

fn ids(comments: &ReviewComments) -> Vec<&str> {
    comments.comments.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn a_new_comment_is_open_and_keeps_what_was_given() {
    let mut comments = ReviewComments::default();
    let date: IsoDate = "2026-03-01".parse().expect("valid date");
    let id = comments
        .add(
            catalog(),
            "6.1.2",
            "Ana".into(),
            Some(date),
            "Which criteria?".into(),
        )
        .expect("valid comment");
    assert_eq!(id, "C1");
    assert_eq!(
        comments.get("C1"),
        Some(&ReviewComment {
            id: "C1".into(),
            item_id: "6.1.2".into(),
            author: "Ana".into(),
            date: Some(date),
            text: "Which criteria?".into(),
            resolved: false,
        })
    );
    assert_eq!(comments.next_number, 2);
}

#[test]
fn ids_are_never_reused() {
    // (what happens, the ID the next comment gets)
    type Step = fn(&mut ReviewComments);
    let cases: [(&str, Step, &str); 4] = [
        ("nothing", |_| {}, "C4"),
        (
            "the last comment removed",
            |c| drop(c.remove("C3").expect("known")),
            "C4",
        ),
        ("every comment removed", |c| c.comments.clear(), "C4"),
        (
            "a file with C7 and a stale counter",
            |c| {
                c.comments[0].id = "C7".into();
                c.next_number = 2;
            },
            "C8",
        ),
    ];
    for (name, step, next) in cases {
        let mut comments = three();
        step(&mut comments);
        let id = add(&mut comments, "5.1", "More").expect("valid comment");
        assert_eq!(id, next, "{name}");
        assert_eq!(ids(&comments).last(), Some(&next), "{name}");
    }
}

#[test]
fn blank_text_and_unknown_items_are_refused_and_change_nothing() {
    let cases = [
        ("4.1", "", ReviewError::EmptyText),
        ("4.1", "  \n\t", ReviewError::EmptyText),
        ("4.9", "Text", ReviewError::UnknownItem("4.9".into())),
        ("A.1.1", "Text", ReviewError::UnknownItem("A.1.1".into())),
    ];
    for (item, text, error) in cases {
        let mut comments = three();
        assert_eq!(
            add(&mut comments, item, text),
            Err(error),
            "{item} {text:?}"
        );
        assert_eq!(comments, three(), "{item} {text:?}");
    }
    assert_eq!(
        ReviewError::UnknownComment("C9".into()).to_string(),
        "there is no comment C9"
    );
}

#[test]
fn resolving_changes_the_open_counts() {
    let mut comments = three();
    // Open comments on 4.1, on A.6.2.4, on 5.1 and in total.
    let counts = |c: &ReviewComments| {
        [
            c.open_count("4.1"),
            c.open_count("A.6.2.4"),
            c.open_count("5.1"),
            c.open_total(),
        ]
    };
    assert_eq!(counts(&comments), [2, 1, 0, 3]);
    comments.set_resolved("C2", true).expect("known comment");
    assert_eq!(counts(&comments), [1, 1, 0, 2]);
    comments.set_resolved("C3", true).expect("known comment");
    assert_eq!(counts(&comments), [1, 0, 0, 1]);
    comments.set_resolved("C2", false).expect("known comment");
    assert_eq!(counts(&comments), [2, 0, 0, 2]);
    assert_eq!(
        comments.set_resolved("C9", true),
        Err(ReviewError::UnknownComment("C9".into()))
    );
    // Resolved comments are still listed for their item, in the order written.
    let on_4_1: Vec<_> = comments.for_item("4.1").map(|c| c.text.as_str()).collect();
    assert_eq!(on_4_1, ["Scope?", "Who signed?"]);
    assert_eq!(comments.for_item("5.1").count(), 0);
}

#[test]
fn editing_text_refuses_blank_text_and_unknown_ids() {
    let mut comments = three();
    comments
        .edit_text("C2", "Who approved it?".into())
        .expect("known comment");
    assert_eq!(
        comments.get("C2").map(|c| c.text.as_str()),
        Some("Who approved it?")
    );
    assert_eq!(
        comments.edit_text("C2", " ".into()),
        Err(ReviewError::EmptyText)
    );
    assert_eq!(
        comments.get("C2").map(|c| c.text.as_str()),
        Some("Who approved it?")
    );
    assert_eq!(
        comments.edit_text("C4", "Text".into()),
        Err(ReviewError::UnknownComment("C4".into()))
    );
}

#[test]
fn a_removed_comment_is_restored_where_it_was() {
    // (comment removed, its position, comments removed afterwards, order after restoring)
    let cases: [(&str, usize, &[&str], &[&str]); 3] = [
        ("C2", 1, &[], &["C1", "C2", "C3"]),
        ("C1", 0, &["C3"], &["C1", "C2"]),
        // The list got shorter than the position: the comment goes at the end.
        ("C3", 2, &["C1"], &["C2", "C3"]),
    ];
    for (id, position, also_removed, order) in cases {
        let mut comments = three();
        let (index, comment) = comments.remove(id).expect("known comment");
        assert_eq!((index, comment.id.as_str()), (position, id));
        assert!(comments.get(id).is_none());
        for other in also_removed {
            comments.remove(other).expect("known comment");
        }
        comments.restore(index, comment);
        assert_eq!(ids(&comments), order, "{id}");
    }
    assert_eq!(
        three().remove("C4"),
        Err(ReviewError::UnknownComment("C4".into()))
    );
}
