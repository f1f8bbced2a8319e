//! The Statement of Applicability as a clean printable document: header with organisation,
//! scope, date, version and approver, then one table row per control. The print stylesheet
//! hides the app's navigation and these buttons, and sets A4 pages.

use crate::domain::catalog::catalog;
use crate::domain::soa;
use crate::io::json::APP_VERSION;
use crate::platform::{clock, page};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The printable SoA.
#[component]
pub fn SoaPrintPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today_text();
    let rows = move || {
        state.assessment.with(|assessment| {
            state.summary.with(|summary| {
                soa::rows(catalog(), assessment, summary)
                    .into_iter()
                    .map(|row| {
                        let rationale = row.rationale();
                        let status = row.status_text();
                        view! {
                            <tr>
                                <th scope="row">{row.control_id}</th>
                                <td>
                                    <span class="document-control-title">{row.title}</span>
                                    " "
                                    <span class="document-purpose preserve-lines">{row.purpose}</span>
                                </td>
                                <td>{row.applicability.label()}</td>
                                <td class="preserve-lines">{rationale}</td>
                                <td>{status}</td>
                                <td>{row.owner}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let fact = move |pick: fn(&crate::domain::assessment::Assessment) -> String| {
        move || state.assessment.with(pick)
    };
    let print = move |_| {
        if let Err(error) = page::print() {
            state.report_error(format!("The print dialog could not be opened: {error}."));
        }
    };
    view! {
        <div class="print-toolbar no-print">
            <a class="button button-secondary" href=Route::Soa.href()>"← Back to the SoA"</a>
            <button type="button" class="button" on:click=print>"Print"</button>
        </div>
        <article class="print-document">
            <h1 id=PAGE_TITLE_ID tabindex="-1">"Statement of Applicability"</h1>
            <dl class="document-facts">
                <dt>"Organisation"</dt>
                <dd>{fact(|a| a.profile.display_name().to_owned())}</dd>
                <dt>"Scope"</dt>
                <dd class="preserve-lines">{fact(|a| a.profile.display_scope().to_owned())}</dd>
                <dt>"Date"</dt>
                <dd>{today}</dd>
                <dt>"Version"</dt>
                <dd>{fact(|a| a.soa.display_version().to_owned())}</dd>
                <dt>"Approved by"</dt>
                <dd>{fact(|a| a.soa.display_approver().to_owned())}</dd>
                <dt>"Prepared with"</dt>
                <dd>{format!("AIMS Assess {APP_VERSION}, catalog {}", crate::domain::catalog::CATALOG_VERSION)}</dd>
            </dl>
            <p class="document-note">
                "Controls A.2.2 to A.10.4 are those of ISO/IEC 42001:2023, Annex A, listed by number and title, each with its purpose in our own words; controls O1, O2, ... are the organisation's own. Implementation status is derived from the self-assessment answers."
            </p>
            // On a narrow screen the table scrolls sideways inside this wrapper, which can take
            // focus so keyboard users can scroll it too.
            <div class="table-scroll" tabindex="0" role="group" aria-label="Controls (scrolls sideways on small screens)">
            <table class="document-table">
                <thead>
                    <tr>
                        <th scope="col">"ID"</th>
                        <th scope="col">"Control"</th>
                        <th scope="col">"Applicable"</th>
                        <th scope="col">"Reason for inclusion or justification for exclusion"</th>
                        <th scope="col">"Implementation status"</th>
                        <th scope="col">"Owner"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </article>
    }
}
