//! Other frameworks: where the work on ISO/IEC 42001 meets the NIST AI RMF and an existing
//! ISO/IEC 27001 certification. A hub page linking to each.

use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The hub of the other frameworks.
#[component]
pub fn FrameworksPage() -> impl IntoView {
    let state = AppState::expect();
    let holds = move || state.assessment.with(|a| a.profile.holds_iso27001);
    let iso27001_status = move || {
        if holds() {
            "Your profile says you hold ISO/IEC 27001, so each clause item shows what your information security management system usually already provides, and each Annex A control lists related ISO/IEC 27001:2022 controls."
        } else {
            "Your profile does not say you hold ISO/IEC 27001; tick the box on the profile page to see the hints."
        }
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Other frameworks"</h1>
        <p class="lead">
            "Your answers to ISO/IEC 42001 also tell you something about other frameworks. Nothing here answers a question for you: it shows where work you have done, or already do, can count twice."
        </p>
        <section class="card" aria-labelledby="frameworks-nist-title">
            <h2 id="frameworks-nist-title">"NIST AI Risk Management Framework"</h2>
            <p>
                "Coverage of every function, category and subcategory of AI RMF 1.0 by your answers, through the crosswalk NIST lists on its AI Resource Center, with a CSV export."
            </p>
            <p><a class="button" href=Route::NistAiRmf.href()>"Open the NIST AI RMF crosswalk"</a></p>
        </section>
        <section class="card" aria-labelledby="frameworks-27001-title">
            <h2 id="frameworks-27001-title">"Reusing ISO/IEC 27001"</h2>
            <p>
                "Clauses 4 to 10 of ISO/IEC 42001 share their structure with ISO/IEC 27001. If you hold ISO/IEC 27001, much of the management system is already in place: document control, internal audit, management review, corrective action, competence."
            </p>
            <p>{iso27001_status}</p>
            <p><a class="button button-secondary" href=Route::Organisation.href()>"Your organisation profile"</a></p>
        </section>
    }
}
