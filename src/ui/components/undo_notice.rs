//! The notice after a delete or an import, with the "Undo" button that reverses it.

use crate::state::library::DataState;
use crate::state::AppState;
use leptos::prelude::*;

/// A status region that shows the last undoable operation and "Undo".
#[component]
pub fn UndoNotice() -> impl IntoView {
    let state = AppState::expect();
    let data = DataState::expect();
    let content = move || {
        data.undo.get().map(|(message, _)| {
            view! {
                <div class="notice notice-info undo-notice">
                    <p>{message}</p>
                    <button type="button" class="button button-small" on:click=move |_| data.undo(state)>
                        "Undo"
                    </button>
                </div>
            }
        })
    };
    view! { <div role="status">{content}</div> }
}
