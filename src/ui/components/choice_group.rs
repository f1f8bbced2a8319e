//! A radio group named by a question, with a button that clears the answer: the one shape of
//! every question of the impact assessment (harms, their follow-ups, measures, context).

use leptos::prelude::*;

/// One radio group. The options are (ID, label) pairs; `on_change` gets the chosen ID, or
/// `None` when the answer is cleared.
#[component]
pub fn ChoiceGroup(
    /// The element ID of the group, unique on the page; the radios share it as their name.
    id: String,
    /// The question, which names the group.
    question: String,
    /// A sentence of help under the question; empty for none.
    #[prop(optional)]
    help: String,
    options: Vec<(String, String)>,
    /// The chosen option's ID.
    #[prop(into)]
    chosen: Signal<Option<String>>,
    on_change: Callback<Option<String>>,
    /// Extra class names for the wrapper.
    #[prop(optional)]
    class: &'static str,
    /// The ID of an element that describes the group further, such as the harm a follow-up
    /// question is about; empty for none.
    #[prop(optional)]
    described_by: String,
) -> impl IntoView {
    let text_id = format!("{id}-text");
    let help_id = (!help.is_empty()).then(|| format!("{id}-help"));
    let described = [help_id.clone().unwrap_or_default(), described_by]
        .into_iter()
        .filter(|id| !id.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let help_view = help_id
        .clone()
        .map(|help_id| view! { <p class="field-help" id=help_id>{help}</p> });
    let radios = options
        .into_iter()
        .map(|(option_id, label)| {
            let value = option_id.clone();
            let checked = option_id.clone();
            view! {
                <label class="choice-line">
                    <input
                        type="radio"
                        name=id.clone()
                        value=value
                        prop:checked=move || chosen.with(|chosen| chosen.as_deref() == Some(checked.as_str()))
                        on:change=move |_| on_change.run(Some(option_id.clone()))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class=format!("question {class}") id=id.clone() tabindex="-1">
            <p class="question-text" id=text_id.clone()>{question}</p>
            {help_view}
            <div class="choices-column" role="radiogroup" aria-labelledby=text_id.clone() aria-describedby=described>
                {radios}
            </div>
            <button
                type="button"
                class="clear-answer"
                aria-describedby=text_id
                disabled=move || chosen.with(Option::is_none)
                on:click=move |_| on_change.run(None)
            >
                "Clear answer"
            </button>
        </div>
    }
}
