//! The EU AI Act classification as a table of worked cases (each with the classes and the
//! articles that decided them), the obligations they bring with their ISO/IEC 42001 items, and
//! the data file's coverage of the compiled rules (docs/eu-ai-act.md).

use aims_assess::domain::catalog::catalog;
use aims_assess::domain::eu_ai_act::{
    classify, path, suggested_area, Condition, EuRole, Verdict, QUESTIONS,
};
use aims_assess::domain::eu_ai_act_text::EuAiActText;
use aims_assess::domain::impact_record::AnnexIiiArea;
use aims_assess::io::eu_ai_act_text::parse_eu_ai_act_text;
use std::collections::BTreeMap;

fn text() -> EuAiActText {
    parse_eu_ai_act_text(include_str!("../../src/domain/catalog/eu_ai_act.json"))
        .expect("the data file is readable and covers the rules")
}

/// Every question of the path answered in the most harmless way ("no", "none", "not listed"),
/// then the case's own answers on top.
fn answers(own: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut answers = BTreeMap::new();
    for question in QUESTIONS {
        let harmless = if question.answers.contains(&"no") {
            "no"
        } else if question.id == "annex_iii.area" {
            "not-listed"
        } else {
            "none"
        };
        answers.insert(question.id.to_owned(), harmless.to_owned());
    }
    for (question, answer) in own {
        answers.insert((*question).to_owned(), (*answer).to_owned());
    }
    answers
}

fn headlines(verdict: &Verdict) -> Vec<String> {
    verdict.findings.iter().map(|f| f.headline()).collect()
}

const NONE: &str = "None of these: no point of Art. 5, 6, 50 or 51 to 55 applies";
const CV: &[(&str, &str)] = &[
    ("role.provider", "yes"),
    ("annex_iii.area", "employment"),
    ("annex_iii.employment", "4a"),
    ("art6_3.profiling", "yes"),
];

/// One worked case: its name, its own answers, the expected findings in order.
type Case = (
    &'static str,
    Vec<(&'static str, &'static str)>,
    Vec<&'static str>,
);

fn cases() -> Vec<Case> {
    vec![
        ("spam filter", vec![("role.deployer", "yes")], vec![NONE]),
        (
            "CV screening tool",
            CV.to_vec(),
            vec!["High-risk: Annex III point 4(a), employment (Art. 6(2))"],
        ),
        (
            "CV screening tool that also chats with candidates",
            [CV, &[("art50.interacts", "yes")]].concat(),
            vec![
                "High-risk: Annex III point 4(a), employment (Art. 6(2))",
                "Transparency duties: Art. 50(1)",
            ],
        ),
        (
            "social scoring",
            vec![("prohibited.social_scoring", "yes")],
            vec!["Prohibited practice: Art. 5(1)(c)"],
        ),
        (
            "a prohibited practice overrides every other class",
            [
                CV,
                &[
                    ("prohibited.social_scoring", "yes"),
                    ("art50.interacts", "yes"),
                ],
            ]
            .concat(),
            vec!["Prohibited practice: Art. 5(1)(c)"],
        ),
        (
            "emotion recognition at work",
            vec![("prohibited.emotion_at_work", "yes")],
            vec!["Prohibited practice: Art. 5(1)(f)"],
        ),
        (
            "emotion recognition at work for safety: high-risk and a transparency duty",
            vec![
                ("prohibited.emotion_at_work", "medical_or_safety"),
                ("annex_iii.area", "biometrics"),
                ("annex_iii.biometrics", "1c"),
                ("art6_3.profiling", "no"),
                ("art6_3.exception", "none"),
                ("art50.emotion_or_categorisation", "yes"),
            ],
            vec![
                "High-risk: Annex III point 1(c), biometrics (Art. 6(2))",
                "Transparency duties: Art. 50(3)",
            ],
        ),
        (
            "manipulation",
            vec![("prohibited.manipulation", "yes")],
            vec!["Prohibited practice: Art. 5(1)(a)"],
        ),
        (
            "exploiting vulnerabilities",
            vec![("prohibited.vulnerabilities", "yes")],
            vec!["Prohibited practice: Art. 5(1)(b)"],
        ),
        (
            "crime prediction from profiling alone",
            vec![("prohibited.crime_prediction", "yes")],
            vec!["Prohibited practice: Art. 5(1)(d)"],
        ),
        (
            "scraping faces",
            vec![("prohibited.face_scraping", "yes")],
            vec!["Prohibited practice: Art. 5(1)(e)"],
        ),
        (
            "two prohibited practices are both cited",
            vec![
                ("prohibited.face_scraping", "yes"),
                ("prohibited.sensitive_categorisation", "yes"),
            ],
            vec![
                "Prohibited practice: Art. 5(1)(e)",
                "Prohibited practice: Art. 5(1)(g)",
            ],
        ),
        (
            "real-time identification in public for law enforcement",
            vec![("prohibited.realtime_identification", "yes")],
            vec!["Prohibited practice: Art. 5(1)(h)"],
        ),
        (
            "real-time identification under an authorised exception is high-risk",
            vec![
                ("prohibited.realtime_identification", "authorised_exception"),
                ("annex_iii.area", "biometrics"),
                ("annex_iii.biometrics", "1a"),
                ("art6_3.profiling", "yes"),
            ],
            vec!["High-risk: Annex III point 1(a), biometrics (Art. 6(2))"],
        ),
        (
            "customer service chatbot",
            vec![("role.deployer", "yes"), ("art50.interacts", "yes")],
            vec!["Transparency duties: Art. 50(1)"],
        ),
        (
            "deep fake generator",
            vec![("art50.synthetic", "yes"), ("art50.deep_fake", "yes")],
            vec![
                "Transparency duties: Art. 50(2)",
                "Transparency duties: Art. 50(4)",
            ],
        ),
        (
            "safety component of a machine under Annex I",
            vec![("annex_i.product", "yes"), ("annex_i.third_party", "yes")],
            vec!["High-risk: Art. 6(1), Annex I product legislation"],
        ),
        (
            "an Annex I product without third-party assessment",
            vec![("annex_i.product", "yes"), ("annex_i.third_party", "no")],
            vec![NONE],
        ),
        (
            "Annex I and Annex III at once",
            [
                CV,
                &[("annex_i.product", "yes"), ("annex_i.third_party", "yes")],
            ]
            .concat(),
            vec![
                "High-risk: Art. 6(1), Annex I product legislation",
                "High-risk: Annex III point 4(a), employment (Art. 6(2))",
            ],
        ),
        (
            "an Art. 6(3) exception: a narrow procedural task",
            vec![
                ("role.provider", "yes"),
                ("annex_iii.area", "education"),
                ("annex_iii.education", "3b"),
                ("art6_3.profiling", "no"),
                ("art6_3.exception", "a"),
            ],
            vec![
                "Not high-risk by an exception: Art. 6(3)(a), for Annex III point 3(b), education",
            ],
        ),
        (
            "profiling overrides the exception",
            vec![
                ("role.provider", "yes"),
                ("annex_iii.area", "education"),
                ("annex_iii.education", "3b"),
                ("art6_3.profiling", "yes"),
                ("art6_3.exception", "a"),
            ],
            vec!["High-risk: Annex III point 3(b), education (Art. 6(2))"],
        ),
        (
            "an area but none of its points",
            vec![
                ("annex_iii.area", "employment"),
                ("annex_iii.employment", "none"),
            ],
            vec![NONE],
        ),
        (
            "critical infrastructure",
            vec![
                ("annex_iii.area", "critical-infrastructure"),
                ("annex_iii.critical-infrastructure", "2"),
                ("art6_3.profiling", "no"),
                ("art6_3.exception", "none"),
            ],
            vec!["High-risk: Annex III point 2, critical infrastructure (Art. 6(2))"],
        ),
        (
            "credit scoring",
            vec![
                ("role.deployer", "yes"),
                ("annex_iii.area", "essential-services"),
                ("annex_iii.essential-services", "5b"),
                ("art6_3.profiling", "yes"),
            ],
            vec!["High-risk: Annex III point 5(b), essential services and credit (Art. 6(2))"],
        ),
        (
            "influencing elections",
            vec![
                ("annex_iii.area", "justice-and-democracy"),
                ("annex_iii.justice-and-democracy", "8b"),
                ("art6_3.profiling", "yes"),
            ],
            vec!["High-risk: Annex III point 8(b), justice and democratic processes (Art. 6(2))"],
        ),
        (
            "provider of a general-purpose AI model",
            vec![("role.provider", "yes"), ("gpai.model", "yes")],
            vec!["General-purpose AI model: Art. 53"],
        ),
        (
            "a general-purpose AI model with systemic risk",
            vec![
                ("role.provider", "yes"),
                ("gpai.model", "yes"),
                ("gpai.systemic", "yes"),
            ],
            vec!["General-purpose AI model with systemic risk: Art. 51 and Art. 55 (with Art. 53)"],
        ),
        (
            "systemic risk answered while the model question says no is off the path",
            vec![("gpai.model", "no"), ("gpai.systemic", "yes")],
            vec![NONE],
        ),
        (
            "a chatbot on a general-purpose model",
            vec![
                ("role.provider", "yes"),
                ("gpai.model", "yes"),
                ("art50.interacts", "yes"),
                ("art50.synthetic", "yes"),
            ],
            vec![
                "Transparency duties: Art. 50(1)",
                "Transparency duties: Art. 50(2)",
                "General-purpose AI model: Art. 53",
            ],
        ),
    ]
}

#[test]
fn the_worked_cases_get_their_classes_and_articles() {
    let cases = cases();
    assert!(cases.len() >= 25, "at least 25 cases, got {}", cases.len());
    for (case, own, expected) in cases {
        let verdict = classify(&answers(&own));
        assert!(
            verdict.is_complete(),
            "{case}: open {:?}",
            verdict.open_questions
        );
        assert_eq!(headlines(&verdict), expected, "{case}");
        for finding in &verdict.findings {
            assert!(!finding.reason.is_empty(), "{case}: a reason in words");
        }
    }
}

#[test]
fn an_unfinished_path_is_not_yet_none_of_these() {
    let mut only_roles = BTreeMap::new();
    only_roles.insert("role.provider".to_owned(), "yes".to_owned());
    let verdict = classify(&only_roles);
    assert!(verdict.findings.is_empty());
    assert_eq!(verdict.summary(), "Not classified yet");
    assert!(verdict.open_questions.contains(&"prohibited.manipulation"));
    // A listed use without the profiling and exception answers decides nothing yet.
    let mut listed = answers(&[
        ("annex_iii.area", "employment"),
        ("annex_iii.employment", "4a"),
    ]);
    listed.remove("art6_3.profiling");
    let verdict = classify(&listed);
    assert_eq!(verdict.open_questions, vec!["art6_3.profiling"]);
    assert!(verdict.findings.is_empty());
}

#[test]
fn the_path_asks_only_what_matters() {
    let prohibited = path(&answers(&[("prohibited.social_scoring", "yes")]));
    assert!(
        !prohibited.contains(&"annex_iii.area"),
        "a prohibited practice ends the path"
    );
    let spam = path(&answers(&[]));
    assert!(!spam.contains(&"art6_3.profiling"));
    assert!(!spam.contains(&"annex_i.third_party"));
    assert!(!spam.contains(&"gpai.systemic"));
    assert!(!spam.contains(&"annex_iii.employment"));
    let cv = path(&answers(CV));
    assert!(cv.contains(&"annex_iii.employment"));
    assert!(cv.contains(&"art6_3.profiling"));
    assert!(
        !cv.contains(&"art6_3.exception"),
        "profiling rules the exception out"
    );
    assert!(!cv.contains(&"annex_iii.education"));
    assert!(!cv.contains(&"deployer.public"), "asked of deployers only");
}

#[test]
fn fundamental_rights_assessment_for_public_deployers_and_credit_and_insurance() {
    let public = answers(&[
        ("role.deployer", "yes"),
        ("annex_iii.area", "essential-services"),
        ("annex_iii.essential-services", "5a"),
        ("art6_3.profiling", "yes"),
        ("deployer.public", "yes"),
    ]);
    assert!(path(&public).contains(&"deployer.public"));
    let verdict = classify(&public);
    assert!(verdict.has(Condition::FundamentalRightsAssessment));
    assert!(verdict.has(Condition::PublicDeployerHighRisk));
    let data = text();
    let due: Vec<(&str, Vec<&str>)> = data
        .obligations_for(&verdict)
        .iter()
        .map(|due| {
            (
                due.obligation.id.as_str(),
                due.bases
                    .iter()
                    .map(|basis| basis.article.as_str())
                    .collect(),
            )
        })
        .collect();
    assert!(due.contains(&("fundamental_rights_impact", vec!["Art. 27(1)"])));
    assert!(due.contains(&("registration", vec!["Art. 49(3) and Art. 26(8)"])));
    assert!(due.contains(&("human_oversight", vec!["Art. 26(2)"])));

    let private = answers(&[
        ("role.deployer", "yes"),
        ("annex_iii.area", "essential-services"),
        ("annex_iii.essential-services", "5a"),
        ("art6_3.profiling", "yes"),
        ("deployer.public", "no"),
    ]);
    assert!(!classify(&private).has(Condition::FundamentalRightsAssessment));
    let credit = answers(&[
        ("role.deployer", "yes"),
        ("annex_iii.area", "essential-services"),
        ("annex_iii.essential-services", "5b"),
        ("art6_3.profiling", "yes"),
    ]);
    assert!(classify(&credit).has(Condition::FundamentalRightsAssessment));
    let infrastructure = answers(&[
        ("role.deployer", "yes"),
        ("annex_iii.area", "critical-infrastructure"),
        ("annex_iii.critical-infrastructure", "2"),
        ("art6_3.profiling", "yes"),
        ("deployer.public", "yes"),
    ]);
    assert!(!classify(&infrastructure).has(Condition::FundamentalRightsAssessment));
}

#[test]
fn the_cv_screening_provider_gets_the_high_risk_obligations_with_iso_items() {
    let verdict = classify(&answers(CV));
    assert_eq!(verdict.roles, vec![EuRole::Provider]);
    let data = text();
    let due = data.obligations_for(&verdict);
    let ids: Vec<&str> = due.iter().map(|due| due.obligation.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "ai_literacy",
            "risk_management",
            "data_governance",
            "technical_documentation",
            "record_keeping",
            "transparency",
            "human_oversight",
            "accuracy_robustness",
            "quality_management",
            "conformity_assessment",
            "registration",
            "post_market_monitoring",
            "incident_reporting",
        ]
    );
    let risk = due
        .iter()
        .find(|due| due.obligation.id == "risk_management")
        .expect("risk management is due");
    assert_eq!(risk.bases[0].article, "Art. 9");
    assert!(risk.obligation.iso.contains(&"6.1.2".to_owned()));
}

#[test]
fn the_spam_filter_deployer_owes_only_ai_literacy() {
    let verdict = classify(&answers(&[("role.deployer", "yes")]));
    let data = text();
    let ids: Vec<&str> = data
        .obligations_for(&verdict)
        .iter()
        .map(|due| due.obligation.id.as_str())
        .collect();
    assert_eq!(ids, vec!["ai_literacy"]);
}

#[test]
fn importers_distributors_and_product_manufacturers_get_their_own_articles() {
    let machine = answers(&[
        ("role.importer", "yes"),
        ("role.distributor", "yes"),
        ("role.product_manufacturer", "yes"),
        ("annex_i.product", "yes"),
        ("annex_i.third_party", "yes"),
    ]);
    let verdict = classify(&machine);
    let data = text();
    let due = data.obligations_for(&verdict);
    let conformity = due
        .iter()
        .find(|due| due.obligation.id == "conformity_assessment")
        .expect("conformity is due");
    let articles: Vec<&str> = conformity
        .bases
        .iter()
        .map(|b| b.article.as_str())
        .collect();
    assert_eq!(
        articles,
        vec!["Art. 43 with Art. 25(3)", "Art. 23(1)", "Art. 24(1)"]
    );
    // Registration is for Annex III systems, not Annex I products.
    assert!(!due.iter().any(|due| due.obligation.id == "registration"));
}

#[test]
fn every_obligation_names_iso_items_that_exist_in_the_catalog() {
    let data = text();
    for obligation in &data.obligations {
        assert!(
            !obligation.iso.is_empty(),
            "{} maps to items",
            obligation.id
        );
        assert!(
            !obligation.applies.is_empty(),
            "{} applies somewhere",
            obligation.id
        );
        for id in &obligation.iso {
            let item = catalog().item(id);
            assert!(
                item.is_some(),
                "{}: {id} is not a catalog item",
                obligation.id
            );
        }
    }
    assert_eq!(data.last_checked, "2026-12-07");
    assert!(data
        .dates
        .iter()
        .all(|date| date.source.contains("Article 113")));
    assert!(data.proposal.status.starts_with("Proposal"));
}

#[test]
fn the_data_file_must_cover_every_question_and_obligation() {
    let source = include_str!("../../src/domain/catalog/eu_ai_act.json");
    let without_answer = source.replacen("\"id\": \"4b\"", "\"id\": \"4z\"", 1);
    let error = parse_eu_ai_act_text(&without_answer).expect_err("an answer is missing");
    assert!(error.contains("annex_iii.employment"), "{error}");
    let unknown_role = source.replacen("\"role\": \"deployer\"", "\"role\": \"auditor\"", 1);
    let error = parse_eu_ai_act_text(&unknown_role).expect_err("unknown role");
    assert!(error.contains("auditor"), "{error}");
}

#[test]
fn the_impact_assessments_area_is_only_a_suggestion() {
    let empty = BTreeMap::new();
    assert_eq!(
        suggested_area(&empty, Some(AnnexIiiArea::Employment)),
        Some("employment")
    );
    assert_eq!(suggested_area(&empty, None), None);
    let answered = answers(&[("annex_iii.area", "not-listed")]);
    assert_eq!(
        suggested_area(&answered, Some(AnnexIiiArea::Employment)),
        None
    );
    // The suggestion never answers for the user.
    assert!(classify(&empty).findings.is_empty());
    // Every impact area is an answer of the area question.
    for area in AnnexIiiArea::ALL {
        assert!(
            aims_assess::domain::eu_ai_act::is_known_answer("annex_iii.area", area.slug()),
            "{}",
            area.slug()
        );
    }
}
