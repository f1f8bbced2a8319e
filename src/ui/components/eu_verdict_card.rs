//! The verdict of a system's EU AI Act classification: every class that applies with the
//! article and point that decided it and the reason in plain words, or where the path stands.

use crate::domain::eu_ai_act::Verdict;
use leptos::prelude::*;

/// The verdict card. It is a polite live region, so a changed answer's new verdict is read out.
#[component]
pub fn EuVerdictCard(
    /// The verdict, `None` once the system is gone.
    #[prop(into)]
    verdict: Signal<Option<Verdict>>,
) -> impl IntoView {
    let findings = move || {
        verdict.with(|verdict| {
            let Some(verdict) = verdict else {
                return Vec::new();
            };
            verdict
                .findings
                .iter()
                .map(|finding| {
                    view! {
                        <li class=format!("eu-finding eu-finding-{}", finding.class.slug())>
                            <strong>{finding.headline()}</strong>
                            <span class="eu-reason">{finding.reason.clone()}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let open = move || {
        verdict.with(|verdict| {
            let count = verdict
                .as_ref()
                .map_or(0, |verdict| verdict.open_questions.len());
            match (
                count,
                verdict.as_ref().is_some_and(|v| v.findings.is_empty()),
            ) {
                (0, _) => String::new(),
                (count, true) => format!(
                    "Not classified yet: {count} question{} on the path still open.",
                    if count == 1 { " is" } else { "s are" }
                ),
                (count, false) => format!(
                    "So far; {count} question{} on the path still open and may add classes.",
                    if count == 1 { " is" } else { "s are" }
                ),
            }
        })
    };
    view! {
        <section class="card eu-verdict" aria-labelledby="eu-verdict-heading">
            <h2 id="eu-verdict-heading">"Verdict"</h2>
            <div aria-live="polite">
                <ul class="eu-findings">{findings}</ul>
                <p class="eu-open">{open}</p>
            </div>
        </section>
    }
}
