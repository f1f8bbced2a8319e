//! What the consistency check says about one place (a register entry, a register, the road to
//! certification), shown where the user fixes it.

use crate::domain::checks::Place;
use crate::state::AppState;
use leptos::prelude::*;

/// The findings at `place`, or nothing when there are none.
#[component]
pub fn RecordFindings(place: Place) -> impl IntoView {
    let state = AppState::expect();
    let messages = Memo::new(move |_| {
        state.findings.with(|findings| {
            findings
                .iter()
                .filter(|finding| finding.place == place)
                .map(|finding| (finding.severity.label(), finding.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let messages = messages.get();
        (!messages.is_empty()).then(|| {
            let items = messages
                .into_iter()
                .map(|(severity, message)| view! { <li><strong>{format!("{severity}: ")}</strong>{message}</li> })
                .collect_view();
            view! {
                <section class="card record-findings" aria-labelledby="record-findings-heading">
                    <h2 id="record-findings-heading">"What the consistency check says"</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
