//! The risks of the comparison: those added and removed, and for each changed risk the fields
//! that changed, from what to what.

use crate::domain::compare::{EntryFields, Named};
use crate::state::route::Route;
use crate::ui::components::change_values::change_values;
use leptos::prelude::*;

/// A risk's name with its link.
fn risk_link(risk: &Named) -> impl IntoView {
    let href = Route::Risk {
        id: risk.id.clone(),
    }
    .href();
    view! { <a href=href>{format!("{} {}", risk.id, risk.name)}</a> }
}

/// A list of risks added or removed under a heading, or nothing when it is empty. A removed
/// risk has no page any more, so it is named without a link.
fn plain_list(title: &'static str, risks: &[Named], linked: bool) -> Option<AnyView> {
    (!risks.is_empty()).then(|| {
        let entries = risks
            .iter()
            .map(|risk| {
                if linked {
                    view! { <li>{risk_link(risk)}</li> }.into_any()
                } else {
                    view! { <li>{format!("{} {}", risk.id, risk.name)}</li> }.into_any()
                }
            })
            .collect_view();
        view! { <h3>{title}</h3><ul aria-label=title>{entries}</ul> }.into_any()
    })
}

/// The risks added, removed and changed; nothing at all when no risk changed.
#[component]
pub fn RiskChanges(
    /// Risks only the open assessment has.
    added: Vec<Named>,
    /// Risks only the baseline has, named as they were.
    removed: Vec<Named>,
    /// Risks on both sides that differ, named as they are now.
    changed: Vec<Named>,
    /// The fields that differ of each changed risk.
    fields: Vec<EntryFields>,
) -> impl IntoView {
    let changed_view = (!changed.is_empty()).then(|| {
        let entries = changed
            .iter()
            .map(|risk| {
                let lines = fields
                    .iter()
                    .find(|entry| entry.id == risk.id)
                    .map(|entry| {
                        entry
                            .fields
                            .iter()
                            .map(|field| {
                                view! {
                                    <li>
                                        <span class="change-field">{format!("{}: ", field.field)}</span>
                                        {change_values(&field.before, &field.after)}
                                    </li>
                                }
                            })
                            .collect_view()
                    });
                let label = format!("Fields changed in {}", risk.id);
                view! {
                    <li>
                        {risk_link(risk)}
                        <ul class="change-fields" aria-label=label>{lines}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Risks changed"</h3>
            <ul class="change-entries" aria-label="Risks changed">{entries}</ul>
        }
    });
    view! {
        {plain_list("Risks added", &added, true)}
        {plain_list("Risks removed", &removed, false)}
        {changed_view}
    }
}
