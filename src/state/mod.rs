//! Reactive application state: the current assessment, derived scores, save status, notices
//! and the route, provided to every component through one typed context.
//!
//! Components change state only through the named actions in `actions`, and the single effect
//! in `persistence` writes it to storage.

pub mod action_plan;
pub mod actions;
pub mod app_state;
pub mod baseline;
pub mod catalog_text;
pub mod eu_ai_act;
pub mod export;
pub mod folds;
pub mod frameworks;
pub mod import;
pub mod library;
pub mod merge;
pub mod navigation;
pub mod notices;
pub mod oscal;
pub mod persistence;
pub mod records;
pub mod review;
pub mod risks;
pub mod route;
pub mod soa;
pub mod systems;

pub use app_state::AppState;
