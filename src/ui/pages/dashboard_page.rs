//! The dashboard: a short welcome, overall readiness, and readiness per clause and per Annex A
//! area.
//!
//! It is the landing page, so it also says what the tool is, that nothing leaves the browser,
//! and where the standard itself can be bought.

use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::area_radar::AreaRadar;
use crate::ui::components::catalog_changes::CatalogChanges;
use crate::ui::components::iso_note::IsoNote;
use crate::ui::components::readiness_table::ReadinessTable;
use crate::ui::components::risk_overview::RiskOverview;
use crate::ui::components::scoring_help::ScoringHelp;
use crate::ui::components::system_levels::SystemLevels;
use crate::ui::components::top_gaps::TopGaps;
use crate::ui::components::verdict_summary::VerdictSummary;
use crate::ui::pages::PAGE_TITLE_ID;
use crate::ui::part_kind::PartKind;
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
            "{} of {} requirement questions answered ({}%)",
            overall.answered,
            overall.questions,
            overall.completeness_percent().unwrap_or(0)
        )
    };
    let good_practice = move || {
        let good = overall.get().good_practice;
        format!(
            "Good practice, beyond the requirements: {}% ({} of {} questions answered). It never \
             lowers readiness.",
            good.percent().unwrap_or(0),
            good.answered,
            good.questions
        )
    };
    let clause_total = move || {
        state
            .summary
            .with(|s| format!("{}%", s.clause_total.percent().unwrap_or(0)))
    };
    let annex_a = move || {
        state
            .summary
            .with(|s| format!("{}%", s.annex_a.percent().unwrap_or(0)))
    };
    let in_scope = move || {
        state.summary.with(|s| {
            format!(
                "{} of 38 Annex A controls are in scope; justified exclusions are left out.",
                s.annex_a.items
            )
        })
    };
    let start_href = Route::GapAnalysis {
        clause: crate::state::route::FIRST_CLAUSE.to_owned(),
    }
    .href();
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Dashboard"</h1>
        <CatalogChanges />
        <section class="welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">"Welcome to AIMS Assess"</h2>
            <p>
                "AIMS Assess helps you find out how far your organisation is from ISO/IEC 42001, the international standard for an AI management system. "
                "Answer plain-language questions about clauses 4 to 10 and the 38 Annex A controls, decide which controls apply in your Statement of Applicability, note your evidence, owners and due dates, and watch your readiness grow."
            </p>
            <p>
                <strong>"Nothing leaves your browser."</strong>
                " There is no account, no server and no analytics: your answers are saved only in this browser on this device. "
                "You can check this yourself: open your browser's developer tools at the Network tab and use the app. Once a page has loaded, no request appears, and the page's security policy forbids sending anything anywhere. After the first visit the app also works offline."
            </p>
            <IsoNote />
            <p class="button-row">
                <a class="button" href=start_href>"Start the gap analysis"</a>
                <a class="button button-secondary" href=Route::Organisation.href()>"Describe your organisation"</a>
                <a class="button button-secondary" href=Route::Checks.href()>"Check audit readiness"</a>
                <a class="button button-secondary" href=Route::Frameworks.href()>"Other frameworks"</a>
            </p>
        </section>
        <div class="dashboard-grid">
            <div class="dashboard-side">
            <section class="overall card" aria-labelledby="overall-title">
                <h2 id="overall-title">"Overall readiness"</h2>
                <p class="big-figure">{percent}</p>
                <p class="figure-note">{completeness}</p>
                <p class="figure-note">{good_practice}</p>
                <p class="figure-note">"Clause items and Annex A controls in scope, each counting the same."</p>
            </section>
            <section class="card" aria-labelledby="parts-title">
                <h2 id="parts-title">"Readiness by part"</h2>
                <dl class="figure-list">
                    <dt>"Clauses 4 to 10"</dt>
                    <dd>{clause_total}</dd>
                    <dt>"Annex A"</dt>
                    <dd>{annex_a}</dd>
                </dl>
                <p class="figure-note">{in_scope}</p>
                <ScoringHelp />
            </section>
            <TopGaps />
            <VerdictSummary />
            <SystemLevels />
            <RiskOverview />
            </div>
            <div class="dashboard-tables">
                <section class="card" aria-labelledby="clauses-title">
                    <h2 id="clauses-title">"Readiness per clause"</h2>
                    <ReadinessTable kind=PartKind::Clause caption="Readiness per clause" />
                </section>
                <section class="card" aria-labelledby="areas-title">
                    <h2 id="areas-title">"Readiness per Annex A area"</h2>
                    <AreaRadar />
                    <ReadinessTable kind=PartKind::AnnexArea caption="Readiness per Annex A area" />
                </section>
            </div>
        </div>
    }
}
