//! A list of chosen entries (clause items and controls, or AI systems) with a button to remove
//! each, and a drop-down with a button to add one more. Keyboard and screen-reader users get
//! ordinary buttons and a labelled select instead of a custom multi-select widget.

use leptos::prelude::*;

/// One entry that can be chosen: its ID and what the user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub id: String,
    pub label: String,
}

/// The chosen entries and the control to add more.
#[component]
pub fn ListPicker(
    /// Element ID prefix, unique on the page.
    id: String,
    /// The field's label, such as "Serves".
    label: &'static str,
    /// A sentence under the label; empty for none.
    #[prop(optional)]
    help: &'static str,
    /// Every entry that can be chosen, in the order to offer them.
    #[prop(into)]
    options: Signal<Vec<PickOption>>,
    /// The chosen entries' IDs, in order.
    #[prop(into)]
    chosen: Signal<Vec<String>>,
    /// Called with the new list of IDs.
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let select_id = format!("{id}-add");
    let heading_id = format!("{id}-label");
    let picked = RwSignal::new(String::new());
    let label_of = move |entry: &str| {
        options.with(|options| {
            options
                .iter()
                .find(|option| option.id == entry)
                .map_or_else(
                    || format!("{entry} (no longer listed)"),
                    |option| option.label.clone(),
                )
        })
    };
    let chosen_view =
        move || {
            let entries = chosen.get();
            if entries.is_empty() {
                return view! { <p class="empty-note">"None chosen yet."</p> }.into_any();
            }
            let rows = entries
            .iter()
            .map(|entry| {
                let entry_label = label_of(entry);
                let remaining: Vec<String> =
                    entries.iter().filter(|other| *other != entry).cloned().collect();
                view! {
                    <li>
                        <span>{entry_label.clone()}</span>
                        <button type="button" class="button button-small button-secondary"
                            on:click=move |_| on_change.run(remaining.clone())>
                            "Remove"<span class="visually-hidden">{format!(" {entry_label}")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
            view! { <ul class="picked-list">{rows}</ul> }.into_any()
        };
    let addable = move || {
        let chosen = chosen.get();
        options.with(|options| {
            options
                .iter()
                .filter(|option| !chosen.contains(&option.id))
                .map(|option| view! { <option value=option.id.clone()>{option.label.clone()}</option> })
                .collect_view()
        })
    };
    let add = move |_| {
        let entry = picked.get_untracked();
        if entry.is_empty() {
            return;
        }
        let mut entries = chosen.get_untracked();
        if !entries.contains(&entry) {
            entries.push(entry);
            on_change.run(entries);
        }
        picked.set(String::new());
    };
    view! {
        <fieldset class="field field-wide list-picker" aria-describedby=(!help.is_empty()).then(|| format!("{id}-help"))>
            <legend id=heading_id>{label}</legend>
            {(!help.is_empty()).then(|| view! { <p class="field-help" id=format!("{id}-help")>{help}</p> })}
            {chosen_view}
            <div class="picker-add">
                <label for=select_id.clone() class="visually-hidden">{format!("Add to {label}")}</label>
                <select id=select_id prop:value=move || picked.get()
                    on:change=move |event| picked.set(event_target_value(&event))>
                    <option value="">"Choose one to add"</option>
                    {addable}
                </select>
                <button type="button" class="button button-small" on:click=add>
                    {format!("Add to {label}")}
                </button>
            </div>
        </fieldset>
    }
}
