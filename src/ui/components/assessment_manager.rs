//! Managing the assessments kept in this browser: rename, create, duplicate and delete the
//! open one, and open another from the list.

use crate::domain::limits::MAX_TEXT_CHARS;
use crate::state::library::DataState;
use crate::state::notices::Spot;
use crate::state::AppState;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::undo_notice::UndoNotice;
use leptos::prelude::*;

/// The "Your assessments" section of the Data page.
#[component]
pub fn AssessmentManager() -> impl IntoView {
    let state = AppState::expect();
    let data = DataState::expect();
    // What the user typed into the name field, until they rename; `None` shows the real name.
    let draft = RwSignal::new(None::<String>);
    let name = move || state.assessment.with(|a| a.name.clone());
    let rename = move |_| {
        let wanted = draft.get_untracked().unwrap_or_else(name);
        data.rename(state, &wanted);
        draft.set(None);
    };
    let open_id = move || crate::state::library::open_id(state);
    let entries = move || {
        // Re-read whenever the open assessment changes, so "open now" follows it.
        state.assessment.track();
        let open = open_id();
        data.unreadable.track();
        data.library
            .get()
            .into_iter()
            .map(|entry| {
                let is_open = open.as_deref() == Some(entry.id.as_str());
                let saved = entry.updated_at.get(..10).unwrap_or("").to_owned();
                let saved = if saved.is_empty() {
                    String::new()
                } else {
                    format!("last saved {saved}")
                };
                let id = entry.id.clone();
                let unreadable = data.unreadable.with(|ids| ids.contains(&entry.id));
                let action = if is_open {
                    view! { <strong class="open-marker">"Open now"</strong> }.into_any()
                } else if unreadable {
                    // It cannot be opened: it can be kept as a file, or deleted (with Undo).
                    let download_id = id.clone();
                    let name = entry.name.clone();
                    view! {
                        <span class="open-marker">"Cannot be read"</span>
                        <button
                            type="button"
                            class="button button-secondary button-small"
                            aria-label=format!("Download {}", entry.name)
                            on:click=move |_| data.download_unreadable(state, &download_id)
                        >
                            "Download"
                        </button>
                        <button
                            type="button"
                            class="button button-danger button-small"
                            aria-label=format!("Delete {}", entry.name)
                            on:click=move |_| data.delete_unreadable(state, &id, &name)
                        >
                            "Delete"
                        </button>
                    }
                    .into_any()
                } else {
                    let label = format!("Open {}", entry.name);
                    view! {
                        <button
                            type="button"
                            class="button button-secondary button-small"
                            aria-label=label
                            on:click=move |_| {
                                draft.set(None);
                                data.open(state, &id);
                            }
                        >
                            "Open"
                        </button>
                    }
                    .into_any()
                };
                view! {
                    <li class="library-entry">
                        <span class="library-name">{entry.name}</span>
                        <span class="library-saved">{saved}</span>
                        {action}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="library-title">
            <h2 id="library-title">"Your assessments"</h2>
            <p>
                "Keep several assessments side by side, for example a baseline and a later review, or one per subsidiary. The open one is what every other page shows."
            </p>
            <div class="field-row">
                <div class="field">
                    <label for="assessment-name">"Assessment name"</label>
                    <input
                        id="assessment-name"
                        type="text" maxlength=MAX_TEXT_CHARS
                        prop:value=move || draft.get().unwrap_or_else(name)
                        on:input=move |event| draft.set(Some(event_target_value(&event)))
                    />
                </div>
            </div>
            <p class="button-row">
                <button type="button" class="button" on:click=rename>"Rename assessment"</button>
                <button type="button" class="button button-secondary" on:click=move |_| data.create(state)>
                    "New assessment"
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| data.duplicate(state)>
                    "Duplicate assessment"
                </button>
                <button type="button" class="button button-danger" on:click=move |_| data.delete(state)>
                    "Delete assessment"
                </button>
            </p>
            <UndoNotice
                id="assessment-undo"
                message=Signal::derive(move || data.undo_message(Spot::Assessments))
                on_undo=Callback::new(move |()| data.undo(state))
            />
            <SpotNotices spot=Spot::Assessments />
            <h3 id="library-list-title">"Stored in this browser"</h3>
            <ul class="library-list" aria-labelledby="library-list-title">{entries}</ul>
        </section>
    }
}
