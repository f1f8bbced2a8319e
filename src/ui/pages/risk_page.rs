//! One risk: what could go wrong and for which system, its source and objective (Annex C),
//! the rating before treatment, the treatment with its Annex A controls and other actions,
//! the rating after treatment, and the acceptance where the criteria require one.

use crate::domain::annex_c::{AnnexCEntry, ANNEX_C_OBJECTIVES, ANNEX_C_SOURCES};
use crate::domain::catalog::catalog;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::risk::{Risk, RiskStatus, RiskText, Treatment};
use crate::domain::risk_criteria::Axis;
use crate::platform::{location, page};
use crate::state::risks::{ActionField, RisksState, Stage};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::risk_control_picker::RiskControlPicker;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::risks_page::system_label;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// A text field of the risk, written through `set_risk_text`.
fn risk_text_field(
    state: AppState,
    risk_id: &str,
    field: RiskText,
    label: &str,
    help: &'static str,
    rows: u32,
) -> impl IntoView {
    let id = StoredValue::new(risk_id.to_owned());
    let value = Signal::derive(move || {
        state.assessment.with(|a| {
            a.risks
                .get(&id.get_value())
                .map(|risk| risk.text(field).to_owned())
                .unwrap_or_default()
        })
    });
    let element_id = format!("risk-{}-{}", risk_id, field_slug(field));
    view! {
        <TextField
            id=element_id
            label=label.to_owned()
            help=help
            rows=rows
            class="field-wide"
            value=value
            on_input=Callback::new(move |text| state.set_risk_text(&id.get_value(), field, text))
        />
    }
}

fn field_slug(field: RiskText) -> &'static str {
    match field {
        RiskText::Title => "title",
        RiskText::Description => "description",
        RiskText::SystemId => "system",
        RiskText::Source => "source",
        RiskText::Objective => "objective",
        RiskText::Owner => "owner",
        RiskText::AcceptedBy => "accepted-by",
        RiskText::Rationale => "rationale",
    }
}

/// A select of an Annex C list (or "Not chosen"), with the chosen entry's explanation below.
fn annex_c_select(
    state: AppState,
    risk_id: &str,
    field: RiskText,
    label: &'static str,
    entries: &'static [AnnexCEntry],
) -> impl IntoView {
    let id = StoredValue::new(risk_id.to_owned());
    let current = move || {
        state.assessment.with(|a| {
            a.risks
                .get(&id.get_value())
                .map(|risk| risk.text(field).to_owned())
                .unwrap_or_default()
        })
    };
    let explanation = move || {
        let chosen = current();
        entries
            .iter()
            .find(|entry| entry.id == chosen)
            .map(|entry| entry.explanation)
            .unwrap_or("")
    };
    let element_id = format!("risk-{}-{}", risk_id, field_slug(field));
    let help_id = format!("{element_id}-help");
    let options = entries
        .iter()
        .map(|entry| view! { <option value=entry.id>{format!("{} {}", entry.id, entry.title)}</option> })
        .collect_view();
    view! {
        <div class="field field-wide">
            <label for=element_id.clone()>{label}</label>
            <select
                id=element_id
                aria-describedby=help_id.clone()
                prop:value=current
                on:change=move |event| state.set_risk_text(&id.get_value(), field, event_target_value(&event))
            >
                <option value="">"Not chosen"</option>
                {options}
            </select>
            <p class="field-help" id=help_id>{explanation}</p>
        </div>
    }
}

/// The likelihood and consequence selects of one rating, and the level they give.
fn rating_fields(state: AppState, risk_id: &str, stage: Stage) -> impl IntoView {
    let id = StoredValue::new(risk_id.to_owned());
    let prefix = match stage {
        Stage::Inherent => "before treatment",
        Stage::Residual => "after treatment",
    };
    let rating = move || {
        state.assessment.with(|a| {
            a.risks.get(&id.get_value()).and_then(|risk| match stage {
                Stage::Inherent => risk.inherent,
                Stage::Residual => risk.residual,
            })
        })
    };
    let select = move |axis: Axis, name: &'static str| {
        let stage_slug = match stage {
            Stage::Inherent => "inherent",
            Stage::Residual => "residual",
        };
        let axis_slug = match axis {
            Axis::Likelihood => "likelihood",
            Axis::Consequence => "consequence",
        };
        let element_id = format!("risk-{}-{stage_slug}-{axis_slug}", id.get_value());
        let options = state.assessment.with_untracked(|a| {
            a.risks
                .criteria
                .scale(axis)
                .iter()
                .enumerate()
                .map(|(index, level)| {
                    let number = index + 1;
                    view! { <option value=number.to_string()>{format!("{number} {level}")}</option> }
                })
                .collect_view()
        });
        view! {
            <div class="field">
                <label for=element_id.clone()>{format!("{name} {prefix}")}</label>
                <select
                    id=element_id
                    prop:value=move || rating().map(|r| r.on(axis).to_string()).unwrap_or_default()
                    on:change=move |event| {
                        let level = event_target_value(&event).parse().ok();
                        state.set_risk_level(&id.get_value(), stage, axis, level)
                    }
                >
                    <option value="">"Not rated"</option>
                    {options}
                </select>
            </div>
        }
    };
    let level = move || {
        state.assessment.with(|a| match a.risks.band(rating()) {
            Some(band) => {
                let needs = if a.risks.criteria.needs_acceptance(band) {
                    ", above the acceptance limit"
                } else {
                    ""
                };
                format!(
                    "Level {prefix}: {}{needs}",
                    a.risks.criteria.band_name(band)
                )
            }
            None => format!("Level {prefix}: not rated"),
        })
    };
    view! {
        <div class="field-row">
            {select(Axis::Likelihood, "Likelihood")}
            {select(Axis::Consequence, "Consequence")}
        </div>
        <p class="risk-level" role="status">{level}</p>
    }
}

/// While the rating is still the risk library's proposal: a note saying so and a button that
/// keeps it as it is. Changing a level confirms it as well (`Risk::set_level`).
fn proposed_note(state: AppState, risk_id: &str) -> impl IntoView {
    let id = StoredValue::new(risk_id.to_owned());
    let proposed = move || {
        state.assessment.with(|a| {
            a.risks
                .get(&id.get_value())
                .is_some_and(|risk| risk.rating_proposed)
        })
    };
    // The button goes away with the note, so focus moves to the rating it confirmed rather
    // than falling back to the top of the page. It moves once the page is drawn again, so a
    // redrawn rating field cannot take the focus away with it.
    let confirm = move |_| {
        let risk_id = id.get_value();
        state.confirm_risk_rating(&risk_id);
        let target = format!("risk-{risk_id}-inherent-likelihood");
        request_animation_frame(move || page::focus_element_in_place(&target));
    };
    move || {
        proposed().then(|| {
            view! {
                <div class="proposed-rating">
                    <p><strong>"Proposed rating, check it."</strong>
                        " The library suggested this likelihood and consequence for a typical organisation. Change them to fit yours, or keep them as they are."
                    </p>
                    <button type="button" class="button button-small" on:click=confirm>
                        "Confirm rating"
                    </button>
                </div>
            }
        })
    }
}

/// The page of one risk.
#[component]
pub fn RiskPage(
    /// The risk's ID, such as "R1".
    risk_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let risks_state = RisksState::expect();
    // A memo, so the form is built again only when the risk appears or disappears, not on
    // every keystroke (which would take the focus away).
    let exists = {
        let risk_id = risk_id.clone();
        Memo::new(move |_| state.assessment.with(|a| a.risks.get(&risk_id).is_some()))
    };
    let id = StoredValue::new(risk_id.clone());
    let risk = move |read: &dyn Fn(&Risk) -> String| {
        state
            .assessment
            .with(|a| a.risks.get(&id.get_value()).map(read).unwrap_or_default())
    };
    let heading = move || risk(&|r| format!("{} {}", r.id, r.display_title()));
    let systems = move || {
        state.assessment.with(|a| {
            a.inventory
                .systems
                .iter()
                .map(|s| view! { <option value=s.id.clone()>{system_label(a, &s.id)}</option> })
                .collect_view()
        })
    };
    // A system the inventory no longer has stays selectable, so the link is not lost silently.
    let missing_system = move || {
        state.assessment.with(|a| {
            let system_id = a.risks.get(&id.get_value()).map(|r| r.system_id.clone())?;
            (!system_id.is_empty() && a.inventory.get(&system_id).is_none()).then(|| {
                view! { <option value=system_id.clone()>{system_label(a, &system_id)}</option> }
            })
        })
    };
    let treatments = move || {
        Treatment::ALL
        .iter()
        .map(|&treatment| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="risk-treatment"
                        prop:checked=move || state.assessment.with(|a| a.risks.get(&id.get_value()).and_then(|r| r.treatment) == Some(treatment))
                        on:change=move |_| state.set_risk_treatment(&id.get_value(), Some(treatment))
                    />
                    <span>{treatment.label()}</span>
                </label>
            }
        })
        .collect_view()
    };
    let used_controls = move || {
        state.assessment.with(|a| {
            a.risks
                .get(&id.get_value())
                .map(|r| r.controls.clone())
                .unwrap_or_default()
        })
    };
    let control_chips = move || {
        used_controls()
            .into_iter()
            .map(|control_id| {
                // An own control's title is the organisation's, read from the SoA.
                let title = state.assessment.with(|a| {
                    a.soa
                        .control_title(catalog(), &control_id)
                        .unwrap_or("")
                        .to_owned()
                });
                let remove_id = control_id.clone();
                view! {
                    <li class="control-chip">
                        <span>{format!("{control_id} {title}")}</span>
                        <button
                            type="button"
                            class="button button-small button-secondary"
                            on:click=move |_| state.set_risk_control(&id.get_value(), &remove_id, false)
                        >
                            {format!("Remove {control_id}")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let action_count = move || {
        state
            .assessment
            .with(|a| a.risks.get(&id.get_value()).map_or(0, |r| r.actions.len()))
    };
    let actions = move || {
        (0..action_count())
            .map(|index| action_row(state, id, index))
            .collect_view()
    };
    let statuses = || {
        RiskStatus::ALL
            .iter()
            .map(|status| view! { <option value=status.slug()>{status.label()}</option> })
            .collect_view()
    };
    let acceptance_needed = move || {
        state.assessment.with(|a| {
            a.risks.get(&id.get_value()).is_some_and(|r| {
                a.risks
                    .band(r.accepted_rating())
                    .is_some_and(|band| a.risks.criteria.needs_acceptance(band))
            })
        })
    };
    let delete = move |_| {
        risks_state.delete(state, &id.get_value());
        location::set_hash(&Route::Risks.href());
    };
    let form = move || {
        if !exists.get() {
            return view! {
                <h1 id=PAGE_TITLE_ID tabindex="-1">"Risk not found"</h1>
                <p>
                    {format!("There is no risk {} in this assessment. ", id.get_value())}
                    <a href=Route::Risks.href()>"Go to the risk register"</a>
                </p>
            }
            .into_any();
        }
        let risk_id = id.get_value();
        view! {
            <p class="breadcrumb"><a href=Route::Risks.href()>"← Risk register"</a></p>
            <h1 id=PAGE_TITLE_ID tabindex="-1">{heading}</h1>
            <form class="card risk-form" on:submit=|event| event.prevent_default()>
                <h2>"The risk"</h2>
                {risk_text_field(state, &risk_id, RiskText::Title, "Title", "What could go wrong, in a line.", 0)}
                {risk_text_field(state, &risk_id, RiskText::Description, "Description", "How it could happen and whom it would hurt.", 3)}
                <div class="field field-wide">
                    <label for="risk-system">"AI system"</label>
                    <select
                        id="risk-system"
                        prop:value=move || risk(&|r| r.system_id.clone())
                        on:change=move |event| state.set_risk_text(&id.get_value(), RiskText::SystemId, event_target_value(&event))
                    >
                        <option value="">"Whole organisation"</option>
                        {systems}
                        {missing_system}
                    </select>
                </div>
                {annex_c_select(state, &risk_id, RiskText::Source, "Risk source (Annex C)", ANNEX_C_SOURCES)}
                {annex_c_select(state, &risk_id, RiskText::Objective, "Objective at risk (Annex C)", ANNEX_C_OBJECTIVES)}
                {risk_text_field(state, &risk_id, RiskText::Owner, "Risk owner", "The person accountable for managing this risk.", 0)}
                <h2>"Before treatment"</h2>
                {rating_fields(state, &risk_id, Stage::Inherent)}
                {proposed_note(state, &risk_id)}
                <h2>"Treatment"</h2>
                <div class="choices" role="radiogroup" aria-label="Treatment">
                    {treatments()}
                </div>
                <h3>"Controls that treat it"</h3>
                <ul class="control-chips" aria-label="Controls that treat this risk">{control_chips}</ul>
                <RiskControlPicker risk_id=id />
                <h3>"Other treatment actions"</h3>
                <ol class="treatment-actions">{actions}</ol>
                <button type="button" class="button button-secondary" on:click=move |_| state.add_treatment_action(&id.get_value())>
                    "Add treatment action"
                </button>
                <h2>"After treatment"</h2>
                {rating_fields(state, &risk_id, Stage::Residual)}
                <h2>"Review"</h2>
                <p class="field-help">"When the risk was last assessed, and when it is next to be looked at again. A risk past its review date is a finding."</p>
                <div class="field">
                    <label for="risk-assessed-on">"Assessed on"</label>
                    <input
                        id="risk-assessed-on"
                        type="date"
                        prop:value=move || risk(&|r| r.assessed_on.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| state.set_risk_assessed_on(&id.get_value(), &event_target_value(&event))
                    />
                </div>
                <div class="field">
                    <label for="risk-next-review">"Next review"</label>
                    <input
                        id="risk-next-review"
                        type="date"
                        prop:value=move || risk(&|r| r.next_review.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| state.set_risk_next_review(&id.get_value(), &event_target_value(&event))
                    />
                </div>
                <h2>"Acceptance"</h2>
                <p class="field-help">
                    {move || if acceptance_needed() {
                        "This risk is above the acceptance limit of your criteria: a named person must accept it, with a date, or it stays a finding."
                    } else {
                        "Within the acceptance limit of your criteria; recording who accepted it is still good practice."
                    }}
                </p>
                {risk_text_field(state, &risk_id, RiskText::AcceptedBy, "Accepted by", "", 0)}
                <div class="field">
                    <label for="risk-accepted-on">"Date of acceptance"</label>
                    <input
                        id="risk-accepted-on"
                        type="date"
                        prop:value=move || risk(&|r| r.acceptance.date.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| state.set_acceptance_date(&id.get_value(), &event_target_value(&event))
                    />
                </div>
                {risk_text_field(state, &risk_id, RiskText::Rationale, "Rationale for acceptance", "", 2)}
                <div class="field">
                    <label for="risk-status">"Status"</label>
                    <select
                        id="risk-status"
                        prop:value=move || risk(&|r| r.status.slug().to_owned())
                        on:change=move |event| {
                            if let Some(status) = RiskStatus::from_slug(&event_target_value(&event)) {
                                state.set_risk_status(&id.get_value(), status);
                            }
                        }
                    >
                        {statuses()}
                    </select>
                </div>
            </form>
            <p class="button-row">
                <button type="button" class="button button-danger" on:click=delete>
                    {move || format!("Delete {}", heading())}
                </button>
            </p>
        }
        .into_any()
    };
    view! { {form} }
}

/// One treatment action: description, owner, due date, done, and a button to remove it.
fn action_row(state: AppState, id: StoredValue<String>, index: usize) -> impl IntoView {
    let read = move |get: &dyn Fn(&crate::domain::risk::TreatmentAction) -> String| {
        state.assessment.with(|a| {
            a.risks
                .get(&id.get_value())
                .and_then(|r| r.actions.get(index))
                .map(get)
                .unwrap_or_default()
        })
    };
    let number = index + 1;
    let prefix = format!("risk-action-{number}");
    view! {
        <li class="treatment-action">
            <div class="field field-wide">
                <label for=format!("{prefix}-description")>{format!("Action {number}")}</label>
                <input
                    id=format!("{prefix}-description")
                    type="text" maxlength=MAX_TEXT_CHARS
                    prop:value=move || read(&|step| step.description.clone())
                    on:input=move |event| state.set_action_text(&id.get_value(), index, ActionField::Description, event_target_value(&event))
                />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for=format!("{prefix}-owner")>{format!("Owner of action {number}")}</label>
                    <input
                        id=format!("{prefix}-owner")
                        type="text" maxlength=MAX_TEXT_CHARS
                        prop:value=move || read(&|step| step.owner.clone())
                        on:input=move |event| state.set_action_text(&id.get_value(), index, ActionField::Owner, event_target_value(&event))
                    />
                </div>
                <div class="field">
                    <label for=format!("{prefix}-due")>{format!("Due date of action {number}")}</label>
                    <input
                        id=format!("{prefix}-due")
                        type="date"
                        prop:value=move || read(&|step| step.due_date.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| state.set_action_due(&id.get_value(), index, &event_target_value(&event))
                    />
                </div>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || read(&|step| if step.done { "1".into() } else { String::new() }) == "1"
                    on:change=move |event| state.set_action_done(&id.get_value(), index, event_target_checked(&event))
                />
                <span>{format!("Action {number} is done")}</span>
            </label>
            <button type="button" class="button button-small button-secondary" on:click=move |_| state.remove_treatment_action(&id.get_value(), index)>
                {format!("Remove action {number}")}
            </button>
        </li>
    }
}
