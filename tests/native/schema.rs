//! The JSON Schema in `public/` is generated from the format types, never written by hand, and
//! real exports validate against it.

use aims_assess::domain::action_plan::{ActionStatus, ActionUpdate, CustomAction, Priority};
use aims_assess::domain::anonymise::anonymise;
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::profile::SizeBand;
use aims_assess::domain::review::ReviewComment;
use aims_assess::domain::risk::{Acceptance, Risk, RiskStatus, Treatment, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::role::AiRole;
use aims_assess::domain::soa::{Applicability, InclusionReason};
use aims_assess::io::json::{encode_file, Layout};
use aims_assess::io::schema::file_schema_json;
use proptest::prelude::*;
use serde_json::{json, Value};

const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/aims-assess.schema.json"
);

#[test]
fn the_served_schema_is_the_generated_one() {
    let generated = file_schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("the schema file is writable");
    }
    let served = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        served == generated,
        "public/aims-assess.schema.json is out of date; regenerate it with \
         `UPDATE_SCHEMA=1 cargo test --test native schema`"
    );
}

fn rich() -> Assessment {
    let mut a = Assessment::named("Schema check");
    a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    a.set_answer(catalog(), "A.6.2.4", "A.6.2.4.q1", Some(Answer::No))
        .expect("valid");
    a.set_text(catalog(), "4.1", TextField::Notes, "<b>notes</b>".into())
        .expect("valid");
    a.set_due_date(catalog(), "4.1", Some("2027-01-01".parse().expect("date")))
        .expect("valid");
    a.profile.organisation = "Example".into();
    a.profile.size = Some(SizeBand::Large);
    a.profile.set_role(AiRole::Customer, true);
    a.soa.version = "1.0".into();
    a.soa
        .edit(catalog(), "A.10.4", |d| {
            d.applicability = Applicability::NotApplicable;
            d.justification = "No customers".into();
        })
        .expect("valid");
    a.soa
        .edit(catalog(), "A.2.2", |d| {
            d.reasons.insert(InclusionReason::ContractualObligation);
        })
        .expect("valid");
    a.risks
        .add(Risk {
            title: "Biased <b>premiums</b>".into(),
            system_id: "S1".into(),
            source: "C.3.4".into(),
            objective: "C.2.5".into(),
            inherent: Some(Rating::new(4, 5)),
            treatment: Some(Treatment::Share),
            controls: vec!["A.6.2.4".into()],
            actions: vec![TreatmentAction {
                description: "Insurance cover".into(),
                due_date: Some("2027-01-01".parse().expect("date")),
                ..TreatmentAction::default()
            }],
            residual: Some(Rating::new(2, 5)),
            acceptance: Acceptance {
                accepted_by: "Board".into(),
                date: Some("2026-12-01".parse().expect("date")),
                rationale: String::new(),
            },
            status: RiskStatus::Accepted,
            ..Risk::default()
        })
        .unwrap();
    a.risks.add(Risk::default()).unwrap();
    a.actions.updates.insert(
        "item:4.1".into(),
        ActionUpdate {
            priority: Some(Priority::High),
            ..ActionUpdate::default()
        },
    );
    // An action from a register keeps its owner and due date in its update.
    a.actions.updates.insert(
        "review:REV1:1".into(),
        ActionUpdate {
            owner: "Head of HR".into(),
            due_date: Some("2027-03-01".parse().expect("date")),
            ..ActionUpdate::default()
        },
    );
    a.actions.custom.push(CustomAction {
        id: "A1".into(),
        title: "Write the <i>policy</i>".into(),
        item_id: "5.2".into(),
        due_date: Some("2027-02-01".parse().expect("date")),
        status: ActionStatus::Done,
        ..CustomAction::default()
    });
    a.actions.next_number = 2;
    a.comments.comments.push(ReviewComment {
        id: "C1".into(),
        item_id: "A.6.2.4".into(),
        author: "Auditor".into(),
        date: Some("2026-12-01".parse().expect("date")),
        text: "Evidence?".into(),
        resolved: false,
    });
    a.comments.next_number = 2;
    a
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&file_schema_json()).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn real_exports_validate_against_the_schema() {
    let validator = validator();
    let documentation = include_str!("../../docs/FORMAT.md");
    let example = documentation
        .split("## Example")
        .nth(1)
        .and_then(|section| section.split("```json").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("docs/FORMAT.md has an example");
    let files = [
        encode_file(&rich(), "2026-11-23T10:00:00.000Z", Layout::Pretty, false),
        encode_file(
            &anonymise(&rich()),
            "2026-11-23T10:00:00.000Z",
            Layout::Compact,
            true,
        ),
        encode_file(
            &Assessment::named("Empty"),
            "2026-11-23T10:00:00.000Z",
            Layout::Compact,
            false,
        ),
        example.to_owned(),
    ];
    for text in files {
        let value: Value = serde_json::from_str(&text).expect("json");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}\n{text}");
    }
}

#[test]
fn files_the_app_refuses_for_their_types_are_refused_by_the_schema_too() {
    let validator = validator();
    let good: Value = serde_json::from_str(&encode_file(
        &rich(),
        "2026-11-23T10:00:00.000Z",
        Layout::Compact,
        false,
    ))
    .expect("json");
    let changes: [fn(&mut Value); 29] = [
        |v| v["assessment"]["items"]["4.1"]["answers"]["4.1.q1"] = json!("maybe"),
        |v| v["assessment"]["items"]["4.1"]["notes"] = json!(42),
        |v| v["surprise"] = json!(true),
        |v| v["assessment"]["soa"]["controls"]["A.10.4"]["applicable"] = json!("perhaps"),
        |v| v["assessment"]["soa"]["controls"]["A.10.4"]["colour"] = json!("red"),
        |v| v["assessment"]["profile"]["roles"] = json!(["user", "deployer"]),
        |v| v["assessment"]["items"]["4.1"]["due_date"] = json!(null),
        |v| v["anonymised"] = json!("yes"),
        |v| v["format"] = json!("something-else"),
        |v| v["schema_version"] = json!(99),
        |v| v["assessment"]["risks"][0]["status"] = json!("done"),
        |v| v["assessment"]["risks"][0]["treatment"] = json!("transfer"),
        |v| v["assessment"]["risks"][0]["inherent"]["likelihood"] = json!(0),
        |v| v["assessment"]["risks"][0]["colour"] = json!("red"),
        |v| v["assessment"]["risks"][0]["id"] = json!("risk-1"),
        |v| v["assessment"]["risks"][0]["source"] = json!("C.4.1"),
        |v| v["assessment"]["risks"][0]["actions"][0]["due_date"] = json!(null),
        |v| v["assessment"]["risk_criteria"]["table"][0][0] = json!("high"),
        |v| v["assessment"]["risk_criteria"] = json!(null),
        |v| v["assessment"]["action_updates"]["item:4.1"]["priority"] = json!("urgent"),
        |v| v["assessment"]["action_updates"]["item:4.1"]["title"] = json!("Do it"),
        |v| v["assessment"]["action_updates"]["review:REV1:1"]["owner"] = json!(null),
        |v| v["assessment"]["action_updates"]["review:REV1:1"]["due_date"] = json!("1 March"),
        |v| v["assessment"]["custom_actions"][0]["status"] = json!("finished"),
        |v| v["assessment"]["custom_actions"][0]["id"] = json!("action-1"),
        |v| v["assessment"]["custom_actions"][0]["due_date"] = json!(null),
        |v| v["assessment"]["review_comments"][0]["resolved"] = json!("yes"),
        |v| v["assessment"]["review_comments"][0]["id"] = json!("C0"),
        |v| v["assessment"]["next_comment_number"] = json!(-1),
    ];
    for change in changes {
        let mut value = good.clone();
        change(&mut value);
        assert!(!validator.is_valid(&value), "{value}");
        assert!(
            aims_assess::io::json::decode(&value.to_string(), catalog()).is_err(),
            "the app refuses it as well"
        );
    }
}

proptest! {
    #[test]
    fn any_export_validates_against_the_schema(
        assessment in crate::strategies::any_assessment(),
        anonymised: bool,
    ) {
        let text = encode_file(&assessment, "2026-11-23T10:00:00.000Z", Layout::Compact, anonymised);
        let value: Value = serde_json::from_str(&text).expect("json");
        let errors: Vec<String> = validator().iter_errors(&value).map(|e| e.to_string()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{text}");
    }
}

#[test]
fn the_schema_lists_each_registers_fields_and_refuses_what_the_app_refuses() {
    use aims_assess::domain::records::RegisterKind;
    let validator = validator();
    let mut a = rich();
    for kind in RegisterKind::ALL {
        a.records.add(kind, "First".into()).unwrap();
    }
    a.records
        .set_value(
            RegisterKind::Documents,
            "DOC1",
            "next_review",
            "2027-01-31".into(),
        )
        .unwrap();
    let good: Value = serde_json::from_str(&encode_file(
        &a,
        "2026-11-23T10:00:00.000Z",
        Layout::Compact,
        false,
    ))
    .expect("json");
    assert!(validator.is_valid(&good));
    let changes: [fn(&mut Value); 6] = [
        |v| v["assessment"]["records"]["documents"][0]["colour"] = json!("red"),
        |v| v["assessment"]["records"]["documents"][0]["next_review"] = json!("31.01.2027"),
        |v| v["assessment"]["records"]["documents"][0]["id"] = json!("AUD1"),
        |v| v["assessment"]["records"]["objectives"][0]["frequency"] = json!("weekly"),
        |v| v["assessment"]["records"]["audits"][0]["measurements"] = json!([]),
        |v| v["assessment"]["certification"]["stage1_target"] = json!(null),
    ];
    for change in changes {
        let mut value = good.clone();
        change(&mut value);
        assert!(!validator.is_valid(&value), "{value}");
        assert!(
            aims_assess::io::json::decode(&value.to_string(), catalog()).is_err(),
            "the app refuses it as well"
        );
    }
}
