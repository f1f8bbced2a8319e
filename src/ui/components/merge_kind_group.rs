//! The differences of one kind in a merge (all answers, all risks, ...), with the buttons that
//! choose a side for all of them at once.

use crate::domain::merge::{self, Difference, Keep, Kind};
use crate::ui::components::merge_difference_row::MergeDifferenceRow;
use leptos::prelude::*;

/// A heading, "Take all the file's …" / "Keep all mine", and one row per difference.
#[component]
pub fn MergeKindGroup(
    /// The kind of part the group holds.
    kind: Kind,
    /// Every difference of the plan (the group shows those of `kind`).
    differences: StoredValue<Vec<Difference>>,
    /// The choices of every difference of the plan.
    choices: RwSignal<Vec<Keep>>,
) -> impl IntoView {
    let plural = kind.plural();
    let rows = differences.with_value(|all| {
        all.iter()
            .enumerate()
            .filter(|(_, difference)| difference.place.kind() == kind)
            .map(|(index, difference)| {
                view! { <MergeDifferenceRow index=index difference=difference.clone() choices=choices /> }
            })
            .collect_view()
    });
    let count = differences.with_value(|all| {
        all.iter()
            .filter(|difference| difference.place.kind() == kind)
            .count()
    });
    let heading = format!("{} ({count})", capitalised(plural));
    let choose_all = move |keep: Keep| {
        differences.with_value(|all| {
            choices.update(|chosen| merge::choose_all(all, chosen, kind, keep));
        })
    };
    view! {
        <section class="merge-kind">
            <h4>{heading}</h4>
            <p class="button-row">
                <button type="button" class="button button-small button-secondary" on:click=move |_| choose_all(Keep::Theirs)>
                    {format!("Take all the file's {plural}")}
                </button>
                <button type="button" class="button button-small button-secondary" on:click=move |_| choose_all(Keep::Mine)>
                    {format!("Keep all my {plural}")}
                </button>
            </p>
            <ul class="merge-rows">{rows}</ul>
        </section>
    }
}

/// The text with its first letter in capitals, for a heading.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
