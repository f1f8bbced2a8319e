//! The picker that adds a control (Annex A or one of the organisation's own) to a risk's
//! treatment. Controls excluded in the Statement of Applicability are marked in the list, and
//! choosing one warns at once beside the picker, with a link to that control's SoA entry.

use crate::domain::catalog::catalog;
use crate::domain::soa::Applicability;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// The element ID of the warning about an excluded control, which describes the picker.
const WARNING_ID: &str = "risk-add-control-warning";

/// One option of the picker: the control's ID, its label and whether the SoA excludes it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ControlOption {
    id: String,
    label: String,
    excluded: bool,
}

/// The control picker of one risk, with its "Add control" button.
#[component]
pub fn RiskControlPicker(
    /// The risk whose treatment the chosen control joins.
    risk_id: StoredValue<String>,
) -> impl IntoView {
    let state = AppState::expect();
    // Every control with its label, marked when the SoA excludes it; read from the SoA so an
    // own control added or a decision changed elsewhere shows here too.
    let options = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.soa
                .control_ids(catalog())
                .map(|control_id| {
                    let title = a.soa.control_title(catalog(), control_id).unwrap_or("");
                    let excluded =
                        a.soa.decision(control_id).applicability == Applicability::NotApplicable;
                    let mark = if excluded {
                        " (excluded in the SoA)"
                    } else {
                        ""
                    };
                    ControlOption {
                        id: control_id.to_owned(),
                        label: format!("{control_id} {title}{mark}"),
                        excluded,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    // The chosen control when the SoA excludes it, for the warning.
    let chosen_excluded = Memo::new(move |_| {
        let id = chosen.get();
        options.with(|all| {
            all.iter()
                .find(|option| option.id == id && option.excluded)
                .map(|option| option.id.clone())
        })
    });
    let add = move |_| {
        let control_id = chosen.get_untracked();
        if !control_id.is_empty() {
            state.set_risk_control(&risk_id.get_value(), &control_id, true);
            chosen.set(String::new());
        }
    };
    let option_views = move || {
        options.with(|all| {
            all.iter()
                .map(|option| {
                    view! { <option value=option.id.clone()>{option.label.clone()}</option> }
                })
                .collect_view()
        })
    };
    let warning = move || {
        chosen_excluded.get().map(|control_id| {
            let href = Route::SoaControl {
                id: control_id.clone(),
            }
            .href();
            view! {
                <p class="field-error" id=WARNING_ID>
                    {format!(
                        "{control_id} is excluded in the Statement of Applicability. Either include it there, or pick another control for this risk. "
                    )}
                    <a href=href>{format!("Open {control_id} in the SoA")}</a>
                </p>
            }
        })
    };
    view! {
        <div class="field-row">
            <div class="field">
                <label for="risk-add-control">"Control to add"</label>
                <select
                    id="risk-add-control"
                    aria-describedby=move || chosen_excluded.with(|c| c.as_ref().map(|_| WARNING_ID))
                    prop:value=move || chosen.get()
                    on:change=move |event| chosen.set(event_target_value(&event))
                >
                    <option value="">"Choose a control"</option>
                    {option_views}
                </select>
            </div>
            <button type="button" class="button button-secondary" on:click=add>"Add control"</button>
        </div>
        <div aria-live="polite">{warning}</div>
        <p class="field-help">
            "Annex A controls come first, then your own (O1, O2, ...), which you add in the Statement of Applicability. A control you add here applies there, with risk treatment as its reason."
        </p>
    }
}
