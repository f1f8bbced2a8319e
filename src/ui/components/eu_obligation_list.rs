//! The obligations a system's EU AI Act classification brings for the organisation's roles:
//! each with the articles that impose it, the ISO/IEC 42001 items that help meet it (links to
//! the items) and the user's status and note.

use crate::domain::catalog::catalog;
use crate::domain::eu_ai_act::{self, EuRole};
use crate::domain::eu_ai_act_record::ObligationStatus;
use crate::domain::eu_ai_act_text::EuAiActText;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::text_field::TextField;
use leptos::prelude::*;
use std::sync::Arc;

/// One obligation as drawn: plain text worked out from the data and the verdict.
#[derive(Clone, PartialEq)]
struct DueRow {
    id: String,
    title: String,
    summary: String,
    /// The articles with the role each applies to, such as "Art. 9 (provider)".
    bases: String,
    iso: Vec<(String, String)>,
}

/// The obligation list of one system.
#[component]
pub fn EuObligationList(
    /// The system's ID.
    system_id: String,
    /// The loaded EU AI Act data.
    text: Arc<EuAiActText>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let text = StoredValue::new(text);
    let rows = Memo::new(move |_| {
        state.assessment.with(|a| {
            let Some(system) = a.inventory.get(&id.get_value()) else {
                return Vec::new();
            };
            let verdict = eu_ai_act::classify(&system.eu_ai_act.answers);
            text.with_value(|text| {
                text.obligations_for(&verdict)
                    .into_iter()
                    .map(|due| DueRow {
                        id: due.obligation.id.clone(),
                        title: due.obligation.title.clone(),
                        summary: due.obligation.summary.clone(),
                        bases: due
                            .bases
                            .iter()
                            .map(|basis| {
                                let role = basis.role.map_or("everyone", EuRole::slug);
                                format!("{} ({})", basis.article, role.replace('_', " "))
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                        iso: due
                            .obligation
                            .iso
                            .iter()
                            .map(|item| {
                                let title = catalog().item(item).map_or("", |item| item.title);
                                (item.clone(), title.to_owned())
                            })
                            .collect(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let no_roles = move || {
        state.assessment.with(|a| {
            a.inventory.get(&id.get_value()).is_some_and(|system| {
                !EuRole::ALL.iter().any(|role| {
                    system
                        .eu_ai_act
                        .answers
                        .get(&format!("role.{}", role.slug()))
                        == Some(&"yes".to_owned())
                })
            })
        })
    };
    let list = move || {
        rows.get()
            .into_iter()
            .map(|row| obligation_view(state, id, row))
            .collect_view()
    };
    let note = text.with_value(|text| text.mapping_note.clone());
    view! {
        <section class="card" aria-labelledby="eu-obligations-heading">
            <h2 id="eu-obligations-heading">"Obligations"</h2>
            <p class="field-help">{note}</p>
            <Show when=no_roles>
                <p class="empty-note">"Answer the role questions to see the obligations of your roles."</p>
            </Show>
            <ul class="eu-obligations">{list}</ul>
        </section>
    }
}

/// One obligation with its links, status and note.
fn obligation_view(state: AppState, id: StoredValue<String>, row: DueRow) -> impl IntoView {
    let obligation_id = StoredValue::new(row.id.clone());
    let status = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| {
                    obligation_id.with_value(|oid| system.eu_ai_act.obligations.get(oid))
                })
                .map_or(ObligationStatus::NotStarted, |progress| progress.status)
                .slug()
        })
    };
    let note = Signal::derive(move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| {
                    obligation_id.with_value(|oid| system.eu_ai_act.obligations.get(oid))
                })
                .map(|progress| progress.note.clone())
                .unwrap_or_default()
        })
    });
    let options = ObligationStatus::ALL
        .into_iter()
        .map(|status| view! { <option value=status.slug()>{status.label()}</option> })
        .collect_view();
    let links = row
        .iso
        .iter()
        .map(|(item, title)| {
            view! {
                <li><a href=Route::Item { id: item.clone() }.href()>{format!("{item} {title}")}</a></li>
            }
        })
        .collect_view();
    let heading_id = format!("eu-obligation-{}", row.id);
    let labelled_by = heading_id.clone();
    let status_id = format!("eu-status-{}", row.id);
    let label_for = status_id.clone();
    view! {
        <li class="eu-obligation" aria-labelledby=labelled_by>
            <h3 id=heading_id>{row.title.clone()}</h3>
            <p>{row.summary}</p>
            <p class="eu-bases"><strong>"Applies through: "</strong>{row.bases}</p>
            <p class="eu-iso-heading">"ISO/IEC 42001 items that help:"</p>
            <ul class="eu-iso-items" aria-label=format!("ISO/IEC 42001 items for {}", row.title)>{links}</ul>
            <div class="field">
                <label for=label_for>{format!("Status of {}", row.title)}</label>
                <select
                    id=status_id
                    prop:value=status
                    on:change=move |event| {
                        if let Some(status) = ObligationStatus::from_slug(&event_target_value(&event)) {
                            state.set_eu_obligation_status(&id.get_value(), &obligation_id.get_value(), status);
                        }
                    }
                >
                    {options}
                </select>
            </div>
            <TextField
                id=format!("eu-note-{}", row.id)
                label=format!("Note on {}", row.title)
                rows=2
                value=note
                on_input=Callback::new(move |text| state.set_eu_obligation_note(&id.get_value(), &obligation_id.get_value(), text))
                class="field-wide"
            />
        </li>
    }
}
