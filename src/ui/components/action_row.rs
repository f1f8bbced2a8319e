//! One action of the action plan as a row of its table: the action with a link to its place,
//! what is missing (for an item, the questions answered "No" or "Partly", named), and its
//! priority, owner, due date and status, each edited in place and saved as it changes.
//!
//! The user's own actions are renamed and deleted in the row; every action's notes open under
//! its title. The controls have the same accessible names as on the action's card ("Owner of 6.1.2"),
//! so the two views are used, and tested, alike.

use crate::domain::action_plan::{ActionKind, ActionStatus, PlannedAction, Priority};
use crate::domain::date::IsoDate;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::report;
use crate::state::action_plan::ActionsState;
use crate::state::catalog_text::TextState;
use crate::state::AppState;
use crate::ui::components::action_card::{
    action_reference, action_target, priority_options, priority_value, proposed_label,
    status_options,
};
use leptos::prelude::*;

/// What the action has to close, in words, one line each (`report::missing_lines`, with the
/// questions' wording once loaded).
fn missing_lines(state: AppState, action: &PlannedAction) -> Vec<String> {
    state.catalog_text.with(|loaded| {
        let wording = match loaded {
            TextState::Ready(text) => Some(&**text),
            _ => None,
        };
        state
            .assessment
            .with(|assessment| report::missing_lines(assessment, action, wording))
    })
}

/// What the action has to close as a list, or `None` when there is nothing to name; the card
/// and the table row both show it.
pub fn missing_list(state: AppState, action: &PlannedAction) -> Option<AnyView> {
    let lines = missing_lines(state, action);
    (!lines.is_empty()).then(|| {
        let items = lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! { <ul class="missing-list">{items}</ul> }.into_any()
    })
}

/// One action as a table row.
#[component]
pub fn ActionRow(
    /// The action's key.
    action_key: String,
    /// The whole plan, as derived now.
    actions: Memo<Vec<PlannedAction>>,
    /// Today, for "Overdue".
    today: Option<IsoDate>,
) -> impl IntoView {
    let state = AppState::expect();
    let actions_state = ActionsState::expect();
    let key = action_key;
    let lookup_key = key.clone();
    let action =
        Memo::new(move |_| actions.with(|list| list.iter().find(|a| a.key == lookup_key).cloned()));
    let Some(first) = action.get_untracked() else {
        return ().into_any();
    };
    let reference = action_reference(&first);
    let is_custom = first.kind == ActionKind::Custom;
    let read = move |get: fn(&PlannedAction) -> String| {
        move || action.with(|a| a.as_ref().map(get).unwrap_or_default())
    };
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today)));
    // The user's own actions are renamed and deleted in place; derived ones take their title
    // from the gap and link to its place.
    let title = if is_custom {
        let rename_key = key.clone();
        let delete_key = key.clone();
        // The same ID as on the card, so a new action's title takes focus in either view.
        let input_id = format!("action-{}-name", key.replace([':', '.'], "-"));
        view! {
            <input id=input_id type="text" maxlength=MAX_TEXT_CHARS aria-label=format!("Title of {reference}")
                prop:value=read(|a| a.title.clone())
                on:change=move |event| state.set_custom_action_title(&rename_key, event_target_value(&event)) />
            <button type="button" class="button button-small button-danger" on:click=move |_| actions_state.delete(state, &delete_key)>
                {format!("Delete {reference}")}
            </button>
        }
        .into_any()
    } else {
        match action_target(&first) {
            Some(route) => {
                view! { <a href=route.href()>{read(|a| a.title.clone())}</a> }.into_any()
            }
            None => view! { <span>{read(|a| a.title.clone())}</span> }.into_any(),
        }
    };
    let notes_key = key.clone();
    let notes = view! {
        <details class="row-notes">
            <summary>{move || if action.with(|a| a.as_ref().is_some_and(|a| !a.notes.trim().is_empty())) { "Notes (written)" } else { "Notes" }}</summary>
            <textarea maxlength=MAX_TEXT_CHARS rows="3" aria-label=format!("Action notes for {reference}")
                prop:value=read(|a| a.notes.clone())
                on:change=move |event| state.set_planned_notes(&notes_key, event_target_value(&event))></textarea>
        </details>
    };
    let missing = move || {
        action
            .with(|a| a.as_ref().and_then(|a| missing_list(state, a)))
            .map_or_else(
                || view! { <span class="muted">"—"</span> }.into_any(),
                IntoAny::into_any,
            )
    };
    let owner_key = key.clone();
    let due_key = key.clone();
    let priority_key = key.clone();
    let status_key = key;
    let priority_options = priority_options();
    let status_options = status_options();
    let proposed_label = move || action.with(|a| a.as_ref().map(proposed_label));
    let priority_value = move || action.with(|a| a.as_ref().map(priority_value));
    view! {
        <tr class:overdue=overdue>
            <th scope="row" class="action-cell">
                <span class="item-id">{reference.clone()}</span>
                {move || overdue().then(|| view! { <strong class="overdue-badge">" Overdue"</strong> })}
                <br />
                {title}
                {notes}
            </th>
            <td class="missing-cell">{missing}</td>
            <td>
                <select aria-label=format!("Priority of {reference}") prop:value=priority_value
                    on:change=move |event| state.set_planned_priority(&priority_key, Priority::from_slug(&event_target_value(&event)))>
                    {(!is_custom).then(|| view! { <option value="proposed">{proposed_label}</option> })}
                    {priority_options}
                </select>
            </td>
            <td>
                <input type="text" maxlength=MAX_TEXT_CHARS aria-label=format!("Owner of {reference}")
                    prop:value=read(|a| a.owner.clone())
                    on:change=move |event| state.set_planned_owner(&owner_key, event_target_value(&event)) />
            </td>
            <td>
                <input type="date" aria-label=format!("Due date for {reference}")
                    prop:value=read(|a| a.due_date.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |event| state.set_planned_due(&due_key, &event_target_value(&event)) />
            </td>
            <td>
                <select aria-label=format!("Status of {reference}") prop:value=read(|a| a.status.slug().to_owned())
                    on:change=move |event| {
                        if let Some(status) = ActionStatus::from_slug(&event_target_value(&event)) {
                            state.set_planned_status(&status_key, status);
                        }
                    }>
                    {status_options}
                </select>
            </td>
        </tr>
    }
    .into_any()
}
