//! The pure heart of AIMS Assess: the ISO/IEC 42001 catalog, the assessment a user fills in,
//! and the rules that turn answers into statuses and readiness figures.
//!
//! Nothing here touches the browser or the reactive system (a test enforces it), so every rule
//! runs and is tested natively with `cargo test`.

pub mod action_plan;
pub mod annex_c;
pub mod anonymise;
pub mod assessment;
pub mod catalog;
pub mod catalog_text;
pub mod catalog_update;
pub mod certification;
pub mod checks;
pub mod compare;
pub mod date;
pub mod eu_ai_act;
pub mod eu_ai_act_record;
pub mod eu_ai_act_text;
pub mod impact;
pub mod impact_catalog;
pub mod impact_record;
pub mod impact_text;
pub mod iso27001_reuse;
pub mod limits;
pub mod markdown_text;
pub mod merge;
pub mod nist_crosswalk;
pub mod pagination;
pub mod profile;
pub mod progress;
pub mod readiness;
pub mod records;
pub mod report;
pub mod review;
pub mod risk;
pub mod risk_criteria;
pub mod role;
pub mod scoring;
pub mod soa;
pub mod system;
pub mod templates;
