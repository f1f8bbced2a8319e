//! The ISO/IEC 27001 hint on an item card, shown only while the profile says the organisation
//! holds ISO/IEC 27001: for a clause item, what the information security management system
//! usually already provides, what the AI management system adds and where to look for
//! evidence; for an Annex A control, the related ISO/IEC 27001:2022 controls.
//!
//! It only points to existing evidence: it never answers a question or changes a status.

use crate::domain::catalog::Item;
use crate::state::frameworks::{FrameworksState, Loaded};
use crate::state::AppState;
use crate::ui::components::load_failed::LoadFailed;
use leptos::prelude::*;

/// The hint panel for one item, or nothing.
#[component]
pub fn Iso27001Hint(
    /// The clause item or Annex A control the card shows.
    item: &'static Item,
) -> impl IntoView {
    let state = AppState::expect();
    let frameworks = FrameworksState::expect();
    let holds = Memo::new(move |_| state.assessment.with(|a| a.profile.holds_iso27001));
    let item_id = item.id;
    let heading_id = format!("iso27001-{item_id}");
    move || {
        if !holds.get() {
            return None;
        }
        // Only a first load starts here: after a failure the user retries with "Try again",
        // so a page that is offline does not retry on every redraw.
        frameworks.start_iso27001();
        let (heading_id, labelled_by) = (heading_id.clone(), heading_id.clone());
        let body = frameworks.iso27001.with(|loaded| match loaded {
            Loaded::Ready(reuse) if item.is_control() => {
                let related = reuse.related(item_id);
                let text = if related.is_empty() {
                    "Related ISO/IEC 27001:2022 controls: none; this control is specific to AI.".to_owned()
                } else {
                    format!("Related ISO/IEC 27001:2022 controls: {}", related.join(", "))
                };
                view! {
                    <p>{text}</p>
                    <p class="iso27001-note">"Our own mapping. Evidence for those controls may serve here too; it does not answer this control's questions."</p>
                }
                .into_any()
            }
            Loaded::Ready(reuse) => match reuse.clause_item(item_id) {
                Some(entry) => view! {
                    <dl class="iso27001-texts">
                        <dt>"Usually already in place from your ISMS"</dt>
                        <dd>{entry.in_place.clone()}</dd>
                        <dt>"What the AI management system adds"</dt>
                        <dd>{entry.adds.clone()}</dd>
                        <dt>"Where to look for evidence"</dt>
                        <dd>{entry.evidence.clone()}</dd>
                    </dl>
                }
                .into_any(),
                None => ().into_any(),
            },
            Loaded::Failed(error) => view! {
                <LoadFailed what="The ISO/IEC 27001 hints" error=error.to_string()
                    on_retry=Callback::new(move |()| frameworks.ensure_iso27001()) />
            }
            .into_any(),
            Loaded::NotLoaded | Loaded::Loading => {
                view! { <p role="status">"Loading the ISO/IEC 27001 hints…"</p> }.into_any()
            }
        });
        Some(view! {
            <div class="iso27001-hint" role="group" aria-labelledby=labelled_by>
                <p class="iso27001-title" id=heading_id>"If you hold ISO/IEC 27001"</p>
                {body}
            </div>
        })
    }
}
