//! The report page's choice between the summary for the board and the full report for the
//! auditor. The choice lives in the address (`#/report` or `#/report/full`), so a link or a
//! reload opens the same report; choosing a radio changes the address.

use crate::domain::report::Depth;
use crate::platform::location;
use crate::state::route::Route;
use leptos::prelude::*;

/// The page each choice opens.
fn route_of(depth: Depth) -> Route {
    match depth {
        Depth::Summary => Route::Report,
        Depth::Full => Route::ReportFull,
    }
}

/// A radio group "Report for" with the two depths.
#[component]
pub fn ReportDepthChoice(
    /// The depth the open report has.
    depth: Signal<Depth>,
) -> impl IntoView {
    let options = [Depth::Summary, Depth::Full]
        .into_iter()
        .map(|choice| {
            let pick = move |_| location::set_hash(&route_of(choice).href());
            view! {
                <label class="check-option">
                    <input type="radio" name="report-depth" prop:checked=move || depth.get() == choice
                        on:change=pick />
                    {choice.label()}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="view-switch report-depth">
            <legend>"Report for"</legend>
            {options}
        </fieldset>
    }
}
