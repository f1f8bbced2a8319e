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
