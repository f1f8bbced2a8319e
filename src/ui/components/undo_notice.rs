//! The notice after a delete or an import, with the "Undo" button that reverses it.

use leptos::prelude::*;

/// A status region that shows the last undoable operation and "Undo".
#[component]
pub fn UndoNotice(
    /// What was done, while it can still be undone.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// Reverses it.
    on_undo: Callback<()>,
) -> impl IntoView {
    let content = move || {
        message.get().map(|message| {
            view! {
                <div class="notice notice-info undo-notice">
                    <p>{message}</p>
                    <button type="button" class="button button-small" on:click=move |_| on_undo.run(())>
                        "Undo"
                    </button>
                </div>
            }
        })
    };
    view! { <div role="status">{content}</div> }
}
