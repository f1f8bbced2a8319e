//! The user interface: reusable components and one component per page.
//!
//! Components read state through `AppState::expect()` and change it only through named
//! actions; they hold no business rules, only presentation.

pub mod components;
pub mod pages;
pub mod part_kind;
