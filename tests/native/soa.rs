//! The Statement of Applicability rules: undecided counts as applicable, an exclusion takes a
//! control out of Annex A readiness only when justified, and each gap is a finding.

use aims_assess::domain::assessment::{Answer, Assessment};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::scoring::{Status, Summary};
use aims_assess::domain::soa::{self, Applicability, InclusionReason, SoaFinding};

/// An assessment where every question of A.2.2 is answered Yes.
fn with_policy_implemented() -> Assessment {
    let mut assessment = Assessment::named("soa");
    let control = catalog().item("A.2.2").expect("A.2.2 exists");
    for question in control.questions {
        assessment
            .set_answer(catalog(), "A.2.2", question.id, Some(Answer::Yes))
            .expect("valid answer");
    }
    assessment
}

fn decide(
    assessment: &mut Assessment,
    control: &str,
    applicability: Applicability,
    justification: &str,
) {
    assessment
        .soa
        .edit(catalog(), control, |decision| {
            decision.applicability = applicability;
            decision.justification = justification.to_owned();
        })
        .expect("known control");
}

#[test]
fn exclusions_leave_annex_a_readiness_only_when_justified() {
    // (decision for A.2.3, justification, controls in scope, status of A.2.3)
    let cases = [
        (Applicability::Undecided, "", 38, Status::NotAssessed),
        (Applicability::Applicable, "", 38, Status::NotAssessed),
        (Applicability::NotApplicable, "", 38, Status::NotAssessed),
        (Applicability::NotApplicable, "   ", 38, Status::NotAssessed),
        (
            Applicability::NotApplicable,
            "We have no other policies to align with.",
            37,
            Status::NotApplicable,
        ),
    ];
    for (applicability, justification, in_scope, status) in cases {
        let mut assessment = with_policy_implemented();
        decide(&mut assessment, "A.2.3", applicability, justification);
        let summary = Summary::compute(catalog(), &assessment);
        assert_eq!(
            summary.annex_a.items, in_scope,
            "{applicability:?} {justification:?}"
        );
        assert_eq!(summary.item("A.2.3").status(), status);
        // One fully implemented control out of those in scope, rounded down.
        assert_eq!(summary.annex_a.percent(), Some(100 / in_scope));
        assert_eq!(summary.overall.items, 32 + in_scope);
    }
}

#[test]
fn findings_name_each_gap_in_catalog_order() {
    let mut assessment = Assessment::named("soa");
    for control in catalog().controls() {
        decide(&mut assessment, control.id, Applicability::Applicable, "");
        assessment
            .soa
            .edit(catalog(), control.id, |d| {
                d.reasons.insert(InclusionReason::GoodPractice);
            })
            .expect("known control");
    }
    assert!(assessment
        .soa
        .findings(catalog(), &assessment.risks)
        .is_empty());

    decide(&mut assessment, "A.10.4", Applicability::NotApplicable, "");
    decide(&mut assessment, "A.3.3", Applicability::Undecided, "");
    assessment
        .soa
        .edit(catalog(), "A.5.2", |d| {
            d.reasons.remove(&InclusionReason::GoodPractice);
        })
        .expect("known control");
    let findings = assessment.soa.findings(catalog(), &assessment.risks);
    assert_eq!(
        findings,
        [
            SoaFinding::Undecided("A.3.3".into()),
            SoaFinding::IncludedWithoutReason("A.5.2".into()),
            SoaFinding::ExcludedWithoutJustification("A.10.4".into()),
        ]
    );
    assert!(findings[2].is_serious());
    decide(
        &mut assessment,
        "A.10.4",
        Applicability::NotApplicable,
        "We sell to no customers.",
    );
    assert_eq!(
        assessment.soa.findings(catalog(), &assessment.risks).len(),
        2
    );
}

#[test]
fn soa_edits_are_checked_and_empty_decisions_are_dropped() {
    let mut assessment = Assessment::named("soa");
    assert!(assessment.soa.edit(catalog(), "A.99.1", |_| {}).is_err());
    assert!(
        assessment.soa.edit(catalog(), "4.1", |_| {}).is_err(),
        "clauses cannot be excluded"
    );
    decide(&mut assessment, "A.2.2", Applicability::Applicable, "");
    assert_eq!(assessment.soa.decisions.len(), 1);
    decide(&mut assessment, "A.2.2", Applicability::Undecided, "");
    assert!(assessment.soa.decisions.is_empty());
}

#[test]
fn printed_rationale_and_counts_follow_each_decision() {
    // (decision for A.5.2, reasons, justification, rationale in the printed SoA)
    let cases: [(Applicability, &[InclusionReason], &str, &str); 6] = [
        (Applicability::Undecided, &[], "", "No reason given"),
        (Applicability::Applicable, &[], "", "No reason given"),
        (
            Applicability::Applicable,
            &[
                InclusionReason::RiskTreatment,
                InclusionReason::ContractualObligation,
            ],
            "",
            "Risk treatment; Contractual obligation",
        ),
        (
            Applicability::NotApplicable,
            &[],
            "  ",
            "Excluded: justification missing",
        ),
        (
            Applicability::NotApplicable,
            &[],
            "We build no AI.",
            "Excluded: We build no AI.",
        ),
        (
            Applicability::Undecided,
            &[InclusionReason::LegalRequirement],
            "",
            "Legal or regulatory requirement",
        ),
    ];
    for (applicability, reasons, justification, expected) in cases {
        let mut assessment = Assessment::named("soa");
        decide(&mut assessment, "A.5.2", applicability, justification);
        for reason in reasons {
            assessment
                .soa
                .edit(catalog(), "A.5.2", |d| {
                    d.reasons.insert(*reason);
                })
                .expect("known control");
        }
        let summary = Summary::compute(catalog(), &assessment);
        let rows = soa::rows(catalog(), &assessment, &summary);
        let row = rows.iter().find(|r| r.control_id == "A.5.2").expect("row");
        assert_eq!(row.rationale(), expected, "{applicability:?} {reasons:?}");
        let counts = soa::decision_counts(catalog(), &assessment.soa, &assessment.risks);
        let expected_counts = match applicability {
            Applicability::Applicable => [1, 0, 37],
            Applicability::NotApplicable => [0, 1, 37],
            Applicability::Undecided => [0, 0, 38],
        };
        assert_eq!(counts, expected_counts, "{applicability:?}");
    }
}

#[test]
fn the_printed_header_says_what_is_missing() {
    // (organisation, scope, version, approver) as entered -> as printed
    let cases = [
        (
            ["", "", "", ""],
            [
                "Organisation not named",
                "Not written yet.",
                "Draft",
                "Not yet approved",
            ],
        ),
        (
            ["  ", "\n", " ", "\t"],
            [
                "Organisation not named",
                "Not written yet.",
                "Draft",
                "Not yet approved",
            ],
        ),
        (
            ["Acme", "All AI products\nin Berlin", "1.1", "CEO"],
            ["Acme", "All AI products\nin Berlin", "1.1", "CEO"],
        ),
    ];
    for (entered, printed) in cases {
        let mut assessment = Assessment::named("header");
        assessment.profile.organisation = entered[0].to_owned();
        assessment.profile.scope = entered[1].to_owned();
        assessment.soa.version = entered[2].to_owned();
        assessment.soa.approved_by = entered[3].to_owned();
        let actual = [
            assessment.profile.display_name(),
            assessment.profile.display_scope(),
            assessment.soa.display_version(),
            assessment.soa.display_approver(),
        ];
        assert_eq!(actual, printed, "{entered:?}");
    }
}

/// An assessment with a live risk R1 treated by A.6.2.4 and A.5.4, and a closed risk R2 that
/// used A.7.4.
fn with_treated_risks() -> Assessment {
    use aims_assess::domain::risk::{Risk, RiskStatus};
    let mut assessment = Assessment::named("soa and risks");
    for (controls, status) in [
        (vec!["A.6.2.4", "A.5.4"], RiskStatus::Open),
        (vec!["A.7.4"], RiskStatus::Closed),
    ] {
        assessment
            .risks
            .add(Risk {
                controls: controls.into_iter().map(str::to_owned).collect(),
                status,
                ..Risk::default()
            })
            .unwrap();
    }
    assessment
}

#[test]
fn a_control_that_treats_a_live_risk_applies_with_risk_treatment_and_the_risk_listed() {
    let mut assessment = with_treated_risks();
    // A.5.4 is undecided, A.6.2.4 included for a contract only; A.7.4 only treats a closed risk.
    decide(&mut assessment, "A.6.2.4", Applicability::Applicable, "");
    assessment
        .soa
        .edit(catalog(), "A.6.2.4", |d| {
            d.reasons.insert(InclusionReason::ContractualObligation);
        })
        .expect("known control");
    let summary = Summary::compute(catalog(), &assessment);
    let rows = soa::rows(catalog(), &assessment, &summary);
    let row = |id: &str| rows.iter().find(|row| row.control_id == id).expect("a row");
    assert_eq!(row("A.5.4").applicability, Applicability::Applicable);
    assert_eq!(row("A.5.4").reasons_text(), "Risk treatment (R1)");
    assert_eq!(
        row("A.6.2.4").reasons_text(),
        "Risk treatment (R1); Contractual obligation"
    );
    assert_eq!(row("A.7.4").applicability, Applicability::Undecided);
    assert!(row("A.7.4").risk_ids.is_empty());

    let findings = assessment.soa.findings(catalog(), &assessment.risks);
    for id in ["A.5.4", "A.6.2.4"] {
        assert!(
            findings.iter().all(|finding| finding.control_id() != id),
            "{id} needs nothing more: {findings:?}"
        );
    }
    assert!(findings.contains(&SoaFinding::Undecided("A.7.4".into())));
    // Undecided A.5.4 counts as applicable.
    let [applicable, excluded, undecided] =
        soa::decision_counts(catalog(), &assessment.soa, &assessment.risks);
    assert_eq!((applicable, excluded, undecided), (2, 0, 36));
}

#[test]
fn excluding_a_control_that_treats_a_live_risk_is_a_serious_finding_even_when_justified() {
    let mut assessment = with_treated_risks();
    decide(
        &mut assessment,
        "A.5.4",
        Applicability::NotApplicable,
        "Impact is assessed by the group.",
    );
    // A.7.4 is only used by a closed risk, so its justified exclusion is fine.
    decide(
        &mut assessment,
        "A.7.4",
        Applicability::NotApplicable,
        "No data is used.",
    );
    let findings = assessment.soa.findings(catalog(), &assessment.risks);
    let finding = SoaFinding::ExcludedButTreatsRisks("A.5.4".into(), vec!["R1".into()]);
    assert!(findings.contains(&finding), "{findings:?}");
    assert!(finding.is_serious());
    assert_eq!(
        finding.message(),
        "is excluded, but the treatment of risk R1 relies on it. Include it, or change how \
         those risks are treated."
    );
    assert!(findings
        .iter()
        .all(|finding| finding.control_id() != "A.7.4"));
    let summary = Summary::compute(catalog(), &assessment);
    let rows = soa::rows(catalog(), &assessment, &summary);
    let row = rows
        .iter()
        .find(|row| row.control_id == "A.5.4")
        .expect("a row");
    assert_eq!(row.applicability, Applicability::NotApplicable);
    assert_eq!(row.risk_ids, ["R1"]);
}

/// An assessment whose live risk R1 uses A.10.3 and nothing else.
fn with_supplier_risk() -> Assessment {
    use aims_assess::domain::risk::Risk;
    let mut assessment = Assessment::named("suppliers");
    assessment
        .risks
        .add(Risk {
            controls: vec!["A.10.3".to_owned()],
            ..Risk::default()
        })
        .expect("room for a risk");
    assessment
        .soa
        .edit(catalog(), "A.10.3", |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::GoodPractice);
        })
        .expect("known control");
    assessment
}

/// The SoA of a written file, as JSON.
fn written_soa(assessment: &Assessment) -> serde_json::Value {
    use aims_assess::io::json::{encode, Layout};
    let text = encode(assessment, "2026-12-01T10:00:00.000Z", Layout::Pretty);
    let file: serde_json::Value = serde_json::from_str(&text).expect("json");
    file["assessment"]["soa"].clone()
}

#[test]
fn risk_treatment_from_a_live_risk_is_ticked_exported_and_printed_the_same_way() {
    use aims_assess::io::csv_out::soa_csv;
    let assessment = with_supplier_risk();
    // The SoA view ticks the box from the effective reasons, and it cannot be unticked.
    let effective = assessment
        .soa
        .effective_reasons("A.10.3", &assessment.risks);
    assert!(effective.contains(&InclusionReason::RiskTreatment));
    assert!(assessment.soa.is_derived_reason(
        "A.10.3",
        InclusionReason::RiskTreatment,
        &assessment.risks
    ));
    // The user's own ticks stay what they ticked.
    assert!(!assessment
        .soa
        .decision("A.10.3")
        .reasons
        .contains(&InclusionReason::RiskTreatment));

    // JSON: the reasons the SoA states, with the derived one marked.
    let soa = written_soa(&assessment);
    assert_eq!(
        soa["controls"]["A.10.3"],
        serde_json::json!({
            "applicable": "yes",
            "reasons": ["risk-treatment", "good-practice"],
            "justification": "",
            "risk_treatment_derived": true
        })
    );

    // CSV and print view (the rows): risk treatment with the risk named.
    let summary = Summary::compute(catalog(), &assessment);
    let csv = soa_csv(catalog(), &assessment, &summary);
    let line = csv
        .lines()
        .find(|line| line.starts_with("A.10.3,"))
        .expect("a row for A.10.3");
    assert!(
        line.contains(",Yes,Risk treatment (R1); Organisational choice or good practice,"),
        "{line}"
    );
    let rows = soa::rows(catalog(), &assessment, &summary);
    let row = rows
        .iter()
        .find(|row| row.control_id == "A.10.3")
        .expect("a row");
    assert_eq!(
        row.rationale(),
        "Risk treatment (R1); Organisational choice or good practice"
    );
}

#[test]
fn a_derived_reason_reads_back_as_derived_and_a_ticked_one_as_ticked() {
    use aims_assess::io::json::{decode, encode, Layout};
    // (user ticked risk treatment too, risk live) for each case.
    for (ticked, live) in [(false, true), (true, true), (true, false), (false, false)] {
        let mut assessment = with_supplier_risk();
        if ticked {
            assessment
                .soa
                .edit(catalog(), "A.10.3", |d| {
                    d.reasons.insert(InclusionReason::RiskTreatment);
                })
                .expect("known control");
        }
        if !live {
            assessment.risks.risks[0].status = aims_assess::domain::risk::RiskStatus::Closed;
        }
        let text = encode(&assessment, "2026-12-01T10:00:00.000Z", Layout::Compact);
        let read = decode(&text, catalog()).expect("reads");
        assert_eq!(read.assessment, assessment, "ticked {ticked}, live {live}");
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
        // Written again, the file is the same bytes.
        let again = encode(
            &read.assessment,
            "2026-12-01T10:00:00.000Z",
            Layout::Compact,
        );
        assert_eq!(again, text);
        let derived = written_soa(&assessment)["controls"]["A.10.3"]["risk_treatment_derived"]
            .as_bool()
            .unwrap_or(false);
        assert_eq!(derived, live && !ticked, "ticked {ticked}, live {live}");
    }
}

#[test]
fn a_derived_mark_without_a_live_risk_drops_the_reason_with_a_warning() {
    use aims_assess::io::json::{decode, encode, Layout};
    let mut assessment = with_supplier_risk();
    let text = encode(&assessment, "2026-12-01T10:00:00.000Z", Layout::Compact);
    let mut file: serde_json::Value = serde_json::from_str(&text).expect("json");
    file["assessment"]["risks"] = serde_json::json!([]);
    let read = decode(&file.to_string(), catalog()).expect("reads");
    assessment.risks.risks.clear();
    assert_eq!(read.assessment.soa, assessment.soa);
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    assert_eq!(
        read.warnings[0].path,
        "assessment.soa.controls[\"A.10.3\"].risk_treatment_derived"
    );
    assert!(read.warnings[0]
        .message
        .contains("no live risk in this file uses A.10.3"));
}

#[test]
fn own_controls_get_ids_that_are_never_given_twice() {
    use aims_assess::domain::soa::{OwnControlText, SoaError};
    let mut assessment = Assessment::named("own");
    let soa = &mut assessment.soa;
    assert_eq!(
        soa.add_own_control("Prompt review".into(), String::new()),
        Ok("O1".into())
    );
    assert_eq!(
        soa.add_own_control("Red team".into(), "Yearly".into()),
        Ok("O2".into())
    );
    let removed = soa
        .remove_own_control("O2", &assessment.risks)
        .expect("not used");
    assert_eq!(removed.control.title, "Red team");
    let soa = &mut assessment.soa;
    assert_eq!(
        soa.add_own_control("Third".into(), String::new()),
        Ok("O3".into())
    );
    assert!(soa.is_known_control(catalog(), "O1"));
    assert!(!soa.is_known_control(catalog(), "O2"));
    assert_eq!(soa.control_title(catalog(), "O3"), Some("Third"));
    assert_eq!(soa.control_title(catalog(), "A.10.3"), Some("Suppliers"));
    assert_eq!(
        soa.set_own_control_text("O9", OwnControlText::Title, "x".into()),
        Err(SoaError::UnknownControl("O9".into()))
    );
    let too_long = "x".repeat(aims_assess::domain::limits::MAX_TEXT_CHARS + 1);
    assert!(matches!(
        soa.set_own_control_text("O1", OwnControlText::Description, too_long.clone()),
        Err(SoaError::Limit(_))
    ));
    assert!(matches!(
        soa.add_own_control(too_long, String::new()),
        Err(SoaError::Limit(_))
    ));
    assert_eq!(soa.next_own_control_number, 4);
    // Decided like Annex A controls; an undecided one is a finding.
    soa.edit(catalog(), "O1", |d| {
        d.applicability = Applicability::NotApplicable
    })
    .expect("an own control");
    let findings = soa.findings(catalog(), &assessment.risks);
    assert!(findings.contains(&SoaFinding::ExcludedWithoutJustification("O1".into())));
    assert!(findings.contains(&SoaFinding::Undecided("O3".into())));
    assert_eq!(
        soa::decision_counts(catalog(), &assessment.soa, &assessment.risks),
        [0, 1, 39]
    );
}

#[test]
fn an_own_control_a_risk_uses_cannot_be_deleted_and_a_deleted_one_comes_back() {
    use aims_assess::domain::risk::{Risk, RiskStatus};
    use aims_assess::domain::soa::SoaError;
    let mut assessment = Assessment::named("own in use");
    let id = assessment
        .soa
        .add_own_control("Prompt review".into(), String::new())
        .expect("room");
    assessment
        .soa
        .edit(catalog(), &id, |d| {
            d.applicability = Applicability::Applicable
        })
        .expect("an own control");
    // Even a closed risk keeps the deletion from going through.
    assessment
        .risks
        .add(Risk {
            controls: vec![id.clone()],
            status: RiskStatus::Closed,
            ..Risk::default()
        })
        .expect("room");
    let refused = assessment.soa.remove_own_control(&id, &assessment.risks);
    assert_eq!(
        refused,
        Err(SoaError::OwnControlInUse {
            control_id: "O1".into(),
            risk_ids: vec!["R1".into()]
        })
    );
    assert_eq!(
        refused.unwrap_err().to_string(),
        "O1 is used by the treatment of risk R1; remove it there first, or pick another \
         control for those risks"
    );
    assessment.risks.risks.clear();
    let before = assessment.soa.clone();
    let removed = assessment
        .soa
        .remove_own_control(&id, &assessment.risks)
        .expect("no risk uses it");
    assert!(assessment.soa.decisions.is_empty());
    assessment.soa.restore_own_control(removed);
    assert_eq!(assessment.soa, before);
}

#[test]
fn own_controls_treat_risks_and_appear_in_the_file_csv_and_rows() {
    use aims_assess::domain::risk::Risk;
    use aims_assess::io::csv_out::soa_csv;
    use aims_assess::io::json::{decode, encode, Layout};
    let mut assessment = Assessment::named("own everywhere");
    let id = assessment
        .soa
        .add_own_control(
            "Four-eyes release".into(),
            "Two people approve a model.".into(),
        )
        .expect("room");
    assessment
        .risks
        .add(Risk {
            controls: vec![id.clone()],
            ..Risk::default()
        })
        .expect("room");
    let summary = Summary::compute(catalog(), &assessment);
    let rows = soa::rows(catalog(), &assessment, &summary);
    assert_eq!(rows.len(), 39);
    let row = rows.last().expect("a row");
    assert_eq!(
        (
            row.control_id.as_str(),
            row.title.as_str(),
            row.area.as_str()
        ),
        ("O1", "Four-eyes release", soa::OWN_CONTROLS_AREA)
    );
    assert_eq!(row.applicability, Applicability::Applicable);
    assert_eq!(row.reasons_text(), "Risk treatment (R1)");
    assert_eq!(row.status_text(), "Not assessed here (own control)");
    let csv = soa_csv(catalog(), &assessment, &summary);
    assert!(csv.lines().any(|line| line
        == "O1,Four-eyes release,Two people approve a model.,Own controls,Yes,Risk treatment (R1),,Not assessed here (own control),,"),
        "{csv}");

    let text = encode(&assessment, "2026-12-01T10:00:00.000Z", Layout::Pretty);
    let file: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(
        file["assessment"]["soa"]["own_controls"],
        serde_json::json!([{"id": "O1", "title": "Four-eyes release", "description": "Two people approve a model."}])
    );
    assert_eq!(file["assessment"]["soa"]["next_own_control_number"], 2);
    let read = decode(&text, catalog()).expect("reads");
    assert_eq!(read.assessment, assessment);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
}

/// The risks of a file with one risk R1 whose treatment names `controls`.
fn risks_naming(controls: &[&str]) -> serde_json::Value {
    use aims_assess::domain::risk::Risk;
    use aims_assess::io::json::{encode, Layout};
    let mut assessment = Assessment::named("risks");
    assessment
        .risks
        .add(Risk {
            controls: controls.iter().map(|id| (*id).to_owned()).collect(),
            ..Risk::default()
        })
        .expect("room");
    let text = encode(&assessment, "2026-12-01T10:00:00.000Z", Layout::Compact);
    let file: serde_json::Value = serde_json::from_str(&text).expect("json");
    file["assessment"]["risks"].clone()
}

#[test]
fn own_controls_in_a_file_are_checked_with_their_path() {
    use aims_assess::io::json::decode;
    use aims_assess::io::ImportError;
    let file = |soa: serde_json::Value, risks: serde_json::Value| {
        serde_json::json!({
            "format": "aims-assess", "schema_version": 6, "app_version": "0.1.0",
            "catalog_version": "2026.11", "exported_at": "2026-12-01T10:00:00.000Z",
            "assessment": {"name": "x", "items": {}, "soa": soa, "risks": risks}
        })
        .to_string()
    };
    let refused = |soa, message: &str| {
        let error = decode(&file(soa, serde_json::json!([])), catalog()).expect_err("refused");
        assert_eq!(
            error,
            ImportError::at("assessment.soa.own_controls[1].id", message),
        );
    };
    refused(
        serde_json::json!({"own_controls": [{"id": "O1"}, {"id": "X2"}]}),
        "the ID must be O followed by a number from 1, such as O4",
    );
    refused(
        serde_json::json!({"own_controls": [{"id": "O1"}, {"id": "O1"}]}),
        "an earlier own control has the same ID",
    );
    // A decision or a risk naming an own control the file does not have is left out.
    let read = decode(
        &file(
            serde_json::json!({
                "own_controls": [{"id": "O2", "title": "Kept"}],
                "controls": {"O2": {"applicable": "yes", "reasons": ["legal"]},
                             "O7": {"applicable": "yes"}}
            }),
            risks_naming(&["O2", "O7"]),
        ),
        catalog(),
    )
    .expect("reads");
    let paths: Vec<&str> = read.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "assessment.soa.controls.O7",
            "assessment.risks[0].controls[1]"
        ]
    );
    assert_eq!(read.assessment.risks.risks[0].controls, ["O2"]);
    assert_eq!(read.assessment.soa.next_own_control_number, 3);
    assert_eq!(
        read.assessment.soa.decision("O2").applicability,
        Applicability::Applicable
    );
}

#[test]
fn setting_undecided_controls_to_applicable_changes_only_those_and_can_be_undone() {
    let mut assessment = with_treated_risks();
    decide(&mut assessment, "A.2.2", Applicability::NotApplicable, "");
    decide(&mut assessment, "A.2.3", Applicability::Applicable, "");
    assessment
        .soa
        .add_own_control("Own".into(), String::new())
        .expect("room");
    let before = assessment.soa.clone();
    let replaced = assessment
        .soa
        .include_undecided(catalog(), InclusionReason::LegalRequirement);
    // 38 Annex A controls and one own, less the two decided.
    assert_eq!(replaced.before.len(), 37);
    for id in ["A.5.4", "A.10.4", "O1"] {
        let decision = assessment.soa.decision(id);
        assert_eq!(decision.applicability, Applicability::Applicable, "{id}");
        assert!(decision
            .reasons
            .contains(&InclusionReason::LegalRequirement));
    }
    assert_eq!(
        assessment.soa.decision("A.2.2").applicability,
        Applicability::NotApplicable
    );
    assert!(assessment.soa.decision("A.2.3").reasons.is_empty());
    assessment.soa.restore_decisions(replaced);
    assert_eq!(assessment.soa, before);
    // Nothing undecided is left after a second run.
    assessment
        .soa
        .include_undecided(catalog(), InclusionReason::GoodPractice);
    let again = assessment
        .soa
        .include_undecided(catalog(), InclusionReason::GoodPractice);
    assert!(again.before.is_empty());
}

#[test]
fn every_annex_a_control_has_a_purpose_of_one_short_line() {
    let mut seen = std::collections::BTreeSet::new();
    for control in catalog().controls() {
        let purpose = control.purpose;
        assert!(!purpose.trim().is_empty(), "{} has no purpose", control.id);
        assert!(purpose.chars().count() <= 120, "{}: {purpose}", control.id);
        assert!(!purpose.contains('\n'), "{}", control.id);
        assert_ne!(purpose, control.title, "{}", control.id);
        assert!(seen.insert(purpose), "{} repeats a purpose", control.id);
    }
    assert_eq!(seen.len(), 38);
    for item in catalog().clause_items() {
        assert_eq!(item.purpose, "", "{}", item.id);
    }
}

#[test]
fn an_import_preview_tells_of_changed_own_controls() {
    use aims_assess::domain::compare::compare;
    let before = Assessment::named("before");
    let mut after = before.clone();
    after
        .soa
        .add_own_control("Prompt review".into(), String::new())
        .expect("room");
    assert!(compare(catalog(), &before, &after).soa_details_changed);
    let mut decided = after.clone();
    decided
        .soa
        .edit(catalog(), "O1", |d| {
            d.applicability = Applicability::Applicable
        })
        .expect("an own control");
    assert!(compare(catalog(), &after, &decided).soa_details_changed);
    assert!(!compare(catalog(), &decided, &decided.clone()).soa_details_changed);
}

#[test]
fn the_report_names_an_own_control_by_its_title_in_the_soa_and_the_risk_table() {
    use aims_assess::domain::report::{build, ReportContext};
    use aims_assess::domain::risk::Risk;
    use aims_assess::io::markdown::write_markdown;
    let mut assessment = Assessment::named("report");
    let id = assessment
        .soa
        .add_own_control("Four-eyes release".into(), String::new())
        .expect("room");
    assessment
        .risks
        .add(Risk {
            title: "Unreviewed model goes live".into(),
            controls: vec![id],
            ..Risk::default()
        })
        .expect("room");
    let context = ReportContext {
        today: None,
        assessor: String::new(),
        app_version: "9.9.9".into(),
        depth: Default::default(),
    };
    let markdown = write_markdown(&build(catalog(), &assessment, &context));
    // Once in the SoA's table (with risk treatment from R1) and once in the register's.
    assert!(
        markdown.contains("| O1 | Four-eyes release | Yes | Risk treatment (R1) |"),
        "{markdown}"
    );
    assert!(markdown.contains("O1 Four-eyes release"), "{markdown}");
}

#[test]
fn the_risk_register_csv_reads_own_controls_the_assessment_has() {
    use aims_assess::domain::risk::Risk;
    use aims_assess::io::csv_risks::{read_risks_csv, read_risks_csv_with_own_controls, risks_csv};
    let mut assessment = Assessment::named("csv");
    assessment
        .risks
        .add(Risk {
            controls: vec!["A.10.3".into(), "O1".into()],
            ..Risk::default()
        })
        .expect("room");
    let text = risks_csv(&assessment.risks);
    let read = read_risks_csv_with_own_controls(&text, &assessment.risks, catalog(), &["O1"])
        .expect("O1 is known");
    assert_eq!(read.register.risks[0].controls, ["A.10.3", "O1"]);
    // Without own controls, O1 is not a control at all.
    let errors = read_risks_csv(&text, &assessment.risks, catalog()).expect_err("refused");
    assert!(errors[0].to_string().contains("\"O1\""), "{errors:?}");
}

#[test]
fn the_anonymised_copy_keeps_own_controls_and_their_decisions_but_not_their_words() {
    use aims_assess::domain::anonymise::anonymise;
    let mut assessment = Assessment::named("anonymise");
    let id = assessment
        .soa
        .add_own_control("Checked by Jane Doe".into(), "Jane's weekly review".into())
        .expect("room");
    assessment
        .soa
        .edit(catalog(), &id, |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::GoodPractice);
        })
        .expect("an own control");
    let copy = anonymise(&assessment);
    let own = &copy.soa.own_controls[0];
    assert_eq!(
        (own.id.as_str(), own.title.as_str()),
        ("O1", "Own control O1")
    );
    assert_eq!(own.description, "");
    assert_eq!(copy.soa.decision("O1"), assessment.soa.decision("O1"));
    assert_eq!(copy.soa.next_own_control_number, 2);
}
