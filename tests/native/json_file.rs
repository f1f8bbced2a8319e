//! The JSON file: what is written reads back identically, and every broken file is refused
//! with an error that names the place (JSON path, or line and column for bad syntax).

use crate::strategies::any_assessment;
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::io::json::{decode, encode, Layout};
use aims_assess::io::{ImportError, MAX_FILE_BYTES};
use proptest::prelude::*;
use serde_json::{json, Value};

const WRITTEN_AT: &str = "2026-11-23T10:00:00.000Z";

fn sample() -> Assessment {
    let mut assessment = Assessment::named("2026 baseline");
    assessment
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    assessment
        .set_answer(catalog(), "6.1.2", "6.1.2.q2", Some(Answer::Partly))
        .expect("valid");
    assessment
        .set_text(
            catalog(),
            "6.1.2",
            TextField::Notes,
            "Risk criteria \"draft\" <b>v2</b>\nsecond line".into(),
        )
        .expect("valid");
    assessment
        .set_due_date(
            catalog(),
            "6.1.2",
            Some("2027-03-01".parse().expect("date")),
        )
        .expect("valid");
    assessment
}

/// A valid file as a JSON value, to be broken in one place by each test.
fn sample_value() -> Value {
    serde_json::from_str(&encode(&sample(), WRITTEN_AT, Layout::Pretty)).expect("json")
}

fn decode_value(value: &Value) -> Result<aims_assess::io::read::Validated, ImportError> {
    decode(&value.to_string(), catalog())
}

#[test]
fn a_file_reads_back_as_the_same_assessment() {
    for layout in [Layout::Pretty, Layout::Compact] {
        let text = encode(&sample(), WRITTEN_AT, layout);
        let validated = decode(&text, catalog()).expect("decodes");
        assert_eq!(validated.assessment, sample());
        assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    }
}

#[test]
fn the_file_starts_with_its_format_and_versions() {
    let value = sample_value();
    assert_eq!(value["format"], "aims-assess");
    assert_eq!(
        value["schema_version"],
        aims_assess::io::format::SCHEMA_VERSION
    );
    assert_eq!(
        value["catalog_version"],
        aims_assess::domain::catalog::CATALOG_VERSION
    );
    assert_eq!(value["exported_at"], WRITTEN_AT);
    assert_eq!(value["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        value["assessment"]["items"]["4.1"]["answers"]["4.1.q1"],
        "yes"
    );
}

/// Applies a change to a valid file and expects the given error.
fn check_error(change: impl FnOnce(&mut Value), expected: ImportError) {
    let mut value = sample_value();
    change(&mut value);
    assert_eq!(decode_value(&value).map(|v| v.assessment), Err(expected));
}

/// Whether an error is about the value at `path` and mentions `message_part`.
fn is_invalid_at(error: &ImportError, path: &str, message_part: &str) -> bool {
    matches!(error, ImportError::Invalid { path: p, message } if p == path && message.contains(message_part))
}

/// A change that breaks a valid file in one place.
type Breakage = Box<dyn Fn(&mut Value)>;

#[test]
fn broken_files_are_refused_with_the_place_of_the_problem() {
    check_error(
        |v| v["format"] = json!("something-else"),
        ImportError::NotOurFormat(
            "its \"format\" field is \"something-else\" instead of \"aims-assess\"".into(),
        ),
    );
    check_error(
        |v| {
            v.as_object_mut().expect("object").remove("format");
        },
        ImportError::NotOurFormat("it has no \"format\": \"aims-assess\" field".into()),
    );
    check_error(
        |v| v["schema_version"] = json!(7),
        ImportError::TooNew {
            found: 7,
            supported: aims_assess::io::format::SCHEMA_VERSION,
        },
    );
    check_error(
        |v| v["schema_version"] = json!("1"),
        ImportError::Invalid {
            path: "schema_version".into(),
            message: "must be a whole number of at least 1".into(),
        },
    );
    check_error(
        |v| v["schema_version"] = json!(0),
        ImportError::Invalid {
            path: "schema_version".into(),
            message: "must be a whole number of at least 1".into(),
        },
    );

    let cases: Vec<(Breakage, &str, &str)> = vec![
        (
            Box::new(|v| v["assessment"]["items"]["4.1"]["answers"]["4.1.q1"] = json!("maybe")),
            "assessment.items[\"4.1\"].answers[\"4.1.q1\"]",
            "unknown variant `maybe`",
        ),
        (
            Box::new(|v| v["assessment"]["items"]["6.1.2"]["notes"] = json!(42)),
            "assessment.items[\"6.1.2\"].notes",
            "invalid type",
        ),
        (
            Box::new(|v| v["assessment"]["items"]["6.1.2"]["due_date"] = json!("2027-02-30")),
            "assessment.items[\"6.1.2\"].due_date",
            "not a day that exists",
        ),
        (
            Box::new(|v| v["assessment"]["items"]["6.1.2"]["due_date"] = json!("next week")),
            "assessment.items[\"6.1.2\"].due_date",
            "not a date in the form YYYY-MM-DD",
        ),
        (
            Box::new(|v| v["assessment"]["name"] = json!(null)),
            "assessment.name",
            "invalid type",
        ),
        (
            Box::new(|v| v["assessment"]["items"] = json!([])),
            "assessment.items",
            "invalid type",
        ),
        (
            Box::new(|v| v["assessment"]["surprise"] = json!(true)),
            "assessment.surprise",
            "unknown field `surprise`",
        ),
        (
            Box::new(|v| v["assessment"]["items"]["6.1.2"]["notes"] = json!("x".repeat(100_001))),
            "assessment.items[\"6.1.2\"].notes",
            "at most 100000",
        ),
    ];
    for (change, path, message) in cases {
        let mut value = sample_value();
        change(&mut value);
        let error = decode_value(&value).expect_err(path);
        assert!(
            is_invalid_at(&error, path, message),
            "expected {path}: {message}, got {error:?}"
        );
    }
}

#[test]
fn bad_json_syntax_names_line_and_column() {
    let error =
        decode("{\n  \"format\": \"aims-assess\",\n  oops\n}", catalog()).expect_err("bad syntax");
    assert!(
        matches!(
            error,
            ImportError::Syntax {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("line 3, column 3"), "{message}");
    assert!(
        !message.contains("at line 3 column 3"),
        "the position is not repeated: {message}"
    );
}

#[test]
fn oversized_and_deeply_nested_files_are_refused_without_crashing() {
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        decode(&huge, catalog()).map(|v| v.assessment),
        Err(ImportError::TooLarge {
            size: MAX_FILE_BYTES + 1
        })
    );
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        decode(&nested, catalog()),
        Err(ImportError::Syntax { .. })
    ));
}

#[test]
fn unknown_items_and_questions_become_warnings_not_errors() {
    let mut value = sample_value();
    value["assessment"]["items"]["4.9"] = json!({ "notes": "from an older catalog" });
    value["assessment"]["items"]["4.1"]["answers"]["4.1.q42"] = json!("no");
    let validated = decode_value(&value).expect("still readable");
    assert_eq!(validated.assessment, sample());
    let places: Vec<&str> = validated.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        places,
        [
            "assessment.items[\"4.1\"].answers[\"4.1.q42\"]",
            "assessment.items[\"4.9\"]"
        ]
    );
}

#[test]
fn a_different_catalog_version_is_a_warning() {
    let mut value = sample_value();
    value["catalog_version"] = json!("2025.1");
    let validated = decode_value(&value).expect("readable");
    assert_eq!(validated.warnings.len(), 1);
    assert_eq!(validated.warnings[0].path, "catalog_version");
}

proptest! {
    #[test]
    fn any_assessment_survives_export_and_import(assessment in any_assessment()) {
        let text = encode(&assessment, WRITTEN_AT, Layout::Pretty);
        let validated = decode(&text, catalog()).expect("decodes");
        prop_assert_eq!(validated.assessment, assessment);
        prop_assert!(validated.warnings.is_empty());
    }
}

#[test]
fn a_frozen_version_1_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v1.json");
    let validated = decode(text, catalog()).expect("version 1 files keep reading");
    assert_eq!(validated.assessment, sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
}

#[test]
fn the_typed_format_describes_what_the_encoder_writes() {
    // `io::format` documents the file as types; the encoder builds it by hand. A rich file
    // must parse into the types, which deny unknown fields, so the two cannot drift apart.
    let mut assessment = sample();
    assessment.profile.organisation = "Example Ltd".into();
    assessment.profile.size = Some(aims_assess::domain::profile::SizeBand::Small);
    assessment
        .profile
        .set_role(aims_assess::domain::role::AiRole::User, true);
    assessment
        .soa
        .edit(catalog(), "A.2.2", |decision| {
            decision.applicability = aims_assess::domain::soa::Applicability::NotApplicable;
            decision.justification = "Not yet".into();
            decision
                .reasons
                .insert(aims_assess::domain::soa::InclusionReason::LegalRequirement);
        })
        .expect("known control");
    let text = encode(&assessment, WRITTEN_AT, Layout::Pretty);
    let typed: aims_assess::io::format::FileDocument =
        serde_json::from_str(&text).expect("the typed format reads the encoder's output");
    assert_eq!(typed.assessment.profile.organisation, "Example Ltd");
    assert_eq!(typed.assessment.soa.controls.len(), 1);
    assert_eq!(
        decode(&text, catalog()).expect("decodes").assessment,
        assessment
    );
}

#[test]
fn the_example_in_the_format_documentation_reads_without_warnings() {
    // docs/FORMAT.md shows a complete file; it must stay a file the app accepts as it is.
    let documentation = include_str!("../../docs/FORMAT.md");
    let example = documentation
        .split("## Example")
        .nth(1)
        .and_then(|section| section.split("```json").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("docs/FORMAT.md has a JSON example under \"## Example\"");
    let validated = decode(example, catalog()).expect("the documented example reads");
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    let assessment = validated.assessment;
    assert_eq!(assessment.name, "2026 baseline");
    assert_eq!(assessment.profile.organisation, "Example Analytics Ltd");
    assert_eq!(assessment.soa.decisions.len(), 2);
}

#[test]
fn duplicate_keys_huge_lists_and_huge_texts_are_refused_with_their_line_and_column() {
    use aims_assess::io::parse::{MAX_ENTRIES, MAX_STRING_CHARS};
    let sample = encode(&sample(), WRITTEN_AT, Layout::Compact);
    let duplicated = sample.replacen("\"items\":{", "\"items\":{\"4.1\":{},\"4.1\":{},", 1);
    let roles = vec!["\"user\""; MAX_ENTRIES + 1].join(",");
    let many_roles = sample.replacen("\"roles\":[", &format!("\"roles\":[{roles},"), 1);
    let huge_text = format!("\"notes\":\"{}", "x".repeat(MAX_STRING_CHARS + 1));
    let huge_note = sample.replacen("\"notes\":\"", &huge_text, 1);
    for (text, message) in [
        (duplicated, "appears twice"),
        (many_roles, "more than 10000 entries"),
        (huge_note, "longer than"),
    ] {
        match decode(&text, catalog()) {
            Err(ImportError::Syntax {
                line,
                column,
                message: got,
            }) => {
                assert_eq!(line, 1);
                assert!(column > 1);
                assert!(got.contains(message), "{got}");
            }
            other => panic!("expected a syntax error with {message:?}, got {other:?}"),
        }
    }
}

/// The assessment frozen in `tests/data/format-v2.json`, which the version 2 encoder wrote
/// from exactly these edits before version 3 existed.
fn frozen_version_2_sample() -> Assessment {
    use aims_assess::domain::profile::SizeBand;
    use aims_assess::domain::role::AiRole;
    use aims_assess::domain::soa::{Applicability, InclusionReason};
    let c = catalog();
    let mut a = Assessment::named("2026 baseline");
    a.set_answer(c, "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    a.set_answer(c, "4.1", "4.1.q2", Some(Answer::No))
        .expect("valid");
    a.set_text(
        c,
        "4.1",
        TextField::Notes,
        "Context reviewed at the \"AI steering\" meeting.\nSecond line.".into(),
    )
    .expect("valid");
    a.set_text(
        c,
        "4.1",
        TextField::Evidence,
        "Minutes 2026-10-02 (SharePoint / AIMS / 4.1)".into(),
    )
    .expect("valid");
    a.set_text(c, "4.1", TextField::Owner, "Head of Data".into())
        .expect("valid");
    a.set_due_date(c, "4.1", Some("2027-03-01".parse().expect("date")))
        .expect("valid");
    a.set_answer(c, "6.1.2", "6.1.2.q1", Some(Answer::Partly))
        .expect("valid");
    a.set_text(c, "6.1.2", TextField::Owner, "Risk manager".into())
        .expect("valid");
    a.set_due_date(c, "6.1.2", Some("2026-12-31".parse().expect("date")))
        .expect("valid");
    a.set_text(
        c,
        "5.2",
        TextField::Notes,
        "Roles drafted, not yet confirmed.".into(),
    )
    .expect("valid");
    a.set_answer(c, "A.6.2.4", "A.6.2.4.q1", Some(Answer::Partly))
        .expect("valid");
    a.set_answer(c, "A.6.2.4", "A.6.2.4.q2", Some(Answer::Yes))
        .expect("valid");
    a.set_text(
        c,
        "A.6.2.4",
        TextField::Evidence,
        "Model validation report, Q3".into(),
    )
    .expect("valid");
    a.set_answer(c, "A.2.2", "A.2.2.q1", Some(Answer::Yes))
        .expect("valid");
    a.profile.organisation = "Example Analytics Ltd".into();
    a.profile.sector = "Insurance".into();
    a.profile.size = Some(SizeBand::Small);
    a.profile.set_role(AiRole::User, true);
    a.profile.set_role(AiRole::Provider, true);
    a.profile.scope =
        "The pricing models and the customer chatbot, as built and run in Leeds.".into();
    a.soa.version = "1.2".into();
    a.soa.approved_by = "Managing director".into();
    a.soa
        .edit(c, "A.6.2.4", |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::RiskTreatment);
            d.reasons.insert(InclusionReason::ContractualObligation);
        })
        .expect("valid");
    a.soa
        .edit(c, "A.2.2", |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::LegalRequirement);
            d.reasons.insert(InclusionReason::GoodPractice);
            d.justification = "Required by the group AI policy.".into();
        })
        .expect("valid");
    a.soa
        .edit(c, "A.10.4", |d| {
            d.applicability = Applicability::NotApplicable;
            d.justification = "We supply no AI system or AI-based service to customers.".into();
        })
        .expect("valid");
    a.soa
        .edit(c, "A.10.3", |d| {
            d.applicability = Applicability::NotApplicable
        })
        .expect("valid");
    a.soa
        .edit(c, "A.5.2", |d| {
            d.applicability = Applicability::Undecided;
            d.reasons.insert(InclusionReason::RiskTreatment);
        })
        .expect("valid");
    a
}

#[test]
fn a_frozen_version_2_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v2.json");
    let validated = decode(text, catalog()).expect("version 2 files keep reading");
    assert_eq!(validated.assessment, frozen_version_2_sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    assert!(
        !validated.anonymised,
        "version 2 files are never anonymised"
    );
}

#[test]
fn a_version_2_file_becomes_the_current_version_unchanged_but_for_its_number() {
    // Written again today, the frozen file differs only in its version number, so nothing in
    // it was lost or changed by the migration.
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v2.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_2_sample(),
        "2026-11-23T10:15:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    assert_eq!(
        rewritten["schema_version"],
        aims_assess::io::format::SCHEMA_VERSION
    );
    rewritten["schema_version"] = json!(2);
    rewritten["app_version"] = frozen["app_version"].clone();
    // Version 4 added the AI system inventory, which a version 2 file does not have.
    let body = rewritten["assessment"].as_object_mut().expect("an object");
    assert_eq!(body.shift_remove("systems"), Some(json!([])));
    assert_eq!(body.shift_remove("next_system_number"), Some(json!(0)));
    assert_eq!(rewritten, frozen);
}

#[test]
fn a_frozen_version_3_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v3.json");
    let validated = decode(text, catalog()).expect("version 3 files keep reading");
    assert_eq!(validated.assessment, frozen_version_2_sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
}

#[test]
fn the_typed_format_reads_the_anonymised_flag_only_when_it_is_written() {
    for anonymised in [false, true] {
        let text =
            aims_assess::io::json::encode_file(&sample(), WRITTEN_AT, Layout::Compact, anonymised);
        let typed: aims_assess::io::format::FileDocument =
            serde_json::from_str(&text).expect("the typed format reads the encoder's output");
        assert_eq!(typed.anonymised, anonymised);
        assert_eq!(text.contains("\"anonymised\""), anonymised);
        assert_eq!(
            decode(&text, catalog()).expect("decodes").anonymised,
            anonymised
        );
    }
}

#[test]
fn an_anonymised_flag_that_is_not_a_boolean_is_refused_at_its_path() {
    let mut value = sample_value();
    value["anonymised"] = json!("yes");
    match decode_value(&value) {
        Err(ImportError::Invalid { path, .. }) => assert_eq!(path, "anonymised"),
        other => panic!("expected an error at \"anonymised\", got {other:?}"),
    }
}
