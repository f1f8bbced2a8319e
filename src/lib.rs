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

use crate::platform::location;
use crate::state::action_plan::ActionsState;
use crate::state::baseline::BaselineState;
use crate::state::library::DataState;
use crate::state::risks::RisksState;
use crate::state::route::Route;
use crate::state::systems::SystemsState;
use crate::state::{navigation, persistence, AppState};
use crate::ui::components::notice_area::NoticeArea;
use crate::ui::components::site_footer::SiteFooter;
use crate::ui::components::site_header::SiteHeader;
use crate::ui::components::skip_link::SkipLink;
use crate::ui::pages::action_plan_page::ActionPlanPage;
use crate::ui::pages::annex_a_page::AnnexAPage;
use crate::ui::pages::certification_page::CertificationPage;
use crate::ui::pages::checks_page::ChecksPage;
use crate::ui::pages::compare_page::ComparePage;
use crate::ui::pages::dashboard_page::DashboardPage;
use crate::ui::pages::data_page::DataPage;
use crate::ui::pages::eu_ai_act_page::EuAiActPage;
use crate::ui::pages::frameworks_page::FrameworksPage;
use crate::ui::pages::gap_analysis_page::GapAnalysisPage;
use crate::ui::pages::impact_assessment_page::ImpactAssessmentPage;
use crate::ui::pages::impact_list_page::ImpactListPage;
use crate::ui::pages::impact_print_page::ImpactPrintPage;
use crate::ui::pages::item_page::ItemPage;
use crate::ui::pages::nist_ai_rmf_page::NistAiRmfPage;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::organisation_page::OrganisationPage;
use crate::ui::pages::record_page::RecordPage;
use crate::ui::pages::records_page::RecordsPage;
use crate::ui::pages::register_page::RegisterPage;
use crate::ui::pages::report_page::ReportPage;
use crate::ui::pages::risk_criteria_page::RiskCriteriaPage;
use crate::ui::pages::risk_page::RiskPage;
use crate::ui::pages::risk_print_page::RiskPrintPage;
use crate::ui::pages::risks_page::RisksPage;
use crate::ui::pages::soa_page::SoaPage;
use crate::ui::pages::soa_print_page::SoaPrintPage;
use crate::ui::pages::system_page::SystemPage;
use crate::ui::pages::systems_page::SystemsPage;
use crate::ui::pages::template_page::TemplatePage;
use crate::ui::pages::templates_page::TemplatesPage;
use leptos::prelude::*;

/// The whole app, on its one page: builds the store and the sections' own state, starts
/// persistence and routing, and lays out the frame (skip link, header with navigation, the
/// notices, the section named by the URL hash in the one `main` landmark, and the footer).
///
/// Every section's state lives here rather than in its page, so that moving to another
/// section and back keeps it: "Undo" of a deleted risk, AI system, action or assessment, a
/// pending import, a baseline chosen for comparison.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Route::parse(&location::current_hash()));
    provide_context(state);
    persistence::start(state);
    let data = DataState::new();
    provide_context(data);
    // Another tab may add, rename or delete assessments; the Data page's list follows while it
    // is shown. (Reading the list parses every stored assessment, so it is not done on every
    // other tab's autosave while another section is open.)
    platform::storage::on_change_in_other_tab(move |_| {
        if state.route.with_untracked(|route| *route == Route::Data) {
            data.refresh(state);
        }
    });
    provide_context(SystemsState::new());
    provide_context(crate::state::soa::SoaState::new());
    provide_context(RisksState::new());
    provide_context(ActionsState::new());
    provide_context(BaselineState::new());
    provide_context(crate::state::records::RecordsState::new());
    provide_context(crate::state::frameworks::FrameworksState::new());
    navigation::follow_route(state, document_title);
    let current_page = move || match state.route.get() {
        Route::Dashboard => view! { <DashboardPage /> }.into_any(),
        Route::GapAnalysis { clause } => view! { <GapAnalysisPage clause_id=clause /> }.into_any(),
        Route::AnnexA { area } => view! { <AnnexAPage area_id=area /> }.into_any(),
        Route::Item { id } => view! { <ItemPage item_id=id /> }.into_any(),
        Route::Data => view! { <DataPage /> }.into_any(),
        Route::Systems => view! { <SystemsPage /> }.into_any(),
        Route::System { id } => view! { <SystemPage system_id=id /> }.into_any(),
        Route::SystemEuAiAct { id } => view! { <EuAiActPage system_id=id /> }.into_any(),
        Route::Impact => view! { <ImpactListPage /> }.into_any(),
        Route::ImpactAssessment { id } => {
            view! { <ImpactAssessmentPage system_id=id /> }.into_any()
        }
        Route::ImpactPrint { id } => view! { <ImpactPrintPage system_id=id /> }.into_any(),
        Route::Risks => view! { <RisksPage /> }.into_any(),
        Route::Risk { id } => view! { <RiskPage risk_id=id /> }.into_any(),
        Route::Organisation => view! { <OrganisationPage /> }.into_any(),
        Route::Soa => view! { <SoaPage /> }.into_any(),
        Route::SoaControl { id } => view! { <SoaPage focus=id /> }.into_any(),
        Route::SoaPrint => view! { <SoaPrintPage /> }.into_any(),
        Route::RiskCriteria => view! { <RiskCriteriaPage /> }.into_any(),
        Route::RiskPrint => view! { <RiskPrintPage /> }.into_any(),
        Route::Actions => view! { <ActionPlanPage /> }.into_any(),
        Route::Checks => view! { <ChecksPage /> }.into_any(),
        Route::Report | Route::ReportFull => view! { <ReportPage /> }.into_any(),
        Route::Compare => view! { <ComparePage /> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage what=hash /> }.into_any(),
        Route::Records => view! { <RecordsPage /> }.into_any(),
        Route::Register { kind } => view! { <RegisterPage kind=kind /> }.into_any(),
        Route::Record { kind, id } => view! { <RecordPage kind=kind record_id=id /> }.into_any(),
        Route::Templates => view! { <TemplatesPage /> }.into_any(),
        Route::Template { slug } => view! { <TemplatePage slug=slug /> }.into_any(),
        Route::Certification => view! { <CertificationPage /> }.into_any(),
        Route::Frameworks => view! { <FrameworksPage /> }.into_any(),
        Route::NistAiRmf => view! { <NistAiRmfPage /> }.into_any(),
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
        Route::SystemEuAiAct { id } => format!("EU AI Act classification, AI system {id}"),
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
        Route::ReportFull => "Full report".to_owned(),
        Route::Compare => "Compare with a baseline".to_owned(),
        Route::Records => "Records of the management system".to_owned(),
        Route::Register { kind } => kind.spec().title.to_owned(),
        Route::Record { kind, id } => format!("{}, {id}", kind.spec().title),
        Route::Templates => "Templates".to_owned(),
        Route::Template { slug } => format!("Template {slug}"),
        Route::Certification => "Road to certification".to_owned(),
        Route::Frameworks => "Other frameworks".to_owned(),
        Route::NistAiRmf => "NIST AI RMF crosswalk".to_owned(),
    };
    format!("{page} · AIMS Assess")
}
