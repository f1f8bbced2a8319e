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
