//! Risks that serious or severe impact answers suggest for the AI risk register: each can be
//! added to the register with one click (linked to the system), and the list can be copied as
//! plain text for organisations that keep their risks elsewhere.

use crate::domain::impact::ImpactResult;
use crate::domain::impact_catalog::library_risk;
use crate::domain::impact_text::ImpactText;
use crate::platform::clipboard;
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The suggested risks as plain text, one paragraph per risk.
pub fn suggested_risks_text(system_name: &str, result: &ImpactResult) -> String {
    let mut text = format!("Suggested AI risks for {system_name}\n");
    for suggestion in &result.suggested_risks {
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
    let items = move || {
        result.with(|result| {
            result
                .suggested_risks
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
                    // The ID of the risk once added, for the link to it.
                    let added = RwSignal::new(None::<String>);
                    let library_id = risk.id;
                    let add = move |_| {
                        if let Some(id) = state.add_suggested_risk(library_id, &system_id.get_value()) {
                            added.set(Some(id));
                        }
                    };
                    let link = move || {
                        added.get().map(|id| {
                            let text = format!("Added as {id}: open it in the risk register");
                            view! { <a href=Route::Risk { id }.href()>{text}</a> }
                        })
                    };
                    Some(view! {
                        <li>
                            <strong>{risk.title}</strong>
                            <p>{risk.description}</p>
                            <p class="field-help">{format!("Because of your answer to: {}", reasons.join(" / "))}</p>
                            <p class="button-row">
                                <button type="button" class="button button-small button-secondary" on:click=add>
                                    {format!("Add {} to the risk register", risk.title)}
                                </button>
                                {link}
                            </p>
                        </li>
                    })
                })
                .collect_view()
        })
    };
    let empty = move || result.with(|result| result.suggested_risks.is_empty());
    let copy = move |_| {
        let text = result
            .with_untracked(|result| suggested_risks_text(&system_name.get_untracked(), result));
        spawn_local(async move {
            match clipboard::copy_text(&text).await {
                Ok(()) => state
                    .inform("The suggested risks were copied. Paste them into your risk register."),
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
                <p>"Serious and severe harms point to typical AI risks. Add them to your AI risk register, then check their rating and decide how to treat them there."</p>
                <ul class="risk-suggestions">{items}</ul>
                <button type="button" class="button button-secondary" on:click=copy>"Copy suggested risks"</button>
            </Show>
        </section>
    }
}
