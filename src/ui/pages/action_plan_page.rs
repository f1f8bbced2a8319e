//! The action plan: every gap turned into an action (items not fully implemented, missing
//! documented information, risk treatment actions) plus the user's own, with filters, order,
//! overdue ones marked, and the CSV export of what is listed.

use crate::domain::action_plan::{
    listed, owners, ActionFilter, ActionKind, ActionOrder, ActionStatus, Priority,
};
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::platform::{clock, page};
use crate::state::action_plan::ActionsState;
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::action_card::ActionCard;
use crate::ui::components::action_row::ActionRow;
use crate::ui::components::filter_select::filter_select;
use crate::ui::components::show_more::{ShowMore, PAGE_SIZE};
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::undo_notice::UndoNotice;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The options of a filter from value and label pairs.
fn options<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|value| (slug(*value).to_owned(), label(*value).to_owned()))
        .collect()
}

/// From this window width (CSS pixels) on, the plan opens as a table; below it, as cards.
const TABLE_MIN_WIDTH: f64 = 900.0;

/// A column header that sorts the table by its column: a button inside the header, with
/// `aria-sort` on the column the table is sorted by. Each order has one direction (priority
/// highest first, the others from the start), the same as the "Sort by" list.
fn sort_header(label: &'static str, value: &'static str, order: RwSignal<String>) -> impl IntoView {
    let direction = if value == "priority" {
        "descending"
    } else {
        "ascending"
    };
    let sorted = move || (order.get() == value).then_some(direction);
    view! {
        <th scope="col" aria-sort=sorted>
            <button type="button" class="sort-button" on:click=move |_| order.set(value.to_owned())>
                {label}
                <span class="sort-mark" aria-hidden="true">{move || if order.get() == value { " ▾" } else { "" }}</span>
            </button>
        </th>
    }
}

/// The action plan page.
#[component]
pub fn ActionPlanPage() -> impl IntoView {
    let state = AppState::expect();
    let actions_state = ActionsState::expect();
    let today = clock::today();
    let actions = state.planned;
    // Filters hold the selected option's value; "*" is "All".
    let status = RwSignal::new("*".to_owned());
    let priority = RwSignal::new("*".to_owned());
    let kind = RwSignal::new("*".to_owned());
    let owner = RwSignal::new("*".to_owned());
    let overdue_only = RwSignal::new(false);
    let order = RwSignal::new("priority".to_owned());
    let filter = move || {
        let chosen = |value: RwSignal<String>| Some(value.get()).filter(|v| v != "*");
        ActionFilter {
            status: chosen(status).and_then(|v| ActionStatus::from_slug(&v)),
            priority: chosen(priority).and_then(|v| Priority::from_slug(&v)),
            kind: chosen(kind)
                .and_then(|v| ActionKind::ALL.into_iter().find(|k| format!("{k:?}") == v)),
            owner: chosen(owner).map(|v| v.strip_prefix('=').unwrap_or(&v).to_owned()),
            overdue_only: overdue_only.get(),
        }
    };
    let sort = move || match order.get().as_str() {
        "due" => ActionOrder::DueDate,
        "item" => ActionOrder::Item,
        "status" => ActionOrder::Status,
        _ => ActionOrder::Priority,
    };
    let shown_keys = Memo::new(move |_| {
        let filter = filter();
        let sort = sort();
        actions.with(|list| {
            listed(list, &filter, sort, today)
                .into_iter()
                .map(|action| action.key.clone())
                .collect::<Vec<_>>()
        })
    });
    let summary = move || {
        actions.with(|list| {
            let open = list
                .iter()
                .filter(|a| a.status != ActionStatus::Done)
                .count();
            let overdue = list.iter().filter(|a| a.is_overdue(today)).count();
            format!(
                "{} actions: {open} not done, {overdue} overdue.",
                list.len()
            )
        })
    };
    let shown = move || {
        let shown = shown_keys.with(Vec::len);
        let total = actions.with(Vec::len);
        format!("Showing {shown} of {total} actions.")
    };
    let owners = move || {
        let names = actions.with(|list| owners(list));
        let mut choices = vec![("=".to_owned(), "No owner yet".to_owned())];
        choices.extend(names.into_iter().map(|name| (format!("={name}"), name)));
        choices
    };
    let export = move |_| {
        let filter = filter();
        actions.with_untracked(|list| {
            state.export_actions_csv(&listed(list, &filter, sort(), today));
        });
    };
    let new_title = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(id) = state.add_custom_action(&new_title.get_untracked()) {
            new_title.set(String::new());
            let dom_id = format!("action-{id}-name");
            set_timeout(
                move || page::focus_element(&dom_id),
                std::time::Duration::from_millis(50),
            );
        }
    };
    // A table where it has room, cards on narrow screens; the user can switch either way.
    let as_table =
        RwSignal::new(page::viewport_width().is_some_and(|width| width >= TABLE_MIN_WIDTH));
    // Both views name the questions behind each gap, in the catalog's wording.
    state.ensure_catalog_text();
    // Long lists are drawn a page at a time (see `show_more`).
    let limit = RwSignal::new(PAGE_SIZE);
    let drawn_keys =
        move || shown_keys.with(|keys| keys.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let list = move || {
        if shown_keys.with(Vec::is_empty) {
            let text = if actions.with(Vec::is_empty) {
                "No actions yet. Actions appear here as soon as an answered item is not fully implemented, a risk gets a treatment action, or you add one above."
            } else {
                "No action matches these filters."
            };
            return view! { <p class="empty-note">{text}</p> }.into_any();
        }
        let more = view! {
            <ShowMore limit=limit total=Signal::derive(move || shown_keys.with(Vec::len)) noun="actions" />
        };
        if as_table.get() {
            return view! {
                <div class="table-scroll" tabindex="0" role="group" aria-label="Actions table (scroll sideways on small screens)">
                    <table class="document-table action-table" aria-label="Actions">
                        <thead>
                            <tr>
                                {sort_header("Action", "item", order)}
                                <th scope="col">"What is missing"</th>
                                {sort_header("Priority", "priority", order)}
                                <th scope="col">"Owner"</th>
                                {sort_header("Due date", "due", order)}
                                {sort_header("Status", "status", order)}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=drawn_keys key=|key| key.clone() let:action_key>
                                <ActionRow action_key=action_key actions=actions today=today />
                            </For>
                        </tbody>
                    </table>
                </div>
                {more}
            }
            .into_any();
        }
        view! {
            <ul class="action-list" aria-label="Actions">
                <For each=drawn_keys key=|key| key.clone() let:action_key>
                    <ActionCard action_key=action_key actions=actions today=today />
                </For>
            </ul>
            {more}
        }
        .into_any()
    };
    let statuses = options(&ActionStatus::ALL, ActionStatus::slug, ActionStatus::label);
    let priorities = options(&Priority::ALL, Priority::slug, Priority::label);
    let kinds = ActionKind::ALL
        .iter()
        .map(|k| (format!("{k:?}"), k.label().to_owned()))
        .collect();
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Action plan"</h1>
        <p class="lead">
            "Every gap the assessment shows becomes an action: answered items that are not fully implemented, documented information with no evidence recorded, and the treatment actions of your risks. Add your own as well. Owners and due dates are the same as on the items and risks, so a change here shows there too."
        </p>
        <p class="button-row">
            <a class="button button-secondary" href=Route::Checks.href()>"Consistency check and readiness"</a>
        </p>
        <p class="figure-note" role="status">{summary}</p>
        <UndoNotice
            id="action-undo"
            message=Signal::derive(move || {
                actions_state.undo.with(|undo| undo.as_ref().map(|(_, a)| format!("{} was deleted.", a.id)))
            })
            on_undo=Callback::new(move |()| actions_state.undo(state))
        />
        <form class="card add-action" on:submit=add>
            <div class="field">
                <label for="new-action-title">"Your own action"</label>
                <input
                    id="new-action-title"
                    type="text" maxlength=MAX_TEXT_CHARS
                    placeholder="for example: brief the board on the AI policy"
                    prop:value=move || new_title.get()
                    on:input=move |event| new_title.set(event_target_value(&event))
                />
            </div>
            <button type="submit" class="button">"Add action"</button>
        </form>
        <section aria-labelledby="actions-title">
            <h2 id="actions-title">"Actions"</h2>
            <div class="filters">
                {filter_select("filter-status", "Status", statuses, status)}
                {filter_select("filter-priority", "Priority", priorities, priority)}
                {filter_select("filter-kind", "Kind", kinds, kind)}
                {move || filter_select("filter-owner", "Owner", owners(), owner)}
                <div class="field field-sort">
                    <label for="action-order">"Sort by"</label>
                    <select id="action-order" prop:value=move || order.get() on:change=move |event| order.set(event_target_value(&event))>
                        <option value="priority">"Priority, highest first"</option>
                        <option value="due">"Due date, earliest first"</option>
                        <option value="item">"Item, in catalog order"</option>
                        <option value="status">"Status"</option>
                    </select>
                </div>
                <label class="check-option">
                    <input type="checkbox" prop:checked=move || overdue_only.get()
                        on:change=move |event| overdue_only.set(event_target_checked(&event)) />
                    "Only overdue"
                </label>
                <fieldset class="view-switch">
                    <legend>"Show actions as"</legend>
                    <label class="check-option">
                        <input type="radio" name="action-view" prop:checked=move || as_table.get()
                            on:change=move |_| as_table.set(true) />
                        "Table"
                    </label>
                    <label class="check-option">
                        <input type="radio" name="action-view" prop:checked=move || !as_table.get()
                            on:change=move |_| as_table.set(false) />
                        "Cards"
                    </label>
                </fieldset>
            </div>
            <p class="button-row">
                <span class="figure-note">{shown}</span>
                <button type="button" class="button button-secondary" on:click=export>"Export action plan CSV"</button>
            </p>
            <SpotNotices spot=Spot::ActionPlan />
            {list}
        </section>
    }
}
