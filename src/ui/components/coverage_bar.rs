//! A coverage figure as a bar and a percentage: the bar is decoration, the percentage is the
//! text screen readers read (with the label before it).

use leptos::prelude::*;

/// One coverage bar with its figure.
#[component]
pub fn CoverageBar(
    /// Coverage in whole percent; `None` when nothing counts (every mapped item excluded).
    percent: Signal<Option<u32>>,
    /// The words before the figure, such as "Coverage"; hidden visually when `quiet`.
    #[prop(into)]
    label: String,
    /// Whether the label is for screen readers only.
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView {
    let width = move || percent.get().unwrap_or(0);
    let figure = move || match percent.get() {
        Some(percent) => format!("{percent}%"),
        None => "not applicable".to_owned(),
    };
    let label_class = if quiet {
        "visually-hidden"
    } else {
        "coverage-label"
    };
    view! {
        <span class="bar-line coverage-bar">
            <span class=label_class>{format!("{label}: ")}</span>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" width="100" height="10"></rect>
                <rect class="bar-fill" width=width height="10"></rect>
            </svg>
            <span class="bar-value">{figure}</span>
        </span>
    }
}
