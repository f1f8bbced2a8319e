//! One action of the action plan: where it comes from, a link to the place it is about, and
//! its owner, due date, priority, status and notes, each saved as it changes.
//!
//! The card reads its action by key from the plan, so an edit redraws only the changed text
//! and focus stays where the user is.

use crate::domain::action_plan::{ActionKind, ActionStatus, PlannedAction, Priority};
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::state::action_plan::ActionsState;
use crate::state::folds::{fold_open, narrow_screen, set_fold};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::action_row::missing_list;
use crate::ui::components::limit_note::LimitNote;
use leptos::prelude::*;

/// The short name of an action in labels: "6.1.2", "7.5.1 documented information",
/// "R3 action 1" or "A2".
pub fn action_reference(action: &PlannedAction) -> String {
    match action.kind {
        ActionKind::DocumentedInformation => format!(
            "{} documented information",
            action.item_id.as_deref().unwrap_or_default()
        ),
        ActionKind::RiskTreatment => {
            let number = action.key.rsplit(':').next().unwrap_or_default();
            format!(
                "{} action {number}",
                action.risk_id.as_deref().unwrap_or_default()
            )
        }
        ActionKind::Item => action.item_id.clone().unwrap_or_default(),
        ActionKind::ReviewDecision => {
            let number = action.key.rsplit(':').next().unwrap_or_default();
            let review = action.record.as_ref().map_or("", |(_, id)| id.as_str());
            format!("{review} decision {number}")
        }
        ActionKind::CorrectiveAction | ActionKind::CompetenceGap => action
            .record
            .as_ref()
            .map_or_else(|| action.key.clone(), |(_, id)| id.clone()),
        ActionKind::Custom => action.key.clone(),
    }
}

/// Where the action's link leads: the item, or the risk.
pub fn action_target(action: &PlannedAction) -> Option<Route> {
    if let Some(id) = &action.risk_id {
        return Some(Route::Risk { id: id.clone() });
    }
    if let Some((kind, id)) = &action.record {
        return Some(Route::Record {
            kind: *kind,
            id: id.clone(),
        });
    }
    action.item_id.clone().map(|id| Route::Item { id })
}

/// The priorities as options of an action's priority select (after "Proposed (...)").
pub fn priority_options() -> impl IntoView {
    Priority::ALL
        .iter()
        .map(|p| view! { <option value=p.slug()>{p.label()}</option> })
        .collect_view()
}

/// The statuses as options of an action's status select.
pub fn status_options() -> impl IntoView {
    ActionStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.slug()>{s.label()}</option> })
        .collect_view()
}

/// The first option of a derived action's priority select, such as "Proposed (High)".
pub fn proposed_label(action: &PlannedAction) -> String {
    format!("Proposed ({})", action.proposed_priority.label())
}

/// The priority select's value: "proposed" while the user has not chosen a priority for a
/// derived action; the user's own actions always have one.
pub fn priority_value(action: &PlannedAction) -> String {
    if action.priority != action.proposed_priority || action.kind == ActionKind::Custom {
        action.priority.slug().to_owned()
    } else {
        "proposed".to_owned()
    }
}

/// The action's fields in one line, shown above them and alone while they are folded away:
/// "High priority (proposed) · Owner: Ana Silva · Due 2027-01-31 · Not started".
pub fn fields_summary(action: &PlannedAction) -> String {
    let owner = match action.owner.trim() {
        "" => "No owner".to_owned(),
        owner => format!("Owner: {owner}"),
    };
    let due = action
        .due_date
        .map_or_else(|| "no due date".to_owned(), |date| format!("Due {date}"));
    // A derived action whose priority the user has not chosen shows it as proposed.
    let proposed = if action.kind != ActionKind::Custom && priority_value(action) == "proposed" {
        " (proposed)"
    } else {
        ""
    };
    format!(
        "{} priority{proposed} · {owner} · {due} · {}",
        action.priority.label(),
        action.status.label()
    )
}

/// One action of the plan.
#[component]
pub fn ActionCard(
    /// The action's key.
    action_key: String,
    /// The whole plan, as derived now.
    actions: Memo<Vec<PlannedAction>>,
    /// Today, for "Overdue".
    today: Option<crate::domain::date::IsoDate>,
) -> impl IntoView {
    let key = action_key;
    let state = AppState::expect();
    let actions_state = ActionsState::expect();
    let lookup_key = key.clone();
    let action =
        Memo::new(move |_| actions.with(|list| list.iter().find(|a| a.key == lookup_key).cloned()));
    let Some(first) = action.get_untracked() else {
        return ().into_any();
    };
    let reference = action_reference(&first);
    let dom_id = format!("action-{}", key.replace([':', '.'], "-"));
    let title_id = format!("{dom_id}-title");
    let field = |name: &str| format!("{dom_id}-{name}");
    let is_custom = first.kind == ActionKind::Custom;
    let read = move |get: fn(&PlannedAction) -> String| {
        move || action.with(|a| a.as_ref().map(get).unwrap_or_default())
    };
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today)));
    // The kind is left out where the reference already says it ("7.5.1 documented
    // information"), which keeps the line short on a phone.
    let meta = {
        let kind = first.kind.label();
        (!reference.to_lowercase().contains(&kind.to_lowercase())).then(|| format!(" · {kind}"))
    };
    let title = match action_target(&first) {
        Some(route) => view! {
            <a href=route.href()>{read(|a| a.title.clone())}</a>
        }
        .into_any(),
        None => view! { <span>{read(|a| a.title.clone())}</span> }.into_any(),
    };
    // The user's own actions can be renamed; derived ones take their title from the gap.
    let title_field = is_custom.then(|| {
        let id = key.clone();
        view! {
            <div class="field field-wide">
                <label for=field("name")>{format!("Title of {reference}")}</label>
                <input
                    id=field("name")
                    type="text" maxlength=MAX_TEXT_CHARS
                    prop:value=read(|a| a.title.clone())
                    on:change=move |event| state.set_custom_action_title(&id, event_target_value(&event))
                />
            </div>
        }
    });
    let key_for = |_: ()| key.clone();
    let owner_key = key_for(());
    let due_key = key_for(());
    let priority_key = key_for(());
    let status_key = key_for(());
    let notes_key = key_for(());
    let delete_key = key_for(());
    let priority_options = priority_options();
    let status_options = status_options();
    let proposed_label = move || action.with(|a| a.as_ref().map(proposed_label));
    let priority_value = move || action.with(|a| a.as_ref().map(priority_value));
    let delete = is_custom.then(|| {
        let label = format!("Delete {reference}");
        view! {
            <button type="button" class="button button-small button-danger" on:click=move |_| actions_state.delete(state, &delete_key)>
                {label}
            </button>
        }
    });
    let missing = move || {
        action
            .with(|a| a.as_ref().and_then(|a| missing_list(state, a)))
            .map(|list| {
                view! {
                    <div class="action-missing">
                        <p class="action-meta">"What is missing:"</p>
                        {list}
                    </div>
                }
            })
    };
    // On a phone the fields fold away behind "Edit ...", with their values in one line, so a
    // plan of dozens of actions is a list to read rather than dozens of forms to scroll past.
    let fields_id = field("fields");
    let open = fold_open(&format!("action:{key}"), !narrow_screen());
    let fold_key = format!("action:{key}");
    let summary = move || action.with(|a| a.as_ref().map(fields_summary));
    let labelled_by = title_id.clone();
    view! {
        <li class="card action-card" class:overdue=overdue aria-labelledby=labelled_by>
            <div class="action-head">
                <p class="action-meta">
                    <span class="item-id">{reference.clone()}</span>
                    {meta}
                    {move || overdue().then(|| view! { <strong class="overdue-badge">" Overdue"</strong> })}
                </p>
                <h3 id=title_id class="action-title">{title}</h3>
                {missing}
            </div>
            <div class="action-fold">
                <p class="action-summary">{summary}</p>
                <button
                    type="button"
                    class="button button-small button-secondary"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=fields_id.clone()
                    on:click=move |_| set_fold(&fold_key, open, !open.get_untracked())
                >
                    // The visible word is short; the accessible name says which action.
                    <span aria-hidden="true">"Edit"</span>
                    <span class="visually-hidden">{format!("Edit {reference}")}</span>
                </button>
            </div>
            <div class="action-fields" id=fields_id hidden=move || !open.get()>
                {title_field}
                <div class="field">
                    <label for=field("owner")>{format!("Owner of {reference}")}</label>
                    <input id=field("owner") type="text" maxlength=MAX_TEXT_CHARS prop:value=read(|a| a.owner.clone())
                        on:change=move |event| state.set_planned_owner(&owner_key, event_target_value(&event)) />
                </div>
                <div class="field">
                    <label for=field("due")>{format!("Due date for {reference}")}</label>
                    <input id=field("due") type="date"
                        prop:value=read(|a| a.due_date.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| state.set_planned_due(&due_key, &event_target_value(&event)) />
                </div>
                <div class="field">
                    <label for=field("priority")>{format!("Priority of {reference}")}</label>
                    <select id=field("priority") prop:value=priority_value
                        on:change=move |event| state.set_planned_priority(&priority_key, Priority::from_slug(&event_target_value(&event)))>
                        {(!is_custom).then(|| view! { <option value="proposed">{proposed_label}</option> })}
                        {priority_options}
                    </select>
                </div>
                <div class="field">
                    <label for=field("status")>{format!("Status of {reference}")}</label>
                    <select id=field("status") prop:value=read(|a| a.status.slug().to_owned())
                        on:change=move |event| {
                            if let Some(status) = ActionStatus::from_slug(&event_target_value(&event)) {
                                state.set_planned_status(&status_key, status);
                            }
                        }>
                        {status_options}
                    </select>
                </div>
                <div class="field field-wide">
                    <label for=field("notes")>{format!("Action notes for {reference}")}</label>
                    <textarea maxlength=MAX_TEXT_CHARS id=field("notes") rows="2" prop:value=read(|a| a.notes.clone())
                        on:change=move |event| state.set_planned_notes(&notes_key, event_target_value(&event))></textarea>
                    <LimitNote text=Signal::derive(read(|a| a.notes.clone())) />
                </div>
            </div>
            {delete}
        </li>
    }
    .into_any()
}
