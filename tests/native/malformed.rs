//! Malformed and hostile JSON files: a fixed corpus and generated mutations go through the
//! importer; none may panic, and every refusal must say where the problem is.

use aims_assess::domain::catalog::catalog;
use aims_assess::io::json::{decode, encode, Layout};
use aims_assess::io::ImportError;
use proptest::prelude::*;

/// What each corpus file must produce.
#[derive(Debug, PartialEq)]
enum Expected {
    Syntax,
    Invalid(&'static str),
    NotOurFormat,
    TooNew,
}

const CORPUS: [(&str, Expected); 20] = [
    ("syntax-error.json", Expected::Syntax),
    ("truncated.json", Expected::Syntax),
    ("top-level-array.json", Expected::NotOurFormat),
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
        "wrong-type-notes.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].notes"),
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
    ("deep-nesting.json", Expected::Syntax),
    ("duplicate-item-key.json", Expected::Syntax),
    ("huge-roles-array.json", Expected::Syntax),
    (
        "huge-notes.json",
        Expected::Invalid("assessment.items[\"6.1.2\"].notes"),
    ),
    (
        "anonymised-not-boolean.json",
        Expected::Invalid("anonymised"),
    ),
];

fn kind(error: &ImportError) -> Expected {
    match error {
        ImportError::Syntax { .. } | ImportError::TooLarge { .. } => Expected::Syntax,
        ImportError::NotOurFormat(_) => Expected::NotOurFormat,
        ImportError::TooNew { .. } => Expected::TooNew,
        ImportError::Invalid { .. } => Expected::Invalid(""),
    }
}

/// Whether an error tells the user where the problem is.
fn names_a_place(error: &ImportError) -> bool {
    match error {
        ImportError::Syntax { line, column, .. } => *line > 0 && *column > 0,
        ImportError::Invalid { path, .. } => {
            !path.is_empty() || error.to_string().starts_with("at ")
        }
        ImportError::TooLarge { .. }
        | ImportError::NotOurFormat(_)
        | ImportError::TooNew { .. } => true,
    }
}

#[test]
fn every_corpus_file_is_refused_with_its_place() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/malformed");
    let on_disk = std::fs::read_dir(&folder)
        .expect("the corpus folder exists")
        .count();
    assert_eq!(
        on_disk,
        CORPUS.len(),
        "every corpus file has an expectation"
    );
    for (name, expected) in CORPUS {
        let text = std::fs::read_to_string(folder.join(name)).expect("readable");
        let error = decode(&text, catalog()).expect_err(name);
        assert!(names_a_place(&error), "{name}: {error}");
        match (&expected, &error) {
            (Expected::Invalid(path), ImportError::Invalid { path: got, .. }) => {
                assert_eq!(got, path, "{name}: {error}")
            }
            _ => assert_eq!(kind(&error), expected, "{name}: {error}"),
        }
    }
}

#[test]
fn html_and_script_in_texts_are_kept_as_plain_text() {
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&amp;";
    let text = include_str!("../data/format-v2.json").replace("Agreed", payload);
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["assessment"]["items"]["6.1.2"]["notes"] = payload.into();
    value["assessment"]["name"] = payload.into();
    let read = decode(&value.to_string(), catalog()).expect("reads");
    assert_eq!(read.assessment.name, payload);
    assert_eq!(
        read.assessment.item("6.1.2").map(|r| r.notes.as_str()),
        Some(payload)
    );
}

proptest! {
    #[test]
    fn arbitrary_and_mutated_json_never_panics_and_errors_name_their_place(
        noise in any::<String>(),
        cut in 0usize..3_000,
        insert in prop::sample::select(vec!["\"", "{", "}", "[", "]", ",", ":", "\n", "\\", "0", "null", "\u{feff}"]),
    ) {
        let valid = encode(
            &decode(include_str!("../data/format-v2.json"), catalog()).expect("reads").assessment,
            "2026-11-23T10:00:00.000Z",
            Layout::Pretty,
        )
        .expect("encodes");
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
