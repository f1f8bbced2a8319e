//! Comparing assessments: the import preview's counts (what a file would change in the current
//! assessment) and the baseline view's changes (item by item, risks, systems, readiness).

use aims_assess::domain::action_plan::{ActionStatus, ActionUpdate, CustomAction};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::compare::{
    changes, compare, ChangeCounts, Delta, ItemField, Named, Trend,
};
use aims_assess::domain::risk::Risk;
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::scoring::Status;
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
                a.set_answer(catalog(), "A.6.2.4", "A.6.2.4.q1", Some(Answer::Partly))
                    .expect("ok");
            },
            [2, 0, 0],
            false,
            vec!["4.1", "A.6.2.4"],
        ),
        (
            // A.2.2.q1 is answered once, under 5.2.q1: the answer changes there.
            "a new answer to a shared question",
            |a| {
                a.set_answer(catalog(), "A.2.2", "A.2.2.q1", Some(Answer::Partly))
                    .expect("ok");
            },
            [1, 0, 0],
            false,
            vec!["5.2"],
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
fn differences_name_each_part_that_changed_with_its_count() {
    assert_eq!(
        compare(catalog(), &base(), &base()).differences(),
        Vec::<String>::new()
    );
    let mut changed = base();
    changed
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::No))
        .expect("known question");
    changed
        .set_answer(catalog(), "4.2", "4.2.q1", Some(Answer::Partly))
        .expect("known question");
    changed.inventory.add("Scoring".into()).unwrap();
    changed.risks.risks.push(Risk {
        id: "R1".into(),
        ..Risk::default()
    });
    changed.profile.organisation = "Acme".into();
    assert_eq!(
        compare(catalog(), &base(), &changed).differences(),
        vec![
            "2 answers".to_owned(),
            "1 AI system".to_owned(),
            "1 risk".to_owned(),
            "the organisation profile".to_owned(),
        ]
    );
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
        current
            .risks
            .add(Risk {
                title: title.into(),
                ..Risk::default()
            })
            .unwrap();
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
    incoming.risks.add(Risk::default()).unwrap();
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

#[test]
fn systems_comments_and_actions_are_counted_by_id() {
    type Change = fn(&mut Assessment);
    /// Name, change, expected [systems, comments, actions] changed.
    type Case = (&'static str, Change, [usize; 3]);
    let cases: Vec<Case> = vec![
        ("nothing", |_| {}, [0, 0, 0]),
        (
            "a new system",
            |a| drop(a.inventory.add("Scoring".into()).unwrap()),
            [1, 0, 0],
        ),
        (
            "a system's impact assessor",
            |a| {
                a.inventory
                    .edit("S1", |s| s.impact.assessor = "Ana".into())
                    .expect("known system")
            },
            [1, 0, 0],
        ),
        (
            "a removed system and a renamed one",
            |a| {
                a.inventory.remove("S1").expect("known system");
                a.inventory
                    .edit("S2", |s| s.name = "Support bot".into())
                    .expect("known system");
            },
            [2, 0, 0],
        ),
        (
            "systems reordered",
            |a| a.inventory.systems.reverse(),
            [0, 0, 0],
        ),
        (
            "a new comment",
            |a| {
                a.comments
                    .add(catalog(), "4.1", "Rev".into(), None, "Why?".into())
                    .expect("valid comment");
            },
            [0, 1, 0],
        ),
        (
            "a resolved comment",
            |a| a.comments.set_resolved("C1", true).expect("known comment"),
            [0, 1, 0],
        ),
        (
            "a derived action's update",
            |a| {
                a.actions.updates.insert(
                    "item:6.1.2".into(),
                    ActionUpdate {
                        status: ActionStatus::Done,
                        ..ActionUpdate::default()
                    },
                );
            },
            [0, 0, 1],
        ),
        (
            "an update removed and a custom action changed",
            |a| {
                a.actions.updates.remove("item:4.1");
                a.actions.custom[0].status = ActionStatus::InProgress;
            },
            [0, 0, 2],
        ),
        (
            "a new custom action",
            |a| {
                a.actions.custom.push(CustomAction {
                    id: "A2".into(),
                    title: "Train staff".into(),
                    ..CustomAction::default()
                })
            },
            [0, 0, 1],
        ),
    ];
    let mut current = base();
    current.inventory.add("Chatbot".into()).unwrap();
    current.inventory.add("Triage".into()).unwrap();
    current
        .comments
        .add(catalog(), "6.1.2", "Rev".into(), None, "Source?".into())
        .expect("valid comment");
    current.actions.updates.insert(
        "item:4.1".into(),
        ActionUpdate {
            notes: "Planned".into(),
            ..ActionUpdate::default()
        },
    );
    current.actions.custom.push(CustomAction {
        id: "A1".into(),
        title: "Write the policy".into(),
        ..CustomAction::default()
    });
    for (name, change, [systems, comments, actions]) in cases {
        let mut incoming = current.clone();
        change(&mut incoming);
        let comparison = compare(catalog(), &current, &incoming);
        assert_eq!(
            (
                comparison.systems_changed,
                comparison.comments_changed,
                comparison.actions_changed
            ),
            (systems, comments, actions),
            "{name}"
        );
        assert_eq!(
            comparison.is_identical(),
            systems + comments + actions == 0,
            "{name}"
        );
        assert!(comparison.changed_items.is_empty(), "{name}");
    }
}

/// The baseline of the `changes` tests: 4.1 at 20% (one Yes of five), 4.2 fully implemented
/// (four Yes), notes on 6.1.2.
fn baseline() -> Assessment {
    let mut assessment = base();
    answer_all(&mut assessment, "4.2", Answer::Yes);
    assessment
}

fn answer_all(assessment: &mut Assessment, item_id: &str, answer: Answer) {
    for question in catalog().item(item_id).expect("known item").questions {
        assessment
            .set_answer(catalog(), item_id, question.id, Some(answer))
            .expect("known question");
    }
}

fn exclude(assessment: &mut Assessment, control: &str, justification: &str) {
    assessment
        .soa
        .edit(catalog(), control, |d| {
            d.applicability = Applicability::NotApplicable;
            d.justification = justification.into();
        })
        .expect("known control");
}

/// One changed item as (ID, before, after, trend, answers changed, details and decision
/// changed as letters: n notes, e evidence, o owner, d due date, s SoA decision).
type Row = (&'static str, Status, Status, Trend, usize, String);

fn rows(baseline: &Assessment, current: &Assessment) -> Vec<Row> {
    changes(catalog(), baseline, current)
        .items
        .iter()
        .map(|c| {
            let flags = [
                (c.notes().is_some(), 'n'),
                (c.detail(ItemField::Evidence).is_some(), 'e'),
                (c.detail(ItemField::Owner).is_some(), 'o'),
                (c.detail(ItemField::DueDate).is_some(), 'd'),
                (c.decision_changed(), 's'),
            ];
            let flags = flags.iter().filter(|(on, _)| *on).map(|(_, c)| c).collect();
            (
                c.item_id,
                c.status_before,
                c.status_after,
                c.trend(),
                c.answers_changed,
                flags,
            )
        })
        .collect()
}

#[test]
fn item_changes_carry_both_statuses_and_which_way_they_moved() {
    use Status::*;
    type Change = fn(&mut Assessment);
    let row = |id, before, after, trend, answers, flags: &str| -> Row {
        (id, before, after, trend, answers, flags.to_owned())
    };
    // Every answer counts as a change, good practice too: all of 4.1's questions but the one
    // already answered Yes.
    let newly_answered_in_4_1 = catalog().item("4.1").expect("4.1").questions.len() - 1;
    let cases: Vec<(&str, Change, Vec<Row>)> = vec![
        ("nothing", |_| {}, vec![]),
        (
            "4.1 answered Yes throughout",
            |a| answer_all(a, "4.1", Answer::Yes),
            vec![row(
                "4.1",
                NotImplemented,
                FullyImplemented,
                Trend::Improved,
                newly_answered_in_4_1,
                "",
            )],
        ),
        (
            "a Yes of 4.2 lowered to Partly (5 of 6 half points of its requirement questions)",
            |a| {
                a.set_answer(catalog(), "4.2", "4.2.q1", Some(Answer::Partly))
                    .expect("ok")
            },
            vec![row(
                "4.2",
                FullyImplemented,
                LargelyImplemented,
                Trend::Worsened,
                1,
                "",
            )],
        ),
        (
            "4.1's only answer cleared",
            |a| a.set_answer(catalog(), "4.1", "4.1.q1", None).expect("ok"),
            vec![row(
                "4.1",
                NotImplemented,
                NotAssessed,
                Trend::Worsened,
                1,
                "",
            )],
        ),
        (
            "4.1's Yes turned to No: still not implemented",
            |a| {
                a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::No))
                    .expect("ok")
            },
            vec![row(
                "4.1",
                NotImplemented,
                NotImplemented,
                Trend::Same,
                1,
                "",
            )],
        ),
        (
            "notes of 6.1.2 revised",
            |a| {
                a.set_text(catalog(), "6.1.2", TextField::Notes, "Revised".into())
                    .expect("ok")
            },
            vec![row("6.1.2", NotAssessed, NotAssessed, Trend::Same, 0, "n")],
        ),
        (
            "evidence, owner and due date of 5.1",
            |a| {
                a.set_text(catalog(), "5.1", TextField::Evidence, "Minutes".into())
                    .expect("ok");
                a.set_text(catalog(), "5.1", TextField::Owner, "CEO".into())
                    .expect("ok");
                a.set_due_date(catalog(), "5.1", "2026-06-30".parse().ok())
                    .expect("ok");
            },
            vec![row("5.1", NotAssessed, NotAssessed, Trend::Same, 0, "eod")],
        ),
        (
            "A.10.4 excluded with a justification",
            |a| exclude(a, "A.10.4", "No customers"),
            vec![row(
                "A.10.4",
                NotAssessed,
                NotApplicable,
                Trend::Scope,
                0,
                "s",
            )],
        ),
        (
            "A.10.4 excluded without a justification: still in scope",
            |a| exclude(a, "A.10.4", ""),
            vec![row("A.10.4", NotAssessed, NotAssessed, Trend::Same, 0, "s")],
        ),
        (
            "two items, listed in catalog order",
            |a| {
                answer_all(a, "A.4.2", Answer::Partly);
                answer_all(a, "4.4", Answer::No);
            },
            vec![
                row("4.4", NotAssessed, NotImplemented, Trend::Improved, 5, ""),
                row(
                    "A.4.2",
                    NotAssessed,
                    PartiallyImplemented,
                    Trend::Improved,
                    3,
                    "",
                ),
            ],
        ),
    ];
    for (name, change, expected) in cases {
        let mut current = baseline();
        change(&mut current);
        assert_eq!(rows(&baseline(), &current), expected, "{name}");
        assert_eq!(
            changes(catalog(), &baseline(), &current).is_empty(),
            expected.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn notes_are_given_before_and_after_only_when_they_differ() {
    let mut current = baseline();
    current
        .set_text(catalog(), "6.1.2", TextField::Notes, String::new())
        .expect("ok");
    current
        .set_text(catalog(), "7.1", TextField::Notes, "New".into())
        .expect("ok");
    answer_all(&mut current, "4.3", Answer::Yes);
    let notes: Vec<_> = changes(catalog(), &baseline(), &current)
        .items
        .into_iter()
        .map(|c| {
            let notes = c.notes().map(|(b, a)| (b.to_owned(), a.to_owned()));
            (c.item_id, notes)
        })
        .collect();
    assert_eq!(
        notes,
        vec![
            ("4.3", None),
            ("6.1.2", Some(("Agreed".to_owned(), String::new()))),
            ("7.1", Some((String::new(), "New".to_owned()))),
        ]
    );
}

#[test]
fn readiness_moves_per_clause_area_and_in_total() {
    let mut current = baseline();
    answer_all(&mut current, "4.1", Answer::Yes);
    answer_all(&mut current, "A.2.2", Answer::Yes);
    exclude(&mut current, "A.3.2", "Done by the group");
    exclude(&mut current, "A.3.3", "Done by the group");
    let changes = changes(catalog(), &baseline(), &current);
    let delta = |before, after| Delta {
        before: Some(before),
        after: Some(after),
    };
    let ids: Vec<_> = changes.clauses.iter().map(|part| part.id).collect();
    assert_eq!(ids, ["4", "5", "6", "7", "8", "9", "10"]);
    let ids: Vec<_> = changes.areas.iter().map(|part| part.id).collect();
    assert_eq!(
        ids,
        ["A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"]
    );
    // (part, title, readiness, delta): clause 4 goes from (20 + 100) / 4 to (100 + 100) / 4,
    // A.2 from nothing to one of three controls, A.3 has no control in scope any more. A.2.2's
    // questions are answered under 5.2 (three of its eight requirement questions), so clause 5
    // moves too: 37.5% / 3 items.
    let cases = [
        ("4", "Context of the organization", delta(30, 50), Some(20)),
        ("5", "Leadership", delta(0, 12), Some(12)),
        ("6", "Planning", delta(0, 0), Some(0)),
        ("A.2", "Policies related to AI", delta(0, 33), Some(33)),
        (
            "A.3",
            "Internal organization",
            Delta {
                before: Some(0),
                after: None,
            },
            None,
        ),
    ];
    for (id, title, readiness, moved) in cases {
        let part = changes
            .clauses
            .iter()
            .chain(&changes.areas)
            .find(|part| part.id == id)
            .expect("every part is listed");
        assert_eq!((part.title, part.readiness), (title, readiness), "{id}");
        assert_eq!(part.readiness.delta(), moved, "{id}");
        assert_eq!(part.readiness.changed(), moved != Some(0), "{id}");
    }
    // Clauses: 1.2 / 32 -> 2.375 / 32 (4.1, 4.2 and 5.2 at 3/8); Annex A: 0 of 38 -> 1 of 36
    // in scope; overall: 1.2 / 70 -> 3.375 / 68.
    assert_eq!(changes.clause_total, delta(3, 7));
    assert_eq!(changes.annex_a, delta(0, 2));
    assert_eq!(changes.overall, delta(1, 4));
    assert_eq!(changes.overall.delta(), Some(3));
    assert!(changes.completeness.delta().is_some_and(|d| d > 0));
}

#[test]
fn risks_and_systems_are_listed_as_added_removed_or_changed() {
    let mut baseline = baseline();
    for title in ["Drift", "Bias", ""] {
        baseline
            .risks
            .add(Risk {
                title: title.into(),
                ..Risk::default()
            })
            .unwrap();
    }
    baseline.inventory.add("Chatbot".into()).unwrap();
    baseline.inventory.add("Scoring".into()).unwrap();
    let mut current = baseline.clone();
    current
        .risks
        .edit("R1", |risk| risk.inherent = Some(Rating::new(2, 3)))
        .expect("known risk");
    current.risks.remove("R2").expect("known risk");
    current
        .risks
        .add(Risk {
            title: "Leak".into(),
            ..Risk::default()
        })
        .unwrap();
    current.risks.risks.reverse();
    current
        .inventory
        .edit("S1", |system| system.name = "Support bot".into())
        .expect("known system");
    current.inventory.remove("S2").expect("known system");
    current.inventory.add(String::new()).unwrap();
    let named = |list: &[(&str, &str)]| -> Vec<Named> {
        list.iter()
            .map(|(id, name)| Named {
                id: (*id).into(),
                name: (*name).into(),
            })
            .collect()
    };
    let changes = changes(catalog(), &baseline, &current);
    assert_eq!(changes.risks_added, named(&[("R4", "Leak")]));
    assert_eq!(changes.risks_removed, named(&[("R2", "Bias")]));
    assert_eq!(changes.risks_changed, named(&[("R1", "Drift")]));
    assert_eq!(changes.systems_added, named(&[("S3", "Unnamed system S3")]));
    // A removed entry is named as it was, a changed one as it is now.
    assert_eq!(changes.systems_removed, named(&[("S2", "Scoring")]));
    assert_eq!(changes.systems_changed, named(&[("S1", "Support bot")]));
    assert!(changes.items.is_empty());
    assert!(!changes.is_empty());

    // The untitled risk R3 is in no list while untouched; changed, it is named by the
    // placeholder.
    let mut described = baseline.clone();
    described
        .risks
        .edit("R3", |risk| risk.description = "Outputs leak".into())
        .expect("known risk");
    let changed = changes_of(&baseline, &described).risks_changed;
    assert_eq!(changed, named(&[("R3", "Untitled risk")]));
}

fn changes_of(
    baseline: &Assessment,
    current: &Assessment,
) -> aims_assess::domain::compare::Changes {
    changes(catalog(), baseline, current)
}

#[test]
fn identical_assessments_have_no_changes_and_unmoved_readiness() {
    let mut same = baseline();
    same.risks.add(Risk::default()).unwrap();
    same.inventory.add("Chatbot".into()).unwrap();
    let changes = changes_of(&same, &same.clone());
    assert!(changes.is_empty());
    assert_eq!(changes.counts(), ChangeCounts::default());
    let totals = [
        changes.clause_total,
        changes.annex_a,
        changes.overall,
        changes.completeness,
    ];
    for delta in changes
        .clauses
        .iter()
        .chain(&changes.areas)
        .map(|part| part.readiness)
        .chain(totals)
    {
        assert!(!delta.changed());
        assert_eq!(delta.delta(), Some(0));
    }
    assert_eq!(changes.clauses.len(), 7);
    assert_eq!(changes.areas.len(), 9);
}

#[test]
fn the_summary_line_counts_changed_items_by_trend() {
    let mut current = baseline();
    answer_all(&mut current, "4.1", Answer::Yes); // improved
    answer_all(&mut current, "4.3", Answer::Partly); // improved
    current
        .set_answer(catalog(), "4.2", "4.2.q1", Some(Answer::No)) // worsened
        .expect("ok");
    exclude(&mut current, "A.10.4", "No customers"); // scope
    current
        .set_text(catalog(), "6.1.2", TextField::Notes, "Revised".into()) // same status
        .expect("ok");
    assert_eq!(
        changes_of(&baseline(), &current).counts(),
        ChangeCounts {
            items: 5,
            improved: 2,
            worsened: 1,
            scope: 1,
            same_score: 1,
        }
    );
}

#[test]
fn register_entries_certification_dates_and_templates_show_in_the_preview() {
    use aims_assess::domain::compare::{EntryChange, RecordChange};
    use aims_assess::domain::records::RegisterKind;
    let mut current = base();
    current
        .records
        .add(RegisterKind::Documents, "AI policy".into())
        .unwrap();
    current
        .records
        .add(RegisterKind::Documents, "Risk method".into())
        .unwrap();
    let mut incoming = current.clone();
    // Changed, removed and added, in two registers.
    incoming
        .records
        .set_value(RegisterKind::Documents, "DOC1", "version", "2".into())
        .unwrap();
    incoming
        .records
        .remove(RegisterKind::Documents, "DOC2")
        .unwrap();
    incoming
        .records
        .add(RegisterKind::Audits, "Internal audit 2026".into())
        .unwrap();
    incoming.certification.stage1_target = Some("2027-03-01".parse().unwrap());
    incoming
        .template_texts
        .insert("ai-policy".into(), "Our policy".into());
    let comparison = compare(catalog(), &current, &incoming);
    let change = |register, id: &str, change| RecordChange {
        register,
        id: id.into(),
        change,
    };
    assert_eq!(
        comparison.record_changes,
        [
            change(RegisterKind::Documents, "DOC1", EntryChange::Changed),
            change(RegisterKind::Documents, "DOC2", EntryChange::Removed),
            change(RegisterKind::Audits, "AUD1", EntryChange::Added),
        ]
    );
    assert!(comparison.certification_changed);
    assert_eq!(comparison.templates_changed, 1);
    assert!(!comparison.is_identical());
    assert_eq!(
        comparison.differences(),
        [
            "2 entries of Documented information",
            "1 entry of Internal audits",
            "1 template",
            "the certification audit's target dates",
        ]
    );
    // The order of a register alone is no change.
    let mut reordered = current.clone();
    reordered
        .records
        .get_mut(RegisterKind::Documents)
        .records
        .reverse();
    assert!(compare(catalog(), &current, &reordered).is_identical());
}

// ---- What changed, named: answers, fields, directions, filters, risks, systems, CSV ----

use aims_assess::domain::catalog::QuestionKind;
use aims_assess::domain::catalog_text::{CatalogText, ItemText};
use aims_assess::domain::compare::{
    answer_text, shortened, AnswerChange, Direction, DirectionFilter, EntryChange, ItemFilter,
};
use aims_assess::domain::impact_record::AnnexIiiArea;
use aims_assess::domain::risk::{RiskStatus, Treatment};
use aims_assess::io::csv_compare::{compare_csv, compare_rows, COMPARE_HEADER};

/// The first requirement question of an item.
fn requirement(item_id: &str) -> &'static str {
    catalog()
        .item(item_id)
        .expect("known item")
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Requirement)
        .expect("an item has requirement questions")
        .id
}

#[test]
fn each_changed_answer_is_named_with_its_answer_before_and_after() {
    // Baseline: 4.1.q1 Yes. Now: 4.1.q1 Partly, 4.1.q2 Yes.
    let mut current = baseline();
    current
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Partly))
        .expect("ok");
    current
        .set_answer(catalog(), "4.1", "4.1.q2", Some(Answer::Yes))
        .expect("ok");
    let found = changes_of(&baseline(), &current);
    let item = found
        .items
        .iter()
        .find(|c| c.item_id == "4.1")
        .expect("4.1");
    let kind = |id| {
        catalog()
            .item("4.1")
            .expect("4.1")
            .questions
            .iter()
            .find(|q| q.id == id)
            .expect("q")
            .kind
    };
    assert_eq!(
        item.answers,
        vec![
            AnswerChange {
                question_id: "4.1.q1",
                kind: kind("4.1.q1"),
                kept_under: None,
                before: Some(Answer::Yes),
                after: Some(Answer::Partly),
            },
            AnswerChange {
                question_id: "4.1.q2",
                kind: kind("4.1.q2"),
                kept_under: None,
                before: None,
                after: Some(Answer::Yes),
            },
        ]
    );
    assert_eq!(item.answers_changed, 2);
    assert_eq!(
        [answer_text(None), answer_text(Some(Answer::Partly))],
        ["Not answered", "Partly"]
    );
}

#[test]
fn a_shared_answer_shows_under_both_items_but_counts_where_it_is_kept() {
    // A.2.2.q1 is answered under 5.2.q1.
    let mut current = baseline();
    current
        .set_answer(catalog(), "A.2.2", "A.2.2.q1", Some(Answer::No))
        .expect("ok");
    let found = changes_of(&baseline(), &current);
    let answers = |id| {
        let item = found
            .items
            .iter()
            .find(|c| c.item_id == id)
            .expect("listed");
        (
            item.answers_changed,
            item.answers
                .iter()
                .map(|a| (a.question_id, a.kept_under, a.before, a.after))
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        answers("5.2"),
        (1, vec![("5.2.q1", None, None, Some(Answer::No))])
    );
    assert_eq!(
        answers("A.2.2"),
        (0, vec![("A.2.2.q1", Some("5.2"), None, Some(Answer::No))])
    );
    // The import preview still counts the one answer once, under 5.2.
    assert_eq!(compare(catalog(), &baseline(), &current).answers_changed, 1);
}

#[test]
fn changed_fields_of_an_item_come_with_both_texts() {
    let mut current = baseline();
    current
        .set_text(catalog(), "6.1.2", TextField::Notes, "Revised".into())
        .expect("ok");
    current
        .set_text(
            catalog(),
            "6.1.2",
            TextField::Evidence,
            "Risk method v2".into(),
        )
        .expect("ok");
    current
        .set_text(catalog(), "6.1.2", TextField::Owner, "CISO".into())
        .expect("ok");
    current
        .set_due_date(catalog(), "6.1.2", "2027-01-31".parse().ok())
        .expect("ok");
    current
        .set_question_note(catalog(), "6.1.2", "6.1.2.q1", "Only drafted".into())
        .expect("ok");
    exclude(&mut current, "A.10.4", "No customers");
    let found = changes_of(&baseline(), &current);
    let fields = |id| -> Vec<(&'static str, String, String)> {
        found
            .items
            .iter()
            .find(|c| c.item_id == id)
            .expect("listed")
            .details
            .iter()
            .map(|d| (d.field.label(), d.before.clone(), d.after.clone()))
            .collect()
    };
    let field = |name, before: &str, after: &str| (name, before.to_owned(), after.to_owned());
    assert_eq!(
        fields("6.1.2"),
        vec![
            field("Notes", "Agreed", "Revised"),
            field("Evidence", "", "Risk method v2"),
            field("Owner", "", "CISO"),
            field("Due date", "", "2027-01-31"),
            field("Note on the answer", "", "Only drafted"),
        ]
    );
    assert_eq!(
        fields("A.10.4"),
        vec![field(
            "SoA decision",
            "Undecided",
            "Not applicable: No customers"
        )]
    );
}

#[test]
fn an_item_got_better_or_worse_by_its_status_then_by_its_points() {
    // 4.4 answered Partly throughout is Partially implemented; one Yes more keeps the status
    // and earns a point more.
    let mut partly = baseline();
    answer_all(&mut partly, "4.4", Answer::Partly);
    let mut one_yes = partly.clone();
    one_yes
        .set_answer(catalog(), "4.4", requirement("4.4"), Some(Answer::Yes))
        .expect("ok");
    let mut all_yes = partly.clone();
    answer_all(&mut all_yes, "4.4", Answer::Yes);
    let mut noted = partly.clone();
    noted
        .set_text(catalog(), "4.4", TextField::Notes, "Checked".into())
        .expect("ok");
    // 4.1 has one Yes in the baseline; a second requirement question answered No earns
    // nothing, and turning the Yes to Partly keeps the status but loses a point.
    let second = catalog()
        .item("4.1")
        .expect("4.1")
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Requirement)
        .nth(1)
        .expect("4.1 has two requirement questions")
        .id;
    let mut one_no = baseline();
    one_no
        .set_answer(catalog(), "4.1", second, Some(Answer::No))
        .expect("ok");
    let mut lowered = baseline();
    lowered
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Partly))
        .expect("ok");
    let start = baseline();
    let mut excluded = partly.clone();
    exclude(&mut excluded, "A.10.4", "No customers");
    let cases: [(&str, &Assessment, &Assessment, &str, Direction); 8] = [
        ("status rose", &partly, &all_yes, "4.4", Direction::Better),
        ("status fell", &all_yes, &partly, "4.4", Direction::Worse),
        (
            "same status, more points",
            &partly,
            &one_yes,
            "4.4",
            Direction::Better,
        ),
        (
            "same status, fewer points",
            &one_yes,
            &partly,
            "4.4",
            Direction::Worse,
        ),
        ("notes only", &partly, &noted, "4.4", Direction::Unchanged),
        (
            "an answer worth nothing",
            &start,
            &one_no,
            "4.1",
            Direction::Unchanged,
        ),
        (
            "Yes to Partly, same status",
            &start,
            &lowered,
            "4.1",
            Direction::Worse,
        ),
        (
            "left the scope",
            &partly,
            &excluded,
            "A.10.4",
            Direction::Scope,
        ),
    ];
    for (name, before, after, id, expected) in cases {
        let found = changes_of(before, after);
        let item = found.items.iter().find(|c| c.item_id == id).expect(name);
        assert_eq!(item.direction(), expected, "{name}");
    }
    let found = changes_of(&partly, &one_yes);
    let item = &found.items[0];
    assert_eq!(
        (item.status_before, item.status_after),
        (Status::PartiallyImplemented, Status::PartiallyImplemented)
    );
    assert!(item.percent().after > item.percent().before);
    assert_eq!(Direction::Better.label(), "Improved");
}

#[test]
fn filters_keep_the_items_of_one_part_and_one_direction() {
    let mut current = baseline();
    answer_all(&mut current, "4.1", Answer::Yes); // 4: better
    current
        .set_answer(catalog(), "4.2", "4.2.q1", Some(Answer::No)) // 4: worse
        .expect("ok");
    answer_all(&mut current, "A.4.2", Answer::Partly); // A.4: better
    current
        .set_text(catalog(), "6.1.2", TextField::Notes, "Revised".into()) // 6: same score
        .expect("ok");
    let found = changes_of(&baseline(), &current);
    let ids = |part: Option<&str>, direction| -> Vec<&str> {
        let filter = ItemFilter {
            part: part.map(str::to_owned),
            direction,
        };
        found
            .filtered_items(catalog(), &filter)
            .iter()
            .map(|c| c.item_id)
            .collect()
    };
    use DirectionFilter::{All, Better, Worse};
    assert_eq!(ids(None, All), ["4.1", "4.2", "6.1.2", "A.4.2"]);
    assert_eq!(ids(None, Better), ["4.1", "A.4.2"]);
    assert_eq!(ids(None, Worse), ["4.2"]);
    assert_eq!(ids(Some("4"), All), ["4.1", "4.2"]);
    assert_eq!(ids(Some("4"), Better), ["4.1"]);
    assert_eq!(ids(Some("A.4"), All), ["A.4.2"]);
    assert_eq!(ids(Some("A.4"), Worse), Vec::<&str>::new());
    assert_eq!(DirectionFilter::from_slug("worse"), Worse);
    assert_eq!(DirectionFilter::from_slug("*"), All);
}

#[test]
fn long_texts_are_shortened_for_display_at_a_space() {
    let cases = [
        ("short", 10, "short"),
        ("  padded  ", 10, "padded"),
        ("exactly ten", 11, "exactly ten"),
        ("the quick brown fox jumps", 20, "the quick brown fox…"),
        ("the quick brown fox jumps", 18, "the quick brown…"),
        // No space near the end: cut inside the word.
        ("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij…"),
        ("äöü äöü äöü äöü", 9, "äöü äöü…"),
    ];
    for (text, limit, expected) in cases {
        assert_eq!(shortened(text, limit), expected, "{text} at {limit}");
    }
}

#[test]
fn changed_risks_name_each_changed_field_before_and_after() {
    let mut baseline = baseline();
    baseline
        .risks
        .add(Risk {
            title: "Drift".into(),
            owner: "Ana".into(),
            inherent: Some(Rating::new(3, 3)),
            ..Risk::default()
        })
        .unwrap();
    let mut current = baseline.clone();
    current
        .risks
        .edit("R1", |risk| {
            risk.owner = "Ben".into();
            risk.treatment = Some(Treatment::Modify);
            risk.residual = Some(Rating::new(1, 2));
            risk.status = RiskStatus::Treated;
        })
        .expect("known risk");
    let found = changes_of(&baseline, &current);
    assert_eq!(found.risk_fields.len(), 1);
    assert_eq!(found.risk_fields[0].id, "R1");
    let fields: Vec<_> = found.risk_fields[0]
        .fields
        .iter()
        .map(|f| (f.field, f.before.as_str(), f.after.as_str()))
        .collect();
    let criteria = &current.risks.criteria;
    let residual = criteria.rating_text(Some(Rating::new(1, 2)));
    assert_eq!(
        fields,
        vec![
            ("Owner", "Ana", "Ben"),
            ("Treatment", "Not chosen", Treatment::Modify.label()),
            ("Rating after treatment", "Not rated", residual.as_str()),
            ("Status", Risk::default().status.label(), "Treated"),
        ]
    );
}

#[test]
fn ai_systems_carry_their_impact_level_before_and_after() {
    let mut baseline = baseline();
    baseline.inventory.add("Chatbot".into()).unwrap();
    baseline.inventory.add("Old scorer".into()).unwrap();
    let mut current = baseline.clone();
    current
        .inventory
        .edit("S1", |system| {
            system.impact.annex_iii = Some(AnnexIiiArea::Employment)
        })
        .expect("known system");
    current.inventory.remove("S2").expect("known system");
    current.inventory.add("Hiring".into()).unwrap();
    let found = changes_of(&baseline, &current);
    let levels: Vec<_> = found
        .system_levels
        .iter()
        .map(|s| (s.id.as_str(), s.change, s.before.clone(), s.after.clone()))
        .collect();
    let not_yet = Some("Not assessed yet".to_owned());
    assert_eq!(
        levels,
        vec![
            ("S3", EntryChange::Added, None, not_yet.clone()),
            ("S2", EntryChange::Removed, not_yet.clone(), None),
            (
                "S1",
                EntryChange::Changed,
                not_yet,
                // An Annex III area makes the level at least 3; the reach is still open.
                Some("Level 3 (high), provisional".to_owned())
            ),
        ]
    );
}

#[test]
fn the_comparison_csv_has_one_row_per_change_with_whole_texts() {
    let long_notes = format!("{} end", "word ".repeat(60));
    let mut baseline = baseline();
    baseline
        .risks
        .add(Risk {
            title: "Drift".into(),
            owner: "Ana".into(),
            ..Risk::default()
        })
        .unwrap();
    baseline.inventory.add("Chatbot".into()).unwrap();
    let mut current = baseline.clone();
    current
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Partly))
        .expect("ok");
    current
        .set_text(
            catalog(),
            "4.1",
            TextField::Owner,
            "=HYPERLINK(\"x\")".into(),
        )
        .expect("ok");
    current
        .set_text(catalog(), "4.1", TextField::Notes, long_notes.clone())
        .expect("ok");
    current
        .risks
        .edit("R1", |risk| risk.owner = "Ben".into())
        .expect("known risk");
    current
        .inventory
        .edit("S1", |system| {
            system.impact.annex_iii = Some(AnnexIiiArea::Employment)
        })
        .expect("known system");
    let found = changes_of(&baseline, &current);
    let wording = CatalogText::new(vec![(
        "4.1".to_owned(),
        ItemText {
            questions: vec![("4.1.q1".to_owned(), "Do you know your context?".to_owned())],
            ..ItemText::default()
        },
    )]);
    let rows = compare_rows(catalog(), &found, Some(&wording));
    let title = catalog().item("4.1").expect("4.1").title;
    let row = |cells: [&str; 9]| cells.map(str::to_owned).to_vec();
    assert_eq!(
        rows,
        vec![
            row([
                "Clause item",
                "4.1",
                title,
                "Score",
                "",
                "",
                "20%",
                "10%",
                "Worsened"
            ]),
            row([
                "Clause item",
                "4.1",
                title,
                "Answer",
                "4.1.q1",
                "Do you know your context?",
                "Yes",
                "Partly",
                "Worsened"
            ]),
            row([
                "Clause item",
                "4.1",
                title,
                "Notes",
                "",
                "",
                "",
                &long_notes,
                "Worsened"
            ]),
            row([
                "Clause item",
                "4.1",
                title,
                "Owner",
                "",
                "",
                "",
                "=HYPERLINK(\"x\")",
                "Worsened"
            ]),
            row(["Risk", "R1", "Drift", "Owner", "", "", "Ana", "Ben", ""]),
            row([
                "AI system",
                "S1",
                "Chatbot",
                "Impact level",
                "",
                "",
                "Not assessed yet",
                "Level 3 (high), provisional",
                ""
            ]),
        ]
    );
    // The file: a byte-order mark, the header, and the formula neutralised.
    let file = compare_csv(catalog(), &found, Some(&wording));
    assert!(file.starts_with('\u{feff}'));
    assert!(file[3..].starts_with(&COMPARE_HEADER.join(",")));
    assert!(file.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    // Without the wording the question is still named by its ID.
    let bare = compare_rows(catalog(), &found, None);
    assert_eq!((bare[1][4].as_str(), bare[1][5].as_str()), ("4.1.q1", ""));
}
