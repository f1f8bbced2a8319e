//! A realistic sample assessment for the OSCAL exports: answers with evidence and notes, SoA
//! decisions with reasons and a justified exclusion, own controls, a risk with a treatment
//! action, and custom actions open and done. The native tests check the models built from it,
//! and `.ci/test` writes them to files for an independent OSCAL validator
//! (tests/oscal/write_sample.rs, tests/oscal/validate.py).

use aims_assess::domain::action_plan::{ActionStatus, CustomAction, Priority};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::catalog_text::CatalogText;
use aims_assess::domain::risk::{Risk, Treatment, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::soa::{Applicability, InclusionReason};
use aims_assess::io::catalog_text::parse_whole_catalog_text;

/// The evidence recorded for 6.1.2, with characters that mean something in Markdown.
pub const EVIDENCE: &str = "Risk register v3 (SharePoint)\n- see *Risks* tab & `approval` mail";
/// Notes for 6.1.2 that would be markup if rendered as such.
pub const NOTES: &str = "<script>alert('x')</script> to be **reviewed**";

/// The catalog prose, read from the files the app loads on demand.
pub fn sample_text() -> Result<CatalogText, String> {
    parse_whole_catalog_text(
        include_str!("../../src/domain/catalog/clauses.json"),
        include_str!("../../src/domain/catalog/annex_a.json"),
    )
}

/// The sample assessment.
pub fn sample_assessment() -> Result<Assessment, String> {
    let c = catalog();
    let mut a = Assessment::named("Acme *AI* <b>2026</b>");
    a.profile.organisation = "Acme Ltd".into();
    let fail = |error: &dyn std::fmt::Display| error.to_string();
    for question in c.item("4.1").map(|item| item.questions).unwrap_or_default() {
        a.set_answer(c, "4.1", question.id, Some(Answer::Yes))
            .map_err(|e| fail(&e))?;
    }
    a.set_text(
        c,
        "4.1",
        TextField::Evidence,
        "Context analysis, 2026-10".into(),
    )
    .map_err(|e| fail(&e))?;
    a.set_answer(c, "6.1.2", "6.1.2.q1", Some(Answer::Partly))
        .map_err(|e| fail(&e))?;
    a.set_answer(c, "6.1.2", "6.1.2.q2", Some(Answer::No))
        .map_err(|e| fail(&e))?;
    a.set_text(c, "6.1.2", TextField::Evidence, EVIDENCE.into())
        .map_err(|e| fail(&e))?;
    a.set_text(c, "6.1.2", TextField::Notes, NOTES.into())
        .map_err(|e| fail(&e))?;
    a.set_text(c, "6.1.2", TextField::Owner, "Head of Risk".into())
        .map_err(|e| fail(&e))?;
    a.set_due_date(c, "6.1.2", "2027-02-28".parse().ok())
        .map_err(|e| fail(&e))?;
    a.set_answer(c, "A.6.2.4", "A.6.2.4.q1", Some(Answer::Yes))
        .map_err(|e| fail(&e))?;
    a.soa.version = "1.2".into();
    a.soa.approved_by = "Jane Doe".into();
    a.soa
        .edit(c, "A.2.2", |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::LegalRequirement);
            d.justification = "Required by *contract* #4".into();
        })
        .map_err(|e| fail(&e))?;
    a.soa
        .edit(c, "A.5.2", |d| d.applicability = Applicability::Applicable)
        .map_err(|e| fail(&e))?;
    a.soa
        .edit(c, "A.10.4", |d| {
            d.applicability = Applicability::NotApplicable;
            d.justification = "We have no customers outside the group.".into();
        })
        .map_err(|e| fail(&e))?;
    let red_team = a
        .soa
        .add_own_control(
            "Quarterly red-team [exercise]".into(),
            "A red team attacks our models\nevery quarter <i>at least</i>.".into(),
        )
        .map_err(|e| fail(&e))?;
    a.soa
        .edit(c, &red_team, |d| {
            d.applicability = Applicability::Applicable;
            d.reasons.insert(InclusionReason::GoodPractice);
        })
        .map_err(|e| fail(&e))?;
    // A second own control with no decision: the profile must leave it out.
    a.soa
        .add_own_control("Bias bounty".into(), String::new())
        .map_err(|e| fail(&e))?;
    a.risks
        .add(Risk {
            title: "Model drifts after retraining".into(),
            inherent: Some(Rating::new(4, 4)),
            treatment: Some(Treatment::Modify),
            controls: vec!["A.6.2.6".into()],
            actions: vec![TreatmentAction {
                description: "Add drift monitoring".into(),
                owner: "ML lead".into(),
                due_date: "2027-01-15".parse().ok(),
                done: false,
            }],
            ..Risk::default()
        })
        .map_err(|e| fail(&e))?;
    a.actions.custom.push(CustomAction {
        id: "A1".into(),
        title: "Write the AI policy _draft_".into(),
        item_id: "5.2".into(),
        owner: "CEO\nand board".into(),
        due_date: "2027-03-31".parse().ok(),
        priority: Priority::High,
        status: ActionStatus::InProgress,
        notes: "Use the template # from the Templates page".into(),
    });
    a.actions.custom.push(CustomAction {
        id: "A2".into(),
        title: "Done already".into(),
        item_id: String::new(),
        owner: String::new(),
        due_date: None,
        priority: Priority::Low,
        status: ActionStatus::Done,
        notes: String::new(),
    });
    a.actions.next_number = 3;
    Ok(a)
}
