//! The header on every page: the app's name, the save indicator and the main navigation.
//!
//! It stays small on phones so the questions keep most of the screen.

use crate::state::route::Route;
use crate::ui::components::main_nav::MainNav;
use crate::ui::components::save_indicator::SaveIndicator;
use leptos::prelude::*;

/// The page header with the brand, the save status and the navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let home = Route::Dashboard.href();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href=home>
                    <img src="public/logo.svg" alt="" width="28" height="28" />
                    <span>"AIMS Assess"</span>
                </a>
                <SaveIndicator />
            </div>
            <MainNav />
        </header>
    }
}
