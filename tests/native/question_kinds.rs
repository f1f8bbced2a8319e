//! Catalog 2026.12: requirement and good-practice questions, questions shared between a clause
//! item and a control, notes on answers, and answers given against an earlier catalog.
//!
//! - every obligation of a clause item is covered by its requirement questions
//!   (`tests/data/clause-obligations.json`), and good-practice questions cover none;
//! - readiness, statuses and the audit verdicts count requirement questions only;
//! - a shared question has one answer (and note), kept under the clause question;
//! - a file answered against catalog 2026.11 is brought up to date when it is read;
//! - the change log agrees with the compiled catalog.

use crate::checks::ready;
use aims_assess::domain::assessment::{Answer, Assessment};
use aims_assess::domain::catalog::{
    catalog, AnswerKey, Change, Item, QuestionKind, CATALOG_RELEASES, CATALOG_VERSION,
};
use aims_assess::domain::catalog_update::{CatalogUpdate, CheckReason};
use aims_assess::domain::readiness::{verdict, Blocker};
use aims_assess::domain::report::{build, Block, ReportContext};
use aims_assess::domain::scoring::{ItemScore, Status, Summary, Tally};
use aims_assess::io::csv_answers::{answers_csv, read_answers_csv};
use aims_assess::io::csv_in::CsvError;
use aims_assess::io::json::{decode, encode, Layout};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use Answer::{No, Partly, Yes};

const WRITTEN_AT: &str = "2026-12-07T10:00:00.000Z";

/// `tests/data/clause-obligations.json`: per clause item, its obligations and the questions
/// that cover each.
#[derive(Deserialize)]
struct Obligations {
    items: BTreeMap<String, Vec<Obligation>>,
}

#[derive(Deserialize)]
struct Obligation {
    obligation: String,
    questions: Vec<String>,
}

fn requirement_questions(item: &Item) -> impl Iterator<Item = &'static str> + '_ {
    item.questions
        .iter()
        .filter(|question| question.kind == QuestionKind::Requirement)
        .map(|question| question.id)
}

#[test]
fn every_obligation_of_a_clause_item_is_covered_by_its_requirement_questions() {
    let table: Obligations =
        serde_json::from_str(include_str!("../data/clause-obligations.json")).expect("json");
    let items: Vec<&str> = catalog().clause_items().map(|item| item.id).collect();
    assert_eq!(items.len(), 32);
    assert_eq!(
        table
            .items
            .keys()
            .map(String::as_str)
            .collect::<HashSet<_>>(),
        items.iter().copied().collect::<HashSet<_>>(),
        "the table has every clause item and nothing else"
    );
    for item in catalog().clause_items() {
        let obligations = &table.items[item.id];
        assert!(!obligations.is_empty(), "{} has no obligation", item.id);
        let mut covered = HashSet::new();
        for obligation in obligations {
            assert!(
                !obligation.questions.is_empty(),
                "{}: \"{}\" has no question",
                item.id,
                obligation.obligation
            );
            for id in &obligation.questions {
                let question = catalog().question(item.id, id).unwrap_or_else(|| {
                    panic!(
                        "{}: \"{}\" names {id}, not a question of the item",
                        item.id, obligation.obligation
                    )
                });
                assert_eq!(
                    question.kind,
                    QuestionKind::Requirement,
                    "{id} covers \"{}\" but is good practice",
                    obligation.obligation
                );
                covered.insert(question.id);
            }
        }
        for question in requirement_questions(item) {
            assert!(
                covered.contains(question),
                "requirement question {question} covers no obligation of {}",
                item.id
            );
        }
    }
    // Good-practice questions appear nowhere in the table.
    let listed: HashSet<&str> = table
        .items
        .values()
        .flatten()
        .flat_map(|obligation| obligation.questions.iter().map(String::as_str))
        .collect();
    for item in catalog().clause_items() {
        for question in item.questions {
            if question.kind == QuestionKind::GoodPractice {
                assert!(!listed.contains(question.id), "{} is listed", question.id);
            }
        }
    }
}

/// Answers every question of an item of the given kind.
fn answer_kind(assessment: &mut Assessment, item: &Item, kind: QuestionKind, answer: Answer) {
    for question in item.questions.iter().filter(|q| q.kind == kind) {
        assessment
            .set_answer(catalog(), item.id, question.id, Some(answer))
            .expect("a known question");
    }
}

/// Clause items with questions of both kinds, among them an audit item (9.2.2 has none, 9.3.3
/// has) and items that call for documented information.
const MIXED_ITEMS: [&str; 6] = ["4.1", "6.1.4", "6.3", "7.5.1", "9.3.3", "10.2"];

#[test]
fn readiness_and_the_verdicts_count_requirement_questions_only() {
    let baseline = verdict(catalog(), &ready(), None);
    // (requirement answer, good-practice answer, status, whether it blocks stage 1, stage 2)
    let cases = [
        (Yes, No, Status::FullyImplemented, false, false),
        (Yes, Partly, Status::FullyImplemented, false, false),
        (Partly, Yes, Status::PartiallyImplemented, false, true),
        (No, Yes, Status::NotImplemented, true, true),
    ];
    for id in MIXED_ITEMS {
        let item = catalog().item(id).expect("known item");
        let requirements = requirement_questions(item).count() as u32;
        let good_practice = item.questions.len() as u32 - requirements;
        assert!(requirements > 0 && good_practice > 0, "{id} has both kinds");
        for (requirement, good, status, blocks_one, blocks_two) in cases {
            let name = format!("{id}: requirements {requirement:?}, good practice {good:?}");
            let mut assessment = ready();
            answer_kind(
                &mut assessment,
                item,
                QuestionKind::Requirement,
                requirement,
            );
            answer_kind(&mut assessment, item, QuestionKind::GoodPractice, good);
            let score = ItemScore::of(item, &assessment);
            assert_eq!(score.status(), status, "{name}");
            assert_eq!(
                (score.questions, score.answered, score.half_points),
                (
                    requirements,
                    requirements,
                    requirements * requirement.half_points()
                ),
                "{name}"
            );
            assert_eq!(
                score.good_practice,
                Tally {
                    questions: good_practice,
                    answered: good_practice,
                    half_points: good_practice * good.half_points(),
                },
                "{name}"
            );
            assert_eq!(
                score.good_practice.percent(),
                Some(good.half_points() * 50),
                "{name}"
            );
            let summary = Summary::compute(catalog(), &assessment);
            assert_eq!(summary.item(id).status(), status, "{name}");
            let judged = verdict(catalog(), &assessment, None);
            if !blocks_one && !blocks_two {
                // Only the item's figures moved; nothing blocks either stage.
                assert_eq!(judged, baseline, "{name}");
            }
            let blocked = |blockers: &[Blocker]| -> Vec<String> {
                blockers
                    .iter()
                    .map(|blocker| blocker.subject.clone())
                    .collect()
            };
            let this_item = vec![format!("{id} {}", item.title)];
            let expected = |blocks: bool| if blocks { this_item.clone() } else { vec![] };
            assert_eq!(
                blocked(&judged.stage_one.blockers),
                expected(blocks_one),
                "{name}: stage 1"
            );
            if !blocks_one {
                assert_eq!(
                    blocked(&judged.stage_two.blockers),
                    expected(blocks_two),
                    "{name}: stage 2"
                );
            }
        }
    }
}

#[test]
fn good_practice_has_its_own_figure_in_every_part_and_overall() {
    let mut assessment = Assessment::named("kinds");
    for item in catalog().clause_items() {
        answer_kind(&mut assessment, item, QuestionKind::Requirement, No);
        answer_kind(&mut assessment, item, QuestionKind::GoodPractice, Yes);
    }
    let summary = Summary::compute(catalog(), &assessment);
    assert_eq!(summary.clause_total.percent(), Some(0));
    assert_eq!(summary.clause_total.completeness_percent(), Some(100));
    let good = summary.clause_total.good_practice;
    assert!(good.questions > 0);
    assert_eq!((good.answered, good.percent()), (good.questions, Some(100)));
    // Clause 5's items have no good-practice question but 5.3: its figure is 5.3's.
    let leadership = summary.clause("5").expect("clause 5");
    let of_5_3 = ItemScore::of(catalog().item("5.3").expect("5.3"), &assessment);
    assert_eq!(leadership.good_practice, of_5_3.good_practice);
    // An item without good-practice questions has no figure.
    let of_5_1 = ItemScore::of(catalog().item("5.1").expect("5.1"), &assessment);
    assert_eq!(of_5_1.good_practice.percent(), None);
}

#[test]
fn a_shared_question_has_one_answer_kept_under_the_clause_question() {
    let c = catalog();
    let shared = c.question("A.2.2", "A.2.2.q1").expect("A.2.2.q1");
    assert_eq!(
        shared.same_as,
        Some(AnswerKey {
            item: "5.2",
            question: "5.2.q1"
        })
    );
    assert_eq!(
        shared.kind,
        c.question("5.2", "5.2.q1").expect("5.2.q1").kind,
        "a shared question has its clause question's kind"
    );
    assert!(c
        .question("5.2", "5.2.q1")
        .expect("5.2.q1")
        .also_in
        .contains(&"A.2.2"));

    // Answering the clause question answers the control's question, and counts there.
    let mut a = Assessment::named("shared");
    a.set_answer(c, "5.2", "5.2.q1", Some(Yes)).expect("valid");
    assert_eq!(a.answer("A.2.2", "A.2.2.q1"), Some(Yes));
    let control = c.item("A.2.2").expect("A.2.2");
    let score = ItemScore::of(control, &a);
    assert_eq!((score.answered, score.half_points), (1, 2));
    assert_eq!(a.item("A.2.2"), None, "nothing is stored under the control");

    // Answering the control's question writes to the clause question.
    a.set_answer(c, "A.2.2", "A.2.2.q1", Some(Partly))
        .expect("valid");
    assert_eq!(a.item("5.2").expect("5.2").answers["5.2.q1"], Partly);
    assert_eq!(a.answer("5.2", "5.2.q1"), Some(Partly));
    assert_eq!(a.item("A.2.2"), None);

    // Notes likewise.
    a.set_question_note(c, "A.2.2", "A.2.2.q1", "Draft awaits the board".into())
        .expect("valid");
    assert_eq!(
        a.item("5.2").expect("5.2").question_notes["5.2.q1"],
        "Draft awaits the board"
    );
    assert_eq!(a.question_note("5.2", "5.2.q1"), "Draft awaits the board");
    assert_eq!(
        a.question_note("A.2.2", "A.2.2.q1"),
        "Draft awaits the board"
    );
    a.set_question_note(c, "5.2", "5.2.q1", String::new())
        .expect("valid");
    assert_eq!(a.question_note("A.2.2", "A.2.2.q1"), "");

    // Every question of A.2.2 is shared: answering 5.2 in full implements A.2.2 in full.
    let mut full = Assessment::named("full");
    for question in c.item("5.2").expect("5.2").questions {
        full.set_answer(c, "5.2", question.id, Some(Yes))
            .expect("valid");
    }
    assert_eq!(
        ItemScore::of(control, &full).status(),
        Status::FullyImplemented
    );

    // Clearing it through the control clears it for both.
    a.set_answer(c, "A.2.2", "A.2.2.q1", None).expect("valid");
    assert_eq!(a.answer("5.2", "5.2.q1"), None);
    assert_eq!(a, Assessment::named("shared"));
}

#[test]
fn answering_a_flagged_question_anywhere_settles_its_check() {
    let c = catalog();
    let mut a = Assessment::named("flags");
    a.set_answer(c, "5.2", "5.2.q1", Some(No)).expect("valid");
    a.set_answer(c, "4.2", "4.2.q3", Some(No)).expect("valid");
    a.catalog_update = Some(CatalogUpdate {
        from_version: "2026.11".into(),
        to_check: [
            (
                "5.2.q1".to_owned(),
                CheckReason::AnswersDiffered {
                    other_question: "A.2.2.q1".into(),
                    other_answer: Yes,
                },
            ),
            ("4.2.q3".to_owned(), CheckReason::MeaningChanged),
        ]
        .into_iter()
        .collect(),
        list_closed: true,
    });
    let open = |a: &Assessment| -> Vec<String> {
        let update = a.catalog_update.as_ref().expect("still recorded");
        update.to_check.keys().cloned().collect()
    };
    // Through the control's shared question: the check on 5.2.q1 goes.
    a.set_answer(c, "A.2.2", "A.2.2.q1", Some(Yes))
        .expect("valid");
    assert_eq!(open(&a), ["4.2.q3"]);
    assert!(!a.catalog_update.as_ref().expect("there").is_settled());
    // Confirming the other answer as it is settles the update; with its list closed, nothing
    // is left to show and the record goes.
    a.confirm_answer("4.2.q3");
    assert_eq!(a.catalog_update, None);
    assert_eq!(
        a.answer("4.2", "4.2.q3"),
        Some(No),
        "confirming keeps the answer"
    );
}

/// A file as written today from `assessment`, claiming to have been answered against catalog
/// `version`.
fn file_from_catalog(assessment: &Assessment, version: &str) -> String {
    let mut value: Value =
        serde_json::from_str(&encode(assessment, WRITTEN_AT, Layout::Compact)).expect("json");
    value["catalog_version"] = json!(version);
    value.to_string()
}

/// An assessment as catalog 2026.11 stored it: answers under the questions since merged, put
/// there directly (the edits of this version would keep them under the clause question).
fn answered_against_2026_11() -> Assessment {
    let c = catalog();
    let mut a = Assessment::named("old answers");
    for (item, question, answer) in [
        ("4.2", "4.2.q3", No),     // changed since
        ("4.3", "4.3.q5", Yes),    // reworded since
        ("5.2", "5.2.q1", No),     // merged with A.2.2.q1 ...
        ("5.2", "5.2.q2", Partly), // ... and with A.2.2.q2
    ] {
        a.set_answer(c, item, question, Some(answer))
            .expect("valid");
    }
    let control = a.items.entry("A.2.2".into()).or_default();
    control.answers.insert("A.2.2.q1".into(), Yes); // differs from 5.2.q1
    control.answers.insert("A.2.2.q2".into(), Partly); // the same as 5.2.q2
    let control = a.items.entry("A.5.2".into()).or_default();
    control.answers.insert("A.5.2.q1".into(), Yes); // 6.1.4.q1 has no answer
    a
}

#[test]
fn a_file_from_catalog_2026_11_is_brought_up_to_date_when_it_is_read() {
    assert_ne!(CATALOG_VERSION, "2026.11");
    let text = file_from_catalog(&answered_against_2026_11(), "2026.11");
    let validated = decode(&text, catalog()).expect("readable");
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    let a = validated.assessment;
    // Kept as they were: the changed, the reworded and the clause side of each merged pair.
    assert_eq!(a.answer("4.2", "4.2.q3"), Some(No));
    assert_eq!(a.answer("4.3", "4.3.q5"), Some(Yes));
    assert_eq!(a.answer("5.2", "5.2.q1"), Some(No));
    assert_eq!(a.answer("5.2", "5.2.q2"), Some(Partly));
    // Moved: nothing stays under a shared question; an answer the clause lacked is taken.
    assert_eq!(a.item("A.2.2"), None);
    assert_eq!(a.item("A.5.2"), None);
    assert_eq!(a.answer("6.1.4", "6.1.4.q1"), Some(Yes));
    assert_eq!(a.answer("A.5.2", "A.5.2.q1"), Some(Yes));
    assert_eq!(a.answer("A.2.2", "A.2.2.q1"), Some(No));
    // Flagged: the changed question and the pair whose answers differed, nothing else.
    let update = a.catalog_update.clone().expect("an update is recorded");
    assert_eq!(update.from_version, "2026.11");
    assert!(!update.list_closed);
    let expected: BTreeMap<String, CheckReason> = [
        ("4.2.q3".to_owned(), CheckReason::MeaningChanged),
        (
            "5.2.q1".to_owned(),
            CheckReason::AnswersDiffered {
                other_question: "A.2.2.q1".into(),
                other_answer: Yes,
            },
        ),
    ]
    .into_iter()
    .collect();
    assert_eq!(update.to_check, expected);
    // The list of changes names every change since, once, with its kind.
    let listed = update.changes(catalog());
    let change_of = |id: &str| {
        listed
            .iter()
            .find(|change| change.question == id)
            .unwrap_or_else(|| panic!("{id} is not listed"))
    };
    assert_eq!(change_of("4.2.q3").change, Change::Changed);
    assert!(!change_of("4.2.q3").note.is_empty());
    assert_eq!(change_of("4.2.q3").item, "4.2");
    assert_eq!(change_of("4.3.q5").change, Change::Reworded);
    assert_eq!(
        change_of("A.2.2.q1").change,
        Change::Merged { into: "5.2.q1" }
    );
    let total: usize = CATALOG_RELEASES.iter().map(|r| r.changes.len()).sum();
    assert_eq!(listed.len(), total);
}

#[test]
fn a_file_from_an_unknown_catalog_is_read_with_a_warning_and_no_update() {
    let text = file_from_catalog(&answered_against_2026_11(), "2025.1");
    let validated = decode(&text, catalog()).expect("readable");
    let a = &validated.assessment;
    assert_eq!(a.catalog_update, None);
    let places: Vec<&str> = validated.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        places,
        [
            "catalog_version",
            "assessment.items[\"A.2.2\"].answers[\"A.2.2.q1\"]",
            "assessment.items[\"A.2.2\"].answers[\"A.2.2.q2\"]",
            "assessment.items[\"A.5.2\"].answers[\"A.5.2.q1\"]",
        ]
    );
    assert!(validated.warnings[0].message.contains("2025.1"));
    // Answers are still kept once, the clause side winning.
    assert_eq!(a.item("A.2.2"), None);
    assert_eq!(a.answer("A.2.2", "A.2.2.q1"), Some(No));
    assert_eq!(a.answer("6.1.4", "6.1.4.q1"), Some(Yes));
}

#[test]
fn a_file_of_this_catalog_with_an_answer_under_a_shared_question_has_it_moved_with_a_warning() {
    let text = file_from_catalog(&answered_against_2026_11(), CATALOG_VERSION);
    let validated = decode(&text, catalog()).expect("readable");
    assert_eq!(validated.assessment.catalog_update, None);
    let messages: Vec<String> = validated
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    assert_eq!(
        messages,
        [
            "A.2.2.q1 is answered once, under 5.2.q1, which is answered \"No\"; the answer \
             \"Yes\" given here is left out",
            "A.2.2.q2 is answered once, under 5.2.q2; the answer \"Partly\" is kept there",
            "A.5.2.q1 is answered once, under 6.1.4.q1; the answer \"Yes\" is kept there",
        ]
    );
}

/// An assessment with notes on answers (one on a shared question) and a catalog update.
fn noted() -> Assessment {
    let c = catalog();
    let mut a = Assessment::named("notes");
    a.set_answer(c, "4.1", "4.1.q1", Some(Partly))
        .expect("valid");
    a.set_question_note(
        c,
        "4.1",
        "4.1.q1",
        "=Only for \"chatbots\", not\nscoring".into(),
    )
    .expect("valid");
    a.set_answer(c, "A.2.2", "A.2.2.q1", Some(No))
        .expect("valid");
    a.set_question_note(c, "A.2.2", "A.2.2.q1", "Board meets in March".into())
        .expect("valid");
    a.set_question_note(c, "6.1.2", "6.1.2.q2", "Not answered yet, but noted".into())
        .expect("valid");
    a.set_answer(c, "4.2", "4.2.q3", Some(No)).expect("valid");
    a.catalog_update = Some(CatalogUpdate {
        from_version: "2026.11".into(),
        to_check: [
            ("4.2.q3".to_owned(), CheckReason::MeaningChanged),
            (
                "5.2.q1".to_owned(),
                CheckReason::AnswersDiffered {
                    other_question: "A.2.2.q1".into(),
                    other_answer: Partly,
                },
            ),
        ]
        .into_iter()
        .collect(),
        list_closed: true,
    });
    a
}

#[test]
fn notes_on_answers_and_the_catalog_update_survive_the_json_file() {
    let text = encode(&noted(), WRITTEN_AT, Layout::Pretty);
    let value: Value = serde_json::from_str(&text).expect("json");
    let items = &value["assessment"]["items"];
    assert_eq!(
        items["5.2"]["question_notes"],
        json!({ "5.2.q1": "Board meets in March" })
    );
    assert_eq!(
        items["A.2.2"],
        Value::Null,
        "kept under the clause question"
    );
    assert_eq!(
        value["assessment"]["catalog_update"],
        json!({
            "from_version": "2026.11",
            "to_check": {
                "4.2.q3": { "reason": "meaning_changed" },
                "5.2.q1": {
                    "reason": "answers_differed",
                    "other_question": "A.2.2.q1",
                    "other_answer": "partly"
                }
            },
            "list_closed": true
        })
    );
    let validated = decode(&text, catalog()).expect("decodes");
    assert_eq!(validated.assessment, noted());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    // Without either, the file has neither field.
    let plain = encode(&Assessment::named("plain"), WRITTEN_AT, Layout::Pretty);
    assert!(!plain.contains("question_notes") && !plain.contains("catalog_update"));
}

#[test]
fn notes_on_answers_are_listed_once_in_the_report() {
    let context = ReportContext {
        today: None,
        assessor: String::new(),
        app_version: "9.9.9".into(),
        depth: Default::default(),
    };
    let report = build(catalog(), &noted(), &context);
    let table = report
        .sections
        .iter()
        .flat_map(|section| &section.blocks)
        .find_map(|block| match block {
            Block::Table(table) if table.caption == "Notes on answers" => Some(table),
            _ => None,
        })
        .expect("a table of notes on answers");
    assert_eq!(table.header, ["Question", "Item", "Answer", "Note"]);
    let title = |id: &str| catalog().item(id).expect("item").title.to_owned();
    assert_eq!(
        table.rows,
        [
            vec![
                "4.1.q1".to_owned(),
                title("4.1"),
                "Partly".to_owned(),
                "=Only for \"chatbots\", not\nscoring".to_owned()
            ],
            vec![
                "5.2.q1".to_owned(),
                title("5.2"),
                "No".to_owned(),
                "Board meets in March".to_owned()
            ],
            vec![
                "6.1.2.q2".to_owned(),
                title("6.1.2"),
                "Not answered".to_owned(),
                "Not answered yet, but noted".to_owned()
            ],
        ]
    );
}

/// The cells of an exported answers CSV, by question ID, with the header's column names.
fn csv_rows(text: &str) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
    let text = text.strip_prefix('\u{feff}').expect("a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            let cells: Vec<String> = record
                .expect("a record")
                .iter()
                .map(str::to_owned)
                .collect();
            (cells[2].clone(), cells)
        })
        .collect();
    (header, rows)
}

#[test]
fn notes_on_answers_survive_the_answers_csv_and_shared_rows_show_the_clause_answer() {
    let mut assessment = noted();
    assessment.catalog_update = None;
    let text = answers_csv(catalog(), &assessment, None);
    let (header, rows) = csv_rows(&text);
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (kind, answer, note) = (column("Kind"), column("Answer"), column("Answer note"));
    assert_eq!(
        rows["4.1.q1"][note],
        "'=Only for \"chatbots\", not\nscoring"
    );
    for id in ["5.2.q1", "A.2.2.q1"] {
        assert_eq!(
            (
                rows[id][kind].as_str(),
                rows[id][answer].as_str(),
                rows[id][note].as_str()
            ),
            ("Requirement", "No", "Board meets in March"),
            "{id}"
        );
    }
    let imported = read_answers_csv(&text, catalog(), &Assessment::named("notes")).expect("reads");
    assert_eq!(imported.assessment, assessment);
    assert!(imported.warnings.is_empty());
}

#[test]
fn a_shared_row_must_agree_with_its_clause_row_or_sets_it_when_that_row_is_absent() {
    let header = "Item ID,Question ID,Answer,Answer note";
    let read = |rows: &str| {
        read_answers_csv(
            &format!("{header}\n{rows}"),
            catalog(),
            &Assessment::named("x"),
        )
    };
    // Disagreeing answers: the error names the shared row's line and its Answer column.
    let error =
        read("5.2,5.2.q1,Yes,\nA.6.2.4,A.6.2.4.q1,No,\nA.2.2,A.2.2.q1,No,\n").expect_err("refused");
    assert_eq!(
        error,
        CsvError::Invalid {
            line: 4,
            column: 3,
            column_name: "Answer".into(),
            message: "A.2.2.q1 is answered once, under 5.2.q1 (line 2), which says \"Yes\"; \
                      give the same answer on both lines or leave this one empty"
                .into(),
        }
    );
    assert!(error.to_string().starts_with("line 4, column 3 (Answer): "));
    // The shared row comes first: still checked against the clause row after it.
    let error = read("A.2.2,A.2.2.q1,No,\n5.2,5.2.q1,,\n").expect_err("refused");
    assert!(
        matches!(&error, CsvError::Invalid { line: 2, column: 3, message, .. }
            if message.contains("which says \"no answer\"")),
        "{error:?}"
    );
    // Disagreeing notes: the error is in the Answer note column.
    let error =
        read("5.2,5.2.q1,Yes,Agreed\nA.2.2,A.2.2.q1,Yes,Not agreed\n").expect_err("refused");
    assert!(
        matches!(&error, CsvError::Invalid { line: 3, column: 4, column_name, .. }
            if column_name == "Answer note"),
        "{error:?}"
    );
    // Agreeing rows, or a shared row left empty, are fine.
    let agreed = read("5.2,5.2.q1,Yes,Agreed\nA.2.2,A.2.2.q1,yes,Agreed\nA.2.2,A.2.2.q2,,\n")
        .expect("reads");
    assert_eq!(agreed.assessment.answer("5.2", "5.2.q1"), Some(Yes));
    assert_eq!(
        agreed.assessment.question_note("A.2.2", "A.2.2.q1"),
        "Agreed"
    );
    // Without the clause row, the shared row sets the clause question.
    let alone = read("A.2.2,A.2.2.q1,Partly,Waiting for the board\n").expect("reads");
    assert_eq!(alone.assessment.answer("5.2", "5.2.q1"), Some(Partly));
    assert_eq!(
        alone.assessment.question_note("5.2", "5.2.q1"),
        "Waiting for the board"
    );
    assert_eq!(alone.assessment.item("A.2.2"), None);
}

#[test]
fn the_change_log_agrees_with_the_compiled_catalog() {
    let release = CATALOG_RELEASES.last().expect("a release");
    assert_eq!(release.version, CATALOG_VERSION);
    assert_eq!((release.version, release.previous), ("2026.12", "2026.11"));
    let items = || catalog().clause_items().chain(catalog().controls());
    let question = |id: &str| {
        items()
            .flat_map(|item| item.questions)
            .find(|question| question.id == id)
    };
    let mut merged = HashSet::new();
    for release in CATALOG_RELEASES {
        assert!(catalog().releases_since(release.previous).is_some());
        for entry in release.changes {
            let known = question(entry.question)
                .unwrap_or_else(|| panic!("{} is not in the catalog", entry.question));
            match entry.change {
                Change::Merged { into } => {
                    assert_eq!(
                        known.same_as.map(|key| key.question),
                        Some(into),
                        "{} is merged into {into}",
                        entry.question
                    );
                    merged.insert(entry.question);
                }
                Change::Changed => assert!(
                    !entry.note.trim().is_empty(),
                    "{} changed without a note",
                    entry.question
                ),
                Change::New | Change::Reworded => {}
            }
        }
    }
    // Every shared question is listed as merged.
    for item in items() {
        for question in item.questions {
            if question.same_as.is_some() {
                assert!(
                    merged.contains(question.id),
                    "{} is not listed",
                    question.id
                );
            }
        }
    }
    assert_eq!(catalog().releases_since(CATALOG_VERSION), Some(&[][..]));
    assert_eq!(catalog().releases_since("2025.1"), None);
}

#[test]
fn importing_the_answers_csv_leaves_the_checks_of_unchanged_answers_open() {
    // Reading a spreadsheet back is not looking at the flagged answers again: a check stays
    // unless the file changes that answer.
    let assessment = noted();
    let text = answers_csv(catalog(), &assessment, None);
    let imported = read_answers_csv(&text, catalog(), &assessment).expect("reads");
    assert_eq!(imported.assessment, assessment);
    let changed = text.replacen("4.2.q3,,Requirement,No", "4.2.q3,,Requirement,Yes", 1);
    assert_ne!(changed, text);
    let imported = read_answers_csv(&changed, catalog(), &assessment).expect("reads");
    let update = imported.assessment.catalog_update.expect("still recorded");
    assert_eq!(update.to_check.keys().collect::<Vec<_>>(), ["5.2.q1"]);
}
