//! Routes: which page the URL hash names, and the hash for each page.
//!
//! Parsing is pure so it is tested natively; the hash itself is read and watched by
//! `platform::location`.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    /// The gap analysis of one clause ("4" to "10").
    GapAnalysis {
        clause: String,
    },
    /// The Annex A controls of one area ("A.2" to "A.10").
    AnnexA {
        area: String,
    },
    /// The Statement of Applicability.
    Soa,
    /// The SoA as a printable document.
    SoaPrint,
    /// The organisation profile.
    Organisation,
    /// The Data page: a page of its own (`data.html`, its own Wasm build), never a hash route
    /// of the main page.
    Data,
    /// A hash that names no page; the text is shown to the user.
    NotFound(String),
}

/// The clause the gap analysis opens on when no clause is named.
pub const FIRST_CLAUSE: &str = "4";

/// The Annex A area the Annex A page opens on when no area is named.
pub const FIRST_AREA: &str = "A.2";

impl Route {
    /// Reads a route from a URL hash such as `#/gap-analysis/4`. An empty hash is the
    /// dashboard. Unknown clause numbers are checked by the page, which knows the catalog.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            [""] | ["dashboard"] => Route::Dashboard,
            ["gap-analysis"] => Route::GapAnalysis {
                clause: FIRST_CLAUSE.to_owned(),
            },
            ["gap-analysis", clause] => Route::GapAnalysis {
                clause: (*clause).to_owned(),
            },
            ["annex-a"] => Route::AnnexA {
                area: FIRST_AREA.to_owned(),
            },
            ["annex-a", area] => Route::AnnexA {
                area: (*area).to_owned(),
            },
            ["soa"] => Route::Soa,
            ["soa", "print"] => Route::SoaPrint,
            ["organisation"] => Route::Organisation,
            _ => Route::NotFound(hash.to_owned()),
        }
    }

    /// The link target for this route, relative to the page (so sub-paths keep working).
    pub fn href(&self) -> String {
        match self {
            Route::Dashboard => "#/".to_owned(),
            Route::GapAnalysis { clause } => format!("#/gap-analysis/{clause}"),
            Route::AnnexA { area } => format!("#/annex-a/{area}"),
            Route::Soa => "#/soa".to_owned(),
            Route::SoaPrint => "#/soa/print".to_owned(),
            Route::Organisation => "#/organisation".to_owned(),
            Route::Data => "data.html".to_owned(),
            Route::NotFound(hash) => hash.clone(),
        }
    }

    /// The link target for this route from the page showing `here`. The Data page is a
    /// separate HTML page, so links from it to the main page's routes name `index.html`.
    pub fn href_from(&self, here: &Route) -> String {
        if *here == Route::Data && *self != Route::Data {
            format!("index.html{}", self.href())
        } else {
            self.href()
        }
    }

    /// Which navigation entry this page belongs to, for `aria-current`.
    pub fn section(&self) -> Section {
        match self {
            Route::Dashboard => Section::Dashboard,
            Route::GapAnalysis { .. } => Section::GapAnalysis,
            Route::AnnexA { .. } => Section::AnnexA,
            Route::Soa | Route::SoaPrint => Section::Soa,
            Route::Organisation => Section::Dashboard,
            Route::Data => Section::Data,
            Route::NotFound(_) => Section::None,
        }
    }
}

/// The top-level sections listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    GapAnalysis,
    AnnexA,
    Soa,
    Data,
    None,
}
