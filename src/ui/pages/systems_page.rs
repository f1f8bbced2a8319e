//! The AI system inventory: every AI system the organisation develops, provides or uses, with
//! a form to add one and, per system, links to its record and its impact assessment.

use crate::domain::impact;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::system::AiSystem;
use crate::platform::location;
use crate::state::route::Route;
use crate::state::systems::SystemsState;
use crate::state::AppState;
use crate::ui::components::undo_notice::UndoNotice;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// One line of the inventory, computed from a system so the view only shows text.
#[derive(Clone, PartialEq)]
struct InventoryRow {
    id: String,
    name: String,
    roles: String,
    stage: String,
    automation: String,
    level: String,
    eu_ai_act: String,
}

impl InventoryRow {
    fn of(system: &AiSystem) -> InventoryRow {
        let roles: Vec<&str> = system.roles.iter().map(|role| role.label()).collect();
        let result = impact::score(&system.impact);
        InventoryRow {
            id: system.id.clone(),
            name: system.display_name(),
            roles: if roles.is_empty() {
                "Not stated".to_owned()
            } else {
                roles.join(", ")
            },
            stage: system
                .stage
                .map_or("Not stated", |stage| stage.label())
                .to_owned(),
            automation: system
                .automation
                .map_or("Not stated", |automation| automation.label())
                .to_owned(),
            level: result.summary(),
            eu_ai_act: crate::domain::eu_ai_act::classify(&system.eu_ai_act.answers).summary(),
        }
    }
}

/// The inventory page.
#[component]
pub fn SystemsPage() -> impl IntoView {
    let state = AppState::expect();
    let systems = SystemsState::expect();
    let new_name = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(id) = state.add_system(&new_name.get_untracked()) {
            new_name.set(String::new());
            location::set_hash(&Route::System { id }.href());
        }
    };
    let rows = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .systems
                .iter()
                .map(InventoryRow::of)
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        let rows = rows.get();
        if rows.is_empty() {
            return view! {
                <p class="empty-note">"No AI systems recorded yet. Add the first one above: a chatbot, a scoring model, a writing assistant your staff use, anything that uses AI."</p>
            }
            .into_any();
        }
        let cards = rows
            .into_iter()
            .map(|row| {
                let delete_id = row.id.clone();
                let heading_id: String = format!("system-{}", row.id);
            let labelled_by = heading_id.clone();
                view! {
                    <li class="card system-card" aria-labelledby=labelled_by>
                        <h2 id=heading_id>
                            <a href=Route::System { id: row.id.clone() }.href()>{row.name.clone()}</a>
                            <span class="system-id">{row.id.clone()}</span>
                        </h2>
                        <dl class="facts">
                            <dt>"Your roles"</dt><dd>{row.roles}</dd>
                            <dt>"Life-cycle stage"</dt><dd>{row.stage}</dd>
                            <dt>"Automation"</dt><dd>{row.automation}</dd>
                            <dt>"Impact"</dt><dd>{row.level}</dd>
                            <dt>"EU AI Act"</dt><dd>{row.eu_ai_act}</dd>
                        </dl>
                        <p class="button-row">
                            <a class="button button-small" href=Route::System { id: row.id.clone() }.href()>
                                "Edit"<span class="visually-hidden">{format!(" {}", row.name)}</span>
                            </a>
                            <a class="button button-small button-secondary" href=Route::ImpactAssessment { id: row.id.clone() }.href()>
                                "Impact assessment"<span class="visually-hidden">{format!(" of {}", row.name)}</span>
                            </a>
                            <button type="button" class="button button-small button-danger" on:click=move |_| systems.delete(state, &delete_id)>
                                {format!("Delete {}", row.name)}
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="system-list" aria-label="AI systems">{cards}</ul> }.into_any()
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"AI systems"</h1>
        <p class="lead">
            "List every AI system your organisation develops, provides or uses. For each one, record what it is for and who it touches, then assess its impact on people and society. Certification auditors expect this inventory, and the rest of your management system builds on it."
        </p>
        <UndoNotice
            id="system-undo"
            message=Signal::derive(move || systems.undo_message())
            on_undo=Callback::new(move |()| systems.undo(state))
        />
        <form class="card add-system" on:submit=add>
            <div class="field">
                <label for="new-system-name">"Name of the new AI system"</label>
                <input
                    id="new-system-name"
                    type="text" maxlength=MAX_TEXT_CHARS
                    prop:value=move || new_name.get()
                    on:input=move |event| new_name.set(event_target_value(&event))
                />
            </div>
            <button type="submit" class="button">"Add AI system"</button>
        </form>
        {list}
    }
}
