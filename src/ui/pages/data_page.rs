//! The Data page: the assessments kept in this browser, exports and imports (the risk
//! register's spreadsheet included).

use crate::state::library::DataState;
use crate::state::AppState;
use crate::ui::components::assessment_manager::AssessmentManager;
use crate::ui::components::export_panel::ExportPanel;
use crate::ui::components::import_panel::ImportPanel;
use crate::ui::components::risk_csv_panel::RiskCsvPanel;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The Data page.
#[component]
pub fn DataPage() -> impl IntoView {
    // The list of stored assessments is read afresh each time the page is shown.
    DataState::expect().refresh(AppState::expect());
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Data"</h1>
        <p class="lead">
            "Your assessments are kept in this browser only: nothing is sent anywhere. Export them to keep a backup, to move them to another computer or to share them."
        </p>
        <AssessmentManager />
        <ExportPanel />
        <ImportPanel />
        <RiskCsvPanel />
    }
}
