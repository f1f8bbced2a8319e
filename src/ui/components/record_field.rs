//! One field of a register entry, drawn from its `FieldSpec`: a text input or area, a date, a
//! number, a drop-down, ticks, or a picker of clause items or AI systems. Every change goes
//! through the register's named actions, which check the value against the field's kind.

use crate::domain::catalog::catalog;
use crate::domain::records::{FieldKind, FieldSpec, RegisterKind};
use crate::state::AppState;
use crate::ui::components::list_picker::{ListPicker, PickOption};
use crate::ui::components::text_field::TextField;
use leptos::prelude::*;

/// The clause items and controls, as choices ("5.2 AI policy").
fn item_options() -> Vec<PickOption> {
    let catalog = catalog();
    catalog
        .clause_items()
        .chain(catalog.controls())
        .map(|item| PickOption {
            id: item.id.to_owned(),
            label: format!("{} {}", item.id, item.title),
        })
        .collect()
}

/// One field of an entry.
#[component]
pub fn RecordField(
    kind: RegisterKind,
    /// The entry's ID.
    record_id: String,
    field: &'static FieldSpec,
) -> impl IntoView {
    let state = AppState::expect();
    let element_id = format!("record-{}", field.key);
    let id = StoredValue::new(record_id.clone());
    let key = field.key;
    let value = state.record_value(kind, record_id.clone(), key);
    let write = move |text: String| state.set_record_value(kind, &id.get_value(), key, text);
    let help_id = (!field.hint.is_empty()).then(|| format!("{element_id}-help"));
    let help = help_id
        .clone()
        .map(|help_id| view! { <p class="field-help" id=help_id>{field.hint}</p> });
    match field.kind {
        FieldKind::Text | FieldKind::LongText => {
            let rows = if field.kind == FieldKind::LongText {
                3
            } else {
                0
            };
            let class = if rows > 0 { "field-wide" } else { "" };
            view! {
                <TextField
                    id=element_id
                    label=field.label.to_owned()
                    help=field.hint
                    rows=rows
                    value=value
                    on_input=Callback::new(write)
                    class=class
                />
            }
            .into_any()
        }
        FieldKind::Date => view! {
            <div class="field">
                <label for=element_id.clone()>{field.label}</label>
                {help}
                <input id=element_id type="date" aria-describedby=help_id
                    prop:value=move || value.get()
                    on:change=move |event| write(event_target_value(&event)) />
            </div>
        }
        .into_any(),
        // Checked values are written when the field is left, not at every key, so a value
        // half typed is never refused.
        FieldKind::Number | FieldKind::Fingerprint => view! {
            <div class="field">
                <label for=element_id.clone()>{field.label}</label>
                {help}
                <input id=element_id type="text" aria-describedby=help_id
                    inputmode=(field.kind == FieldKind::Number).then_some("decimal")
                    spellcheck="false"
                    prop:value=move || value.get()
                    on:change=move |event| write(event_target_value(&event)) />
            </div>
        }
        .into_any(),
        FieldKind::Choice(choices) => {
            let options = choices
                .iter()
                .map(|choice| view! { <option value=choice.slug>{choice.label}</option> })
                .collect_view();
            view! {
                <div class="field">
                    <label for=element_id.clone()>{field.label}</label>
                    {help}
                    <select id=element_id aria-describedby=help_id
                        prop:value=move || value.get()
                        on:change=move |event| write(event_target_value(&event))>
                        <option value="">"Not stated"</option>
                        {options}
                    </select>
                </div>
            }
            .into_any()
        }
        FieldKind::Checklist(choices) => {
            let ticked = move |slug: &'static str| {
                state.assessment.with(|a| {
                    a.records
                        .get(kind)
                        .record(&id.get_value())
                        .is_some_and(|record| record.has(key, slug))
                })
            };
            let boxes = choices
                .iter()
                .map(|choice| {
                    let slug = choice.slug;
                    let toggle = move |checked: bool| {
                        let mut entries: Vec<String> = choices
                            .iter()
                            .filter(|other| {
                                if other.slug == slug {
                                    checked
                                } else {
                                    ticked(other.slug)
                                }
                            })
                            .map(|other| other.slug.to_owned())
                            .collect();
                        entries.dedup();
                        state.set_record_list(kind, &id.get_value(), key, entries);
                    };
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || ticked(slug)
                                on:change=move |event| toggle(event_target_checked(&event)) />
                            <span>{choice.label}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field field-wide">
                    <legend>{field.label}</legend>
                    {help}
                    {boxes}
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Items | FieldKind::Systems => {
            let options = if field.kind == FieldKind::Items {
                Signal::stored(item_options())
            } else {
                Signal::derive(move || {
                    state.assessment.with(|a| {
                        a.inventory
                            .systems
                            .iter()
                            .map(|system| PickOption {
                                id: system.id.clone(),
                                label: format!("{} {}", system.id, system.display_name()),
                            })
                            .collect()
                    })
                })
            };
            let chosen = Signal::derive(move || {
                state.assessment.with(|a| {
                    a.records
                        .get(kind)
                        .record(&id.get_value())
                        .map(|record| record.list(key).to_vec())
                        .unwrap_or_default()
                })
            });
            view! {
                <ListPicker
                    id=element_id
                    label=field.label
                    help=field.hint
                    options=options
                    chosen=chosen
                    on_change=Callback::new(move |entries| state.set_record_list(kind, &id.get_value(), key, entries))
                />
            }
            .into_any()
        }
    }
}
