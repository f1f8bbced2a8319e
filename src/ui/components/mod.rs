//! Reusable components, one per file, each named after its file.
//!
//! Page-independent pieces (header, navigation, notices) and the building blocks of the
//! assessment pages (item cards, question radios, fields, readiness tables).

pub mod action_card;
pub mod area_radar;
pub mod assessment_manager;
pub mod clause_list;
pub mod clause_view;
pub mod control_details;
pub mod export_panel;
pub mod filter_select;
pub mod group_heading;
pub mod heat_map;
pub mod impact_method;
pub mod impact_question_view;
pub mod impact_result_view;
pub mod import_panel;
pub mod import_preview;
pub mod iso_note;
pub mod item_card;
pub mod item_fields;
pub mod limit_note;
pub mod main_nav;
pub mod notice_area;
pub mod notice_card;
pub mod own_control_row;
pub mod own_controls;
pub mod question_radios;
pub mod readiness_table;
pub mod review_badge;
pub mod review_thread;
pub mod risk_control_picker;
pub mod risk_csv_panel;
pub mod risk_overview;
pub mod save_indicator;
pub mod scoring_help;
pub mod show_more;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod soa_control_row;
pub mod soa_decision_fields;
pub mod soa_findings;
pub mod spot_notices;
pub mod status_badge;
pub mod suggested_risks;
pub mod system_levels;
pub mod text_field;
pub mod top_gaps;
pub mod undo_notice;
pub mod verdict_card;
