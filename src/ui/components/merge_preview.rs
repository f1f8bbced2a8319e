//! The preview of a merge: every difference between the open assessment and the file, which
//! side changed it, the user's choice for each, and "Merge N changes".
//!
//! Nothing changes until "Merge N changes"; "Cancel" leaves everything as it was.

use crate::domain::merge::{self, Changed};
use crate::state::library::DataState;
use crate::state::merge::{Ancestor, MergePlan};
use crate::state::AppState;
use crate::ui::components::merge_kind_group::MergeKindGroup;
use leptos::prelude::*;

/// The merge preview with its choices, "Merge N changes" and "Cancel".
#[component]
pub fn MergePreview(
    /// The differences found and how the sides were told.
    plan: MergePlan,
) -> impl IntoView {
    let state = AppState::expect();
    let data = DataState::expect();
    // The rows name answers by their question's wording, loaded on first use.
    state.ensure_catalog_text();
    let current_name = state.assessment.with_untracked(|a| a.name.clone());
    let choices = RwSignal::new(merge::default_choices(&plan.differences));
    let ancestor_note = match &plan.ancestor {
        Ancestor::LastExport(at) => format!(
            "Which side changed each part is told against your last JSON export of this assessment ({at}). If the file was made from an earlier export, some sides may be wrong."
        ),
        Ancestor::None(why) => format!("{why} So for each difference, which side changed can't be told."),
    };
    let total = plan.differences.len();
    let conflicts = plan
        .differences
        .iter()
        .filter(|difference| difference.changed == Changed::Both)
        .count();
    let summary = match (total, conflicts) {
        (0, _) => {
            format!("The file holds the same as \"{current_name}\": there is nothing to merge.")
        }
        (_, 0) => format!("{total} parts differ from \"{current_name}\"."),
        _ => format!(
            "{total} parts differ from \"{current_name}\"; {conflicts} changed on both sides."
        ),
    };
    let kinds = merge::kinds(&plan.differences);
    let differences = StoredValue::new(plan.differences);
    let groups = kinds
        .into_iter()
        .map(|(kind, _)| view! { <MergeKindGroup kind=kind differences=differences choices=choices /> })
        .collect_view();
    let count = move || choices.with(|chosen| merge::taken(chosen));
    let merge_label = move || match count() {
        1 => "Merge 1 change".to_owned(),
        n => format!("Merge {n} changes"),
    };
    let on_merge = move |_| choices.with_untracked(|chosen| data.confirm_merge(state, chosen));
    // Focus moves to the preview so keyboard and screen-reader users land on what to decide.
    request_animation_frame(|| crate::platform::page::focus_element("merge-preview-title"));
    view! {
        <section class="import-preview merge-preview" aria-labelledby="merge-preview-title">
            <h3 id="merge-preview-title" tabindex="-1">
                {format!("Merge \"{}\" into \"{current_name}\"", plan.file_name)}
            </h3>
            <p>{ancestor_note}</p>
            <p>{summary}</p>
            <p>
                "Review comments in the file are taken unless you changed them here; anything else keeps the side that changed it, and yours when both did or it can't be told. Nothing changes until you merge, and you can undo it."
            </p>
            {groups}
            <p class="button-row">
                <button type="button" class="button" on:click=on_merge>{merge_label}</button>
                <button type="button" class="button button-secondary" on:click=move |_| data.cancel_import(state)>
                    "Cancel"
                </button>
            </p>
        </section>
    }
}
