//! A labelled text input or text area, with optional help, that writes every change through
//! an action. Forms use it so that each field is labelled the same way, and each stops at the
//! domain's text limit (`maxlength`), saying so when it is reached.

use crate::domain::limits::MAX_TEXT_CHARS;
use crate::ui::components::limit_note::LimitNote;
use leptos::prelude::*;

/// A labelled single-line input (`rows == 0`) or text area.
#[component]
pub fn TextField(
    /// The element ID, unique on the page.
    id: String,
    /// The visible label, which is also the field's accessible name.
    label: String,
    /// A sentence under the label that says what belongs here; empty for none.
    #[prop(optional)]
    help: &'static str,
    /// Rows of a text area; 0 makes a single-line input.
    #[prop(optional)]
    rows: u32,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every change.
    on_input: Callback<String>,
    /// Extra class names for the wrapper, such as "field-wide".
    #[prop(optional)]
    class: &'static str,
    /// An example shown in an empty single-line input; empty for none.
    #[prop(optional)]
    placeholder: &'static str,
    /// The browser's autofill hint for a single-line input, such as "organization".
    #[prop(optional)]
    autocomplete: &'static str,
) -> impl IntoView {
    // Empty means "no attribute", so the element carries no empty placeholder or hint.
    let placeholder = (!placeholder.is_empty()).then_some(placeholder);
    let autocomplete = (!autocomplete.is_empty()).then_some(autocomplete);
    let help_id = (!help.is_empty()).then(|| format!("{id}-help"));
    let help_view = help_id
        .clone()
        .map(|help_id| view! { <p class="field-help" id=help_id>{help}</p> });
    let input = if rows == 0 {
        view! {
            <input
                id=id.clone()
                type="text" maxlength=MAX_TEXT_CHARS
                placeholder=placeholder
                autocomplete=autocomplete
                aria-describedby=help_id.clone()
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        }
        .into_any()
    } else {
        view! {
            <textarea
                maxlength=MAX_TEXT_CHARS
                id=id.clone()
                rows=rows
                aria-describedby=help_id.clone()
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        }
        .into_any()
    };
    view! {
        <div class=format!("field {class}")>
            <label for=id>{label}</label>
            {help_view}
            {input}
            <LimitNote text=value />
        </div>
    }
}
