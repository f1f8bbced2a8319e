//! The OSCAL exports: each model is JSON with OSCAL's required fields, its IDs and UUIDs are
//! unique and well formed, the catalog has every item, the profile includes exactly what the
//! SoA applies, the results have one finding per item in scope, the POA&M one item per open
//! action, and user text is carried as text. (CI also runs an independent OSCAL validator on
//! the same sample: tests/oscal/validate.py.)

use crate::oscal_sample::{sample_assessment, sample_text, EVIDENCE, NOTES};
use aims_assess::domain::action_plan::{self, ActionStatus, PlannedAction};
use aims_assess::domain::assessment::Assessment;
use aims_assess::domain::catalog::{catalog, CATALOG_VERSION};
use aims_assess::domain::scoring::Summary;
use aims_assess::domain::soa::Applicability;
use aims_assess::io::oscal::catalog::catalog_model;
use aims_assess::io::oscal::poam::poam_model;
use aims_assess::io::oscal::profile::profile_model;
use aims_assess::io::oscal::results::results_model;
use aims_assess::io::oscal::{
    catalog_file_name, catalog_id, objective_id, own_control_id, to_json, Context, OscalError, NS,
};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

const NOW: &str = "2026-12-07T10:15:00.000Z";

fn context() -> Context {
    Context::new(NOW, 42).expect("a valid time stamp")
}

fn assessment() -> Assessment {
    sample_assessment().expect("the sample builds")
}

fn actions(assessment: &Assessment) -> Vec<PlannedAction> {
    action_plan::derive(
        catalog(),
        assessment,
        &Summary::compute(catalog(), assessment),
    )
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

fn catalog_json(with_text: bool) -> Value {
    let text = sample_text().expect("the catalog prose parses");
    parse(&to_json(&catalog_model(
        catalog(),
        with_text.then_some(&text),
        &context(),
    )))
}

fn profile_json() -> Value {
    parse(&to_json(&profile_model(
        catalog(),
        &assessment(),
        &context(),
    )))
}

fn results_json() -> Value {
    parse(&to_json(&results_model(
        catalog(),
        &assessment(),
        "2026-12-07".parse().ok(),
        &context(),
    )))
}

fn poam_json() -> Value {
    let assessment = assessment();
    let poam = poam_model(catalog(), &assessment, &actions(&assessment), &context())
        .expect("the sample has open actions");
    parse(&to_json(&poam))
}

/// Every value of the given key anywhere in a JSON value, depth first.
fn all_values<'a>(value: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match value {
        Value::Object(map) => {
            for (name, inner) in map {
                if name == key {
                    out.push(inner);
                }
                all_values(inner, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|inner| all_values(inner, key, out)),
        _ => {}
    }
}

fn strings(value: &Value, key: &str) -> Vec<String> {
    let mut found = Vec::new();
    all_values(value, key, &mut found);
    found
        .into_iter()
        .filter_map(|value| value.as_str().map(str::to_owned))
        .collect()
}

fn is_uuid(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.len() == 36
        && [8, 13, 18, 23].iter().all(|&i| bytes[i] == b'-')
        && text
            .chars()
            .enumerate()
            .all(|(i, c)| [8, 13, 18, 23].contains(&i) || c.is_ascii_hexdigit())
        && matches!(bytes[14], b'4' | b'5')
        && matches!(bytes[19], b'8' | b'9' | b'a' | b'b')
}

/// OSCAL's token pattern: a letter or underscore, then letters, digits, '.', '-' or '_'.
fn is_token(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

fn check_common(document: &Value, key: &str) {
    let object = document.as_object().expect("an object");
    assert_eq!(object.len(), 1, "one top-level key");
    let model = &document[key];
    assert!(is_uuid(model["uuid"].as_str().expect("a uuid")));
    let metadata = &model["metadata"];
    assert_eq!(metadata["oscal-version"], "1.1.2");
    assert_eq!(metadata["last-modified"], NOW);
    for field in ["title", "version"] {
        let text = metadata[field].as_str().expect(field);
        assert!(!text.trim().is_empty() && !text.contains('\n'), "{field}");
    }
    let uuids = strings(document, "uuid");
    assert!(uuids.iter().all(|uuid| is_uuid(uuid)), "{uuids:?}");
    let unique: HashSet<_> = uuids.iter().collect();
    assert_eq!(unique.len(), uuids.len(), "UUIDs repeat in {key}");
    let ids = strings(document, "id");
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "IDs repeat in {key}");
    // OSCAL prose and descriptions are never empty.
    for field in ["prose", "description", "remarks", "title"] {
        for text in strings(document, field) {
            assert!(!text.trim().is_empty(), "an empty {field} in {key}");
        }
    }
    // Every property has a namespace of ours or is one of OSCAL's own, and a value with no
    // blanks at its ends.
    let mut props = Vec::new();
    all_values(document, "props", &mut props);
    for prop in props
        .iter()
        .flat_map(|props| props.as_array().expect("a list"))
    {
        let value = prop["value"].as_str().expect("a value");
        assert!(!value.is_empty() && value.trim() == value, "{prop}");
        assert!(is_token(prop["name"].as_str().expect("a name")), "{prop}");
        match prop.get("ns") {
            Some(ns) => assert_eq!(ns, NS),
            None => assert_eq!(prop["name"], "label", "{prop}"),
        }
    }
}

#[test]
fn every_model_has_the_required_fields_and_unique_ids_and_uuids() {
    check_common(&catalog_json(true), "catalog");
    check_common(&catalog_json(false), "catalog");
    check_common(&profile_json(), "profile");
    check_common(&results_json(), "assessment-results");
    check_common(&poam_json(), "plan-of-action-and-milestones");
}

#[test]
fn the_catalog_has_every_item_once_under_its_clause_or_area_with_token_ids() {
    let document = catalog_json(true);
    let groups = document["catalog"]["groups"].as_array().expect("groups");
    let group_ids: Vec<&str> = groups.iter().filter_map(|g| g["id"].as_str()).collect();
    let expected: Vec<String> = catalog()
        .clauses()
        .iter()
        .chain(catalog().annex_a_areas())
        .map(|part| catalog_id(part.id))
        .collect();
    assert_eq!(group_ids, expected);
    assert_eq!(group_ids[0], "clause-4");
    assert!(group_ids.contains(&"a-6"));
    for (group, part) in groups
        .iter()
        .zip(catalog().clauses().iter().chain(catalog().annex_a_areas()))
    {
        assert_eq!(group["title"], part.title);
        let controls: BTreeSet<String> = strings(group, "id")
            .into_iter()
            .filter(|id| part.items.iter().any(|item| catalog_id(item.id) == *id))
            .collect();
        assert_eq!(controls.len(), part.items.len(), "items of {}", part.id);
    }
    let mut controls = Vec::new();
    all_values(&document, "controls", &mut controls);
    let controls: Vec<&Value> = controls
        .into_iter()
        .flat_map(|list| list.as_array().expect("a list"))
        .collect();
    let items: Vec<_> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .collect();
    assert_eq!(controls.len(), items.len());
    for item in &items {
        let control = controls
            .iter()
            .find(|control| control["id"] == catalog_id(item.id).as_str())
            .unwrap_or_else(|| panic!("{} is missing", item.id));
        assert_eq!(control["title"], item.title, "{}", item.id);
        assert!(is_token(control["id"].as_str().expect("an id")));
        let objective = control["parts"]
            .as_array()
            .expect("parts")
            .iter()
            .find(|part| part["id"] == objective_id(item.id).as_str())
            .expect("an objective part");
        assert_eq!(
            objective["parts"].as_array().expect("questions").len(),
            item.questions.len()
        );
    }
    assert!(strings(&document, "id").iter().all(|id| is_token(id)));
}

#[test]
fn the_catalog_carries_our_prose_when_loaded_and_only_the_structure_otherwise() {
    let text = sample_text().expect("prose");
    let with = to_json(&catalog_model(catalog(), Some(&text), &context()));
    let prose = text.get("6.1.2").expect("prose of 6.1.2");
    let explanation = serde_json::to_string(&prose.explanation).expect("a JSON string");
    assert!(with.contains(&explanation));
    let question = prose.question("6.1.2.q1").expect("wording");
    assert!(with.contains(&serde_json::to_string(question).expect("a JSON string")));
    let without = catalog_json(false);
    let prose_texts = strings(&without, "prose");
    assert!(!prose_texts
        .iter()
        .any(|p| p == &prose.explanation || p == question));
    // The summaries and Annex A purposes are compiled in and stay.
    let purpose = catalog().item("A.6.2.4").expect("a control").purpose;
    assert!(prose_texts.iter().any(|p| p == purpose));
}

#[test]
fn the_profile_includes_every_clause_item_and_exactly_the_applicable_controls() {
    let assessment = assessment();
    let document = profile_json();
    let imports = document["profile"]["imports"].as_array().expect("imports");
    assert_eq!(imports.len(), 2);
    assert_eq!(
        imports[0]["href"],
        catalog_file_name(CATALOG_VERSION).as_str()
    );
    let included: Vec<String> = strings(&imports[0], "with-ids")
        .into_iter()
        .chain(
            imports[0]["include-controls"][0]["with-ids"]
                .as_array()
                .expect("ids")
                .iter()
                .filter_map(|id| id.as_str().map(str::to_owned)),
        )
        .collect();
    let expected: Vec<String> = catalog()
        .clause_items()
        .map(|item| catalog_id(item.id))
        .chain(
            catalog()
                .controls()
                .filter(|control| {
                    assessment
                        .soa
                        .effective_applicability(control.id, &assessment.risks)
                        == Applicability::Applicable
                })
                .map(|control| catalog_id(control.id)),
        )
        .collect();
    assert_eq!(included, expected);
    // Decided applicable, and applicable through a live risk's treatment; the excluded and
    // undecided ones are not there.
    for id in ["a-2-2", "a-5-2", "a-6-2-6"] {
        assert!(included.iter().any(|i| i == id), "{id}");
    }
    for id in ["a-10-4", "a-6-2-4"] {
        assert!(!included.iter().any(|i| i == id), "{id}");
    }
    // The own control that applies, from the catalog in the back matter; the undecided one not.
    let own_ids = &imports[1]["include-controls"][0]["with-ids"];
    assert_eq!(own_ids, &serde_json::json!([own_control_id("O1")]));
    let href = imports[1]["href"].as_str().expect("an href");
    let resource = document["profile"]["back-matter"]["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .find(|resource| format!("#{}", resource["uuid"].as_str().unwrap_or("")) == href)
        .expect("the resource the import names");
    let embedded = decode_base64(resource["base64"]["value"].as_str().expect("base64"));
    let own: Value = serde_json::from_slice(&embedded).expect("an embedded catalog");
    let controls = own["catalog"]["controls"].as_array().expect("own controls");
    assert_eq!(controls.len(), 2);
    assert_eq!(controls[0]["id"], "own-O1");
    assert_eq!(controls[0]["title"], "Quarterly red-team \\[exercise\\]");
    // The SoA's reasons and justification are added to the control.
    let alters = document["profile"]["modify"]["alters"]
        .as_array()
        .expect("alters");
    let a22 = alters
        .iter()
        .find(|alter| alter["control-id"] == "a-2-2")
        .expect("A.2.2's decision");
    let part = &a22["adds"][0]["parts"][0];
    assert_eq!(part["props"][0]["value"], "legal");
    assert_eq!(part["prose"], "Required by \\*contract\\* \\#4");
}

fn decode_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .bytes()
        .filter(|&b| b != b'=')
        .map(|b| ALPHABET.find(char::from(b)).expect("a Base64 digit") as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

#[test]
fn the_results_have_one_finding_per_item_in_scope_with_its_status_and_evidence() {
    let assessment = assessment();
    let summary = Summary::compute(catalog(), &assessment);
    let document = results_json();
    let result = &document["assessment-results"]["results"][0];
    assert_eq!(result["start"], NOW);
    let findings = result["findings"].as_array().expect("findings");
    let in_scope: Vec<_> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .filter(|item| !summary.item(item.id).excluded)
        .collect();
    assert_eq!(findings.len(), in_scope.len());
    let reviewed = result["reviewed-controls"]["control-selections"][0]["include-controls"]
        .as_array()
        .expect("reviewed controls");
    assert_eq!(reviewed.len(), in_scope.len());
    assert!(!findings
        .iter()
        .any(|f| f["target"]["target-id"] == "a-10-4_obj"));
    let finding = |item: &str| {
        findings
            .iter()
            .find(|f| f["target"]["target-id"] == objective_id(item).as_str())
            .unwrap_or_else(|| panic!("no finding for {item}"))
    };
    assert_eq!(finding("4.1")["target"]["status"]["state"], "satisfied");
    assert_eq!(
        finding("6.1.2")["target"]["status"]["state"],
        "not-satisfied"
    );
    assert_eq!(finding("6.1.2")["target"]["status"]["reason"], "fail");
    assert_eq!(finding("7.1")["target"]["status"]["reason"], "other");
    let status = &finding("6.1.2")["props"][0];
    assert_eq!(
        status["value"],
        summary.item("6.1.2").status().slug(),
        "{status}"
    );
    // Each finding links observations that exist: the item's own one first.
    let observations = result["observations"].as_array().expect("observations");
    let observation_of = |uuid: &Value| {
        observations
            .iter()
            .find(|o| &o["uuid"] == uuid)
            .expect("a linked observation")
    };
    for finding in findings {
        for related in finding["related-observations"].as_array().expect("links") {
            observation_of(&related["observation-uuid"]);
        }
    }
    let observation =
        observation_of(&finding("6.1.2")["related-observations"][0]["observation-uuid"]);
    let evidence = observation["relevant-evidence"][0]["description"]
        .as_str()
        .expect("evidence");
    assert_eq!(
        evidence,
        "Risk register v3 (SharePoint)\n\n\\- see \\*Risks\\* tab \\& \\`approval\\` mail"
    );
    assert!(EVIDENCE.lines().count() == 2);
    let answers: Vec<&Value> = observation["props"]
        .as_array()
        .expect("props")
        .iter()
        .filter(|p| p["name"] == "answer")
        .collect();
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["class"], "clause-6-1-2_obj.q1");
    assert_eq!(answers[0]["value"], "partly");
    // The consistency check's findings are observations too, linked from their item.
    let checks: Vec<&Value> = observations
        .iter()
        .filter(|o| o["types"][0] == "finding")
        .collect();
    assert!(!checks.is_empty());
    assert!(
        finding("6.1.2")["related-observations"]
            .as_array()
            .expect("links")
            .len()
            > 1
    );
}

#[test]
fn user_text_is_carried_as_text_never_as_markup() {
    let results = to_json(&results_model(
        catalog(),
        &assessment(),
        "2026-12-07".parse().ok(),
        &context(),
    ));
    assert!(!results.contains("<script>"));
    assert!(!results.contains("**reviewed**"));
    assert!(results.contains(
        &serde_json::to_string("\\<script\\>alert('x')\\</script\\> to be \\*\\*reviewed\\*\\*")
            .expect("a JSON string")
    ));
    assert!(NOTES.contains("<script>"));
    let document = parse(&results);
    assert_eq!(
        document["assessment-results"]["metadata"]["title"],
        "Acme \\*AI\\* \\<b\\>2026\\</b\\>: ISO/IEC 42001 self-assessment results"
    );
    let poam = poam_json();
    let item = poam["plan-of-action-and-milestones"]["poam-items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|item| item["title"] == "Write the AI policy \\_draft\\_")
        .expect("the custom action");
    assert_eq!(
        item["remarks"],
        "Use the template \\# from the Templates page"
    );
    let owner = item["props"]
        .as_array()
        .expect("props")
        .iter()
        .find(|p| p["name"] == "owner")
        .expect("an owner");
    // A property value is one line: the owner's line break becomes a space.
    assert_eq!(owner["value"], "CEO and board");
}

#[test]
fn the_poam_has_one_item_per_open_action_with_its_priority_and_due_date() {
    let assessment = assessment();
    let plan = actions(&assessment);
    let open: Vec<&PlannedAction> = plan
        .iter()
        .filter(|action| action.status != ActionStatus::Done)
        .collect();
    assert!(open.len() < plan.len(), "the sample has a done action");
    let document = poam_json();
    let model = &document["plan-of-action-and-milestones"];
    assert_eq!(
        model["system-id"]["identifier-type"],
        "https://ietf.org/rfc/rfc4122"
    );
    let items = model["poam-items"].as_array().expect("items");
    assert_eq!(items.len(), open.len());
    assert!(!items.iter().any(|item| item["title"] == "Done already"));
    for (item, action) in items.iter().zip(&open) {
        assert!(!item["description"]
            .as_str()
            .expect("a description")
            .is_empty());
        let prop = |name: &str| {
            item["props"]
                .as_array()
                .expect("props")
                .iter()
                .find(|p| p["name"] == name)
                .map(|p| p["value"].clone())
        };
        assert_eq!(prop("priority"), Some(Value::from(action.priority.slug())));
        assert_eq!(prop("status"), Some(Value::from(action.status.slug())));
        assert_eq!(
            prop("due-date"),
            action.due_date.map(|due| Value::from(due.to_string()))
        );
    }
    // The system ID is the same from one export to the next; the document UUID is not.
    let again = poam_model(
        catalog(),
        &assessment,
        &plan,
        &Context::new(NOW, 43).expect("valid"),
    )
    .expect("open actions");
    let again = parse(&to_json(&again));
    let model_again = &again["plan-of-action-and-milestones"];
    assert_eq!(model_again["system-id"], model["system-id"]);
    assert_ne!(model_again["uuid"], model["uuid"]);
}

#[test]
fn a_plan_without_open_actions_or_a_clock_is_refused_in_plain_words() {
    let assessment = assessment();
    let error = poam_model(catalog(), &assessment, &[], &context()).expect_err("no items");
    assert_eq!(error, OscalError::NoOpenActions);
    assert!(error.to_string().contains("no open action"));
    let error = Context::new("", 1).expect_err("no time");
    assert!(matches!(error, OscalError::BadTimestamp(_)));
}

#[test]
fn the_same_seed_gives_the_same_file_and_another_seed_other_uuids() {
    let assessment = assessment();
    let write = |seed| {
        to_json(&results_model(
            catalog(),
            &assessment,
            None,
            &Context::new(NOW, seed).expect("valid"),
        ))
    };
    assert_eq!(write(5), write(5));
    let (one, two) = (parse(&write(5)), parse(&write(6)));
    let first: HashSet<String> = strings(&one, "uuid").into_iter().collect();
    assert!(strings(&two, "uuid")
        .iter()
        .all(|uuid| !first.contains(uuid)));
}
