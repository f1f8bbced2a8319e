//! The consistency check and the certification-readiness verdict: everything an auditor would
//! trip over, by severity, each with a link to the place to fix it.
//!
//! Each severity folds down to its heading and count; on a narrow screen a group of more than
//! ten findings starts folded, so the page opens short.

use crate::domain::checks::{self, Severity};
use crate::state::folds::{fold_open, narrow_screen};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::verdict_card::VerdictCard;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// A group with more findings than this starts folded on a narrow screen.
const LONG_GROUP: usize = 10;

/// The consistency check page.
#[component]
pub fn ChecksPage() -> impl IntoView {
    let state = AppState::expect();
    let findings = state.findings;
    let counts = move || {
        let [high, medium, low] = findings.with(|f| checks::counts(f));
        format!("{high} high, {medium} medium and {low} low findings.")
    };
    let group = move |severity: Severity| {
        let items = findings.with(|list| {
            list.iter()
                .filter(|f| f.severity == severity)
                .map(|finding| {
                    let href = Route::of_place(&finding.place).href();
                    view! {
                        <li>
                            <a href=href>{finding.message.clone()}</a>
                            <span class="finding-rule">{format!(" ({})", finding.rule.label())}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        });
        let title_id = format!("findings-{}", severity.label().to_lowercase());
        let labelled_by = title_id.clone();
        let heading = format!("{} ({})", severity.label(), items.len());
        let empty = items.is_empty();
        let body_id = format!("{title_id}-body");
        let fold_key = format!("checks:{}", severity.label());
        let open = fold_open(&fold_key, !narrow_screen() || items.len() <= LONG_GROUP);
        view! {
            <section class="finding-group" aria-labelledby=labelled_by>
                <h3 id=title_id>
                    <FoldToggle key=fold_key open=open controls=body_id.clone()>{heading}</FoldToggle>
                </h3>
                <div id=body_id hidden=move || !open.get()>
                    {if empty {
                        view! { <p class="empty-note">"None."</p> }.into_any()
                    } else {
                        view! { <ul class="finding-list">{items}</ul> }.into_any()
                    }}
                </div>
            </section>
        }
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Consistency check and readiness"</h1>
        <p class="lead">
            "What an auditor would trip over, worked out from your answers, the Statement of Applicability, the risk register, the AI systems and the action plan. Each finding links to the place where you fix it."
        </p>
        <p class="button-row">
            <a class="button button-secondary" href=Route::Actions.href()>"Action plan"</a>
            <a class="button button-secondary" href=Route::Report.href()>"Report"</a>
            <a class="button button-secondary" href=Route::Compare.href()>"Compare with a baseline"</a>
        </p>
        <VerdictCard />
        <section class="card findings" aria-labelledby="findings-title">
            <h2 id="findings-title">"Findings"</h2>
            <p class="figure-note" role="status">{counts}</p>
            {move || Severity::ALL.map(group).collect_view()}
        </section>
    }
}
