//! The record of one AI system: purpose, the organisation's roles, life-cycle stage, users
//! and affected people, data, automation, deployment context, third-party components and
//! owner. Every change is saved as it is typed.

use crate::domain::role::AiRole;
use crate::domain::system::{Automation, Capability, DataKind, LifeCycleStage, SystemText};
use crate::state::route::Route;
use crate::state::systems::SystemsState;
use crate::state::AppState;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// A text field of the system bound to one `SystemText` field.
fn system_text_field(
    state: AppState,
    system_id: &str,
    field: SystemText,
    label: &'static str,
    help: Option<&'static str>,
    rows: u32,
) -> impl IntoView {
    let write_id = system_id.to_owned();
    let value = state.system_text(system_id.to_owned(), field);
    let element_id = format!("system-{}", field.slug());
    view! {
        <TextField
            id=element_id
            label=label.to_owned()
            help=help.unwrap_or_default()
            rows=rows
            value=value
            on_input=Callback::new(move |text| state.set_system_text(&write_id, field, text))
            class="field-wide"
        />
    }
}

/// The editor of one system.
#[component]
pub fn SystemPage(
    /// The system's ID.
    system_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let systems = SystemsState::expect();
    let exists = {
        let id = system_id.clone();
        move || state.assessment.with(|a| a.inventory.get(&id).is_some())
    };
    if !exists() {
        return view! { <NotFoundPage what=Route::System { id: system_id }.href() /> }.into_any();
    }
    let id = StoredValue::new(system_id.clone());
    let name = state.system_name(id);
    let roles = AiRole::ALL
        .into_iter()
        .map(|role| {
            let checked = move || {
                state.assessment.with(|a| {
                    a.inventory
                        .get(&id.get_value())
                        .is_some_and(|system| system.roles.contains(&role))
                })
            };
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |event| state.set_system_role(&id.get_value(), role, event_target_checked(&event))
                    />
                    <span><strong>{role.label()}</strong>{format!(": {}", role.description())}</span>
                </label>
            }
        })
        .collect_view();
    let capabilities = Capability::ALL
        .into_iter()
        .map(|capability| {
            let checked = move || {
                state.assessment.with(|a| {
                    a.inventory
                        .get(&id.get_value())
                        .is_some_and(|system| system.capabilities.contains(&capability))
                })
            };
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |event| state.set_system_capability(&id.get_value(), capability, event_target_checked(&event))
                    />
                    <span>{capability.label()}</span>
                </label>
            }
        })
        .collect_view();
    let data = DataKind::ALL
        .into_iter()
        .map(|kind| {
            let checked = move || {
                state.assessment.with(|a| {
                    a.inventory
                        .get(&id.get_value())
                        .is_some_and(|system| system.data.contains(&kind))
                })
            };
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |event| state.set_system_data(&id.get_value(), kind, event_target_checked(&event))
                    />
                    <span>{kind.label()}</span>
                </label>
            }
        })
        .collect_view();
    let stage = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.stage)
                .map_or("", LifeCycleStage::slug)
        })
    };
    let stage_options = LifeCycleStage::ALL
        .into_iter()
        .map(|stage| view! { <option value=stage.slug()>{stage.label()}</option> })
        .collect_view();
    let automation = AutomationChoice::ALL
        .into_iter()
        .map(|choice| {
            let checked = move || {
                state.assessment.with(|a| {
                    a.inventory
                        .get(&id.get_value())
                        .is_some_and(|system| system.automation == choice.0)
                })
            };
            view! {
                <label class="check">
                    <input
                        type="radio"
                        name="system-automation"
                        prop:checked=checked
                        on:change=move |_| state.set_system_automation(&id.get_value(), choice.0)
                    />
                    <span>{choice.label()}</span>
                </label>
            }
        })
        .collect_view();
    let eu_ai_act = state.eu_ai_act_verdict(system_id.clone());
    let eu_ai_act_summary =
        move || eu_ai_act.with(|verdict| verdict.as_ref().map(|verdict| verdict.summary()));
    let delete = move |_| {
        systems.delete(state, &id.get_value());
        crate::platform::location::set_hash(&Route::Systems.href());
    };
    view! {
        <p class="breadcrumb"><a href=Route::Systems.href()>"← All AI systems"</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{name}</h1>
        <p class="lead">
            {format!("AI system {system_id}. ")}
            "Describe the system as it is today. The record is saved as you type and goes into every export."
        </p>
        <form class="card system-form" on:submit=|event| event.prevent_default()>
            {system_text_field(state, &system_id, SystemText::Name, "Name", None, 0)}
            {system_text_field(state, &system_id, SystemText::Purpose, "Purpose and intended use", Some("What the system does, for whom, and what it must not be used for."), 3)}
            <fieldset class="field field-wide">
                <legend>"Your roles for this system (tick all that apply)"</legend>
                {roles}
            </fieldset>
            <div class="field">
                <label for="system-stage">"Life-cycle stage"</label>
                <select
                    id="system-stage"
                    prop:value=stage
                    on:change=move |event| {
                        let slug = event_target_value(&event);
                        let stage = LifeCycleStage::ALL.into_iter().find(|stage| stage.slug() == slug);
                        state.set_system_stage(&id.get_value(), stage)
                    }
                >
                    <option value="">"Not stated"</option>
                    {stage_options}
                </select>
            </div>
            {system_text_field(state, &system_id, SystemText::Users, "Who uses it", Some("Teams, roles or customers who work with the system or its outputs."), 2)}
            {system_text_field(state, &system_id, SystemText::Affected, "Who is affected", Some("People the outputs are about or who feel their consequences, including people who never use the system."), 2)}
            <fieldset class="field field-wide">
                <legend>"What it does (tick all that apply)"</legend>
                <p class="field-help">"Decides which typical risks the impact assessment suggests for it."</p>
                {capabilities}
            </fieldset>
            <fieldset class="field field-wide">
                <legend>"Data used (tick all that apply)"</legend>
                {data}
            </fieldset>
            {system_text_field(state, &system_id, SystemText::DataNotes, "Other data used", Some("Where the data comes from, and anything else notable about it."), 2)}
            <fieldset class="field field-wide">
                <legend>"Degree of automation"</legend>
                {automation}
            </fieldset>
            {system_text_field(state, &system_id, SystemText::Context, "Deployment context", Some("Where and how it runs: an internal tool, a customer-facing service, a device, a supplier's cloud."), 2)}
            {system_text_field(state, &system_id, SystemText::ThirdParty, "Third-party components", Some("Models, APIs and datasets from others, one per line, with the supplier."), 3)}
            {system_text_field(state, &system_id, SystemText::Owner, "Owner", Some("The person accountable for the system."), 0)}
            {system_text_field(state, &system_id, SystemText::PlannedChange, "Significant change planned", Some("A new model, new data, a new use or new people affected. Anything here calls for a reassessment of the impact."), 2)}
        </form>
        <p class="system-eu-ai-act">
            <strong>"EU AI Act: "</strong>{eu_ai_act_summary}" "
            <a href=Route::SystemEuAiAct { id: system_id.clone() }.href()>"EU AI Act classification"</a>
        </p>
        <p class="button-row">
            <a class="button" href=Route::ImpactAssessment { id: system_id.clone() }.href()>"Go to the impact assessment"</a>
            <button type="button" class="button button-danger" on:click=delete>
                {move || format!("Delete {}", name.get())}
            </button>
        </p>
    }
    .into_any()
}

/// One choice of the automation radios: a degree, or "Not stated".
#[derive(Clone, Copy)]
struct AutomationChoice(Option<Automation>);

impl AutomationChoice {
    const ALL: [AutomationChoice; 5] = [
        AutomationChoice(Some(Automation::HumanDecides)),
        AutomationChoice(Some(Automation::HumanInTheLoop)),
        AutomationChoice(Some(Automation::HumanOnTheLoop)),
        AutomationChoice(Some(Automation::FullyAutomated)),
        AutomationChoice(None),
    ];

    fn label(self) -> String {
        match self.0 {
            Some(automation) => format!("{}: {}", automation.label(), automation.description()),
            None => "Not stated".to_owned(),
        }
    }
}
