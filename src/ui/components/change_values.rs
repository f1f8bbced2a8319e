//! A value before and after, as the compare page shows it: "Partly → Yes", with empty values
//! named and long texts shortened, the whole texts one click away.

use crate::domain::compare::shortened;
use leptos::prelude::*;

/// How many characters of a text the list shows before shortening it.
const SHOWN_CHARS: usize = 120;

/// An empty value in words, so that a cleared field reads as cleared.
fn shown(text: &str) -> String {
    if text.trim().is_empty() {
        "(empty)".to_owned()
    } else {
        shortened(text, SHOWN_CHARS)
    }
}

/// "before → after"; when either text is shortened, a disclosure below holds both whole.
pub fn change_values(before: &str, after: &str) -> AnyView {
    let (short_before, short_after) = (shown(before), shown(after));
    let is_cut = |text: &str| text.trim().chars().count() > SHOWN_CHARS;
    let cut = is_cut(before) || is_cut(after);
    let line = format!("{short_before} → {short_after}");
    let whole = cut.then(|| {
        let (before, after) = (before.to_owned(), after.to_owned());
        view! {
            <details class="change-whole">
                <summary>"Whole texts"</summary>
                <dl class="facts">
                    <dt>"Before"</dt>
                    <dd class="preserve-lines">{before}</dd>
                    <dt>"Now"</dt>
                    <dd class="preserve-lines">{after}</dd>
                </dl>
            </details>
        }
    });
    view! {
        <span class="change-values">{line}</span>
        {whole}
    }
    .into_any()
}
