//! The risk criteria and the risk register: level lookup at every band edge, changes of the
//! scales, and the rules an auditor checks (acceptance, overdue actions, excluded controls).

use aims_assess::domain::date::IsoDate;
use aims_assess::domain::risk::{
    residual_text, Acceptance, MapStage, Risk, RiskFinding, RiskRegister, RiskStatus,
    TreatmentAction,
};
use aims_assess::domain::risk_criteria::{Axis, CriteriaError, Rating, RiskCriteria};

fn date(text: &str) -> IsoDate {
    text.parse().expect("a valid date")
}

fn rated(likelihood: u8, consequence: u8) -> Option<Rating> {
    Some(Rating::new(likelihood, consequence))
}

#[test]
fn the_default_matrix_puts_every_cell_in_its_band() {
    let criteria = RiskCriteria::default();
    criteria
        .check()
        .expect("the default criteria are consistent");
    // (likelihood, consequence, band): the edges of every band of the 5 x 5 default, whose
    // limits are the products 4, 9 and 16.
    let cases = [
        (1, 1, 0),
        (1, 4, 0),
        (2, 2, 0),
        (1, 5, 1),
        (5, 1, 1),
        (3, 3, 1),
        (2, 5, 2),
        (3, 4, 2),
        (4, 4, 2),
        (4, 5, 3),
        (5, 4, 3),
        (5, 5, 3),
    ];
    for (likelihood, consequence, band) in cases {
        assert_eq!(
            criteria.band(Rating::new(likelihood, consequence)),
            Some(band),
            "L{likelihood} C{consequence}"
        );
    }
    assert_eq!(criteria.band_name(2), "High");
    for off_scale in [(0, 1), (1, 0), (6, 1), (1, 6)] {
        assert_eq!(criteria.band(Rating::new(off_scale.0, off_scale.1)), None);
    }
}

#[test]
fn the_proposed_table_follows_the_same_rule_for_other_sizes() {
    let mut criteria = RiskCriteria::default();
    criteria
        .resize_scale(Axis::Likelihood, 3, &[])
        .expect("three levels");
    criteria
        .resize_scale(Axis::Consequence, 3, &[])
        .expect("three levels");
    criteria.resize_bands(3).expect("three bands");
    // Limits for 3 bands over a largest product of 9: 9/4 = 2.25 and 9 * 9/16 = 5.06.
    assert_eq!(criteria.table, [0, 0, 1, 0, 1, 2, 1, 2, 2]);
    criteria.check().expect("consistent after resizing");
}

#[test]
fn acceptance_is_needed_only_above_the_limit() {
    let mut criteria = RiskCriteria::default();
    assert!(
        !criteria.needs_acceptance(1),
        "Medium may be accepted as it is"
    );
    assert!(
        criteria.needs_acceptance(2),
        "High needs a named acceptance"
    );
    criteria.set_acceptable_up_to(2).expect("High is a band");
    assert!(!criteria.needs_acceptance(2));
    assert!(criteria.needs_acceptance(3));
    assert_eq!(
        criteria.set_acceptable_up_to(4),
        Err(CriteriaError::NoSuchBand(4))
    );
}

#[test]
fn the_acceptance_rule_and_scale_keys_read_as_sentences() {
    let mut criteria = RiskCriteria::default();
    assert_eq!(
        criteria.acceptance_rule(),
        "A risk in Low or Medium may be kept without a named acceptance; a risk in High or \
         Critical needs a named person to accept it, with a date."
    );
    criteria.set_acceptable_up_to(0).expect("Low is a band");
    assert_eq!(
        criteria.acceptance_rule(),
        "A risk in Low may be kept without a named acceptance; a risk in Medium, High or \
         Critical needs a named person to accept it, with a date."
    );
    criteria
        .set_acceptable_up_to(3)
        .expect("Critical is a band");
    assert_eq!(
        criteria.acceptance_rule(),
        "A risk in any band may be kept without a named acceptance."
    );
    criteria
        .resize_scale(Axis::Likelihood, 3, &[])
        .expect("three levels");
    let key = criteria.scale_key(Axis::Likelihood);
    assert!(key.starts_with("1 "), "{key}");
    assert_eq!(key.matches(", ").count(), 2, "three numbered levels: {key}");
    assert!(
        key.contains(&format!("3 {}", criteria.likelihood[2])),
        "{key}"
    );
}

#[test]
fn cells_and_names_can_be_edited_and_bad_edits_are_refused() {
    let mut criteria = RiskCriteria::default();
    criteria
        .set_cell(Rating::new(1, 5), 2)
        .expect("a cell and a band that exist");
    assert_eq!(criteria.band(Rating::new(1, 5)), Some(2));
    assert_eq!(
        criteria.set_cell(Rating::new(1, 5), 4),
        Err(CriteriaError::NoSuchBand(4))
    );
    assert!(criteria.set_cell(Rating::new(6, 1), 0).is_err());
    criteria
        .rename_level(Axis::Consequence, 5, "Catastrophic".into())
        .expect("level 5 exists");
    assert_eq!(criteria.consequence[4], "Catastrophic");
    assert_eq!(
        criteria.rename_level(Axis::Likelihood, 0, "x".into()),
        Err(CriteriaError::NoSuchLevel(0))
    );
    criteria
        .rename_band(3, "Unacceptable".into())
        .expect("band 3");
    assert_eq!(criteria.band_name(3), "Unacceptable");
}

#[test]
fn a_scale_level_in_use_is_never_removed() {
    let mut criteria = RiskCriteria::default();
    let in_use = [("R1", Rating::new(5, 2)), ("R2", Rating::new(2, 2))];
    assert_eq!(
        criteria.resize_scale(Axis::Likelihood, 4, &in_use),
        Err(CriteriaError::LevelInUse(vec!["R1".into()]))
    );
    assert_eq!(
        criteria,
        RiskCriteria::default(),
        "a refused change changes nothing"
    );
    criteria
        .resize_scale(Axis::Consequence, 4, &in_use)
        .expect("consequence 5 is not in use");
    assert_eq!(criteria.consequence.len(), 4);
    criteria
        .resize_scale(Axis::Consequence, 6, &in_use)
        .expect("growing is always possible");
    assert_eq!(criteria.consequence[4], "Level 5");
    assert_eq!(criteria.table.len(), 30);
    for levels in [2, 8] {
        assert_eq!(
            criteria.resize_scale(Axis::Likelihood, levels, &[]),
            Err(CriteriaError::ScaleSize)
        );
    }
}

#[test]
fn fewer_bands_keep_the_acceptance_limit_within_them() {
    let mut criteria = RiskCriteria::default();
    criteria.set_acceptable_up_to(3).expect("Critical");
    criteria.resize_bands(2).expect("two bands");
    assert_eq!(criteria.acceptable_up_to, 1);
    criteria.check().expect("consistent");
    assert_eq!(criteria.resize_bands(7), Err(CriteriaError::BandCount));
}

#[test]
fn inconsistent_criteria_are_described() {
    type Damage = fn(&mut RiskCriteria);
    let cases: [(Damage, &str); 4] = [
        (
            |c| c.likelihood.truncate(2),
            "likelihood scale has 2 levels",
        ),
        (
            |c| {
                c.table.pop();
            },
            "table has 24 cells",
        ),
        (|c| c.table[0] = 9, "band 9"),
        (|c| c.acceptable_up_to = 4, "acceptance limit is band 4"),
    ];
    for (damage, message) in cases {
        let mut criteria = RiskCriteria::default();
        damage(&mut criteria);
        let error = criteria.check().expect_err(message);
        assert!(error.contains(message), "{error}");
    }
}

#[test]
fn risk_ids_are_never_reused_and_delete_can_be_undone() {
    let mut register = RiskRegister::default();
    assert_eq!(register.add(Risk::default()).unwrap(), "R1");
    assert_eq!(register.add(Risk::default()).unwrap(), "R2");
    let (index, removed) = register.remove("R2").expect("R2 exists");
    assert_eq!(register.add(Risk::default()).unwrap(), "R3");
    register.restore(index, removed);
    let ids: Vec<&str> = register.risks.iter().map(|risk| risk.id.as_str()).collect();
    assert_eq!(ids, ["R1", "R2", "R3"]);
    assert!(register.remove("R9").is_err());
    assert!(register.edit("R9", |_| {}).is_err());
}

#[test]
fn a_control_is_listed_once_in_the_order_it_was_added() {
    let mut risk = Risk::default();
    for (control, used) in [
        ("A.6.2.4", true),
        ("A.5.4", true),
        ("A.6.2.4", true),
        ("A.7.4", true),
        ("A.5.4", false),
    ] {
        risk.use_control(control, used);
    }
    assert_eq!(risk.controls, ["A.6.2.4", "A.7.4"]);
}

/// A register with one risk shaped by `change`, checked on 2026-11-23 with `excluded`
/// controls.
fn findings_for(change: impl FnOnce(&mut Risk), excluded: &[&str]) -> Vec<RiskFinding> {
    let mut register = RiskRegister::default();
    let id = register
        .add(Risk {
            inherent: rated(1, 1),
            ..Risk::default()
        })
        .unwrap();
    register.edit(&id, change).expect("just added");
    register.findings(Some(date("2026-11-23")), |control| {
        excluded.contains(&control)
    })
}

fn not_accepted() -> Vec<RiskFinding> {
    vec![RiskFinding::NotAccepted {
        risk_id: "R1".into(),
    }]
}

#[test]
fn a_risk_above_the_limit_needs_a_named_and_dated_acceptance() {
    // Medium (band 1) may stay as it is; High (band 2) may not.
    assert_eq!(findings_for(|risk| risk.inherent = rated(3, 3), &[]), []);
    assert_eq!(
        findings_for(|risk| risk.inherent = rated(2, 5), &[]),
        not_accepted()
    );
    // The residual rating counts once it is estimated.
    assert_eq!(
        findings_for(
            |risk| {
                risk.inherent = rated(5, 5);
                risk.residual = rated(2, 2);
            },
            &[]
        ),
        []
    );
    assert_eq!(
        findings_for(
            |risk| {
                risk.inherent = rated(1, 1);
                risk.residual = rated(4, 4);
            },
            &[]
        ),
        not_accepted()
    );
    // A name without a date, or a date without a name, is not an acceptance.
    let accepted = |by: &str, on: Option<&str>| {
        let acceptance = Acceptance {
            accepted_by: by.into(),
            date: on.map(date),
            rationale: String::new(),
        };
        findings_for(
            move |risk| {
                risk.inherent = rated(5, 5);
                risk.acceptance = acceptance;
            },
            &[],
        )
    };
    assert_eq!(accepted("Dana Kim", None), not_accepted());
    assert_eq!(accepted("  ", Some("2026-11-01")), not_accepted());
    assert_eq!(accepted("Dana Kim", Some("2026-11-01")), []);
    // A closed risk is no longer checked.
    assert_eq!(
        findings_for(
            |risk| {
                risk.inherent = rated(5, 5);
                risk.status = RiskStatus::Closed;
            },
            &[]
        ),
        []
    );
}

#[test]
fn an_action_is_overdue_only_after_its_due_date_and_while_not_done() {
    let action = |due: &str, done: bool| TreatmentAction {
        description: "Retrain on 2026 data".into(),
        owner: "Data team".into(),
        due_date: Some(date(due)),
        done,
    };
    let findings = findings_for(
        |risk| {
            risk.actions = vec![
                action("2026-11-22", false),
                action("2026-11-23", false),
                action("2026-11-01", true),
                TreatmentAction::default(),
                action("2026-01-01", false),
            ]
        },
        &[],
    );
    assert_eq!(
        findings,
        [
            RiskFinding::ActionOverdue {
                risk_id: "R1".into(),
                action: 0
            },
            RiskFinding::ActionOverdue {
                risk_id: "R1".into(),
                action: 4
            },
        ]
    );
}

#[test]
fn an_unrated_risk_is_a_finding() {
    assert_eq!(
        findings_for(|risk| risk.inherent = None, &[]),
        [RiskFinding::NotRated {
            risk_id: "R1".into()
        }]
    );
}

#[test]
fn excluding_a_control_that_a_live_treatment_uses_is_a_finding() {
    let mut register = RiskRegister::default();
    for (controls, status) in [
        (vec!["A.6.2.4", "A.5.4"], RiskStatus::Open),
        (vec!["A.5.4"], RiskStatus::Treated),
        (vec!["A.7.4"], RiskStatus::Closed),
    ] {
        register
            .add(Risk {
                inherent: rated(1, 1),
                controls: controls.into_iter().map(str::to_owned).collect(),
                status,
                ..Risk::default()
            })
            .unwrap();
    }
    assert_eq!(
        register.controls_in_use(),
        [
            ("A.6.2.4".to_owned(), vec!["R1".to_owned()]),
            ("A.5.4".to_owned(), vec!["R1".to_owned(), "R2".to_owned()]),
        ],
        "closed risks use no controls"
    );
    assert_eq!(register.risks_using("A.5.4"), ["R1", "R2"]);
    assert!(register.risks_using("A.7.4").is_empty());
    // The quick question the SoA asks of every control agrees with the list.
    assert!(register.uses_control("A.5.4"));
    assert!(!register.uses_control("A.7.4"));
    let findings = register.findings(Some(date("2026-11-23")), |control| {
        ["A.5.4", "A.7.4"].contains(&control)
    });
    assert_eq!(
        findings,
        [RiskFinding::ExcludedControlInUse {
            control_id: "A.5.4".into(),
            risk_ids: vec!["R1".into(), "R2".into()],
        }]
    );
}

#[test]
fn ratings_in_use_name_their_risks() {
    let mut register = RiskRegister::default();
    register
        .add(Risk {
            inherent: rated(4, 2),
            residual: rated(2, 2),
            ..Risk::default()
        })
        .unwrap();
    register.add(Risk::default()).unwrap();
    assert_eq!(
        register.ratings_in_use(),
        [("R1", Rating::new(4, 2)), ("R1", Rating::new(2, 2))]
    );
}

#[test]
fn the_register_list_filters_and_sorts() {
    use aims_assess::domain::risk::{RiskFilter, RiskOrder};
    let mut register = RiskRegister::default();
    for (title, system, source, rating, status) in [
        ("model drift", "S1", "C.3.4", rated(3, 3), RiskStatus::Open),
        ("Bias", "S2", "C.3.4", rated(5, 5), RiskStatus::Open),
        (
            "Prompt leaks",
            "",
            "C.3.1",
            rated(2, 5),
            RiskStatus::Treated,
        ),
        ("Unrated", "S1", "", None, RiskStatus::Closed),
    ] {
        register
            .add(Risk {
                title: title.into(),
                system_id: system.into(),
                source: source.into(),
                inherent: rating,
                status,
                ..Risk::default()
            })
            .unwrap();
    }
    let ids = |filter: RiskFilter, order: RiskOrder| -> Vec<String> {
        register
            .listed(&filter, order)
            .into_iter()
            .map(|risk| risk.id.clone())
            .collect()
    };
    assert_eq!(
        ids(RiskFilter::default(), RiskOrder::Id),
        ["R1", "R2", "R3", "R4"]
    );
    assert_eq!(
        ids(RiskFilter::default(), RiskOrder::Level),
        ["R2", "R3", "R1", "R4"]
    );
    assert_eq!(
        ids(RiskFilter::default(), RiskOrder::Title),
        ["R2", "R1", "R3", "R4"]
    );
    let only = |change: fn(&mut RiskFilter)| {
        let mut filter = RiskFilter::default();
        change(&mut filter);
        ids(filter, RiskOrder::Id)
    };
    assert_eq!(only(|f| f.band = Some(2)), ["R3"]);
    assert_eq!(only(|f| f.system_id = Some("S1".into())), ["R1", "R4"]);
    assert_eq!(only(|f| f.system_id = Some(String::new())), ["R3"]);
    assert_eq!(only(|f| f.source = Some("C.3.4".into())), ["R1", "R2"]);
    assert_eq!(only(|f| f.status = Some(RiskStatus::Closed)), ["R4"]);
}

#[test]
fn findings_read_as_sentences_with_the_risks_named() {
    let mut register = RiskRegister::default();
    register
        .add(Risk {
            title: "Biased outcomes".into(),
            inherent: rated(5, 5),
            actions: vec![TreatmentAction {
                description: "Test for bias".into(),
                due_date: Some(date("2026-10-01")),
                ..TreatmentAction::default()
            }],
            controls: vec!["A.7.4".into()],
            ..Risk::default()
        })
        .unwrap();
    register.add(Risk::default()).unwrap();
    let messages: Vec<String> = register
        .findings(Some(date("2026-11-23")), |control| control == "A.7.4")
        .iter()
        .map(|finding| finding.message(&register))
        .collect();
    assert_eq!(
        messages,
        [
            "R1 Biased outcomes is Critical, above the acceptance limit, and has not been \
             accepted by a named person on a date.",
            "R1 Biased outcomes: the treatment action \"Test for bias\" was due on 2026-10-01 \
             and is not done.",
            "R2 Untitled risk has no likelihood and consequence before treatment yet.",
            "A.7.4 is excluded in the Statement of Applicability, but the treatment of risk R1 \
             relies on it.",
        ]
    );
}

#[test]
fn a_library_risk_starts_rated_on_the_current_scales() {
    use aims_assess::domain::impact_catalog::RISK_LIBRARY;
    let entry = RISK_LIBRARY
        .iter()
        .find(|entry| entry.likelihood > 3 || entry.consequence > 3)
        .expect("a library risk rated above 3 somewhere");
    let risk = Risk::from_library(entry, &RiskCriteria::default());
    assert_eq!(risk.inherent, rated(entry.likelihood, entry.consequence));
    assert_eq!(risk.controls.len(), entry.controls.len());
    let mut small = RiskCriteria::default();
    small
        .resize_scale(Axis::Likelihood, 3, &[])
        .expect("3 levels");
    small
        .resize_scale(Axis::Consequence, 3, &[])
        .expect("3 levels");
    let risk = Risk::from_library(entry, &small);
    let rating = risk.inherent.expect("rated");
    assert!(rating.likelihood <= 3 && rating.consequence <= 3);
    assert!(small.contains(rating));
}

#[test]
fn the_register_refuses_to_shrink_a_scale_its_risks_use() {
    let mut register = RiskRegister::default();
    register
        .add(Risk {
            residual: rated(2, 5),
            ..Risk::default()
        })
        .unwrap();
    assert_eq!(
        register.resize_scale(Axis::Consequence, 4),
        Err(CriteriaError::LevelInUse(vec!["R1".into()]))
    );
    register
        .resize_scale(Axis::Likelihood, 3)
        .expect("likelihood 3 to 5 are not in use");
    assert_eq!(register.criteria.likelihood.len(), 3);
}

#[test]
fn every_library_risk_is_well_formed() {
    use aims_assess::domain::annex_c::{is_objective, is_risk_source};
    use aims_assess::domain::catalog::catalog;
    use aims_assess::domain::impact_catalog::{RISK_LIBRARY, SYSTEM_KINDS};
    assert!(RISK_LIBRARY.len() >= 26, "RL-01 to RL-26 at least");
    for (index, entry) in RISK_LIBRARY.iter().enumerate() {
        // The IDs run RL-01, RL-02, ... so the existing ones never change.
        assert_eq!(entry.id, format!("RL-{:02}", index + 1));
        assert!(is_risk_source(entry.source), "{} source", entry.id);
        assert!(is_objective(entry.objective), "{} objective", entry.id);
        assert!(!entry.controls.is_empty(), "{} controls", entry.id);
        for control in entry.controls {
            let known = catalog()
                .item(control)
                .is_some_and(|item| item.is_control());
            assert!(known, "{} names {control}", entry.id);
        }
        for kind in entry.fits {
            assert!(SYSTEM_KINDS.contains(kind), "{} fits {kind}", entry.id);
        }
        let sentences = entry.description.matches(". ").count() + 1;
        assert!(
            (2..=3).contains(&sentences) && entry.description.ends_with('.'),
            "{}: two or three sentences",
            entry.id
        );
        assert!((1..=5).contains(&entry.likelihood) && (1..=5).contains(&entry.consequence));
    }
}

#[test]
fn the_library_covers_the_named_topics_and_fits_the_right_systems() {
    use aims_assess::domain::impact_catalog::library_risk;
    // (topic, library ID, source, objective, kinds it fits; empty for any system)
    let topics: [(&str, &str, &str, &str, &[&str]); 12] = [
        (
            "physical harm",
            "RL-17",
            "C.3.3",
            "C.2.9",
            &["controls-physical", "perceives"],
        ),
        (
            "harmful or toxic content",
            "RL-18",
            "C.3.4",
            "C.2.9",
            &["generates"],
        ),
        (
            "deepfakes and misinformation",
            "RL-19",
            "C.3.2",
            "C.2.11",
            &["generates"],
        ),
        (
            "surveillance and function creep",
            "RL-20",
            "C.3.6",
            "C.2.7",
            &["perceives", "classifies-or-scores"],
        ),
        ("breaking AI-specific law", "RL-21", "C.3.1", "C.2.1", &[]),
        (
            "model theft and adversarial evasion",
            "RL-22",
            "C.3.4",
            "C.2.10",
            &[],
        ),
        (
            "compromised third-party models",
            "RL-23",
            "C.3.6",
            "C.2.10",
            &[],
        ),
        ("outage", "RL-24", "C.3.5", "C.2.8", &[]),
        ("effects on the workforce", "RL-25", "C.3.3", "C.2.5", &[]),
        (
            "manipulation of users",
            "RL-26",
            "C.3.2",
            "C.2.11",
            &["generates", "ranks-or-recommends"],
        ),
        ("hallucinations", "RL-04", "C.3.7", "C.2.8", &["generates"]),
        ("model drift", "RL-02", "C.3.4", "C.2.8", &[]),
    ];
    for (topic, id, source, objective, fits) in topics {
        let entry = library_risk(id).unwrap_or_else(|| panic!("{topic}: no {id}"));
        assert_eq!(
            (entry.source, entry.objective, entry.fits),
            (source, objective, fits),
            "{topic}"
        );
    }
    let hallucination = library_risk("RL-04").expect("in the library");
    assert!(hallucination.fits_kind("generates"));
    assert!(!hallucination.fits_kind("classifies-or-scores"));
    let outage = library_risk("RL-24").expect("in the library");
    assert!(SYSTEM_KINDS_ALL.iter().all(|kind| outage.fits_kind(kind)));
}

const SYSTEM_KINDS_ALL: [&str; 5] = aims_assess::domain::impact_catalog::SYSTEM_KINDS;

#[test]
fn a_risk_from_the_library_has_a_proposed_rating_until_it_is_checked() {
    use aims_assess::domain::impact_catalog::library_risk;
    use aims_assess::domain::risk::RatingStage;
    let entry = library_risk("RL-01").expect("in the library");
    let fresh = || Risk::from_library(entry, &RiskCriteria::default());
    let risk = fresh();
    assert_eq!(risk.library_id, "RL-01");
    assert!(risk.rating_proposed);
    assert_eq!(risk.inherent, rated(3, 4));
    // A risk written by hand is never a proposal.
    assert!(!Risk::default().rating_proposed);

    // (what the user does, the inherent rating after it)
    type Step = fn(&mut Risk);
    let cases: [(&str, Step, Option<Rating>); 5] = [
        ("confirmed as it is", Risk::confirm_rating, rated(3, 4)),
        (
            "inherent likelihood changed",
            |r| r.set_level(RatingStage::Inherent, Axis::Likelihood, Some(2)),
            rated(2, 4),
        ),
        (
            "inherent rating cleared",
            |r| r.set_level(RatingStage::Inherent, Axis::Consequence, None),
            None,
        ),
        (
            "residual consequence estimated: the rest starts at the lowest level",
            |r| r.set_level(RatingStage::Residual, Axis::Consequence, Some(2)),
            rated(3, 4),
        ),
        (
            "set to the same level: looked at, so confirmed",
            |r| r.set_level(RatingStage::Inherent, Axis::Likelihood, Some(3)),
            rated(3, 4),
        ),
    ];
    for (name, step, inherent) in cases {
        let mut risk = fresh();
        step(&mut risk);
        assert!(!risk.rating_proposed, "{name}");
        assert_eq!(risk.inherent, inherent, "{name}");
        assert_eq!(risk.library_id, "RL-01", "{name}: the link stays");
    }
    let mut residual = fresh();
    residual.set_level(RatingStage::Residual, Axis::Consequence, Some(2));
    assert_eq!(residual.residual, rated(1, 2));

    // Other edits leave the proposal a proposal.
    let mut renamed = fresh();
    renamed.title = "Biased shortlists".into();
    renamed.status = RiskStatus::Treated;
    assert!(renamed.rating_proposed);
}

/// The heat maps place every live risk they can and name the others: an accepted risk
/// retained without a residual rating stays on the map after treatment at its inherent level
/// (it was not dropped, and it is named as shown there), an unrated risk is named as missing
/// from both maps, and a closed risk is on neither.
#[test]
fn heat_maps_place_risks_without_a_residual_rating_at_their_inherent_level_and_name_unrated_ones() {
    let mut register = RiskRegister::default();
    let risk = |inherent, residual, status| Risk {
        inherent,
        residual,
        status,
        ..Risk::default()
    };
    for r in [
        risk(rated(4, 4), rated(2, 2), RiskStatus::Treated),
        risk(rated(3, 5), None, RiskStatus::Accepted),
        risk(None, None, RiskStatus::Open),
        risk(rated(5, 5), None, RiskStatus::Closed),
    ] {
        register.add(r).expect("room");
    }
    let before = register.map_ratings(MapStage::BeforeTreatment);
    assert_eq!(before.ratings, [rated(4, 4), rated(3, 5), None]);
    assert_eq!(before.unrated, ["R3"]);
    assert!(before.at_inherent.is_empty());
    let after = register.map_ratings(MapStage::AfterTreatment);
    assert_eq!(after.ratings, [rated(2, 2), rated(3, 5), None]);
    assert_eq!(after.unrated, ["R3"]);
    assert_eq!(after.at_inherent, ["R2"]);
    let counts = register.criteria.cell_counts(&after.ratings);
    assert_eq!(
        counts.iter().sum::<usize>(),
        2,
        "both rated risks are counted"
    );
    let current = register.map_ratings(MapStage::Current);
    assert_eq!(current.ratings, [rated(2, 2), rated(3, 5), None]);
    assert!(current.at_inherent.is_empty());
}

#[test]
fn a_rated_risk_without_a_residual_rating_reads_as_unchanged_not_as_not_rated() {
    let criteria = RiskCriteria::default();
    let retained = Risk {
        inherent: rated(3, 5),
        status: RiskStatus::Accepted,
        ..Risk::default()
    };
    assert_eq!(
        residual_text(&criteria, &retained),
        format!(
            "Unchanged (no level after treatment given): {}",
            criteria.rating_text(rated(3, 5))
        )
    );
    let treated = Risk {
        residual: rated(1, 2),
        ..retained.clone()
    };
    assert_eq!(
        residual_text(&criteria, &treated),
        criteria.rating_text(rated(1, 2))
    );
    assert_eq!(residual_text(&criteria, &Risk::default()), "Not rated");
}
