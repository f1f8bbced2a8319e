//! What an Annex A control card shows beyond a clause item: the roles it mostly concerns, a
//! hint from the organisation profile, its SoA decision, and the practical guidance and
//! pitfalls (loaded on first use).

use crate::domain::catalog::Item;
use crate::domain::profile::RoleHint;
use crate::domain::soa::Applicability;
use crate::state::guidance::GuidanceState;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// The control-only parts of an item card.
#[component]
pub fn ControlDetails(
    /// The control.
    control: &'static Item,
) -> impl IntoView {
    let state = AppState::expect();
    state.ensure_guidance();
    let control_id = control.id;
    let roles: Vec<&str> = control.roles.iter().map(|role| role.label()).collect();
    let hint = Memo::new(move |_| {
        state
            .assessment
            .with(|a| RoleHint::for_control(&a.profile, control.roles).sentence())
    });
    let applicability = Memo::new(move |_| {
        state.assessment.with(|a| {
            let decision = a.soa.decision(control_id);
            match decision.applicability {
                Applicability::Applicable => "applicable".to_owned(),
                Applicability::Undecided => "not decided yet (counts as applicable)".to_owned(),
                Applicability::NotApplicable if decision.is_justified_exclusion() => {
                    "not applicable (justified)".to_owned()
                }
                Applicability::NotApplicable => {
                    "excluded, but the justification is missing".to_owned()
                }
            }
        })
    });
    let guidance = move || {
        state.guidance.with(|loaded| match loaded {
            GuidanceState::Ready(book) => match book.get(control_id) {
                Some(entry) => {
                    let pitfalls = entry
                        .pitfalls
                        .iter()
                        .map(|pitfall| view! { <li>{pitfall.clone()}</li> })
                        .collect_view();
                    view! {
                        <p class="item-explanation">{entry.guidance.clone()}</p>
                        <details class="pitfalls">
                            <summary>"Common pitfalls"</summary>
                            <ul>{pitfalls}</ul>
                        </details>
                    }
                    .into_any()
                }
                None => view! { <p class="guidance-status">"No guidance found for this control."</p> }
                    .into_any(),
            },
            GuidanceState::Failed(error) => view! {
                <p class="guidance-status">
                    {format!("The guidance could not be loaded: {error}. ")}
                    <button type="button" class="link-button" on:click=move |_| state.ensure_guidance()>
                        "Try again"
                    </button>
                </p>
            }
            .into_any(),
            GuidanceState::NotLoaded | GuidanceState::Loading => {
                view! { <p class="guidance-status">"Loading guidance…"</p> }.into_any()
            }
        })
    };
    view! {
        <p class="control-meta">
            <span>{format!("Mostly concerns: {}.", roles.join(", "))}</span>
            " "
            <span>
                "Statement of Applicability: " {move || applicability.get()} " "
                <a href=Route::Soa.href()>"Decide in the SoA"<span class="visually-hidden">{format!(" for {control_id}")}</span></a>
            </span>
        </p>
        {move || hint.get().map(|text| view! { <p class="role-hint">{text}</p> })}
        <div class="control-guidance" aria-live="polite">{guidance}</div>
    }
}
