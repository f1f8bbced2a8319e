//! Pages, one per route. Each page reads the store from context and is chosen by `App` from
//! the URL hash.
//!
//! A page renders a single `h1` with the ID `page-title`, which receives focus after
//! navigation.

pub mod action_plan_page;
pub mod annex_a_page;
pub mod certification_page;
pub mod checks_page;
pub mod compare_page;
pub mod dashboard_page;
pub mod data_page;
pub mod eu_ai_act_page;
pub mod frameworks_page;
pub mod gap_analysis_page;
pub mod impact_assessment_page;
pub mod impact_list_page;
pub mod impact_print_page;
pub mod item_page;
pub mod nist_ai_rmf_page;
pub mod not_found_page;
pub mod organisation_page;
pub mod record_page;
pub mod records_page;
pub mod register_page;
pub mod report_page;
pub mod risk_criteria_page;
pub mod risk_page;
pub mod risk_print_page;
pub mod risks_page;
pub mod soa_page;
pub mod soa_print_page;
pub mod system_page;
pub mod systems_page;
pub mod template_page;
pub mod templates_page;

/// The element ID of every page's main heading, focused after navigation.
pub const PAGE_TITLE_ID: &str = "page-title";
