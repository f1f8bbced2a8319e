//! Routes: every page's URL hash parses back to the same page, and unknown hashes are caught.

use aims_assess::state::route::Route;

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
        ("#/gap-analysis", gap("4")),
        ("#/gap-analysis/", gap("4")),
        ("#/gap-analysis/7", gap("7")),
        ("#/gap-analysis/10/", gap("10")),
        ("#/nowhere", Route::NotFound("#/nowhere".into())),
        (
            "#/gap-analysis/7/extra",
            Route::NotFound("#/gap-analysis/7/extra".into()),
        ),
    ];
    for (hash, expected) in cases {
        assert_eq!(Route::parse(hash), expected, "{hash:?}");
    }
}

#[test]
fn every_route_links_to_itself() {
    for route in [Route::Dashboard, gap("4"), gap("9")] {
        assert_eq!(Route::parse(&route.href()), route);
    }
}

#[test]
fn every_page_route_parses_back_and_links_across_pages_by_file() {
    use aims_assess::state::route::PageFile;
    let routes = [
        (Route::Soa, PageFile::Plan),
        (Route::SoaPrint, PageFile::Plan),
        (
            Route::SoaControl {
                id: "A.6.2.4".into(),
            },
            PageFile::Plan,
        ),
        (Route::Organisation, PageFile::Plan),
        (Route::Item { id: "6.1.2".into() }, PageFile::Main),
        (
            Route::Item {
                id: "A.6.2.4".into(),
            },
            PageFile::Main,
        ),
        (Route::Actions, PageFile::Actions),
        (Route::Checks, PageFile::Actions),
        (Route::Compare, PageFile::Compare),
        (Route::Report, PageFile::Report),
        (Route::Systems, PageFile::Systems),
        (Route::System { id: "S2".into() }, PageFile::Systems),
        (Route::Impact, PageFile::Systems),
        (
            Route::ImpactAssessment { id: "S1".into() },
            PageFile::Systems,
        ),
        (Route::ImpactPrint { id: "S1".into() }, PageFile::Systems),
        (Route::Risks, PageFile::Risks),
        (Route::Risk { id: "R12".into() }, PageFile::Risks),
        (Route::RiskCriteria, PageFile::Plan),
        (Route::RiskPrint, PageFile::Plan),
    ];
    for (route, page) in routes {
        assert_eq!(route.page(), page, "{route:?}");
        assert_eq!(Route::parse_on(page, &route.href()), route);
        // From the main page, a route of another page names that page's file.
        let from_main = route.href_from(&Route::Dashboard);
        if page == PageFile::Main {
            assert_eq!(from_main, route.href());
        } else {
            assert_eq!(from_main, format!("{}{}", page.file_name(), route.href()));
        }
    }
    assert_eq!(Route::parse_on(PageFile::Risks, ""), Route::Risks);
    assert_eq!(Route::parse_on(PageFile::Plan, ""), Route::RiskPrint);
    assert_eq!(
        Route::RiskCriteria.href_from(&Route::Risks),
        "plan.html#/risks/criteria"
    );
    assert_eq!(
        Route::RiskCriteria.href_from(&Route::RiskPrint),
        "#/risks/criteria"
    );
    assert_eq!(
        Route::Risks.href_from(&Route::RiskPrint),
        "risks.html#/risks"
    );
}

#[test]
fn every_place_of_a_finding_has_a_page() {
    use aims_assess::domain::checks::Place;
    let cases = [
        (Place::Item("6.1.2".into()), "index.html#/item/6.1.2"),
        (Place::SoaControl("A.10.4".into()), "plan.html#/soa/A.10.4"),
        (Place::Risk("R2".into()), "risks.html#/risks/R2"),
        (Place::System("S1".into()), "systems.html#/ai-systems/S1"),
        (
            Place::ImpactAssessment("S1".into()),
            "systems.html#/impact/S1",
        ),
        (Place::Action("A3".into()), "actions.html#/actions"),
    ];
    for (place, expected) in cases {
        assert_eq!(Route::of_place(&place).full_href(), expected, "{place:?}");
    }
    // The page homes of the new pages.
    use aims_assess::state::route::PageFile;
    assert_eq!(Route::parse_on(PageFile::Actions, ""), Route::Actions);
    assert_eq!(Route::parse_on(PageFile::Report, ""), Route::Report);
    assert_eq!(Route::parse_on(PageFile::Compare, ""), Route::Compare);
    assert_eq!(Route::Compare.full_href(), "compare.html#/compare");
}
