//! The impact method in plain words, with its rule table, shown beside every impact result so
//! that anyone can recompute a level. The same rules are in docs/impact-method.md and in
//! `domain::impact`, whose table tests hold them.

use crate::domain::impact::ANNEX_III_FLOOR;
use leptos::prelude::*;

/// The method, in a disclosure that starts closed (open on print).
#[component]
pub fn ImpactMethod(
    /// Whether the disclosure starts open.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    view! {
        <details class="card method" open=open>
            <summary>"How the impact level is worked out"</summary>
            <p>"Each harm is rated on its own. The system's level is the level of its worst harm, never an average, so answering more questions can never lower it."</p>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Rule table (scroll sideways on small screens)">
                <table class="method-table">
                    <caption>"Rating one harm"</caption>
                    <thead>
                        <tr><th scope="col">"Step"</th><th scope="col">"Rule"</th></tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">"Start"</th><td>"Minor harm 1, serious harm 2, severe harm 3."</td></tr>
                        <tr><th scope="row">"Up one"</th><td>"The harm is hard or impossible to undo, or the system reaches more than 10,000 people a year (once, even if both)."</td></tr>
                        <tr><th scope="row">"Down one"</th><td>"The harm is unlikely as the system is used today."</td></tr>
                        <tr><th scope="row">"Before measures"</th><td>"The result, kept between level 1 and level 4."</td></tr>
                        <tr><th scope="row">"After measures"</th><td>"One level lower (never below 1) when every measure that addresses this harm is in place. A measure lowers only the harms it addresses."</td></tr>
                    </tbody>
                </table>
            </div>
            <ul>
                <li>{format!("A use in an area the EU AI Act lists as high-risk (Annex III) makes the level at least {ANNEX_III_FLOOR}, before and after measures.")}</li>
                <li>"A section marked as not applicable, with a reason, is not asked. It never lowers the level."</li>
                <li>"Until a question the result depends on is answered, the more serious answer is assumed (hard to undo, reaching many people, measure not in place) and the level is marked provisional."</li>
                <li>"Levels: 1 little, 2 moderate, 3 high, 4 very high."</li>
            </ul>
        </details>
    }
}
