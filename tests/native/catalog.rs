//! The catalog matches the published structure exactly (every ID and title, in order, nothing
//! missing, nothing extra) and carries the content each item needs.

use crate::reference;
use aims_assess::domain::catalog::{catalog, Question, QuestionKind};
use aims_assess::domain::catalog_text::{CatalogText, ItemText, TextMismatch};
use aims_assess::io::catalog_text::{parse_catalog_text, parse_whole_catalog_text, CatalogFile};
use std::collections::HashSet;

/// The catalog prose, read from the same files the app loads on demand and by the same code.
fn prose() -> CatalogText {
    parse_whole_catalog_text(
        include_str!("../../src/domain/catalog/clauses.json"),
        include_str!("../../src/domain/catalog/annex_a.json"),
    )
    .expect("the catalog files parse")
}

fn prose_of(text: &CatalogText, item_id: &str) -> ItemText {
    text.get(item_id)
        .cloned()
        .unwrap_or_else(|| panic!("{item_id} has no prose"))
}

#[test]
fn the_prose_files_cover_every_item_and_question_of_the_compiled_catalog() {
    let text = prose();
    assert_eq!(text.len(), catalog().clause_items().count() + 38);
    assert_eq!(text.check_covers_catalog(), Ok(()));
    // A file from another version of the app is refused, naming what is missing.
    let clauses_only = parse_catalog_text(
        CatalogFile::Clauses,
        include_str!("../../src/domain/catalog/clauses.json"),
    )
    .expect("clauses.json parses");
    assert_eq!(
        clauses_only.check_covers_catalog(),
        Err(TextMismatch::MissingItem("A.2.2"))
    );
}

#[test]
fn damaged_prose_files_are_refused_with_the_file_named() {
    let cases = [
        ("not json", "clauses.json is damaged"),
        (
            r#"{"clauses":[{"items":[{"id":"4.1"}]}]}"#,
            "clauses.json: item 4.1 has no explanation",
        ),
        (
            r#"{"clauses":[{"items":[{"id":"4.1","explanation":"x","questions":[{"id":"4.1.q1"}]}]}]}"#,
            "clauses.json: item 4.1 has a question without an ID or wording",
        ),
    ];
    for (source, expected) in cases {
        let error = parse_catalog_text(CatalogFile::Clauses, source).expect_err(source);
        assert!(error.starts_with(expected), "{source}: got {error}");
    }
}

#[test]
fn clauses_and_items_match_the_reference_exactly_and_in_order() {
    let expected = reference::clauses();
    let actual = catalog().clauses();
    let expected_clauses: Vec<(&str, &str)> = expected
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    let actual_clauses: Vec<(&str, &str)> = actual.iter().map(|c| (c.id, c.title)).collect();
    assert_eq!(actual_clauses, expected_clauses);

    for (clause, reference) in actual.iter().zip(&expected) {
        let headings: Vec<(String, String)> = clause
            .headings
            .iter()
            .map(|h| (h.id.to_owned(), h.title.to_owned()))
            .collect();
        assert_eq!(
            headings, reference.headings,
            "headings of clause {}",
            clause.id
        );
        let items: Vec<(String, String, Option<String>)> = clause
            .items
            .iter()
            .map(|i| {
                (
                    i.id.to_owned(),
                    i.title.to_owned(),
                    i.heading.map(str::to_owned),
                )
            })
            .collect();
        assert_eq!(items, reference.items, "items of clause {}", clause.id);
    }
    assert_eq!(catalog().clause_items().count(), 32);
}

#[test]
fn every_item_has_an_explanation_questions_and_evidence_examples() {
    let text = prose();
    let mut question_ids = HashSet::new();
    let mut questions = 0;
    for item in catalog().clause_items() {
        let item_text = prose_of(&text, item.id);
        let sentences = item_text
            .explanation
            .split(['.', '?', '!'])
            .filter(|s| s.trim().len() > 3)
            .count();
        assert!(
            (2..=4).contains(&sentences),
            "{} explanation has {sentences} sentences, expected 2-4",
            item.id
        );
        // Since catalog 2026.12 the questions cover every obligation of the clause one point
        // at a time, so an item has as many questions as its obligations need.
        assert!(
            (2..=14).contains(&item.questions.len()),
            "{} has {} questions, expected 2-14",
            item.id,
            item.questions.len()
        );
        assert!(
            item.questions
                .iter()
                .any(|question| question.kind == QuestionKind::Requirement),
            "{} has no requirement question",
            item.id
        );
        assert_numbered_without_gaps(item.id, item.questions);
        for question in item.questions {
            assert!(
                question.same_as.is_none(),
                "clause question {} is answered elsewhere",
                question.id
            );
            assert!(question_ids.insert(question.id), "{} repeats", question.id);
            let wording = item_text.question(question.id).expect("wording");
            assert!(wording.ends_with('?'), "{} is not a question", question.id);
            assert!(!wording.contains('<'), "{} contains markup", question.id);
        }
        questions += item.questions.len();
        assert!(
            item_text.evidence.len() >= 2,
            "{} needs 2+ evidence examples",
            item.id
        );
    }
    assert!(
        questions >= 100,
        "only {questions} questions, expected at least 100"
    );
}

/// Question IDs are `<item id>.q<n>` and are never deleted or reused (they are the keys of
/// saved answers): an item's question numbers are 1 to n, in whatever order the item shows
/// them (a question split in two keeps its ID and the new half takes the next free number).
fn assert_numbered_without_gaps(item_id: &str, questions: &[Question]) {
    let mut numbers: Vec<usize> = questions
        .iter()
        .map(|question| {
            question
                .id
                .strip_prefix(item_id)
                .and_then(|rest| rest.strip_prefix(".q"))
                .and_then(|number| number.parse().ok())
                .unwrap_or_else(|| panic!("{} is not named <item>.q<n>", question.id))
        })
        .collect();
    numbers.sort_unstable();
    let expected: Vec<usize> = (1..=questions.len()).collect();
    assert_eq!(numbers, expected, "question numbers of {item_id}");
}

/// The reference lists the items that call for documented information and, separately, most
/// of those that do not; 7.5.2 and 7.5.3 (how documents are made and controlled) are on neither
/// list, and the catalog treats every item off the first list as calling for none.
#[test]
fn documented_information_follows_the_reference_list() {
    let (required, not_required) = reference::documented_information_items();
    assert_eq!(required.len(), 18);
    assert!(required.is_disjoint(&not_required));
    let text = prose();
    for item in catalog().clause_items() {
        assert_eq!(
            item.documented,
            prose_of(&text, item.id).documented_information.is_some(),
            "{}: the compiled flag and the prose disagree",
            item.id
        );
        match prose_of(&text, item.id).documented_information {
            Some(what) => {
                assert!(
                    required.contains(item.id),
                    "{} is not on the reference list of documented information",
                    item.id
                );
                assert!(!what.trim().is_empty());
            }
            None => assert!(
                !required.contains(item.id),
                "{} should say which documented information it requires",
                item.id
            ),
        }
    }
    for id in required.iter().chain(&not_required) {
        assert!(
            catalog().item(id).is_some(),
            "reference item {id} is in the catalog"
        );
    }
}

#[test]
fn items_are_grouped_under_their_headings_in_document_order() {
    use aims_assess::domain::catalog::ClauseBlock;
    let planning = catalog().clause("6").expect("clause 6 exists");
    let shape: Vec<String> = planning
        .blocks()
        .into_iter()
        .map(|block| match block {
            ClauseBlock::Item(item) => item.id.to_owned(),
            ClauseBlock::Group(heading, items) => format!(
                "{}[{}]",
                heading.id,
                items.iter().map(|i| i.id).collect::<Vec<_>>().join(",")
            ),
        })
        .collect();
    assert_eq!(shape, ["6.1[6.1.1,6.1.2,6.1.3,6.1.4]", "6.2", "6.3"]);
}

/// An area as (ID, title, controls as (ID, title)).
type AreaOutline = (String, String, Vec<(String, String)>);

#[test]
fn annex_a_matches_the_reference_exactly_and_in_order() {
    let expected = reference::annex_a_areas();
    assert_eq!(expected.len(), 9, "the outline has 9 Annex A areas");
    let areas = catalog().annex_a_areas();
    let actual: Vec<AreaOutline> = areas
        .iter()
        .map(|area| {
            let controls = area
                .items
                .iter()
                .map(|c| (c.id.to_owned(), c.title.to_owned()))
                .collect();
            (area.id.to_owned(), area.title.to_owned(), controls)
        })
        .collect();
    let expected: Vec<AreaOutline> = expected
        .into_iter()
        .map(|area| (area.id, area.title, area.controls))
        .collect();
    assert_eq!(actual, expected);
    assert_eq!(catalog().controls().count(), 38);
    let objectives: usize = areas
        .iter()
        .map(|area| {
            area.headings
                .iter()
                .filter(|h| h.objective.is_some())
                .count()
        })
        .sum();
    assert_eq!(objectives, 10, "10 objective statements (A.6 has two)");
}

#[test]
fn every_control_has_guidance_questions_evidence_pitfalls_and_roles() {
    let text = prose();
    for control in catalog().controls() {
        let control_text = prose_of(&text, control.id);
        let sentences = control_text
            .explanation
            .split(['.', '?', '!'])
            .filter(|s| s.trim().len() > 3)
            .count();
        assert!(
            (4..=8).contains(&sentences),
            "{} guidance has {sentences} sentences, expected 4-8",
            control.id
        );
        assert!(
            !control_text.pitfalls.is_empty(),
            "{} has no pitfalls",
            control.id
        );
        for question in control.questions {
            let wording = control_text.question(question.id).expect("wording");
            assert!(wording.ends_with('?'), "{} is not a question", question.id);
        }
        assert!(
            (1..=6).contains(&control.questions.len()),
            "{} has {} questions",
            control.id,
            control.questions.len()
        );
        assert!(
            control
                .questions
                .iter()
                .any(|question| question.kind == QuestionKind::Requirement),
            "{} has no requirement question",
            control.id
        );
        assert_numbered_without_gaps(control.id, control.questions);
        assert!(
            control_text.evidence.len() >= 2,
            "{} needs 2+ evidence examples",
            control.id
        );
        assert!(!control.roles.is_empty(), "{} names no AI role", control.id);
        assert!(control.is_control());
    }
}

#[test]
fn control_documentation_follows_the_reference_list() {
    let documented = reference::documented_controls();
    let text = prose();
    for control in catalog().controls() {
        assert_eq!(
            control.documented,
            prose_of(&text, control.id).documented_information.is_some()
        );
        assert_eq!(
            control.documented,
            documented.contains(control.id),
            "{}: documented information does not follow the reference list",
            control.id
        );
    }
}

#[test]
fn annex_c_lists_match_the_reference_exactly_and_in_order() {
    use aims_assess::domain::annex_c::{ANNEX_C_OBJECTIVES, ANNEX_C_SOURCES};
    for (prefix, entries, expected_count) in
        [("C.2", ANNEX_C_OBJECTIVES, 11), ("C.3", ANNEX_C_SOURCES, 7)]
    {
        let ours: Vec<(String, String)> = entries
            .iter()
            .map(|entry| (entry.id.to_owned(), entry.title.to_owned()))
            .collect();
        assert_eq!(ours, reference::annex_c(prefix), "{prefix}");
        assert_eq!(ours.len(), expected_count, "{prefix}");
        for entry in entries {
            assert!(
                entry.explanation.len() > 80 && entry.explanation.contains("For example"),
                "{} needs an explanation with an example",
                entry.id
            );
        }
    }
}
