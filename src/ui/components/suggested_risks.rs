//! Risks that serious or severe harms suggest for the AI risk register, limited to those that
//! fit the kind of system (`impact::suggestions_for`). Each can be added to the register with
//! one click (linked to the system, its rating marked as proposed); a suggestion already in the
//! register links to that risk instead of adding a copy. The list can be copied as plain text
//! for organisations that keep their risks elsewhere.

use crate::domain::impact::{suggestions_for, ImpactResult, SuggestedRisk};
use crate::domain::impact_catalog::library_risk;
use crate::domain::impact_text::ImpactText;
use crate::platform::clipboard;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The suggested risks as plain text, one paragraph per risk.
pub fn suggested_risks_text(system_name: &str, suggestions: &[SuggestedRisk]) -> String {
    let mut text = format!("Suggested AI risks for {system_name}\n");
    for suggestion in suggestions {
        if let Some(risk) = library_risk(suggestion.risk_id) {
            text.push_str(&format!("\n{}\n{}\n", risk.title, risk.description));
        }
    }
    text
}

/// The list of suggested risks with a button that copies it.
#[component]
pub fn SuggestedRisks(
    #[prop(into)] result: Signal<ImpactResult>,
    /// The system's name, for the copied text.
    #[prop(into)]
    system_name: Signal<String>,
    /// The system's ID, which risks added to the register are linked to.
    system_id: String,
    /// The questionnaire's wording, to quote the answers behind each suggestion.
    text: Arc<ImpactText>,
) -> impl IntoView {
    let text = StoredValue::new(text);
    let system_id = StoredValue::new(system_id);
    let state = AppState::expect();
    let suggestions = Memo::new(move |_| {
        let system_id = system_id.get_value();
        result.with(|result| {
            state.assessment.with(|a| {
                a.inventory
                    .get(&system_id)
                    .map(|system| suggestions_for(system, result))
                    .unwrap_or_default()
            })
        })
    });
    let items = move || {
        suggestions.with(|suggestions| {
            suggestions
                .iter()
                .filter_map(|suggestion| {
                    let risk = library_risk(suggestion.risk_id)?;
                    let reasons: Vec<String> = text.with_value(|text| {
                        suggestion
                            .questions
                            .iter()
                            .map(|id| format!("\u{201c}{}\u{201d}", text.question(id)))
                            .collect()
                    });
                    let library_id = risk.id;
                    // The risk of the register that came from this suggestion, if any: it is
                    // opened rather than added twice.
                    let existing = Memo::new(move |_| {
                        state.assessment.with(|a| {
                            a.risks
                                .find_from_library(library_id, &system_id.get_value())
                                .map(|risk| risk.id.clone())
                        })
                    });
                    let add = move |_| {
                        state.add_suggested_risk(library_id, &system_id.get_value());
                    };
                    let title = risk.title;
                    let action = move || match existing.get() {
                        Some(id) => {
                            let text = format!("In the register as {id}: open it");
                            view! { <a href=Route::Risk { id }.href()>{text}</a> }.into_any()
                        }
                        None => view! {
                            <button type="button" class="button button-small button-secondary" on:click=add>
                                {format!("Add {title} to the risk register")}
                            </button>
                        }
                        .into_any(),
                    };
                    Some(view! {
                        <li>
                            <strong>{risk.title}</strong>
                            <p>{risk.description}</p>
                            <p class="field-help">{format!("Because of your answer to: {}", reasons.join(" / "))}</p>
                            <p class="button-row">{action}</p>
                        </li>
                    })
                })
                .collect_view()
        })
    };
    let empty = move || suggestions.with(Vec::is_empty);
    let copy = move |_| {
        let text = suggestions
            .with_untracked(|list| suggested_risks_text(&system_name.get_untracked(), list));
        spawn_local(async move {
            match clipboard::copy_text(&text).await {
                Ok(()) => state
                    .inform(
                    "The list of suggested risks was copied as text, for an email or a document. \
                     To put a risk in the register, use the button \"Add ... to the risk register\" \
                     beside it.",
                ),
                Err(error) => state.report_error(format!("The list could not be copied: {error}.")),
            }
        });
    };
    view! {
        <section class="card suggested-risks" aria-labelledby="suggested-risks-title">
            <h2 id="suggested-risks-title">"Suggested risks"</h2>
            <Show
                when=move || !empty()
                fallback=|| view! { <p>"No harm is answered as serious or severe yet, so no risks are suggested. Serious and severe harms suggest typical risks to record."</p> }
            >
                <p>"Serious and severe harms point to typical AI risks that fit what the system does. Add them to your AI risk register, then check their proposed rating and decide how to treat them there."</p>
                <ul class="risk-suggestions">{items}</ul>
                <button type="button" class="button button-secondary" on:click=copy>"Copy the list as text"</button>
            </Show>
        </section>
    }
}
