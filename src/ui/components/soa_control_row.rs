//! One control in the Statement of Applicability: whether it applies ("Applicable: A.2.2"),
//! why it is included, or why it is excluded ("Justification for A.2.2"), with its
//! implementation status and a hint from the organisation profile.

use crate::domain::catalog::Item;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::profile::RoleHint;
use crate::domain::soa::{risks_phrase, Applicability, InclusionReason};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::status_badge::StatusBadge;
use leptos::prelude::*;

/// The element ID of a control's SoA entry, used to move focus to it from a finding.
pub fn soa_entry_id(control_id: &str) -> String {
    format!("soa-{}", control_id.replace('.', "-"))
}

/// The SoA entry of one control.
#[component]
pub fn SoaControlRow(
    /// The control.
    control: &'static Item,
) -> impl IntoView {
    let state = AppState::expect();
    let control_id = control.id;
    let entry_id = soa_entry_id(control_id);
    let title_id = format!("{entry_id}-title");
    let labelled_by = title_id.clone();
    let decision = Memo::new(move |_| state.assessment.with(|a| a.soa.decision(control_id)));
    let applicability = move || decision.with(|d| d.applicability);
    let status = Signal::derive(move || state.summary.with(|s| s.item(control_id).status()));
    let hint = Memo::new(move |_| {
        state
            .assessment
            .with(|a| RoleHint::for_control(&a.profile, control.roles).sentence())
    });
    let owner = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.item(control_id)
                .map(|record| record.owner.trim().to_owned())
                .filter(|owner| !owner.is_empty())
        })
    });
    // The live risks whose treatment uses this control, from the risk register.
    let risk_ids = Memo::new(move |_| {
        state.assessment.with(|a| {
            let ids: Vec<String> = a
                .risks
                .risks_using(control_id)
                .into_iter()
                .map(str::to_owned)
                .collect();
            ids
        })
    });
    let risk_note = move || {
        let ids = risk_ids.get();
        if ids.is_empty() {
            return None;
        }
        let risks = risks_phrase(&ids);
        let note = if applicability() == Applicability::NotApplicable {
            view! {
                <p class="field-error">
                    {format!("Finding: the treatment of {risks} relies on this control. Include it, or change how they are treated.")}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="role-hint">{format!("Treats {risks}, so it applies with risk treatment as a reason.")}</p>
            }
            .into_any()
        };
        Some(note)
    };
    let radio_name = format!("applicable-{entry_id}");
    let radios = Applicability::ALL
        .iter()
        .map(|&choice| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=radio_name.clone()
                        value=choice.slug()
                        prop:checked=move || applicability() == choice
                        on:change=move |_| state.set_applicability(control_id, choice)
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    let reasons = InclusionReason::ALL
        .iter()
        .map(|&reason| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || decision.with(|d| d.reasons.contains(&reason))
                        on:change=move |event| {
                            state.set_inclusion_reason(control_id, reason, event_target_checked(&event))
                        }
                    />
                    <span>{reason.label()}</span>
                </label>
            }
        })
        .collect_view();
    let justification_id = format!("{entry_id}-justification");
    let missing_id = format!("{entry_id}-missing");
    let missing_justification = move || {
        decision.with(|d| {
            d.applicability == Applicability::NotApplicable && d.justification.trim().is_empty()
        })
    };
    // The control's questions are on its Annex A area's page.
    let area_href = Route::Item {
        id: control_id.to_owned(),
    }
    .href();
    view! {
        <section class="soa-row" id=entry_id.clone() tabindex="-1" aria-labelledby=labelled_by>
            <div class="soa-row-head">
                <h3 id=title_id>
                    <span class="item-id">{control_id}</span>
                    " "
                    {control.title}
                </h3>
                <StatusBadge status=status />
            </div>
            {move || hint.get().map(|text| view! { <p class="role-hint">{text}</p> })}
            {risk_note}
            <div class="soa-decision">
                <div class="choices" role="radiogroup" aria-label=format!("Applicable: {control_id}")>
                    <span class="choices-label" aria-hidden="true">"Applicable?"</span>
                    {radios}
                </div>
                <fieldset class="soa-reasons" hidden=move || applicability() == Applicability::NotApplicable>
                    <legend>
                        "Reasons for including it"
                        <span class="visually-hidden">{format!(" ({control_id})")}</span>
                    </legend>
                    {reasons}
                </fieldset>
                <div class="field field-wide" hidden=move || applicability() != Applicability::NotApplicable>
                    <label for=justification_id.clone()>
                        "Justification" <span class="visually-hidden">{format!(" for {control_id}")}</span>
                    </label>
                    <textarea
                        maxlength=MAX_TEXT_CHARS
                        id=justification_id
                        rows="2"
                        aria-describedby=missing_id.clone()
                        prop:value=move || decision.with(|d| d.justification.clone())
                        on:input=move |event| state.set_justification(control_id, event_target_value(&event))
                    ></textarea>
                    <p class="field-error" id=missing_id hidden=move || !missing_justification()>
                        "Finding: an excluded control needs a written justification. Until it has one, it still counts in Annex A readiness."
                    </p>
                </div>
            </div>
            <p class="soa-meta">
                {move || match owner.get() {
                    Some(owner) => format!("Owner: {owner}. "),
                    None => "No owner yet. ".to_owned(),
                }}
                <a href=area_href>
                    "Answer its questions and add notes"
                    <span class="visually-hidden">{format!(" for {control_id}")}</span>
                </a>
            </p>
        </section>
    }
}
