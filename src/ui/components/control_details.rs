//! What an Annex A control card shows beyond a clause item: the roles it mostly concerns, a
//! hint from the organisation profile, its SoA decision, and the common pitfalls.

use crate::domain::catalog::Item;
use crate::domain::profile::RoleHint;
use crate::domain::soa::Applicability;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// The control-only parts of an item card.
#[component]
pub fn ControlDetails(
    /// The control.
    control: &'static Item,
    /// Mistakes organisations commonly make with this control.
    pitfalls: Vec<String>,
) -> impl IntoView {
    let state = AppState::expect();
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
    let pitfalls = (!pitfalls.is_empty()).then(|| {
        let list = pitfalls
            .into_iter()
            .map(|pitfall| view! { <li>{pitfall}</li> })
            .collect_view();
        view! {
            <details class="pitfalls">
                <summary>"Common pitfalls"</summary>
                <ul>{list}</ul>
            </details>
        }
    });
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
        {pitfalls}
    }
}
