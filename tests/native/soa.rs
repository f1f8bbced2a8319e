//! The Statement of Applicability rules: undecided counts as applicable, an exclusion takes a
//! control out of Annex A readiness only when justified, and each gap is a finding.

use aims_assess::domain::assessment::{Answer, Assessment};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::scoring::{Status, Summary};
use aims_assess::domain::soa::{Applicability, InclusionReason, SoaFinding};

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
                d.reasons.insert(InclusionReason::GoodPractice)
            })
            .expect("known control");
    }
    assert!(assessment.soa.findings(catalog()).is_empty());

    decide(&mut assessment, "A.10.4", Applicability::NotApplicable, "");
    decide(&mut assessment, "A.3.3", Applicability::Undecided, "");
    assessment
        .soa
        .edit(catalog(), "A.5.2", |d| {
            d.reasons.remove(&InclusionReason::GoodPractice)
        })
        .expect("known control");
    let findings = assessment.soa.findings(catalog());
    assert_eq!(
        findings,
        [
            SoaFinding::Undecided("A.3.3"),
            SoaFinding::IncludedWithoutReason("A.5.2"),
            SoaFinding::ExcludedWithoutJustification("A.10.4"),
        ]
    );
    assert!(findings[2].is_serious());
    decide(
        &mut assessment,
        "A.10.4",
        Applicability::NotApplicable,
        "We sell to no customers.",
    );
    assert_eq!(assessment.soa.findings(catalog()).len(), 2);
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
