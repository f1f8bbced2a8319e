//! Heat map (being written).

use leptos::prelude::*;

/// The heat map (being written).
#[component]
pub fn HeatMap() -> impl IntoView {
    view! { <p>"Heat map"</p> }
}
