//! The page for a URL that names no page of the app, with a way back.
//!
//! The unknown address is shown as text, never as markup.

use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// Shown for unknown routes and unknown clause numbers.
#[component]
pub fn NotFoundPage(
    /// What the URL named, shown so the user can see what went wrong.
    what: String,
) -> impl IntoView {
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Page not found"</h1>
        <p>{format!("There is no page at \"{what}\".")}</p>
        <p>
            <a href="#/">"Go to the dashboard"</a>
        </p>
    }
}
