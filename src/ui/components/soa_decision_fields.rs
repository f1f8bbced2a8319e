//! The decision fields of one control in the Statement of Applicability, shared by Annex A
//! controls and the organisation's own: whether it applies ("Applicable: A.2.2"), the reasons
//! for including it, or the justification for excluding it, with the risk register's links.
//!
//! "Risk treatment" shows ticked while live risks' treatment uses the control, and cannot be
//! unticked then: the reason comes from the register (see `domain::soa`), and the label says
//! which risks give it.

use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::soa::{risks_phrase, Applicability, InclusionReason};
use crate::state::AppState;
use leptos::prelude::*;

/// The radios, reasons and justification of one control.
#[component]
pub fn SoaDecisionFields(
    /// The control's ID, such as "A.2.2" or "O1".
    control_id: String,
    /// The element ID of the control's entry, which the fields' own IDs start with.
    entry_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(control_id.clone());
    let decision = Memo::new(move |_| {
        state
            .assessment
            .with(|a| id.with_value(|id| a.soa.decision(id)))
    });
    let applicability = move || decision.with(|d| d.applicability);
    // The live risks whose treatment uses this control, from the app's one map of them (each
    // row scanning the whole register cost the SoA tens of milliseconds with 2,000 risks).
    let risk_ids = Memo::new(move |_| {
        state
            .controls_in_use
            .with(|uses| id.with_value(|id| uses.get(id).cloned().unwrap_or_default()))
    });
    // The reasons the SoA states: the ticked ones plus risk treatment from the register, as
    // `Soa::effective_reasons` says.
    let effective = Memo::new(move |_| {
        let used = risk_ids.with(|ids| !ids.is_empty());
        state
            .assessment
            .with(|a| id.with_value(|id| a.soa.reasons_given_use(id, used)))
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
                        on:change=move |_| id.with_value(|id| state.set_applicability(id, choice))
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    let reasons = move || {
        InclusionReason::ALL
            .iter()
            .map(|&reason| {
                // Risk treatment comes from the register while live risks use the control.
                let from_risks = move || {
                    reason == InclusionReason::RiskTreatment && risk_ids.with(|ids| !ids.is_empty())
                };
                let because = move || {
                    from_risks().then(|| {
                        let ids = risk_ids.get();
                        let verb = if ids.len() == 1 { "uses" } else { "use" };
                        view! {
                            <span class="derived-reason">
                                {format!(" (because {} {verb} it)", risks_phrase(&ids))}
                            </span>
                        }
                    })
                };
                view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || effective.with(|reasons| reasons.contains(&reason))
                            prop:disabled=from_risks
                            on:change=move |event| {
                                let given = event_target_checked(&event);
                                id.with_value(|id| state.set_inclusion_reason(id, reason, given))
                            }
                        />
                        <span>{reason.label()}{because}</span>
                    </label>
                }
            })
            .collect_view()
    };
    // Only Annex A controls have readiness figures; an own control's finding says less.
    let missing_text = if control_id.starts_with("A.") {
        "Finding: an excluded control needs a written justification. Until it has one, it still counts in Annex A readiness."
    } else {
        "Finding: an excluded control needs a written justification."
    };
    let justification_id = format!("{entry_id}-justification");
    let missing_id = format!("{entry_id}-missing");
    let missing_justification = move || {
        decision.with(|d| {
            d.applicability == Applicability::NotApplicable && d.justification.trim().is_empty()
        })
    };
    // Only one of the two blocks is in the page at a time: an excluded control needs a
    // justification, any other its reasons. Drawing both and hiding one doubled the SoA's
    // form fields, which made moving to it slower with nothing more to see.
    let excluded = Memo::new(move |_| applicability() == Applicability::NotApplicable);
    let reasons_legend = format!(" ({control_id})");
    let justification_label = format!(" for {control_id}");
    let reasons_field = move || {
        view! {
            <fieldset class="soa-reasons">
                <legend>
                    "Reasons for including it"
                    <span class="visually-hidden">{reasons_legend.clone()}</span>
                </legend>
                {reasons()}
            </fieldset>
        }
    };
    let justification_field = move || {
        view! {
            <div class="field field-wide">
                <label for=justification_id.clone()>
                    "Justification" <span class="visually-hidden">{justification_label.clone()}</span>
                </label>
                <textarea
                    maxlength=MAX_TEXT_CHARS
                    id=justification_id.clone()
                    rows="2"
                    aria-describedby=missing_id.clone()
                    prop:value=move || decision.with(|d| d.justification.clone())
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        id.with_value(|id| state.set_justification(id, text))
                    }
                ></textarea>
                <p class="field-error" id=missing_id.clone() hidden=move || !missing_justification()>
                    {missing_text}
                </p>
            </div>
        }
    };
    view! {
        {risk_note}
        <div class="soa-decision">
            <div class="choices" role="radiogroup" aria-label=format!("Applicable: {control_id}")>
                <span class="choices-label" aria-hidden="true">"Applicable?"</span>
                {radios}
            </div>
            {move || {
                if excluded.get() {
                    justification_field().into_any()
                } else {
                    reasons_field().into_any()
                }
            }}
        </div>
    }
}
