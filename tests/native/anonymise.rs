//! The anonymised copy: no name or free text survives anywhere in the file, the file says it
//! is anonymised, and every score stays the same.

use aims_assess::domain::action_plan::{ActionStatus, ActionUpdate, CustomAction, Priority};
use aims_assess::domain::anonymise::{
    anonymise, REMOVED_COMMENT, REMOVED_JUSTIFICATION, REMOVED_NAME,
};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::impact;
use aims_assess::domain::impact_catalog::all_harms;
use aims_assess::domain::profile::SizeBand;
use aims_assess::domain::review::ReviewComment;
use aims_assess::domain::risk::{Acceptance, Risk, RiskStatus, Treatment, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::role::AiRole;
use aims_assess::domain::scoring::Summary;
use aims_assess::domain::soa::{Applicability, InclusionReason};
use aims_assess::domain::system::{LifeCycleStage, SystemText};
use aims_assess::io::json::{decode, encode_file, Layout};

const SECRETS: [&str; 35] = [
    "Acme Secret Ltd",
    "Secret sector",
    "Secret scope statement",
    "Jane Approver",
    "Secret notes",
    "Secret evidence path",
    "Owner Olivia",
    "Secret justification",
    "Secret assessment name",
    "Secret risk description",
    "Risk owner Rita",
    "Accepting Alice",
    "Secret acceptance rationale",
    "Secret action",
    "Action owner Adam",
    "Secret system name",
    "Secret purpose",
    "Secret users",
    "Secret affected people",
    "Secret data notes",
    "Secret context",
    "Secret supplier model",
    "System owner Sam",
    "Assessor Ada",
    "Secret impact notes",
    "Secret update notes",
    "Secret action title",
    "Action owner Amir",
    "Secret action notes",
    "Reviewer Rosa",
    "Secret comment text",
    "Secret notes of a status-less update",
    "Secret reason the children section does not apply",
    "Secret notes of an earlier impact version",
    "Decision owner Dora",
];

/// The title of the sample's risk, which the anonymised copy keeps.
const RISK_TITLE: &str = "Model drifts after retraining";

fn sample() -> Assessment {
    let mut a = Assessment::named(SECRETS[8]);
    a.profile.organisation = SECRETS[0].into();
    a.profile.sector = SECRETS[1].into();
    a.profile.scope = SECRETS[2].into();
    a.profile.size = Some(SizeBand::Medium);
    a.profile.set_role(AiRole::Provider, true);
    a.soa.approved_by = SECRETS[3].into();
    a.soa.version = "2.1".into();
    a.set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    a.set_answer(catalog(), "A.6.2.4", "A.6.2.4.q1", Some(Answer::Partly))
        .expect("valid");
    a.set_text(catalog(), "4.1", TextField::Notes, SECRETS[4].into())
        .expect("valid");
    a.set_text(catalog(), "4.1", TextField::Evidence, SECRETS[5].into())
        .expect("valid");
    a.set_text(catalog(), "5.1", TextField::Owner, SECRETS[6].into())
        .expect("valid");
    a.set_due_date(catalog(), "5.1", Some("2027-05-01".parse().expect("date")))
        .expect("valid");
    a.soa
        .edit(catalog(), "A.10.4", |d| {
            d.applicability = Applicability::NotApplicable;
            d.justification = SECRETS[7].into();
        })
        .expect("valid");
    a.soa
        .edit(catalog(), "A.2.2", |d| {
            d.reasons.insert(InclusionReason::LegalRequirement);
        })
        .expect("valid");
    let system_id = a.inventory.add(String::new()).unwrap();
    let first_question = all_harms().next().expect("a question").1;
    a.inventory
        .edit(&system_id, |system| {
            for (field, secret) in SystemText::ALL.into_iter().zip(&SECRETS[15..]) {
                system.set_text(field, (*secret).to_owned()).unwrap();
            }
            system.stage = Some(LifeCycleStage::Deployment);
            system
                .impact
                .not_applicable
                .insert("children".into(), SECRETS[32].into());
            // An earlier version of the impact assessment, with free text of its own.
            let mut earlier = system.impact.clone();
            earlier.notes = SECRETS[33].into();
            system.impact_history.push(earlier);
            system.impact.version = 2;
        })
        .expect("just added");
    a.inventory
        .set_impact_answer(&system_id, first_question.id, Some("minor"))
        .expect("a valid answer");
    a.risks
        .add(Risk {
            title: RISK_TITLE.into(),
            description: SECRETS[9].into(),
            system_id: "S1".into(),
            source: "C.3.4".into(),
            objective: "C.2.5".into(),
            owner: SECRETS[10].into(),
            inherent: Some(Rating::new(5, 5)),
            treatment: Some(Treatment::Retain),
            controls: vec!["A.6.2.4".into()],
            actions: vec![TreatmentAction {
                description: SECRETS[13].into(),
                owner: SECRETS[14].into(),
                due_date: Some("2026-01-31".parse().expect("date")),
                done: false,
            }],
            residual: None,
            acceptance: Acceptance {
                accepted_by: SECRETS[11].into(),
                date: Some("2026-11-01".parse().expect("date")),
                rationale: SECRETS[12].into(),
            },
            status: RiskStatus::Accepted,
            ..Risk::default()
        })
        .unwrap();
    a.risks
        .add(Risk {
            title: "Unaccepted".into(),
            inherent: Some(Rating::new(5, 4)),
            ..Risk::default()
        })
        .unwrap();
    a.actions.updates.insert(
        "item:4.1".into(),
        ActionUpdate {
            priority: Some(Priority::Low),
            status: ActionStatus::InProgress,
            notes: SECRETS[25].into(),
            ..ActionUpdate::default()
        },
    );
    // An action from a register keeps its owner and due date in the plan's update.
    a.actions.updates.insert(
        "review:REV1:1".into(),
        ActionUpdate {
            owner: SECRETS[34].into(),
            due_date: Some("2027-03-01".parse().expect("date")),
            ..ActionUpdate::default()
        },
    );
    a.actions.updates.insert(
        "risk:R1:1".into(),
        ActionUpdate {
            notes: SECRETS[31].into(),
            ..ActionUpdate::default()
        },
    );
    a.actions.custom.push(CustomAction {
        id: "A2".into(),
        title: SECRETS[26].into(),
        item_id: "5.1".into(),
        owner: SECRETS[27].into(),
        due_date: Some("2027-04-01".parse().expect("date")),
        priority: Priority::High,
        status: ActionStatus::Done,
        notes: SECRETS[28].into(),
    });
    a.actions.next_number = 3;
    a.comments.comments.push(ReviewComment {
        id: "C1".into(),
        item_id: "A.6.2.4".into(),
        author: SECRETS[29].into(),
        date: Some("2026-11-15".parse().expect("date")),
        text: SECRETS[30].into(),
        resolved: true,
    });
    a.comments.next_number = 4;
    a
}

#[test]
fn no_name_or_free_text_survives_in_the_anonymised_file() {
    let text = encode_file(
        &anonymise(&sample()),
        "2026-11-23T10:00:00.000Z",
        Layout::Pretty,
        true,
    );
    for secret in SECRETS {
        assert!(
            !text.contains(secret),
            "{secret:?} is still in the anonymised file"
        );
    }
    assert!(text.contains("\"anonymised\": true"));
    let read = decode(&text, catalog()).expect("the anonymised file reads");
    assert!(read.anonymised);
    assert_eq!(read.assessment, anonymise(&sample()));
}

#[test]
fn anonymising_keeps_answers_decisions_and_every_score() {
    let original = sample();
    let copy = anonymise(&original);
    assert_eq!(
        Summary::compute(catalog(), &copy),
        Summary::compute(catalog(), &original)
    );
    assert_eq!(copy.answer("A.6.2.4", "A.6.2.4.q1"), Some(Answer::Partly));
    assert_eq!(
        copy.item("5.1").and_then(|r| r.due_date),
        original.item("5.1").and_then(|r| r.due_date)
    );
    assert_eq!(
        copy.soa.decision("A.10.4").justification,
        REMOVED_JUSTIFICATION
    );
    assert_eq!(copy.soa.decision("A.2.2"), original.soa.decision("A.2.2"));
    assert_eq!(
        (copy.profile.size, copy.profile.roles),
        (original.profile.size, original.profile.roles)
    );
    assert_eq!(copy.soa.version, "2.1");
    // AI systems keep their ID, choices and impact answers, so the impact level is the same.
    let (system, before) = (&copy.inventory.systems[0], &original.inventory.systems[0]);
    assert_eq!(system.name, "AI system S1");
    assert_eq!(
        (system.stage, &system.impact.answers),
        (before.stage, &before.impact.answers)
    );
    assert_eq!(impact::score(&system.impact), impact::score(&before.impact));
}

#[test]
fn an_ordinary_file_is_not_marked_anonymised() {
    let text = encode_file(
        &sample(),
        "2026-11-23T10:00:00.000Z",
        Layout::Compact,
        false,
    );
    assert!(!text.contains("anonymised"));
    assert!(!decode(&text, catalog()).expect("reads").anonymised);
}

#[test]
fn anonymising_keeps_risk_titles_ratings_and_findings_but_no_risk_free_text() {
    let original = sample();
    let copy = anonymise(&original);
    let today = Some("2026-12-01".parse().expect("date"));
    let excluded =
        |control: &str| copy.soa.decision(control).applicability == Applicability::NotApplicable;
    assert_eq!(
        copy.risks.findings(today, excluded),
        original.risks.findings(today, excluded)
    );
    assert!(!copy.risks.findings(today, excluded).is_empty());
    let (risk, before) = (&copy.risks.risks[0], &original.risks.risks[0]);
    assert_eq!(risk.title, RISK_TITLE);
    assert_eq!(risk.acceptance.accepted_by, REMOVED_NAME);
    assert!(risk.acceptance.is_complete());
    assert_eq!(
        (
            risk.description.as_str(),
            risk.owner.as_str(),
            risk.acceptance.rationale.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(
        (
            risk.actions[0].description.as_str(),
            risk.actions[0].owner.as_str()
        ),
        ("", "")
    );
    assert_eq!(risk.actions[0].due_date, before.actions[0].due_date);
    assert_eq!(
        (
            &risk.system_id,
            &risk.source,
            &risk.objective,
            &risk.controls
        ),
        (
            &before.system_id,
            &before.source,
            &before.objective,
            &before.controls
        )
    );
    assert_eq!(
        (
            risk.inherent,
            risk.treatment,
            risk.status,
            risk.acceptance.date
        ),
        (
            before.inherent,
            before.treatment,
            before.status,
            before.acceptance.date
        )
    );
    assert_eq!(copy.risks.criteria, original.risks.criteria);
    assert_eq!(copy.risks.next_number, original.risks.next_number);
    // Nobody accepted the second risk, and the copy does not pretend anybody did.
    assert_eq!(copy.risks.risks[1].acceptance.accepted_by, "");
}

#[test]
fn anonymising_keeps_the_shape_of_the_action_plan_and_comments_but_none_of_their_text() {
    let original = sample();
    let copy = anonymise(&original);
    // The update that recorded only notes records nothing once they are gone, so it is left
    // out, as the app never stores an empty update.
    assert_eq!(copy.actions.updates.len(), 2);
    assert_eq!(
        copy.actions.updates.get("item:4.1"),
        Some(&ActionUpdate {
            priority: Some(Priority::Low),
            status: ActionStatus::InProgress,
            ..ActionUpdate::default()
        })
    );
    // A register action's owner goes like every other owner; its due date stays.
    assert_eq!(
        copy.actions.updates.get("review:REV1:1"),
        Some(&ActionUpdate {
            due_date: Some("2027-03-01".parse().expect("date")),
            ..ActionUpdate::default()
        })
    );
    assert_eq!(
        copy.actions.custom,
        vec![CustomAction {
            id: "A2".into(),
            title: "Action A2".into(),
            item_id: "5.1".into(),
            owner: String::new(),
            due_date: Some("2027-04-01".parse().expect("date")),
            priority: Priority::High,
            status: ActionStatus::Done,
            notes: String::new(),
        }]
    );
    assert_eq!(copy.actions.next_number, original.actions.next_number);
    assert_eq!(
        copy.comments.comments,
        vec![ReviewComment {
            id: "C1".into(),
            item_id: "A.6.2.4".into(),
            author: String::new(),
            date: Some("2026-11-15".parse().expect("date")),
            text: REMOVED_COMMENT.into(),
            resolved: true,
        }]
    );
    assert_eq!(copy.comments.next_number, original.comments.next_number);
}

#[test]
fn register_entries_keep_dates_choices_and_links_and_lose_names_and_free_text() {
    use aims_assess::domain::anonymise::{record_text, RecordText, REMOVED_TEXT};
    use aims_assess::domain::records::{Decimal, Measurement, RegisterKind, Registers};
    let c = catalog();
    let mut a = Assessment::named("Registers");
    let r = &mut a.records;
    let doc = r.add(RegisterKind::Documents, "AI policy".into()).unwrap();
    let set = |r: &mut Registers, kind, id: &str, key: &str, value: &str| {
        r.set_value(kind, id, key, value.into()).unwrap()
    };
    set(r, RegisterKind::Documents, &doc, "owner", "Owner Olga");
    set(
        r,
        RegisterKind::Documents,
        &doc,
        "approved_by",
        "Approver Arne",
    );
    set(
        r,
        RegisterKind::Documents,
        &doc,
        "approved_on",
        "2026-10-01",
    );
    set(
        r,
        RegisterKind::Documents,
        &doc,
        "location",
        "\\\\server\\olga",
    );
    set(r, RegisterKind::Documents, &doc, "version", "1.2");
    r.set_list(
        c,
        RegisterKind::Documents,
        &doc,
        "items",
        vec!["5.2".into()],
    )
    .unwrap();
    let obj = r
        .add(RegisterKind::Objectives, "Fair outcomes".into())
        .unwrap();
    set(
        r,
        RegisterKind::Objectives,
        &obj,
        "plan",
        "Secret plan by Paul",
    );
    set(r, RegisterKind::Objectives, &obj, "target", "95");
    r.add_measurement(
        &obj,
        Measurement {
            date: "2026-11-30".parse().unwrap(),
            value: Decimal::parse("91").unwrap(),
            comment: "Measured by Mia".into(),
        },
    )
    .unwrap();
    let aud = r
        .add(RegisterKind::Audits, "Internal audit 2026".into())
        .unwrap();
    set(r, RegisterKind::Audits, &aud, "auditor", "Auditor Abel");
    set(r, RegisterKind::Audits, &aud, "findings", "Secret finding");
    set(r, RegisterKind::Audits, &aud, "independence", "independent");
    let inc = r
        .add(RegisterKind::Incidents, "Customer Carl complained".into())
        .unwrap();
    set(r, RegisterKind::Incidents, &inc, "cause", "Secret cause");
    set(
        r,
        RegisterKind::Incidents,
        &inc,
        "occurred_on",
        "2026-08-08",
    );
    let sup = r
        .add(RegisterKind::Suppliers, "Model Vendor Inc".into())
        .unwrap();
    set(r, RegisterKind::Suppliers, &sup, "contact", "Contact Conny");
    set(
        r,
        RegisterKind::Suppliers,
        &sup,
        "component",
        "Hosted language model",
    );
    a.certification.stage2_target = Some("2027-09-01".parse().unwrap());
    a.template_texts
        .insert("ai-policy".into(), "Acme's policy".into());

    let copy = anonymise(&a);
    let r = &copy.records;
    let document = &r.get(RegisterKind::Documents).records[0];
    assert_eq!(document.text("title"), "AI policy");
    assert_eq!(document.text("owner"), "");
    assert_eq!(document.text("approved_by"), REMOVED_NAME);
    assert_eq!(document.text("approved_on"), "2026-10-01");
    assert_eq!(document.text("location"), "");
    assert_eq!(document.text("version"), "1.2");
    assert_eq!(document.list("items"), ["5.2"]);
    let objective = &r.get(RegisterKind::Objectives).records[0];
    assert_eq!(objective.text("plan"), REMOVED_TEXT);
    assert_eq!(objective.text("target"), "95");
    assert_eq!(objective.text("measure"), "", "an empty text stays empty");
    assert_eq!(objective.measurements[0].comment, "");
    assert_eq!(objective.measurements[0].value.to_string(), "91");
    let audit = &r.get(RegisterKind::Audits).records[0];
    assert_eq!(audit.text("auditor"), REMOVED_NAME);
    assert_eq!(audit.text("findings"), REMOVED_TEXT);
    assert_eq!(audit.text("independence"), "independent");
    let incident = &r.get(RegisterKind::Incidents).records[0];
    assert_eq!(incident.text("title"), "Entry INC1");
    assert_eq!(incident.text("cause"), REMOVED_TEXT);
    assert_eq!(incident.text("occurred_on"), "2026-08-08");
    let supplier = &r.get(RegisterKind::Suppliers).records[0];
    assert_eq!(supplier.text("supplier"), "Model Vendor Inc");
    assert_eq!(supplier.text("component"), "Hosted language model");
    assert_eq!(supplier.text("contact"), "");
    assert_eq!(copy.certification, a.certification);
    assert!(copy.template_texts.is_empty());

    // Every text field of every register has a rule, and no name field is kept.
    for kind in RegisterKind::ALL {
        for field in kind.spec().fields {
            let rule = record_text(kind, field.key, field.kind);
            if ["owner", "people", "contact", "notes"].contains(&field.key) {
                assert_eq!(rule, RecordText::Remove, "{kind:?} {}", field.key);
            }
        }
    }
    let text = encode_file(&copy, "2026-11-23T10:00:00.000Z", Layout::Compact, true);
    for secret in [
        "Olga",
        "Arne",
        "olga",
        "Paul",
        "Mia",
        "Abel",
        "Secret finding",
        "Carl",
        "Secret cause",
        "Conny",
        "Acme",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert_eq!(decode(&text, catalog()).expect("reads").assessment, copy);
}
