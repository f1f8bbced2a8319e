//! One function of the NIST AI RMF (GOVERN, MAP, MEASURE or MANAGE) with its coverage by the
//! user's answers, and each category as a disclosure that opens to its subcategories and the
//! ISO/IEC 42001 items they map to, each a link with the item's status.

use crate::domain::catalog::catalog;
use crate::domain::nist_crosswalk::{Category, CrosswalkCoverage, Function, Subcategory};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::coverage_bar::CoverageBar;
use leptos::prelude::*;

/// One AI RMF function with its categories and subcategories.
#[component]
pub fn NistFunctionView(
    /// The function, from the crosswalk file.
    function: Function,
    /// The coverage of the whole crosswalk by the open assessment.
    coverage: Signal<Option<CrosswalkCoverage>>,
) -> impl IntoView {
    let function_id = function.id.clone();
    let heading_id = format!("nist-{}", function.id.to_lowercase());
    let labelled_by = heading_id.clone();
    let percent = Signal::derive(move || {
        coverage.with(|coverage| {
            coverage
                .as_ref()?
                .functions
                .iter()
                .find(|entry| entry.id == function_id)?
                .coverage
                .percent()
        })
    });
    let categories = function
        .categories
        .into_iter()
        .map(|category| category_view(category, coverage))
        .collect_view();
    view! {
        <section class="card nist-function" aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{} ({})", function.id, function.name)}</h2>
            <p class="nist-summary">{function.summary}</p>
            <CoverageBar percent=percent label=format!("{} coverage", function.id) />
            <div class="nist-categories">{categories}</div>
        </section>
    }
}

/// The coverage of one category or subcategory, looked up by ID.
fn find_percent(coverage: &CrosswalkCoverage, id: &str, category: bool) -> Option<u32> {
    let categories = coverage
        .functions
        .iter()
        .flat_map(|function| function.categories.iter());
    if category {
        categories
            .clone()
            .find(|entry| entry.id == id)?
            .coverage
            .percent()
    } else {
        coverage.subcategory(id)?.percent()
    }
}

/// One category as a disclosure: its ID, our summary and coverage, opening to its
/// subcategories.
fn category_view(category: Category, coverage: Signal<Option<CrosswalkCoverage>>) -> impl IntoView {
    let id = category.id.clone();
    let percent = Signal::derive(move || {
        coverage.with(|coverage| find_percent(coverage.as_ref()?, &id, true))
    });
    let subcategories = category
        .subcategories
        .into_iter()
        .map(|subcategory| subcategory_view(subcategory, coverage))
        .collect_view();
    view! {
        <details class="nist-category">
            <summary>
                <span class="nist-category-name">
                    <strong>{category.id.clone()}</strong>
                    " "
                    {category.summary}
                </span>
                <CoverageBar percent=percent label="Coverage" quiet=true />
            </summary>
            <ul class="nist-subcategories">{subcategories}</ul>
        </details>
    }
}

/// One subcategory: its ID, our summary, its coverage and the mapped items as links with
/// their status.
fn subcategory_view(
    subcategory: Subcategory,
    coverage: Signal<Option<CrosswalkCoverage>>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = subcategory.id.clone();
    let percent = Signal::derive(move || {
        coverage.with(|coverage| find_percent(coverage.as_ref()?, &id, false))
    });
    let items = subcategory
        .iso
        .into_iter()
        .map(|item_id| {
            let title = catalog().item(&item_id).map_or("", |item| item.title);
            let href = Route::Item {
                id: item_id.clone(),
            }
            .href();
            let status_id = item_id.clone();
            let status = move || {
                state
                    .summary
                    .with(|summary| summary.item(&status_id).status().label())
            };
            view! {
                <li>
                    <a href=href>{format!("{item_id} {title}")}</a>
                    <span class="nist-item-status">{move || format!(" ({})", status())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="nist-subcategory">
            <p class="nist-subcategory-name">
                <strong>{subcategory.id.clone()}</strong>
                " "
                {subcategory.summary}
            </p>
            <CoverageBar percent=percent label="Coverage" />
            <p class="nist-mapped-label">"ISO/IEC 42001 items:"</p>
            <ul class="nist-mapped">{items}</ul>
        </li>
    }
}
