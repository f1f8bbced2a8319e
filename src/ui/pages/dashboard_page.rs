//! The dashboard: a short welcome, overall readiness and readiness per clause.
//!
//! It is the landing page, so it also says what the tool is, that nothing leaves the browser,
//! and where the standard itself can be bought.

use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::iso_note::IsoNote;
use crate::ui::components::readiness_table::ReadinessTable;
use crate::ui::components::scoring_help::ScoringHelp;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The dashboard page.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = AppState::expect();
    let overall = Memo::new(move |_| state.summary.with(|s| s.overall));
    let percent = move || format!("{}%", overall.get().percent().unwrap_or(0));
    let completeness = move || {
        let overall = overall.get();
        format!(
            "{} of {} questions answered ({}%)",
            overall.answered,
            overall.questions,
            overall.completeness_percent().unwrap_or(0)
        )
    };
    let start_href = Route::GapAnalysis {
        clause: crate::state::route::FIRST_CLAUSE.to_owned(),
    }
    .href();
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Dashboard"</h1>
        <section class="welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">"Welcome to AIMS Assess"</h2>
            <p>
                "AIMS Assess helps you find out how far your organisation is from ISO/IEC 42001, the international standard for an AI management system. "
                "Answer plain-language questions about clauses 4 to 10, note your evidence, owners and due dates, and watch your readiness grow."
            </p>
            <p>
                <strong>"Nothing leaves your browser."</strong>
                " There is no account, no server and no analytics: your answers are saved only in this browser on this device."
            </p>
            <IsoNote />
            <p>
                <a class="button" href=start_href>"Start the gap analysis"</a>
            </p>
        </section>
        <div class="dashboard-grid">
            <section class="overall card" aria-labelledby="overall-title">
                <h2 id="overall-title">"Overall readiness"</h2>
                <p class="big-figure">{percent}</p>
                <p class="figure-note">{completeness}</p>
            </section>
            <section class="card" aria-labelledby="clauses-title">
                <h2 id="clauses-title">"Readiness per clause"</h2>
                <ReadinessTable />
                <ScoringHelp />
            </section>
        </div>
    }
}
