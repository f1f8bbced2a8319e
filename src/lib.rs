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
use crate::state::action_plan::ActionsState;
use crate::state::baseline::BaselineState;
use crate::state::library::DataState;
use crate::state::risks::RisksState;
use crate::state::route::{PageFile, Route};
use crate::state::systems::SystemsState;
use crate::state::{persistence, AppState};
use crate::ui::components::notice_area::NoticeArea;
use crate::ui::components::site_footer::SiteFooter;
use crate::ui::components::site_header::SiteHeader;
use crate::ui::components::skip_link::SkipLink;
use crate::ui::pages::action_plan_page::ActionPlanPage;
use crate::ui::pages::annex_a_page::AnnexAPage;
use crate::ui::pages::checks_page::ChecksPage;
use crate::ui::pages::compare_page::ComparePage;
use crate::ui::pages::dashboard_page::DashboardPage;
use crate::ui::pages::data_page::DataPage;
use crate::ui::pages::gap_analysis_page::GapAnalysisPage;
use crate::ui::pages::impact_assessment_page::ImpactAssessmentPage;
use crate::ui::pages::impact_list_page::ImpactListPage;
use crate::ui::pages::impact_print_page::ImpactPrintPage;
use crate::ui::pages::item_page::ItemPage;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::organisation_page::OrganisationPage;
use crate::ui::pages::report_page::ReportPage;
use crate::ui::pages::risk_criteria_page::RiskCriteriaPage;
use crate::ui::pages::risk_page::RiskPage;
use crate::ui::pages::risk_print_page::RiskPrintPage;
use crate::ui::pages::risks_page::RisksPage;
use crate::ui::pages::soa_page::SoaPage;
use crate::ui::pages::soa_print_page::SoaPrintPage;
use crate::ui::pages::system_page::SystemPage;
use crate::ui::pages::systems_page::SystemsPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// Keeps the route in step with the URL hash of `page`, and after moving to another route
/// sets the document title and puts focus on the new page's heading, so screen-reader and
/// keyboard users start at the top of it.
fn follow_route(state: AppState, page_file: PageFile) {
    location::on_hash_change(move |hash| state.route.set(Route::parse_on(page_file, &hash)));
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
}

/// The frame every page shares: skip link, header with navigation, the notices and the page
/// itself in the one `main` landmark, and the footer.
fn frame(content: impl IntoView) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" tabindex="-1">
            <NoticeArea />
            {content}
        </main>
        <SiteFooter />
    }
}

/// A route of another HTML page reached this one (an old or hand-typed address): the page
/// goes there at once, and shows a link in case it cannot.
fn elsewhere(route: &Route) -> AnyView {
    let target = route.full_href();
    location::replace(&target);
    view! {
        <p role="status">
            "This page has moved. " <a href=target>"Open it"</a>
        </p>
    }
    .into_any()
}

/// The whole app on the main page (`index.html`): builds the store, starts persistence and
/// routing, and lays out the frame around the page named by the URL hash.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Route::parse(&location::current_hash()));
    provide_context(state);
    persistence::start(state);
    follow_route(state, PageFile::Main);
    let current_page = move || match state.route.get() {
        Route::Dashboard => view! { <DashboardPage /> }.into_any(),
        Route::GapAnalysis { clause } => view! { <GapAnalysisPage clause_id=clause /> }.into_any(),
        Route::AnnexA { area } => view! { <AnnexAPage area_id=area /> }.into_any(),
        Route::Item { id } => view! { <ItemPage item_id=id /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
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
    // The risk register's CSV import keeps its own undo and import state.
    provide_context(RisksState::new());
    // Another tab may add, rename or delete assessments; the list follows.
    platform::storage::on_change_in_other_tab(move |_| data.refresh(state));
    page::set_title(&document_title(&Route::Data));
    frame(view! { <DataPage /> })
}

/// The AI systems page's app (`systems.html`, its own Wasm build): the inventory, the impact
/// assessments and their print views, in the same frame with the same store.
#[component]
pub fn SystemsApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(
        PageFile::Systems,
        &location::current_hash(),
    ));
    provide_context(state);
    persistence::start(state);
    provide_context(SystemsState::new());
    follow_route(state, PageFile::Systems);
    let current_page = move || match state.route.get() {
        Route::Systems => view! { <SystemsPage /> }.into_any(),
        Route::System { id } => view! { <SystemPage system_id=id /> }.into_any(),
        Route::Impact => view! { <ImpactListPage /> }.into_any(),
        Route::ImpactAssessment { id } => {
            view! { <ImpactAssessmentPage system_id=id /> }.into_any()
        }
        Route::ImpactPrint { id } => view! { <ImpactPrintPage system_id=id /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The risks page's app (`risks.html`, its own Wasm build): the risk register and one risk,
/// in the same frame with the same store.
#[component]
pub fn RisksApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(PageFile::Risks, &location::current_hash()));
    provide_context(state);
    persistence::start(state);
    provide_context(RisksState::new());
    follow_route(state, PageFile::Risks);
    let current_page = move || match state.route.get() {
        Route::Risks => view! { <RisksPage /> }.into_any(),
        Route::Risk { id } => view! { <RiskPage risk_id=id /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The plan page's app (`plan.html`, its own Wasm build): scope and planning, that is the
/// organisation profile, the Statement of Applicability (the outcome of risk treatment), the
/// risk criteria and the risk treatment plan. They are a page
/// apart from the main page and the register to keep each first load within budget.
#[component]
pub fn PlanApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(PageFile::Plan, &location::current_hash()));
    provide_context(state);
    persistence::start(state);
    follow_route(state, PageFile::Plan);
    let current_page = move || match state.route.get() {
        Route::Organisation => view! { <OrganisationPage /> }.into_any(),
        Route::Soa => view! { <SoaPage /> }.into_any(),
        Route::SoaControl { id } => view! { <SoaPage focus=id /> }.into_any(),
        Route::SoaPrint => view! { <SoaPrintPage /> }.into_any(),
        Route::RiskCriteria => view! { <RiskCriteriaPage /> }.into_any(),
        Route::RiskPrint => view! { <RiskPrintPage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The action plan page's app (`actions.html`, its own Wasm build): the action plan and the
/// consistency check with the readiness verdict, in the same frame with the same store.
#[component]
pub fn ActionsApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(
        PageFile::Actions,
        &location::current_hash(),
    ));
    provide_context(state);
    persistence::start(state);
    provide_context(ActionsState::new());
    follow_route(state, PageFile::Actions);
    let current_page = move || match state.route.get() {
        Route::Actions => view! { <ActionPlanPage /> }.into_any(),
        Route::Checks => view! { <ChecksPage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The comparison page's app (`compare.html`, its own Wasm build): the open assessment beside
/// a baseline, in the same frame with the same store.
#[component]
pub fn CompareApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(
        PageFile::Compare,
        &location::current_hash(),
    ));
    provide_context(state);
    persistence::start(state);
    provide_context(BaselineState::new());
    follow_route(state, PageFile::Compare);
    let current_page = move || match state.route.get() {
        Route::Compare => view! { <ComparePage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The report page's app (`report.html`, its own Wasm build): the printable report, in the
/// same frame with the same store.
#[component]
pub fn ReportApp() -> impl IntoView {
    let state = AppState::new(Route::parse_on(PageFile::Report, &location::current_hash()));
    provide_context(state);
    persistence::start(state);
    follow_route(state, PageFile::Report);
    let current_page = move || match state.route.get() {
        Route::Report => view! { <ReportPage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        other => elsewhere(&other),
    };
    frame(current_page)
}

/// The browser tab's title for a page.
fn document_title(route: &Route) -> String {
    let page = match route {
        Route::Dashboard => "Dashboard".to_owned(),
        Route::GapAnalysis { clause } => format!("Gap analysis, clause {clause}"),
        Route::AnnexA { area } => format!("Annex A, {area}"),
        Route::Soa => "Statement of Applicability".to_owned(),
        Route::SoaPrint => "Statement of Applicability (print view)".to_owned(),
        Route::SoaControl { id } => format!("Statement of Applicability, {id}"),
        Route::Organisation => "Your organisation".to_owned(),
        Route::NotFound(_) => "Page not found".to_owned(),
        Route::Data => "Data".to_owned(),
        Route::Systems => "AI systems".to_owned(),
        Route::System { id } => format!("AI system {id}"),
        Route::Impact => "Impact assessments".to_owned(),
        Route::ImpactAssessment { id } => format!("Impact assessment, AI system {id}"),
        Route::ImpactPrint { id } => format!("Impact assessment, AI system {id} (print view)"),
        Route::Risks => "Risks".to_owned(),
        Route::Risk { id } => format!("Risk {id}"),
        Route::RiskCriteria => "Risk criteria".to_owned(),
        Route::RiskPrint => "Risk treatment plan (print view)".to_owned(),
        Route::Item { id } => format!("Item {id}"),
        Route::Actions => "Action plan".to_owned(),
        Route::Checks => "Consistency check and readiness".to_owned(),
        Route::Report => "Report".to_owned(),
        Route::Compare => "Compare with a baseline".to_owned(),
    };
    format!("{page} · AIMS Assess")
}
