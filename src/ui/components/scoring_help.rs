//! "How is this calculated?": the scoring method in a disclosure, in the same words as
//! docs/scoring.md.
//!
//! The thresholds quoted here must match `domain::scoring`; both change together.

use leptos::prelude::*;

/// A closed-by-default explanation of how answers become statuses and percentages.
#[component]
pub fn ScoringHelp() -> impl IntoView {
    view! {
        <details class="scoring-help">
            <summary>"How is this calculated?"</summary>
            <div class="scoring-help-body">
                <p>
                    "Each question is tagged Requirement (it checks something ISO/IEC 42001 requires) or Good practice (useful, but beyond what the standard requires). Only requirement questions count towards the score, the status, readiness, the verdicts and the action plan; good-practice questions show their own figure and never block anything."
                </p>
                <p>
                    "Each answer earns points: Yes 1, Partly 0.5, No 0. An unanswered question earns nothing."
                </p>
                <p>
                    "An item's score is its requirement points divided by its number of requirement questions. Its status follows from that score:"
                </p>
                <ul>
                    <li>"Not assessed: no question answered yet."</li>
                    <li>"Not implemented: below 25%."</li>
                    <li>"Partially implemented: 25% or more."</li>
                    <li>"Largely implemented: 75% or more."</li>
                    <li>"Fully implemented: 100% (every requirement question answered Yes)."</li>
                </ul>
                <p>
                    "A clause's or Annex A area's readiness is the average score of its items, each item counting the same. Overall readiness is the average over the 32 clause items and the Annex A controls in scope. Percentages are rounded down, so 100% means everything is fully implemented."
                </p>
                <p>
                    "A control is in scope unless the Statement of Applicability excludes it with a written justification; undecided controls count as applicable. Clauses 4 to 10 always apply; the standard does not allow excluding them."
                </p>
                <p>
                    "Where an Annex A control asks what a clause already asks, the question is answered once, under the clause; the answer shows and counts in both places."
                </p>
                <p>
                    "Completeness is separate: the share of requirement questions answered at all."
                </p>
            </div>
        </details>
    }
}
