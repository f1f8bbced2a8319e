//! The notice after a delete or an import, with the "Undo" button that reverses it.
//!
//! It is shown where the operation happened, and focus moves to it when it appears: the
//! control the user pressed is often gone (a deleted row), and the offer to undo is what they
//! need next.

use crate::platform::page;
use leptos::prelude::*;

/// A status region that shows the last undoable operation and "Undo".
#[component]
pub fn UndoNotice(
    /// What was done, while it can still be undone.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// Reverses it.
    on_undo: Callback<()>,
    /// The element ID of the notice, unique on the page, so focus can move to it.
    id: &'static str,
) -> impl IntoView {
    // A message that appears (or changes) after the notice was drawn gets focus once drawn.
    Effect::new(move |previous: Option<Option<String>>| {
        let current = message.get();
        if let (Some(previous), Some(_)) = (&previous, &current) {
            if *previous != current {
                request_animation_frame(move || page::focus_element(id));
            }
        }
        current
    });
    let content = move || {
        message.get().map(|message| {
            view! {
                <div class="notice notice-info undo-notice" id=id tabindex="-1">
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
