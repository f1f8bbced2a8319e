//! When the parts of the EU AI Act apply, with the source of each date and when it was last
//! checked, and the proposed change of those dates, shown as a proposal.

use crate::domain::eu_ai_act_text::EuAiActText;
use leptos::prelude::*;
use std::sync::Arc;

/// The application dates and the proposal.
#[component]
pub fn EuApplicationDates(
    /// The loaded EU AI Act data.
    text: Arc<EuAiActText>,
) -> impl IntoView {
    let rows = text
        .dates
        .iter()
        .map(|date| {
            view! {
                <li>
                    <strong>{date.date.clone()}</strong>{format!(": {}", date.what)}
                    <span class="field-help eu-source">{format!("Source: {}", date.source)}</span>
                </li>
            }
        })
        .collect_view();
    let proposal = &text.proposal;
    let changes = proposal
        .changes
        .iter()
        .map(|change| view! { <li><strong>{change.date.clone()}</strong>{format!(": {}", change.what)}</li> })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="eu-dates-heading">
            <h2 id="eu-dates-heading">"When the Act applies"</h2>
            <p>{format!("The dates in force, last checked {}:", text.last_checked)}</p>
            <ul class="eu-dates">{rows}</ul>
            <h3 id="eu-proposal-heading">{proposal.name.clone()}</h3>
            <p><strong class="eu-proposal-status">{proposal.status.clone()}</strong></p>
            <p>"What it would change, if it becomes law:"</p>
            <ul>{changes}</ul>
            <p>{proposal.checked.clone()}</p>
            <p class="field-help">{format!("Source: {}", proposal.source)}</p>
        </section>
    }
}
