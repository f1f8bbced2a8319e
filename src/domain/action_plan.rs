//! The action plan: one action per gap the assessment shows, derived afresh from the answers,
//! the SoA and the risk register, plus the actions users add themselves.
//!
//! Derived actions are never stored. What a user adds to one (a priority other than the
//! proposed one, a status, notes) is kept by the action's key, so it stays attached while the
//! answers change, and simply has no effect once the gap is closed.

use crate::domain::date::IsoDate;
use crate::domain::id_map::IdMap;

/// Where an action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    /// The word the user sees.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "Open",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
        }
    }

    /// The word in files.
    pub fn slug(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ActionStatus> {
        ActionStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }
}

/// How soon an action should be done. `High` sorts first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    /// The word the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Priority::High => "High",
            Priority::Medium => "Medium",
            Priority::Low => "Low",
        }
    }

    /// The word in files.
    pub fn slug(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Priority> {
        Priority::ALL
            .into_iter()
            .find(|priority| priority.slug() == slug)
    }
}

/// What a user recorded for a derived action, kept by the action's key (see `ActionKey`).
/// An update equal to the default is not stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionUpdate {
    /// A priority chosen by the user instead of the proposed one.
    pub priority: Option<Priority>,
    pub status: ActionStatus,
    pub notes: String,
}

/// An action a user added by hand ("A1", "A2", ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomAction {
    /// "A1", "A2", ...; never reused within an assessment.
    pub id: String,
    pub title: String,
    /// The clause item or control it belongs to, empty for none.
    pub item_id: String,
    pub owner: String,
    pub due_date: Option<IsoDate>,
    pub priority: Priority,
    pub status: ActionStatus,
    pub notes: String,
}

/// The stored part of the action plan: updates of derived actions and the user's own actions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionPlan {
    /// Updates by derived action key, such as "item:6.1.2" or "risk:R3:1".
    pub updates: IdMap<ActionUpdate>,
    /// The user's own actions, in the order they were added.
    pub custom: Vec<CustomAction>,
    /// The number the next custom action's ID gets; it only grows.
    pub next_number: u32,
}
