//! The AI systems of the comparison: each system added, removed or changed, with its impact
//! level in the baseline and now.

use crate::domain::compare::{EntryChange, LevelChange};
use crate::state::route::Route;
use leptos::prelude::*;

/// The system's line: what happened to it and its level before and after.
fn level_line(system: &LevelChange) -> String {
    let level = |level: &Option<String>| level.clone().unwrap_or_else(|| "Not present".to_owned());
    let what = match system.change {
        EntryChange::Added => "added",
        EntryChange::Removed => "removed",
        EntryChange::Changed => "changed",
    };
    let levels = format!(
        "impact level {} → {}",
        level(&system.before),
        level(&system.after)
    );
    let levels = if system.change == EntryChange::Changed && system.before == system.after {
        format!("{levels} (the same level)")
    } else {
        levels
    };
    format!("{what}; {levels}")
}

/// The AI systems added, removed or changed, with their impact levels; nothing when none.
#[component]
pub fn SystemLevelChanges(
    /// Every system added, removed or changed, in that order.
    systems: Vec<LevelChange>,
) -> impl IntoView {
    (!systems.is_empty()).then(|| {
        let entries = systems
            .iter()
            .map(|system| {
                let name = format!("{} {}", system.id, system.name);
                let line = level_line(system);
                // A removed system has no page any more: it is named without a link.
                let name = if system.change == EntryChange::Removed {
                    view! { <strong>{name}</strong> }.into_any()
                } else {
                    let href = Route::System {
                        id: system.id.clone(),
                    }
                    .href();
                    view! { <a href=href>{name}</a> }.into_any()
                };
                view! { <li>{name}": "{line}</li> }
            })
            .collect_view();
        view! {
            <h3>"AI systems"</h3>
            <ul class="change-entries" aria-label="AI systems changed">{entries}</ul>
        }
    })
}
