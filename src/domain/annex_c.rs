//! Annex C of ISO/IEC 42001, as reference lists: the organisational objectives an AI risk can
//! threaten (C.2.1 to C.2.11) and the sources AI risks come from (C.3.1 to C.3.7).
//!
//! IDs and titles follow the published structure of the standard exactly; the explanations are
//! our own words. Both lists are compiled in from `src/domain/catalog/annex_c.json` by
//! `build.rs`, which refuses duplicate IDs and empty entries.

/// One entry of an Annex C list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnnexCEntry {
    /// The ID, such as "C.2.5" or "C.3.4".
    pub id: &'static str,
    pub title: &'static str,
    /// What the entry means for an organisation, with an example, in our own words.
    pub explanation: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/annex_c_data.rs"));

/// The objective with the given ID (C.2.x).
pub fn objective(objective_id: &str) -> Option<&'static AnnexCEntry> {
    ANNEX_C_OBJECTIVES
        .iter()
        .find(|entry| entry.id == objective_id)
}

/// The risk source with the given ID (C.3.x).
pub fn risk_source(source_id: &str) -> Option<&'static AnnexCEntry> {
    ANNEX_C_SOURCES.iter().find(|entry| entry.id == source_id)
}

/// Whether an ID is an Annex C objective (C.2.x).
pub fn is_objective(objective_id: &str) -> bool {
    objective(objective_id).is_some()
}

/// Whether an ID is an Annex C risk source (C.3.x).
pub fn is_risk_source(source_id: &str) -> bool {
    risk_source(source_id).is_some()
}
