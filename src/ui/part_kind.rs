//! Clauses 4-10 and Annex A areas share their screens; this says which of the two a screen
//! shows, and supplies the words and links that differ.

use crate::domain::catalog::{catalog, Clause};
use crate::state::route::Route;

/// Which part of the catalog a shared screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// Clauses 4 to 10 (the gap analysis).
    Clause,
    /// Annex A control areas A.2 to A.10.
    AnnexArea,
}

impl PartKind {
    /// The parts of this kind, in order.
    pub fn parts(self) -> &'static [Clause] {
        match self {
            PartKind::Clause => catalog().clauses(),
            PartKind::AnnexArea => catalog().annex_a_areas(),
        }
    }

    /// The page of one part.
    pub fn route(self, id: &str) -> Route {
        match self {
            PartKind::Clause => Route::GapAnalysis {
                clause: id.to_owned(),
            },
            PartKind::AnnexArea => Route::AnnexA {
                area: id.to_owned(),
            },
        }
    }

    /// The heading of the list of parts.
    pub fn list_title(self) -> &'static str {
        match self {
            PartKind::Clause => "Clauses",
            PartKind::AnnexArea => "Annex A areas",
        }
    }

    /// The small label above a part's page title.
    pub fn eyebrow(self) -> &'static str {
        match self {
            PartKind::Clause => "Gap analysis",
            PartKind::AnnexArea => "Annex A controls",
        }
    }

    /// A part's page title, such as "Clause 6: Planning" or "A.6 AI system life cycle".
    pub fn page_title(self, part: &Clause) -> String {
        match self {
            PartKind::Clause => format!("Clause {}: {}", part.id, part.title),
            PartKind::AnnexArea => format!("{} {}", part.id, part.title),
        }
    }

    /// A part's name in a readiness label, such as "Clause 6" or "A.6".
    pub fn short_name(self, part_id: &str) -> String {
        match self {
            PartKind::Clause => format!("Clause {part_id}"),
            PartKind::AnnexArea => part_id.to_owned(),
        }
    }

    /// The name of the readiness figure over all parts of this kind.
    pub fn total_label(self) -> &'static str {
        match self {
            PartKind::Clause => "Clauses 4 to 10",
            PartKind::AnnexArea => "Annex A readiness",
        }
    }

    /// The column heading of the readiness table.
    pub fn column_title(self) -> &'static str {
        match self {
            PartKind::Clause => "Clause",
            PartKind::AnnexArea => "Area",
        }
    }
}
