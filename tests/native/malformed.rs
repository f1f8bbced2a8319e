//! Malformed and hostile JSON files: a fixed corpus and generated mutations go through the
//! importer; none may panic, and every refusal must say where the problem is.

use aims_assess::domain::action_plan::{ActionUpdate, CustomAction, Priority};
use aims_assess::domain::assessment::Assessment;
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::review::ReviewComment;
use aims_assess::domain::risk::{Risk, Treatment, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::io::json::{decode, encode, Layout};
use aims_assess::io::ImportError;
use proptest::prelude::*;

/// What each corpus file must produce.
#[derive(Debug, PartialEq)]
enum Expected {
    /// It reads (hostile content that is still a valid file).
    Ok,
    /// Refused while parsing, with a line and column.
    Syntax,
    /// Refused at this JSON path.
    Invalid(&'static str),
    NotOurFormat,
    TooNew,
}

/// Every file in `tests/data/malformed/` and what decoding it must give.
const CORPUS: [(&str, Expected); 37] = [
    ("empty.json", Expected::Syntax),
    ("syntax-error.json", Expected::Syntax),
    ("truncated.json", Expected::Syntax),
    ("top-level-array.json", Expected::NotOurFormat),
    ("other-json-file.json", Expected::NotOurFormat),
    ("wrong-format.json", Expected::NotOurFormat),
    ("schema-version-0.json", Expected::Invalid("schema_version")),
    ("schema-version-99.json", Expected::TooNew),
    (
        "schema-version-text.json",
        Expected::Invalid("schema_version"),
    ),
    (
        "schema-version-fraction.json",
        Expected::Invalid("schema_version"),
    ),
    ("unknown-top-field.json", Expected::Invalid("surprise")),
    (
        "unknown-item-field.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].colour"),
    ),
    (
        "unknown-control-field.json",
        Expected::Invalid("assessment.soa.controls[\"A.10.4\"].colour"),
    ),
    (
        "wrong-type-assessment.json",
        Expected::Invalid("assessment"),
    ),
    (
        "wrong-type-notes.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].notes"),
    ),
    (
        "anonymised-not-boolean.json",
        Expected::Invalid("anonymised"),
    ),
    (
        "bad-answer-word.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].answers[\"6.1.2.q1\"]"),
    ),
    (
        "bad-date.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].due_date"),
    ),
    (
        "bad-role.json",
        Expected::Invalid("assessment.profile.roles[1]"),
    ),
    (
        "bad-applicability.json",
        Expected::Invalid("assessment.soa.controls[\"A.10.4\"].applicable"),
    ),
    (
        "bad-reason.json",
        Expected::Invalid("assessment.soa.controls[\"A.6.2.4\"].reasons[0]"),
    ),
    ("deep-nesting.json", Expected::Syntax),
    // The same item ID twice: JSON parsers usually keep the last copy silently, which would
    // drop what the first one recorded, so the importer refuses the file instead.
    ("duplicate-item-key.json", Expected::Syntax),
    ("huge-roles-array.json", Expected::Syntax),
    // A text over the edit limit (but within the parser's million characters) is kept with a
    // warning, so that one long field never makes a whole assessment unreadable.
    ("huge-notes.json", Expected::Ok),
    ("html-payloads.json", Expected::Ok),
    // Found by the json_import fuzz target: a missing top-level field once had an empty path.
    // The file also has a list in place of the assessment, which comes first in the file and
    // is reported first; tests/native/json_file.rs checks the missing field alone.
    ("missing-app-version.json", Expected::Invalid("assessment")),
    // Likelihood 6 on a five-level scale.
    (
        "bad-risk-rating.json",
        Expected::Invalid("assessment.risks[0].inherent.likelihood"),
    ),
    // C.3.8 is not in Annex C.
    (
        "unknown-risk-source.json",
        Expected::Invalid("assessment.risks[0].source"),
    ),
    (
        "duplicate-risk-id.json",
        Expected::Invalid("assessment.risks[1].id"),
    ),
    // A cell names band 4 of four bands (counted from 0).
    (
        "bad-criteria-table.json",
        Expected::Invalid("assessment.risk_criteria"),
    ),
    // "finished" is not an action status (open, in_progress, done).
    (
        "bad-action-status.json",
        Expected::Invalid("assessment.custom_actions[1].status"),
    ),
    (
        "bad-update-priority.json",
        Expected::Invalid("assessment.action_updates[\"item:6.1.2\"].priority"),
    ),
    (
        "duplicate-action-id.json",
        Expected::Invalid("assessment.custom_actions[1].id"),
    ),
    (
        "duplicate-comment-id.json",
        Expected::Invalid("assessment.review_comments[1].id"),
    ),
    // 31 November.
    (
        "bad-comment-date.json",
        Expected::Invalid("assessment.review_comments[0].date"),
    ),
    (
        "comment-resolved-not-boolean.json",
        Expected::Invalid("assessment.review_comments[1].resolved"),
    ),
];

fn corpus_folder() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/malformed")
}

fn kind(error: &ImportError) -> Expected {
    match error {
        ImportError::Syntax { .. } | ImportError::TooLarge { .. } => Expected::Syntax,
        ImportError::NotOurFormat(_) => Expected::NotOurFormat,
        ImportError::TooNew { .. } => Expected::TooNew,
        ImportError::Invalid { .. } => Expected::Invalid(""),
    }
}

/// Whether an error's message, as the user reads it, tells where the problem is: a line and
/// column for bad syntax, a JSON path for a wrong value, or a refusal of the whole file.
fn names_a_place(error: &ImportError) -> bool {
    let message = error.to_string();
    match error {
        ImportError::Syntax { .. } => message.contains("line ") && message.contains("column "),
        ImportError::Invalid { path, .. } => {
            !path.is_empty() && message.starts_with(&format!("at {path}: "))
        }
        ImportError::TooLarge { .. }
        | ImportError::NotOurFormat(_)
        | ImportError::TooNew { .. } => true,
    }
}

#[test]
fn every_corpus_file_gives_its_expected_outcome_and_refusals_name_their_place() {
    let on_disk = std::fs::read_dir(corpus_folder())
        .expect("the corpus folder exists")
        .count();
    assert_eq!(
        on_disk,
        CORPUS.len(),
        "every corpus file has an expected outcome"
    );
    for (name, expected) in CORPUS {
        let text = std::fs::read_to_string(corpus_folder().join(name)).expect("readable");
        match (&expected, decode(&text, catalog())) {
            (Expected::Ok, Ok(_)) => {}
            (Expected::Ok, Err(error)) => panic!("{name} should read: {error}"),
            (_, Ok(_)) => panic!("{name} should be refused ({expected:?}) but reads"),
            (Expected::Invalid(path), Err(error)) => {
                assert!(names_a_place(&error), "{name}: {error}");
                match &error {
                    ImportError::Invalid { path: got, .. } => {
                        assert_eq!(got, path, "{name}: {error}")
                    }
                    _ => panic!("{name}: expected an error at {path}, got {error}"),
                }
            }
            (_, Err(error)) => {
                assert!(names_a_place(&error), "{name}: {error}");
                assert_eq!(kind(&error), expected, "{name}: {error}");
            }
        }
    }
}

#[test]
fn html_and_script_in_every_text_field_are_kept_byte_for_byte() {
    let text =
        std::fs::read_to_string(corpus_folder().join("html-payloads.json")).expect("readable");
    let file: serde_json::Value = serde_json::from_str(&text).expect("json");
    let read = decode(&text, catalog()).expect("hostile text is still text");
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let a = &read.assessment;
    let body = &file["assessment"];
    let mut pairs: Vec<(&str, &serde_json::Value)> = vec![
        (a.name.as_str(), &body["name"]),
        (
            a.profile.organisation.as_str(),
            &body["profile"]["organisation"],
        ),
        (a.profile.sector.as_str(), &body["profile"]["sector"]),
        (a.profile.scope.as_str(), &body["profile"]["scope"]),
        (a.soa.version.as_str(), &body["soa"]["version"]),
        (a.soa.approved_by.as_str(), &body["soa"]["approved_by"]),
    ];
    let items = body["items"].as_object().expect("items");
    for (item_id, item) in items {
        let record = a.item(item_id).expect("every item is kept");
        pairs.push((record.notes.as_str(), &item["notes"]));
        pairs.push((record.evidence.as_str(), &item["evidence"]));
        pairs.push((record.owner.as_str(), &item["owner"]));
    }
    let controls = body["soa"]["controls"].as_object().expect("controls");
    for (control_id, control) in controls {
        let decision = a
            .soa
            .decisions
            .get(control_id)
            .expect("every decision is kept");
        pairs.push((decision.justification.as_str(), &control["justification"]));
    }
    let criteria = &a.risks.criteria;
    let scales = [
        (&criteria.likelihood, &body["risk_criteria"]["likelihood"]),
        (&criteria.consequence, &body["risk_criteria"]["consequence"]),
        (&criteria.bands, &body["risk_criteria"]["bands"]),
    ];
    for (names, written) in scales {
        for (index, name) in names.iter().enumerate() {
            pairs.push((name.as_str(), &written[index]));
        }
    }
    let risk = &a.risks.risks[0];
    let written = &body["risks"][0];
    pairs.extend([
        (risk.title.as_str(), &written["title"]),
        (risk.description.as_str(), &written["description"]),
        (risk.owner.as_str(), &written["owner"]),
        (
            risk.actions[0].description.as_str(),
            &written["actions"][0]["description"],
        ),
        (
            risk.actions[0].owner.as_str(),
            &written["actions"][0]["owner"],
        ),
        (
            risk.acceptance.accepted_by.as_str(),
            &written["acceptance"]["accepted_by"],
        ),
        (
            risk.acceptance.rationale.as_str(),
            &written["acceptance"]["rationale"],
        ),
    ]);
    let (plan, comments) = (&a.actions, &a.comments.comments[0]);
    let update = plan.updates.get("item:6.1.2").expect("kept");
    let (action, written_action) = (&plan.custom[0], &body["custom_actions"][0]);
    let written_comment = &body["review_comments"][0];
    pairs.extend([
        (
            update.notes.as_str(),
            &body["action_updates"]["item:6.1.2"]["notes"],
        ),
        (action.title.as_str(), &written_action["title"]),
        (action.owner.as_str(), &written_action["owner"]),
        (action.notes.as_str(), &written_action["notes"]),
        (comments.author.as_str(), &written_comment["author"]),
        (comments.text.as_str(), &written_comment["text"]),
    ]);
    assert_eq!(
        pairs.len(),
        6 + 3 * items.len() + controls.len() + 14 + 7 + 6
    );
    for (read, written) in pairs {
        let written = written.as_str().expect("a text field");
        assert_eq!(read.as_bytes(), written.as_bytes());
    }
}

/// The assessment the mutation test breaks: the frozen version 2 file with a risk register, an
/// action plan and a comment, so that mutations reach every part of the format.
fn mutation_base() -> Assessment {
    let mut assessment = decode(include_str!("../data/format-v2.json"), catalog())
        .expect("reads")
        .assessment;
    assessment.inventory.add("Pricing model".into()).unwrap();
    assessment
        .risks
        .add(Risk {
            title: "Premiums drift".into(),
            system_id: "S1".into(),
            source: "C.3.4".into(),
            objective: "C.2.5".into(),
            inherent: Some(Rating::new(4, 3)),
            treatment: Some(Treatment::Modify),
            controls: vec!["A.6.2.4".into()],
            actions: vec![TreatmentAction {
                description: "Reweight".into(),
                due_date: Some("2027-02-01".parse().expect("date")),
                ..TreatmentAction::default()
            }],
            residual: Some(Rating::new(2, 3)),
            ..Risk::default()
        })
        .unwrap();
    assessment.actions.updates.insert(
        "risk:R1:1".into(),
        ActionUpdate {
            priority: Some(Priority::High),
            ..ActionUpdate::default()
        },
    );
    assessment.actions.custom.push(CustomAction {
        id: "A1".into(),
        title: "Write the policy".into(),
        item_id: "5.2".into(),
        due_date: Some("2027-01-15".parse().expect("date")),
        ..CustomAction::default()
    });
    assessment.actions.next_number = 2;
    assessment.comments.comments.push(ReviewComment {
        id: "C1".into(),
        item_id: "6.1.2".into(),
        date: Some("2026-11-20".parse().expect("date")),
        text: "Approved where?".into(),
        ..ReviewComment::default()
    });
    assessment.comments.next_number = 2;
    assessment
}

proptest! {
    #[test]
    fn arbitrary_and_mutated_json_never_panics_and_errors_name_their_place(
        noise in any::<String>(),
        cut in any::<prop::sample::Index>(),
        insert in prop::sample::select(vec!["\"", "{", "}", "[", "]", ",", ":", "\n", "\\", "0", "null", "\u{feff}"]),
    ) {
        let valid = encode(&mutation_base(), "2026-11-23T10:00:00.000Z", Layout::Pretty);
        // Anywhere in the file, so that mutations reach its last parts as well.
        let cut = cut.index(valid.chars().count() + 1);
        let mut mutated: String = valid.chars().take(cut).collect();
        mutated.push_str(insert);
        mutated.push_str(&valid.chars().skip(cut).collect::<String>());
        let truncated: String = valid.chars().take(cut).collect();
        for text in [noise.as_str(), mutated.as_str(), truncated.as_str()] {
            if let Err(error) = decode(text, catalog()) {
                prop_assert!(names_a_place(&error), "{error}");
            }
        }
    }
}
