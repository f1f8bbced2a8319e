//! Routes: which page the URL hash names, and the hash for each page.
//!
//! The app is several HTML pages, each its own Wasm build (see ARCHITECTURE.md): the main
//! page (`index.html`), the Data page (`data.html`), the AI systems page (`systems.html`), the
//! risks page (`risks.html`), the scope and planning page (`plan.html`), the action plan page
//! (`actions.html`), the report page (`report.html`) and the comparison with a baseline
//! (`compare.html`).
//! Every route knows its HTML page, so a link to another page's route names that file.
//!
//! Parsing is pure so it is tested natively; the hash itself is read and watched by
//! `platform::location`.

use crate::domain::checks::Place;

/// One of the app's HTML pages, each its own Wasm build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFile {
    /// `index.html`: dashboard, gap analysis, Annex A.
    Main,
    /// `data.html`: stored assessments, export and import.
    Data,
    /// `systems.html`: AI system inventory and impact assessments.
    Systems,
    /// `risks.html`: the risk register and the risk editor.
    Risks,
    /// `plan.html`: scope and planning: the organisation profile, the Statement of
    /// Applicability, the risk criteria and the risk treatment plan.
    Plan,
    /// `actions.html`: the action plan and the consistency check with the readiness verdict.
    Actions,
    /// `report.html`: the printable report.
    Report,
    /// `compare.html`: the comparison with a baseline. A page of its own because reading a
    /// baseline file brings the JSON reader, which the other pages' first loads cannot afford.
    Compare,
}

impl PageFile {
    pub fn file_name(self) -> &'static str {
        match self {
            PageFile::Main => "index.html",
            PageFile::Data => "data.html",
            PageFile::Systems => "systems.html",
            PageFile::Risks => "risks.html",
            PageFile::Plan => "plan.html",
            PageFile::Actions => "actions.html",
            PageFile::Report => "report.html",
            PageFile::Compare => "compare.html",
        }
    }

    /// The route an empty hash names on this page.
    pub fn home(self) -> Route {
        match self {
            PageFile::Main => Route::Dashboard,
            PageFile::Data => Route::Data,
            PageFile::Systems => Route::Systems,
            PageFile::Risks => Route::Risks,
            PageFile::Plan => Route::RiskPrint,
            PageFile::Actions => Route::Actions,
            PageFile::Report => Route::Report,
            PageFile::Compare => Route::Compare,
        }
    }
}

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
    /// The SoA with focus on one control's entry.
    SoaControl {
        id: String,
    },
    /// The organisation profile.
    Organisation,
    /// The Data page: a page of its own (`data.html`, its own Wasm build), never a hash route
    /// of the main page.
    Data,
    /// The AI system inventory (`systems.html`).
    Systems,
    /// The record of one AI system, by system ID.
    System {
        id: String,
    },
    /// The list of impact assessments, one per system.
    Impact,
    /// The impact assessment of one AI system.
    ImpactAssessment {
        id: String,
    },
    /// The impact assessment of one AI system as a printable document.
    ImpactPrint {
        id: String,
    },
    /// The risk register (`risks.html`).
    Risks,
    /// One risk, by risk ID.
    Risk {
        id: String,
    },
    /// The risk criteria: scales, bands and the acceptance limit.
    RiskCriteria,
    /// The risk treatment plan as a printable document.
    RiskPrint,
    /// One clause item or Annex A control, shown on its clause's or area's page with focus on
    /// it (the target of links from findings, actions and the dashboard).
    Item {
        id: String,
    },
    /// The action plan (`actions.html`).
    Actions,
    /// The consistency check and the certification-readiness verdict.
    Checks,
    /// The report (`report.html`), printable and exported as Markdown.
    Report,
    /// The comparison of the open assessment with a baseline.
    Compare,
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
        Route::parse_on(PageFile::Main, hash)
    }

    /// Reads a route from the URL hash of the given page; an empty hash is the page's home.
    /// A hash naming another page's route parses to that route, and the page shows that it
    /// lives elsewhere.
    pub fn parse_on(page: PageFile, hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            [""] => page.home(),
            ["dashboard"] => Route::Dashboard,
            ["ai-systems"] => Route::Systems,
            ["ai-systems", id] => Route::System {
                id: (*id).to_owned(),
            },
            ["impact"] => Route::Impact,
            ["impact", id] => Route::ImpactAssessment {
                id: (*id).to_owned(),
            },
            ["impact", id, "print"] => Route::ImpactPrint {
                id: (*id).to_owned(),
            },
            ["risks"] => Route::Risks,
            ["risks", "criteria"] => Route::RiskCriteria,
            ["risks", "print"] => Route::RiskPrint,
            ["risks", id] => Route::Risk {
                id: (*id).to_owned(),
            },
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
            ["item", id] => Route::Item {
                id: (*id).to_owned(),
            },
            ["actions"] => Route::Actions,
            ["checks"] => Route::Checks,
            ["report"] => Route::Report,
            ["compare"] => Route::Compare,
            ["soa"] => Route::Soa,
            ["soa", "print"] => Route::SoaPrint,
            ["soa", id] => Route::SoaControl {
                id: (*id).to_owned(),
            },
            ["organisation"] => Route::Organisation,
            _ => Route::NotFound(hash.to_owned()),
        }
    }

    /// The HTML page this route is shown on.
    pub fn page(&self) -> PageFile {
        match self {
            Route::Data => PageFile::Data,
            Route::Systems
            | Route::System { .. }
            | Route::Impact
            | Route::ImpactAssessment { .. }
            | Route::ImpactPrint { .. } => PageFile::Systems,
            Route::Risks | Route::Risk { .. } => PageFile::Risks,
            Route::RiskCriteria
            | Route::RiskPrint
            | Route::Soa
            | Route::SoaPrint
            | Route::SoaControl { .. }
            | Route::Organisation => PageFile::Plan,
            Route::Actions | Route::Checks => PageFile::Actions,
            Route::Report => PageFile::Report,
            Route::Compare => PageFile::Compare,
            _ => PageFile::Main,
        }
    }

    /// The link target for this route from a route of the same HTML page, relative to the
    /// page (so sub-paths keep working).
    pub fn href(&self) -> String {
        match self {
            Route::Systems => "#/ai-systems".to_owned(),
            Route::System { id } => format!("#/ai-systems/{id}"),
            Route::Impact => "#/impact".to_owned(),
            Route::ImpactAssessment { id } => format!("#/impact/{id}"),
            Route::ImpactPrint { id } => format!("#/impact/{id}/print"),
            Route::Risks => "#/risks".to_owned(),
            Route::Risk { id } => format!("#/risks/{id}"),
            Route::RiskCriteria => "#/risks/criteria".to_owned(),
            Route::RiskPrint => "#/risks/print".to_owned(),
            Route::Item { id } => format!("#/item/{id}"),
            Route::Actions => "#/actions".to_owned(),
            Route::Checks => "#/checks".to_owned(),
            Route::Report => "#/report".to_owned(),
            Route::Compare => "#/compare".to_owned(),
            Route::Dashboard => "#/".to_owned(),
            Route::GapAnalysis { clause } => format!("#/gap-analysis/{clause}"),
            Route::AnnexA { area } => format!("#/annex-a/{area}"),
            Route::Soa => "#/soa".to_owned(),
            Route::SoaPrint => "#/soa/print".to_owned(),
            Route::SoaControl { id } => format!("#/soa/{id}"),
            Route::Organisation => "#/organisation".to_owned(),
            Route::Data => "data.html".to_owned(),
            Route::NotFound(hash) => hash.clone(),
        }
    }

    /// The link target for this route from the page showing `here`: a link to a route of
    /// another HTML page names that page's file.
    pub fn href_from(&self, here: &Route) -> String {
        let page = self.page();
        if page == here.page() || page == PageFile::Data {
            self.href()
        } else {
            format!("{}{}", page.file_name(), self.href())
        }
    }

    /// The page where the user fixes what a finding or blocker points at.
    pub fn of_place(place: &Place) -> Route {
        let id = place.id().to_owned();
        match place {
            Place::Item(_) => Route::Item { id },
            Place::SoaControl(_) => Route::SoaControl { id },
            Place::Risk(_) => Route::Risk { id },
            Place::System(_) => Route::System { id },
            Place::ImpactAssessment(_) => Route::ImpactAssessment { id },
            Place::Action(_) => Route::Actions,
        }
    }

    /// The address of this route from any page: its page's file and its hash.
    pub fn full_href(&self) -> String {
        match self {
            Route::Data => self.href(),
            _ => format!("{}{}", self.page().file_name(), self.href()),
        }
    }

    /// Which navigation entry this page belongs to, for `aria-current`.
    pub fn section(&self) -> Section {
        match self {
            Route::Dashboard => Section::Dashboard,
            Route::GapAnalysis { .. } => Section::GapAnalysis,
            Route::AnnexA { .. } => Section::AnnexA,
            Route::Soa | Route::SoaPrint | Route::SoaControl { .. } => Section::Soa,
            Route::Organisation => Section::Dashboard,
            Route::Data => Section::Data,
            Route::Systems | Route::System { .. } => Section::AiSystems,
            Route::Impact | Route::ImpactAssessment { .. } | Route::ImpactPrint { .. } => {
                Section::Impact
            }
            Route::Risks | Route::Risk { .. } | Route::RiskCriteria | Route::RiskPrint => {
                Section::Risks
            }
            Route::Item { id } if id.starts_with("A.") => Section::AnnexA,
            Route::Item { .. } => Section::GapAnalysis,
            Route::Actions | Route::Checks => Section::Actions,
            Route::Report | Route::Compare => Section::Report,
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
    AiSystems,
    Risks,
    Impact,
    Actions,
    Report,
    Data,
    None,
}
