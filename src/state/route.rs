//! Routes: which section of the app the URL hash names, and the hash of each section.
//!
//! The app is one page (`index.html`) and every section is a hash route such as
//! `#/gap-analysis/6`: hash routes need no server support, so every address survives a reload
//! on any static host and under any sub-path. Parsing is pure so it is tested natively; the
//! hash itself is read and watched by `platform::location`.

use crate::domain::checks::Place;
use crate::domain::records::RegisterKind;

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
    /// The Data page: stored assessments, export and import.
    Data,
    /// The AI system inventory.
    Systems,
    /// The record of one AI system, by system ID.
    System {
        id: String,
    },
    /// The EU AI Act classification of one AI system, by system ID.
    SystemEuAiAct {
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
    /// The risk register.
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
    /// The action plan.
    Actions,
    /// The consistency check and the certification-readiness verdict.
    Checks,
    /// The report, printable and exported as Markdown: the summary for the board.
    Report,
    /// The full report for the auditor (`#/report/full`).
    ReportFull,
    /// The comparison of the open assessment with a baseline.
    Compare,
    /// The records of the management system: the registers, the templates and the road to
    /// certification.
    Records,
    /// One register.
    Register {
        kind: RegisterKind,
    },
    /// One entry of a register, by its ID.
    Record {
        kind: RegisterKind,
        id: String,
    },
    /// The templates of the management system's documents.
    Templates,
    /// One template, by its slug.
    Template {
        slug: String,
    },
    /// The road to certification: target dates, phases, warnings; prints on one page.
    Certification,
    /// Other frameworks: the NIST AI RMF crosswalk and the reuse of ISO/IEC 27001.
    Frameworks,
    /// The NIST AI RMF 1.0 crosswalk with the coverage of each function, category and
    /// subcategory.
    NistAiRmf,
    /// A hash that names no page; the text is shown to the user.
    NotFound(String),
}

/// The clause the gap analysis opens on when no clause is named.
pub const FIRST_CLAUSE: &str = "4";

/// The Annex A area the Annex A page opens on when no area is named.
pub const FIRST_AREA: &str = "A.2";

/// An ID as one segment of a hash route: every byte other than letters, digits and `-._~` is
/// percent-encoded, so an ID with a space, a slash or an accent (`HR bot`, `S/1`, `Bot-é`)
/// still names exactly one page.
pub fn encode_segment(id: &str) -> String {
    let mut encoded = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The ID a hash segment names, or `None` when its percent-encoding is broken or does not
/// decode to UTF-8 text.
pub fn decode_segment(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = segment.get(index + 1..index + 3)?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

impl Route {
    /// Reads a route from a URL hash such as `#/gap-analysis/4`. An empty hash is the
    /// dashboard. Unknown clause numbers and IDs are checked by the page, which knows the
    /// catalog and the assessment.
    pub fn parse(hash: &str) -> Route {
        Route::parse_path(hash).unwrap_or_else(|| Route::NotFound(hash.to_owned()))
    }

    /// The route a hash names, or `None` for a hash that names no page (an ID segment that does
    /// not decode names none either).
    fn parse_path(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').collect();
        let id = decode_segment;
        let route = match segments.as_slice() {
            [""] | ["dashboard"] => Route::Dashboard,
            ["data"] => Route::Data,
            ["ai-systems"] => Route::Systems,
            ["ai-systems", system] => Route::System { id: id(system)? },
            ["ai-systems", system, "eu-ai-act"] => Route::SystemEuAiAct { id: id(system)? },
            ["impact"] => Route::Impact,
            ["impact", system] => Route::ImpactAssessment { id: id(system)? },
            ["impact", system, "print"] => Route::ImpactPrint { id: id(system)? },
            ["risks"] => Route::Risks,
            ["risks", "criteria"] => Route::RiskCriteria,
            ["risks", "print"] => Route::RiskPrint,
            ["risks", risk] => Route::Risk { id: id(risk)? },
            ["gap-analysis"] => Route::GapAnalysis {
                clause: FIRST_CLAUSE.to_owned(),
            },
            ["gap-analysis", clause] => Route::GapAnalysis {
                clause: id(clause)?,
            },
            ["annex-a"] => Route::AnnexA {
                area: FIRST_AREA.to_owned(),
            },
            ["annex-a", area] => Route::AnnexA { area: id(area)? },
            ["item", item] => Route::Item { id: id(item)? },
            ["actions"] => Route::Actions,
            ["checks"] => Route::Checks,
            ["report"] => Route::Report,
            ["report", "full"] => Route::ReportFull,
            ["compare"] => Route::Compare,
            ["soa"] => Route::Soa,
            ["soa", "print"] => Route::SoaPrint,
            ["soa", control] => Route::SoaControl { id: id(control)? },
            ["organisation"] => Route::Organisation,
            ["records"] => Route::Records,
            ["records", register] => Route::Register {
                kind: RegisterKind::from_slug(register)?,
            },
            ["records", register, record] => Route::Record {
                kind: RegisterKind::from_slug(register)?,
                id: id(record)?,
            },
            ["templates"] => Route::Templates,
            ["templates", template] => Route::Template {
                slug: id(template)?,
            },
            ["certification"] => Route::Certification,
            ["frameworks"] => Route::Frameworks,
            ["frameworks", "nist-ai-rmf"] => Route::NistAiRmf,
            _ => return None,
        };
        Some(route)
    }

    /// The link target for this route: a hash, relative to the page, so sub-paths keep
    /// working. IDs are percent-encoded (`encode_segment`).
    pub fn href(&self) -> String {
        let e = |id: &str| encode_segment(id);
        match self {
            Route::Dashboard => "#/".to_owned(),
            Route::Data => "#/data".to_owned(),
            Route::Systems => "#/ai-systems".to_owned(),
            Route::System { id } => format!("#/ai-systems/{}", e(id)),
            Route::SystemEuAiAct { id } => format!("#/ai-systems/{}/eu-ai-act", e(id)),
            Route::Impact => "#/impact".to_owned(),
            Route::ImpactAssessment { id } => format!("#/impact/{}", e(id)),
            Route::ImpactPrint { id } => format!("#/impact/{}/print", e(id)),
            Route::Risks => "#/risks".to_owned(),
            Route::Risk { id } => format!("#/risks/{}", e(id)),
            Route::RiskCriteria => "#/risks/criteria".to_owned(),
            Route::RiskPrint => "#/risks/print".to_owned(),
            Route::Item { id } => format!("#/item/{}", e(id)),
            Route::Actions => "#/actions".to_owned(),
            Route::Checks => "#/checks".to_owned(),
            Route::Report => "#/report".to_owned(),
            Route::ReportFull => "#/report/full".to_owned(),
            Route::Compare => "#/compare".to_owned(),
            Route::GapAnalysis { clause } => format!("#/gap-analysis/{}", e(clause)),
            Route::AnnexA { area } => format!("#/annex-a/{}", e(area)),
            Route::Soa => "#/soa".to_owned(),
            Route::SoaPrint => "#/soa/print".to_owned(),
            Route::SoaControl { id } => format!("#/soa/{}", e(id)),
            Route::Organisation => "#/organisation".to_owned(),
            Route::Records => "#/records".to_owned(),
            Route::Register { kind } => format!("#/records/{}", kind.spec().slug),
            Route::Record { kind, id } => format!("#/records/{}/{}", kind.spec().slug, e(id)),
            Route::Templates => "#/templates".to_owned(),
            Route::Template { slug } => format!("#/templates/{}", e(slug)),
            Route::Certification => "#/certification".to_owned(),
            Route::Frameworks => "#/frameworks".to_owned(),
            Route::NistAiRmf => "#/frameworks/nist-ai-rmf".to_owned(),
            Route::NotFound(hash) => hash.clone(),
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
            Place::Record(kind, _) => Route::Record { kind: *kind, id },
            Place::Register(kind) => Route::Register { kind: *kind },
            Place::Certification => Route::Certification,
        }
    }

    /// Which navigation entry this page belongs to, for `aria-current`.
    pub fn section(&self) -> Section {
        match self {
            Route::Dashboard | Route::Frameworks | Route::NistAiRmf => Section::Dashboard,
            Route::Organisation => Section::Organisation,
            Route::GapAnalysis { .. } => Section::GapAnalysis,
            Route::AnnexA { .. } => Section::AnnexA,
            Route::Soa | Route::SoaPrint | Route::SoaControl { .. } => Section::Soa,
            Route::Data => Section::Data,
            Route::Systems | Route::System { .. } | Route::SystemEuAiAct { .. } => {
                Section::AiSystems
            }
            Route::Impact | Route::ImpactAssessment { .. } | Route::ImpactPrint { .. } => {
                Section::Impact
            }
            Route::Risks | Route::Risk { .. } | Route::RiskCriteria | Route::RiskPrint => {
                Section::Risks
            }
            Route::Item { id } if id.starts_with("A.") => Section::AnnexA,
            Route::Item { .. } => Section::GapAnalysis,
            Route::Actions | Route::Checks => Section::Actions,
            Route::Report | Route::ReportFull | Route::Compare => Section::Report,
            Route::Records
            | Route::Register { .. }
            | Route::Record { .. }
            | Route::Templates
            | Route::Template { .. }
            | Route::Certification => Section::Records,
            Route::NotFound(_) => Section::None,
        }
    }
}

/// The top-level sections listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Organisation,
    GapAnalysis,
    AnnexA,
    Soa,
    AiSystems,
    Risks,
    Impact,
    Actions,
    Records,
    Report,
    Data,
    None,
}

impl Section {
    /// The section's name in the navigation, also shown beside the phone menu's button.
    pub fn label(self) -> &'static str {
        match self {
            Section::Dashboard => "Dashboard",
            Section::Organisation => "Organisation",
            Section::GapAnalysis => "Gap analysis",
            Section::AnnexA => "Annex A",
            Section::Soa => "Statement of Applicability",
            Section::AiSystems => "AI systems",
            Section::Risks => "Risks",
            Section::Impact => "Impact assessments",
            Section::Actions => "Action plan",
            Section::Records => "Records",
            Section::Report => "Report",
            Section::Data => "Data",
            Section::None => "",
        }
    }

    /// Where the section's navigation link goes.
    pub fn home(self) -> Route {
        match self {
            Section::Dashboard | Section::None => Route::Dashboard,
            Section::GapAnalysis => Route::GapAnalysis {
                clause: FIRST_CLAUSE.to_owned(),
            },
            Section::AnnexA => Route::AnnexA {
                area: FIRST_AREA.to_owned(),
            },
            Section::Organisation => Route::Organisation,
            Section::Soa => Route::Soa,
            Section::AiSystems => Route::Systems,
            Section::Risks => Route::Risks,
            Section::Impact => Route::Impact,
            Section::Actions => Route::Actions,
            Section::Records => Route::Records,
            Section::Report => Route::Report,
            Section::Data => Route::Data,
        }
    }

    /// The sections in the order the navigation lists them.
    pub const ALL: [Section; 12] = [
        Section::Dashboard,
        Section::Organisation,
        Section::GapAnalysis,
        Section::AnnexA,
        Section::Soa,
        Section::AiSystems,
        Section::Risks,
        Section::Impact,
        Section::Actions,
        Section::Records,
        Section::Report,
        Section::Data,
    ];
}
