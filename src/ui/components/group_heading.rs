//! A grouping heading (such as 6.1, or A.6.1 with its control objective) above the items it
//! groups. It is shown but never answered.

use crate::domain::catalog::Heading;
use leptos::prelude::*;

/// A heading over a group of items, with the Annex A objective where there is one.
#[component]
pub fn GroupHeading(heading: &'static Heading) -> impl IntoView {
    let body = match heading.objective {
        Some(objective) => view! {
            <p class="group-objective">
                <strong>"Objective: "</strong>
                {objective}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="group-note">"A heading that groups the items below; it is not answered itself."</p>
        }
        .into_any(),
    };
    view! {
        <h2 class="group-heading">{format!("{} {}", heading.id, heading.title)}</h2>
        {body}
    }
}
