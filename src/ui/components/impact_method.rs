//! The impact method in plain words, shown beside every impact result so that anyone can see
//! how a level is reached. The same rules are in docs/impact-method.md and in
//! `domain::impact`.

use crate::domain::impact::{
    LEVEL_THRESHOLDS, MITIGATION_THRESHOLD, SEVERE_FLOOR, SEVERE_MITIGATED_FLOOR,
};
use leptos::prelude::*;

/// The method, in a disclosure that starts closed (open on print).
#[component]
pub fn ImpactMethod(
    /// Whether the disclosure starts open.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let [two, three, four] = LEVEL_THRESHOLDS;
    view! {
        <details class="card method" open=open>
            <summary>"How the impact level is computed"</summary>
            <ol>
                <li>"Some questions are only asked after a screening answer (for example, questions about children only when children could be affected). Questions that are not asked count neither way."</li>
                <li>"Each impact question scores 0 (no effect) to 3 (severe) points. Impact points are the points of the answered impact questions, out of the most those questions could score."</li>
                <li>{format!("The share of impact points gives the level before measures: level 1 (little) below {two}%, level 2 (moderate) from {two}%, level 3 (high) from {three}%, level 4 (very high) from {four}%.")}</li>
                <li>{format!("Any answer at the most serious option of its question makes that level at least {SEVERE_FLOOR}, so one severe harm is never averaged away.")}</li>
                <li>{format!("Each measure question scores 0 (not in place) to 2 (in place) points. From {MITIGATION_THRESHOLD}% of the possible measure points, the level drops by one, but never below 1, and never below {SEVERE_MITIGATED_FLOOR} when an answer is severe.")}</li>
                <li>"While any asked question is unanswered, the level is provisional and the open questions are listed."</li>
            </ol>
            <p>"Percentages are compared in whole points: a threshold of p% of n possible points is reached from p × n ÷ 100 points, rounded up."</p>
        </details>
    }
}
