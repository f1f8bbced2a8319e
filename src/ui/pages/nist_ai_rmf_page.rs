//! The NIST AI RMF 1.0 crosswalk: how far the user's ISO/IEC 42001 answers cover each function,
//! category and subcategory of the AI RMF, with links to the mapped items and a CSV export.
//! The crosswalk file is loaded on demand; the page names its source.

use crate::domain::nist_crosswalk::CrosswalkCoverage;
use crate::state::frameworks::{FrameworksState, Loaded};
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::coverage_bar::CoverageBar;
use crate::ui::components::load_failed::LoadFailed;
use crate::ui::components::nist_function_view::NistFunctionView;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The crosswalk page.
#[component]
pub fn NistAiRmfPage() -> impl IntoView {
    let state = AppState::expect();
    let frameworks = FrameworksState::expect();
    frameworks.ensure_crosswalk();
    let coverage = Memo::new(move |_| frameworks.coverage(state));
    let coverage = Signal::from(coverage);
    let overall = Signal::derive(move || {
        coverage.with(|coverage: &Option<CrosswalkCoverage>| {
            coverage.as_ref().and_then(|c| c.overall.percent())
        })
    });
    let body = move || {
        frameworks.crosswalk.with(|loaded| match loaded {
            Loaded::Ready(crosswalk) => {
                let source = crosswalk.source.clone();
                let functions = crosswalk
                    .functions
                    .iter()
                    .cloned()
                    .map(|function| view! { <NistFunctionView function=function coverage=coverage /> })
                    .collect_view();
                let corrections = source
                    .corrections
                    .into_iter()
                    .map(|correction| view! { <li>{correction}</li> })
                    .collect_view();
                view! {
                    <section class="card" aria-labelledby="nist-overall-title">
                        <h2 id="nist-overall-title">"AI RMF coverage"</h2>
                        <CoverageBar percent=overall label="All four functions" />
                        <p class="button-row">
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| frameworks.export_crosswalk_csv(state)
                            >
                                "Export NIST AI RMF crosswalk CSV"
                            </button>
                        </p>
                        <SpotNotices spot=Spot::Frameworks />
                    </section>
                    {functions}
                    <section class="card nist-source" aria-labelledby="nist-source-title">
                        <h2 id="nist-source-title">"Source of the mapping"</h2>
                        <p>
                            <cite>{source.title}</cite>
                            {format!(". {}. ", source.publisher)}
                            <span class="break-anywhere">{source.url}</span>
                        </p>
                        <p>{format!("Listed at {}. {}.", source.listed_at, source.version)}</p>
                        <p>{source.taken}</p>
                        <p>{source.id_translation}</p>
                        <p>{format!("Read from: {}. Last checked {}.", source.text_consulted, source.last_checked)}</p>
                        <details>
                            <summary>"How obvious slips in the source were read"</summary>
                            <ul>{corrections}</ul>
                        </details>
                    </section>
                }
                .into_any()
            }
            Loaded::Failed(error) => view! {
                <LoadFailed what="The crosswalk" error=error.to_string() class="text-status"
                    on_retry=Callback::new(move |()| frameworks.ensure_crosswalk()) />
            }
            .into_any(),
            Loaded::NotLoaded | Loaded::Loading => {
                view! { <p class="text-status" role="status">"Loading the crosswalk…"</p> }.into_any()
            }
        })
    };
    view! {
        <p class="breadcrumb"><a href=Route::Frameworks.href()>"Other frameworks"</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">"NIST AI RMF crosswalk"</h1>
        <p class="lead">
            "How far your ISO/IEC 42001 answers go towards the NIST AI Risk Management Framework (AI RMF 1.0). Each AI RMF subcategory is linked to the clauses and Annex A controls a published crosswalk maps it to; its coverage is the average score of those items, leaving out controls you excluded in the Statement of Applicability with a justification. Coverage shows where your work overlaps; it is not a NIST assessment."
        </p>
        {body}
    }
}
