//! Compare with a baseline: another stored assessment or a chosen export, read beside the open
//! assessment without replacing anything, and what changed since, item by item, with the
//! readiness deltas per clause and Annex A area.

use crate::domain::catalog::catalog;
use crate::domain::compare::{
    changes, Changes, Delta, DirectionFilter, ItemChange, ItemFilter, PartDelta,
};
use crate::platform::{clock, upload};
use crate::state::baseline::{Baseline, BaselineState};
use crate::state::notices::Spot;
use crate::state::AppState;
use crate::ui::components::filter_select::filter_select;
use crate::ui::components::item_change_card::ItemChangeCard;
use crate::ui::components::risk_changes::RiskChanges;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::system_level_changes::SystemLevelChanges;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// A percentage, or a dash where there is nothing to score.
fn percent(value: Option<u32>) -> String {
    value.map_or("–".to_owned(), |p| format!("{p}%"))
}

/// The change in points with its sign: "+12 points", "−3 points", "no change".
fn delta_text(delta: &Delta) -> String {
    match delta.delta() {
        Some(0) | None if !delta.changed() => "no change".to_owned(),
        Some(points) if points > 0 => format!("+{points} points"),
        Some(points) => format!("−{} points", points.unsigned_abs()),
        None => "now scored".to_owned(),
    }
}

/// A table row of a readiness figure before and after.
fn delta_row(name: String, delta: &Delta) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="numeric">{percent(delta.before)}</td>
            <td class="numeric">{percent(delta.after)}</td>
            <td class="numeric">{delta_text(delta)}</td>
        </tr>
    }
}

/// A readiness table with its caption.
fn delta_table(caption: &'static str, rows: Vec<AnyView>) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=caption>
            <table class="document-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Part"</th>
                        <th scope="col" class="numeric">"Baseline"</th>
                        <th scope="col" class="numeric">"Now"</th>
                        <th scope="col" class="numeric">"Change"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The options of the part filter: every clause, then every Annex A area.
fn part_options() -> Vec<(String, String)> {
    catalog()
        .clauses()
        .iter()
        .chain(catalog().annex_a_areas())
        .map(|part| (part.id.to_owned(), format!("{} {}", part.id, part.title)))
        .collect()
}

/// The options of the direction filter, "All" aside.
fn direction_options() -> Vec<(String, String)> {
    [DirectionFilter::Better, DirectionFilter::Worse]
        .into_iter()
        .map(|filter| (filter.slug().to_owned(), filter.label().to_owned()))
        .collect()
}

/// The filter the two selects describe ("*" is "All").
fn item_filter(part: &str, direction: &str) -> ItemFilter {
    ItemFilter {
        part: (part != "*").then(|| part.to_owned()),
        direction: DirectionFilter::from_slug(direction),
    }
}

/// The line above the list of items: how many the filters show.
fn shown_text(shown: usize, all: usize) -> String {
    if shown == all {
        format!("Showing all {all} changed items.")
    } else {
        format!("Showing {shown} of {all} changed items.")
    }
}

/// The changed items with their filters.
fn items_view(changes: Memo<Option<Changes>>) -> impl IntoView {
    let part = RwSignal::new("*".to_owned());
    let direction = RwSignal::new("*".to_owned());
    let shown = Memo::new(move |_| {
        let filter = part.with(|part| direction.with(|direction| item_filter(part, direction)));
        changes.with(|changes| {
            changes.as_ref().map_or((Vec::new(), 0), |changes| {
                let items: Vec<ItemChange> = changes
                    .filtered_items(catalog(), &filter)
                    .into_iter()
                    .cloned()
                    .collect();
                (items, changes.items.len())
            })
        })
    });
    let list = move || {
        shown.with(|(items, all)| {
            if *all == 0 {
                return view! { <p class="empty-note">"No item changed."</p> }.into_any();
            }
            let count = shown_text(items.len(), *all);
            let cards = items
                .iter()
                .map(|change| view! { <ItemChangeCard change=change.clone() /> })
                .collect_view();
            view! {
                <p role="status">{count}</p>
                {if items.is_empty() {
                    view! { <p class="empty-note">"No changed item matches these filters."</p> }.into_any()
                } else {
                    view! { <ul class="change-list" aria-label="Items that changed">{cards}</ul> }.into_any()
                }}
            }
            .into_any()
        })
    };
    view! {
        <section aria-labelledby="items-title">
            <h2 id="items-title">"Items that changed"</h2>
            <p class="field-help">
                "An item got better when its status rose (say from Partially to Largely implemented) or, with the same status, when its requirement questions earn more points than in the baseline; it got worse the other way round. A control that left or entered the scope, and a change of notes, owner or a good-practice answer, is neither. These are the app's own scores, as on the dashboard."
            </p>
            <div class="filters">
                {filter_select("compare-part", "Clause or Annex A area", part_options(), part)}
                {filter_select("compare-direction", "Got better or worse", direction_options(), direction)}
            </div>
            {list}
        </section>
    }
}

/// Everything that changed, drawn from the comparison.
fn changes_view(changes: Memo<Option<Changes>>) -> impl IntoView {
    let summary = move || {
        changes.with(|changes| {
            changes.as_ref().map(|changes| {
                let counts = changes.counts();
                format!(
                    "{} items changed: {} improved, {} worsened, {} left or entered the scope, {} with the same score.",
                    counts.items, counts.improved, counts.worsened, counts.scope, counts.same_score
                )
            })
        })
    };
    let readiness = move || {
        changes.with(|changes| {
            changes.as_ref().map(|changes| {
                let overall = vec![
                    delta_row("Overall readiness".into(), &changes.overall).into_any(),
                    delta_row("Clauses 4 to 10".into(), &changes.clause_total).into_any(),
                    delta_row("Annex A".into(), &changes.annex_a).into_any(),
                    delta_row("Questions answered".into(), &changes.completeness).into_any(),
                ];
                let parts = |list: &[PartDelta]| {
                    list.iter()
                        .map(|part| {
                            delta_row(format!("{} {}", part.id, part.title), &part.readiness)
                                .into_any()
                        })
                        .collect::<Vec<_>>()
                };
                view! {
                    {delta_table("Readiness overall", overall)}
                    {delta_table("Readiness per clause", parts(&changes.clauses))}
                    {delta_table("Readiness per Annex A area", parts(&changes.areas))}
                }
            })
        })
    };
    let others = move || {
        changes.with(|changes| {
            changes.as_ref().map(|changes| {
                let none = changes.risks_added.is_empty()
                    && changes.risks_removed.is_empty()
                    && changes.risks_changed.is_empty()
                    && changes.system_levels.is_empty();
                view! {
                    {none.then(|| view! { <p class="empty-note">"No risk or AI system changed."</p> })}
                    <RiskChanges
                        added=changes.risks_added.clone()
                        removed=changes.risks_removed.clone()
                        changed=changes.risks_changed.clone()
                        fields=changes.risk_fields.clone()
                    />
                    <SystemLevelChanges systems=changes.system_levels.clone() />
                }
            })
        })
    };
    view! {
        <p class="figure-note" role="status">{summary}</p>
        <section class="card" aria-labelledby="deltas-title">
            <h2 id="deltas-title">"How readiness moved"</h2>
            {readiness}
        </section>
        {items_view(changes)}
        <section class="card" aria-labelledby="others-title">
            <h2 id="others-title">"Risks and AI systems"</h2>
            <p class="field-help">"The filters above apply to items only; every risk and AI system that changed is listed here."</p>
            {others}
        </section>
    }
}

/// The heading and the line that name both assessments and their dates.
fn names(source: &str, saved_on: &str, baseline: &str, current: &str) -> (String, String) {
    let quoted = format!("“{baseline}”");
    let dated = if saved_on.is_empty() {
        String::new()
    } else {
        format!(", saved {saved_on}")
    };
    // A stored baseline's source already names it; a file's names the file.
    let heading = if source.contains(&quoted) {
        format!("Changes since the {source}{dated}")
    } else {
        format!("Changes since the {source} (assessment {quoted}{dated})")
    };
    let of_date = if saved_on.is_empty() {
        " (its file does not say when it was saved)".to_owned()
    } else {
        format!(" of {saved_on}")
    };
    let line = format!(
        "From the baseline {quoted}{of_date} to the open assessment “{current}” as it is today, {}.",
        clock::today_text()
    );
    (heading, line)
}

/// The compare page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let state = AppState::expect();
    let baseline_state = BaselineState::expect();
    let choices = baseline_state.stored_choices(state);
    let no_choices = choices.is_empty();
    let options = choices
        .iter()
        .map(|entry| view! { <option value=entry.id.clone()>{entry.name.clone()}</option> })
        .collect_view();
    let chosen = RwSignal::new(String::new());
    let use_stored = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = chosen.get_untracked();
        let name = choices
            .iter()
            .find(|entry| entry.id == id)
            .map(|entry| entry.name.clone());
        match name {
            Some(name) => baseline_state.use_stored(&id, &name),
            None => state.report_error("Choose a stored assessment first."),
        }
    };
    let on_file = move |event: leptos::ev::Event| {
        if let Some(file) = upload::chosen_file(&event) {
            baseline_state.use_file(file);
        }
    };
    // The question wording names the changed answers; it is loaded on first use.
    state.ensure_catalog_text();
    let found = Memo::new(move |_| {
        baseline_state.baseline.with(|baseline| match baseline {
            Some(Baseline::Ready { assessment, .. }) => Some(
                state
                    .assessment
                    .with(|current| changes(catalog(), assessment, current)),
            ),
            _ => None,
        })
    });
    let result = move || {
        baseline_state.baseline.with(|baseline| match baseline {
            None => view! {
                <p class="empty-note">"Choose a baseline above to see what changed since."</p>
            }
            .into_any(),
            Some(Baseline::Reading(name)) => {
                view! { <p role="status">{format!("Reading {name}…")}</p> }.into_any()
            }
            Some(Baseline::Failed(message)) => {
                view! { <p class="notice notice-error" role="alert">{message.clone()}</p> }.into_any()
            }
            Some(Baseline::Ready { source, saved_on, assessment }) => {
                let (heading, both) = state
                    .assessment
                    .with(|current| names(source, saved_on, &assessment.name, &current.name));
                view! {
                    <h2 class="compare-heading">{heading}</h2>
                    <p>{both}</p>
                    <p class="button-row">
                        <button type="button" class="button" on:click=move |_| baseline_state.export_csv(state)>
                            "Export comparison CSV"
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| baseline_state.clear()>
                            "Put the baseline away"
                        </button>
                    </p>
                    <p class="field-help">"The CSV file has one row per change, with every text whole, whatever the filters below show."</p>
                    <SpotNotices spot=Spot::Compare />
                    {changes_view(found)}
                }
                .into_any()
            }
        })
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Compare with a baseline"</h1>
        <p class="lead">
            "See what changed since an earlier version of this assessment, or since the file a consultant sent back: each item whose status, answers or notes moved, the risks and AI systems added or removed, and how readiness moved per clause and Annex A area. The baseline is only read: nothing is replaced or stored."
        </p>
        <div class="compare-choice">
            <form class="card" on:submit=use_stored>
                <h2>"A stored assessment"</h2>
                <div class="field">
                    <label for="baseline-stored">"Stored assessment"</label>
                    <select id="baseline-stored" disabled=no_choices on:change=move |event| chosen.set(event_target_value(&event))>
                        <option value="">{if no_choices { "No other assessment stored" } else { "Choose one" }}</option>
                        {options}
                    </select>
                </div>
                <button type="submit" class="button" disabled=no_choices>"Compare with this assessment"</button>
            </form>
            <div class="card">
                <h2>"An exported file"</h2>
                <div class="field">
                    <label for="baseline-file">"Baseline file"</label>
                    <input id="baseline-file" type="file" accept=".json,application/json" on:change=on_file />
                </div>
                <p class="field-help">"A JSON export of AIMS Assess, for example last quarter's, or the file your consultant returned."</p>
            </div>
        </div>
        {result}
    }
}
