//! The footer on every page: privacy in one sentence, the note about the standard, and the
//! app and catalog versions.
//!
//! Versions matter when an export is sent to a consultant, so they are always visible.

use crate::domain::catalog::CATALOG_VERSION;
use crate::io::json::APP_VERSION;
use crate::ui::components::iso_note::IsoNote;
use leptos::prelude::*;

/// The page footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Your answers stay in this browser. AIMS Assess sends nothing anywhere: no account, no server, no analytics."
            </p>
            <IsoNote />
            <p class="versions">
                {format!("AIMS Assess {APP_VERSION} · catalog {CATALOG_VERSION} · open source (MIT or Apache-2.0)")}
            </p>
        </footer>
    }
}
