//! The JSON file: what is written reads back identically, and every broken file is refused
//! with an error that names the place (JSON path, or line and column for bad syntax).

use crate::strategies::any_assessment;
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::{catalog, CATALOG_VERSION};
use aims_assess::domain::catalog_update::{CatalogUpdate, CheckReason};
use aims_assess::domain::risk_criteria::RiskCriteria;
use aims_assess::io::format::FileDocument;
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

/// `assessment` as read from a file answered against catalog 2026.11: the answers are where the
/// sample's edits put them (an answer to a question merged since is kept under the clause
/// question, as `set_answer` keeps it), and the catalog update records the version and the
/// answers to check because their question changed meaning.
fn read_from_catalog_2026_11(mut assessment: Assessment, changed: &[&str]) -> Assessment {
    assessment.catalog_update = Some(CatalogUpdate {
        from_version: "2026.11".into(),
        to_check: changed
            .iter()
            .map(|question| ((*question).to_owned(), CheckReason::MeaningChanged))
            .collect(),
        list_closed: false,
    });
    assessment
}

/// Undoes in a file written today from a frozen sample what catalog 2026.12 changed: the
/// catalog version, and the answer to A.2.2.q1, which is now kept under 5.2.q1 (the frozen
/// files answer A.2.2.q1 "yes" and leave 5.2.q1 open).
fn as_answered_against_catalog_2026_11(rewritten: &mut Value) {
    assert_eq!(rewritten["catalog_version"], CATALOG_VERSION);
    rewritten["catalog_version"] = json!("2026.11");
    let items = rewritten["assessment"]["items"]
        .as_object_mut()
        .expect("an object");
    assert_eq!(items["5.2"]["answers"], json!({ "5.2.q1": "yes" }));
    items["5.2"]["answers"] = json!({});
    assert_eq!(items.get("A.2.2"), None, "A.2.2 has no answer of its own");
    items.insert(
        "A.2.2".into(),
        json!({ "answers": { "A.2.2.q1": "yes" }, "notes": "", "evidence": "", "owner": "" }),
    );
}

fn decode_value(value: &Value) -> Result<aims_assess::io::json::Validated, ImportError> {
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
        |v| v["schema_version"] = json!(11),
        ImportError::TooNew {
            found: 11,
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
            "\"maybe\" is not an answer; use yes, partly or no",
        ),
        (
            Box::new(|v| v["assessment"]["items"]["6.1.2"]["notes"] = json!(42)),
            "assessment.items[\"6.1.2\"].notes",
            "expected text, found the number 42",
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
            "expected text, found null",
        ),
        (
            Box::new(|v| v["assessment"]["items"] = json!([])),
            "assessment.items",
            "expected an object, found a list",
        ),
        (
            Box::new(|v| v["assessment"]["surprise"] = json!(true)),
            "assessment.surprise",
            "unknown field \"surprise\"; the fields here are name, items, profile, soa, systems,",
        ),
        (
            // Found by the json_import fuzz target: a missing top-level field once had an
            // empty path.
            Box::new(|v| {
                v.as_object_mut().expect("object").remove("app_version");
            }),
            "app_version",
            "this required field is missing",
        ),
        (
            // Serde's derived reading also takes a struct as the list of its fields' values
            // in order; no file of ours is written so, so such a list is refused.
            Box::new(|v| v["assessment"]["items"]["6.1.2"] = json!([{}, "notes"])),
            "assessment.items[\"6.1.2\"]",
            "expected an object, found a list",
        ),
        (
            Box::new(|v| v["assessment"] = json!(["2026 baseline"])),
            "assessment",
            "expected an object, found a list",
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
    // The file was answered against catalog 2026.11, since when 6.1.2.q2 changed meaning.
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(sample(), &["6.1.2.q2"])
    );
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
}

#[test]
fn the_format_types_alone_read_what_the_app_writes() {
    // `io::format` is the file format: any program with these types and plain serde_json
    // (without the app's limits, migration and validation) reads the app's files.
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
    use aims_assess::io::limits::{MAX_ENTRIES, MAX_STRING_CHARS};
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
    // The file answers A.2.2.q1, which catalog 2026.12 answers once, under 5.2.q1: the edit
    // keeps the answer there, as reading the file does.
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
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(frozen_version_2_sample(), &[])
    );
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
    // Version 4 added the AI system inventory, version 5 the risk register and version 6 the
    // action plan and comments, which a version 2 file does not have.
    let body = rewritten["assessment"].as_object_mut().expect("an object");
    assert_eq!(body.remove("systems"), Some(json!([])));
    assert_eq!(body.remove("next_system_number"), Some(json!(0)));
    remove_empty_risk_register(body);
    remove_empty_plan_and_comments(body);
    as_answered_against_catalog_2026_11(&mut rewritten);
    assert_eq!(rewritten, frozen);
}

#[test]
fn a_frozen_version_3_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v3.json");
    let validated = decode(text, catalog()).expect("version 3 files keep reading");
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(frozen_version_2_sample(), &[])
    );
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

/// The assessment frozen in `tests/data/format-v4.json`: the version 2 sample with two AI
/// systems (one deleted in between, so the next system number runs ahead of the IDs), which
/// the version 4 encoder wrote before version 5 existed.
fn frozen_version_4_sample() -> Assessment {
    use aims_assess::domain::role::AiRole;
    use aims_assess::domain::system::{Automation, DataKind, LifeCycleStage};
    let mut a = frozen_version_2_sample();
    let inventory = &mut a.inventory;
    let pricing = inventory.add("Motor pricing model".into()).unwrap();
    let retired = inventory.add("Old triage rules".into()).unwrap();
    let chatbot = inventory.add("Customer chatbot".into()).unwrap();
    inventory.remove(&retired).expect("just added");
    inventory
        .edit(&pricing, |s| {
            s.purpose = "Proposes a premium for each motor quote.".into();
            s.roles.insert(AiRole::Producer);
            s.roles.insert(AiRole::User);
            s.stage = Some(LifeCycleStage::OperationAndMonitoring);
            s.users = "Underwriters".into();
            s.affected = "Applicants for motor insurance".into();
            s.data.insert(DataKind::Personal);
            s.data_notes = "Claims history, postcode".into();
            s.automation = Some(Automation::HumanInTheLoop);
            s.context = "Internal tool".into();
            s.third_party = "Gradient boosting library\nOpen postcode data".into();
            s.owner = "Head of Pricing".into();
            s.impact.assessor = "Risk manager".into();
            s.impact.date = Some("2026-10-15".parse().expect("date"));
            s.impact.notes = "Consulted the \"customer panel\".".into();
        })
        .expect("known system");
    // The file also answers the first questionnaire's screening question "privacy.1" with
    // "yes", which version 7 drops: the privacy section simply stays to be answered.
    inventory
        .set_impact_answer(&pricing, "fairness.1", Some("minor"))
        .expect("valid");
    inventory
        .edit(&chatbot, |s| {
            s.roles.insert(AiRole::Customer);
            s.data.insert(DataKind::Children);
        })
        .expect("known system");
    a
}

#[test]
fn a_frozen_version_4_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v4.json");
    let validated = decode(text, catalog()).expect("version 4 files keep reading");
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(frozen_version_4_sample(), &[])
    );
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    assert!(validated.assessment.risks.risks.is_empty());
}

#[test]
fn a_version_4_file_becomes_the_current_version_unchanged_but_for_its_number() {
    // Written again today, the frozen file differs only in its version number and the empty
    // risk register it did not have, so the migration lost or changed nothing.
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v4.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_4_sample(),
        "2026-11-23T10:15:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    rewritten["schema_version"] = json!(4);
    rewritten["app_version"] = frozen["app_version"].clone();
    // Version 5 added the risk register and version 6 the action plan and comments, which a
    // version 4 file does not have.
    let body = rewritten["assessment"].as_object_mut().expect("an object");
    remove_empty_risk_register(body);
    remove_empty_plan_and_comments(body);
    remove_version_7_system_fields(body);
    as_answered_against_catalog_2026_11(&mut rewritten);
    assert_eq!(rewritten, without_screening_answers(frozen));
}

/// Takes the fields version 7 added to every AI system and its impact assessment out of a
/// written `assessment` object, checking that they hold their empty values.
fn remove_version_7_system_fields(body: &mut serde_json::Map<String, Value>) {
    for system in body["systems"].as_array_mut().expect("a list") {
        let system = system.as_object_mut().expect("an object");
        assert_eq!(system.remove("capabilities"), Some(json!([])));
        assert_eq!(system.remove("planned_change"), Some(json!("")));
        assert_eq!(system.remove("impact_history"), Some(json!([])));
        let impact = system["impact"].as_object_mut().expect("an object");
        assert_eq!(impact.remove("version"), Some(json!(1)));
        assert_eq!(impact.remove("follow_ups"), Some(json!({})));
        assert_eq!(impact.remove("not_applicable"), Some(json!({})));
        for field in [
            "legal_effects",
            "vulnerable_groups",
            "jurisdictions",
            "benefits",
            "approved_by",
        ] {
            assert_eq!(impact.remove(field), Some(json!("")), "{field}");
        }
    }
}

/// An older file without the first questionnaire's screening answers, which version 7 drops
/// (an answer "no" becomes a section marked as not applicable; the frozen samples have none).
fn without_screening_answers(mut file: Value) -> Value {
    for system in file["assessment"]["systems"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        if let Some(answers) = system["impact"]["answers"].as_object_mut() {
            for question in ["privacy.1", "safety.1", "vulnerable.1", "children.1"] {
                answers.remove(question);
            }
        }
    }
    file
}

/// Takes the fields of an empty risk register under the default criteria out of a written
/// `assessment` object, checking what they hold.
fn remove_empty_risk_register(body: &mut serde_json::Map<String, Value>) {
    assert_eq!(body.remove("risks"), Some(json!([])));
    assert_eq!(body.remove("next_risk_number"), Some(json!(0)));
    assert_eq!(
        body.remove("risk_criteria"),
        Some(json!({
            "likelihood": ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
            "consequence": ["Negligible", "Minor", "Moderate", "Major", "Severe"],
            "bands": ["Low", "Medium", "High", "Critical"],
            "table": [
                [0, 0, 0, 0, 1],
                [0, 0, 1, 1, 2],
                [0, 1, 1, 2, 2],
                [0, 1, 2, 2, 3],
                [1, 2, 2, 3, 3]
            ],
            "acceptable_up_to": 1
        }))
    );
}

/// Gives an assessment the register both risk samples share: criteria of its own (a 4 x 3
/// matrix with three bands) and R1 with every field filled in.
fn add_pricing_risk(a: &mut Assessment) {
    use aims_assess::domain::risk::{Acceptance, Risk, RiskStatus, Treatment, TreatmentAction};
    use aims_assess::domain::risk_criteria::{Rating, RiskCriteria};
    let names = |list: &[&str]| list.iter().map(|name| (*name).to_owned()).collect();
    a.risks.criteria = RiskCriteria {
        likelihood: names(&["Rare", "Possible", "Likely", "Frequent"]),
        consequence: names(&["Minor", "Serious", "Severe"]),
        bands: names(&["Low", "Medium", "High"]),
        table: vec![0, 0, 1, 0, 1, 1, 1, 1, 2, 1, 2, 2],
        acceptable_up_to: 0,
    };
    let first = a
        .risks
        .add(Risk {
            title: "Premiums \"drift\" against older drivers".into(),
            description: "The model learns from claims data\nthat under-represents them.".into(),
            system_id: "S1".into(),
            source: "C.3.4".into(),
            objective: "C.2.5".into(),
            owner: "Head of Pricing".into(),
            inherent: Some(Rating::new(3, 2)),
            treatment: Some(Treatment::Modify),
            controls: vec!["A.7.4".into(), "A.6.2.4".into()],
            actions: vec![
                TreatmentAction {
                    description: "Reweight the 2026 training data".into(),
                    owner: "Data science".into(),
                    due_date: Some("2027-02-01".parse().expect("date")),
                    done: false,
                },
                TreatmentAction {
                    description: "Quarterly fairness report".into(),
                    done: true,
                    ..TreatmentAction::default()
                },
            ],
            residual: Some(Rating::new(2, 2)),
            acceptance: Acceptance {
                accepted_by: "Managing director".into(),
                date: Some("2026-11-20".parse().expect("date")),
                rationale: "Within appetite once reweighted.".into(),
            },
            status: RiskStatus::Treated,
            ..Risk::default()
        })
        .unwrap();
    assert_eq!(first, "R1");
}

/// The sample with a risk register under criteria of its own: a 4 x 3 matrix with three bands,
/// one risk with every field filled in and one with nothing but its title.
fn risky_sample() -> Assessment {
    use aims_assess::domain::risk::Risk;
    let mut a = sample();
    add_pricing_risk(&mut a);
    let removed = a.risks.add(Risk::default()).unwrap();
    a.risks.remove(&removed).expect("just added");
    a.risks
        .add(Risk {
            title: "Chatbot gives wrong policy advice".into(),
            ..Risk::default()
        })
        .unwrap();
    a
}

#[test]
fn a_risk_register_reads_back_as_written_and_matches_the_typed_format() {
    let assessment = risky_sample();
    for layout in [Layout::Pretty, Layout::Compact] {
        let text = encode(&assessment, WRITTEN_AT, layout);
        let validated = decode(&text, catalog()).expect("decodes");
        assert_eq!(validated.assessment, assessment);
        assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
        let typed: aims_assess::io::format::FileDocument =
            serde_json::from_str(&text).expect("the typed format reads the encoder's output");
        assert_eq!(typed.assessment.risks.len(), 2);
        assert_eq!(typed.assessment.next_risk_number, 4);
    }
    let value = serde_json::from_str::<Value>(&encode(&assessment, WRITTEN_AT, Layout::Pretty))
        .expect("json");
    let body = &value["assessment"];
    assert_eq!(
        body["risk_criteria"]["table"],
        json!([[0, 0, 1], [0, 1, 1], [1, 1, 2], [1, 2, 2]])
    );
    assert_eq!(
        body["risks"][0]["inherent"],
        json!({"likelihood": 3, "consequence": 2})
    );
    assert_eq!(body["risks"][0]["treatment"], "modify");
    assert_eq!(body["risks"][0]["status"], "treated");
    assert_eq!(body["risks"][0]["controls"], json!(["A.7.4", "A.6.2.4"]));
    assert_eq!(
        body["risks"][0]["actions"][1],
        json!({"description": "Quarterly fairness report", "owner": "", "done": true})
    );
    // Nothing that is not there is written: no ratings, treatment or dates of the bare risk.
    assert_eq!(
        body["risks"][1],
        json!({
            "id": "R3",
            "title": "Chatbot gives wrong policy advice",
            "description": "",
            "system": "",
            "source": "",
            "objective": "",
            "owner": "",
            "controls": [],
            "actions": [],
            "acceptance": {"accepted_by": "", "rationale": ""},
            "status": "open"
        })
    );
}

/// The risky sample as a JSON value, to be broken in one place.
fn risky_value() -> Value {
    serde_json::from_str(&encode(&risky_sample(), WRITTEN_AT, Layout::Compact)).expect("json")
}

#[test]
fn broken_risks_and_criteria_are_refused_with_the_place_of_the_problem() {
    let cases: Vec<(Breakage, &str, &str)> = vec![
        (
            Box::new(|v| v["assessment"]["risks"][0]["inherent"]["likelihood"] = json!(5)),
            "assessment.risks[0].inherent.likelihood",
            "the likelihood scale has levels 1 to 4",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["residual"]["consequence"] = json!(0)),
            "assessment.risks[0].residual.consequence",
            "the consequence scale has levels 1 to 3",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["inherent"]["consequence"] = json!("2")),
            "assessment.risks[0].inherent.consequence",
            "expected a whole number from 0 to 255, found text",
        ),
        (
            Box::new(|v| {
                v["assessment"]["risks"][0]["inherent"]
                    .as_object_mut()
                    .expect("object")
                    .remove("consequence");
            }),
            "assessment.risks[0].inherent.consequence",
            "required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["source"] = json!("C.3.9")),
            "assessment.risks[0].source",
            "Annex C has no such risk source",
        ),
        (
            // An objective is not a risk source.
            Box::new(|v| v["assessment"]["risks"][0]["source"] = json!("C.2.5")),
            "assessment.risks[0].source",
            "Annex C has no such risk source",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["objective"] = json!("C.3.4")),
            "assessment.risks[0].objective",
            "Annex C has no such objective",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][1]["id"] = json!("R1")),
            "assessment.risks[1].id",
            "an earlier risk has the same ID",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][1]["id"] = json!("R03")),
            "assessment.risks[1].id",
            "R followed by a number",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][1]["id"] = json!("R0")),
            "assessment.risks[1].id",
            "R followed by a number",
        ),
        (
            Box::new(|v| {
                v["assessment"]["risks"][1]
                    .as_object_mut()
                    .expect("object")
                    .remove("title");
            }),
            "assessment.risks[1].title",
            "required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["system"] = json!("pricing")),
            "assessment.risks[0].system",
            "S followed by a number",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["treatment"] = json!("ignore")),
            "assessment.risks[0].treatment",
            "\"ignore\" is not a risk treatment; use avoid, modify, share or retain",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["status"] = json!("done")),
            "assessment.risks[0].status",
            "\"done\" is not a risk status; use open, treated, accepted or closed",
        ),
        (
            Box::new(|v| {
                v["assessment"]["risks"][0]["actions"][0]["due_date"] = json!("2027-02-30")
            }),
            "assessment.risks[0].actions[0].due_date",
            "not a day that exists",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["actions"][0]["done"] = json!("no")),
            "assessment.risks[0].actions[0].done",
            "expected true or false, found text",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["acceptance"]["date"] = json!(null)),
            "assessment.risks[0].acceptance.date",
            "expected a date in the form YYYY-MM-DD, found null",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["acceptance"]["signed"] = json!(true)),
            "assessment.risks[0].acceptance.signed",
            "unknown field \"signed\"; the fields here are accepted_by, date and rationale",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["controls"][0] = json!(7)),
            "assessment.risks[0].controls[0]",
            "expected text, found the number 7",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0] = json!(["R1", "Premiums drift"])),
            "assessment.risks[0]",
            "expected an object, found a list",
        ),
        (
            Box::new(|v| v["assessment"]["risks"][0]["inherent"] = json!([2, 3])),
            "assessment.risks[0].inherent",
            "expected an object, found a list",
        ),
        (
            Box::new(|v| v["assessment"]["risks"] = json!({})),
            "assessment.risks",
            "expected a list, found an object",
        ),
        (
            Box::new(|v| v["assessment"]["next_risk_number"] = json!(-1)),
            "assessment.next_risk_number",
            "expected a whole number from 0 to 4294967295, found the number -1",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["table"][2][1] = json!(3)),
            "assessment.risk_criteria",
            "names band 3, which does not exist",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["table"][2][1] = json!(-1)),
            "assessment.risk_criteria.table[2][1]",
            "expected a whole number from 0 to 255, found the number -1",
        ),
        (
            Box::new(|v| {
                v["assessment"]["risk_criteria"]["table"]
                    .as_array_mut()
                    .expect("rows")
                    .pop();
            }),
            "assessment.risk_criteria",
            "the table has 9 cells; the scales need 12",
        ),
        (
            // Twelve cells in all, but rows of two and four would shift every band.
            Box::new(|v| {
                v["assessment"]["risk_criteria"]["table"] =
                    json!([[0, 0], [1, 0, 1, 1], [1, 1, 2], [1, 2, 2]])
            }),
            "assessment.risk_criteria.table[0]",
            "the row has 2 bands; the consequence scale has 3 levels",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["bands"] = json!(["Only"])),
            "assessment.risk_criteria",
            "there are 1 bands",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["likelihood"] = json!(["A", "B"])),
            "assessment.risk_criteria",
            "the likelihood scale has 2 levels",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["acceptable_up_to"] = json!(3)),
            "assessment.risk_criteria",
            "the acceptance limit is band 3",
        ),
        (
            Box::new(|v| {
                v["assessment"]["risk_criteria"]
                    .as_object_mut()
                    .expect("object")
                    .remove("bands");
            }),
            "assessment.risk_criteria.bands",
            "required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["consequence"][1] = json!(2)),
            "assessment.risk_criteria.consequence[1]",
            "expected text, found the number 2",
        ),
        (
            Box::new(|v| v["assessment"]["risk_criteria"]["colour"] = json!("red")),
            "assessment.risk_criteria.colour",
            "unknown field \"colour\"; the fields here are likelihood, consequence, bands, table and acceptable_up_to",
        ),
    ];
    for (change, path, message) in cases {
        let mut value = risky_value();
        change(&mut value);
        let error = decode_value(&value).expect_err(path);
        assert!(
            is_invalid_at(&error, path, message),
            "expected {path}: {message}, got {error:?}"
        );
    }
}

#[test]
fn unknown_and_repeated_treatment_controls_are_left_out_with_a_warning() {
    let mut value = risky_value();
    value["assessment"]["risks"][0]["controls"] =
        json!(["A.7.4", "A.99.1", "6.1.2", "A.7.4", "A.6.2.4"]);
    let validated = decode_value(&value).expect("still readable");
    assert_eq!(validated.assessment, risky_sample());
    let places: Vec<&str> = validated.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        places,
        [
            "assessment.risks[0].controls[1]",
            "assessment.risks[0].controls[2]",
            "assessment.risks[0].controls[3]"
        ]
    );
    assert!(validated.warnings[0]
        .message
        .contains("no Annex A control A.99.1"));
    assert!(validated.warnings[2].message.contains("listed before"));
}

#[test]
fn risk_fields_that_may_be_absent_read_as_their_defaults() {
    let mut value = risky_value();
    let body = value["assessment"].as_object_mut().expect("object");
    body.remove("risk_criteria");
    body.remove("next_risk_number");
    body["risks"] = json!([
        {"id": "R7", "title": "Bare", "inherent": null, "treatment": null},
        {"id": "R2", "title": "Rated", "inherent": {"likelihood": 5, "consequence": 5}}
    ]);
    let register = decode_value(&value).expect("readable").assessment.risks;
    assert_eq!(register.criteria, RiskCriteria::default());
    // Without a stored number the next risk gets one more than the highest in use.
    assert_eq!(register.next_number, 8);
    let bare = register.get("R7").expect("read");
    assert_eq!(bare.status, aims_assess::domain::risk::RiskStatus::Open);
    assert_eq!((bare.inherent, bare.treatment), (None, None));
    assert_eq!(register.risks.len(), 2);
}

#[test]
fn a_next_risk_number_below_the_ids_in_use_is_raised_and_a_higher_one_kept() {
    for (stored, read) in [(0, 4), (2, 4), (4, 4), (9, 9)] {
        let mut value = risky_value();
        value["assessment"]["next_risk_number"] = json!(stored);
        let register = decode_value(&value).expect("readable").assessment.risks;
        assert_eq!(register.next_number, read, "stored {stored}");
    }
}

#[test]
fn a_risk_may_name_a_removed_system_or_a_system_of_the_inventory() {
    let mut value = risky_value();
    value["assessment"]["risks"][0]["system"] = json!("S42");
    assert!(decode_value(&value).is_ok(), "a removed system");
    value["assessment"]["systems"] = json!([{"id": "legacy", "name": "Rules engine"}]);
    value["assessment"]["risks"][0]["system"] = json!("legacy");
    let read = decode_value(&value).expect("a system of the inventory");
    assert_eq!(read.assessment.risks.risks[0].system_id, "legacy");
}

proptest! {
    #[test]
    fn any_risk_criteria_survive_export_and_import(criteria in crate::strategies::any_criteria()) {
        let mut assessment = Assessment::named("Criteria");
        assessment.risks.criteria = criteria;
        let text = encode(&assessment, WRITTEN_AT, Layout::Compact);
        let validated = decode(&text, catalog()).expect("decodes");
        prop_assert_eq!(validated.assessment, assessment);
        let _: aims_assess::io::format::FileDocument =
            serde_json::from_str(&text).expect("the typed format reads it");
    }
}

#[test]
fn an_unknown_annex_c_reference_is_told_the_ids_annex_c_has() {
    use aims_assess::domain::annex_c::{ANNEX_C_OBJECTIVES, ANNEX_C_SOURCES};
    for (key, list) in [
        ("source", ANNEX_C_SOURCES),
        ("objective", ANNEX_C_OBJECTIVES),
    ] {
        let mut value = risky_value();
        value["assessment"]["risks"][0][key] = json!("C.9.9");
        let message = match decode_value(&value) {
            Err(ImportError::Invalid { message, .. }) => message,
            other => panic!("expected an error, got {other:?}"),
        };
        let (first, last) = (list[0].id, list[list.len() - 1].id);
        assert!(message.contains(&format!("{first} to {last}")), "{message}");
    }
}

/// The assessment frozen in `tests/data/format-v5.json`: the version 4 sample with a risk
/// register under criteria of its own (one risk deleted in between, so the next risk number
/// runs ahead of the IDs), which the version 5 encoder wrote before version 6 existed.
fn frozen_version_5_sample() -> Assessment {
    use aims_assess::domain::risk::Risk;
    use aims_assess::domain::risk_criteria::Rating;
    let mut a = frozen_version_4_sample();
    add_pricing_risk(&mut a);
    let removed = a.risks.add(Risk::default()).unwrap();
    a.risks.remove(&removed).expect("just added");
    a.risks
        .add(Risk {
            title: "Chatbot gives wrong policy advice".into(),
            system_id: "S3".into(),
            inherent: Some(Rating::new(4, 3)),
            ..Risk::default()
        })
        .unwrap();
    a
}

#[test]
fn a_frozen_version_5_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v5.json");
    let validated = decode(text, catalog()).expect("version 5 files keep reading");
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(frozen_version_5_sample(), &[])
    );
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    assert_eq!(validated.assessment.risks.risks.len(), 2);
    assert!(validated.assessment.actions.custom.is_empty());
    assert!(validated.assessment.comments.comments.is_empty());
}

#[test]
fn a_version_5_file_becomes_the_current_version_unchanged_but_for_its_number() {
    // Written again today, the frozen file differs only in its version number and the empty
    // action plan and comments it did not have, so the migration lost or changed nothing.
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v5.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_5_sample(),
        "2026-11-23T10:15:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    // Versions 8 to 10 added notes on answers, the catalog update, the registers, the
    // certification plan, template texts, the EU AI Act record and the ISO/IEC 27001 flag,
    // each written only when there is something in it.
    assert_eq!(rewritten["schema_version"], 10);
    rewritten["schema_version"] = json!(5);
    rewritten["app_version"] = frozen["app_version"].clone();
    let body = rewritten["assessment"].as_object_mut().expect("an object");
    remove_empty_plan_and_comments(body);
    remove_version_7_system_fields(body);
    // The file now also states the reason risk R1's treatment gives A.7.4, marked as derived
    // from the register (it is not a tick of the user's, so reading it back drops it again).
    remove_derived_a_7_4(&mut rewritten);
    as_answered_against_catalog_2026_11(&mut rewritten);
    assert_eq!(rewritten, without_screening_answers(frozen));
}

/// Takes the fields of an empty action plan and an empty list of comments out of a written
/// `assessment` object, checking what they hold: they are written even when empty.
fn remove_empty_plan_and_comments(body: &mut serde_json::Map<String, Value>) {
    assert_eq!(body.remove("action_updates"), Some(json!({})));
    assert_eq!(body.remove("custom_actions"), Some(json!([])));
    assert_eq!(body.remove("next_action_number"), Some(json!(0)));
    assert_eq!(body.remove("review_comments"), Some(json!([])));
    assert_eq!(body.remove("next_comment_number"), Some(json!(0)));
}

/// The sample with an action plan and reviewer comments: updates of derived actions (one with
/// a priority, one without), a custom action with every field filled in and a bare one (a
/// third deleted in between, so the next number runs ahead), and two comments.
fn planned_sample() -> Assessment {
    use aims_assess::domain::action_plan::{ActionStatus, ActionUpdate, CustomAction, Priority};
    use aims_assess::domain::review::ReviewComment;
    let mut a = sample();
    let plan = &mut a.actions;
    plan.updates.insert(
        "item:6.1.2".into(),
        ActionUpdate {
            priority: Some(Priority::High),
            status: ActionStatus::InProgress,
            notes: "Board \"asked\" for it\nby March".into(),
            ..ActionUpdate::default()
        },
    );
    plan.updates.insert(
        "risk:R3:1".into(),
        ActionUpdate {
            status: ActionStatus::Done,
            ..ActionUpdate::default()
        },
    );
    // An action from a register keeps its owner and due date here.
    plan.updates.insert(
        "review:REV1:2".into(),
        ActionUpdate {
            owner: "Head of HR".into(),
            due_date: Some("2027-02-01".parse().expect("date")),
            ..ActionUpdate::default()
        },
    );
    plan.custom = vec![
        CustomAction {
            id: "A1".into(),
            title: "Write the AI policy".into(),
            item_id: "5.2".into(),
            owner: "Head of Data".into(),
            due_date: Some("2027-01-15".parse().expect("date")),
            priority: Priority::Low,
            status: ActionStatus::InProgress,
            notes: "Draft in <b>SharePoint</b>".into(),
        },
        CustomAction {
            id: "A3".into(),
            title: "Train the underwriters".into(),
            ..CustomAction::default()
        },
    ];
    plan.next_number = 4;
    a.comments.comments = vec![
        ReviewComment {
            id: "C1".into(),
            item_id: "6.1.2".into(),
            author: "Internal auditor".into(),
            date: Some("2026-11-20".parse().expect("date")),
            text: "Where are the risk criteria approved?".into(),
            resolved: true,
        },
        ReviewComment {
            id: "C2".into(),
            item_id: "A.6.2.4".into(),
            text: "Evidence missing".into(),
            ..ReviewComment::default()
        },
    ];
    a.comments.next_number = 3;
    a
}

/// The planned sample as a JSON value, to be broken in one place.
fn planned_value() -> Value {
    serde_json::from_str(&encode(&planned_sample(), WRITTEN_AT, Layout::Compact)).expect("json")
}

#[test]
fn an_action_plan_and_comments_read_back_as_written_and_match_the_typed_format() {
    let assessment = planned_sample();
    for layout in [Layout::Pretty, Layout::Compact] {
        let text = encode(&assessment, WRITTEN_AT, layout);
        let validated = decode(&text, catalog()).expect("decodes");
        assert_eq!(validated.assessment, assessment);
        assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
        // Byte for byte: what was read writes out the same again.
        assert_eq!(encode(&validated.assessment, WRITTEN_AT, layout), text);
        let typed: aims_assess::io::format::FileDocument =
            serde_json::from_str(&text).expect("the typed format reads the encoder's output");
        assert_eq!(typed.assessment.action_updates.len(), 3);
        assert_eq!(typed.assessment.custom_actions.len(), 2);
        assert_eq!(typed.assessment.next_action_number, 4);
        assert_eq!(typed.assessment.review_comments.len(), 2);
        assert_eq!(typed.assessment.next_comment_number, 3);
    }
    let value = planned_value();
    let body = &value["assessment"];
    assert_eq!(
        body["action_updates"],
        json!({
            "item:6.1.2": {
                "priority": "high",
                "status": "in_progress",
                "notes": "Board \"asked\" for it\nby March"
            },
            "risk:R3:1": {"status": "done", "notes": ""},
            "review:REV1:2": {
                "status": "open",
                "notes": "",
                "owner": "Head of HR",
                "due_date": "2027-02-01"
            }
        })
    );
    assert_eq!(
        body["custom_actions"],
        json!([
            {
                "id": "A1",
                "title": "Write the AI policy",
                "item": "5.2",
                "owner": "Head of Data",
                "due_date": "2027-01-15",
                "priority": "low",
                "status": "in_progress",
                "notes": "Draft in <b>SharePoint</b>"
            },
            {
                "id": "A3",
                "title": "Train the underwriters",
                "item": "",
                "owner": "",
                "priority": "medium",
                "status": "open",
                "notes": ""
            }
        ])
    );
    assert_eq!(
        body["review_comments"],
        json!([
            {
                "id": "C1",
                "item": "6.1.2",
                "author": "Internal auditor",
                "date": "2026-11-20",
                "text": "Where are the risk criteria approved?",
                "resolved": true
            },
            {"id": "C2", "item": "A.6.2.4", "author": "", "text": "Evidence missing", "resolved": false}
        ])
    );
    // The file lists them last, in this order (read from the text itself: a parsed value
    // does not keep the order of keys).
    let text = encode(&planned_sample(), WRITTEN_AT, Layout::Pretty);
    let position = |key: &str| {
        text.find(&format!("\n    \"{key}\": "))
            .unwrap_or_else(|| panic!("{key} is in the file"))
    };
    let order = [
        "next_risk_number",
        "action_updates",
        "custom_actions",
        "next_action_number",
        "review_comments",
        "next_comment_number",
    ]
    .map(position);
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
}

#[test]
fn broken_actions_and_comments_are_refused_with_the_place_of_the_problem() {
    let cases: Vec<(Breakage, &str, &str)> = vec![
        (
            Box::new(|v| v["assessment"]["custom_actions"][1]["status"] = json!("finished")),
            "assessment.custom_actions[1].status",
            "\"finished\" is not an action status; use open, in_progress or done",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][0]["priority"] = json!("urgent")),
            "assessment.custom_actions[0].priority",
            "\"urgent\" is not a priority; use high, medium or low",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][0]["priority"] = json!(1)),
            "assessment.custom_actions[0].priority",
            "expected a priority (high, medium or low), found the number 1",
        ),
        (
            Box::new(|v| {
                v["assessment"]["action_updates"]["item:6.1.2"]["priority"] = json!("HIGH")
            }),
            "assessment.action_updates[\"item:6.1.2\"].priority",
            "\"HIGH\" is not a priority",
        ),
        (
            Box::new(|v| {
                v["assessment"]["action_updates"]["risk:R3:1"]["status"] = json!("closed")
            }),
            "assessment.action_updates[\"risk:R3:1\"].status",
            "\"closed\" is not an action status",
        ),
        (
            Box::new(|v| v["assessment"]["action_updates"]["risk:R3:1"]["title"] = json!("Do")),
            "assessment.action_updates[\"risk:R3:1\"].title",
            "unknown field \"title\"; the fields here are priority, status, notes, owner and \
             due_date",
        ),
        (
            Box::new(|v| {
                v["assessment"]["action_updates"]["review:REV1:2"]["due_date"] = json!("2027-02-29")
            }),
            "assessment.action_updates[\"review:REV1:2\"].due_date",
            "not a day that exists",
        ),
        (
            Box::new(|v| {
                v["assessment"]["action_updates"]["review:REV1:2"]["owner"] = json!(null)
            }),
            "assessment.action_updates[\"review:REV1:2\"].owner",
            "expected text, found null",
        ),
        (
            Box::new(|v| v["assessment"]["action_updates"] = json!([])),
            "assessment.action_updates",
            "expected an object, found a list",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][1]["id"] = json!("A1")),
            "assessment.custom_actions[1].id",
            "an earlier action has the same ID",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][1]["id"] = json!("R3")),
            "assessment.custom_actions[1].id",
            "the ID must be A followed by a number from 1, such as A4",
        ),
        (
            Box::new(|v| {
                v["assessment"]["custom_actions"][0]
                    .as_object_mut()
                    .expect("object")
                    .remove("id");
            }),
            "assessment.custom_actions[0].id",
            "required field is missing",
        ),
        (
            Box::new(|v| {
                v["assessment"]["custom_actions"][0]
                    .as_object_mut()
                    .expect("object")
                    .remove("title");
            }),
            "assessment.custom_actions[0].title",
            "required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][0]["due_date"] = json!("2027-02-29")),
            "assessment.custom_actions[0].due_date",
            "not a day that exists",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][0]["due_date"] = json!(null)),
            "assessment.custom_actions[0].due_date",
            "expected a date in the form YYYY-MM-DD, found null",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"][0]["colour"] = json!("red")),
            "assessment.custom_actions[0].colour",
            "unknown field \"colour\"; the fields here are id, title, item, owner, due_date, priority, status and notes",
        ),
        (
            Box::new(|v| v["assessment"]["custom_actions"] = json!({})),
            "assessment.custom_actions",
            "expected a list, found an object",
        ),
        (
            Box::new(|v| v["assessment"]["next_action_number"] = json!("4")),
            "assessment.next_action_number",
            "expected a whole number from 0 to 4294967295, found text",
        ),
        (
            Box::new(|v| v["assessment"]["review_comments"][1]["id"] = json!("C1")),
            "assessment.review_comments[1].id",
            "an earlier comment has the same ID",
        ),
        (
            Box::new(|v| v["assessment"]["review_comments"][0]["id"] = json!("C01")),
            "assessment.review_comments[0].id",
            "the ID must be C followed by a number from 1",
        ),
        (
            Box::new(|v| v["assessment"]["review_comments"][0]["date"] = json!("20 Nov 2026")),
            "assessment.review_comments[0].date",
            "not a date in the form YYYY-MM-DD",
        ),
        (
            Box::new(|v| v["assessment"]["review_comments"][0]["resolved"] = json!("yes")),
            "assessment.review_comments[0].resolved",
            "expected true or false, found text",
        ),
        (
            Box::new(|v| {
                v["assessment"]["review_comments"][1]
                    .as_object_mut()
                    .expect("object")
                    .remove("text");
            }),
            "assessment.review_comments[1].text",
            "required field is missing",
        ),
        (
            Box::new(|v| {
                v["assessment"]["review_comments"][1]
                    .as_object_mut()
                    .expect("object")
                    .remove("item");
            }),
            "assessment.review_comments[1].item",
            "required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["review_comments"][0]["author"] = json!(["Ann"])),
            "assessment.review_comments[0].author",
            "expected text, found a list",
        ),
        (
            Box::new(|v| v["assessment"]["next_comment_number"] = json!(-3)),
            "assessment.next_comment_number",
            "expected a whole number from 0 to 4294967295, found the number -3",
        ),
    ];
    for (change, path, message) in cases {
        let mut value = planned_value();
        change(&mut value);
        let error = decode_value(&value).expect_err(path);
        assert!(
            is_invalid_at(&error, path, message),
            "expected {path}: {message}, got {error:?}"
        );
    }
}

#[test]
fn an_unknown_item_drops_the_comment_and_the_link_of_a_custom_action_with_a_warning() {
    let mut value = planned_value();
    value["assessment"]["custom_actions"][0]["item"] = json!("4.9");
    value["assessment"]["review_comments"][0]["item"] = json!("A.99.1");
    let validated = decode_value(&value).expect("still readable");
    let places: Vec<&str> = validated.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        places,
        [
            "assessment.custom_actions[0].item",
            "assessment.review_comments[0].item"
        ]
    );
    assert!(validated.warnings[0].message.contains("no item 4.9"));
    assert!(validated.warnings[1]
        .message
        .contains("comment is left out"));
    let mut expected = planned_sample();
    expected.actions.custom[0].item_id.clear();
    expected.comments.comments.remove(0);
    assert_eq!(validated.assessment, expected);
}

#[test]
fn updates_of_actions_that_do_not_exist_now_are_kept_and_empty_ones_left_out() {
    let mut value = planned_value();
    let updates = &mut value["assessment"]["action_updates"];
    updates["doc:99.9"] = json!({"status": "done", "notes": "kept"});
    updates["risk:R42:7"] = json!({"priority": null, "status": null});
    updates["item:4.1"] = json!({});
    updates["incident:INC5"] = json!({"owner": "", "notes": ""});
    let read = decode_value(&value).expect("readable");
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let updates = &read.assessment.actions.updates;
    assert_eq!(updates.len(), 4);
    assert_eq!(updates.get("doc:99.9").expect("kept").notes, "kept");
    assert!(updates.get("risk:R42:7").is_none());
    assert!(updates.get("item:4.1").is_none());
    assert!(updates.get("incident:INC5").is_none());
}

#[test]
fn next_action_and_comment_numbers_below_the_ids_in_use_are_raised_and_higher_ones_kept() {
    for (stored, actions, comments) in [(0, 4, 3), (2, 4, 3), (9, 9, 9)] {
        let mut value = planned_value();
        value["assessment"]["next_action_number"] = json!(stored);
        value["assessment"]["next_comment_number"] = json!(stored);
        let read = decode_value(&value).expect("readable").assessment;
        assert_eq!(read.actions.next_number, actions, "stored {stored}");
        assert_eq!(read.comments.next_number, comments, "stored {stored}");
    }
    // Absent, they are one more than the highest in use; so is the number of a comment that
    // was left out, so its ID is not handed out again.
    let mut value = planned_value();
    let body = value["assessment"].as_object_mut().expect("object");
    body.remove("next_action_number");
    body.remove("next_comment_number");
    body["review_comments"][1]["item"] = json!("9.9");
    let read = decode_value(&value).expect("readable").assessment;
    assert_eq!(
        (read.actions.next_number, read.comments.next_number),
        (4, 3)
    );
}

#[test]
fn fields_of_actions_and_comments_that_may_be_absent_read_as_their_defaults() {
    use aims_assess::domain::action_plan::{ActionStatus, Priority};
    let mut value = planned_value();
    let body = value["assessment"].as_object_mut().expect("object");
    body["custom_actions"] = json!([{"id": "A7", "title": "Bare", "priority": null}]);
    body["review_comments"] = json!([{"id": "C5", "item": "4.1", "text": "Why?"}]);
    let read = decode_value(&value).expect("readable").assessment;
    let action = &read.actions.custom[0];
    assert_eq!(
        (action.priority, action.status, action.item_id.as_str()),
        (Priority::Medium, ActionStatus::Open, "")
    );
    let comment = &read.comments.comments[0];
    assert_eq!(
        (comment.author.as_str(), comment.date, comment.resolved),
        ("", None, false)
    );
    // The stored numbers (4 and 3) are raised past A7 and C5.
    assert_eq!(
        (read.actions.next_number, read.comments.next_number),
        (8, 6)
    );
}

proptest! {
    #[test]
    fn any_assessment_writes_the_same_bytes_after_a_round_trip(assessment in any_assessment()) {
        for layout in [Layout::Pretty, Layout::Compact] {
            let text = encode(&assessment, WRITTEN_AT, layout);
            let read = decode(&text, catalog()).expect("decodes").assessment;
            prop_assert_eq!(encode(&read, WRITTEN_AT, layout), text);
        }
    }
}

/// A small valid file with one of every word the format has, to be broken one word at a time.
fn file_with_every_word() -> Value {
    let mut value: Value = serde_json::from_str(&encode(
        &Assessment::named("Words"),
        WRITTEN_AT,
        Layout::Compact,
    ))
    .expect("json");
    let body = &mut value["assessment"];
    body["items"] = json!({"4.1": {"answers": {"4.1.q1": "yes"}}});
    body["profile"] = json!({"size": "small", "roles": ["user"]});
    body["soa"]["controls"] = json!({"A.2.2": {"applicable": "yes", "reasons": ["legal"]}});
    body["systems"] = json!([{
        "id": "S1", "name": "Pricing", "roles": ["provider"], "stage": "idea",
        "automation": "human-decides", "data": ["personal"]
    }]);
    body["risks"] =
        json!([{"id": "R1", "title": "Drift", "treatment": "modify", "status": "open"}]);
    body["custom_actions"] =
        json!([{"id": "A1", "title": "Fix", "priority": "high", "status": "open"}]);
    body["action_updates"] = json!({"item:4.1": {"priority": "low", "status": "done"}});
    value
}

#[test]
fn every_word_says_what_it_names_and_which_words_it_accepts() {
    let readable = decode_value(&file_with_every_word()).expect("the unbroken file reads");
    assert!(readable.warnings.is_empty(), "{:?}", readable.warnings);
    for (pointer, path, message) in [
        (
            "/assessment/items/4.1/answers/4.1.q1",
            "assessment.items[\"4.1\"].answers[\"4.1.q1\"]",
            "\"maybe\" is not an answer; use yes, partly or no",
        ),
        (
            "/assessment/profile/size",
            "assessment.profile.size",
            "\"maybe\" is not a size band; use micro, small, medium or large",
        ),
        (
            "/assessment/profile/roles/0",
            "assessment.profile.roles[0]",
            "\"maybe\" is not an AI role; use provider, producer, customer, user or partner",
        ),
        (
            "/assessment/soa/controls/A.2.2/applicable",
            "assessment.soa.controls[\"A.2.2\"].applicable",
            "\"maybe\" is not an answer to whether the control applies; use yes, no or undecided",
        ),
        (
            "/assessment/soa/controls/A.2.2/reasons/0",
            "assessment.soa.controls[\"A.2.2\"].reasons[0]",
            "\"maybe\" is not a reason for including the control; use risk-treatment, legal, \
             contractual or good-practice",
        ),
        (
            "/assessment/systems/0/roles/0",
            "assessment.systems[0].roles[0]",
            "\"maybe\" is not an AI role; use provider, producer, customer, user or partner",
        ),
        (
            "/assessment/systems/0/stage",
            "assessment.systems[0].stage",
            "\"maybe\" is not a life-cycle stage; use idea, design, development, \
             verification-and-validation, deployment, operation-and-monitoring or retirement",
        ),
        (
            "/assessment/systems/0/automation",
            "assessment.systems[0].automation",
            "\"maybe\" is not a degree of automation; use human-decides, human-in-the-loop, \
             human-on-the-loop or fully-automated",
        ),
        (
            "/assessment/systems/0/data/0",
            "assessment.systems[0].data[0]",
            "\"maybe\" is not a kind of sensitive data; use personal, special-categories or \
             children",
        ),
        (
            "/assessment/risks/0/treatment",
            "assessment.risks[0].treatment",
            "\"maybe\" is not a risk treatment; use avoid, modify, share or retain",
        ),
        (
            "/assessment/risks/0/status",
            "assessment.risks[0].status",
            "\"maybe\" is not a risk status; use open, treated, accepted or closed",
        ),
        (
            "/assessment/custom_actions/0/priority",
            "assessment.custom_actions[0].priority",
            "\"maybe\" is not a priority; use high, medium or low",
        ),
        (
            "/assessment/custom_actions/0/status",
            "assessment.custom_actions[0].status",
            "\"maybe\" is not an action status; use open, in_progress or done",
        ),
        (
            "/assessment/action_updates/item:4.1/priority",
            "assessment.action_updates[\"item:4.1\"].priority",
            "\"maybe\" is not a priority; use high, medium or low",
        ),
    ] {
        let mut value = file_with_every_word();
        *value.pointer_mut(pointer).expect(pointer) = json!("maybe");
        assert_eq!(
            decode_value(&value).map(|read| read.assessment),
            Err(ImportError::at(path, message)),
            "{pointer}"
        );
    }
}

#[test]
fn a_long_wrong_word_is_quoted_short_and_with_its_escapes() {
    let mut value = file_with_every_word();
    value["assessment"]["risks"][0]["status"] =
        json!(format!("{}\"{}", "x".repeat(38), "y".repeat(500)));
    let message = match decode_value(&value) {
        Err(ImportError::Invalid { message, .. }) => message,
        other => panic!("expected an invalid value, got {other:?}"),
    };
    assert_eq!(
        message,
        format!(
            "\"{}\\\"y…\" is not a risk status; use open, treated, accepted or closed",
            "x".repeat(38)
        )
    );
}

#[test]
fn wrong_types_missing_fields_and_unknown_fields_are_told_in_plain_words() {
    for (change, path, message) in [
        (
            json!({"/assessment/name": 7}),
            "assessment.name",
            "expected text, found the number 7",
        ),
        (
            json!({"/assessment/systems/0/name": true}),
            "assessment.systems[0].name",
            "expected text, found true",
        ),
        (
            json!({"/assessment/risks/0/title": {"text": "Drift"}}),
            "assessment.risks[0].title",
            "expected text, found an object",
        ),
        (
            json!({"/assessment/next_risk_number": 1.5}),
            "assessment.next_risk_number",
            "expected a whole number from 0 to 4294967295, found the number 1.5",
        ),
        (
            json!({"/assessment/profile/roles": "user"}),
            "assessment.profile.roles",
            "expected a list, found text",
        ),
        (
            json!({"/assessment/soa/controls/A.2.2/applicable": null}),
            "assessment.soa.controls[\"A.2.2\"].applicable",
            "expected an answer to whether the control applies (yes, no or undecided), found null",
        ),
        (
            json!({"/assessment/risk_criteria": null}),
            "assessment.risk_criteria",
            "expected an object, found null",
        ),
        (
            json!({"/exported_at": 20261123}),
            "exported_at",
            "expected text, found the number 20261123",
        ),
    ] {
        let mut value = file_with_every_word();
        for (pointer, replacement) in change.as_object().expect("changes") {
            *value.pointer_mut(pointer).expect(pointer) = replacement.clone();
        }
        assert_eq!(
            decode_value(&value).map(|read| read.assessment),
            Err(ImportError::at(path, message)),
            "{change}"
        );
    }
    let mut value = file_with_every_word();
    value["assessment"]["systems"][0]
        .as_object_mut()
        .expect("object")
        .remove("name");
    assert_eq!(
        decode_value(&value).map(|read| read.assessment),
        Err(ImportError::at(
            "assessment.systems[0].name",
            "this required field is missing"
        ))
    );
    value = file_with_every_word();
    value["assessment"]["items"]["4.1"]["colour"] = json!("red");
    assert_eq!(
        decode_value(&value).map(|read| read.assessment),
        Err(ImportError::at(
            "assessment.items[\"4.1\"].colour",
            "unknown field \"colour\"; the fields here are answers, question_notes, notes, \
             evidence, owner and \
             due_date"
        ))
    );
}

#[test]
fn both_layouts_are_serde_json_s_own_compact_and_pretty_output() {
    let assessment = planned_sample();
    for (layout, expected) in [
        (
            Layout::Compact,
            serde_json::to_string as fn(&FileDocument) -> serde_json::Result<String>,
        ),
        (Layout::Pretty, serde_json::to_string_pretty),
    ] {
        let text = encode(&assessment, WRITTEN_AT, layout);
        let typed: FileDocument = serde_json::from_str(&text).expect("the format's types read it");
        assert_eq!(expected(&typed).expect("writes"), text, "{layout:?}");
    }
    assert!(encode(&assessment, WRITTEN_AT, Layout::Pretty).contains("\n  \"format\": "));
    assert!(!encode(&assessment, WRITTEN_AT, Layout::Compact).contains('\n'));
}

/// The assessment frozen in `tests/data/format-v6.json`, as version 7 reads it: the version 5
/// sample with an action plan, reviewer comments and a fuller impact assessment of the pricing
/// model, which the version 6 encoder wrote. That file answers the screening question
/// "safety.1" with "no" (so the safety section is marked as not applicable, with a reason
/// saying where it came from), "children.1" with "not sure" and "privacy.1" with "yes" (both
/// sections stay to be answered).
fn frozen_version_6_sample() -> Assessment {
    use aims_assess::domain::action_plan::{ActionStatus, ActionUpdate, CustomAction, Priority};
    use aims_assess::domain::review::ReviewComment;
    use aims_assess::io::migrate::SCREENED_OUT_REASON;
    let mut a = frozen_version_5_sample();
    for (question, option) in [
        ("fairness.2", "serious"),
        ("privacy.2", "severe"),
        ("children.2", "minor"),
        ("oversight.1", "in_place"),
        ("bias_testing.1", "partly"),
    ] {
        a.inventory
            .set_impact_answer("S1", question, Some(option))
            .expect("valid");
    }
    a.inventory
        .edit("S1", |s| {
            s.impact
                .not_applicable
                .insert("safety".into(), SCREENED_OUT_REASON.into());
        })
        .expect("there");
    a.actions.updates.insert(
        "risk:R1:1".into(),
        ActionUpdate {
            priority: Some(Priority::Low),
            status: ActionStatus::InProgress,
            notes: "Waiting for the 2026 data".into(),
            ..ActionUpdate::default()
        },
    );
    a.actions.custom = vec![CustomAction {
        id: "A1".into(),
        title: "Brief the board".into(),
        item_id: "5.1".into(),
        ..CustomAction::default()
    }];
    a.actions.next_number = 2;
    a.comments.comments = vec![ReviewComment {
        id: "C1".into(),
        item_id: "6.1.4".into(),
        author: "Consultant".into(),
        text: "Impact method needs sign-off".into(),
        ..ReviewComment::default()
    }];
    a.comments.next_number = 2;
    a
}

#[test]
fn a_frozen_version_6_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v6.json");
    let validated = decode(text, catalog()).expect("version 6 files keep reading");
    assert_eq!(
        validated.assessment,
        read_from_catalog_2026_11(frozen_version_6_sample(), &[])
    );
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    let pricing = validated.assessment.inventory.get("S1").expect("there");
    assert!(!pricing.impact.answers.contains_key("safety.1"));
    assert!(pricing.impact.not_applicable.contains_key("safety"));
    assert!(
        !pricing.impact.not_applicable.contains_key("children"),
        "not sure keeps it asked"
    );
}

#[test]
fn a_version_6_file_becomes_the_current_version_with_only_its_screening_answers_moved() {
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v6.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_6_sample(),
        "2026-12-06T23:59:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    // Versions 8 to 10 added notes on answers, the catalog update, the registers, the
    // certification plan, template texts, the EU AI Act record and the ISO/IEC 27001 flag,
    // each written only when there is something in it.
    assert_eq!(rewritten["schema_version"], 10);
    rewritten["schema_version"] = json!(6);
    rewritten["app_version"] = frozen["app_version"].clone();
    let body = rewritten["assessment"].as_object_mut().expect("an object");
    let pricing = body["systems"][0]["impact"]
        .as_object_mut()
        .expect("an object");
    assert_eq!(
        pricing.insert("not_applicable".into(), json!({})),
        Some(json!({ "safety": aims_assess::io::migrate::SCREENED_OUT_REASON })),
        "the screening answer no became a section marked as not applicable"
    );
    remove_version_7_system_fields(body);
    remove_derived_a_7_4(&mut rewritten);
    as_answered_against_catalog_2026_11(&mut rewritten);
    assert_eq!(rewritten, without_screening_answers(frozen));
}

/// Takes out the SoA entry that states the reason risk R1's treatment gives A.7.4, marked as
/// derived from the register, which files written since version 7 carry.
fn remove_derived_a_7_4(rewritten: &mut Value) {
    let controls = rewritten["assessment"]["soa"]["controls"]
        .as_object_mut()
        .expect("an object");
    assert_eq!(
        controls.remove("A.7.4"),
        Some(json!({
            "applicable": "undecided",
            "reasons": ["risk-treatment"],
            "justification": "",
            "risk_treatment_derived": true
        }))
    );
}

#[test]
fn a_library_link_is_written_only_when_there_is_one_and_an_unknown_one_is_left_out() {
    // A risk written by hand has neither field in the file.
    let value = risky_value();
    let risk = &value["assessment"]["risks"][0];
    assert!(risk.get("library").is_none() && risk.get("rating_proposed").is_none());

    // A library risk keeps its link and its proposed rating through the file.
    let mut a = sample();
    let entry = aims_assess::domain::impact_catalog::library_risk("RL-24").expect("known");
    let risk = aims_assess::domain::risk::Risk::from_library(entry, &a.risks.criteria);
    a.risks.add(risk).unwrap();
    let text = encode(&a, WRITTEN_AT, Layout::Pretty);
    let value: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(value["assessment"]["risks"][0]["library"], json!("RL-24"));
    assert_eq!(
        value["assessment"]["risks"][0]["rating_proposed"],
        json!(true)
    );
    let validated = decode(&text, catalog()).expect("reads");
    assert_eq!(validated.assessment, a);

    // An ID this library does not have is dropped with a warning; the risk stays.
    let mut value = value;
    value["assessment"]["risks"][0]["library"] = json!("RL-99");
    let validated = decode_value(&value).expect("still readable");
    assert_eq!(validated.assessment.risks.risks[0].library_id, "");
    let warnings: Vec<(&str, &str)> = validated
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), w.message.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [(
            "assessment.risks[0].library",
            "the risk library has no risk RL-99; the link to it is left out"
        )]
    );
}

/// The assessment frozen in `tests/data/format-v7.json`, as this version reads it. The version
/// 7 encoder wrote the version 6 sample with more answers, given against catalog 2026.11:
/// 4.2.q3 (whose meaning has changed since), 4.3.q5 (reworded since), 5.2.q1 "partly" and
/// A.2.2.q1 "yes" (merged since, with different answers), 5.2.q2 and A.2.2.q2 both "yes"
/// (merged, same answer) and A.5.2.q1 "no" (merged into 6.1.4.q1, which had no answer).
fn frozen_version_7_sample() -> Assessment {
    let c = catalog();
    let mut a = frozen_version_6_sample();
    for (item, question, answer) in [
        ("4.2", "4.2.q1", Answer::Yes),
        ("4.2", "4.2.q3", Answer::No),
        ("4.3", "4.3.q5", Answer::Yes),
        // The clause question's own answer is kept where the two differed.
        ("5.2", "5.2.q1", Answer::Partly),
        ("5.2", "5.2.q2", Answer::Yes),
        // A merged answer moves to the question it is now answered under.
        ("6.1.4", "6.1.4.q1", Answer::No),
    ] {
        a.set_answer(c, item, question, Some(answer))
            .expect("valid");
    }
    a.catalog_update = Some(CatalogUpdate {
        from_version: "2026.11".into(),
        to_check: [
            ("4.2.q3".to_owned(), CheckReason::MeaningChanged),
            (
                "5.2.q1".to_owned(),
                CheckReason::AnswersDiffered {
                    other_question: "A.2.2.q1".into(),
                    other_answer: Answer::Yes,
                },
            ),
        ]
        .into_iter()
        .collect(),
        list_closed: false,
    });
    a
}

#[test]
fn a_frozen_version_7_file_reads_with_its_answers_brought_up_to_date() {
    let text = include_str!("../data/format-v7.json");
    let frozen: Value = serde_json::from_str(text).expect("json");
    assert_eq!(
        (&frozen["schema_version"], &frozen["catalog_version"]),
        (&json!(7), &json!("2026.11"))
    );
    let validated = decode(text, catalog()).expect("version 7 files keep reading");
    assert_eq!(validated.assessment, frozen_version_7_sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    let read = &validated.assessment;
    // Kept, and flagged only where the meaning changed or merged answers differed.
    assert_eq!(read.answer("4.3", "4.3.q5"), Some(Answer::Yes));
    assert_eq!(read.answer("4.2", "4.2.q3"), Some(Answer::No));
    // Merged answers are kept once, under the clause question, and show in both items.
    assert_eq!(read.item("A.2.2"), None);
    assert_eq!(read.item("A.5.2"), None);
    assert_eq!(read.answer("A.2.2", "A.2.2.q1"), Some(Answer::Partly));
    assert_eq!(read.answer("A.2.2", "A.2.2.q2"), Some(Answer::Yes));
    assert_eq!(read.answer("A.5.2", "A.5.2.q1"), Some(Answer::No));
    // Written again, the file is the current version and carries what is left to check.
    let rewritten: Value =
        serde_json::from_str(&encode(read, WRITTEN_AT, Layout::Pretty)).expect("json");
    assert_eq!(rewritten["schema_version"], 10);
    assert_eq!(rewritten["catalog_version"], CATALOG_VERSION);
    assert_eq!(
        rewritten["assessment"]["catalog_update"],
        json!({
            "from_version": "2026.11",
            "to_check": {
                "4.2.q3": { "reason": "meaning_changed" },
                "5.2.q1": {
                    "reason": "answers_differed",
                    "other_question": "A.2.2.q1",
                    "other_answer": "yes"
                }
            }
        })
    );
    let again = decode(&rewritten.to_string(), catalog()).expect("decodes");
    assert_eq!(
        again.assessment,
        frozen_version_7_sample(),
        "nothing is updated twice"
    );
}

/// The assessment frozen in `tests/data/format-v8.json`: the version 7 sample as version 8
/// read it (answers brought up to date, the catalog update still to look at), with notes on
/// two answers, which version 8 added.
fn frozen_version_8_sample() -> Assessment {
    let c = catalog();
    let mut a = frozen_version_7_sample();
    a.set_question_note(
        c,
        "6.1.2",
        "6.1.2.q1",
        "Criteria drafted; the board approves them in March.".into(),
    )
    .expect("valid");
    a.set_question_note(c, "4.1", "4.1.q2", "No record of the last review.".into())
        .expect("valid");
    a
}

#[test]
fn a_frozen_version_8_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v8.json");
    let frozen: Value = serde_json::from_str(text).expect("json");
    assert_eq!(frozen["schema_version"], 8);
    let validated = decode(text, catalog()).expect("version 8 files keep reading");
    assert_eq!(validated.assessment, frozen_version_8_sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
}

#[test]
fn a_version_8_file_becomes_version_9_with_nothing_else_changed() {
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v8.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_8_sample(),
        "2027-01-15T09:00:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    // Versions 9 and 10 added the registers, the certification plan, template texts, the EU
    // AI Act record and the ISO/IEC 27001 flag, all written only when there is something in
    // them.
    assert_eq!(rewritten["schema_version"], 10);
    rewritten["schema_version"] = json!(8);
    rewritten["app_version"] = frozen["app_version"].clone();
    assert_eq!(rewritten, frozen);
}

/// An assessment with an entry in every register, measurements, a certification plan and a
/// template text.
fn with_records() -> Assessment {
    use aims_assess::domain::records::{Decimal, Measurement, RegisterKind};
    let c = catalog();
    let mut a = sample();
    let doc = a
        .records
        .add(RegisterKind::Documents, "AI policy".into())
        .unwrap();
    let r = &mut a.records;
    r.set_value(
        RegisterKind::Documents,
        &doc,
        "next_review",
        "2027-06-30".into(),
    )
    .unwrap();
    r.set_value(
        RegisterKind::Documents,
        &doc,
        "owner",
        "Head of Data".into(),
    )
    .unwrap();
    r.set_list(
        c,
        RegisterKind::Documents,
        &doc,
        "items",
        vec!["5.2".into(), "A.2.2".into()],
    )
    .unwrap();
    let objective = r
        .add(
            RegisterKind::Objectives,
            "Impact assessments current".into(),
        )
        .unwrap();
    r.set_value(RegisterKind::Objectives, &objective, "target", "95".into())
        .unwrap();
    r.set_value(
        RegisterKind::Objectives,
        &objective,
        "frequency",
        "quarterly".into(),
    )
    .unwrap();
    for (date, value, comment) in [("2026-09-30", "80", ""), ("2026-12-31", "92.5", "Two late")] {
        r.add_measurement(
            &objective,
            Measurement {
                date: date.parse().unwrap(),
                value: Decimal::parse(value).unwrap(),
                comment: comment.into(),
            },
        )
        .unwrap();
    }
    for kind in RegisterKind::ALL {
        if r.get(kind).records.is_empty() {
            r.add(kind, format!("First {}", kind.spec().singular))
                .unwrap();
        }
    }
    r.set_list(
        c,
        RegisterKind::Reviews,
        "REV1",
        "inputs",
        vec!["audit-results".into(), "improvement".into()],
    )
    .unwrap();
    a.certification.stage1_target = Some("2027-03-01".parse().unwrap());
    a.template_texts
        .insert("ai-policy".into(), "Our AI policy\n=first line".into());
    a
}

#[test]
fn registers_certification_and_templates_read_back_and_are_written_in_the_fields_order() {
    let a = with_records();
    let text = encode(&a, WRITTEN_AT, Layout::Pretty);
    let validated = decode(&text, catalog()).expect("decodes");
    assert_eq!(validated.assessment, a);
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
    let value: Value = serde_json::from_str(&text).expect("json");
    let body = &value["assessment"];
    assert_eq!(
        body["records"]["documents"][0],
        json!({
            "id": "DOC1",
            "title": "AI policy",
            "items": ["5.2", "A.2.2"],
            "owner": "Head of Data",
            "next_review": "2027-06-30"
        })
    );
    let keys: Vec<&String> = body["records"]["documents"][0]
        .as_object()
        .expect("an object")
        .keys()
        .collect();
    assert_eq!(keys.len(), 5);
    assert_eq!(
        body["records"]["objectives"][0]["measurements"],
        json!([
            { "date": "2026-09-30", "value": "80" },
            { "date": "2026-12-31", "value": "92.5", "comment": "Two late" }
        ])
    );
    assert_eq!(body["records"]["next_numbers"]["suppliers"], json!(2));
    assert_eq!(
        body["certification"],
        json!({ "stage1_target": "2027-03-01" })
    );
    assert_eq!(
        body["template_texts"],
        json!({ "ai-policy": "Our AI policy\n=first line" })
    );
    // Without any of them, a file has none of the keys.
    let small: Value =
        serde_json::from_str(&encode(&sample(), WRITTEN_AT, Layout::Pretty)).expect("json");
    for key in ["records", "certification", "template_texts"] {
        assert!(small["assessment"].get(key).is_none(), "{key}");
    }
}

/// The error of a file with records broken by `change`, as "path: message".
fn records_error(change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value =
        serde_json::from_str(&encode(&with_records(), WRITTEN_AT, Layout::Compact)).expect("json");
    change(&mut value);
    match decode_value(&value) {
        Err(ImportError::Invalid { path, message }) => format!("{path}: {message}"),
        other => panic!("expected an error, got {other:?}"),
    }
}

/// A change that breaks a valid file in one place.
type Change = Box<dyn FnOnce(&mut Value)>;

#[test]
fn register_entries_that_do_not_fit_their_register_are_refused_by_path() {
    let cases: Vec<(Change, &str)> = vec![
        (
            Box::new(|v| {
                v["assessment"]["records"]["documents"][0]["next_review"] = json!("2026-13-01")
            }),
            "assessment.records.documents[0].next_review: \"2026-13-01\" is not a day that \
             exists in the calendar",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["documents"][0]["colour"] = json!("red")),
            "assessment.records.documents[0].colour: unknown field \"colour\"; the fields here \
             are id, title, items, owner, version, approved_by, approved_on, next_review, \
             location, sha256, fingerprint_of and notes",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["objectives"][0]["frequency"] = json!("weekly")
            }),
            "assessment.records.objectives[0].frequency: \"weekly\" is not one of \"monthly\", \
             \"quarterly\", \"half-yearly\", \"yearly\"",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["objectives"][0]["target"] = json!("lots")),
            "assessment.records.objectives[0].target: \"lots\" is not a number such as 95, 2.5 \
             or -10 (at most three decimal places)",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["objectives"][0]["target"] = json!(95)),
            "assessment.records.objectives[0].target: expected text or a list of texts, found \
             the number 95",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["documents"][0]["owner"] = json!(["Ann"])),
            "assessment.records.documents[0].owner: expected one text, not a list",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["documents"][0]["items"] = json!("5.2")),
            "assessment.records.documents[0].items: expected a list of texts",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["documents"][0]["items"] = json!(null)),
            "assessment.records.documents[0].items: expected text or a list of texts, found null",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["reviews"][0]["inputs"] = json!(["coffee"])),
            "assessment.records.reviews[0].inputs: \"coffee\" is not one of \
             \"previous-actions\", \"external-internal-issues\", \"interested-parties\", \
             \"nonconformities\", \"monitoring-results\", \"audit-results\", \"improvement\"",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["incidents"][0]["systems"] = json!(["pricing"])
            }),
            "assessment.records.incidents[0].systems: \"pricing\" is not an AI system ID such \
             as S1",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["documents"][0]["sha256"] = json!("abc")),
            "assessment.records.documents[0].sha256: a SHA-256 fingerprint is 64 digits and \
             letters a to f",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["audits"][0]["id"] = json!("AUDIT1")),
            "assessment.records.audits[0].id: the ID must be AUD followed by a number from 1, \
             such as AUD4",
        ),
        (
            Box::new(|v| {
                let copy = v["assessment"]["records"]["audits"][0].clone();
                v["assessment"]["records"]["audits"]
                    .as_array_mut()
                    .unwrap()
                    .push(copy);
            }),
            "assessment.records.audits[1].id: an earlier audit has the same ID",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["audits"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("id");
            }),
            "assessment.records.audits[0].id: this required field is missing",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["audits"][0]["measurements"] = json!([])),
            "assessment.records.audits[0].measurements: only objectives keep measurements, not \
             entries of Internal audits",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["objectives"][0]["measurements"][1]["date"] =
                    json!("2026-02-30")
            }),
            "assessment.records.objectives[0].measurements[1].date: \"2026-02-30\" is not a day \
             that exists in the calendar",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["objectives"][0]["measurements"][0]["value"] =
                    json!("1.2345")
            }),
            "assessment.records.objectives[0].measurements[0].value: \"1.2345\" is not a number \
             such as 95, 2.5 or -10 (at most three decimal places)",
        ),
        (
            Box::new(|v| {
                v["assessment"]["records"]["objectives"][0]["measurements"][0]["unit"] = json!("%")
            }),
            "assessment.records.objectives[0].measurements[0].unit: unknown field \"unit\"; the \
             fields here are date, value and comment",
        ),
        (
            Box::new(|v| v["assessment"]["records"]["minutes"] = json!([])),
            "assessment.records.minutes: unknown field \"minutes\"; the fields here are \
             documents, \
             objectives, competence, audits, reviews, incidents, suppliers and next_numbers",
        ),
        (
            Box::new(|v| v["assessment"]["certification"]["stage2_target"] = json!(null)),
            "assessment.certification.stage2_target: expected a date in the form YYYY-MM-DD, \
             found null",
        ),
        (
            Box::new(|v| v["assessment"]["certification"]["stage1_target"] = json!("2027-02-29")),
            "assessment.certification.stage1_target: \"2027-02-29\" is not a day that exists \
             in the calendar",
        ),
        (
            Box::new(|v| v["assessment"]["template_texts"]["ai-policy"] = json!(7)),
            "assessment.template_texts[\"ai-policy\"]: expected text, found the number 7",
        ),
    ];
    for (change, expected) in cases {
        assert_eq!(records_error(change), expected);
    }
}

#[test]
fn register_counters_are_raised_past_the_ids_in_use_and_unknown_items_are_left_out() {
    use aims_assess::domain::records::RegisterKind;
    let mut value: Value =
        serde_json::from_str(&encode(&with_records(), WRITTEN_AT, Layout::Compact)).expect("json");
    let records = &mut value["assessment"]["records"];
    records["documents"][0]["id"] = json!("DOC7");
    records["documents"][0]["items"] = json!(["5.2", "9.9.9", "A.2.2"]);
    records["next_numbers"] = json!({ "audits": 5 });
    let validated = decode_value(&value).expect("readable");
    let read = &validated.assessment.records;
    assert_eq!(read.get(RegisterKind::Documents).next_number, 8);
    assert_eq!(
        read.get(RegisterKind::Audits).next_number,
        5,
        "kept when higher"
    );
    assert_eq!(read.get(RegisterKind::Suppliers).next_number, 2);
    assert_eq!(
        read.get(RegisterKind::Documents).records[0].list("items"),
        ["5.2", "A.2.2"]
    );
    let warnings: Vec<String> = validated.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "assessment.records.documents[0].items[1]: this catalog has no item \"9.9.9\"; it is \
          left out of the list"
        ]
    );
}

#[test]
fn measurements_out_of_order_in_a_file_are_kept_oldest_first() {
    use aims_assess::domain::records::RegisterKind;
    let mut value: Value =
        serde_json::from_str(&encode(&with_records(), WRITTEN_AT, Layout::Compact)).expect("json");
    let measurements = &mut value["assessment"]["records"]["objectives"][0]["measurements"];
    measurements.as_array_mut().expect("a list").reverse();
    let validated = decode_value(&value).expect("readable");
    assert_eq!(validated.assessment, with_records());
    let objective = &validated
        .assessment
        .records
        .get(RegisterKind::Objectives)
        .records[0];
    assert_eq!(objective.measurements[0].date.to_string(), "2026-09-30");
}

/// The assessment frozen in `tests/data/format-v9.json`: the registers' sample with an
/// organisation profile and an AI system, which version 10 extended.
fn frozen_version_9_sample() -> Assessment {
    let mut a = with_records();
    a.profile.organisation = "Acme Recruiting Ltd".into();
    let id = a.inventory.add("CV screener".into()).expect("room");
    a.inventory
        .edit(&id, |system| {
            system.purpose = "Ranks job applications".into()
        })
        .expect("known");
    a
}

#[test]
fn a_frozen_version_9_file_still_reads_as_the_same_assessment() {
    let text = include_str!("../data/format-v9.json");
    let frozen: Value = serde_json::from_str(text).expect("json");
    assert_eq!(frozen["schema_version"], 9);
    let validated = decode(text, catalog()).expect("version 9 files keep reading");
    assert_eq!(validated.assessment, frozen_version_9_sample());
    assert!(validated.warnings.is_empty(), "{:?}", validated.warnings);
}

#[test]
fn a_version_9_file_becomes_version_10_with_nothing_else_changed() {
    let frozen: Value = serde_json::from_str(include_str!("../data/format-v9.json")).expect("json");
    let mut rewritten: Value = serde_json::from_str(&encode(
        &frozen_version_9_sample(),
        "2026-11-23T10:00:00.000Z",
        Layout::Pretty,
    ))
    .expect("json");
    // Version 10 added the EU AI Act record of a system and the ISO/IEC 27001 flag of the
    // profile, both written only when there is something in them.
    assert_eq!(rewritten["schema_version"], 10);
    rewritten["schema_version"] = json!(9);
    rewritten["app_version"] = frozen["app_version"].clone();
    assert_eq!(rewritten, frozen);
}

/// The version 9 sample with what version 10 added: the ISO/IEC 27001 flag and an EU AI Act
/// record with answers, an obligation's progress and a review.
fn with_eu_ai_act() -> Assessment {
    use aims_assess::domain::eu_ai_act_record::{ObligationProgress, ObligationStatus};
    let mut a = frozen_version_9_sample();
    a.profile.holds_iso27001 = true;
    a.inventory
        .edit("S1", |system| {
            let record = &mut system.eu_ai_act;
            record.answers.insert("role.provider".into(), "yes".into());
            record
                .answers
                .insert("annex_iii.area".into(), "employment".into());
            record.obligations.insert(
                "risk_management".into(),
                ObligationProgress {
                    status: ObligationStatus::InProgress,
                    note: "Draft <b>process</b> \"v1\"".into(),
                },
            );
            record.reviewed_by = "Head of Legal".into();
            record.reviewed_on = Some("2026-12-01".parse().expect("date"));
        })
        .expect("known");
    a
}

#[test]
fn the_eu_ai_act_record_and_the_iso27001_flag_read_back_as_written() {
    let a = with_eu_ai_act();
    let text = encode(&a, WRITTEN_AT, Layout::Pretty);
    let body: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(body["assessment"]["profile"]["holds_iso27001"], json!(true));
    assert_eq!(
        body["assessment"]["systems"][0]["eu_ai_act"],
        json!({
            "answers": { "annex_iii.area": "employment", "role.provider": "yes" },
            "obligations": {
                "risk_management": {
                    "status": "in_progress",
                    "note": "Draft <b>process</b> \"v1\""
                }
            },
            "reviewed_by": "Head of Legal",
            "reviewed_on": "2026-12-01"
        })
    );
    let validated = decode(&text, catalog()).expect("decodes");
    assert_eq!(validated.assessment, a);
}

#[test]
fn a_broken_eu_ai_act_record_is_refused_with_its_path() {
    let mut body: Value =
        serde_json::from_str(&encode(&with_eu_ai_act(), WRITTEN_AT, Layout::Compact))
            .expect("json");
    body["assessment"]["systems"][0]["eu_ai_act"]["obligations"]["risk_management"]["status"] =
        json!("done");
    let error = decode(&body.to_string(), catalog()).expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("assessment.systems[0].eu_ai_act.obligations.risk_management.status")
            && message.contains("\"done\""),
        "{message}"
    );
    body["assessment"]["systems"][0]["eu_ai_act"]["obligations"]["risk_management"]["status"] =
        json!("met");
    body["assessment"]["systems"][0]["eu_ai_act"]["reviewed_on"] = json!("2026-02-30");
    let message = decode(&body.to_string(), catalog())
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("assessment.systems[0].eu_ai_act.reviewed_on"),
        "{message}"
    );
}

/// Guards the check of a system's EU AI Act record against the decision path
/// (`domain::eu_ai_act`): an answer the question does not have and progress on an unknown
/// obligation are refused with their path; an answer to an unknown question is left out with a
/// warning that names it.
#[test]
fn eu_ai_act_answers_and_obligations_must_be_known() {
    let written: Value =
        serde_json::from_str(&encode(&with_eu_ai_act(), WRITTEN_AT, Layout::Compact))
            .expect("json");
    let mut body = written.clone();
    body["assessment"]["systems"][0]["eu_ai_act"]["answers"]["role.provider"] = json!("maybe");
    let message = decode(&body.to_string(), catalog())
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("assessment.systems[0].eu_ai_act.answers[\"role.provider\"]")
            && message.contains("maybe is not an answer to this question; use yes, no"),
        "{message}"
    );

    let mut body = written.clone();
    body["assessment"]["systems"][0]["eu_ai_act"]["obligations"]["paperwork"] =
        json!({ "status": "met", "note": "" });
    let message = decode(&body.to_string(), catalog())
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("assessment.systems[0].eu_ai_act.obligations.paperwork")
            && message.contains("no obligation paperwork"),
        "{message}"
    );

    let mut body = written;
    body["assessment"]["systems"][0]["eu_ai_act"]["answers"]["role.xyz"] = json!("yes");
    let validated = decode(&body.to_string(), catalog()).expect("decodes with a warning");
    let system = validated.assessment.inventory.get("S1").expect("S1");
    assert!(!system.eu_ai_act.answers.contains_key("role.xyz"));
    assert_eq!(
        system
            .eu_ai_act
            .answers
            .get("role.provider")
            .map(String::as_str),
        Some("yes")
    );
    assert!(
        validated.warnings.iter().any(|warning| warning.path
            == "assessment.systems[0].eu_ai_act.answers[\"role.xyz\"]"
            && warning.message.contains("no question role.xyz")),
        "{:?}",
        validated.warnings
    );
}
