//! The certification-readiness verdict: the headline, the checklist of requirements met and
//! not met, and every blocker with a link to where it is fixed.

use crate::domain::readiness::{Requirement, DISCLAIMER};
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// The verdict with its checklist and blockers.
#[component]
pub fn VerdictCard() -> impl IntoView {
    let state = AppState::expect();
    let verdict = state.verdict;
    let requirement_view = move |requirement: Requirement, met: bool| {
        let blockers = verdict.with(|v| {
            v.blockers
                .iter()
                .filter(|b| b.requirement == requirement)
                .map(|blocker| {
                    let text = blocker.message.clone();
                    match &blocker.place {
                        Some(place) => {
                            let href = Route::of_place(place).href();
                            view! { <li><a href=href>{text}</a></li> }.into_any()
                        }
                        None => view! { <li>{text}</li> }.into_any(),
                    }
                })
                .collect_view()
        });
        let (mark, class) = if met {
            ("Met", "requirement-met")
        } else {
            ("Not met", "requirement-open")
        };
        view! {
            <li class=class>
                <p>
                    <strong class="requirement-mark">{mark}</strong>
                    ": "
                    <strong>{requirement.label()}</strong>
                    ". "
                    {requirement.explanation()}
                </p>
                {(!met).then(|| view! { <ul class="blockers">{blockers}</ul> })}
            </li>
        }
    };
    let checklist = move || {
        verdict
            .with(|v| v.requirements.clone())
            .into_iter()
            .map(|(requirement, met)| requirement_view(requirement, met))
            .collect_view()
    };
    view! {
        <section class="card verdict" aria-labelledby="verdict-title">
            <h2 id="verdict-title">"Readiness for a stage 1 audit"</h2>
            <p class="verdict-headline">{move || verdict.with(|v| v.headline())}</p>
            <p class="field-help">{DISCLAIMER}</p>
            <ul class="requirements" aria-label="Requirements">{checklist}</ul>
        </section>
    }
}
