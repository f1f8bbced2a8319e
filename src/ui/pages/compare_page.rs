//! Compare with a baseline: another stored assessment or a chosen export, read beside the open
//! assessment without replacing anything, and what changed since, item by item, with the
//! readiness deltas per clause and Annex A area.

use crate::domain::catalog::catalog;
use crate::domain::compare::{changes, Changes, Delta, Named, Trend};
use crate::platform::upload;
use crate::state::baseline::{Baseline, BaselineState};
use crate::state::route::Route;
use crate::state::AppState;
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

/// A list of risks or systems under a heading, or nothing when it is empty.
fn named_list(
    title: &'static str,
    entries: &[Named],
    route: fn(String) -> Route,
) -> Option<AnyView> {
    if entries.is_empty() {
        return None;
    }
    let items = entries
        .iter()
        .map(|entry| {
            let href = route(entry.id.clone()).href();
            view! { <li><a href=href>{format!("{} {}", entry.id, entry.name)}</a></li> }
        })
        .collect_view();
    Some(view! { <h3>{title}</h3><ul>{items}</ul> }.into_any())
}

/// Everything that changed, drawn from the comparison.
fn changes_view(changes: &Changes) -> impl IntoView {
    let counts = changes.counts();
    let summary = format!(
        "{} items changed: {} improved, {} worsened, {} left or entered the scope, {} with the same status.",
        counts.items, counts.improved, counts.worsened, counts.scope, counts.same_status
    );
    let overall = vec![
        delta_row("Overall readiness".into(), &changes.overall).into_any(),
        delta_row("Clauses 4 to 10".into(), &changes.clause_total).into_any(),
        delta_row("Annex A".into(), &changes.annex_a).into_any(),
        delta_row("Questions answered".into(), &changes.completeness).into_any(),
    ];
    let parts = |list: &[crate::domain::compare::PartDelta]| {
        list.iter()
            .map(|part| {
                delta_row(format!("{} {}", part.id, part.title), &part.readiness).into_any()
            })
            .collect::<Vec<_>>()
    };
    let items = changes
        .items
        .iter()
        .map(|change| {
            let title = catalog().item(change.item_id).map_or("", |item| item.title);
            let trend = match change.trend() {
                Trend::Improved => "Improved",
                Trend::Worsened => "Worsened",
                Trend::Scope => "Scope changed",
                Trend::Same => "Same status",
            };
            let mut details = Vec::new();
            if change.answers_changed > 0 {
                details.push(format!("{} answers changed", change.answers_changed));
            }
            for (changed, what) in [
                (change.evidence_changed, "evidence"),
                (change.owner_changed, "owner"),
                (change.due_date_changed, "due date"),
                (change.decision_changed, "SoA decision"),
            ] {
                if changed {
                    details.push(format!("{what} changed"));
                }
            }
            let notes = change.notes.clone().map(|(before, after)| {
                view! {
                    <dl class="facts">
                        <dt>"Notes before"</dt>
                        <dd class="preserve-lines">{before}</dd>
                        <dt>"Notes now"</dt>
                        <dd class="preserve-lines">{after}</dd>
                    </dl>
                }
            });
            let href = Route::Item { id: change.item_id.to_owned() }.href();
            view! {
                <li class="card change-card">
                    <h3 class="change-title">
                        <a href=href>
                            <span class="item-id">{change.item_id}</span>
                            " "
                            {title}
                        </a>
                    </h3>
                    <p>
                        <strong>{format!("{trend}: ")}</strong>
                        {format!("{} → {}", change.status_before.label(), change.status_after.label())}
                    </p>
                    {(!details.is_empty()).then(|| view! { <p class="field-help">{details.join(", ")}</p> })}
                    {notes}
                </li>
            }
        })
        .collect_view();
    let risk_route = |id| Route::Risk { id };
    let system_route = |id| Route::System { id };
    let others = [
        named_list("Risks added", &changes.risks_added, risk_route),
        named_list("Risks removed", &changes.risks_removed, risk_route),
        named_list("Risks changed", &changes.risks_changed, risk_route),
        named_list("AI systems added", &changes.systems_added, system_route),
        named_list("AI systems removed", &changes.systems_removed, system_route),
        named_list("AI systems changed", &changes.systems_changed, system_route),
    ];
    let no_others = others.iter().all(Option::is_none);
    view! {
        <p class="figure-note" role="status">{summary}</p>
        <section class="card" aria-labelledby="deltas-title">
            <h2 id="deltas-title">"How readiness moved"</h2>
            {delta_table("Readiness overall", overall)}
            {delta_table("Readiness per clause", parts(&changes.clauses))}
            {delta_table("Readiness per Annex A area", parts(&changes.areas))}
        </section>
        <section aria-labelledby="items-title">
            <h2 id="items-title">"Items that changed"</h2>
            {if changes.items.is_empty() {
                view! { <p class="empty-note">"No item changed."</p> }.into_any()
            } else {
                view! { <ul class="change-list" aria-label="Items that changed">{items}</ul> }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="others-title">
            <h2 id="others-title">"Risks and AI systems"</h2>
            {if no_others { Some(view! { <p class="empty-note">"No risk or AI system changed."</p> }) } else { None }}
            {others}
        </section>
    }
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
            Some(Baseline::Ready { source, assessment }) => {
                let found = state.assessment.with(|current| changes(catalog(), assessment, current));
                // A stored baseline's source already names it; a file's names the file.
                let quoted = format!("“{}”", assessment.name);
                let heading = if source.contains(&quoted) {
                    format!("Changes since the {source}")
                } else {
                    format!("Changes since the {source} (assessment {quoted})")
                };
                let both = state.assessment.with(|current| {
                    format!("From the baseline {quoted} to the open assessment “{}”.", current.name)
                });
                view! {
                    <h2 class="compare-heading">{heading}</h2>
                    <p>{both}</p>
                    <p class="button-row">
                        <button type="button" class="button button-secondary" on:click=move |_| baseline_state.clear()>
                            "Put the baseline away"
                        </button>
                    </p>
                    {changes_view(&found)}
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
