//! AIMS Assess: an ISO/IEC 42001 self-assessment that runs entirely in the browser.
//!
//! Where to start: `domain` holds the catalog and the rules (pure Rust, tested natively);
//! `io` the file format; `platform` the only code that calls browser APIs; `state` the
//! reactive store and its named actions; `ui` the components and pages. ARCHITECTURE.md
//! explains how a click reaches storage and how a file reaches the screen.

pub mod domain;
pub mod io;
pub mod platform;
pub mod state;
pub mod ui;

use crate::platform::{location, page};
use crate::state::library::DataState;
use crate::state::route::Route;
use crate::state::{persistence, AppState};
use crate::ui::components::notice_area::NoticeArea;
use crate::ui::components::site_footer::SiteFooter;
use crate::ui::components::site_header::SiteHeader;
use crate::ui::components::skip_link::SkipLink;
use crate::ui::pages::annex_a_page::AnnexAPage;
use crate::ui::pages::dashboard_page::DashboardPage;
use crate::ui::pages::data_page::DataPage;
use crate::ui::pages::gap_analysis_page::GapAnalysisPage;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::organisation_page::OrganisationPage;
use crate::ui::pages::soa_page::SoaPage;
use crate::ui::pages::soa_print_page::SoaPrintPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The whole app: builds the store, starts persistence and routing, and lays out the frame
/// around the page named by the URL hash.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Route::parse(&location::current_hash()));
    provide_context(state);
    persistence::start(state);
    location::on_hash_change(move |hash| state.route.set(Route::parse(&hash)));

    // After moving to another page, the document title follows and focus goes to the new
    // page's heading, so screen-reader and keyboard users start at the top of it.
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        page::set_title(&document_title(&route));
        if previous.is_some_and(|previous| previous != route) {
            request_animation_frame(|| {
                page::scroll_to_top();
                page::focus_element(PAGE_TITLE_ID);
            });
        }
        route
    });

    let current_page = move || match state.route.get() {
        Route::Dashboard => view! { <DashboardPage /> }.into_any(),
        Route::GapAnalysis { clause } => view! { <GapAnalysisPage clause_id=clause /> }.into_any(),
        Route::AnnexA { area } => view! { <AnnexAPage area_id=area /> }.into_any(),
        Route::Soa => view! { <SoaPage /> }.into_any(),
        Route::SoaPrint => view! { <SoaPrintPage /> }.into_any(),
        Route::Organisation => view! { <OrganisationPage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        // The Data page is `data.html`; no hash of this page parses to it.
        Route::Data => view! { <NotFoundPage what="#/data".to_owned() /> }.into_any(),
    };
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" tabindex="-1">
            <NoticeArea />
            {current_page}
        </main>
        <SiteFooter />
    }
}

/// The Data page's app (`data.html`, its own Wasm build): the same frame around the Data
/// page, with the same store and persistence, so the open assessment is saved the same way.
#[component]
pub fn DataApp() -> impl IntoView {
    let state = AppState::new(Route::Data);
    provide_context(state);
    persistence::start(state);
    let data = DataState::new(state);
    provide_context(data);
    // Another tab may add, rename or delete assessments; the list follows.
    platform::storage::on_change_in_other_tab(move |_| data.refresh(state));
    page::set_title(&document_title(&Route::Data));
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" tabindex="-1">
            <NoticeArea />
            <DataPage />
        </main>
        <SiteFooter />
    }
}

/// The browser tab's title for a page.
fn document_title(route: &Route) -> String {
    let page = match route {
        Route::Dashboard => "Dashboard".to_owned(),
        Route::GapAnalysis { clause } => format!("Gap analysis, clause {clause}"),
        Route::AnnexA { area } => format!("Annex A, {area}"),
        Route::Soa => "Statement of Applicability".to_owned(),
        Route::SoaPrint => "Statement of Applicability (print view)".to_owned(),
        Route::Organisation => "Your organisation".to_owned(),
        Route::NotFound(_) => "Page not found".to_owned(),
        Route::Data => "Data".to_owned(),
    };
    format!("{page} · AIMS Assess")
}
