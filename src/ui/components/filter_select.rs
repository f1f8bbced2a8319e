//! A filter of a list: a labelled select whose first option, "All", means no filter. Shared
//! by the risk register and the action plan.

use leptos::prelude::*;

/// A select whose first option ("All") means no filter; `options` are value and label pairs.
pub fn filter_select(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    value: RwSignal<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id prop:value=move || value.get() on:change=move |event| value.set(event_target_value(&event))>
                <option value="*">"All"</option>
                {options}
            </select>
        </div>
    }
}
