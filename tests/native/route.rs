//! Routes: every section's URL hash parses back to the same section, IDs of any form survive
//! the trip through an address, and unknown hashes are caught.

use aims_assess::domain::checks::Place;
use aims_assess::state::route::{decode_segment, encode_segment, Route, Section};

fn gap(clause: &str) -> Route {
    Route::GapAnalysis {
        clause: clause.to_owned(),
    }
}

#[test]
fn hashes_name_pages() {
    let cases = [
        ("", Route::Dashboard),
        ("#", Route::Dashboard),
        ("#/", Route::Dashboard),
        ("#/dashboard", Route::Dashboard),
        ("#/data", Route::Data),
        ("#/gap-analysis", gap("4")),
        ("#/gap-analysis/", gap("4")),
        ("#/gap-analysis/7", gap("7")),
        ("#/gap-analysis/10/", gap("10")),
        ("#/risks/criteria", Route::RiskCriteria),
        ("#/frameworks", Route::Frameworks),
        ("#/frameworks/nist-ai-rmf", Route::NistAiRmf),
        (
            "#/frameworks/nist",
            Route::NotFound("#/frameworks/nist".into()),
        ),
        ("#/risks/R12", Route::Risk { id: "R12".into() }),
        ("#/nowhere", Route::NotFound("#/nowhere".into())),
        (
            "#/gap-analysis/7/extra",
            Route::NotFound("#/gap-analysis/7/extra".into()),
        ),
        // A broken percent-encoding names no page.
        (
            "#/ai-systems/S%2",
            Route::NotFound("#/ai-systems/S%2".into()),
        ),
        (
            "#/ai-systems/%FF",
            Route::NotFound("#/ai-systems/%FF".into()),
        ),
    ];
    for (hash, expected) in cases {
        assert_eq!(Route::parse(hash), expected, "{hash:?}");
    }
}

#[test]
fn every_route_parses_back_from_its_own_address() {
    let routes = [
        Route::Dashboard,
        gap("4"),
        gap("9"),
        Route::AnnexA { area: "A.6".into() },
        Route::Soa,
        Route::SoaPrint,
        Route::SoaControl {
            id: "A.6.2.4".into(),
        },
        Route::Organisation,
        Route::Data,
        Route::Item { id: "6.1.2".into() },
        Route::Item {
            id: "A.6.2.4".into(),
        },
        Route::Actions,
        Route::Checks,
        Route::Compare,
        Route::Report,
        Route::ReportFull,
        Route::Systems,
        Route::System { id: "S2".into() },
        Route::SystemEuAiAct { id: "S2".into() },
        Route::Impact,
        Route::ImpactAssessment { id: "S1".into() },
        Route::ImpactPrint { id: "S1".into() },
        Route::Risks,
        Route::Risk { id: "R12".into() },
        Route::RiskCriteria,
        Route::RiskPrint,
        Route::Frameworks,
        Route::NistAiRmf,
    ];
    for route in routes {
        let href = route.href();
        assert!(href.starts_with("#/"), "{route:?} links within the page");
        assert_eq!(Route::parse(&href), route, "{href}");
    }
}

#[test]
fn system_ids_of_any_form_have_a_reachable_address() {
    // The file format allows system IDs of 1 to 40 characters of any kind.
    for id in [
        "HR bot", "Bot-é", "S/1", "50%", "a#b", "x?y=1", "print", " ",
    ] {
        for route in [
            Route::System { id: id.into() },
            Route::SystemEuAiAct { id: id.into() },
            Route::ImpactAssessment { id: id.into() },
            Route::ImpactPrint { id: id.into() },
        ] {
            let href = route.href();
            // Nothing in the address that a browser would cut off or rewrite.
            assert!(!href["#/".len()..].contains(['#', '?', ' ']), "{href}");
            assert_eq!(Route::parse(&href), route, "{href}");
        }
    }
    assert_eq!(encode_segment("HR bot"), "HR%20bot");
    assert_eq!(encode_segment("S/1"), "S%2F1");
    assert_eq!(encode_segment("Bot-é"), "Bot-%C3%A9");
    assert_eq!(encode_segment("A.6.2.4"), "A.6.2.4");
    assert_eq!(decode_segment("Bot-%c3%a9").as_deref(), Some("Bot-é"));
    assert_eq!(decode_segment("%"), None);
}

#[test]
fn every_place_of_a_finding_has_a_page() {
    let cases = [
        (Place::Item("6.1.2".into()), "#/item/6.1.2"),
        (Place::SoaControl("A.10.4".into()), "#/soa/A.10.4"),
        (Place::Risk("R2".into()), "#/risks/R2"),
        (Place::System("S1".into()), "#/ai-systems/S1"),
        (Place::ImpactAssessment("S1".into()), "#/impact/S1"),
        (Place::Action("A3".into()), "#/actions"),
    ];
    for (place, expected) in cases {
        assert_eq!(Route::of_place(&place).href(), expected, "{place:?}");
    }
}

#[test]
fn every_section_is_its_home_routes_section() {
    for section in Section::ALL {
        assert_eq!(section.home().section(), section, "{section:?}");
        assert!(!section.label().is_empty());
    }
    assert_eq!(
        Route::Item {
            id: "A.6.2.4".into()
        }
        .section(),
        Section::AnnexA
    );
    assert_eq!(Route::RiskPrint.section(), Section::Risks);
}
